/// A problem `LedgerVerifier` found in the books, phrased for the person who
/// must investigate: which row, what was expected, what was found.
public enum LedgerBreach: Equatable, Sendable, CustomStringConvertible {
    /// The entry's postings do not add up to zero.
    case unbalancedEntry(entryID: Int64, sum: Int64)
    /// The entry has fewer than two postings.
    case entryWithoutPostings(entryID: Int64, postings: Int)
    /// A posting or cash movement points at an entry that does not exist.
    case orphanPosting(postingID: Int64, entryID: Int64)
    case orphanCashMovement(movementID: Int64, entryID: Int64)
    /// The stored balance differs from the sum of the account's postings.
    case accountBalanceMismatch(account: String, stored: Int64, fromPostings: Int64)
    case internalBalanceMismatch(code: String, stored: Int64, fromPostings: Int64)
    /// A posting's recorded running balance does not follow from the postings before it.
    case runningBalanceBroken(account: String, postingID: Int64)
    /// Notes and coins recorded for a drawer or the vault do not add up to its ledger balance.
    case cashCountMismatch(code: String, ledger: Int64, notesAndCoins: Int64)
    /// A drawer or the vault would hold a negative number of some note or coin.
    case negativeCash(code: String, denomination: Int64, count: Int64)
    /// An account is below its agreed overdraft limit.
    case overdrawn(account: String, balance: Int64, limit: Int64)
    /// A reversal that points at nothing, at another reversal, or does not mirror its original.
    case orphanReversal(entryID: Int64, reversesID: Int64)
    case reversalMismatch(entryID: Int64, reversesID: Int64)
    /// Entry numbers jump: entries were removed.
    case missingEntries(afterID: Int64, nextID: Int64)
    /// The audit trail records an entry that is not in the journal.
    case entryMissingFromJournal(entryID: Int64)
    /// A journal entry has no audit record.
    case entryNotAudited(entryID: Int64)

    public var description: String {
        switch self {
        case .unbalancedEntry(let id, let sum):
            return "Journal entry \(id) does not balance: its postings sum to \(sum) instead of 0."
        case .entryWithoutPostings(let id, let count):
            return "Journal entry \(id) has \(count) posting(s); every entry needs at least two."
        case .orphanPosting(let posting, let entry):
            return "Posting \(posting) belongs to journal entry \(entry), which does not exist."
        case .orphanCashMovement(let movement, let entry):
            return "Cash movement \(movement) belongs to journal entry \(entry), which does not exist."
        case .accountBalanceMismatch(let account, let stored, let computed):
            return "Account \(account) shows a balance of \(stored) but its postings add up to \(computed)."
        case .internalBalanceMismatch(let code, let stored, let computed):
            return "Internal account \(code) shows a balance of \(stored) but its postings add up to \(computed)."
        case .runningBalanceBroken(let account, let posting):
            return "Account \(account): the running balance recorded at posting \(posting) does not follow from the postings before it."
        case .cashCountMismatch(let code, let ledger, let cash):
            return "\(code) holds notes and coins worth \(cash) but its ledger balance is \(ledger)."
        case .negativeCash(let code, let denomination, let count):
            return "\(code) would hold \(count) of the \(denomination)-fen denomination."
        case .overdrawn(let account, let balance, let limit):
            return "Account \(account) has a balance of \(balance), below its overdraft limit of \(limit)."
        case .orphanReversal(let id, let reverses):
            return "Reversal entry \(id) points at entry \(reverses), which does not exist or cannot be reversed."
        case .reversalMismatch(let id, let reverses):
            return "Reversal entry \(id) does not exactly mirror entry \(reverses)."
        case .missingEntries(let after, let next):
            let first = after + 1, last = next - 1
            return (first == last ? "Journal entry \(first) is" : "Journal entries \(first) to \(last) are")
                + " missing: the journal jumps from entry \(after) to entry \(next)."
        case .entryMissingFromJournal(let id):
            return "The audit trail records journal entry \(id), but it is not in the journal."
        case .entryNotAudited(let id):
            return "Journal entry \(id) has no audit record."
        }
    }
}
