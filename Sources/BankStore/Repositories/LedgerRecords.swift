import BankCore
import Foundation

/// An internal (general-ledger) account as stored: a drawer, the vault,
/// clearing, suspense or head office. Balances are debit-positive.
public struct InternalAccountRecord: Sendable, Equatable {
    public var id: Int64
    public var code: String
    public var kind: InternalAccountKind
    public var currency: Currency
    public var operatorID: Int64?
    public var balance: Int64
}

/// Which book a posting lands in: a customer account or an internal account.
public enum LedgerBook: Sendable, Equatable, Hashable {
    case customer(Int64)
    case `internal`(Int64)
}

/// One posting: debit positive, credit negative, with the running balance
/// of its account after it (in that account's own sign: what the customer sees).
public struct PostingRecord: Sendable, Equatable {
    public var id: Int64
    public var entryID: Int64
    public var book: LedgerBook
    public var amount: Int64
    public var balanceAfter: Int64
}

/// A statement line: a posting on a customer account with its entry.
public struct StatementLine: Sendable, Equatable {
    public var postingID: Int64
    public var entryID: Int64
    public var kind: EntryKind
    public var at: Date
    public var businessDate: BusinessDate
    /// Positive when money came in, negative when it went out (the customer's view).
    public var change: Int64
    public var balanceAfter: Int64
    public var memo: String
    /// The entry's own account and the other side's (transfers), and its detail text, to name the counterparty.
    public var entryAccountID: Int64? = nil
    public var counterAccountID: Int64? = nil
    public var detail: String = ""
}

