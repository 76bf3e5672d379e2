import BankCore
import BankStore
@testable import BranchServices
import Foundation
import Localization
import Testing
import TestSupport

extension AccountOpeningTests {
    /// Issue 13, account applications: the review shows the whole application
    /// and tells its maker up front (refusals audited); a customer's "No", a
    /// rejection and a cancellation are recorded and show on the panel; one
    /// open application per product; a minor needs a verified guardian who is
    /// a customer; a high risk rating needs a supervisor.
    @Suite("Applications (issue 13)") struct Applications {
        @Test func aReviewShowsTheWholeApplicationAndItsMakerIsToldBeforeTyping() throws {
            let branch = try Screening.branchWithList()
            let customer = try branch.register("John Smith", birth: "1983-03-21")
            let id = try branch.opening.submit(OpeningBranch.form(customer), by: branch.supervisor).applicationID
            let before = try branch.count("audit_log", where: "action = 'account.review_refused'")
            #expect(branch.opening.reviewRefusal(applicationID: id, by: branch.supervisor)
                    == LocalizedMessage(.reviewYouEnteredIt, String(id)))
            #expect(failure { try branch.opening.review(applicationID: id, approve: true, reason: "looks fine", by: branch.supervisor) }
                    == LocalizedMessage(.reviewYouEnteredIt, String(id)))
            #expect(failure { try branch.opening.review(applicationID: id, approve: true, reason: "looks fine", by: branch.teller) }?.key
                    == .errorForbidden)
            #expect(try branch.count("audit_log", where: "action = 'account.review_refused'") == before + 3)
            #expect(branch.opening.reviewRefusal(applicationID: id, by: branch.supervisor2) == nil)

            let review = try branch.opening.reviewDetail(applicationID: id, by: branch.supervisor2)
            #expect(review.maker?.username == "zhang.min")
            #expect(review.customer?.id == customer.id)
            #expect(review.kyc == OpeningBranch.plainKYC())
            #expect(review.application.screeningDetail.contains("sanctions example, 2024"))
            #expect(failure { try branch.opening.reviewDetail(applicationID: id, by: branch.teller) }?.key == .errorForbidden)

            try branch.opening.review(applicationID: id, approve: false, reason: "same person as listed", by: branch.supervisor2)
            let panel = try branch.customers.panel(customerID: customer.id, by: branch.teller)
            #expect(panel.applications.map(\.status) == ["rejected"])
            #expect(panel.applications.first?.decisionReason == "same person as listed")
        }

        @Test func aCustomersNoIsRecordedAndNothingOpens() throws {
            let branch = try OpeningBranch()
            let customer = try branch.register("Wang Xiaoming")
            let id = try branch.opening.submit(OpeningBranch.form(customer), by: branch.teller).applicationID
            try branch.opening.recordDeclined(applicationID: id, by: branch.teller)
            #expect(branch.status(ofApplication: id) == "declined")
            #expect(try branch.auditActions().last == "account.customer_declined")
            try branch.attestPhoto(customer, application: id)
            #expect(failure { try branch.opening.open(applicationID: id, customerConfirmed: true, by: branch.teller) }?.key
                    == .applicationNotApproved)
            #expect(branch.opening.approvedApplication(customerID: customer.id) == nil)
            #expect(try branch.customers.panel(customerID: customer.id, by: branch.teller).applications.map(\.status) == ["declined"])
            // The stored row keeps its status; the closure is its own append-only fact.
            #expect(failure { try branch.opening.recordDeclined(applicationID: id, by: branch.teller) }?.key == .openingApplicationClosed)
            #expect(throws: (any Error).self) { try branch.context.database.execute("DELETE FROM application_closures") }
        }

        @Test func aSecondOpenApplicationForTheSameProductIsRefusedUntilCancelled() throws {
            let branch = try OpeningBranch()
            let customer = try branch.register("Wang Xiaoming")
            let first = try branch.opening.submit(OpeningBranch.form(customer), by: branch.teller).applicationID
            #expect(failure { try branch.opening.submit(OpeningBranch.form(customer), by: branch.teller) }
                    == LocalizedMessage(.openingDuplicateApplication, String(first)))
            // Another product is another application.
            _ = try branch.opening.submit(OpeningBranch.form(customer, .current), by: branch.teller)
            #expect(failure { try branch.opening.cancel(applicationID: first, reason: "", by: branch.teller) }?.key == .reviewReasonMissing)
            try branch.opening.cancel(applicationID: first, reason: "customer wants a current account only", by: branch.teller)
            #expect(branch.status(ofApplication: first) == "cancelled")
            #expect(try branch.auditActions().last == "account.application_cancel")
            let second = try branch.opening.submit(OpeningBranch.form(customer), by: branch.teller).applicationID
            #expect(second != first)
            #expect(failure { try branch.opening.cancel(applicationID: first, reason: "again", by: branch.teller) }
                    == LocalizedMessage(.openingApplicationClosed, String(first)))
            #expect(failure { try branch.opening.cancel(applicationID: second, reason: "not allowed", by: branch.guide) }?.key
                    == .errorForbidden)
        }

        @Test func aMinorNeedsAVerifiedGuardianWhoIsACustomer() throws {
            let branch = try OpeningBranch()
            let minor = try branch.register("Wang Xiaobao", birth: "2012-05-01", sequence: "231")
            let younger = try branch.register("Wang Xiaomei", birth: "2014-06-01", sequence: "241")
            let parent = try branch.register("Wang Daming", birth: "1980-02-02", sequence: "251")
            func submit(_ guardian: Int64?) throws -> ApplicationResult {
                var form = OpeningBranch.form(minor, kyc: OpeningBranch.plainKYC(occupation: "student"))
                form.kyc.employer = ""
                form.guardianID = guardian
                return try branch.opening.submit(form, by: branch.teller)
            }
            #expect(branch.opening.isMinor(minor) && !branch.opening.isMinor(parent))
            #expect(failure { try submit(nil) } == LocalizedMessage(.openingGuardianMissing, "18"))
            #expect(failure { try submit(minor.id) }?.key == .openingGuardianNotCustomer)
            #expect(failure { try submit(9_999) }?.key == .openingGuardianNotCustomer)
            #expect(failure { try submit(younger.id) }?.key == .openingGuardianMinor)
            #expect(failure { try submit(parent.id) } == LocalizedMessage(.openingGuardianNotVerified, parent.name))
            // Verified for another service does not count.
            try branch.identity.attest(customerID: parent.id, method: .photo, passed: true, service: "general", by: branch.teller)
            #expect(failure { try submit(parent.id) }?.key == .openingGuardianNotVerified)
            try branch.identity.attest(customerID: parent.id, method: .photo, passed: true,
                                       service: AccountOpeningService.guardianService(applicantID: minor.id), by: branch.teller)
            let result = try submit(parent.id)
            #expect(branch.opening.application(id: result.applicationID)?.guardianID == parent.id)
            // An adult names no guardian.
            var adult = OpeningBranch.form(parent)
            adult.guardianID = minor.id
            #expect(failure { try branch.opening.submit(adult, by: branch.teller) }?.key == .openingGuardianNotNeeded)
        }

        @Test func aHighRiskOpeningNeedsASupervisor() throws {
            let branch = try OpeningBranch()
            let customer = try branch.register("Wang Xiaoming")
            var pep = OpeningBranch.plainKYC(occupation: "jeweller")
            pep.politicallyExposed = true
            let result = try branch.opening.submit(OpeningBranch.form(customer, kyc: pep), by: branch.teller)
            #expect(result.risk.level == .high && result.needsReview && result.hits.isEmpty)
            #expect(branch.status(ofApplication: result.applicationID) == "pending_review")
            #expect(try branch.auditActions().contains("account.application_high_risk"))
            try branch.attestPhoto(customer, application: result.applicationID)
            #expect(failure { try branch.opening.open(applicationID: result.applicationID, customerConfirmed: true, by: branch.teller) }?
                .key == .applicationNotApproved)
            #expect(try branch.opening.pendingReviews(by: branch.supervisor).map(\.application.id) == [result.applicationID])
            try branch.opening.review(applicationID: result.applicationID, approve: true, reason: "PEP declared, source of funds seen",
                                      by: branch.supervisor)
            let opened = try branch.opening.open(applicationID: result.applicationID, customerConfirmed: true, by: branch.teller)
            #expect(opened.account.customerID == customer.id)
            #expect(try branch.stored(customer)?.riskLevel == .high)
        }
    }
}
