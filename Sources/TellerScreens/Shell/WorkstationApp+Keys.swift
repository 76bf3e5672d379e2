import BankCore
import BranchServices
import Localization
import TerminalUI

/// Where a key goes: the keys that work at once (quit, redraw), then help,
/// the go-to list or a question in front, then the lock panel, then the
/// screen in front, and what the screen leaves to the global key table.
extension WorkstationApp {
    public func handle(_ key: Key) {
        idle.recordActivity(at: session.context.clock.now())
        guard keepSessionAlive() else { return }
        if key == .resize { terminal.invalidate(); return }
        if let now = globalKeyTable().action(for: key), GlobalAction.atOnce.contains(now) { perform(now); return }
        let global = activeGlobalTable().action(for: key)
        if isTooSmall { return }
        // A message stays until the next key; whatever that key does may say something new.
        if lockPanel == nil { session.message = nil }
        if handleOverlay(key) { return }
        if let panel = lockPanel {
            // The lock panel's footer offers help and language; the PIN field takes digits only, so `?` is free.
            if let global { perform(global) } else { handleLocked(key, panel: panel) }
            return
        }
        guard let screen = stack.last else { quit(); return }
        // Help comes first, except `?` typed into a text field.
        if global == .help, key != .character("?") || !screen.capturesText { perform(.help); return }
        switch screen.handle(key, session: session) {
        case .handled: return
        // A screen whose own table binds Esc (the lobby board) leaves through the same check as Back.
        case .navigate(.pop) where key == .escape: leave(.pop)
        case .navigate(.signOut): leave(.signOut)
        case .navigate(.quit): leave(.quit)
        case .navigate(let navigation): navigate(navigation)
        // A `?` that a text field passed on is not a request for help (F1 is).
        case .ignored: if let global, global != .help { perform(global) }
        }
    }

    /// One exhaustive switch over the keys that work everywhere.
    func perform(_ action: GlobalAction) {
        switch action {
        case .help: overlay = .help(HelpOverlay())
        case .language: session.setLanguage(session.language.next)
        case .theme: cycleTheme()
        case .lock: lock(idle: false)
        case .goTo: openGoTo()
        case .back: if stack.count > 1 { leave(.pop) }
        case .signOut: leave(.signOut)
        case .quit: quit()
        case .redraw: terminal.invalidate()
        }
    }

    /// Help, the go-to list and the "leave?" question take every key while they are open. True when one did.
    private func handleOverlay(_ key: Key) -> Bool {
        switch overlay {
        case .none:
            return false
        case .help(var help):
            let area = helpArea
            let lines = HelpOverlay.layout(helpSections(), emptyNote: session.strings(.uiHelpNoScreenKeys), area: area)
            overlay = help.handle(key, lineCount: lines.count, pageHeight: HelpOverlay.pageHeight(in: area)) == .close ? .none : .help(help)
        case .goTo(var menu):
            if key == .escape { overlay = .none; return true }  // the list's own Esc closes it
            if let id = menu.handle(key) {
                overlay = .none
                leave(.goTo(Destination(rawValue: id)))
            } else {
                overlay = .goTo(menu)
            }
        case .confirmLeave(var dialog, let action):
            guard lockPanel == nil else { return false }
            overlay = .none
            switch dialog.handle(key) {
            case .yes: perform(action)
            case .no: break
            case nil: overlay = .confirmLeave(dialog, action)
            }
        }
        return true
    }

    private func handleLocked(_ key: Key, panel: LockPanel) {
        switch panel.handle(key, session: session) {
        case .unlocked: lockPanel = nil
        case .signOut:
            // Keep what the panel said (locked out, deactivated) for the sign-in screen.
            let reason = session.message
            lockPanel = nil
            signOut()
            session.message = reason
        case .stay: break
        }
    }

    /// Ctrl-G: the main menu, then the operator's destinations with their menu keys.
    private func openGoTo() {
        guard let op = session.signedIn else { return }
        let items = [MenuItem(id: Destinations.mainMenuID, title: session.strings(.menuTitle), hotkey: "0")]
            + Destinations.available(to: op.role).map { MenuItem(id: $0.id.rawValue, title: session.strings($0.title), hotkey: $0.hotkey) }
        overlay = .goTo(Menu(items: items))
    }

    private func cycleTheme() {
        let ids = session.themes.ids
        guard let index = ids.firstIndex(of: session.theme.id) else { return }
        let next = session.themes.themeOrDefault(id: ids[(index + 1) % ids.count])
        session.setTheme(next)
        terminal.apply(theme: next)
        session.say(session.strings(.settingsTheme) + ": " + next.name, .success)
    }

    /// Keys that work everywhere (their table also feeds help).
    func globalKeyTable() -> KeyTable<GlobalAction> {
        GlobalKeys.table(session.strings, signedIn: session.signedIn != nil, depth: stack.count)
    }

    /// The keys that work everywhere right now (on the lock panel only help, language and quit).
    func activeGlobalTable() -> KeyTable<GlobalAction> {
        let table = globalKeyTable()
        guard lockPanel != nil else { return table }
        return KeyTable(table.bindings.filter { GlobalAction.whileLocked.contains($0.action) })
    }

    /// The commands of whatever is in front: the lock panel or the top screen.
    func screenCommands() -> [KeyCommand] {
        if let panel = lockPanel { return panel.keyTable(session).commands }
        return stack.last?.commands(session) ?? []
    }

    /// What F1 lists: this screen's keys, then the keys that work everywhere, on every screen.
    func helpSections() -> [(String, [KeyCommand])] {
        let s = session.strings
        return [(s(.helpThisScreen), screenCommands()), (s(.helpEverywhere), activeGlobalTable().commands)]
    }
}
