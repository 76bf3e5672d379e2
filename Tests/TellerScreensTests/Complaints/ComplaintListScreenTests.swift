import BankCore
import BankStore
import BranchServices
import Foundation
import Localization
import Testing
import TerminalUI
@testable import TellerScreens

/// The complaint lists: open, due soon and overdue one key away with their
/// counts at the top, as the (manual) clock and the business date move towards the deadline.
@Suite struct ComplaintListScreenTests {
    @Test func dueSoonAndOverdueListsFollowTheClock() throws {
        let w = try Workstation()
        let complaint = try w.registerComplaint(by: try w.demoOperator("guide"), customerID: nil)
        try w.signIn(as: "guide")
        try w.openComplaints()
        #expect(w.showsLine("1 Open (1)", "2 Due soon (0)", "3 Overdue (0)"))
        // Received on the business date its number carries; anonymous: no customer.
        #expect(w.showsLine(complaint.number, "—", "Fees and charges", "High", "Received", "super", "03-17"))
        w.press(.character("2"))
        #expect(w.screen.contains("No complaints in this list."))

        try w.advanceDays(13)
        w.press(.character("2"))
        #expect(w.showsLine("2 Due soon (1)"))
        #expect(w.showsLine(complaint.number, "03-17"))
        w.press(.character("3"))
        #expect(!w.showsLine(complaint.number))

        try w.advanceDays(3)
        w.press(.character("3"))
        #expect(w.showsLine("2 Due soon (0)", "3 Overdue (1)"))
        #expect(w.showsLine(complaint.number, "03-17"))
        let row = try #require(w.lines.firstIndex { $0.contains(complaint.number) })
        let due = try #require(w.lines[row].range(of: "03-17")).lowerBound.utf16Offset(in: w.lines[row])
        #expect(w.terminal.screen[due, row].role == .error)  // the overdue deadline in the error colour
        w.press(.enter)
        #expect(w.app.topScreen is ComplaintDetailScreen)
        #expect(w.showsLine("Respond by", "2026-03-17  OVERDUE"))
    }

    @Test func theArrowsCycleTheListsAndRecentShowsClosedOnes() throws {
        let w = try Workstation()
        _ = try w.registerComplaint(by: try w.demoOperator("guide"), customerID: nil)
        try w.signIn(as: "guide")
        try w.openComplaints()
        let screen = try #require(w.app.topScreen as? ComplaintsScreen)
        w.press(.right)
        #expect(screen.list == .dueSoon)
        w.press(.left, .left)
        #expect(screen.list == .mine)
        w.press(.left)
        #expect(screen.list == .recent)
        #expect(screen.shown.count == 1)
    }

    @Test func everyComplaintAndCareCodeHasANameInBothLanguages() {
        let families: [(String, [String])] = [
            ("complaintCategory", ComplaintCategory.allCases.map(\.rawValue)),
            ("complaintChannel", ComplaintChannel.allCases.map(\.rawValue)),
            ("complaintSeverity", ComplaintSeverity.allCases.map(\.rawValue)),
            ("complaintStatus", ComplaintStatus.allCases.map(\.rawValue)),
            ("complaintTrack", ComplaintTrack.allCases.map(\.rawValue)),
            ("complaintTeam", ComplaintTeam.allCases.map(\.rawValue)),
            ("careKind", CareTaskKind.allCases.map(\.rawValue)),
            ("complaintEvent", ["received", "assigned", "acknowledged", "investigating", "note", "extended", "responded", "closed",
                                "reopened"]),
            ("journalKind", EntryKind.allCases.map(\.rawValue)),
        ]
        for (family, codes) in families {
            for code in codes {
                let key = StringKey.coded(family, code)
                #expect(key != nil, "\(family)_\(code) has no string")
                if let key { #expect(Strings(.english)(key) != Strings(.chinese)(key)) }
            }
        }
        #expect(ComplaintCategory.allCases.count == 10)
    }
}
