import BankCore
import BankStore
import BranchServices
import Foundation
import Localization
import Testing
import TerminalUI
import TestSupport
@testable import TellerScreens

/// The supervisors' loan monitoring screen at 80×24 in English and Chinese:
/// the summary (due today, buckets, grades with outstanding), the list,
/// narrowing by bucket and grade, a loan's instalments on Enter, and a
/// teller refused by the service.
@Suite struct LoanMonitoringScreenTests {
    /// The demo branch (business date 2026-03-02) with four active loans: due today, 45 days
    /// overdue, 200 days overdue, and current.
    static func station(_ language: Language = .english, as username: String = "super") throws -> Workstation {
        let w = try Workstation(language: language)
        let fixture = LoanMonitoringFixture(w.context, operatorID: try w.demoOperator("teller").id)
        let accounts = try w.context.database.query(
            "SELECT id, customer_id FROM accounts WHERE status = 'active' AND currency = 'CNY' ORDER BY id LIMIT 4")
        for (row, firstDue) in zip(accounts, ["2026-03-02", "2026-01-16", "2025-08-14", "2026-03-20"]) {
            try fixture.activeLoan(customerID: try #require(row.int("customer_id")), accountID: try #require(row.int("id")),
                                   start: BusinessDate(firstDue)!.adding(months: -1))
        }
        try w.signIn(as: username)
        w.app.navigate(.push(LoanMonitoringScreen(session: w.session)))
        w.app.draw()
        return w
    }

    static func screen(_ w: Workstation) throws -> LoanMonitoringScreen {
        try #require(w.app.topScreen as? LoanMonitoringScreen)
    }

    @Test func theListAndItsSummaryFit80ColumnsInEnglish() throws {
        let w = try Self.station()
        #expect(w.title == "Loan monitoring")
        #expect(w.showsLine("Due today: 1 loan, CNY 10,327.97", "Showing: all loans"))
        #expect(w.showsLine("Overdue", "1-30: 0", "31-60: 1", "61-90: 0", "90+: 1"))
        #expect(w.showsLine("Normal", "2", "240,000.00", "Doubtful", "1", "120,000.00"))
        #expect(w.showsLine("Special mention", "1", "120,000.00", "Loss", "0", "0.00"))
        #expect(w.showsLine("Substandard", "0", "0.00"))
        #expect(w.showsLine("Contract", "Customer", "Outstanding", "Due today", "Days", "Bucket", "Grade"))
        #expect(w.showsLine("LN20260202", "120,000.00", "10,327.97", "0", "current", "Normal"))
        #expect(w.showsLine("45", "31-60", "Special mention"))
        #expect(w.showsLine("200", "90+", "Doubtful"))
        #expect(w.lines.allSatisfy { DisplayWidth.of($0) <= 80 })
    }

    @Test func theListAndItsSummaryFit80ColumnsInChinese() throws {
        let w = try Self.station(.chinese)
        #expect(w.title == "贷款监控")
        #expect(w.showsLine("今日到期：1 笔，10,327.97 元", "显示：全部贷款"))
        #expect(w.showsLine("正常", "240,000.00", "可疑", "120,000.00"))
        #expect(w.showsLine("关注", "损失"))
        #expect(w.showsLine("次级"))
        #expect(w.showsLine("合同号", "客户", "贷款余额", "今日应还", "天数", "区间", "五级分类"))
        #expect(w.showsLine("45", "31-60", "关注"))
        #expect(w.showsLine("200", "90+", "可疑"))
        #expect(w.lines.allSatisfy { DisplayWidth.of($0) <= 80 })
    }

    @Test func bucketAndGradeKeysNarrowTheListAndAllShowsEveryLoanAgain() throws {
        let w = try Self.station()
        let screen = try Self.screen(w)
        #expect(screen.shown.count == 4)
        w.press(.character("b"))
        #expect(screen.filter == .bucket(.current) && screen.shown.count == 2)
        #expect(w.showsLine("Showing: current"))
        w.press(.character("b"))
        #expect(screen.filter == .bucket(.days1to30) && screen.shown.isEmpty)
        #expect(w.screen.contains("No loan in this bucket or grade."))
        w.press(.character("b"), .character("b"), .character("b"), .character("b"))
        #expect(screen.filter == .all)
        w.press(.character("g"), .character("g"))
        #expect(screen.filter == .grade(.specialMention) && screen.shown.map(\.daysOverdue) == [45])
        #expect(w.showsLine("Showing: Special mention"))
        w.press(.character("a"))
        #expect(screen.filter == .all && screen.shown.count == 4)
    }

    @Test func enterShowsTheChosenLoansInstalments() throws {
        let w = try Self.station()
        w.press(.down)
        w.press(.enter)
        let detail = try #require(w.app.topScreen as? LoanMonitoringInstalmentsScreen)
        #expect(detail.instalments.count == 12)
        #expect(w.title.hasPrefix("Instalments of LN"))
        #expect(w.showsLine("outstanding CNY 120,000.00", "45 days overdue", "penalty owed CNY 0.00"))
        #expect(w.showsLine("No.", "Due", "Principal", "Interest", "Paid", "Owed", "State"))
        #expect(w.showsLine("1", "2026-01-16", "9,727.97", "600.00", "0.00", "10,327.97", "overdue"))
        #expect(w.showsLine("2", "2026-02-16", "overdue"))
        #expect(w.showsLine("3", "2026-03-16", "to come"))
        #expect(w.lines.allSatisfy { DisplayWidth.of($0) <= 80 })
        w.press(.escape)
        #expect(w.app.topScreen is LoanMonitoringScreen)
    }

    @Test func aTellerIsRefusedByTheService() throws {
        let w = try Self.station(as: "teller")
        let screen = try Self.screen(w)
        #expect(screen.portfolio == nil)
        #expect(w.messageLine.contains(LocalizedMessage(.errorForbidden, Permission.viewDashboard.rawValue).text(in: Strings(.english))))
    }
}
