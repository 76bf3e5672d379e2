import Localization
import TerminalUI

/// The key handling every form screen shares, written once.
enum FormScreenKeys {
    /// Confirm and next-field commands of a form screen.
    static func commands(_ session: Session, submitKeys: [Key] = [.control("s"), .enter]) -> [KeyCommand] {
        let s = session.strings
        return [
            KeyCommand(id: "submit", keys: submitKeys, title: s(.keySubmit), help: s(.keySubmitLong)),
            KeyCommand(id: "next", keys: [.tab, .backTab], title: s(.keyNextField), help: s(.keyNextFieldLong)),
        ]
    }

    /// What a form screen does before its fields see a key: Esc goes back,
    /// function keys and the global control keys belong to the application.
    /// Nil means the form should handle the key.
    static func preempt(_ key: Key) -> KeyResult? {
        if key == .escape { return .navigate(.pop) }
        if case .function = key { return .ignored }
        if [.control("g"), .control("l"), .control("q"), .control("c")].contains(key) { return .ignored }
        return nil
    }
}
