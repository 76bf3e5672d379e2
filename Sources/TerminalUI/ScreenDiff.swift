/// A horizontal run of cells that changed since the last frame.
public struct CellRun: Equatable, Sendable {
    public var x: Int
    public var y: Int
    public var cells: [Cell]
}

/// Finds what changed between two frames so a terminal writes only that.
/// Over SSH this is what keeps every keystroke cheap.
public enum ScreenDiff {
    /// Runs of changed cells; everything when there is no previous frame or its size differs.
    public static func changes(from old: CellBuffer?, to new: CellBuffer) -> [CellRun] {
        var runs: [CellRun] = []
        let full = old == nil || old!.width != new.width || old!.height != new.height
        for y in 0..<new.height {
            var x = 0
            while x < new.width {
                if full || old![x, y] != new[x, y] {
                    var start = x
                    // A changed continuation must be redrawn with its lead cell.
                    if new[start, y].kind == .continuation, start > 0 { start -= 1 }
                    var run: [Cell] = [new[start, y]]
                    var end = start + 1
                    while end < new.width && (full || old![end, y] != new[end, y] || new[end, y].kind == .continuation) {
                        run.append(new[end, y])
                        end += 1
                    }
                    runs.append(CellRun(x: start, y: y, cells: run))
                    x = end
                } else {
                    x += 1
                }
            }
        }
        return runs
    }
}
