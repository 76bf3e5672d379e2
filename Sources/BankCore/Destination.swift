/// The screens an operator can reach from the main menu, each with the
/// permission it needs. The menu and the "go to" palette show only the
/// destinations the operator's role may use; the services check again.
public enum Destination: String, CaseIterable, Sendable {
    case reception
    case counter
    case customers
    case identity
    case reviews
    /// Cash and transfers: deposits, withdrawals, transfers, the drawer, statements, the journal.
    case cash
    /// Complaints and customer care: intake, handling, due-soon and overdue lists, follow-up tasks, suggestions.
    case complaints
    case lobby
    /// The supervisor's KPI dashboard: queue, operation and complaint figures for any period.
    case dashboard
    case operators
    case audit
    case settings
    /// The loan desk: applications, drafts, the approvers' inbox (issue 15).
    case loans
    /// The loan products an administrator defines.
    case loanProducts

    public var requiredPermission: Permission? {
        switch self {
        case .reception: return .reception
        case .counter: return .counter
        case .customers: return .customerLookup
        case .identity: return .customerLookup
        case .reviews: return .approve
        case .cash: return .cash
        case .complaints: return .customerLookup
        case .lobby: return .viewLobbyBoard
        case .dashboard: return .viewDashboard
        case .operators: return .unlockOperators
        case .audit: return .viewAudit
        case .settings: return nil
        case .loans: return .loans
        case .loanProducts: return .branchSettings
        }
    }

    /// Destinations open to `role`, in menu order.
    public static func available(to role: Role) -> [Destination] {
        allCases.filter { destination in
            destination.requiredPermission.map(role.may) ?? true
        }
    }
}
