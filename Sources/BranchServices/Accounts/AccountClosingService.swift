import BankCore
import BankStore
import Foundation
import Localization

/// How the balance leaves an account that is closed.
public enum ClosingPayout: Sendable, Equatable {
    /// The balance is zero: nothing to pay.
    case none
    /// Paid out in cash from the teller's drawer (notes and coins as counted).
    case cash(CashBreakdown)
    /// Transferred to another account at this bank.
    case transfer(toAccountNumber: String)
}

/// Closing an account (issue 13): the whole balance is paid out in cash or
/// transferred in the same journal entry that closes it (a withdrawal or a
/// transfer of exactly the balance, with every rule of those operations:
/// the customer verified, limits, approval, large cash), or with a zero
/// balance closed without an entry. Refused while anything is pending: a
/// freeze in force (whole or partial), an overdraft in use, a dormant or
/// frozen account. The history stays: postings, statements and the journal
/// keep everything; a closed account takes no more movements.
public struct AccountClosingService {
    let context: BranchContext

    public init(_ context: BranchContext) { self.context = context }

    /// The service name the customer's verification for closing must carry.
    public static func verificationService(accountNumber: String) -> String { "closing:\(accountNumber)" }

    /// What closing would meet, asked before anything is entered: the account, or the refusal.
    public func assess(accountNumber: String, by actor: Operator) throws(LocalizedMessage) -> AccountRecord {
        try context.read {
            _ = try context.requireActor(actor, .cash)
            let account = try LedgerPosting(context).account(number: accountNumber)
            try Self.requireClosable(account, context: context)
            return account
        }
    }

    /// Closes the account, paying the balance out as `payout`; nil when nothing was posted (zero balance).
    public func close(accountNumber: String, payout: ClosingPayout, key: String, approval: SupervisorApproval? = nil,
                      by actor: Operator) throws(LocalizedMessage) -> PostedOperation? {
        switch payout {
        case .none:
            try context.write {
                let clerk = try context.requireActor(actor, .cash)
                let account = try LedgerPosting(context).account(number: accountNumber)
                try Self.requireClosable(account, context: context)
                guard account.balance == 0 else {
                    throw LocalizedMessage(.closingBalanceLeft, AmountParser.format(account.balance, minorUnits: account.currency.minorUnits))
                }
                guard IdentityService(context).isVerified(customerID: account.customerID,
                                                          service: Self.verificationService(accountNumber: account.number), by: clerk) else {
                    throw LocalizedMessage(.customerNotVerified)
                }
                try AccountStatusChange.apply(context, account: account, to: .closed, by: clerk.id, reason: "closed at the customer's request")
            }
            return nil
        case .cash(let cash):
            let balance = try context.read { try LedgerPosting(context).account(number: accountNumber).balance }
            var request = CashRequest(accountNumber: accountNumber, amount: balance, cash: cash, memo: "account closing")
            request.closesAccount = true
            return try CashService(context).withdraw(request, key: key, approval: approval, by: actor)
        case .transfer(let target):
            let balance = try context.read { try LedgerPosting(context).account(number: accountNumber).balance }
            var request = TransferRequest(fromAccountNumber: accountNumber, toAccountNumber: target, amount: balance, memo: "account closing")
            request.closesAccount = true
            return try TransferService(context).transfer(request, key: key, approval: approval, by: actor)
        }
    }

    /// Refuses an account that cannot close now, saying what is pending.
    static func requireClosable(_ account: AccountRecord, context: BranchContext) throws {
        try LedgerPosting(context).requireMovable(account, .debit)
        if try AccountFreezeService(context).hasFreezeInForce(accountID: account.id) {
            throw LocalizedMessage(.closingFrozen, AccountNumber.masked(account.number))
        }
        if account.balance < 0 {
            throw LocalizedMessage(.closingOverdrawn, AmountParser.format(-account.balance, minorUnits: account.currency.minorUnits))
        }
    }

    /// Inside a withdrawal or transfer that closes the account: the amount must
    /// be the whole balance, and the account is closed in the same transaction.
    static func closing(_ account: AccountRecord, amount: Int64, by clerkID: Int64, context: BranchContext) throws -> (Int64) throws -> Void {
        try requireClosable(account, context: context)
        guard amount == account.balance else {
            throw LocalizedMessage(.closingWholeBalance, AmountParser.format(account.balance, minorUnits: account.currency.minorUnits))
        }
        return { entryID in
            guard let now = try AccountRepository(db: context.database).account(id: account.id) else { return }
            try AccountStatusChange.apply(context, account: now, to: .closed, by: clerkID, reason: "closed; balance paid out in entry \(entryID)")
        }
    }
}
