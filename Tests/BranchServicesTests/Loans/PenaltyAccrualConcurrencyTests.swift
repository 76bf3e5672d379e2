import BankCore
import BankStore
@testable import BranchServices
import Foundation
import Localization
import Testing
import TestSupport

/// Two terminals (two connections on one file, each on its own thread)
/// closing the day at the same moment: the write lock lets one move the date;
/// the other then reads the date already moved and is refused, or (asking for
/// a later day) moves on from there. Either way each loan's penalty is
/// accrued exactly once per business day.
@Suite struct PenaltyAccrualConcurrencyTests {
    static let rounds = 6

    /// Both terminals start together and try to move the date to `targets[i]`; returns what each said.
    private func race(_ branch: MonitoringTestBranch, targets: [BusinessDate]) throws -> [String] {
        let path = branch.ledger.fixture.path
        let clock = branch.ledger.clock
        let supervisor = branch.ledger.supervisor
        let results = ResultBox()
        let ready = DispatchSemaphore(value: 0)
        let go = DispatchSemaphore(value: 0)
        let finished = DispatchSemaphore(value: 0)
        for (index, target) in targets.enumerated() {
            Thread {
                defer { finished.signal() }
                guard let context = try? BranchContext.open(path: path, clock: clock, terminal: "tty\(index + 2)",
                                                            pinIterations: fastIterations) else {
                    results.record("open failed")
                    ready.signal()
                    return
                }
                let days = context.businessDate.days(until: target)
                ready.signal()
                go.wait()
                do {
                    try BusinessDayService(context).setBusinessDate(target, confirmingDays: days, by: supervisor)
                    results.record("moved \(target)")
                } catch {
                    results.record((error as? LocalizedMessage)?.key.rawValue ?? "\(error)")
                }
                context.database.close()
            }.start()
        }
        for _ in targets { ready.wait() }
        for _ in targets { go.signal() }
        for _ in targets { finished.wait() }
        return results.items
    }

    @Test func twoTerminalsMovingToTheSameDayAccrueEachDayOnce() throws {
        let branch = try MonitoringTestBranch()
        let loans = [try branch.loan(firstDue: branch.day(0)), try branch.loan(firstDue: branch.day(-40), customer: 1)]
        var date = branch.day(0)
        for round in 1...Self.rounds {
            let target = date.adding(days: round % 2 == 0 ? 1 : 2)
            let said = try race(branch, targets: [target, target])
            #expect(said.filter { $0.hasPrefix("moved") }.count == 1, "round \(round): \(said)")
            #expect(said.contains(StringKey.businessDateBackwards.rawValue), "round \(round): \(said)")
            date = target
        }
        #expect(branch.context.businessDate == date)
        let rows = try branch.fixture.penalties()
        let days = branch.day(0).days(until: date)
        for loan in loans {
            let mine = rows.filter { $0.loanID == loan.id }
            #expect(mine.count == days)
            #expect(Set(mine.map(\.date)).count == days)
            #expect(mine.map(\.days) == Array(mine.first!.days ..< mine.first!.days + days))
        }
        #expect(try branch.loanTasks().filter { $0.status == "open" }.count == 2)
        try branch.ledger.expectCleanBooks()
    }

    /// One terminal closes one day while the other asks for three: whichever wins (the other is
    /// refused: the date moved, or the days it typed back no longer match), every day up to the
    /// date reached is accrued once and none is skipped.
    @Test func twoTerminalsMovingToDifferentDaysStillAccrueEachDayOnce() throws {
        let branch = try MonitoringTestBranch()
        let loan = try branch.loan(firstDue: branch.day(0))
        var date = branch.day(0)
        for round in 1...Self.rounds {
            let near = date.adding(days: 1), far = date.adding(days: 3)
            let said = try race(branch, targets: round % 2 == 0 ? [near, far] : [far, near])
            // The far move typed back three days; after the near one won it would be two, so it is refused then.
            #expect(said.filter { $0.hasPrefix("moved") }.count == 1, "round \(round): \(said)")
            date = branch.context.businessDate
            #expect(date == near || date == far, "round \(round): \(said)")
        }
        let rows = try branch.fixture.penalties().filter { $0.loanID == loan.id }
        let days = branch.day(0).days(until: date)
        #expect(rows.count == days)
        #expect(rows.map(\.days) == Array(1...days))
        #expect(rows.allSatisfy { $0.amount == 516 && $0.overdue == standardPayment })
    }

    /// A terminal that dies half-way through a move (two of four days accrued inside its open write
    /// transaction, then its connection gone without a commit, as a killed process leaves it) holds
    /// the other terminal back while it lives and leaves nothing behind: the other terminal then
    /// moves the date and accrues each day once.
    @Test func aTerminalDyingBetweenDaysLeavesNothingAndTheNextMoveAccruesEachDayOnce() throws {
        let branch = try MonitoringTestBranch()
        let loan = try branch.loan(firstDue: branch.day(0))
        let dying = try branch.ledger.fixture.open(terminal: "tty9")
        let impatient = try branch.ledger.fixture.open(terminal: "tty8")
        impatient.writePolicy = BusyRetryPolicy(lockWaitMilliseconds: 50, pause: 0...0, attempts: 1, totalWait: 0.1)
        try dying.database.execute("BEGIN IMMEDIATE")
        let half = try LoanMonitoringService(dying).closeDays(from: branch.day(0), to: branch.day(2), by: branch.ledger.supervisor.id)
        #expect(half.penaltyDays == 2)
        // While it holds the write lock the other terminal cannot move the date (it waits, then says so).
        #expect(failure { try branch.move(to: branch.day(4), context: impatient) } != nil)
        dying.database.close()

        #expect(try branch.fixture.penalties().isEmpty)
        #expect(branch.context.businessDate == branch.day(0))
        try branch.move(to: branch.day(4))
        let rows = try branch.fixture.penalties().filter { $0.loanID == loan.id }
        #expect(rows.map(\.date) == ["2026-01-05", "2026-01-06", "2026-01-07", "2026-01-08"])
        #expect(rows.map(\.days) == [1, 2, 3, 4])
        try branch.ledger.expectCleanBooks()
    }
}
