import BankCore
import Foundation
import Localization

/// What a money operation returns to the screen: the entry number, the
/// customer's balance after it, the voucher, and whether this was a repeat
/// of a request already posted (then nothing moved the second time).
public struct PostedOperation: Sendable, Equatable {
    public var entryID: Int64
    public var kind: EntryKind
    public var amount: Int64
    public var currency: Currency
    /// The balance of the customer account the operation was about, after it.
    public var balanceAfter: Int64?
    public var voucherSequence: Int64?
    public var voucherPath: String?
    public var largeValueReported: Bool
    /// True when the idempotency key had already been posted: the first result is returned, no money moved.
    public var replayed: Bool
    /// Set when the entry is posted but its voucher file could not be written (reprint it from the journal).
    public var voucherProblem: LocalizedMessage?
}

/// Why an operation needs more before it can be posted. Screens ask for
/// these (supervisor approval, customer verification, purpose of funds) and
/// then post; the services refuse a post that lacks any of them.
public struct OperationRequirements: Sendable, Equatable {
    /// Reasons a supervisor must approve (above authority, above a daily limit).
    public var approvalReasons: [LocalizedMessage] = []
    /// The customer must be verified for this service name first.
    public var verificationService: String?
    /// Only a one-time code satisfies the verification.
    public var oneTimeCodeRequired = false
    /// Large cash: the teller must enter the source or purpose of funds.
    public var purposeRequired = false
    /// The amount an approver's limit must cover, when approval is needed.
    public var approvalNeed: ApprovalNeed?

    public var needsApproval: Bool { !approvalReasons.isEmpty }
}
