/// The jobs people do in a branch. Each role carries a fixed set of permissions;
/// checks happen in the use-case layer, never only by hiding menu items.
public enum Role: String, CaseIterable, Sendable, Codable {
    case guide
    case teller
    case supervisor
    case trainer
    case administrator

    /// What this role may do.
    public var permissions: Set<Permission> {
        switch self {
        case .guide:
            return [.reception, .viewLobbyBoard, .customerLookup]
        case .teller:
            return [.counter, .viewLobbyBoard, .customerLookup, .cash, .loans]
        case .supervisor:
            return [.reception, .counter, .viewLobbyBoard, .customerLookup, .cash, .loans,
                    .approve, .viewDashboard, .unlockOperators, .viewAudit, .handleComplaints]
        case .trainer:
            return [.reception, .counter, .viewLobbyBoard, .customerLookup, .cash, .loans,
                    .viewDashboard, .runTraining, .handleComplaints]
        case .administrator:
            return [.manageOperators, .unlockOperators, .branchSettings, .viewLobbyBoard, .viewAudit]
        }
    }

    public func may(_ permission: Permission) -> Bool { permissions.contains(permission) }
}

/// A single thing an operator may be allowed to do. Checked by the services,
/// not only by the menu.
public enum Permission: String, CaseIterable, Sendable {
    case reception
    case counter
    case viewLobbyBoard
    case customerLookup
    case cash
    case approve
    case viewDashboard
    case runTraining
    case manageOperators
    case unlockOperators
    case branchSettings
    case viewAudit
    /// Acknowledge, investigate, respond to and close complaints (anyone who serves customers may register one).
    case handleComplaints
    /// Take loan applications, sign contracts, pay out loans and take repayments (approving them needs `approve`).
    case loans
}
