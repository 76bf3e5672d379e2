import TerminalUI

/// Where to go after a key press.
public enum Navigation {
    case push(any Screen)
    case pop
    /// Replaces the top screen (a form by its result).
    case replaceTop(any Screen)
    /// Replaces the whole stack with the main menu followed by `screen`.
    case reset(to: any Screen)
    /// Someone has just signed in: start at the main menu with their preferences.
    case signedIn
    case lock
    case signOut
    case quit
}

/// What a screen did with a key.
public enum KeyResult {
    case handled
    /// Not for this screen: the application may treat it as a global key.
    case ignored
    case navigate(Navigation)
}

/// One screen of the workstation. Screens draw into a cell buffer and react
/// to keys; they never touch the terminal or the database directly (they go
/// through the session's services), so they can be tested in memory.
public protocol Screen: AnyObject {
    /// The title bar text, in the current language.
    func title(_ session: Session) -> String
    /// This screen's command table (feeds dispatch, footer and help).
    func commands(_ session: Session) -> [KeyCommand]
    /// True while a text field has focus, so `?` types a question mark instead of opening help.
    var capturesText: Bool { get }
    /// Called before each frame of this screen: a screen showing shared data re-reads it here when its
    /// `ChangeWatch` says the branch file changed. `title` and `render` only draw what was read.
    func reloadIfChanged(_ session: Session)
    /// Draws the content area; returns where the cursor belongs, if anywhere.
    func render(into buffer: inout CellBuffer, area: Rect, session: Session) -> Point?
    func handle(_ key: Key, session: Session) -> KeyResult
    /// True while leaving would lose typed work: the application asks before
    /// Esc, Ctrl-G, the go-to menu or F10 leave it (see `UnsavedWork`).
    var hasUnsavedWork: Bool { get }
}

extension Screen {
    /// Most screens read what they show when they open or after an action: nothing to re-read before a frame.
    public func reloadIfChanged(_ session: Session) {}
}
