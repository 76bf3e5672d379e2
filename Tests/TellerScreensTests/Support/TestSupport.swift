import BankCore
import BranchServices
import Foundation
import Localization
import Testing
import TerminalUI
import TestSupport
@testable import TellerScreens

/// The instant every test starts at: 2026-03-02 12:00:00 UTC. Midday UTC keeps
/// the business date the same in nearly every time zone; the status line's
/// clock is local time, so expectations build it with `statusClock`.
let fixedInstant = Date(timeIntervalSince1970: 1_772_452_800)

/// One workstation on a fresh temporary branch file: the clock, the session,
/// the in-memory terminal and the application, ready to be fed keys.
final class Workstation {
    let fixture: BranchFixture
    let context: BranchContext
    let session: Session
    let terminal: MemoryTerminal
    let app: WorkstationApp

    init(seeded: Bool = true, language: Language = .english, width: Int = 80, height: Int = 24) throws {
        fixture = try BranchFixture(start: fixedInstant, prefix: "ts")
        context = try fixture.open(terminal: "test/tty1")
        if seeded { try DemoBranch.seed(context) }
        session = Session(context: context, language: language, themes: ThemeLibrary(themes: [.fallback]), theme: .fallback)
        terminal = MemoryTerminal(width: width, height: height)
        app = WorkstationApp(session: session, terminal: terminal)
        app.runPendingKeys()
    }

    var folder: URL { fixture.folder }
    var path: String { fixture.path }
    var clock: ManualClock { fixture.clock }

    /// The whole screen as text.
    var screen: String { terminal.text }

    /// Every line of the screen.
    var lines: [String] { screen.components(separatedBy: "\n") }

    /// The message line (just above the footer).
    /// The message shown above the footer, whole even when it wraps onto a second row.
    var messageLine: String { app.session.message.map { " " + $0.text } ?? lines[lines.count - 2] }

    /// The footer line.
    var footer: String { lines[lines.count - 1] }

    /// Types keys and lets the application process them.
    func press(_ keys: Key...) {
        terminal.type(keys)
        app.runPendingKeys()
    }

    /// Types text (one key per character) and lets the application process it.
    func type(_ text: String) {
        terminal.type(text: text)
        app.runPendingKeys()
    }

    /// Signs in from the sign-in screen with an operator ID and PIN.
    func signIn(_ username: String, _ pin: String) {
        terminal.type(text: username)
        terminal.type(.tab)
        terminal.type(text: pin)
        terminal.type(.enter)
        app.runPendingKeys()
    }

    /// Signs in as one of the demo operators with their printed PIN.
    func signIn(as username: String) throws {
        let login = try #require(DemoBranch.logins.first { $0.username == username })
        signIn(login.username, login.pin)
        #expect(session.signedIn?.username == username)
    }

    /// The status line's clock text for the current (manual) time, in local time.
    var statusClock: String {
        let formatter = DateFormatter()
        formatter.dateFormat = "HH:mm"
        return formatter.string(from: clock.now())
    }

    /// The business date the seed used, as the status line shows it.
    var businessDate: String { BusinessDate(date: fixedInstant).description }

    /// An expected screen with `{DATE}` and `{TIME}` filled in.
    func expected(_ template: String) -> String {
        template.replacingOccurrences(of: "{DATE}", with: businessDate)
            .replacingOccurrences(of: "{TIME}", with: statusClock)
    }

    /// Checks the whole screen against an expected block (`{DATE}` and `{TIME}` filled in).
    func expectScreen(_ template: String, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(screen == expected(template), sourceLocation: sourceLocation)
    }

    /// The main menu's items as shown ("1  Operators", "L  Lock terminal"…).
    var menuItems: [String] {
        var items: [String] = []
        for line in lines.dropFirst(5) {
            let item = line.trimmingCharacters(in: .whitespaces)
            if item.isEmpty { break }
            items.append(item)
        }
        return items
    }

    /// Opens a destination from the main menu by pressing the hotkey shown beside its title.
    func open(_ destination: Destination, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let title = session.destinationTitle(destination)
        let item = try #require(menuItems.first { $0.hasSuffix("  " + title) }, "\(title) is not on the menu",
                                sourceLocation: sourceLocation)
        press(.character(try #require(item.first, sourceLocation: sourceLocation)))
    }

    /// The go-to palette's hotkey for a destination, read from the open palette.
    func paletteKey(_ destination: Destination, sourceLocation: SourceLocation = #_sourceLocation) throws -> Key {
        let title = session.destinationTitle(destination)
        let item = try #require(paletteItems.first { $0.hasSuffix("  " + title) }, "\(title) is not in the palette",
                                sourceLocation: sourceLocation)
        return .character(try #require(item.first, sourceLocation: sourceLocation))
    }

    /// The items of the open go-to palette ("0  Main menu", "1  Settings"…), empty when it is closed.
    var paletteItems: [String] {
        let lines = self.lines
        guard let top = lines.firstIndex(where: { $0.contains("┌─ Go to screen") }) else { return [] }
        var items: [String] = []
        for line in lines[(top + 1)...] {
            guard let open = line.firstIndex(of: "│"), let close = line.lastIndex(of: "│"), open < close else { break }
            let item = line[line.index(after: open)..<close].trimmingCharacters(in: .whitespaces)
            if item.isEmpty { break }
            items.append(item)
        }
        return items
    }

    /// The screen's title (line 1), trimmed.
    var title: String { lines[1].trimmingCharacters(in: .whitespaces) }
}
