import BankCore
import BankStore
import Foundation

/// One line of an account statement as the statement screen shows it: the
/// stored posting with its running balance, and who was on the other side,
/// in words (`LedgerQueryService` names the counterparty).
public struct AccountStatementLine: Sendable, Equatable {
    public var postingID: Int64
    public var entryID: Int64
    public var kind: EntryKind
    public var at: Date
    public var businessDate: BusinessDate
    /// Positive when money came in, negative when it went out (the customer's view).
    public var change: Int64
    public var balanceAfter: Int64
    public var memo: String
    /// Who was on the other side, in words (empty for cash at the counter).
    public var counterparty: String

    init(_ line: StatementLine, counterparty: String) {
        postingID = line.postingID
        entryID = line.entryID
        kind = line.kind
        at = line.at
        businessDate = line.businessDate
        change = line.change
        balanceAfter = line.balanceAfter
        memo = line.memo
        self.counterparty = counterparty
    }
}
