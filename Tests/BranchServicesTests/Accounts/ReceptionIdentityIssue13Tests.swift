import BankCore
import BankStore
@testable import BranchServices
import Foundation
import Localization
import Testing
import TestSupport

extension AccountOpeningTests {
    /// Issue 13, reception and identity: old 15-digit resident IDs convert
    /// wherever an ID is entered, the date of birth comes from the ID, the
    /// last four digits find a customer, one address rule for registration and
    /// the KYC form (a changed KYC address updates the customer), a document
    /// check is linked to the customer and the served ticket, MRZ and card
    /// problems name the failed check, and SMS texts use the customer's language.
    @Suite("Reception and identity (issue 13)") struct ReceptionIdentity {
        static let legacy = "110105491231002"
        static let converted = "11010519491231002X"

        static func application(_ name: String, id: String, birth: String, phone: String = "13912345678",
                                address: String = "1 Zhongshan Road, Nanjing", language: Language = .english) -> CustomerApplication {
            CustomerApplication(name: name, idType: .residentID, idNumber: id, phone: phone, address: address, birthDate: birth,
                                preferredLanguage: language, assistance: .none)
        }

        @Test func anOld15DigitIDIsConvertedWhereverItIsEntered() throws {
            let branch = try OpeningBranch()
            // Registration stores the 18-character form.
            let old = try branch.customers.register(Self.application("Wu Lao", id: Self.legacy, birth: "1949-12-31"), by: branch.teller)
            #expect(old.idNumber == Self.converted)
            #expect(try branch.stored(old)?.idNumber == Self.converted)
            // The same person typed either way is the same customer.
            #expect(failure {
                try branch.customers.register(Self.application("Wu Lao", id: Self.converted, birth: "1949-12-31"), by: branch.teller)
            }?.key == .customerAlreadyRegistered)
            // Search by the old number finds the converted one.
            #expect(try branch.customers.search(Self.legacy, by: branch.teller).map(\.id) == [old.id])
            // A document check accepts it and records the 18-character form, linked to the customer.
            let checked = try branch.identity.checkDocument(type: .residentID, number: Self.legacy, expiry: nil, customerID: nil,
                                                            by: branch.teller)
            #expect(checked.number == Self.converted && checked.birthDate == BusinessDate("1949-12-31"))
            #expect(checked.customerID == old.id)
            // A wrong birth date in the old number is still refused.
            #expect(failure {
                try branch.identity.checkDocument(type: .residentID, number: "110105491331002", expiry: nil, customerID: nil, by: branch.teller)
            }?.key == .idBirthDate)
        }

        @Test func aWatchListWithAnOld15DigitIDMatchesTheStoredForm() throws {
            let branch = try OpeningBranch()
            let csv = "name,id_number,birth_date,list,reason\nSomeone Else,\(Self.legacy),,UN,listed by the old number\n"
            _ = try branch.watchList.importCSV(path: try branch.writeFile("old.csv", csv), by: branch.admin)
            let old = try branch.customers.register(Self.application("Wu Lao", id: Self.converted, birth: "1949-12-31"), by: branch.teller)
            let result = try branch.opening.submit(OpeningBranch.form(old), by: branch.teller)
            #expect(result.needsReview && result.hits.map(\.kind) == [.idNumber])
        }

        @Test func theBirthDateComesFromTheIDAndAMismatchIsExplained() throws {
            let branch = try OpeningBranch()
            #expect(branch.customers.birthDate(fromResidentID: Self.legacy) == BusinessDate("1949-12-31"))
            #expect(branch.customers.birthDate(fromResidentID: OpeningBranch.residentID(birth: "19830321")) == BusinessDate("1983-03-21"))
            #expect(branch.customers.birthDate(fromResidentID: "1101051983") == nil)
            let problems = branch.customers.problems(with: Self.application("Wu Lao", id: Self.legacy, birth: "1950-12-31"))
            // Left empty for a resident ID, the date of birth is the ID's.
            let filled = try branch.customers.register(Self.application("Wu Lao", id: Self.legacy, birth: ""), by: branch.teller)
            #expect(filled.birthDate == BusinessDate("1949-12-31"))
            let text = problems["birthDate"]?.text(in: Strings(.english))
            #expect(text == "The ID number gives the date of birth 1949-12-31, but 1950-12-31 was typed: correct the number or the date.")
        }

        @Test func theLastFourDigitsOfAnIDOrPhoneFindTheCustomer() throws {
            let branch = try OpeningBranch()
            let wu = try branch.customers.register(Self.application("Wu Lao", id: Self.legacy, birth: "1949-12-31", phone: "13800001111"),
                                                   by: branch.teller)
            let li = try branch.customers.register(Self.application("Li Na", id: OpeningBranch.residentID(birth: "19830321"),
                                                                    birth: "1983-03-21", phone: "13900002222"), by: branch.teller)
            #expect(try branch.customers.search("002x", by: branch.teller).map(\.id) == [wu.id])
            #expect(try branch.customers.search("2222", by: branch.teller).map(\.id) == [li.id])
            #expect(try branch.customers.search(String(li.idNumber.suffix(4)), by: branch.teller).map(\.id).contains(li.id))
            #expect(try branch.customers.search("9999", by: branch.teller).isEmpty)
            // The search uses the expression indexes, not a scan of every customer.
            let plan = try branch.context.database.query(
                "EXPLAIN QUERY PLAN SELECT id FROM customers WHERE substr(phone, -4) = ?", [.text("2222")]).compactMap { $0.string("detail") }
            #expect(plan.contains { $0.contains("customers_phone_last4") })
        }

        @Test func registrationAndTheKYCFormShareOneAddressRuleAndAChangeUpdatesTheCustomer() throws {
            let branch = try OpeningBranch()
            #expect(failure {
                try branch.customers.register(Self.application("Wu Lao", id: Self.legacy, birth: "1949-12-31", address: "abc"), by: branch.teller)
            }?.key == .customerBadAddress)
            let customer = try branch.register("Wang Xiaoming")
            var kyc = OpeningBranch.plainKYC()
            kyc.address = "abc"
            #expect(failure { try branch.opening.submit(OpeningBranch.form(customer, kyc: kyc), by: branch.teller) }?.key
                    == .customerBadAddress)
            kyc.address = "  88 Hanzhong Road, Nanjing "
            let result = try branch.opening.submit(OpeningBranch.form(customer, kyc: kyc), by: branch.teller)
            #expect(try branch.stored(customer)?.address == "88 Hanzhong Road, Nanjing")
            #expect(try branch.auditActions().suffix(2) == ["account.application", "customer.address_change"])
            #expect(result.applicationID > 0)
        }

        @Test func aDocumentCheckIsLinkedToTheServedCustomerAndTicket() throws {
            let branch = try OpeningBranch()
            let customer = try branch.register("Wang Xiaoming")
            let queue = QueueService(branch.context)
            let counter = try queue.openCounter(number: 1, serves: [.accounts], by: branch.teller)
            _ = try queue.issue(type: .accounts, priority: nil, customerID: customer.id,
                                needs: ["service": "open_account", "documents": "id_card", "urgency": "normal", "assistance": "none"],
                                by: branch.guide)
            let ticket = try #require(try queue.callNext(counterID: counter.id, by: branch.teller))
            // Checked from the Identity screen (no customer chosen): the served visit's customer and ticket.
            let checked = try branch.identity.checkDocument(type: .passport, number: "E12345678", expiry: BusinessDate("2030-01-01"),
                                                            customerID: nil, by: branch.teller)
            #expect(checked.customerID == customer.id && checked.ticketID == ticket.id)
            let row = try #require(try branch.context.database.queryOne("SELECT customer_id, ticket_id FROM document_checks ORDER BY id DESC"))
            #expect(row.int("customer_id") == customer.id && row.int("ticket_id") == ticket.id)
            #expect(try branch.auditActions().last == "identity.document_check")
            let panel = try branch.customers.panel(customerID: customer.id, by: branch.teller)
            #expect(panel.lastDocumentCheck?.ticketID == ticket.id && panel.lastDocumentCheck?.accepted == true)
        }

        @Test func mrzAndCardProblemsNameTheFailedCheckInWords() throws {
            let branch = try OpeningBranch()
            branch.clock.set(Date(timeIntervalSince1970: 1_268_733_600))  // 2010-03-16
            let line1 = "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<"
            let tampered = "L898902C37UTO7408122F1204159ZE184226B<<<<<10"
            let message = try #require(failure {
                try branch.identity.checkPassportMRZ(line1: line1, line2: tampered, customerID: nil, by: branch.teller)
            })
            #expect(message.text(in: Strings(.english))
                    == "The MRZ check digit of the passport number (line 2, characters 1–9, check digit at 10) does not match: that part was misread or mistyped.")
            #expect(message.text(in: Strings(.chinese)).contains("护照号码（第 2 行第 1–9 位，校验位在第 10 位）"))
            let birth = "L898902C36UTO7408123F1204159ZE184226B<<<<<10"
            #expect(failure { try branch.identity.checkPassportMRZ(line1: line1, line2: birth, customerID: nil, by: branch.teller) }?
                .text(in: Strings(.english)).contains("the date of birth (line 2, characters 14–19, check digit at 20)") == true)
            #expect(IdentityRules.cardNumber("4111 1111 1111 1112") == .failure(LocalizedMessage(.identityCardCheckDigit)))
            #expect(IdentityRules.cardNumber("4111 1111") == .failure(LocalizedMessage(.identityCardLength, "16", "19", "8")))
            #expect(IdentityRules.cardNumber("4111 1111 1111 111A") == .failure(LocalizedMessage(.identityCardCharacter, "16")))
            #expect(IdentityRules.cardNumber("4111 1111 1111 1111") == .success("4111111111111111"))
        }

        @Test func accountTextsAreInTheCustomersLanguage() throws {
            let branch = try OpeningBranch()
            let english = try branch.register("Wang Xiaoming")
            let chinese = try branch.customers.register(Self.application("李娜", id: OpeningBranch.residentID(birth: "19900101"),
                                                                         birth: "1990-01-01", language: .chinese), by: branch.teller)
            let result = try branch.opening.submit(OpeningBranch.form(english), by: branch.teller)
            try branch.attestPhoto(english, application: result.applicationID)
            let account = try branch.opening.open(applicationID: result.applicationID, customerConfirmed: true, by: branch.teller).account
            let at = OpeningBranch.start
            let inEnglish = LedgerPosting.notice(.cashDeposit, to: english, account: account, amount: 10_000, balance: 10_000, at: at)
            let inChinese = LedgerPosting.notice(.cashDeposit, to: chinese, account: account, amount: 10_000, balance: 10_000, at: at)
            #expect(inEnglish.hasPrefix("[Bank] Account \(AccountNumber.masked(account.number)): cash deposit CNY 100.00 at"))
            #expect(inChinese.hasPrefix("【银行】您的账户 \(AccountNumber.masked(account.number)) 于"))
            #expect(inChinese.contains("现金存入 CNY 100.00，余额 100.00"))
        }
    }
}
