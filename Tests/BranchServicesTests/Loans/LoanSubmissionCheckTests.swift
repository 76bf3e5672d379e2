import BankCore
import BankStore
@testable import BranchServices
import Foundation
import Localization
import Testing
import TestSupport

/// What stops submission, each with the rule and the figure in both
/// languages; the preview is the calculator's schedule from the business
/// date; the assessment reads this bank's books (frozen accounts, the watch
/// list, age at maturity) and the routing follows the recommendation.
@Suite struct LoanSubmissionCheckTests {
    @Test func problemsListEverythingThatStopsAMortgage() throws {
        let branch = try LoanBranch()
        let frozen = try branch.bank.account(customer: 0, balance: 0, status: .frozen)
        let old = branch.today.adding(days: -200)
        let input = LoanApplicationInput(
            customerID: branch.customers[0].id, productCode: "MORTGAGE", amount: 600_000_000, months: 400, method: .interestOnly,
            accountNumber: frozen.number,
            collateral: [Collateral(kind: .realEstate, description: "flat 朝阳区 88 号", appraisedValue: 500_000_000, appraisalDate: old),
                         Collateral(kind: .vehicle, description: "car 京A12345", appraisedValue: 20_000_000,
                                    appraisalDate: branch.today.adding(days: 3))])
        let draft = try branch.applications.saveDraft(input, by: branch.teller)
        _ = try branch.applications.setDocument(.identityDocument, seen: true, applicationID: draft.id, by: branch.teller)
        let problems = try branch.applications.problems(applicationID: draft.id, by: branch.teller)
        func expect(_ key: StringKey, _ figures: [String], sourceLocation: SourceLocation = #_sourceLocation) {
            guard let problem = problems.first(where: { $0.key == key }) else {
                Issue.record("\(key) missing from \(problems.map(\.key))", sourceLocation: sourceLocation)
                return
            }
            expectBothLanguages(problem, contain: figures, sourceLocation: sourceLocation)
        }
        expect(.loanAppAmountOutside, ["6,000,000.00", "100,000.00", "5,000,000.00"])
        expect(.loanAppMonthsOutside, ["400", "60", "360"])
        expect(.loanAppMethodNotOffered, ["MORTGAGE"])
        expect(.loanAppIncomeMissing, [])
        expect(.loanAppAccountNotUsable, [frozen.number, "frozen"])
        expect(.loanAppCollateralKindRefused, ["MORTGAGE"])
        expect(.loanAppAppraisalTooOld, [old.description, "200", "180"])
        expect(.loanAppAppraisalFuture, [branch.today.adding(days: 3).description])
        // 70% of 5,000,000.00 (the car counts for nothing): at most 3,500,000.00 against 6,000,000.00.
        expect(.loanAppCollateralShort, ["5,200,000.00", "3,500,000.00", "6,000,000.00"])
        let missing = problems.filter { $0.key == StringKey.loanAppDocumentMissing }
        #expect(missing.count == 4)
        #expect(missing.map { $0.text(in: Strings(.english)) }.contains { $0.contains("appraisal report") })
        #expect(missing.map { $0.text(in: Strings(.chinese)) }.contains { $0.contains("评估报告") })
        let refused = refusal { _ = try branch.applications.submit(applicationID: draft.id, by: branch.teller) }
        #expect(refused?.key == StringKey.loanAppCannotSubmit)
        if let refused { expectBothLanguages(refused, contain: [String(problems.count)]) }
        #expect(try branch.applications.application(id: draft.id, by: branch.teller).status == .draft)
    }

    @Test func aSecuredProductWithoutCollateralAndAWrongAccountAreNamed() throws {
        let branch = try LoanBranch()
        let dollars = try branch.bank.account(customer: 0, balance: 0, currency: .usd)
        var input = try branch.personal(200_000)
        input.productCode = "BUSINESS"
        input.months = 6
        input.method = .interestOnly
        input.accountNumber = dollars.number
        let draft = try branch.complete(input)
        let problems = try branch.applications.problems(applicationID: draft.id, by: branch.teller)
        #expect(problems.map(\.key) == [StringKey.loanAppAccountNotUsable, StringKey.loanAppCollateralMissing])
        expectBothLanguages(problems[0], contain: ["USD"])
        expectBothLanguages(problems[1], contain: ["BUSINESS"])
        var noAccount = input
        noAccount.accountNumber = ""
        noAccount.collateral = [Collateral(kind: .timeDeposit, description: "time deposit 3 years", appraisedValue: 30_000_000,
                                           appraisalDate: branch.today)]
        _ = try branch.applications.saveDraft(noAccount, applicationID: draft.id, by: branch.teller)
        // 90% of 300,000.00 covers 200,000.00; only the account is missing.
        #expect(try branch.applications.problems(applicationID: draft.id, by: branch.teller).map(\.key) == [StringKey.loanAppAccountMissing])
    }

    @Test func thePreviewIsTheCalculatorsScheduleFromTheBusinessDate() throws {
        let branch = try LoanBranch()
        var input = try branch.personal(120_000, months: 12)
        let schedule = try branch.applications.preview(input, by: branch.teller)
        #expect(schedule.instalments.first?.payment == 1_032_797)
        #expect(schedule.instalments.first?.dueDate == branch.today.adding(months: 1))
        let calculator = try LoanCalculator.schedule(principal: "120000", rate: "6", months: "12", method: "equal-instalment",
                                                     start: branch.today).get()
        #expect(schedule == calculator)
        input.method = .equalPrincipal
        let falling = try branch.applications.preview(input, by: branch.teller)
        #expect(falling.instalments.first?.payment == 1_060_000 && falling.instalments.last?.payment == 1_005_000)
        #expect(falling.totalInterest == 390_000)
        input.amount = 0
        #expect(refusal { _ = try branch.applications.preview(input, by: branch.teller) }?.key == StringKey.loanAppAmountOutside)
    }

    @Test func theAssessmentReadsTheBanksBooks() throws {
        let branch = try LoanBranch()
        // Customer 1 was born on 1942-09-30: 85 at maturity (2028-01-05), declined by the age rule.
        let (elderly, declined) = try branch.submitted(30_000, customer: 1)
        #expect(declined.status == .declined && elderly.status == .declined)
        let age = try #require(declined.assessment.lines.first { $0.rule == .ageAtMaturity })
        #expect(age.figure == 85 && age.outcome == .decline)
        #expect(try branch.context.count("loan_approvals") == 0)
        // A frozen account refers; the watch list declines.
        try branch.bank.account(customer: 2, balance: 0, status: .frozen)
        let draft = try branch.complete(try branch.personal(30_000, customer: 2))
        let assessed = try branch.applications.assessment(applicationID: draft.id, by: branch.teller)
        #expect(assessed.lines.first { $0.rule == .frozenAccounts }?.figure == 1 && assessed.recommendation == .refer)
        try branch.context.write {
            try AccountRepository(db: branch.context.database).replaceWatchList(
                [WatchListEntry(name: branch.customers[2].name, idNumber: nil, birthDate: nil, list: "TEST", reason: "test")],
                at: branch.context.clock.now(), by: nil)
        }
        let listed = try branch.applications.assessment(applicationID: draft.id, by: branch.teller)
        #expect(listed.lines.first { $0.rule == .watchList }?.figure == 1 && listed.recommendation == .decline)
        // The assessment stored at submission is the one read back.
        let submission = try branch.applications.submit(applicationID: draft.id, by: branch.teller)
        #expect(submission.status == .declined)
        #expect(try branch.applications.assessment(applicationID: draft.id, by: branch.teller) == submission.assessment)
        let stored = try #require(try LoanApplicationRepository(db: branch.context.database).submission(id: draft.id)?.assessment)
        #expect(stored.contains("watch-list 1"))
    }

    @Test func debtToIncomeUsesTheLargestPayment() throws {
        let branch = try LoanBranch()
        // 120,000.00 over 12 months pays 10,327.97 a month: on 20,000.00 of income that is 51.64%, referred.
        var input = try branch.personal(120_000, months: 12, income: 2_000_000)
        input.method = .equalInstalment
        let draft = try branch.complete(input)
        let line = try #require(try branch.applications.assessment(applicationID: draft.id, by: branch.teller)
            .lines.first { $0.rule == .debtToIncome })
        #expect(line.figure == 5_164 && line.outcome == .refer)
    }

    @Test func anOverdueLoanHereIsTheWorstDaysOverdue() throws {
        let branch = try LoanBranch()
        let (earlier, _) = try branch.submitted(20_000)
        let db = branch.context.database
        let loans = LoanRepository(db: db)
        // A loan started four months ago whose instalments were never paid, marked paid out by hand.
        let start = branch.today.adding(months: -4)
        let schedule = LoanSchedule(principal: earlier.amount, rate: DemoLoanProducts.products[0].rate, months: 12,
                                    method: .equalInstalment, start: start)
        try branch.context.write {
            let id = try loans.insert(LoanRecord(id: 0, contractNumber: "LN202509050001", applicationID: earlier.id,
                                                 customerID: earlier.customerID, accountID: earlier.accountID!, productCode: "PERSONAL",
                                                 productVersion: 1, principal: earlier.amount, rate: schedule.rate,
                                                 penaltyRate: DemoLoanProducts.products[0].penaltyRate, method: .equalInstalment,
                                                 months: 12, startDate: start, status: .signed, outstandingPrincipal: earlier.amount,
                                                 signedBy: branch.supervisor.id), at: branch.context.clock.now())
            try loans.insertSchedule(loanID: id, version: 1, schedule.instalments)
            let entry = try #require(try db.scalarInt("SELECT min(id) FROM journal_entries"))
            try db.execute("UPDATE loans SET status = 'active', disbursal_entry_id = ? WHERE id = ?", [.integer(entry), .integer(id)])
        }
        let draft = try branch.complete(try branch.personal(30_000))
        let line = try #require(try branch.applications.assessment(applicationID: draft.id, by: branch.teller)
            .lines.first { $0.rule == .overdueHistory })
        let firstDue = start.adding(months: 1)
        #expect(line.figure == Int64(firstDue.days(until: branch.today)) && line.outcome == .decline)
    }
}
