import BankCore
import BankStore
import Foundation
import Localization

/// The response to a complaint and the money it pays. Compensation is money
/// out of the bank, so no one person decides it alone: only the complaint's
/// assigned handler responds; each payment is its own operation (its own
/// journal entry, idempotency key and audit row); above
/// `FourEyesRules.complaintApprovalThreshold` a second supervisor approves
/// (not the handler, not the person complained about, within their approval
/// limit, recorded on the entry); and everything paid on one complaint,
/// reopenings included, stays within `FourEyesRules.complaintCap`.
extension ComplaintService {
    /// Records and sends the response; a monetary remedy is posted through the
    /// ledger (compensation expense → the customer's account) with `key` as its
    /// idempotency key, in the same transaction as the response.
    public func respond(id: Int64, _ response: ComplaintResponse, key: String, approval: SupervisorApproval? = nil,
                        by actor: Operator) throws(LocalizedMessage) {
        if let problem = TextRules.problem(in: [(response.explanation, .fieldExplanation, true), (response.nonMonetaryRemedy, .fieldRemedy, true)]) { throw problem }
        let explanation = response.explanation.trimmingCharacters(in: .whitespacesAndNewlines)
        guard explanation.count >= 5 else { throw LocalizedMessage(.complaintResponseMissing) }
        guard response.monetaryRemedy >= 0, response.monetaryRemedy <= AmountParser.maximumMinorUnits else {
            throw LocalizedMessage(.amountTooLarge)
        }
        if response.monetaryRemedy > 0 {
            try LedgerPosting.checkKey(key)
            if try isAlreadyPaid(complaintID: id, key: key) { return }
        }
        try handle(id, .respond, by: actor) { complaint, handler, now in
            var changed = complaint
            var paid: (entryID: Int64, currency: Currency)?
            if response.monetaryRemedy > 0 {
                paid = try postRemedy(complaint, response, key: key, approval: approval, handler: handler, now: now)
                changed.remedyEntryID = paid?.entryID
            }
            changed.status = .responded
            changed.responseExplanation = explanation
            // After a reopening, earlier compensation stays paid: the amount is the total paid on this complaint.
            changed.responseMonetary = (complaint.responseMonetary ?? 0) + response.monetaryRemedy
            changed.responseNonMonetary = response.nonMonetaryRemedy.trimmingCharacters(in: .whitespacesAndNewlines)
            changed.respondedAt = now
            try complaints.appendEvent(complaintID: id, at: now, operatorID: handler.id, kind: "responded", from: complaint.status,
                                       to: .responded, detail: explanation)
            if let customerID = complaint.customerID, let customer = try CustomerRepository(db: context.database).find(id: customerID) {
                // In the customer's language (CustomerSMSText); the explanation is as the handler wrote it.
                let text = paid.map {
                    LocalizedMessage(.receptionSMSComplaintRespondedPaid, complaint.number, explanation, $0.currency.rawValue,
                                     AmountParser.format(response.monetaryRemedy, minorUnits: $0.currency.minorUnits))
                } ?? LocalizedMessage(.receptionSMSComplaintResponded, complaint.number, explanation)
                try CashRecordsRepository(db: context.database).enqueueNotification(
                    entryID: changed.remedyEntryID, customerID: customerID, channel: "sms", recipient: customer.phone,
                    body: CustomerSMSText.text(text, for: customer), at: now)
            }
            return changed
        }
    }

    /// The same key again once the response was written (a retry) is the same
    /// response: nothing more happens. A key already used for anything else is refused.
    private func isAlreadyPaid(complaintID: Int64, key: String) throws(LocalizedMessage) -> Bool {
        try context.read {
            guard let entry = try LedgerRepository(db: context.database).entry(idempotencyKey: key) else { return false }
            guard let complaint = try complaints.complaint(id: complaintID), complaint.remedyEntryID == entry.id,
                  complaint.status == .responded else { throw LocalizedMessage(.idempotencyConflict, String(entry.id)) }
            return true
        }
    }

    private func postRemedy(_ complaint: ComplaintRecord, _ response: ComplaintResponse, key: String, approval: SupervisorApproval?,
                            handler: Operator, now: Date) throws -> (entryID: Int64, currency: Currency) {
        let posting = LedgerPosting(context)
        guard let customerID = complaint.customerID else { throw LocalizedMessage(.complaintRemedyNeedsCustomer) }
        let account = try posting.account(number: response.remedyAccountNumber)
        guard account.customerID == customerID else { throw LocalizedMessage(.complaintRemedyWrongAccount) }
        try posting.requireMovable(account, .credit)
        if let existing = try posting.ledger.entry(idempotencyKey: key) { throw LocalizedMessage(.idempotencyConflict, String(existing.id)) }
        let currency = account.currency
        let format = { (value: Int64) in AmountParser.format(value, minorUnits: currency.minorUnits) }
        let fourEyes = FourEyesRulesService(context).rules()
        let cap = currency.fromCNYReference(fourEyes.complaintCap)
        let paidBefore = try complaints.remediesPaid(complaintNumber: complaint.number)
        guard paidBefore + response.monetaryRemedy <= cap else {
            throw LocalizedMessage(.complaintRemedyCapReached, format(cap), format(paidBefore))
        }
        let threshold = currency.fromCNYReference(fourEyes.complaintApprovalThreshold)
        var approver: Operator?
        // The threshold is on the complaint's total, so paying in small parts (reopen, pay again) still takes four eyes.
        if paidBefore + response.monetaryRemedy > threshold {
            guard let approval else { throw LocalizedMessage(.complaintRemedyNeedsApproval, format(threshold)) }
            let second = try context.approver(of: approval, maker: handler)
            guard second.id != complaint.aboutOperatorID else { throw LocalizedMessage(.complaintConflictOfInterest) }
            approver = second
        }
        let authority = approver ?? handler
        let limit = CashRulesService(context).rules().authority.approveLimit(authority.role, currency)
        guard response.monetaryRemedy <= limit else { throw LocalizedMessage(.approvalAboveLimit, authority.username, format(limit)) }
        let expense = try posting.ledger.internalAccount(code: "expense:compensation:\(currency.rawValue)", kind: .expense,
                                                         currency: currency)
        let reason = approver == nil ? "" : (approval?.reason ?? "")
        let draft = EntryDraft(
            entry: JournalEntryRecord(kind: .complaintRemedy, idempotencyKey: key, requestHash: "complaint \(complaint.number)",
                                      businessDate: posting.today, currency: currency, amount: response.monetaryRemedy,
                                      customerID: customerID, accountID: account.id, makerID: handler.id, approverID: approver?.id,
                                      approvalReason: reason, memo: "complaint \(complaint.number)", detail: response.explanation, at: now),
            postings: [(.internal(expense.id), response.monetaryRemedy), (.customer(account.id), -response.monetaryRemedy)],
            primaryAccountID: account.id, auditAction: "ledger.complaint_remedy",
            auditDetail: "complaint \(complaint.number) paid before \(paidBefore) cap \(cap)")
        return (try posting.write(draft).entryID, currency)
    }
}
