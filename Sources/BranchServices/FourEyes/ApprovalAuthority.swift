import BankCore
import Foundation
import Localization

/// What an approval is for: the amount whose approver must have the limit,
/// so the limit is assessed before anyone is asked for an ID and PIN.
public struct ApprovalNeed: Sendable, Equatable {
    public var amount: Int64
    public var currency: Currency

    public init(amount: Int64, currency: Currency) {
        self.amount = amount
        self.currency = currency
    }
}

/// Who may approve what (issue 13): a supervisor's role figure
/// (`limit.supervisor.approve`) or an operator's own limit (the branch
/// manager's, `Operator.approvalLimit`). Screens ask it before the approval
/// form opens, and again when a username is typed, so an approval can never
/// be granted at the form and then refused at the confirmation: a request
/// nobody at the branch can approve is refused before anyone is asked, and
/// the form names the people who can.
public struct ApprovalAuthority {
    let context: BranchContext

    public init(_ context: BranchContext) { self.context = context }

    /// Active operators other than `maker` whose limit covers `need`, highest
    /// limit first (then by username). A sign-in lockout does not stop anyone
    /// approving at a colleague's terminal (issue 12), so it does not count here.
    public func approvers(for need: ApprovalNeed, maker: Operator) -> [Operator] {
        let authority = CashRulesService(context).rules().authority
        let everyone = (try? context.operators.all()) ?? []
        return everyone
            .filter { $0.active && $0.id != maker.id && authority.approveLimit($0, need.currency) >= need.amount }
            .sorted { (authority.approveLimit($0, need.currency), $1.username) > (authority.approveLimit($1, need.currency), $0.username) }
    }

    /// Nil when someone may approve `need`; otherwise the refusal to give
    /// before asking anyone, with the highest limit at the branch.
    public func nobodyMayApprove(_ need: ApprovalNeed, maker: Operator) -> LocalizedMessage? {
        guard approvers(for: need, maker: maker).isEmpty else { return nil }
        let authority = CashRulesService(context).rules().authority
        let highest = ((try? context.operators.all()) ?? []).filter(\.active).map { authority.approveLimit($0, need.currency) }.max() ?? 0
        let units = need.currency.minorUnits
        return LocalizedMessage(.cashApprovalNobody, need.currency.rawValue, AmountParser.format(need.amount, minorUnits: units),
                                AmountParser.format(highest, minorUnits: units))
    }

    /// Nil when the operator typed as `username` may approve `need` for
    /// `maker`; otherwise what to say before their PIN is asked, naming who
    /// can. Says the same for an unknown ID as for one without the limit, so
    /// it tells nothing the list of approvers does not.
    public func problem(approver username: String, need: ApprovalNeed, maker: Operator) -> LocalizedMessage? {
        let name = username.trimmingCharacters(in: .whitespaces)
        guard !name.isEmpty else { return nil }
        if name.caseInsensitiveCompare(maker.username) == .orderedSame { return LocalizedMessage(.cashApprovalOwnWork) }
        let who = approvers(for: need, maker: maker)
        if who.contains(where: { $0.username.caseInsensitiveCompare(name) == .orderedSame }) { return nil }
        return LocalizedMessage(.cashApprovalAskOther, name, need.currency.rawValue,
                                AmountParser.format(need.amount, minorUnits: need.currency.minorUnits), Self.names(who))
    }

    /// "Zhang Min 张敏 (super), …", at most three, for the approval form.
    public static func names(_ approvers: [Operator]) -> String {
        approvers.prefix(3).map { "\($0.displayName) (\($0.username))" }.joined(separator: ", ")
    }
}

extension OperationRequirements {
    /// Marks the amount an approval is needed for and refuses, before anyone
    /// is asked, an amount nobody at the branch may approve. With an approval
    /// presented the approval's own check says what is wrong with it instead.
    mutating func requireApprover(_ need: ApprovalNeed, maker: Operator, presented: SupervisorApproval?, context: BranchContext) throws {
        guard needsApproval else { return }
        approvalNeed = need
        guard presented == nil else { return }
        if let nobody = ApprovalAuthority(context).nobodyMayApprove(need, maker: maker) { throw nobody }
    }
}
