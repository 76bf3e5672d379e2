/// What the application needs from a terminal. The ncurses driver and the
/// in-memory terminal used by tests both provide it.
public protocol TerminalDevice: AnyObject {
    /// The current size in cells.
    var size: Size { get }
    /// Shows a frame, writing only what changed since the previous one.
    func present(_ buffer: CellBuffer)
    /// Waits up to `timeoutMilliseconds` for a key; nil when none arrived.
    func readKey(timeoutMilliseconds: Int) -> Key?
    /// Switches colours; the next frame is drawn in full.
    func apply(theme: Theme)
    /// Forgets the previous frame so the next one is drawn in full.
    func invalidate()
    /// Restores the terminal to how it was found. Safe to call twice.
    func shutdown()
}
