import BankCore
import BranchServices
import Foundation
import Localization
import TerminalUI

/// The workstation's main loop: a stack of screens framed by the status line,
/// title, message line and footer; global keys (help, language, theme, lock,
/// go to, quit); the idle lock; and the "please enlarge" guard.
public final class WorkstationApp {
    public static let minimumSize = Size(width: 80, height: 24)

    public let session: Session
    let terminal: any TerminalDevice
    private(set) var stack: [any Screen] = []
    var overlay: Overlay = .none
    private var lockPanel: LockPanel?
    private var idle: IdleLock
    private var running = true

    enum Overlay {
        case none
        /// F1: the whole terminal, scrolled to where the operator left it.
        case help(HelpOverlay)
        case goTo(Menu)
        /// Typed work would be lost: "leave this form?", starting on No.
        case confirmLeave(ConfirmDialog, LeaveAction)
    }

    /// `wallDisplay` shows only the lobby board, with nobody signed in: it
    /// holds no personal data, never idle-locks, and only Ctrl-Q closes it.
    public init(session: Session, terminal: any TerminalDevice, wallDisplay: Bool = false) {
        self.session = session
        self.terminal = terminal
        idle = IdleLock(timeout: BranchSettingsService(session.context).security().idleTimeout, start: session.context.clock.now())
        terminal.apply(theme: session.theme)
        if wallDisplay {
            stack = [LobbyBoardScreen(session: session, wallDisplay: true)]
        } else if session.branch == nil {
            stack = [SetupScreen(session: session)]
        } else {
            stack = [LoginScreen(session: session)]
        }
    }

    public var isRunning: Bool { running }
    public var topScreen: (any Screen)? { stack.last }

    /// Runs until the operator quits. `pollMilliseconds` bounds how long a
    /// key is awaited before the idle lock and clock are checked again.
    public func run(pollMilliseconds: Int = 500) {
        while running {
            draw()
            guard let key = terminal.readKey(timeoutMilliseconds: pollMilliseconds) else {
                checkIdle()
                continue
            }
            handleBurst(startingWith: key)
        }
    }

    /// Processes queued keys until the terminal has none (tests and benchmarks), as `run` does.
    public func runPendingKeys() {
        draw()
        while running, let key = terminal.readKey(timeoutMilliseconds: 0) {
            handleBurst(startingWith: key)
            draw()
        }
    }

    /// Most keys handled between two frames, so a never-ending stream still shows progress.
    static let burstLimit = 4_096

    /// Handles `key` and then every key already waiting, without drawing in
    /// between: a paste of a thousand characters costs one frame, not a
    /// thousand. A burst ends when another screen comes to the front, so a
    /// new screen is drawn (and lays itself out) before it gets keys.
    private func handleBurst(startingWith key: Key) {
        let front = stack.last.map { ObjectIdentifier($0) }
        handle(key)
        var handled = 1
        while running, handled < Self.burstLimit, stack.last.map({ ObjectIdentifier($0) }) == front,
              let next = terminal.readKey(timeoutMilliseconds: 0) {
            handle(next)
            handled += 1
        }
    }

    /// Checks the idle timer without a key press.
    public func checkIdle() {
        keepSessionAlive()
        guard session.signedIn != nil, lockPanel == nil else { return }
        // An administrator may have changed the timeout on any terminal: it applies at once.
        idle.timeout = BranchSettingsService(session.context).security().idleTimeout
        if idle.shouldLock(at: session.context.clock.now()) { lock(idle: true) }
    }

    // MARK: Keys

    public func handle(_ key: Key) {
        idle.recordActivity(at: session.context.clock.now())
        guard keepSessionAlive() else { return }
        if key == .resize { terminal.invalidate(); return }
        if key == .control("c") || key == .control("q") { quit(); return }
        if key == .control("l") { terminal.invalidate(); return }
        if isTooSmall { return }
        // A message stays until the next key; whatever that key does may say something new.
        if lockPanel == nil { session.message = nil }
        if case .help(var help) = overlay {
            let area = helpArea
            let lines = HelpOverlay.layout(helpSections(), emptyNote: session.strings(.uiHelpNoScreenKeys), area: area)
            overlay = help.handle(key, lineCount: lines.count, pageHeight: HelpOverlay.pageHeight(in: area)) == .close ? .none : .help(help)
            return
        }
        if case .goTo(var menu) = overlay {
            if key == .escape { overlay = .none; return }
            if let id = menu.handle(key) {
                overlay = .none
                leave(.goTo(id))
            } else {
                overlay = .goTo(menu)
            }
            return
        }
        if case .confirmLeave(var dialog, let action) = overlay, lockPanel == nil {
            overlay = .none
            switch dialog.handle(key) {
            case .yes: perform(action)
            case .no: break
            case nil: overlay = .confirmLeave(dialog, action)
            }
            return
        }
        if let panel = lockPanel {
            // The lock panel's footer offers help and language; the PIN field takes digits only, so `?` is free.
            if key == .function(1) || key == .character("?") { overlay = .help(HelpOverlay()); return }
            if key == .function(2) { session.setLanguage(session.language.next); return }
            handleLocked(key, panel: panel)
            return
        }
        guard let screen = stack.last else { quit(); return }
        let global = globalCommands()
        if key == .function(1) || (key == .character("?") && !screen.capturesText) {
            overlay = .help(HelpOverlay())
            return
        }
        switch screen.handle(key, session: session) {
        case .handled:
            return
        case .navigate(.pop) where key == .escape:
            leave(.pop)
            return
        case .navigate(.signOut):
            leave(.signOut)
            return
        case .navigate(.quit):
            leave(.quit)
            return
        case .navigate(let navigation):
            navigate(navigation)
            return
        case .ignored:
            break
        }
        guard let command = global.command(for: key) else { return }
        switch command.id {
        case "language": session.setLanguage(session.language.next)
        case "theme": cycleTheme()
        case "lock": lock(idle: false)
        case "goto": openGoTo()
        case "back": if stack.count > 1 { leave(.pop) }
        case "signout": leave(.signOut)
        case "quit": quit()
        default: break
        }
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

    func navigate(_ navigation: Navigation) {
        switch navigation {
        case .push(let screen): stack.append(screen)
        case .replaceTop(let screen): stack.removeLast(); stack.append(screen)
        case .pop: if stack.count > 1 { stack.removeLast() } else if session.signedIn == nil { quit() }
        case .reset(let screen):
            stack = [MainMenuScreen(session: session), screen]
        case .signedIn:
            if let op = session.signedIn { session.adoptPreferences(of: op) }
            terminal.apply(theme: session.theme)
            idle = IdleLock(timeout: BranchSettingsService(session.context).security().idleTimeout, start: session.context.clock.now())
            session.message = nil
            stack = [MainMenuScreen(session: session)]
        case .lock: lock(idle: false)
        case .signOut: signOut()
        case .quit: quit()
        }
    }

    func go(to id: String) {
        if id == "menu" { stack = [MainMenuScreen(session: session)]; return }
        guard let destination = Destination(rawValue: id) else { return }
        navigate(.reset(to: session.makeScreen(destination)))
    }

    private func openGoTo() {
        guard let op = session.signedIn else { return }
        var items = [MenuItem(id: "menu", title: session.strings(.menuTitle), hotkey: "0")]
        for destination in Destination.available(to: op.role) {
            items.append(MenuItem(id: destination.rawValue, title: session.destinationTitle(destination),
                                  hotkey: MenuHotkeys.key(for: destination)))
        }
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

    func lock(idle byTimeout: Bool) {
        guard let op = session.signedIn, lockPanel == nil else { return }
        try? AuthenticationService(session.context).recordLock(for: op, idle: byTimeout)
        overlay = .none
        session.message = nil  // what was said before the lock is not shown on it, nor after it
        lockPanel = LockPanel(operator: op, idle: byTimeout, idleMinutes: BranchSettingsService(session.context).security().idleMinutes)
    }

    func signOut() {
        if let op = session.signedIn {
            try? QueueService(session.context).releaseCounters(of: op)
            try? AuthenticationService(session.context).recordSignOut(for: op)
            session.message = nil
        }
        session.signedIn = nil
        lockPanel = nil
        overlay = .none
        stack = [LoginScreen(session: session)]
    }

    func quit() {
        if let op = session.signedIn {
            try? QueueService(session.context).releaseCounters(of: op)
            try? AuthenticationService(session.context).recordSignOut(for: op)
        }
        session.signedIn = nil
        running = false
    }

    /// True on the first screen of the stack (main menu, sign-in, setup).
    private var atHome: Bool { stack.count <= 1 }

    /// Keys that work everywhere (their table also feeds help).
    func globalCommands() -> [KeyCommand] {
        let s = session.strings
        var commands = [
            KeyCommand(id: "help", keys: [.function(1), .character("?")], title: s(.keyHelp), help: s(.keyHelpLong)),
            KeyCommand(id: "language", keys: [.function(2)], title: s(.keyLanguage), help: s(.keyLanguageLong)),
            KeyCommand(id: "theme", keys: [.function(3)], title: s(.keyTheme), help: s(.keyThemeLong), inFooter: atHome),
        ]
        if session.signedIn != nil {
            // Lock and go-to show in the footer on the main menu; everywhere they work and F1 lists them.
            commands.append(KeyCommand(id: "lock", keys: [.function(4)], title: s(.keyLock), help: s(.keyLockLong), inFooter: atHome))
            commands.append(KeyCommand(id: "goto", keys: [.control("g")], title: s(.keyGoTo), help: s(.keyGoToLong), inFooter: atHome))
            if stack.count > 1 {
                commands.append(KeyCommand(id: "back", keys: [.escape], title: s(.keyBack), help: s(.keyBackLong)))
            }
            commands.append(KeyCommand(id: "signout", keys: [.function(10)], title: s(.keySignOut), help: s(.keySignOutLong)))
        }
        commands.append(KeyCommand(id: "quit", keys: [.control("q"), .control("c")], title: s(.keyQuit), help: s(.keyQuitLong),
                                   inFooter: false))
        commands.append(KeyCommand(id: "redraw", keys: [.control("l")], title: s(.keyRedraw), help: s(.keyRedrawLong), inFooter: false))
        return commands
    }

    /// The commands of whatever is in front: the lock panel or the top screen.
    func screenCommands() -> [KeyCommand] {
        if let panel = lockPanel { return panel.commands(session) }
        return stack.last?.commands(session) ?? []
    }

    /// The keys that work everywhere right now (on the lock panel only help, language and quit).
    func activeGlobalCommands() -> [KeyCommand] {
        lockPanel == nil ? globalCommands() : globalCommands().filter { ["help", "language", "quit"].contains($0.id) }
    }

    /// What F1 lists: this screen's keys, then the keys that work everywhere, on every screen.
    func helpSections() -> [(String, [KeyCommand])] {
        let s = session.strings
        return [(s(.helpThisScreen), screenCommands()), (s(.helpEverywhere), activeGlobalCommands())]
    }

    /// Help covers the whole terminal.
    var helpArea: Rect { Rect(x: 0, y: 0, width: terminal.size.width, height: terminal.size.height) }

    // MARK: Drawing

    var isTooSmall: Bool {
        terminal.size.width < Self.minimumSize.width || terminal.size.height < Self.minimumSize.height
    }

    /// Draws one frame and hands it to the terminal.
    public func draw() {
        terminal.present(renderFrame())
    }

    /// The frame for the current state, without presenting it.
    public func renderFrame() -> CellBuffer {
        let size = terminal.size
        session.reloadBranch()  // another terminal may have moved the business date
        var buffer = CellBuffer(width: size.width, height: size.height)
        if isTooSmall {
            let s = session.strings
            let text = s(.enlargeTerminal, String(Self.minimumSize.width), String(Self.minimumSize.height),
                         String(size.width), String(size.height))
            let lines = TextLayout.wrap(text, width: max(1, size.width - 2))
            for (i, line) in lines.enumerated() {
                buffer.write(line, x: 1, y: max(0, size.height / 2 - lines.count / 2) + i, role: .warning)
            }
            return buffer
        }
        let content = Rect(x: 0, y: 2, width: size.width, height: size.height - 4)
        var cursor: Point?
        if let panel = lockPanel {
            Chrome.title(session.strings(.lockTitle), into: &buffer)
            cursor = panel.render(into: &buffer, area: content, session: session)
        } else if let screen = stack.last {
            Chrome.title(screen.title(session), into: &buffer)
            cursor = screen.render(into: &buffer, area: content, session: session)
        }
        Chrome.status(session, into: &buffer)
        // What the screen said comes first; else a field's message too long to stand beside its form.
        let longField = lockPanel == nil && session.message == nil
            ? stack.last.flatMap { LongFieldMessage.find(in: $0, width: size.width - 4) } : nil
        Chrome.message(session.message ?? longField.map { ($0, StyleRole.error) }, into: &buffer)
        Footer.render(screenCommands() + activeGlobalCommands(), into: &buffer, row: size.height - 1)
        switch overlay {
        case .none: break
        case .help(let help):
            let s = session.strings
            help.render(title: s(.helpTitle), sections: helpSections(), emptyNote: s(.uiHelpNoScreenKeys),
                        closeHint: s(.helpClose), into: &buffer, area: helpArea)
            cursor = nil
        case .confirmLeave(let dialog, _):
            dialog.render(into: &buffer, area: content)
            cursor = nil
        case .goTo(let menu):
            let box = content.centered(width: 64, height: menu.items.count + 4)
            Box.draw(box, title: session.strings(.goToTitle), into: &buffer)
            menu.render(into: &buffer, at: Rect(x: box.x + 1, y: box.y + 1, width: box.width - 2, height: menu.items.count))
            buffer.write(session.strings(.goToHint), in: Rect(x: box.x + 2, y: box.maxY - 2, width: box.width - 4, height: 1), role: .dim)
            cursor = nil
        }
        buffer.cursor = cursor
        return buffer
    }
}
