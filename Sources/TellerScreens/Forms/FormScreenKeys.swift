import Localization
import TerminalUI

/// The keys every form shares: confirm (Enter and Ctrl-S) and the next or
/// previous field (Tab, Shift-Tab). Both hand the key to the `Form` widget,
/// which moves the focus or validates and submits.
enum FormAction: Hashable, Sendable { case submit, nextField }

/// The key handling every form screen shares, written once: the form keys'
/// table, and what a form leaves to the application.
enum FormScreenKeys {
    /// The form keys' table. A screen with a wording of its own for confirming
    /// (run a check, save) passes its title and help.
    static func table(_ session: Session, submitKeys: [Key] = [.control("s"), .enter], submitTitle: StringKey0 = .keySubmit,
                      submitHelp: StringKey0 = .keySubmitLong, nextKeys: [Key] = [.tab, .backTab]) -> KeyTable<FormAction> {
        let s = session.strings
        return KeyTable([
            KeyBinding(.submit, keys: submitKeys, title: s(submitTitle), help: s(submitHelp)),
            KeyBinding(.nextField, keys: nextKeys, title: s(.keyNextField), help: s(.keyNextFieldLong)),
        ])
    }

    /// The form keys as the footer and help read them (screens not yet keyed by a typed table).
    static func commands(_ session: Session, submitKeys: [Key] = [.control("s"), .enter]) -> [KeyCommand] {
        table(session, submitKeys: submitKeys).commands
    }

    /// What a form screen does before its fields see a key: Esc, the function
    /// keys and the global control keys belong to the application (Esc is its
    /// Back, `GlobalAction.back`: the one place that leaves a screen, asking
    /// first when typed work would be lost). Nil means the form should handle the key.
    static func preempt(_ key: Key) -> KeyResult? {
        if key == .escape { return .ignored }
        if case .function = key { return .ignored }
        if [.control("g"), .control("l"), .control("q"), .control("c")].contains(key) { return .ignored }
        return nil
    }
}

extension KeyTable {
    /// The same bindings for another action type (a screen's own enum that wraps the form keys).
    func map<Other>(_ transform: (Action) -> Other) -> KeyTable<Other> {
        KeyTable<Other>(bindings.map { KeyBinding(transform($0.action), keys: $0.keys, title: $0.title, help: $0.help, inFooter: $0.inFooter) })
    }
}

/// A screen that is one form and nothing else: its keys are the form keys,
/// and every key that reaches the form goes to `formKey` (the form moves,
/// types or, when every field is valid, submits).
protocol FormKeyedScreen: KeyedScreen where Action == FormAction {
    func formKey(_ key: Key, _ session: Session) -> KeyResult
}

extension FormKeyedScreen {
    func handle(_ key: Key, session: Session) -> KeyResult {
        route(key, session: session) { formKey(key, session) }
    }

    func perform(_ action: FormAction, key: Key, session: Session) -> KeyResult {
        switch action {
        case .submit, .nextField: return formKey(key, session)
        }
    }
}

/// The actions of a form that is the first screen (sign-in, first setup): the form keys, and Esc quits.
enum RootFormAction: Hashable, Sendable { case form(FormAction), quit }

/// A form shown before anyone is signed in: Esc (and whatever else `quitKeys` says) quits the program.
protocol RootFormScreen: KeyedScreen where Action == RootFormAction {
    var submitKeys: [Key] { get }
    var quitKeys: [Key] { get }
    func formKey(_ key: Key, _ session: Session) -> KeyResult
}

extension RootFormScreen {
    func keyTable(_ session: Session) -> KeyTable<RootFormAction> {
        let s = session.strings
        return FormScreenKeys.table(session, submitKeys: submitKeys).map(RootFormAction.form).appending(KeyTable([
            KeyBinding(.quit, keys: quitKeys, title: s(.keyQuit), help: s(.keyQuitLong)),
        ]))
    }

    func handle(_ key: Key, session: Session) -> KeyResult {
        route(key, session: session) { formKey(key, session) }
    }

    func perform(_ action: RootFormAction, key: Key, session: Session) -> KeyResult {
        switch action {
        case .quit: return .navigate(.quit)
        case .form(.submit), .form(.nextField): return formKey(key, session)
        }
    }
}
