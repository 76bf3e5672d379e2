/// An operation a role's authority limit applies to.
public enum LimitedOperation: String, CaseIterable, Sendable {
    case deposit
    case withdrawal
    case transfer
}

/// Authority limits: the largest amount each role may enter on its own per
/// operation, and the largest a role may approve for someone else. Amounts
/// are minor units of CNY; other currencies use the same figure converted by
/// a fixed reference rate, so a limit means roughly the same value everywhere.
/// The branch may override any figure in settings (`limit.<role>.<operation>`,
/// `limit.<role>.approve`, in CNY fen).
public struct AuthorityLimits: Sendable, Equatable {
    public var enter: [Role: [LimitedOperation: Int64]]
    public var approve: [Role: Int64]

    public init(enter: [Role: [LimitedOperation: Int64]], approve: [Role: Int64]) {
        self.enter = enter
        self.approve = approve
    }

    /// Defaults: tellers up to 50,000.00 cash out, 100,000.00 cash in,
    /// 200,000.00 transfer; supervisors ten times that and approve up to
    /// 5,000,000.00. Roles without a figure may not enter or approve at all.
    public static let standard = AuthorityLimits(
        enter: [
            .teller: [.deposit: 10_000_000, .withdrawal: 5_000_000, .transfer: 20_000_000],
            .trainer: [.deposit: 10_000_000, .withdrawal: 5_000_000, .transfer: 20_000_000],
            .supervisor: [.deposit: 100_000_000, .withdrawal: 50_000_000, .transfer: 200_000_000],
        ],
        approve: [.supervisor: 500_000_000])

    /// The most `role` may enter for `operation` in `currency` without approval (0 = none).
    public func enterLimit(_ role: Role, _ operation: LimitedOperation, _ currency: Currency) -> Int64 {
        currency.fromCNYReference(enter[role]?[operation] ?? 0)
    }

    /// The most `role` may approve in `currency` (0 = may not approve).
    public func approveLimit(_ role: Role, _ currency: Currency) -> Int64 {
        currency.fromCNYReference(approve[role] ?? 0)
    }

    /// The most this operator may approve in `currency`: their own limit when
    /// the branch gave them one (a branch manager), else their role's; 0 for
    /// a role that may not approve, whatever figure is stored for them.
    public func approveLimit(_ approver: Operator, _ currency: Currency) -> Int64 {
        guard approver.role.may(.approve) else { return 0 }
        guard let own = approver.approvalLimit else { return approveLimit(approver.role, currency) }
        return currency.fromCNYReference(own)
    }
}

extension Currency {
    /// Converts a CNY figure in fen into this currency's minor units by a fixed,
    /// deliberately round reference rate. Used only to scale limits.
    public func fromCNYReference(_ fen: Int64) -> Int64 {
        switch self {
        case .cny, .hkd: return fen
        case .usd, .eur, .gbp: return fen / 7
        case .jpy: return fen / 5
        }
    }
}
