import BankCore
import BankStore
@testable import BranchServices
import Foundation
import Localization
import Testing
import TestSupport

/// A branch for the complaint tests: `LedgerBranch` (admin, two tellers, two
/// supervisors, customers and funded accounts) plus a guide, with helpers to
/// register a complaint and walk it along the flow. Supervisors are the only
/// complaint handlers here (no trainer), so the auto-assigned handler is
/// always one of the two supervisors.
final class ComplaintBranch {
    let ledger: LedgerBranch
    let guide: Operator

    init(customers: Int = 3) throws {
        ledger = try LedgerBranch(customers: customers)
        guide = try OperatorAdministration(ledger.context).add(
            username: "wang.fang", displayName: "Wang Fang 王芳", role: .guide, pin: "246819", by: ledger.admin)
    }

    var context: BranchContext { ledger.context }
    /// Moving the clock to another day moves the business date as many days (complaints go by the business date, issue 13).
    var clock: TradingClock { TradingClock(clock: ledger.clock, context: ledger.context) }

    /// A complaint's deadline `days` after its receipt, counted on its business date (the clock's time of day on it).
    func due(_ complaint: ComplaintRecord, days: Int) -> Date {
        ComplaintDeadlines.onBusinessDay(complaint.receivedAt, complaint.businessDate).addingTimeInterval(Double(days) * Self.day)
    }

    /// A deadline `days` from now, counted on the business date.
    func dueFromNow(days: Int) -> Date {
        ComplaintDeadlines.onBusinessDay(clock.now(), context.businessDate).addingTimeInterval(Double(days) * Self.day)
    }
    var admin: Operator { ledger.admin }
    var teller: Operator { ledger.teller }
    var supervisor: Operator { ledger.supervisor }
    var supervisor2: Operator { ledger.supervisor2 }
    var service: ComplaintService { ComplaintService(context) }
    var care: CareService { CareService(context) }
    func customer(_ index: Int) -> Customer { ledger.customers[index] }

    static let day: TimeInterval = 86_400

    static func intake(customer: Int64?, category: ComplaintCategory = .serviceAttitude, about: Operator? = nil,
                       description: String = "The teller was rude to me at the counter.") -> ComplaintIntake {
        ComplaintIntake(channel: .counter, customerID: customer, category: category, severity: .medium, description: description,
                        remedyWanted: "An apology", aboutOperatorID: about?.id)
    }

    /// A complaint from customer 0 (or anonymous), registered by the teller.
    func register(anonymous: Bool = false, category: ComplaintCategory = .serviceAttitude, about: Operator? = nil,
                  by actor: Operator? = nil) throws -> ComplaintRecord {
        try service.register(Self.intake(customer: anonymous ? nil : customer(0).id, category: category, about: about),
                             by: actor ?? teller)
    }

    /// A complaint acknowledged and under investigation by `handler`.
    func investigating(anonymous: Bool = false, about: Operator? = nil, handler: Operator? = nil) throws -> ComplaintRecord {
        let complaint = try register(anonymous: anonymous, about: about)
        try service.acknowledge(id: complaint.id, by: handler ?? supervisor)
        try service.investigate(id: complaint.id, note: "Spoke to the staff involved", by: handler ?? supervisor)
        return try stored(complaint)
    }

    /// A complaint responded to (no money) by the supervisor.
    func responded(anonymous: Bool = false) throws -> ComplaintRecord {
        let complaint = try investigating(anonymous: anonymous)
        try service.respond(id: complaint.id, ComplaintResponse(explanation: "We apologise; the teller has been coached."),
                            key: ledger.newKey(), by: supervisor)
        return try stored(complaint)
    }

    /// The complaint as stored now.
    func stored(_ complaint: ComplaintRecord) throws -> ComplaintRecord {
        try #require(try ComplaintRepository(db: context.database).complaint(id: complaint.id))
    }

    func events(_ complaint: ComplaintRecord) throws -> [ComplaintEventRecord] {
        try ComplaintRepository(db: context.database).events(complaintID: complaint.id)
    }

    func count(_ table: String, where condition: String = "1", _ params: [SQLValue] = []) throws -> Int {
        Int(try context.database.scalarInt("SELECT count(*) FROM \(table) WHERE \(condition)", params) ?? -1)
    }

    /// The audit chain is intact.
    func expectAuditIntact(sourceLocation: SourceLocation = #_sourceLocation) throws {
        let report = try AuditService(context).verify(by: nil)
        #expect(report.breaches.isEmpty, "audit: \(report.breaches)", sourceLocation: sourceLocation)
    }
}

/// Taking a complaint down: validation, the registration number, routing to
/// the category's team, a handler who is not the person complained about,
/// and every step recorded in the history and the audit trail.
struct ComplaintIntakeTests {
    @Test func registrationNumbersCountUpWithinABusinessDayAndRestartTheNext() throws {
        let branch = try ComplaintBranch()
        let first = try branch.register()
        let second = try branch.register(category: .fees)
        let third = try branch.register(anonymous: true)
        #expect(first.number == "C20260105-0001")
        #expect(second.number == "C20260105-0002")
        #expect(third.number == "C20260105-0003")
        #expect(first.businessDate == BusinessDate("2026-01-05"))

        try BusinessDayService(branch.context).setBusinessDate(BusinessDate("2026-01-06")!, by: branch.supervisor)
        let nextDay = try branch.register()
        let nextDay2 = try branch.register()
        #expect(nextDay.number == "C20260106-0001")
        #expect(nextDay2.number == "C20260106-0002")
        #expect(nextDay.businessDate == BusinessDate("2026-01-06"))

        // The number finds the complaint, typed in lower case or with spaces too.
        #expect(try branch.service.complaint(number: " c20260105-0002 ", by: branch.teller).id == second.id)
        #expect(failure { try branch.service.complaint(number: "C20260105-0099", by: branch.teller) }?.key == .complaintNotFound)
    }

    @Test func theStoredComplaintIsWhatWasTakenDown() throws {
        let branch = try ComplaintBranch()
        let now = branch.clock.now()
        let intake = ComplaintIntake(channel: .phone, customerID: branch.customer(1).id, contact: " 13912345678 ", category: .card,
                                     severity: .high, description: "  卡被吞了，柜台没有人帮忙。  ", remedyWanted: " Return my card ",
                                     aboutOperatorID: branch.teller.id)
        let complaint = try branch.service.register(intake, by: branch.guide)
        let stored = try branch.stored(complaint)
        #expect(stored == complaint)
        #expect(stored.channel == .phone)
        #expect(stored.customerID == branch.customer(1).id)
        #expect(stored.contact == "13912345678")
        #expect(stored.category == .card)
        #expect(stored.severity == .high)
        #expect(stored.description == "卡被吞了，柜台没有人帮忙。")
        #expect(stored.remedyWanted == "Return my card")
        #expect(stored.aboutOperatorID == branch.teller.id)
        #expect(stored.team == .operations)
        #expect(stored.status == .received)
        #expect(stored.track == .simple)
        #expect(stored.receivedAt == now)
        #expect(stored.dueAt == branch.dueFromNow(days: 15))
        #expect(stored.createdBy == branch.guide.id)
        #expect(stored.responseExplanation == nil)
        #expect(stored.satisfaction == nil)
    }

    @Test func eachComplaintIsStoredWithItsCategorysTeam() throws {
        let branch = try ComplaintBranch()
        for category in ComplaintCategory.allCases {
            let complaint = try branch.register(category: category)
            #expect(try branch.stored(complaint).team == category.team, "\(category)")
            #expect(try branch.events(complaint).first?.detail.hasSuffix("→ \(category.team.rawValue)") == true)
        }
    }

    @Test func anEmptyOrShortDescriptionIsRefusedAndNothingIsSaved() throws {
        let branch = try ComplaintBranch()
        let auditBefore = try branch.context.auditActions()
        for text in ["", "    ", "\n \n", "rude", " abc  "] {  // a tab is refused as a control character (TextRules)
            #expect(failure { try branch.service.register(ComplaintBranch.intake(customer: branch.customer(0).id, description: text),
                                                          by: branch.teller) }?.key == .complaintDescriptionMissing, "\(text)")
        }
        let long = String(repeating: "x", count: 2_001)
        #expect(failure { try branch.service.register(ComplaintBranch.intake(customer: nil, description: long), by: branch.teller) }?.key
                == .complaintDescriptionTooLong)
        #expect(try branch.count("complaints") == 0)
        #expect(try branch.count("complaint_events") == 0)
        #expect(try branch.context.auditActions() == auditBefore)
        // Five characters of Chinese are enough.
        _ = try branch.service.register(ComplaintBranch.intake(customer: nil, description: "服务态度差"), by: branch.teller)
        #expect(try branch.count("complaints") == 1)
    }

    @Test func anUnknownCustomerOrOperatorIsRefused() throws {
        let branch = try ComplaintBranch()
        #expect(failure { try branch.service.register(ComplaintBranch.intake(customer: 9_999), by: branch.teller) }?.key
                == .customerNotFound)
        var aboutNobody = ComplaintBranch.intake(customer: branch.customer(0).id)
        aboutNobody.aboutOperatorID = 9_999
        #expect(failure { try branch.service.register(aboutNobody, by: branch.teller) }?.key == .complaintUnknownOperator)
        #expect(try branch.count("complaints") == 0)
    }

    @Test func theVisitAndOperationItIsAboutMustExist() throws {
        let branch = try ComplaintBranch()
        var intake = ComplaintBranch.intake(customer: branch.customer(0).id, category: .transactionError)
        intake.ticketID = 9_999
        #expect(failure { try branch.service.register(intake, by: branch.teller) }?.key == .queueTicketNotFound)
        intake.ticketID = nil
        intake.entryID = 9_999
        #expect(failure { try branch.service.register(intake, by: branch.teller) } == LocalizedMessage(.entryNotFound, "9999"))
        #expect(try branch.count("complaints") == 0)

        // Real ones are linked.
        let ticket = try QueueService(branch.context).issue(type: .cash, priority: nil, customerID: branch.customer(0).id,
                                                            needs: QueueBranch.cashNeeds, by: branch.guide)
        let account = try branch.ledger.account(customer: 0, balance: 0)
        try branch.ledger.openDrawer()
        let deposit = try CashService(branch.context).deposit(CashRequest(accountNumber: account.number, amount: 10_000,
                                                                          cash: cash(10_000)),
                                                              key: branch.ledger.newKey(), by: branch.teller)
        intake.ticketID = ticket.ticket.id
        intake.entryID = deposit.entryID
        let complaint = try branch.service.register(intake, by: branch.teller)
        #expect(try branch.stored(complaint).ticketID == ticket.ticket.id)
        #expect(try branch.stored(complaint).entryID == deposit.entryID)
    }

    @Test func anAnonymousComplaintIsAccepted() throws {
        let branch = try ComplaintBranch()
        var intake = ComplaintBranch.intake(customer: nil, category: .privacy)
        intake.contact = "anon@example.com"
        let complaint = try branch.service.register(intake, by: branch.teller)
        let stored = try branch.stored(complaint)
        #expect(stored.customerID == nil)
        #expect(stored.contact == "anon@example.com")
        #expect(stored.team == .riskCompliance)
    }

    @Test func onlyStaffWhoServeCustomersMayRegister() throws {
        let branch = try ComplaintBranch()
        #expect(failure { try branch.register(by: branch.admin) }?.key == .errorForbidden)
        _ = try branch.register(by: branch.guide)
        _ = try branch.register(by: branch.supervisor)
        #expect(try branch.count("complaints") == 2)
    }

    @Test func theHandlerIsAutoAssignedAndSpreadBetweenHandlers() throws {
        let branch = try ComplaintBranch()
        let first = try branch.register()
        let second = try branch.register()
        let handlers = [first.handlerID, second.handlerID]
        #expect(Set(handlers) == Set([branch.supervisor.id, branch.supervisor2.id]))
        // Tellers and guides are never handlers.
        for complaint in [first, second] {
            #expect(complaint.handlerID != branch.teller.id)
            #expect(complaint.handlerID != branch.guide.id)
        }
    }

    @Test func theHandlerIsNeverThePersonTheComplaintIsAbout() throws {
        let branch = try ComplaintBranch()
        for _ in 0..<4 {
            #expect(try branch.register(about: branch.supervisor).handlerID == branch.supervisor2.id)
            #expect(try branch.register(about: branch.supervisor2).handlerID == branch.supervisor.id)
        }
        // When the only handler left is the subject, nobody is assigned rather than them.
        try OperatorAdministration(branch.context).setActive(branch.supervisor2, false, by: branch.admin)
        let complaint = try branch.register(about: branch.supervisor)
        #expect(complaint.handlerID == nil)
    }

    @Test func everyIntakeStepIsInTheHistoryAndTheAuditTrail() throws {
        let branch = try ComplaintBranch()
        let now = branch.clock.now()
        let complaint = try branch.register(category: .fees)
        let events = try branch.events(complaint)
        #expect(events.map(\.kind) == ["received", "assigned"])
        #expect(events.allSatisfy { $0.operatorID == branch.teller.id && $0.at == now })
        #expect(events[0].toStatus == "received")
        #expect(events[1].detail == "handler \(complaint.handlerID!)")
        #expect(try branch.context.auditActions().last == "complaint.received")
        let row = try #require(try branch.context.database.queryOne(
            "SELECT operator_id, subject FROM audit_log WHERE action = 'complaint.received'"))
        #expect(row.int("operator_id") == branch.teller.id)
        #expect(row.string("subject") == complaint.number)
        try branch.expectAuditIntact()
    }

    @Test func theComplaintHistoryCannotBeRewritten() throws {
        let branch = try ComplaintBranch()
        let complaint = try branch.register()
        #expect(throws: (any Error).self) {
            try branch.context.database.execute("UPDATE complaint_events SET detail = 'nothing' WHERE complaint_id = ?",
                                                [.integer(complaint.id)])
        }
        #expect(throws: (any Error).self) {
            try branch.context.database.execute("DELETE FROM complaint_events WHERE complaint_id = ?", [.integer(complaint.id)])
        }
        #expect(try branch.events(complaint).count == 2)
    }
}

/// A test clock for a branch that moves its business date each morning: moving the clock to
/// another day moves the business date by as many days, so deadlines (which go by the business
/// date) follow the clock as they do in a branch that opens every day.
struct TradingClock {
    let clock: ManualClock
    let context: BranchContext

    func now() -> Date { clock.now() }

    func advance(by seconds: TimeInterval) { move { clock.advance(by: seconds) } }

    func set(_ date: Date) { move { clock.set(date) } }

    private func move(_ change: () -> Void) {
        let before = BusinessDate(date: clock.now())
        change()
        let after = BusinessDate(date: clock.now())
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = .current
        func noon(_ day: BusinessDate) -> Date {
            calendar.date(from: DateComponents(year: day.year, month: day.month, day: day.day, hour: 12)) ?? clock.now()
        }
        guard let days = calendar.dateComponents([.day], from: noon(before), to: noon(after)).day, days != 0 else { return }
        _ = try? BranchRepository(db: context.database).setBusinessDate(context.businessDate.adding(days: days))
    }
}
