import BankCore
import Localization

/// One desk the main menu and the go-to list (Ctrl-G) reach: its id (with the
/// permission it needs, which is BankCore's, since the services check it too),
/// its title, its menu key and how to make its screen.
struct DestinationRow: Sendable {
    let id: Destination
    let title: StringKey0
    /// The menu key, the same for every role (a role that may not use a desk simply does not see it).
    let hotkey: Character
    let make: @Sendable (Session) -> any Screen

    init(_ id: Destination, _ title: StringKey0, _ hotkey: Character, _ make: @escaping @Sendable (Session) -> any Screen) {
        self.id = id
        self.title = title
        self.hotkey = hotkey
        self.make = make
    }
}

/// The table of destinations, in menu order: a new desk is one row here (and
/// its case, with its permission, in BankCore's `Destination`). The main menu
/// keeps L, S and Q for lock, sign out and quit, and 0 is the main menu in the go-to list.
enum Destinations {
    static let rows: [DestinationRow] = [
        DestinationRow(.reception, .menuReception, "1") { ReceptionScreen(session: $0) },
        DestinationRow(.counter, .menuCounter, "2") { CounterScreen(session: $0) },
        DestinationRow(.customers, .menuCustomers, "3") { CustomersScreen(session: $0) },
        DestinationRow(.identity, .menuIdentity, "4") { DocumentCheckScreen(session: $0) },
        DestinationRow(.reviews, .menuReviews, "5") { ReviewScreen(session: $0) },
        DestinationRow(.cash, .menuCash, "6") { CashHubScreen(session: $0) },
        DestinationRow(.complaints, .menuComplaints, "7") { ComplaintsScreen(session: $0) },
        DestinationRow(.lobby, .menuLobby, "8") { LobbyBoardScreen(session: $0) },
        DestinationRow(.dashboard, .menuDashboard, "9") { DashboardScreen(session: $0) },
        DestinationRow(.operators, .menuOperators, "A") { OperatorsScreen(session: $0) },
        DestinationRow(.audit, .menuAudit, "B") { AuditScreen(session: $0) },
        DestinationRow(.settings, .menuSettings, "C") { SettingsScreen(session: $0) },
        DestinationRow(.loans, .menuLoans, "D") { LoansHubScreen(session: $0) },
        DestinationRow(.loanProducts, .menuLoanProducts, "E") { LoanProductsScreen(session: $0) },
    ]

    /// The go-to list's id for the main menu (the destinations use their raw values).
    static let mainMenuID = "menu"

    /// The row of `destination` (the table has one per destination; a test holds it to that).
    static func row(_ destination: Destination) -> DestinationRow {
        guard let row = rows.first(where: { $0.id == destination }) else { preconditionFailure("no row for \(destination)") }
        return row
    }

    /// The rows open to `role`, in menu order.
    static func available(to role: Role) -> [DestinationRow] {
        Destination.available(to: role).map(row)
    }
}

/// Menu keys of destinations, as the tests and the palette read them.
enum MenuHotkeys {
    static func key(for destination: Destination) -> Character { Destinations.row(destination).hotkey }
}

extension Session {
    public func destinationTitle(_ destination: Destination) -> String { strings(Destinations.row(destination).title) }
}
