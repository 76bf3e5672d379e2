import BankCore
import BankStore
import Foundation
import Localization

/// The ways forward for abnormal accounts: a supervisor freezes or lifts a
/// freeze with a reason; a teller reactivates a dormant account once the
/// customer's identity was checked for it. Every change is audited.
public struct AccountStatusService {
    let context: BranchContext
    let accounts: AccountRepository

    public init(_ context: BranchContext) {
        self.context = context
        accounts = AccountRepository(db: context.database)
    }

    public static func reactivationService(accountNumber: String) -> String { "reactivation:\(accountNumber)" }

    public func freeze(accountNumber: String, reason: String, by actor: Operator) throws(LocalizedMessage) {
        if let problem = TextRules.problem(in: [(reason, .fieldReason, false)]) { throw problem }
        try change(accountNumber, from: [.active, .dormant], to: .frozen, reason: reason, permission: .approve, by: actor)
    }

    public func lift(accountNumber: String, reason: String, by actor: Operator) throws(LocalizedMessage) {
        if let problem = TextRules.problem(in: [(reason, .fieldReason, false)]) { throw problem }
        try change(accountNumber, from: [.frozen], to: .active, reason: reason, permission: .approve, by: actor) { account in
            // Lifting the account lifts its whole-account freezes too; partial ones stay until lifted one by one.
            let freezes = FreezeRepository(db: context.database)
            for freeze in try freezes.freezes(accountID: account.id) where freeze.amount == nil && freeze.liftedBy == nil {
                try freezes.lift(id: freeze.id, by: actor.id, reason: reason, at: context.clock.now())
            }
        }
    }

    public func reactivate(accountNumber: String, by actor: Operator) throws(LocalizedMessage) {
        try change(accountNumber, from: [.dormant], to: .active, reason: "identity checked", permission: .cash, by: actor) { account in
            guard IdentityService(context).isVerified(customerID: account.customerID,
                                                      service: Self.reactivationService(accountNumber: account.number),
                                                      by: actor) else {
                throw LocalizedMessage(.customerNotVerified)
            }
        }
    }

    private func change(_ number: String, from allowed: Set<AccountStatus>, to status: AccountStatus, reason: String,
                        permission: Permission, by actor: Operator, check: (AccountRecord) throws -> Void = { _ in }) throws(LocalizedMessage) {
        let why = reason.trimmingCharacters(in: .whitespacesAndNewlines)
        guard why.count >= 3 else { throw LocalizedMessage(.approvalReasonMissing) }
        try context.write {
            let clerk = try context.requireActor(actor, permission)
            let cleaned = number.filter { !$0.isWhitespace }
            guard let account = try accounts.account(number: cleaned) else { throw LocalizedMessage(.accountNotFound, cleaned) }
            guard allowed.contains(account.status) else {
                throw LocalizedMessage(.accountStatusChangeRefused, AccountNumber.masked(account.number), account.status.rawValue)
            }
            try check(account)
            try AccountStatusChange.apply(context, account: account, to: status, by: clerk.id, reason: why)
        }
    }
}
