import BankCore
import BankStore
import Foundation
import Localization

/// The loans' part of the day end, run inside `BusinessDayService.setBusinessDate`'s
/// write transaction, so the date, the penalties and the follow-ups commit
/// together or not at all.
///
/// Exactly once per loan and day: each (loan, day) is looked up first; a day
/// already accrued with the same figures is skipped, one accrued with other
/// figures refuses the whole move (never silently kept or replaced), and the
/// primary key stops a second row whatever happens. Two terminals moving the
/// date at once are serialised by the write lock, and the second reads the
/// date the first left, so it accrues nothing twice.
extension LoanMonitoringService {
    /// Accrues each day from `from` (the day closing) up to but not including
    /// `to`, then opens or closes the overdue follow-ups as the loans stand on `to`.
    func closeDays(from: BusinessDate, to: BusinessDate, by actorID: Int64) throws -> LoanDayEndSummary {
        let loans = LoanRepository(db: context.database)
        let now = context.clock.now()
        var summary = LoanDayEndSummary(penaltyDays: 0, penaltyTotal: 0, followUpsCreated: 0)
        for loan in try loans.activeLoans() {
            let figures = try LoanMonitoringFigures(loan, repository: loans)
            var day = from
            while day < to {
                if let penalty = figures.penalty(closing: day) { try accrue(penalty, of: loan, into: &summary, loans, at: now) }
                day = day.adding(days: 1)
            }
            try followUp(loan, figures.balances, on: to, into: &summary, loans, by: actorID, at: now)
        }
        return summary
    }

    /// How many active loans are overdue at the end of `day`, and by how much (the day-close checklist).
    func overdueAtClose(of day: BusinessDate) throws -> (loans: Int, amount: Int64) {
        let loans = LoanRepository(db: context.database)
        var count = 0
        var amount: Int64 = 0
        for loan in try loans.activeLoans() {
            let rows = try loans.instalmentBalances(loanID: loan.id, version: loan.scheduleVersion)
            let overdue = LoanMonitoringFigures.overdueAmount(rows, on: day.adding(days: 1))
            if overdue > 0 {
                count += 1
                amount += overdue
            }
        }
        return (count, amount)
    }

    private func accrue(_ penalty: LoanPenaltyRow, of loan: LoanRecord, into summary: inout LoanDayEndSummary,
                        _ loans: LoanRepository, at now: Date) throws {
        if let stored = try loans.penalty(loanID: loan.id, on: penalty.accrualDate) {
            guard stored == penalty else {
                throw LocalizedMessage(.loanPenaltyDiffers, loan.contractNumber, penalty.accrualDate.description,
                                       AmountParser.format(stored.amount), AmountParser.format(penalty.amount))
            }
            summary.alreadyAccrued += 1
            return
        }
        try loans.insertPenalty(penalty, at: now)
        summary.penaltyDays += 1
        summary.penaltyTotal += penalty.amount
    }

    /// One open `loan_overdue` task per overdue loan, due on `date` (the next
    /// business day), its note naming the contract, days overdue and amount in
    /// both languages; a loan no longer overdue has its open task closed as
    /// done by the system, with that as the outcome.
    private func followUp(_ loan: LoanRecord, _ rows: [InstalmentBalance], on date: BusinessDate, into summary: inout LoanDayEndSummary,
                          _ loans: LoanRepository, by actorID: Int64, at now: Date) throws {
        let days = daysOverdue(rows, on: date)
        let open = try loans.openOverdueTask(loanID: loan.id)
        if days > 0, open == nil {
            let amount = AmountParser.format(LoanMonitoringFigures.overdueAmount(rows, on: date))
            let note = Self.bilingual { $0(.loanOverdueNote, loan.contractNumber, String(days), amount) }
            let id = try loans.insertOverdueTask(loan, note: note, due: date, by: actorID, at: now)
            try context.record("care.task", by: actorID, subject: "task \(id)", detail: "loan_overdue \(loan.contractNumber) due \(date)")
            summary.followUpsCreated += 1
        } else if days == 0, let open {
            try loans.closeOverdueTask(id: open, outcome: Self.bilingual { $0(.loanOverdueSettled, date.description) }, by: actorID, at: now)
            try context.record("care.task_done", by: actorID, subject: "task \(open)", detail: "loan \(loan.contractNumber) no longer overdue")
            summary.followUpsClosed += 1
        }
    }

    /// A stored text every reader shares: English, then Chinese.
    static func bilingual(_ text: (Strings) -> String) -> String {
        text(Strings(.english)) + " / " + text(Strings(.chinese))
    }
}
