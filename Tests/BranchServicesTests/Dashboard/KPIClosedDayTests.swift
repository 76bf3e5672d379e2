import BankCore
import BankStore
@testable import BranchServices
import Foundation
import Localization
import Testing
import TestSupport

/// Issue 13: closed days' ticket figures are summarized once and read from
/// the summary, and the report always equals the live computation — after a
/// reversal dated later, with a day whose ticket is still being served, and
/// on a read-only file that cannot write summaries.
@Suite struct KPIClosedDayTests {
    /// The training branch: a week of finished tickets before today, a year of transfers.
    private func branch() throws -> (fixture: BranchFixture, context: BranchContext) {
        let fixture = try BranchFixture(name: "training.sqlite")
        let context = try fixture.open()
        try DemoBranch.seed(context)
        return (fixture, context)
    }

    /// The report counted from every ticket: on a copy of the file without summaries, opened read-only
    /// (so none is written), on the same clock.
    private func live(_ context: BranchContext, _ period: KPIPeriod, clock: ManualClock) throws -> KPIReport {
        let copy = (context.database.path as NSString).deletingLastPathComponent + "/live-\(UUID().uuidString).sqlite"
        defer { for suffix in ["", "-wal", "-shm", ".key"] { try? FileManager.default.removeItem(atPath: copy + suffix) } }
        try context.database.execute("VACUUM INTO '\(copy)'")
        try FileManager.default.copyItem(atPath: context.database.path + ".key", toPath: copy + ".key")  // the branch key beside it
        let writer = try BranchContext.open(path: copy, clock: clock, terminal: "tty8")
        try writer.database.execute("DELETE FROM kpi_ticket_days")
        try writer.database.execute("DELETE FROM kpi_closed_days")
        writer.database.close()
        let reader = try BranchContext.open(path: copy, clock: clock, terminal: "tty9", readOnly: true)
        defer { reader.database.close() }
        return try KPIService(reader).report(for: period, by: nil)
    }

    private func storedDays(_ context: BranchContext) throws -> Int {
        Int(try context.database.scalarInt("SELECT count(*) FROM kpi_closed_days") ?? 0)
    }

    private func twoWeeks(_ context: BranchContext) throws -> KPIPeriod {
        let today = context.businessDate
        return try #require(KPIPeriod.dates(from: today.adding(days: -13), to: today))
    }

    @Test func closedDaysAreSummarizedOnceAndEqualTheLiveFigures() throws {
        let (fixture, context) = try branch()
        let period = try twoWeeks(context)
        let before = try live(context, period, clock: fixture.clock)
        #expect(before.overall.tickets.served == 140)
        let first = try KPIService(context).report(for: period, by: nil)
        #expect(try storedDays(context) == 13)  // every day before today; today is open
        #expect(Int(try context.database.scalarInt("SELECT count(*) FROM kpi_ticket_days") ?? 0) > 0)
        #expect(first == before)
        #expect(try KPIService(context).report(for: period, by: nil) == before)
        #expect(try storedDays(context) == 13)
        // A month's and a week's series cut the same days the same way.
        let week = try #require(KPIPeriod.dates(from: context.businessDate.adding(days: -7), to: context.businessDate.adding(days: -1)))
        #expect(try KPIService(context).report(for: week, by: nil) == (try live(context, week, clock: fixture.clock)))
    }

    @Test func aReversalDatedLaterKeepsTheFiguresRight() throws {
        let (fixture, context) = try branch()
        let period = try twoWeeks(context)
        _ = try KPIService(context).report(for: period, by: nil)  // the closed days are summarized
        // A transfer from a closed day is reversed today by a second supervisor.
        let todayStart = KPIDay(KPIPeriod.today(fixture.clock.now())).start
        let entry = try #require(try context.database.queryOne(
            "SELECT id, maker_id FROM journal_entries WHERE kind = 'transfer' AND at < ? ORDER BY at DESC LIMIT 1", [.integer(todayStart)]))
        let second = try OperatorAdministration(context).add(username: "super2", displayName: "Wu Gang 吴刚", role: .supervisor,
                                                             pin: "802461", by: try AuthenticationService(context).signIn(
                                                                 username: "admin", pin: "864200"))
        let entryID = try #require(entry.int("id"))
        _ = try ReversalService(context).reverse(entryID: entryID, reason: "wrong payee", key: UUID().uuidString, by: second)
        let report = try KPIService(context).report(for: period, by: nil)
        #expect(report == (try live(context, period, clock: fixture.clock)))
        #expect(report.overall.operations?.reversals == 1)
        let makerID = try #require(entry.int("maker_id"))
        let maker = try #require(try context.operators.find(id: makerID)?.operator.username)
        #expect(report.byOperator.first { $0.key == maker }?.figures.operations?.reversals == 1)
    }

    @Test func aDayWithATicketStillBeingServedIsCountedLive() throws {
        let (fixture, context) = try branch()
        let period = try twoWeeks(context)
        let yesterday = KPIDay(KPIPeriod.day(context.businessDate.adding(days: -1)))
        let ticket = try #require(try context.database.scalarInt(
            "SELECT id FROM tickets WHERE issued_at >= ? AND issued_at < ? LIMIT 1", [.integer(yesterday.start), .integer(yesterday.end)]))
        try context.database.execute("UPDATE tickets SET status = 'serving', outcome = NULL, finished_at = NULL WHERE id = ?",
                                     [.integer(ticket)])
        #expect(try KPIService(context).report(for: period, by: nil) == (try live(context, period, clock: fixture.clock)))
        #expect(try storedDays(context) == 12)  // not yesterday
        try context.database.execute("UPDATE tickets SET status = 'finished', outcome = 'served', finished_at = started_at + 60000 WHERE id = ?",
                                     [.integer(ticket)])
        #expect(try KPIService(context).report(for: period, by: nil) == (try live(context, period, clock: fixture.clock)))
        #expect(try storedDays(context) == 13)
        // A read-only file (teller report) counts unsummarized days live and writes nothing.
        let fresh = try BranchFixture(name: "training.sqlite")
        let seeded = try fresh.open()
        try DemoBranch.seed(seeded)
        let reader = try BranchContext.open(path: fresh.path, clock: fresh.clock, terminal: "tty2", readOnly: true)
        let figures = try KPIService(reader).report(for: try twoWeeks(reader), by: nil)
        #expect(figures == (try live(seeded, try twoWeeks(seeded), clock: fresh.clock)))
        #expect(try storedDays(seeded) == 0)
        _ = fixture
    }
}
