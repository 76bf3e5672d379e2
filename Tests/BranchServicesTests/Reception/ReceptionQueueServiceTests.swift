import BankCore
import BankStore
@testable import BranchServices
import Foundation
import Localization
import Testing
import TestSupport

/// Appointments and the customer registry, on real branch files.
@Suite struct ReceptionQueueServiceTests {
    static let zhangID = QueueBranch.residentID(region: "110105", birth: "19850412", sequence: "123")
    static let wangID = QueueBranch.residentID(region: "440106", birth: "19920404", sequence: "097")

    static func zhang(_ change: (inout CustomerApplication) -> Void = { _ in }) -> CustomerApplication {
        var application = CustomerApplication(name: "张秀英", idType: .residentID, idNumber: zhangID, phone: "139 1234 5678",
                                              address: "北京市朝阳区建国路 88 号", birthDate: "1985-04-12",
                                              preferredLanguage: .chinese, assistance: .elderly)
        change(&application)
        return application
    }

    static let wang = CustomerApplication(name: "Wang Xiaoming", idType: .residentID, idNumber: wangID, phone: "13922223333",
                                          address: "Tianhe, Guangzhou", birthDate: "1992-04-04", preferredLanguage: .english,
                                          assistance: .none)

    // MARK: Customers

    @Test func registerWithAValidResidentID() throws {
        let branch = try QueueBranch()
        let customer = try branch.customers.register(Self.zhang(), by: branch.guide)
        #expect(customer.id > 0)
        #expect(customer.idNumber == Self.zhangID && customer.phone == "13912345678")
        #expect(customer.birthDate == BusinessDate("1985-04-12") && customer.assistance == .elderly)
        #expect(customer.preferredLanguage == Language.chinese.rawValue)
        #expect(try CustomerRepository(db: branch.context.database).find(id: customer.id) == customer)
        #expect(try branch.auditActions().last == "customer.register")
        // A teller may register too; an administrator may not look customers up at all.
        _ = try branch.customers.register(Self.wang, by: branch.teller)
        #expect(failure { try branch.customers.search("张", by: branch.admin) }
                == LocalizedMessage(.errorForbidden, Permission.customerLookup.rawValue))
    }

    @Test func badApplicationsAreRefusedAndNothingIsHalfSaved() throws {
        let branch = try QueueBranch()
        let mismatch = failure { try branch.customers.register(Self.zhang { $0.birthDate = "1985-04-13" }, by: branch.guide) }
        #expect(mismatch == LocalizedMessage(.customerBirthDateMismatch, "1985-04-12", "1985-04-13"))
        #expect(failure { try branch.customers.register(Self.zhang { $0.phone = "12345" }, by: branch.guide) }?.key == .phoneInvalid)
        #expect(failure { try branch.customers.register(Self.zhang { $0.phone = "138-0000-000a" }, by: branch.guide) }?.key == .phoneInvalid)
        var wrongCheck = Self.zhangID
        let last = wrongCheck.removeLast()
        wrongCheck.append(last == "1" ? "2" : "1")
        #expect(failure { try branch.customers.register(Self.zhang { $0.idNumber = wrongCheck }, by: branch.guide) }?.key == .idCheckDigit)
        #expect(failure { try branch.customers.register(Self.zhang { $0.name = " " }, by: branch.guide) }?.key == .customerBadName)
        #expect(failure { try branch.customers.register(Self.zhang { $0.birthDate = "1985-13-01" }, by: branch.guide) }?.key == .validDate)
        // Field-by-field problems for the form.
        let problems = branch.customers.problems(with: Self.zhang { $0.phone = "1"; $0.birthDate = "1985-04-13" })
        #expect(Set(problems.keys) == ["phone", "birthDate"])
        #expect(try branch.count("customers") == 0)
        #expect(try !branch.auditActions().contains("customer.register"))

        let first = try branch.customers.register(Self.zhang(), by: branch.guide)
        // The same document again (even typed with spaces and a lower-case x) is refused.
        let again = failure {
            try branch.customers.register(Self.zhang { $0.name = "张秀"; $0.idNumber = " " + Self.zhangID.lowercased() + " " }, by: branch.teller)
        }
        #expect(again == LocalizedMessage(.customerAlreadyRegistered, first.name))
        #expect(try branch.count("customers") == 1)
        #expect(try branch.auditActions().filter { $0 == "customer.register" }.count == 1)
    }

    @Test func searchByNameIDAndPhone() throws {
        let branch = try QueueBranch()
        let zhang = try branch.customers.register(Self.zhang(), by: branch.guide)
        let wang = try branch.customers.register(Self.wang, by: branch.guide)
        func find(_ text: String) throws -> [Int64] { try branch.customers.search(text, by: branch.guide).map(\.id) }
        #expect(try find("秀英") == [zhang.id])         // part of a Chinese name
        #expect(try find("张") == [zhang.id])
        #expect(try find("wang xiao") == [wang.id])     // Latin, case and spaces ignored
        #expect(try find("WANGXIAOMING") == [wang.id])
        #expect(try find("xiaoming") == [wang.id])      // part of a Latin name
        #expect(try find(Self.zhangID) == [zhang.id])   // exact ID number
        #expect(try find(Self.wangID.lowercased()) == [wang.id])
        #expect(try find("13912345678") == [zhang.id])  // phone
        #expect(try find(" 139 1234 5678 ") == [zhang.id])
        #expect(try find(String(Self.zhangID.prefix(10))) == [])  // a partial ID number is not a match
        #expect(try find("nobody") == [])
        #expect(try find("   ") == [])
        #expect(try find("%") == [])
        #expect(try find("_") == [])
    }

    @Test func revealIsAudited() throws {
        let branch = try QueueBranch()
        let zhang = try branch.customers.register(Self.zhang(), by: branch.guide)
        #expect(Masking.idNumber(zhang.idNumber) == "110105********" + String(Self.zhangID.suffix(4)))
        #expect(Masking.phone(zhang.phone) == "139****5678")
        branch.tick()
        let shown = try branch.customers.reveal(customerID: zhang.id, reason: "panel", by: branch.teller)
        #expect(shown.idNumber == Self.zhangID && shown.phone == "13912345678")
        let row = try #require(try branch.context.database.queryOne(
            "SELECT at, operator_id, action, subject, detail, terminal FROM audit_log ORDER BY seq DESC LIMIT 1"))
        #expect(row.string("action") == "customer.reveal")
        #expect(row.int("operator_id") == branch.teller.id)
        #expect(row.string("subject") == "customer \(zhang.id)")
        #expect(row.string("detail") == "panel")
        #expect(row.string("terminal") == "queue/tty1")
        #expect(row.int("at") == Int64(branch.clock.now().timeIntervalSince1970 * 1000))
        #expect(failure { try branch.customers.reveal(customerID: 999, reason: "panel", by: branch.teller) }?.key == .customerNotFound)
        #expect(try branch.auditActions().filter { $0 == "customer.reveal" }.count == 1)
    }

    @Test func panelShowsRecentVisitsAndManager() throws {
        let branch = try QueueBranch()
        let zhang = try branch.customers.register(Self.zhang(), by: branch.guide)
        _ = try branch.issue(.cash, priority: .elderly, customerID: zhang.id)
        _ = try branch.issue(.accounts, customerID: zhang.id)
        try branch.customers.assignAccountManager(customerID: zhang.id, managerID: branch.teller2.id, by: branch.guide)
        let panel = try branch.customers.panel(customerID: zhang.id, by: branch.teller)
        #expect(panel.recentVisits.map(\.displayNumber) == ["B001", "V001"])
        #expect(panel.accountManagerName == "Chen Jing 陈静")
        #expect(failure { try branch.customers.assignAccountManager(customerID: zhang.id, managerID: branch.guide.id, by: branch.guide) }?
                .key == .errorOperatorNotFound)
        #expect(branch.customers.accountManagers().map(\.username).sorted() == ["chen.jing", "li.wei", "zhang.min"])
    }

    @Test func demoBranchCustomersAllValidate() throws {
        let fixture = try BranchFixture()
        let context = try fixture.open()
        try DemoBranch.seed(context)
        let repository = CustomerRepository(db: context.database)
        let ids = try context.database.query("SELECT id FROM customers ORDER BY id").compactMap { $0.int("id") }
        #expect(ids.count == DemoCustomers.customers().count)
        let today = BusinessDate(date: fixture.clock.now())
        var residents = 0
        for id in ids {
            let customer = try #require(try repository.find(id: id))
            if case .failure(let problem) = PhoneNumber.validate(customer.phone) { Issue.record("\(customer.name): phone \(problem)") }
            switch IdentityRules.check(type: customer.idType, number: customer.idNumber, expiry: customer.idExpiry, today: today) {
            case .failure(let message):
                Issue.record("\(customer.name) \(customer.idNumber): \(message.text(in: Strings(.english)))")
            case .success(let checked):
                if customer.idType == .residentID {
                    residents += 1
                    #expect(checked.birthDate == customer.birthDate, "\(customer.name)")
                    let first17 = String(customer.idNumber.prefix(17))
                    #expect(ResidentIDNumber.checkDigit(for: first17).map { first17 + String($0) } == customer.idNumber)
                }
            }
        }
        #expect(residents == DemoCustomers.people.count)
        // The demo queue: today's appointments and waiting tickets for the seeded customers.
        let guide = try #require(try OperatorRepository(db: context.database).find(username: "guide")?.operator)
        let queue = QueueService(context)
        #expect(try queue.appointments(by: guide).count == 6)
        #expect(try queue.appointments(by: guide).allSatisfy { $0.customer != nil })
        #expect(try queue.waitingTickets().map(\.displayNumber) == ["A001", "V001", "B001", "C001", "A002"])
    }

    // MARK: Appointments

    @Test func bookingChecksTimeDateAndCustomer() throws {
        let branch = try QueueBranch()
        let zhang = try branch.customers.register(Self.zhang(), by: branch.guide)
        let today = QueueBranch.day
        for bad in ["9:30", "24:00", "12:60", "noon", ""] {
            #expect(failure {
                try branch.queue.book(customerID: zhang.id, date: today, time: bad, type: .cash, purpose: "", accountManagerID: nil, by: branch.guide)
            } == LocalizedMessage(.validTime), "\(bad)")
        }
        let yesterday = BusinessDate("2027-01-14")!
        #expect(failure {
            try branch.queue.book(customerID: zhang.id, date: yesterday, time: "10:00", type: .cash, purpose: "", accountManagerID: nil, by: branch.guide)
        } == LocalizedMessage(.appointmentInPast))
        #expect(failure {
            try branch.queue.book(customerID: 999, date: today, time: "10:00", type: .cash, purpose: "", accountManagerID: nil, by: branch.guide)
        }?.key == .customerNotFound)
        #expect(failure {
            try branch.queue.book(customerID: zhang.id, date: today, time: "10:00", type: .cash, purpose: "", accountManagerID: nil, by: branch.teller)
        } == LocalizedMessage(.errorForbidden, Permission.reception.rawValue))
        #expect(try branch.count("appointments") == 0)

        try branch.queue.book(customerID: zhang.id, date: today, time: "10:00", type: .wealth, purpose: "Fund review",
                              accountManagerID: branch.teller2.id, by: branch.guide)
        try branch.queue.book(customerID: zhang.id, date: BusinessDate("2027-01-16")!, time: "11:00", type: .cash, purpose: "",
                              accountManagerID: nil, by: branch.guide)
        try branch.queue.book(customerID: zhang.id, date: today, time: "09:30", type: .accounts, purpose: "", accountManagerID: nil,
                              by: branch.guide)
        let list = try branch.queue.appointments(by: branch.guide)
        #expect(list.map(\.appointment.time) == ["09:30", "10:00"])
        #expect(list.allSatisfy { $0.customer?.id == zhang.id && $0.appointment.status == .booked })
        #expect(list[1].appointment.purpose == "Fund review" && list[1].appointment.accountManagerID == branch.teller2.id)
        #expect(try CustomerRepository(db: branch.context.database).find(id: zhang.id)?.accountManagerID == branch.teller2.id)
        #expect(try branch.auditActions().filter { $0 == "appointment.book" }.count == 3)
    }

    @Test func arrivalIssuesTheTicketOnce() throws {
        let branch = try QueueBranch()
        let zhang = try branch.customers.register(Self.zhang(), by: branch.guide)
        let id = try branch.queue.book(customerID: zhang.id, date: QueueBranch.day, time: "10:00", type: .accounts, purpose: "",
                                       accountManagerID: nil, by: branch.guide)
        // Missing answers: refused, the appointment still waits, no ticket.
        var needs = QueueBranch.accountNeeds
        needs["documents"] = nil
        #expect(failure { try branch.queue.arrive(appointmentID: id, priority: nil, needs: needs, by: branch.guide) }
                == LocalizedMessage(.queueNeedsMissing, "documents"))
        #expect(try branch.queue.appointments(by: branch.guide).first?.appointment.status == .booked)
        #expect(try branch.count("tickets") == 0)

        branch.tick()
        let issued = try branch.queue.arrive(appointmentID: id, priority: .elderly, needs: QueueBranch.accountNeeds, by: branch.guide)
        #expect(issued.ticket.displayNumber == "V001")
        #expect(issued.ticket.customerID == zhang.id && issued.ticket.businessType == .accounts)
        let appointment = try #require(try branch.queue.appointments(by: branch.guide).first?.appointment)
        #expect(appointment.status == .arrived && appointment.ticketID == issued.ticket.id)
        let stored = try branch.context.database.queryOne("SELECT appointment_id FROM tickets WHERE id = ?", [.integer(issued.ticket.id)])
        #expect(stored?.int("appointment_id") == id)

        // Arriving twice is refused, whichever way it is tried, and issues nothing.
        #expect(failure { try branch.queue.arrive(appointmentID: id, priority: nil, needs: QueueBranch.accountNeeds, by: branch.guide) }
                == LocalizedMessage(.appointmentNotBooked))
        #expect(failure {
            try branch.queue.issue(type: .accounts, priority: nil, customerID: zhang.id, appointmentID: id, needs: QueueBranch.accountNeeds,
                                   by: branch.guide)
        } == LocalizedMessage(.appointmentNotBooked))
        #expect(failure { try branch.queue.arrive(appointmentID: 4242, priority: nil, needs: QueueBranch.accountNeeds, by: branch.guide) }
                == LocalizedMessage(.appointmentNotBooked))
        #expect(try branch.count("tickets") == 1)
        #expect(try branch.queue.appointments(by: branch.guide).first?.appointment.ticketID == issued.ticket.id)
    }
}
