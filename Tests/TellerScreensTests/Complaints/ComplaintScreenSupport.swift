import BankCore
import BankStore
import BranchServices
import Foundation
import Testing
import TerminalUI
@testable import TellerScreens

/// Helpers the complaint and care screen tests share: opening the
/// complaints screen, filling the intake form, and complaints registered
/// through the service for the handling tests.
extension Workstation {
    /// Opens "Complaints and care" from the main menu.
    func openComplaints(sourceLocation: SourceLocation = #_sourceLocation) throws {
        try open(.complaints, sourceLocation: sourceLocation)
        #expect(app.topScreen is ComplaintsScreen, sourceLocation: sourceLocation)
    }

    /// Fills the intake form opened from the list (no customer linked) and submits it.
    /// `category` is how many steps right from the first category (service attitude).
    func fillIntake(customer: String = "", category: Int = 0, description: String, remedy: String = "", about: String = "") {
        press(.tab)  // channel stays "counter"
        type(customer)
        press(.tab, .tab)  // past the contact
        for _ in 0..<category { press(.right) }
        press(.tab, .tab)  // severity stays "medium"
        type(description)
        press(.tab)
        type(remedy)
        press(.tab)
        type(about)
        press(.control("s"))
    }

    /// A complaint registered by `clerk` through the service.
    func registerComplaint(by clerk: Operator, customerID: Int64?, category: ComplaintCategory = .fees,
                           about: Int64? = nil) throws -> ComplaintRecord {
        try ComplaintService(context).register(
            ComplaintIntake(channel: .counter, customerID: customerID, category: category, severity: .high,
                            description: "Charged twice for the annual card fee", remedyWanted: "refund the second fee",
                            aboutOperatorID: about), by: clerk)
    }

    /// The complaint as stored now.
    func storedComplaint(_ id: Int64) throws -> ComplaintRecord {
        // Read as the trainer: the person a complaint is about would not see it at all (issue 12).
        try ComplaintService(context).complaint(id: id, by: try demoOperator("trainer"))
    }

    /// Moves the clock by whole days and the business date with it, as a branch moves it each
    /// morning (complaint deadlines go by the business date, issue 13).
    func advanceDays(_ days: Int) throws {
        clock.advance(by: Double(days) * 86_400)
        _ = try BranchRepository(db: context.database).setBusinessDate(BusinessDate(date: clock.now()))
        session.reloadBranch()
    }

    /// Whether any line of the screen contains every part.
    func showsLine(_ parts: String...) -> Bool { lines.contains { line in parts.allSatisfy(line.contains) } }
}
