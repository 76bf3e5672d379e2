import BankCore
import Localization

/// A history step's stored detail in the reader's language: the codes the
/// service writes (channel, category and team on receipt, the handler's
/// number on assignment, the track on an extension, the score on closing)
/// become words; what a handler typed (notes, reasons) is shown as typed.
enum ComplaintEventText {
    static func detail(_ event: ComplaintEventRecord, _ session: Session, _ staff: StaffNames?) -> String {
        let words = event.detail.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        switch event.kind {
        case "received":
            guard words.count == 4, let channel = ComplaintChannel(rawValue: words[0]), let category = ComplaintCategory(rawValue: words[1]),
                  let team = ComplaintTeam(rawValue: words[3]) else { return event.detail }
            return "\(session.complaintChannelName(channel)) · \(session.complaintCategoryName(category)) → \(session.complaintTeamName(team))"
        case "assigned":
            guard words.count >= 2, words[0] == "handler", let id = Int64(words[1]) else { return event.detail }
            return "→ " + (staff?.name(id) ?? words[1])
        case "extended":
            guard let first = words.first, let track = ComplaintTrack(rawValue: first) else { return event.detail }
            // "… approved by operator 4: reason" names the approver, in the reader's language.
            if let approval = OperatorMentions.approval(in: event.detail) {
                return session.complaintTrackName(track) + approval.before.dropFirst(first.count) + " · "
                    + session.strings(.uiApprovedBy, staff?.name(approval.approverID) ?? "#\(approval.approverID)") + approval.after
            }
            return session.complaintTrackName(track) + event.detail.dropFirst(first.count)
        case "closed":
            guard words.count == 2, words[0] == "satisfaction" else { return event.detail }
            return session.strings(.complaintFieldSatisfaction) + ": " + words[1]
        default:
            return OperatorMentions.named(event.detail) { staff?.name($0) }
        }
    }
}
