import BankCore
import BankStore
import BranchServices
import Testing
import TerminalUI
@testable import TellerScreens

/// The complaints desk's key tables hold in realistic states: the lists, a
/// complaint as its handler sees it, its slip, the intake and response forms,
/// and both tabs of customer care (see `DeskKeyTableChecks`).
@Suite struct ComplaintKeyTableTests {
    /// The supervisor signed in, with one complaint registered by the guide.
    private func workstation() throws -> (Workstation, ComplaintRecord) {
        let w = try Workstation.wide(signedInAs: "super")
        let complaint = try w.registerComplaint(by: try w.demoOperator("guide"), customerID: try w.demoAccounts().first?.customerID)
        return (w, complaint)
    }

    @Test func theLists() throws {
        let (w, _) = try workstation()
        #expect(ComplaintsScreen(session: w.session).keyTable(w.session).action(for: .character("3")) == .list(.overdue))
        try DeskKeyTableChecks.expectTableHolds(w, typesText: false) { w.shown(ComplaintsScreen(session: w.session)) }
    }

    @Test func aComplaintAsItsHandlerSeesIt() throws {
        let (w, complaint) = try workstation()
        let table = ComplaintDetailScreen(session: w.session, complaintID: complaint.id).keyTable(w.session)
        #expect(table.action(for: .character("a")) == .step(.acknowledge))
        #expect(table.bindings.filter(\.inFooter).map(\.action) == [.step(.acknowledge), .step(.assign)])
        try DeskKeyTableChecks.expectTableHolds(w, typesText: false) { ComplaintDetailScreen(session: w.session, complaintID: complaint.id) }
    }

    @Test func theSlip() throws {
        let (w, complaint) = try workstation()
        try DeskKeyTableChecks.expectTableHolds(w, typesText: false) { ComplaintSlipScreen(complaint: complaint, customerName: nil) }
    }

    @Test func theIntakeAndResponseForms() throws {
        let (w, complaint) = try workstation()
        try DeskKeyTableChecks.expectTableHolds(w, typesText: true) { ComplaintIntakeScreen(session: w.session) }
        try DeskKeyTableChecks.expectTableHolds(w, typesText: true) { ComplaintResponseScreen(complaint: complaint, accounts: []) }
    }

    @Test func careTasksAndSuggestions() throws {
        let (w, _) = try workstation()
        _ = try CareService(w.context).addTask(kind: .accountOpened, customerID: nil, note: "welcome call",
                                               due: BusinessDate(date: fixedInstant).adding(days: 2), by: try w.demoOperator("guide"))
        _ = try CareService(w.context).addSuggestion(fromStaff: true, customerID: nil, channel: .counter, text: "more seats by the door",
                                                     by: try w.demoOperator("guide"))
        try DeskKeyTableChecks.expectTableHolds(w, typesText: false) { w.shown(CareScreen(session: w.session)) }
        try DeskKeyTableChecks.expectTableHolds(w, typesText: false) {
            let screen = w.shown(CareScreen(session: w.session))
            w.feed(screen, .tab)
            #expect(screen.tab == .suggestions)
            return screen
        }
    }
}
