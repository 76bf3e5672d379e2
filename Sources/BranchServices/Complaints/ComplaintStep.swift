import BankCore
import BankStore
import Localization

/// One handling step on a complaint, and the rules for taking it: never by
/// the person it is about; only in the statuses the flow allows; and only by
/// the complaint's assigned handler, except that a supervisor (who may
/// approve) oversees every case. Responding, which may pay money, is the
/// assigned handler's alone. Giving a complaint to someone else is open to
/// every handler (the service refuses the wrong recipient).
public enum ComplaintStep: String, CaseIterable, Sendable {
    case acknowledge, investigate, note, assign, extend, respond, close, reopen

    /// Throws the reason `actor` may not take this step on `complaint` now.
    func check(_ complaint: ComplaintRecord, by actor: Operator) throws(LocalizedMessage) {
        guard complaint.aboutOperatorID != actor.id else { throw LocalizedMessage(.complaintConflictOfInterest) }
        let assigned = complaint.handlerID == actor.id
        switch self {
        case .assign: break
        case .respond: guard assigned else { throw LocalizedMessage(.complaintNotYourCase) }
        default:
            guard assigned || complaint.handlerID == nil || actor.role.may(.approve) else {
                throw LocalizedMessage(.complaintStepNotYourCase)
            }
        }
        switch self {
        case .acknowledge: guard complaint.status.canMove(to: .acknowledged) else { throw ComplaintService.wrongStatus(complaint.status) }
        case .investigate: guard complaint.status.canMove(to: .investigating) else { throw ComplaintService.wrongStatus(complaint.status) }
        case .respond: guard complaint.status == .investigating else { throw ComplaintService.wrongStatus(complaint.status) }
        case .extend: guard complaint.status.awaitsResponse else { throw LocalizedMessage(.complaintNotAwaitingResponse) }
        case .close:
            guard complaint.status == .responded, complaint.responseExplanation != nil else {
                throw LocalizedMessage(.complaintCloseWithoutResponse)
            }
        case .reopen: guard complaint.status.canMove(to: .reopened) else { throw ComplaintService.wrongStatus(complaint.status) }
        case .note, .assign: break
        }
    }
}
