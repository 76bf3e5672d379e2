import BankCore
import BranchServices
import Foundation
import Localization

/// Translated names for the complaint and care codes (categories, channels,
/// severities, statuses, tracks, teams, care task kinds, history steps),
/// and the choice lists the complaint forms offer.
extension Session {
    func complaintCategoryName(_ category: ComplaintCategory) -> String { coded("complaintCategory", category.rawValue) }
    func complaintChannelName(_ channel: ComplaintChannel) -> String { coded("complaintChannel", channel.rawValue) }
    func complaintSeverityName(_ severity: ComplaintSeverity) -> String { coded("complaintSeverity", severity.rawValue) }
    func complaintStatusName(_ status: ComplaintStatus) -> String { coded("complaintStatus", status.rawValue) }
    func complaintTrackName(_ track: ComplaintTrack) -> String { coded("complaintTrack", track.rawValue) }
    func complaintTeamName(_ team: ComplaintTeam) -> String { coded("complaintTeam", team.rawValue) }
    func careKindName(_ kind: CareTaskKind) -> String { coded("careKind", kind.rawValue) }
    /// A history step (`received`, `assigned`, `note`…) in words.
    func complaintEventName(_ kind: String) -> String { coded("complaintEvent", kind) }

    var complaintChannelOptions: [(value: String, label: String)] {
        ComplaintChannel.allCases.map { ($0.rawValue, complaintChannelName($0)) }
    }
    var complaintCategoryOptions: [(value: String, label: String)] {
        ComplaintCategory.allCases.map { ($0.rawValue, complaintCategoryName($0)) }
    }
    var complaintSeverityOptions: [(value: String, label: String)] {
        ComplaintSeverity.allCases.map { ($0.rawValue, complaintSeverityName($0)) }
    }

    /// A date as `yyyy-MM-dd`, the way deadlines are shown.
    func day(_ date: Date) -> String { BusinessDate(date: date).description }
}

/// Operator IDs for the operator numbers stored on complaints, read once per screen.
struct StaffNames {
    private var byID: [Int64: Operator] = [:]

    init(_ session: Session) {
        guard let actor = session.signedIn, let staff = try? ComplaintService(session.context).staff(by: actor) else { return }
        byID = Dictionary(staff.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// The operator ID (username) for a stored operator number; empty for none.
    func name(_ id: Int64?) -> String {
        guard let id else { return "" }
        return byID[id]?.username ?? "#\(id)"
    }
}
