import BankCore
import BranchServices
import Foundation
import Localization
import TerminalUI

/// The workstation's main loop: a stack of screens framed by the status line,
/// title, message line and footer; the idle lock; and the "please enlarge"
/// guard. Keys are dispatched in `WorkstationApp+Keys`.
public final class WorkstationApp {
    public static let minimumSize = Size(width: 80, height: 24)

    public let session: Session
    let terminal: any TerminalDevice
    private(set) var stack: [any Screen] = []
    var overlay: Overlay = .none
    var lockPanel: LockPanel?
    var idle: IdleLock
    private(set) var running = true
    /// Set while a frame is drawn from inside a write waiting for the store (see `showStoreWait`).
    var isDrawingStoreWait = false

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
        session.context.storeWaitObserver = { [weak self] wait in self?.showStoreWait(wait) }
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

    /// Opens a destination chosen with Ctrl-G (nil: the main menu) above a fresh main menu.
    func go(to destination: Destination?) {
        guard let destination else { stack = [MainMenuScreen(session: session)]; return }
        navigate(.reset(to: Destinations.row(destination).make(session)))
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
        session.reloadBranchIfChanged()  // another terminal may have moved the business date
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
            screen.reloadIfChanged(session)
            Chrome.title(screen.title(session), into: &buffer)
            cursor = screen.render(into: &buffer, area: content, session: session)
        }
        Chrome.status(session, into: &buffer)
        // What the screen said comes first; else a field's message too long to stand beside its form.
        let longField = lockPanel == nil && session.message == nil
            ? stack.last.flatMap { LongFieldMessage.find(in: $0, width: size.width - 4) } : nil
        Chrome.message(session.message ?? longField.map { ($0, StyleRole.error) }, into: &buffer)
        Footer.render(screenCommands() + activeGlobalTable().commands, into: &buffer, row: size.height - 1)
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
