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

/// One journal entry as stored: one business operation, whose postings sum to zero.
public struct JournalEntryRecord: Sendable, Equatable {
    public var id: Int64
    public var kind: EntryKind
    public var idempotencyKey: String
    public var requestHash: String
    public var businessDate: BusinessDate
    public var currency: Currency
    public var amount: Int64
    public var customerID: Int64?
    /// The customer account the operation is about (the payer for transfers).
    public var accountID: Int64?
    /// The other customer account of an internal transfer (the payee).
    public var counterAccountID: Int64?
    public var makerID: Int64
    public var approverID: Int64?
    public var approvalReason: String
    public var reversesID: Int64?
    public var ticketID: Int64?
    public var memo: String
    /// Free text kept with the entry (payee, purpose, cash breakdown).
    public var detail: String
    public var at: Date

    public init(id: Int64 = 0, kind: EntryKind, idempotencyKey: String, requestHash: String, businessDate: BusinessDate,
                currency: Currency, amount: Int64, customerID: Int64? = nil, accountID: Int64? = nil,
                counterAccountID: Int64? = nil, makerID: Int64, approverID: Int64? = nil, approvalReason: String = "",
                reversesID: Int64? = nil, ticketID: Int64? = nil, memo: String = "", detail: String = "", at: Date) {
        self.id = id
        self.kind = kind
        self.idempotencyKey = idempotencyKey
        self.requestHash = requestHash
        self.businessDate = businessDate
        self.currency = currency
        self.amount = amount
        self.customerID = customerID
        self.accountID = accountID
        self.counterAccountID = counterAccountID
        self.makerID = makerID
        self.approverID = approverID
        self.approvalReason = approvalReason
        self.reversesID = reversesID
        self.ticketID = ticketID
        self.memo = memo
        self.detail = detail
        self.at = at
    }
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
    /// Who was on the other side, in words (filled by the statement service; empty for cash at the counter).
    public var counterparty: String = ""
}

/// What the electronic journal can be searched by. Nil means any.
public struct JournalFilter: Sendable, Equatable {
    public var from: BusinessDate?
    public var to: BusinessDate?
    public var amount: Int64?
    public var accountID: Int64?
    public var makerID: Int64?

    public init(from: BusinessDate? = nil, to: BusinessDate? = nil, amount: Int64? = nil, accountID: Int64? = nil,
                makerID: Int64? = nil) {
        self.from = from
        self.to = to
        self.amount = amount
        self.accountID = accountID
        self.makerID = makerID
    }
}

/// A teller's drawer for one business day, from opening float to sign-off.
public struct DrawerSessionRecord: Sendable, Equatable {
    public enum Status: String, Sendable { case open, counted, closed }
    public var id: Int64
    public var operatorID: Int64
    public var internalID: Int64
    public var businessDate: BusinessDate
    public var status: Status
    public var verifiedBy: Int64
    /// The blind count, once made.
    public var counted: CashBreakdown?
    public var countedTotal: Int64?
    public var expectedTotal: Int64?
    public var signedOffBy: Int64?
    /// Counted minus expected, once signed off: positive over, negative short.
    public var variance: Int64?
}
