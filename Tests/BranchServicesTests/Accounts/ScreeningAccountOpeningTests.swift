import BankCore
import BankStore
@testable import BranchServices
import Foundation
import Localization
import Testing
import TestSupport

extension AccountOpeningTests {
    /// Watch-list import and screening at account opening: a hit stops for a
    /// supervisor, maker ≠ checker, the decision and its reason are recorded.
    @Suite("Screening") struct Screening {
        static let list = """
            name,id_number,birth_date,list,reason
            "SMITH, John",,1983-03-21,UN,"sanctions example, 2024"
            Ivan Petrov,P1234567,1970-01-01,OFAC,example

            """

        /// The branch with the list above imported by the administrator.
        static func branchWithList() throws -> OpeningBranch {
            let branch = try OpeningBranch()
            let loaded = try branch.watchList.importCSV(path: try branch.writeFile("watch.csv", list), by: branch.admin)
            #expect(loaded == 2)
            #expect(branch.watchList.count() == 2)
            return branch
        }

        static func names(_ branch: OpeningBranch) throws -> [String] {
            try branch.context.database.query("SELECT name FROM watch_list ORDER BY name").map { $0.string("name") ?? "" }
        }

        @Test func aHitStopsForReviewAndMakerCannotCheck() throws {
            let branch = try Self.branchWithList()
            let customer = try branch.register("John Smith", birth: "1983-03-21")

            // A supervisor enters the application.
            let result = try branch.opening.submit(OpeningBranch.form(customer), by: branch.supervisor)
            let id = result.applicationID
            #expect(result.needsReview)
            #expect(result.hits.count == 1)
            #expect(result.hits.first?.kind == .nameAndBirthDate)
            #expect(result.hits.first?.entry.list == "UN")
            #expect(result.hits.first?.entry.reason == "sanctions example, 2024")
            let stored = try #require(branch.opening.application(id: id))
            #expect(stored.status == "pending_review")
            #expect(stored.screeningHit)
            #expect(stored.screeningDetail.contains("SMITH, John"))
            #expect(stored.makerID == branch.supervisor.id)
            #expect(try branch.auditActions().last == "account.application_hit")

            // Verified or not, the teller cannot open it while it waits.
            try branch.attestPhoto(customer, application: id)
            #expect(failure { try branch.opening.open(applicationID: id, customerConfirmed: true, by: branch.teller) }?.key
                    == .applicationNotApproved)

            let queue = try branch.opening.pendingReviews(by: branch.supervisor2)
            #expect(queue.map(\.application.id) == [id])
            #expect(queue.first?.customer?.name == "John Smith")

            // Maker ≠ checker.
            #expect(failure {
                try branch.opening.review(applicationID: id, approve: true, reason: "known customer, different person",
                                          by: branch.supervisor)
            }?.key == .reviewYouEnteredIt)
            // A decision needs a reason.
            #expect(failure { try branch.opening.review(applicationID: id, approve: true, reason: "", by: branch.supervisor2) }?.key
                    == .reviewReasonMissing)
            #expect(failure { try branch.opening.review(applicationID: id, approve: true, reason: "  ok ", by: branch.supervisor2) }?.key
                    == .reviewReasonMissing)
            #expect(branch.status(ofApplication: id) == "pending_review")

            try branch.opening.review(applicationID: id, approve: true, reason: "  passport photo differs from listed person ",
                                      by: branch.supervisor2)
            let decided = try #require(branch.opening.application(id: id))
            #expect(decided.status == "approved")
            #expect(decided.checkerID == branch.supervisor2.id)
            #expect(decided.decisionReason == "passport photo differs from listed person")
            let audit = try #require(try branch.context.database.queryOne(
                "SELECT operator_id, detail FROM audit_log WHERE action = 'account.review_approve'"))
            #expect(audit.int("operator_id") == branch.supervisor2.id)
            #expect(audit.string("detail") == "passport photo differs from listed person")
            #expect(try branch.opening.pendingReviews(by: branch.supervisor2).isEmpty)
            #expect(branch.opening.approvedApplication(customerID: customer.id)?.id == id)
            #expect(failure {
                try branch.opening.review(applicationID: id, approve: false, reason: "changed my mind", by: branch.supervisor2)
            }?.key == .applicationNotPending)

            // After approval the teller opens it.
            let opened = try branch.opening.open(applicationID: id, customerConfirmed: true, by: branch.teller)
            #expect(AccountNumber.isValid(opened.account.number))
            #expect(branch.status(ofApplication: id) == "opened")
        }

        @Test func aTellersApplicationCanBeCheckedByAnySupervisor() throws {
            let branch = try Self.branchWithList()
            let customer = try branch.register("Ivan Petrov", birth: "1990-05-05")  // listed born 1970: name alone is no hit
            let clear = try branch.opening.submit(OpeningBranch.form(customer), by: branch.teller)
            #expect(!clear.needsReview)

            let smith = try branch.register("john  SMITH", birth: "1983-03-21", sequence: "456")
            let hit = try branch.opening.submit(OpeningBranch.form(smith), by: branch.teller)
            #expect(hit.needsReview)
            try branch.opening.review(applicationID: hit.applicationID, approve: true, reason: "cleared by compliance desk",
                                      by: branch.supervisor)
            #expect(branch.opening.application(id: hit.applicationID)?.checkerID == branch.supervisor.id)
        }

        @Test func aRejectedApplicationCannotBeOpened() throws {
            let branch = try Self.branchWithList()
            let customer = try branch.register("John Smith", birth: "1983-03-21")
            let id = try branch.opening.submit(OpeningBranch.form(customer), by: branch.teller).applicationID
            try branch.opening.review(applicationID: id, approve: false, reason: "confirmed match on UN list", by: branch.supervisor)
            let decided = try #require(branch.opening.application(id: id))
            #expect(decided.status == "rejected")
            #expect(decided.decisionReason == "confirmed match on UN list")
            #expect(try branch.auditActions().last == "account.review_reject")

            try branch.attestPhoto(customer, application: id)
            #expect(failure { try branch.opening.open(applicationID: id, customerConfirmed: true, by: branch.teller) }?.key
                    == .applicationNotApproved)
            #expect(try branch.count("accounts") == 0)
            #expect(branch.opening.approvedApplication(customerID: customer.id) == nil)
        }

        @Test func nearMissNamesAndOtherBirthDatesAreNotHits() throws {
            let branch = try Self.branchWithList()
            let smyth = try branch.register("John Smyth", birth: "1983-03-21")
            let result = try branch.opening.submit(OpeningBranch.form(smyth), by: branch.teller)
            #expect(!result.needsReview)
            #expect(result.hits.isEmpty)
            #expect(branch.status(ofApplication: result.applicationID) == "approved")

            let older = try branch.register("John Smith", birth: "1963-03-21", sequence: "456")
            #expect(try branch.opening.submit(OpeningBranch.form(older), by: branch.teller).hits.isEmpty)

            let extra = try branch.register("John Paul Smith", birth: "1983-03-21", sequence: "789")
            #expect(try branch.opening.submit(OpeningBranch.form(extra), by: branch.teller).hits.isEmpty)
        }

        @Test func anIDNumberOnTheListIsAHitWhateverTheName() throws {
            let branch = try OpeningBranch()
            // A number whose check character is X, which the list writes in lower case.
            let sequence = try #require((100...999).map(String.init).first {
                OpeningBranch.residentID(birth: "19900102", sequence: $0).hasSuffix("X")
            })
            let customer = try branch.register("Chen Jing", birth: "1990-01-02", sequence: sequence)
            #expect(customer.idNumber.hasSuffix("X"))
            // The list writes the number with a space, a dash and a lower-case x.
            let number = customer.idNumber
            let typed = String(number.prefix(6)) + " " + String(number.dropFirst(6).prefix(8)) + "-" + number.suffix(4).lowercased()
            try branch.watchList.importCSV(path: try branch.writeFile("ids.csv", """
                name,id_number,birth_date,list,reason
                Somebody Else,\(typed),,INTERNAL,stolen identity card

                """), by: branch.admin)
            let result = try branch.opening.submit(OpeningBranch.form(customer), by: branch.teller)
            #expect(result.hits.map(\.kind) == [.idNumber])
            #expect(result.needsReview)
            #expect(branch.status(ofApplication: result.applicationID) == "pending_review")
        }

        @Test func aMalformedListChangesNothing() throws {
            let branch = try Self.branchWithList()
            let before = try Self.names(branch)
            let path = try branch.writeFile("bad.csv", """
                name,id_number,birth_date,list,reason
                Anna Lee,,1980-01-01,UN,example
                Bad Date,,1983-02-30,UN,no such day

                """)
            let message = failure { try branch.watchList.importCSV(path: path, by: branch.admin) }
            #expect(message?.key == .watchListBadLine)
            #expect(message?.arguments.count == 3)
            #expect(message?.arguments.first == path)
            #expect(message?.arguments.dropFirst().first == "3")
            #expect(try Self.names(branch) == before)
            #expect(branch.watchList.count() == 2)
            #expect(try branch.auditActions().filter { $0 == "watchlist.import" }.count == 1)

            let missing = failure {
                try branch.watchList.importCSV(path: branch.folder.appendingPathComponent("none.csv").path, by: branch.admin)
            }
            #expect(missing?.key == .watchListUnreadable)
            #expect(branch.watchList.count() == 2)

            // A good file replaces the list whole.
            try branch.watchList.importCSV(path: try branch.writeFile("new.csv", """
                name,list,reason,birth_date,id_number
                王小明,PEP,example,,

                """), by: branch.admin)
            #expect(try Self.names(branch) == ["王小明"])
        }

        @Test func chineseNamesMatchExactly() throws {
            let branch = try OpeningBranch()
            try branch.watchList.importCSV(path: try branch.writeFile("zh.csv", """
                name,id_number,birth_date,list,reason
                王小明,,,PEP,example

                """), by: branch.admin)
            let exact = try branch.register("王 小明", birth: "1983-03-21")
            #expect(try branch.opening.submit(OpeningBranch.form(exact), by: branch.teller).hits.map(\.kind) == [.nameOnly])
            let other = try branch.register("王晓明", birth: "1983-03-21", sequence: "456")
            #expect(try branch.opening.submit(OpeningBranch.form(other), by: branch.teller).hits.isEmpty)
        }
    }
}
