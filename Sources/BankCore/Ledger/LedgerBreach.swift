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
    /// A fact of a journal entry (amount, kind, account, maker, approver, reversal link…) is not what its audit row says.
    case entryDiffersFromAudit(entryID: Int64, field: String, audited: String, found: String)
    /// The entry's postings (accounts and amounts) are not the ones its audit row lists.
    case postingsDifferFromAudit(entryID: Int64, audited: String, found: String)
    /// The audit row records a large-value report for the entry, but there is none.
    case largeValueReportMissing(entryID: Int64)
    /// A large-value report exists that the entry's audit row does not record.
    case largeValueReportNotAudited(entryID: Int64)
    /// The entry's large-value report is not the one its audit row records.
    case largeValueReportDiffers(entryID: Int64, audited: String, found: String)
    /// The account's status is not the one its last audited status change (or its opening) set.
    case accountStatusNotAudited(account: String, status: String, audited: String)
    /// An account's owner, type, currency or overdraft is not what its audited opening recorded.
    case accountDiffersFromAudit(account: String, field: String, audited: String, found: String)
    /// An account whose opening was audited is no longer in the file.
    case accountMissing(account: String)
    /// A freeze row that no audited placement describes.
    case freezeNotAudited(freezeID: Int64)
    /// A freeze's field is not what its audited placement recorded.
    case freezeDiffersFromAudit(freezeID: Int64, field: String, audited: String, found: String)
    /// A freeze is lifted without an audited lift, or an audited lift was undone.
    case freezeLiftNotAudited(freezeID: Int64, lifted: Bool)
    /// An audited freeze is no longer in the freezes table.
    case freezeMissing(freezeID: Int64)
    /// The loan receivable's balance is not the principal still owed on the loans paid out (issue 15).
    case loanReceivableMismatch(receivable: Int64, outstanding: Int64)
    /// A loan's stored outstanding principal is not what was lent less the principal its repayments applied.
    case loanOutstandingMismatch(contract: String, stored: Int64, fromRepayments: Int64)
    /// More was applied to an instalment's principal or interest than it was due (paid twice).
    case instalmentOverpaid(contract: String, version: Int64, instalment: Int64, part: String, due: Int64, paid: Int64)
    /// A repayment's parts do not add up to its amount, or its amount is not its journal entry's.
    case repaymentAllocationMismatch(repaymentID: Int64, amount: Int64, allocated: Int64, entryAmount: Int64)
    /// A repayment's entry does not take exactly its principal parts off the loan receivable.
    case repaymentReceivableMismatch(entryID: Int64, principal: Int64, posted: Int64)
    /// A disbursal's entry does not put exactly the loan's principal on the loan receivable.
    case disbursalReceivableMismatch(contract: String, entryID: Int64, principal: Int64, posted: Int64)
    /// A loan's term (customer, account, amount, rate, penalty rate, method, months, product version) is not what its signed contract's audit row says.
    case loanDiffersFromContract(contract: String, field: String, audited: String, found: String)
    /// A loan with no audited contract, in a branch whose contracts are audited.
    case loanContractNotAudited(contract: String)
    /// A loan marked closed that still owes principal.
    case closedLoanOwing(contract: String, outstanding: Int64)
    /// More penalty was repaid on a loan than was ever accrued on it (a penalty row removed after it was paid).
    case penaltyOverpaid(contract: String, accrued: Int64, paid: Int64)

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
        case .entryDiffersFromAudit(let id, let field, let audited, let found):
            return "Journal entry \(id): its \(field) is \(found) but its audit record says \(audited)."
        case .postingsDifferFromAudit(let id, let audited, let found):
            return "Journal entry \(id): its postings are \(found) but its audit record lists \(audited)."
        case .largeValueReportMissing(let id):
            return "Journal entry \(id): its audit record shows a large-value report, but the report is missing."
        case .largeValueReportNotAudited(let id):
            return "Journal entry \(id) has a large-value report that its audit record does not show."
        case .largeValueReportDiffers(let id, let audited, let found):
            return "Journal entry \(id): its large-value report reads \(found) but its audit record says \(audited)."
        case .accountStatusNotAudited(let account, let status, let audited):
            return "Account \(account) is \(status), but the audit trail last set it to \(audited): its status was changed unrecorded."
        case .accountDiffersFromAudit(let account, let field, let audited, let found):
            return "Account \(account): its \(field) reads \(found) but its audited opening says \(audited)."
        case .accountMissing(let account):
            return "Account \(account) was opened according to the audit trail but is no longer in the file: it was deleted."
        case .freezeNotAudited(let id):
            return "Freeze \(id) is in the file but no audit record placed it: it was added behind the program's back."
        case .freezeDiffersFromAudit(let id, let field, let audited, let found):
            return "Freeze \(id): its \(field) reads \(found) but its audit record says \(audited)."
        case .freezeLiftNotAudited(let id, let lifted):
            return lifted ? "Freeze \(id) is lifted, but no audit record lifted it: it was lifted behind the program's back."
                : "Freeze \(id) was lifted according to the audit trail, but the file shows it in force again."
        case .freezeMissing(let id):
            return "Freeze \(id) was placed according to the audit trail but is no longer in the file: it was deleted."
        case .loanReceivableMismatch(let receivable, let outstanding):
            return "The loan receivable stands at \(receivable) but the loans paid out owe \(outstanding) of principal."
        case .loanOutstandingMismatch(let contract, let stored, let computed):
            return "Loan \(contract) shows \(stored) of principal outstanding but what was lent less its repayments is \(computed)."
        case .instalmentOverpaid(let contract, let version, let instalment, let part, let due, let paid):
            return "Loan \(contract), schedule \(version), instalment \(instalment): \(paid) of \(part) was applied but only \(due) was due."
        case .repaymentAllocationMismatch(let id, let amount, let allocated, let entry):
            return "Loan repayment \(id) of \(amount): its parts add up to \(allocated) and its journal entry is for \(entry)."
        case .repaymentReceivableMismatch(let entry, let principal, let posted):
            return "Journal entry \(entry) repays \(principal) of loan principal but takes \(posted) off the loan receivable."
        case .disbursalReceivableMismatch(let contract, let entry, let principal, let posted):
            return "Loan \(contract) lent \(principal) but its disbursal, journal entry \(entry), puts \(posted) on the loan receivable."
        case .loanDiffersFromContract(let contract, let field, let audited, let found):
            return "Loan \(contract) has \(field) \(found) but its signed contract's audit record says \(audited)."
        case .loanContractNotAudited(let contract):
            return "Loan \(contract) has no audited contract."
        case .closedLoanOwing(let contract, let outstanding):
            return "Loan \(contract) is marked closed but still owes principal \(outstanding)."
        case .penaltyOverpaid(let contract, let accrued, let paid):
            return "Loan \(contract) was repaid \(paid) of penalty but only \(accrued) was accrued."
        }
    }
}
