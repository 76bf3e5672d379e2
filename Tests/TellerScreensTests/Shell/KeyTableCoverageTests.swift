import BankCore
import BranchServices
import Localization
import Testing
import TerminalUI
@testable import TellerScreens

/// Tries to get round the key tables on every screen of the shell, forms,
/// reception, counter, customers, identity, accounts and administration that
/// a demo session reaches: each is keyed by a typed table; no key is bound
/// twice within a table, and a key the screen shares with the global table
/// only restates the global command; the footer shows exactly the tables'
/// footer rows; F1 lists every row of both.
struct KeyTableCoverageTests {
    /// The screens reachable by `username`, each pushed above the main menu in turn.
    static func screens(_ w: Workstation) throws -> [(String, any Screen)] {
        let session = w.session
        let actor = try #require(session.signedIn)
        let own: Set<Destination> = [.reception, .counter, .customers, .identity, .reviews, .lobby, .operators, .audit, .settings]
        var screens: [(String, any Screen)] = Destinations.available(to: actor.role).filter { own.contains($0.id) }.map {
            ($0.id.rawValue, $0.make(session))
        }
        screens += [
            ("counter setup", CounterSetupScreen.make(session: session, counter: nil)),
            ("account status", AccountStatusScreen(accounts: [])),
            ("step form", StepFormScreen(title: .careAddTitle, about: "", fields: [.text("note", "")], labels: ["note": .journalReason]) { _, _ in
                .handled
            }),
        ]
        if actor.role.may(.manageOperators) {
            screens.append(("operator form", OperatorFormScreen.make(mode: .add, session: session) {}))
        }
        guard actor.role.may(.customerLookup) else { return screens }
        let customer = try CustomerService(w.context).panel(customerID: 1, by: actor).customer
        screens += [
            ("customer panel", CustomerPanelScreen(session: session, customerID: customer.id)),
            ("register", CustomerFormScreen.make(session: session)),
            ("document check", DocumentCheckScreen(session: session, customer: customer)),
            ("verify", VerifyCustomerScreen(session: session, customer: customer, service: "general")),
            ("set PIN", SetCustomerPINScreen(customer: customer)),
            ("book", BookAppointmentScreen.make(session: session, customer: customer)),
            ("ticket", TicketIssueScreen(session: session, customer: customer, appointment: nil)),
            ("account opening", AccountOpeningScreen(session: session, customer: customer)),
        ]
        if actor.role.may(.counter) {
            let queue = QueueService(w.context)
            let counter = try queue.openCounter(number: 9, serves: [.cash], by: actor)
            var needs: [String: String] = [:]
            for question in NeedsQuestionnaire.questions(for: .cash) where question.required { needs[question.id] = question.options.first }
            let issued = try queue.issue(type: .cash, priority: nil, customerID: nil, needs: needs, by: try w.queueOperator("guide"))
            screens += [
                ("counter with a counter", CounterScreen(session: session)),
                ("finish", FinishServiceScreen(session: session, counter: counter, ticket: issued.ticket)),
                ("transfer ticket", TransferTicketScreen.make(session: session, counter: counter, ticket: issued.ticket)),
                ("slip", TicketSlipScreen(issued: issued, needs: [:], customer: nil)),
            ]
        }
        return screens
    }

    /// Every way the tables could disagree, as readable problems (empty when none).
    static func problems(screen: [KeyCommand], global: [KeyCommand]) -> [String] {
        var problems: [String] = []
        var screenKeys: [Key: String] = [:]
        for command in screen {
            for key in command.keys {
                if let other = screenKeys[key] { problems.append("\(key.label) is bound to both \(other) and \(command.title)") }
                screenKeys[key] = command.title
            }
        }
        var globalKeys: [Key: String] = [:]
        for command in global {
            for key in command.keys {
                if let other = globalKeys[key] { problems.append("global \(key.label) is bound to both \(other) and \(command.title)") }
                globalKeys[key] = command.title
                // A screen may restate a global key (with its own explanation), never give it another meaning.
                if let mine = screenKeys[key], mine != command.title {
                    problems.append("\(key.label) is \(mine) here but \(command.title) everywhere")
                }
            }
        }
        return problems
    }

    /// The footer the tables promise: footer rows in order, a key already shown not shown twice.
    static func expectedFooter(_ commands: [KeyCommand]) -> String {
        var seen = Set<Key>()
        return commands.filter { command in
            guard command.inFooter, let first = command.keys.first, !seen.contains(first) else { return false }
            seen.insert(first)
            return true
        }.map { $0.keyLabel + " " + $0.title }.joined(separator: "  ")
    }

    /// Checks the screen in front: its tables, its footer and its help.
    static func check(_ w: Workstation, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) {
        w.app.draw()
        let screen = w.app.screenCommands()
        let global = w.app.activeGlobalTable().commands
        #expect(problems(screen: screen, global: global) == [], "\(name)", sourceLocation: sourceLocation)
        #expect(w.footer.trimmingCharacters(in: .whitespaces) == expectedFooter(screen + global), "\(name)", sourceLocation: sourceLocation)
        w.press(.function(1))
        for command in screen + global {
            #expect(w.hasLine(command.keys.map(\.label).joined(separator: " "), command.help), "\(name): help lacks \(command.help)\n\(w.screen)",
                    sourceLocation: sourceLocation)
        }
        w.press(.character(" "))  // closes help
    }

    @Test(arguments: ["guide", "teller", "super", "admin"])
    func everyScreenOfTheseDesksIsKeyedByOneConsistentTable(_ username: String) throws {
        let w = try Workstation(width: 240, height: 70)
        try w.signIn(as: username)
        Self.check(w, "main menu")
        for (name, screen) in try Self.screens(w) {
            #expect(screen is any KeyedScreen, "\(name) is not keyed by a typed table")
            w.app.navigate(.push(screen))
            Self.check(w, name)
            w.app.navigate(.pop)
        }
        w.press(.function(4))
        Self.check(w, "lock panel")
    }

    @Test func theSignInAndSetupScreensToo() throws {
        let w = try Workstation(width: 240, height: 70)
        #expect(w.app.topScreen is LoginScreen)
        Self.check(w, "sign-in")
        let setup = try Workstation(seeded: false, width: 240, height: 70)
        #expect(setup.app.topScreen is SetupScreen)
        Self.check(setup, "setup")
    }

    /// The global keys while locked are the typed set, and nothing else reaches the screen behind.
    @Test func theLockPanelOffersOnlyItsOwnAndTheLockedGlobalKeys() throws {
        let w = try Workstation()
        try w.signIn(as: "teller")
        w.press(.function(4))
        #expect(Set(w.app.activeGlobalTable().bindings.map(\.action)) == GlobalAction.whileLocked)
        w.press(.control("g"), .function(3), .function(10))
        #expect(w.session.signedIn == nil)  // F10 is the panel's sign out; Ctrl-G and F3 did nothing
    }

    /// The one place Esc leaves from: a declared form hands it to the application's Back.
    @Test func escOnAFormIsTheApplicationsBack() throws {
        let w = try Workstation()
        try w.signIn(as: "admin")
        let form = OperatorFormScreen.make(mode: .add, session: w.session) {}
        #expect(form.handle(.escape, session: w.session).isIgnored)
        #expect(w.app.globalKeyTable().action(for: .escape) == nil)  // at home there is no Back
        w.app.navigate(.push(form))
        #expect(w.app.globalKeyTable().action(for: .escape) == .back)
        w.press(.escape)
        #expect(w.app.topScreen is MainMenuScreen)
    }
}

extension KeyResult {
    var isIgnored: Bool {
        if case .ignored = self { return true }
        return false
    }
}
