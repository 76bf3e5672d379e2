import BankCore
import BankStore
@testable import BranchServices
import Foundation
import Localization
import Testing
import TestSupport

/// The supervisors' portfolio: every active loan with what is due today, its
/// days overdue, bucket and grade at each boundary, the overdue amount and
/// penalty owed, the totals; and who may see it.
@Suite struct MonitoringPortfolioTests {
    /// Days overdue → bucket and grade, as the README's table says.
    static let boundaries: [(days: Int, bucket: OverdueBucket, grade: LoanGrade)] = [
        (0, .current, .normal), (1, .days1to30, .specialMention), (30, .days1to30, .specialMention),
        (31, .days31to60, .specialMention), (60, .days31to60, .specialMention), (61, .days61to90, .specialMention),
        (90, .days61to90, .specialMention), (91, .over90, .substandard), (180, .over90, .substandard),
        (181, .over90, .doubtful), (360, .over90, .doubtful), (361, .over90, .loss),
    ]

    @Test func bucketsAndGradesAtEveryBoundaryThroughTheService() throws {
        let branch = try MonitoringTestBranch()
        // 0 days: the first instalment is due tomorrow; n days: it fell due n days before today.
        let loans = try Self.boundaries.map { try branch.loan(firstDue: branch.day($0.days == 0 ? 1 : -$0.days)) }
        let portfolio = try LoanMonitoringService(branch.context).portfolio(by: branch.ledger.supervisor)
        #expect(portfolio.businessDate == MonitoringTestBranch.today)
        #expect(portfolio.lines.map(\.loan.id) == loans.map(\.id))
        for (line, expected) in zip(portfolio.lines, Self.boundaries) {
            #expect(line.daysOverdue == expected.days)
            #expect(line.bucket == expected.bucket, "\(expected.days) days")
            #expect(line.grade == expected.grade, "\(expected.days) days")
            #expect((line.overdueAmount == 0) == (expected.days == 0))
        }
        #expect(portfolio.count(.current) == 1)
        #expect(portfolio.count(.days1to30) == 2 && portfolio.count(.days31to60) == 2 && portfolio.count(.days61to90) == 2)
        #expect(portfolio.count(.over90) == 5)
        #expect(portfolio.count(.normal) == 1 && portfolio.count(.specialMention) == 6 && portfolio.count(.substandard) == 2)
        #expect(portfolio.count(.doubtful) == 2 && portfolio.count(.loss) == 1)
        #expect(portfolio.outstanding(.loss) == 12_000_000)
        #expect(portfolio.outstanding(.specialMention) == 6 * 12_000_000)
        // 361 days: all twelve instalments (the last one due 2025-12-09) are overdue.
        let loss = try #require(portfolio.lines.last)
        #expect(loss.overdueAmount == (try branch.fixture.instalments(loss.loan).reduce(0) { $0 + $1.principal + $1.interest }))
        #expect(portfolio.overdue(.current) == 0)
    }

    @Test func dueTodayOverdueAmountAndPenaltyOwed() throws {
        let branch = try MonitoringTestBranch()
        let due = try branch.loan(firstDue: branch.day(2))
        _ = try branch.loan(firstDue: branch.day(20), customer: 1)
        try branch.move(to: branch.day(2))
        var portfolio = try LoanMonitoringService(branch.context).portfolio(by: branch.ledger.supervisor)
        #expect(portfolio.dueTodayCount == 1)
        #expect(portfolio.dueTodayTotal == standardPayment)
        #expect(portfolio.lines.first { $0.loan.id == due.id }?.dueToday == standardPayment)
        #expect(portfolio.lines.allSatisfy { $0.daysOverdue == 0 && $0.grade == .normal })

        try branch.move(to: branch.day(5))
        portfolio = try LoanMonitoringService(branch.context).portfolio(by: branch.ledger.supervisor)
        let line = try #require(portfolio.lines.first { $0.loan.id == due.id })
        #expect(line.dueToday == 0)
        #expect(line.daysOverdue == 3 && line.bucket == .days1to30 && line.grade == .specialMention)
        #expect(line.overdueAmount == standardPayment)
        #expect(line.penaltyOwed == 3 * 516)
        #expect(portfolio.penaltyOwed == 3 * 516)
        #expect(portfolio.overdue(.days1to30) == standardPayment)
    }

    @Test func customersAreMaskedAsInOtherLists() throws {
        let branch = try MonitoringTestBranch()
        let loan = try branch.loan(firstDue: branch.day(1))
        let name = try #require(try CustomerRepository(db: branch.context.database).find(id: loan.customerID)?.name)
        let line = try #require(try LoanMonitoringService(branch.context).portfolio(by: branch.ledger.supervisor).lines.first)
        #expect(line.customerName == Masking.name(name))
        #expect(line.customerName != name)
    }

    /// A teller (and an administrator) may not see the portfolio, nor a loan's instalments from it;
    /// a supervisor and a trainer (dashboard) may. The refusal names the permission.
    @Test func aTellerMayNotSeeThePortfolio() throws {
        let branch = try MonitoringTestBranch()
        let loan = try branch.loan(firstDue: branch.day(1))
        let service = LoanMonitoringService(branch.context)
        for refused in [branch.ledger.teller, branch.ledger.teller2, branch.ledger.admin] {
            #expect(failure { try service.portfolio(by: refused) }?.key == .errorForbidden)
            #expect(failure { try service.instalments(loanID: loan.id, by: refused) }?.key == .errorForbidden)
        }
        let trainer = try branch.ledger.staff.administration.add(username: "sun.li", displayName: "Sun Li 孙丽", role: .trainer,
                                                                 pin: "975311", by: branch.ledger.admin)
        #expect(try service.portfolio(by: trainer).lines.count == 1)
        #expect(try service.instalments(loanID: loan.id, by: branch.ledger.supervisor2).count == 12)
        #expect(!LoanMonitoringService.mayView(.teller) && !LoanMonitoringService.mayView(.guide))
    }

    /// Only active loans are listed: a signed loan not yet paid out is not.
    @Test func aSignedLoanNotPaidOutIsNotListed() throws {
        let branch = try MonitoringTestBranch()
        try branch.loan(firstDue: branch.day(1))
        try branch.context.database.execute("""
            INSERT INTO loan_applications (number, customer_id, product_code, product_version, status, amount, months, method,
                entered_by, entered_at, updated_at) VALUES ('LA-signed', ?, 'PL', 1, 'contracted', 100000, 12, 'equal-instalment', ?, 0, 0)
            """, [.integer(branch.accounts[1].customerID), .integer(branch.ledger.teller.id)])
        _ = try LoanRepository(db: branch.context.database).insert(LoanRecord(
            id: 0, contractNumber: "LN-signed", applicationID: branch.context.database.lastInsertRowID,
            customerID: branch.accounts[1].customerID, accountID: branch.accounts[1].id, productCode: "PL", productVersion: 1,
            principal: 100_000, rate: AnnualRate(percent: "6")!, penaltyRate: AnnualRate(percent: "18")!, method: .equalInstalment,
            months: 12, startDate: branch.day(-100), status: .signed, outstandingPrincipal: 100_000, signedBy: branch.ledger.teller.id),
            at: Date())
        #expect(try LoanMonitoringService(branch.context).portfolio(by: branch.ledger.supervisor).lines.count == 1)
        try branch.move(to: branch.day(1))
        #expect(try branch.fixture.penalties().isEmpty)
    }
}
