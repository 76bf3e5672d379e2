import BankCore
import BankStore
import Foundation
import Testing

/// The origination tables through their repositories: product versions kept
/// whole, application numbers per business date, drafts replaced whole, and
/// the schema's own refusals (a guarantor who is the applicant, a decision by
/// the entrant or under another entrant's name, one decision per approver).
@Suite struct LoanRepositoriesTests {
    let db: Database
    let clerk: Int64
    let checker: Int64
    let customer: Int64
    let other: Int64

    init() throws {
        db = try Database.openInMemory()
        let operators = OperatorRepository(db: db)
        clerk = try operators.insert(username: "li.wei", displayName: "Li Wei", role: .teller, pinHash: "x", createdAt: fixedDate).id
        checker = try operators.insert(username: "zhang.min", displayName: "Zhang Min", role: .supervisor, pinHash: "x",
                                       createdAt: fixedDate).id
        let customers = CustomerRepository(db: db)
        func person(_ name: String, _ id: String) -> Customer {
            Customer(id: 0, name: name, idType: .residentID, idNumber: id, phone: "13801012345", address: "Beijing",
                     birthDate: BusinessDate("1980-01-01")!, preferredLanguage: "zh-Hans")
        }
        customer = try customers.insert(person("张伟", "110105197804123115"), createdAt: fixedDate, createdBy: nil).id
        other = try customers.insert(person("李娜", "310115199002154624"), createdAt: fixedDate, createdBy: nil).id
    }

    static let product = LoanProduct(code: "PERSONAL", nameEnglish: "Personal loan", nameChinese: "个人消费贷款", purpose: "",
                                     minimumAmount: 1_000_000, maximumAmount: 30_000_000, minimumMonths: 6, maximumMonths: 60,
                                     ratePPM: 60_000, methods: [.equalInstalment], secured: false, documents: [.identityDocument],
                                     penaltyRatePPM: 90_000, automaticApprovalLimit: 5_000_000, committeeThreshold: 20_000_000)

    @Test func everySaveIsANewVersionAndOldTermsStayReadable() throws {
        let products = LoanProductRepository(db: db)
        #expect(try products.save(Self.product, by: clerk, at: fixedDate) == 1)
        var changed = Self.product
        changed.ratePPM = 65_000
        #expect(try products.save(changed, by: clerk, at: fixedDate) == 2)
        #expect(try products.current(code: "PERSONAL") == VersionedLoanProduct(product: changed, version: 2))
        #expect(try products.product(code: "PERSONAL", version: 1) == Self.product)
        #expect(try products.versionCount(code: "PERSONAL") == 2)
        #expect(try products.all().map(\.product.code) == ["PERSONAL"])
        #expect(throws: StoreError.self) { try db.execute("DELETE FROM loan_product_versions") }
    }

    private func draft(amount: Int64 = 2_000_000, guarantors: [Int64] = []) -> LoanApplication {
        LoanApplication(id: 0, number: "", customerID: customer, productCode: "PERSONAL", productVersion: 1, status: .draft,
                        amount: amount, months: 12, method: .equalInstalment, enteredBy: clerk,
                        collateral: [Collateral(kind: .vehicle, description: "car 京A12345", appraisedValue: 9_000_000,
                                                appraisalDate: BusinessDate("2026-01-02")!)],
                        guarantorIDs: guarantors)
    }

    @Test func numbersRunPerBusinessDateAndDraftsAreReplacedWhole() throws {
        let applications = LoanApplicationRepository(db: db)
        let day = BusinessDate("2026-01-05")!
        var first = draft(guarantors: [other])
        first.number = try applications.nextNumber(on: day)
        #expect(first.number == "LA202601050001")
        first.id = try applications.insert(first, at: fixedDate)
        #expect(try applications.nextNumber(on: day) == "LA202601050002")
        #expect(try applications.nextNumber(on: day.adding(days: 1)) == "LA202601060001")
        try applications.setDocument(applicationID: first.id, .identityDocument, seen: true, by: clerk, at: fixedDate)
        var stored = try #require(try applications.application(id: first.id))
        #expect(stored.guarantorIDs == [other] && stored.collateral.count == 1 && stored.documentsSeen == [.identityDocument])
        stored.amount = 2_500_000
        stored.collateral = []
        stored.guarantorIDs = []
        #expect(try applications.updateDraft(stored, at: fixedDate))
        let replaced = try #require(try applications.application(id: first.id))
        #expect(replaced.amount == 2_500_000 && replaced.collateral.isEmpty && replaced.guarantorIDs.isEmpty)
        #expect(try applications.submit(id: first.id, enteredBy: clerk, productVersion: 1, status: .referred, assessment: "{}",
                                        recommendation: .refer, approvalsNeeded: 1, requestHash: "h", at: fixedDate))
        stored.amount = 1
        #expect(try applications.updateDraft(stored, at: fixedDate) == false)
        #expect(try applications.application(id: first.id)?.amount == 2_500_000)
    }

    @Test func theSchemaRefusesWhatTheServicesRefuse() throws {
        let applications = LoanApplicationRepository(db: db)
        var application = draft()
        application.number = try applications.nextNumber(on: BusinessDate("2026-01-05")!)
        application.id = try applications.insert(application, at: fixedDate)
        #expect(throws: StoreError.self) {
            try db.execute("INSERT INTO loan_guarantors (application_id, customer_id) VALUES (?, ?)",
                           [.integer(application.id), .integer(customer)])
        }
        func approval(enteredBy: Int64, approver: Int64?) -> LoanApprovalRow {
            LoanApprovalRow(applicationID: application.id, enteredBy: enteredBy, approverID: approver,
                            decision: approver == nil ? "auto_approve" : "approve", reason: "looks fine", applicationHash: "h", at: fixedDate)
        }
        // The entrant approving their own application, or a row that names someone else as the entrant.
        #expect(throws: StoreError.self) { try applications.insertApproval(approval(enteredBy: clerk, approver: clerk)) }
        #expect(throws: StoreError.self) { try applications.insertApproval(approval(enteredBy: checker, approver: clerk)) }
        _ = try applications.insertApproval(approval(enteredBy: clerk, approver: checker))
        // One decision per approver.
        #expect(throws: StoreError.self) { try applications.insertApproval(approval(enteredBy: clerk, approver: checker)) }
        #expect(throws: StoreError.self) { try db.execute("UPDATE loan_approvals SET reason = 'changed'") }
        #expect(try applications.approvals(applicationID: application.id).map(\.approverID) == [checker])
    }
}
