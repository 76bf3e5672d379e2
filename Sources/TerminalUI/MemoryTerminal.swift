/// A terminal that lives in memory: tests and the benchmark feed it keys and
/// read the screen back as text, and it counts what a real one would write.
public final class MemoryTerminal: TerminalDevice {
    public private(set) var size: Size
    public private(set) var screen: CellBuffer
    public private(set) var theme: Theme = .fallback
    public private(set) var framesPresented = 0
    public private(set) var cellsWritten = 0
    /// An estimate of bytes a real terminal would receive for the last frame
    /// (cursor move per run plus the UTF-8 text).
    public private(set) var bytesLastFrame = 0
    public private(set) var isShutDown = false
    private var previous: CellBuffer?
    private var pendingKeys: [Key] = []

    public init(width: Int = 80, height: Int = 24) {
        size = Size(width: width, height: height)
        screen = CellBuffer(width: width, height: height)
    }

    /// Queues keys as if typed.
    public func type(_ keys: Key...) { pendingKeys.append(contentsOf: keys) }
    public func type(_ keys: [Key]) { pendingKeys.append(contentsOf: keys) }
    /// Queues every character of `text` as a key.
    public func type(text: String) { pendingKeys.append(contentsOf: text.map { Key.character($0) }) }
    public var hasPendingKeys: Bool { !pendingKeys.isEmpty }

    /// Changes the size and queues a resize key, as a real terminal does.
    public func resize(width: Int, height: Int) {
        size = Size(width: width, height: height)
        pendingKeys.append(.resize)
    }

    public func present(_ buffer: CellBuffer) {
        let runs = ScreenDiff.changes(from: previous, to: buffer)
        var bytes = 0
        for run in runs {
            bytes += 8
            for cell in run.cells where cell.kind != .continuation { bytes += String(cell.character).utf8.count }
            cellsWritten += run.cells.count
        }
        bytesLastFrame = bytes
        framesPresented += 1
        previous = buffer
        screen = buffer
    }

    public func readKey(timeoutMilliseconds: Int) -> Key? {
        pendingKeys.isEmpty ? nil : pendingKeys.removeFirst()
    }

    public func apply(theme: Theme) {
        self.theme = theme
        previous = nil
    }

    public func invalidate() { previous = nil }

    public func shutdown() { isShutDown = true }

    /// The screen as text, trailing spaces trimmed per line.
    public var text: String { screen.text() }
}
