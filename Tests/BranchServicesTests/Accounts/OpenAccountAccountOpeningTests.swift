import BankCore
import BankStore
@testable import BranchServices
import Foundation
import Localization
import Testing
import TestSupport

extension AccountOpeningTests {
    /// The application (KYC, rating) and the opening itself: confirmation,
    /// verification for this application, account number, voucher row and
    /// file, and nothing half-saved when the last step fails.
    @Suite("Open an account") struct OpenAccount {
        @Test func invalidKYCIsRefusedAndNothingIsSaved() throws {
            let branch = try OpeningBranch()
            let customer = try branch.register("Wang Xiaoming")
            let auditBefore = try branch.auditActions()

            var kyc = OpeningBranch.plainKYC()
            kyc.occupation = "x"
            #expect(failure { try branch.opening.submit(OpeningBranch.form(customer, kyc: kyc), by: branch.teller) }
                    == LocalizedMessage(.openingOccupationRule))
            kyc = OpeningBranch.plainKYC()
            kyc.employer = ""
            #expect(failure { try branch.opening.submit(OpeningBranch.form(customer, kyc: kyc), by: branch.teller) }
                    == LocalizedMessage(.openingEmployerRule))
            kyc = OpeningBranch.plainKYC()
            kyc.address = "Road\n1"
            #expect(failure { try branch.opening.submit(OpeningBranch.form(customer, kyc: kyc), by: branch.teller) }
                    == LocalizedMessage(.validTextInvisible, part: LocalizedMessage(.fieldAddress)))
            var noDocuments = OpeningBranch.form(customer)
            noDocuments.documentsSeen = []
            #expect(failure { try branch.opening.submit(noDocuments, by: branch.teller) }?.key == .kycDocumentsMissing)

            #expect(try branch.count("account_applications") == 0)
            #expect(try branch.count("accounts") == 0)
            #expect(try branch.auditActions() == auditBefore)
        }

        @Test func clearApplicationsAreApprovedWithTheRatedRisk() throws {
            let branch = try OpeningBranch()
            let customer = try branch.register("Wang Xiaoming")

            let low = try branch.opening.submit(OpeningBranch.form(customer), by: branch.teller)
            #expect(low.risk == RiskAssessment(level: .low, score: 0, reasons: []))
            #expect(!low.needsReview)
            #expect(low.hits.isEmpty)

            var foreignTax = OpeningBranch.plainKYC()
            foreignTax.taxResidency = .both
            // One open application per product (issue 13): each rating here is for another product.
            let medium = try branch.opening.submit(OpeningBranch.form(customer, .timeDeposit, kyc: foreignTax), by: branch.teller)
            #expect(medium.risk == RiskAssessment(level: .medium, score: 2, reasons: [.foreignTaxResidency]))

            var pep = OpeningBranch.plainKYC(occupation: "jeweller")
            pep.politicallyExposed = true
            let high = try branch.opening.submit(OpeningBranch.form(customer, .current, kyc: pep), by: branch.teller)
            #expect(high.risk.level == .high)
            #expect(high.risk.reasons == [.politicallyExposed, .highRiskOccupation])

            for (result, level) in [(low, RiskLevel.low), (medium, .medium), (high, .high)] {
                let stored = try #require(branch.opening.application(id: result.applicationID))
                // A high rating waits for a supervisor (issue 13); the others go straight on.
                #expect(stored.status == (level == .high ? "pending_review" : "approved"))
                #expect(stored.riskLevel == level)
                #expect(stored.screeningHit == false)
                #expect(stored.makerID == branch.teller.id)
                #expect(stored.checkerID == nil)
                #expect(stored.documents == "id_original,id_copy")
                #expect(stored.kycJSON.contains("\"occupation\""))
            }
            #expect(try branch.auditActions().filter { $0 == "account.application" }.count == 2)
            #expect(try branch.auditActions().filter { $0 == "account.application_high_risk" }.count == 1)
            // Submitting rates the application; only opening changes the customer.
            #expect(try branch.stored(customer)?.riskLevel == .unrated)
        }

        @Test func openNeedsConfirmationAndAVerificationForThisApplication() throws {
            let branch = try OpeningBranch()
            let customer = try branch.register("Wang Xiaoming")
            var kyc = OpeningBranch.plainKYC()
            kyc.taxResidency = .other
            let submitted = try branch.opening.submit(OpeningBranch.form(customer, .savings, kyc: kyc), by: branch.teller)
            let id = submitted.applicationID
            #expect(submitted.risk.level == .medium)

            #expect(failure { try branch.opening.open(applicationID: id, customerConfirmed: false, by: branch.teller) }?.key
                    == .applicationNotConfirmed)
            #expect(failure { try branch.opening.open(applicationID: id, customerConfirmed: true, by: branch.teller) }?.key
                    == .applicationNotVerified)
            // A verification for another service does not count.
            try branch.setPIN(customer, "482915")
            try branch.identity.verifyPIN(customerID: customer.id, pin: "482915", service: "general", by: branch.teller)
            #expect(failure { try branch.opening.open(applicationID: id, customerConfirmed: true, by: branch.teller) }?.key
                    == .applicationNotVerified)
            // Nor does a failed photo check for this one.
            try branch.identity.attest(customerID: customer.id, method: .photo, passed: false,
                                       service: AccountOpeningService.verificationService(applicationID: id), by: branch.teller)
            #expect(failure { try branch.opening.open(applicationID: id, customerConfirmed: true, by: branch.teller) }?.key
                    == .applicationNotVerified)
            #expect(try branch.count("accounts") == 0)

            branch.clock.advance(by: 60)
            try branch.identity.attest(customerID: customer.id, method: .photo, passed: true,
                                       service: "account_opening:\(id)", by: branch.teller)
            let opened = try branch.opening.open(applicationID: id, customerConfirmed: true, by: branch.teller)

            #expect(AccountNumber.isValid(opened.account.number))
            #expect(opened.account.number.hasPrefix("620001" + "2"))  // branch AO01 → 0001, savings → 2
            #expect(opened.account.customerID == customer.id)
            #expect(opened.account.type == .savings)
            #expect(opened.account.currency == .cny)
            #expect(opened.account.status == .active)
            #expect(opened.account.balance == 0)
            #expect(branch.opening.accounts(customerID: customer.id) == [opened.account])
            #expect(try branch.stored(customer)?.riskLevel == .medium)

            let application = try #require(branch.opening.application(id: id))
            #expect(application.status == "opened")
            #expect(application.accountID == opened.account.id)

            #expect(opened.voucherSequence == 1)
            let voucher = try #require(try branch.context.database.queryOne("SELECT * FROM vouchers"))
            #expect(voucher.int("sequence") == 1)
            #expect(voucher.string("kind") == "account_opening")
            #expect(voucher.string("reference") == opened.account.number)
            #expect(voucher.int("operator_id") == branch.teller.id)
            #expect(voucher.string("path") == opened.voucherPath)

            #expect(opened.voucherPath.hasPrefix(branch.vouchersPath + "/"))
            #expect(FileManager.default.fileExists(atPath: opened.voucherPath))
            let file = try String(contentsOfFile: opened.voucherPath, encoding: .utf8)
            #expect(file.contains(opened.account.number))
            #expect(file.contains(branch.teller.username))
            #expect(file.contains("00000001"))
            #expect(file.contains(Masking.idNumber(customer.idNumber)))
            #expect(!file.contains(customer.idNumber))
            #expect(file == voucher.string("body"))

            let actions = try branch.auditActions()
            #expect(actions.last == "account.open")
            let openRow = try #require(try branch.context.database.queryOne(
                "SELECT subject FROM audit_log WHERE action = 'account.open'"))
            #expect(openRow.string("subject") == AccountNumber.masked(opened.account.number))

            #expect(failure { try branch.opening.open(applicationID: id, customerConfirmed: true, by: branch.teller) }?.key
                    == .applicationNotApproved)
            #expect(try branch.count("accounts") == 1)
            #expect(try branch.count("vouchers") == 1)
        }

        @Test func secondAccountGetsTheNextNumberAndVoucher() throws {
            let branch = try OpeningBranch()
            let customer = try branch.register("Wang Xiaoming")
            var numbers: [String] = []
            for (index, type) in [AccountType.current, .timeDeposit].enumerated() {
                let id = try branch.opening.submit(OpeningBranch.form(customer, type), by: branch.teller).applicationID
                try branch.attestPhoto(customer, application: id)
                let opened = try branch.opening.open(applicationID: id, customerConfirmed: true, by: branch.teller)
                #expect(opened.voucherSequence == Int64(index + 1))
                #expect(AccountNumber.isValid(opened.account.number))
                numbers.append(opened.account.number)
            }
            #expect(Set(numbers).count == 2)
            #expect(numbers.map { Array($0)[6] } == ["1", "3"])
            #expect(try FileManager.default.contentsOfDirectory(atPath: branch.vouchersPath).count == 2)
            #expect(failure { try branch.opening.open(applicationID: 999, customerConfirmed: true, by: branch.teller) }?.key
                    == .applicationNotFound)
        }

        @Test func aVoucherThatCannotBeWrittenLeavesNothingHalfSaved() throws {
            let branch = try OpeningBranch()
            let customer = try branch.register("Wang Xiaoming")
            let id = try branch.opening.submit(OpeningBranch.form(customer), by: branch.teller).applicationID
            try branch.attestPhoto(customer, application: id)
            // A regular file where the vouchers folder should be: the folder cannot be made.
            #expect(FileManager.default.createFile(atPath: branch.vouchersPath, contents: Data("in the way".utf8)))
            let auditBefore = try branch.auditActions()

            let message = failure { try branch.opening.open(applicationID: id, customerConfirmed: true, by: branch.teller) }
            #expect(message?.key == .voucherWriteFailed)
            #expect(try branch.count("accounts") == 0)
            #expect(try branch.count("vouchers") == 0)
            #expect(branch.status(ofApplication: id) == "approved")
            #expect(branch.opening.application(id: id)?.accountID == nil)
            #expect(try branch.stored(customer)?.riskLevel == .unrated)
            #expect(try branch.auditActions() == auditBefore)
            #expect(!(try branch.auditActions()).contains("account.open"))
            #expect(try branch.context.audit.verify().isEmpty)
            var isFolder: ObjCBool = true
            #expect(FileManager.default.fileExists(atPath: branch.vouchersPath, isDirectory: &isFolder) && !isFolder.boolValue)

            try FileManager.default.removeItem(atPath: branch.vouchersPath)
            let opened = try branch.opening.open(applicationID: id, customerConfirmed: true, by: branch.teller)
            #expect(opened.voucherSequence == 1)
            #expect(AccountNumber.isValid(opened.account.number))
            #expect(FileManager.default.fileExists(atPath: opened.voucherPath))
            #expect(try branch.count("accounts") == 1)
            #expect(try branch.count("vouchers") == 1)
            #expect(branch.status(ofApplication: id) == "opened")
            #expect(try branch.auditActions().filter { $0 == "account.open" }.count == 1)
            #expect(try branch.context.audit.verify().isEmpty)
        }

        @Test func rolesAreCheckedInTheService() throws {
            let branch = try OpeningBranch()
            let customer = try branch.register("Wang Xiaoming")
            #expect(failure { try branch.opening.submit(OpeningBranch.form(customer), by: branch.guide) }
                    == LocalizedMessage(.errorForbidden, Permission.cash.rawValue))
            #expect(failure { try branch.opening.submit(OpeningBranch.form(customer), by: branch.admin) }?.key
                    == .errorForbidden)
            #expect(try branch.count("account_applications") == 0)

            try branch.watchList.importCSV(path: try branch.writeFile("list.csv", """
                name,id_number,birth_date,list,reason
                Wang Xiaoming,,,INTERNAL,fraud alert

                """), by: branch.admin)
            let pending = try branch.opening.submit(OpeningBranch.form(customer), by: branch.teller)
            #expect(pending.needsReview)
            #expect(failure {
                try branch.opening.review(applicationID: pending.applicationID, approve: true, reason: "looked fine to me",
                                          by: branch.teller)
            } == LocalizedMessage(.errorForbidden, Permission.approve.rawValue))
            #expect(failure { try branch.opening.pendingReviews(by: branch.teller) }?.key == .errorForbidden)
            #expect(branch.status(ofApplication: pending.applicationID) == "pending_review")

            let clear = try branch.register("Li Hua", sequence: "456")
            let approved = try branch.opening.submit(OpeningBranch.form(clear), by: branch.teller)
            try branch.attestPhoto(clear, application: approved.applicationID)
            #expect(failure {
                try branch.opening.open(applicationID: approved.applicationID, customerConfirmed: true, by: branch.guide)
            }?.key == .errorForbidden)
            #expect(failure {
                // Supervisors and administrators may import (issue 12); a teller may not.
                try branch.watchList.importCSV(path: try branch.writeFile("other.csv", "name,id_number,birth_date,list,reason\nX,,1970-01-01,l,r\n"),
                                               by: branch.teller)
            }?.key == .cliNotPermitted)
            #expect(branch.watchList.count() == 1)
            #expect(try branch.count("accounts") == 0)
        }
    }
}
