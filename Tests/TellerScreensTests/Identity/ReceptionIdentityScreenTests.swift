import BankCore
import BankStore
import BranchServices
import Foundation
import Localization
import Testing
import TerminalUI
@testable import TellerScreens

/// Issue 13 on the reception, counter and review screens: the register form
/// starts in the interface language and fills the date of birth from the ID
/// (a mismatch explained under the field), an appointment is cancelled after
/// a question, the Finish form offers only possible outcomes, and a review
/// opens the whole application and tells its maker before a reason is typed.
@Suite struct ReceptionIdentityScreenTests {
    @Test(arguments: [Language.english, .chinese]) func theRegisterFormStartsInTheInterfaceLanguageAndFillsTheBirthDate(_ language: Language) throws {
        let w = try Workstation(language: language)
        try w.signIn(as: "guide")
        try w.openQueueScreen(.customers)
        w.press(.function(5))
        #expect(w.hasLine("< " + language.nativeName + " >"))
        w.type("Wu Lao")
        w.press(.tab, .tab)
        w.type("110105491231002")
        #expect(w.hasLine("1949-12-31"))

        // A date typed first and a number that says otherwise: explained under the date of birth.
        let v = try Workstation(language: language)
        try v.signIn(as: "guide")
        try v.openQueueScreen(.customers)
        v.press(.function(5))
        v.press(.tab, .tab, .tab, .tab, .tab, .tab)
        v.type("1950-12-31")
        v.press(.backTab, .backTab, .backTab, .backTab)
        v.type("110105491231002")
        let expected = language == .english ? "! The ID number gives the date of birth 1949-12-31" : "! 证件号码中的出生日期为 1949-12-31"
        #expect(v.hasLine(expected))
        #expect(v.hasLine("1950-12-31"))
    }

    @Test func anAppointmentIsCancelledAfterAQuestionAndAudited() throws {
        let w = try Workstation(language: .english)
        try w.signIn(as: "guide")
        try w.openQueueScreen(.reception)
        w.press(.character("x"))
        #expect(w.hasLine("Cancel the 09:30"))
        w.press(.escape)
        #expect(!w.hasLine("Cancel the 09:30"))
        let guide = try w.queueOperator("guide")
        #expect(try QueueService(w.context).appointments(by: guide).first?.appointment.status == .booked)
        w.press(.character("x"))
        w.press(.left, .enter)
        #expect(w.messageLine == " The 09:30 appointment of 王秀英 is cancelled.")
        #expect(try QueueService(w.context).appointments(by: guide).first?.appointment.status == .cancelled)
        #expect(w.hasLine("09:30", "王秀英", "cancelled"))
        let last = try w.context.database.queryOne("SELECT action FROM audit_log ORDER BY seq DESC LIMIT 1")?.string("action")
        #expect(last == "appointment.cancelled")
        // Closed: marking it missed is refused in words.
        w.press(.character("m"))
        #expect(w.messageLine.contains("not waiting for an arrival"))
    }

    @Test func theFinishFormOffersOnlyWhatIsPossibleNow() throws {
        let w = try Workstation(language: .english)
        try w.signIn(as: "teller")
        try w.openQueueScreen(.counter)
        w.press(.enter)
        w.type("1")
        w.press(.control("s"))
        w.press(.character("n"))
        // Called, not started: only "left before service" (no-show needs the recalls first).
        w.press(.character("f"))
        #expect(w.hasLine("< Left before service >"))
        w.press(.right)
        #expect(w.hasLine("< Left before service >"))
        #expect(!w.hasLine("Served"))
        #expect(!w.hasLine("Satisfaction (1–5)"))
        w.press(.escape)
        w.press(.character("s"), .character("f"))
        #expect(w.hasLine("< Served >"))
        #expect(w.hasLine("Satisfaction (1–5)"))
        w.press(.right)
        #expect(w.hasLine("< Referred >"))
        w.press(.right)
        #expect(w.hasLine("< Served >"))
    }

    @Test func aReviewOpensTheWholeApplicationAndTellsItsMakerFirst() throws {
        let w = try Workstation(language: .english)
        let supervisor = try w.queueOperator("super")
        let customer = try CustomerService(w.context).register(CustomerApplication(
            name: "John Smith", idType: .passport, idNumber: "E7654321", idExpiry: "2031-01-01", phone: "13912345678",
            address: "1 Zhongshan Road, Nanjing", birthDate: "1983-03-21", preferredLanguage: .english, assistance: .none), by: supervisor)
        let kyc = KYCProfile(occupation: "software engineer", employer: "Acme Software Ltd", income: .from50kTo200k,
                             address: "1 Zhongshan Road, Nanjing", purpose: .salary, taxResidency: .china, politicallyExposed: false)
        let id = try AccountOpeningService(w.context).submit(AccountApplicationForm(
            customerID: customer.id, accountType: .savings, currency: .cny, kyc: kyc, documentsSeen: ["id_original"]), by: supervisor)
            .applicationID
        try w.signIn(as: "super")
        try w.openQueueScreen(.reviews)
        #expect(w.hasLine(String(id), "John Smith"))
        w.press(.enter)
        #expect(w.title == "Application \(id)")
        #expect(w.hasLine("Entered by", "Zhang Min"))
        #expect(w.hasLine("E765****4321") || w.hasLine(Masking.idNumber("E7654321")))
        #expect(w.hasLine("software engineer"))
        #expect(w.hasLine("training example: sanctions list"))
        w.press(.escape)
        w.press(.character("a"))
        #expect(w.messageLine.contains("You entered application \(id) yourself"))
        #expect(!w.hasLine("Approve — Reason"))
        let refused = try w.context.database.scalarInt("SELECT count(*) FROM audit_log WHERE action = 'account.review_refused'")
        #expect(refused == 1)
    }
}

/// Issue 13 on the account-opening screen: a problem shows on the row under
/// its field, and the customer's "No" is recorded and shown on the panel.
@Suite struct AccountOpeningIssue13ScreenTests {
    /// Signs in as the teller and opens the account-opening form of a new customer without an address.
    static func openingForm() throws -> (Workstation, Customer) {
        let w = try Workstation(language: .english)
        let teller = try w.queueOperator("teller")
        let customer = try CustomerService(w.context).register(CustomerApplication(
            name: "Zhou Xin", idType: .residentID, idNumber: "310104198807260015", phone: "13812345678", address: "",
            birthDate: "1988-07-26", preferredLanguage: .english, assistance: .none), by: teller)
        try w.signIn(as: "teller")
        try w.openQueueScreen(.customers)
        w.type("Zhou Xin")
        w.press(.enter, .enter)
        w.press(.character("o"))
        #expect(w.title == "Open account — Zhou Xin")
        w.press(.tab, .tab)
        w.type("Teacher")
        w.press(.tab)
        w.type("Xuhui No. 2 Middle School")
        return (w, customer)
    }

    @Test func aProblemShowsUnderItsField() throws {
        let (w, _) = try Self.openingForm()
        w.press(.tab, .tab)
        w.type("abc")
        w.press(.control("s"))
        let row = try #require(w.lines.firstIndex { $0.contains("Address") && $0.contains("abc") })
        #expect(w.lines[row + 1].contains("! The address must have 5 to 120 characters (street and number, city)."))
    }

    @Test func theCustomersNoIsRecordedAndShownOnThePanel() throws {
        let (w, customer) = try Self.openingForm()
        w.press(.tab, .tab)
        w.type("88 Hanzhong Road, Nanjing")
        w.press(.control("s"))
        #expect(w.messageLine.contains("The customer's address was updated"))
        w.press(.enter)
        #expect(w.hasLine("[ Yes ]", "[ No ]"))
        // Esc only closes the question; the customer's answer is the No button.
        w.press(.escape)
        #expect(!w.hasLine("[ Yes ]", "[ No ]"))
        #expect(try w.context.database.scalarInt("SELECT count(*) FROM application_closures") == 0)
        w.press(.enter)
        #expect(w.hasLine("[ Yes ]", "[ No ]"))
        w.press(.enter)  // "No" is highlighted
        #expect(w.messageLine.contains("The customer said no"))
        let status = try w.context.database.queryOne("SELECT kind FROM application_closures")?.string("kind")
        #expect(status == "declined")
        w.press(.escape)
        #expect(w.title == "Customer: Zhou Xin")
        #expect(w.hasLine("Applications", "declined by the customer"))
        #expect(w.hasLine("88 Hanzhong Road, Nanjing"))
        #expect(try CustomerService(w.context).panel(customerID: customer.id, by: w.queueOperator("teller")).customer.address
                == "88 Hanzhong Road, Nanjing")
    }
}

/// Issue 13 on the Identity screen: a check made while a customer is served
/// is linked to that customer and ticket, and says so.
@Suite struct DocumentCheckIssue13ScreenTests {
    @Test func aCheckOnTheIdentityScreenIsLinkedToTheServedTicket() throws {
        let w = try Workstation(language: .english)
        try w.signIn(as: "teller")
        try w.openQueueScreen(.counter)
        w.press(.enter)
        w.type("1")
        w.press(.control("s"))
        w.press(.character("n"))
        let ticket = try #require(try w.ticket("V001")).ticket
        let customerID = try #require(ticket.customerID)
        let customer = try #require(try CustomerRepository(db: w.context.database).find(id: customerID))
        w.press(.escape)
        try w.openQueueScreen(.identity)
        w.press(.tab)
        w.type(customer.idNumber)
        w.press(.control("s"))
        // The verdict wraps: read its lines as one text.
        let verdict = w.lines.map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
        #expect(verdict.contains("Document accepted: \(Masking.idNumber(customer.idNumber)).") && verdict.contains("Recorded for \(customer.name), visit V001."))
        let row = try #require(try w.context.database.queryOne("SELECT customer_id, ticket_id FROM document_checks ORDER BY id DESC"))
        #expect(row.int("customer_id") == customer.id && row.int("ticket_id") == ticket.id)
    }
}
