import Testing
import TerminalUI
@testable import TellerScreens

/// Checks that try to get round a keyed screen's table: a key bound twice, a
/// key the screen handles some other way than its row says, a footer or F1
/// help that does not show the table, and keys outside the table that still
/// do something. Each takes a way to make the screen in the state under test
/// (a fresh one for every key, so one key's effect does not hide another's).
enum DeskKeyTableChecks {
    /// All four checks; `typesText` is true when the state has a field that takes typed text
    /// (then keys outside the table are the field's, and that check is skipped).
    static func expectTableHolds<S: KeyedScreen>(_ w: Workstation, typesText: Bool, sourceLocation: SourceLocation = #_sourceLocation,
                                                 _ make: () throws -> S) throws {
        let table = try make().keyTable(w.session)
        #expect(!table.bindings.isEmpty, "\(S.self) has no keys in this state", sourceLocation: sourceLocation)
        expectNoKeyBoundTwice(table, sourceLocation: sourceLocation)
        try expectEveryKeyDispatches(w, sourceLocation: sourceLocation, make)
        try expectFooterAndHelp(w, sourceLocation: sourceLocation, make)
        if !typesText { try expectOtherKeysDoNothing(w, sourceLocation: sourceLocation, make) }
    }

    /// No key is in two rows with different actions (the second would never be reached).
    static func expectNoKeyBoundTwice<A>(_ table: KeyTable<A>, sourceLocation: SourceLocation = #_sourceLocation) {
        var seen: [Key: A] = [:]
        for binding in table.bindings {
            for key in binding.keys {
                if let earlier = seen[key] {
                    #expect(earlier == binding.action, "\(key.label) is bound to \(earlier) and to \(binding.action)",
                            sourceLocation: sourceLocation)
                }
                seen[key] = seen[key] ?? binding.action
            }
        }
    }

    /// Every key of every row ends the way performing the row's action ends: the screen's
    /// `handle` goes through the table, not round it.
    static func expectEveryKeyDispatches<S: KeyedScreen>(_ w: Workstation, sourceLocation: SourceLocation = #_sourceLocation,
                                                         _ make: () throws -> S) throws {
        for binding in try make().keyTable(w.session).bindings {
            for key in binding.keys {
                let pressed = try make(), performed = try make()
                #expect(pressed.keyTable(w.session).action(for: key) == binding.action, sourceLocation: sourceLocation)
                let byKey = outcome(pressed.handle(key, session: w.session))
                let byAction = outcome(performed.perform(binding.action, key: key, session: w.session))
                #expect(byKey == byAction, "\(S.self): \(key.label) did \(byKey), its action \(binding.action) does \(byAction)",
                        sourceLocation: sourceLocation)
                w.session.message = nil
            }
        }
    }

    /// The footer shows the table's footer rows and no other; F1 help lists every row with all its keys.
    static func expectFooterAndHelp<S: KeyedScreen>(_ w: Workstation, sourceLocation: SourceLocation = #_sourceLocation,
                                                    _ make: () throws -> S) throws {
        let screen = try make()
        w.session.message = nil
        w.app.navigate(.push(screen))
        defer { w.app.navigate(.pop) }
        w.app.draw()
        let footer = w.footer
        for binding in screen.keyTable(w.session).bindings {
            let entry = binding.keys.prefix(2).map(\.label).joined(separator: "/") + " " + binding.title
            #expect(footer.contains(entry) == binding.inFooter, "\(S.self): footer \(binding.inFooter ? "lacks" : "shows") \(entry)",
                    sourceLocation: sourceLocation)
        }
        w.press(.function(1))
        defer { w.press(.escape) }
        for binding in screen.keyTable(w.session).bindings {
            let keys = binding.keys.map(\.label).joined(separator: " ")
            #expect(w.lines.contains { $0.contains(keys) && $0.contains(binding.help) },
                    "\(S.self): help does not list \(keys) \(binding.help)", sourceLocation: sourceLocation)
        }
    }

    /// On a screen without a text field, a key in no row does nothing: the screen ignores it
    /// (the application's own keys then apply) and what it draws stays the same.
    static func expectOtherKeysDoNothing<S: KeyedScreen>(_ w: Workstation, sourceLocation: SourceLocation = #_sourceLocation,
                                                         _ make: () throws -> S) throws {
        let bound = Set(try make().keyTable(w.session).bindings.flatMap(\.keys))
        for key in probeKeys where !bound.contains(key) && FormScreenKeys.preempt(key) == nil {
            let screen = try make()
            w.session.message = nil
            let before = drawn(screen, w)
            let result = outcome(screen.handle(key, session: w.session))
            #expect(result == "ignored", "\(S.self): \(key.label) is in no row but did \(result)", sourceLocation: sourceLocation)
            #expect(drawn(screen, w) == before, "\(S.self): \(key.label) is in no row but changed the screen", sourceLocation: sourceLocation)
            #expect(w.session.message == nil, "\(S.self): \(key.label) is in no row but said something", sourceLocation: sourceLocation)
        }
    }

    /// Letters, digits and the editing and movement keys a teller might press anywhere.
    static let probeKeys: [Key] = "abcdefghijklmnopqrstuvwxyz0123456789 ?".map { Key.character($0) }
        + [.enter, .tab, .backTab, .up, .down, .left, .right, .pageUp, .pageDown, .home, .end, .insert, .delete, .backspace]

    /// What a key did, in words that compare (which screen was pushed, not which instance).
    static func outcome(_ result: KeyResult) -> String {
        switch result {
        case .handled: return "handled"
        case .ignored: return "ignored"
        case .navigate(let navigation):
            switch navigation {
            case .push(let screen): return "push \(type(of: screen))"
            case .pop: return "pop"
            case .replaceTop(let screen): return "replace with \(type(of: screen))"
            case .reset(let screen): return "reset to \(type(of: screen))"
            case .signedIn: return "signed in"
            case .lock: return "lock"
            case .signOut: return "sign out"
            case .quit: return "quit"
            }
        }
    }

    /// The screen's content area as text.
    private static func drawn(_ screen: any Screen, _ w: Workstation) -> String {
        var buffer = CellBuffer(width: w.terminal.size.width, height: w.terminal.size.height)
        _ = screen.render(into: &buffer, area: Rect(x: 0, y: 2, width: buffer.width, height: buffer.height - 4), session: w.session)
        return buffer.text()
    }
}

extension Workstation {
    /// A wide, tall terminal, so neither the footer nor the help folds anything away; `username` signed in, if given.
    static func wide(signedInAs username: String? = nil) throws -> Workstation {
        let w = try Workstation(width: 200, height: 60)
        if let username { try w.signIn(as: username) }
        return w
    }

    /// Hands keys straight to a screen (not through the application), as a screen in a given state is made.
    func feed(_ screen: any Screen, _ keys: Key...) {
        for key in keys { _ = screen.handle(key, session: session) }
    }

    /// The screen drawn once, as the application draws it before the first key (some read their lists then).
    func shown<S: Screen>(_ screen: S) -> S {
        var buffer = CellBuffer(width: terminal.size.width, height: terminal.size.height)
        _ = screen.render(into: &buffer, area: Rect(x: 0, y: 2, width: buffer.width, height: buffer.height - 4), session: session)
        return screen
    }

    /// Hands text to a screen one character at a time.
    func feed(_ screen: any Screen, text: String) {
        for character in text { _ = screen.handle(.character(character), session: session) }
    }
}
