import BankCore
import Testing

/// Repayments are applied penalty first, then overdue interest, overdue
/// principal, then the current instalment; what is left is excess.
@Suite struct RepaymentAllocationTests {
    /// CNY 120,000 at 6% over 12 months, equal principal: each instalment 10,000.00 principal.
    static let schedule = LoanSchedule(principal: 12_000_000, rate: AnnualRate(percent: "6")!, months: 12,
                                       method: .equalPrincipal, start: BusinessDate("2026-01-15")!)
    static var balances: [InstalmentBalance] { schedule.instalments.map { InstalmentBalance($0) } }
    /// Instalments 1 and 2 (due 15 Feb, 15 Mar) are overdue on 20 March; 3 (15 Apr) is current.
    static let day = BusinessDate("2026-03-20")!

    @Test func partialPaymentStopsInTheOrder() {
        // Penalty 12.34, overdue interest 600 + 550 = 1,150.00; pay 1,000.00.
        let a = RepaymentAllocation(amount: 100_000, penaltyOwed: 1_234, instalments: Self.balances, on: Self.day)
        #expect(a.penalty == 1_234)
        #expect(a.overdueInterest == 98_766)
        #expect(a.overduePrincipal == 0 && a.currentInterest == 0 && a.currentPrincipal == 0 && a.excess == 0)
        #expect(a.parts == [AppliedPart(instalment: 1, interest: 60_000, principal: 0),
                            AppliedPart(instalment: 2, interest: 38_766, principal: 0)])
    }

    @Test func overdueInterestOfEveryInstalmentComesBeforeAnyOverduePrincipal() {
        let a = RepaymentAllocation(amount: 1_200_000, penaltyOwed: 0, instalments: Self.balances, on: Self.day)
        #expect(a.overdueInterest == 115_000)
        #expect(a.overduePrincipal == 1_085_000)  // all of instalment 1, part of 2
        #expect(a.parts == [AppliedPart(instalment: 1, interest: 60_000, principal: 1_000_000),
                            AppliedPart(instalment: 2, interest: 55_000, principal: 85_000)])
    }

    @Test func exactPaymentSettlesOverdueAndCurrentWithNothingLeft() {
        let owed: Int64 = 500 + (60_000 + 55_000) + 2_000_000 + (50_000 + 1_000_000)
        let a = RepaymentAllocation(amount: owed, penaltyOwed: 500, instalments: Self.balances, on: Self.day)
        #expect(a.applied == owed && a.excess == 0)
        #expect(a.currentInterest == 50_000 && a.currentPrincipal == 1_000_000)
        #expect(a.parts.map(\.instalment) == [1, 2, 3])
    }

    @Test func overPaymentLeavesExcessAndNeverTouchesLaterInstalments() {
        let a = RepaymentAllocation(amount: 10_000_000, penaltyOwed: 0, instalments: Self.balances, on: Self.day)
        #expect(a.applied == 115_000 + 2_000_000 + 1_050_000)
        #expect(a.excess == 10_000_000 - a.applied)
        #expect(!a.parts.contains { $0.instalment > 3 })
    }

    @Test func anInstalmentDueTodayIsCurrentNotOverdue() {
        let a = RepaymentAllocation(amount: 2_000_000, penaltyOwed: 0, instalments: Self.balances, on: BusinessDate("2026-02-15")!)
        #expect(a.overdueInterest == 0 && a.overduePrincipal == 0)
        #expect(a.currentInterest == 60_000 && a.currentPrincipal == 1_000_000)
        #expect(a.excess == 940_000)
    }

    @Test func paidParts() {
        var rows = Self.balances
        rows[0].interestPaid = 60_000
        rows[0].principalPaid = 400_000
        let a = RepaymentAllocation(amount: 700_000, penaltyOwed: 0, instalments: rows, on: BusinessDate("2026-02-20")!)
        #expect(a.overduePrincipal == 600_000)    // the rest of instalment 1
        #expect(a.currentInterest == 55_000)      // instalment 2's interest
        #expect(a.currentPrincipal == 45_000)
        #expect(rows[0].isOverdue(on: BusinessDate("2026-02-20")!))
        #expect(a.amountIsConserved(700_000))
    }

    @Test func negativeAmountsApplyNothing() {
        let a = RepaymentAllocation(amount: -5, penaltyOwed: 100, instalments: Self.balances, on: Self.day)
        #expect(a.applied == 0 && a.excess == 0)
    }
}

extension RepaymentAllocation {
    func amountIsConserved(_ amount: Int64) -> Bool {
        applied + excess == amount && parts.reduce(penalty) { $0 + $1.interest + $1.principal } == applied
    }
}

/// Early repayment, both ways, recomputed before the customer confirms.
@Suite struct EarlyRepaymentTests {
    static let rate = AnnualRate(percent: "4.9")!
    /// A loan of 31 January 2027 with 5 instalments paid; the next is number 6, due 31 July.
    static let start = BusinessDate("2027-01-31")!

    @Test func lowerInstalmentKeepsTheEndDate() throws {
        let before = LoanSchedule.annuityPayment(principal: 100_000_000, rate: Self.rate, months: 240)
        let after = try #require(EarlyRepayment.reschedule(outstanding: 100_000_000, prepayment: 20_000_000, remainingMonths: 240,
                                                           rate: Self.rate, method: .equalInstalment, choice: .lowerInstalment,
                                                           loanStart: Self.start, nextInstalment: 6))
        #expect(after.months == 240)
        #expect(after.principal == 80_000_000)
        #expect(after.instalments[0].payment < before)
        #expect(after.instalments.last?.dueDate == Self.start.adding(months: 245))
        #expect(after.instalments.first?.number == 6)
        #expect(after.instalments.first?.dueDate.description == "2027-07-31")
        #expect(after.instalments[2].dueDate.description == "2027-09-30")
    }

    @Test func shortenTermKeepsThePaymentAndFinishesSooner() throws {
        let before = LoanSchedule.annuityPayment(principal: 100_000_000, rate: Self.rate, months: 240)
        let after = try #require(EarlyRepayment.reschedule(outstanding: 100_000_000, prepayment: 20_000_000, remainingMonths: 240,
                                                           rate: Self.rate, method: .equalInstalment, choice: .shortenTerm,
                                                           loanStart: Self.start, nextInstalment: 6))
        #expect(after.months < 240)
        let level = LoanSchedule.annuityPayment(principal: 80_000_000, rate: Self.rate, months: after.months)
        #expect(level <= before)
        #expect(LoanSchedule.annuityPayment(principal: 80_000_000, rate: Self.rate, months: after.months - 1) > before)
        #expect(after.instalments.reduce(0) { $0 + $1.principal } == 80_000_000)
    }

    @Test func shortenTermOfEqualPrincipalKeepsTheMonthlyPrincipal() throws {
        let after = try #require(EarlyRepayment.reschedule(outstanding: 1_200_000, prepayment: 300_000, remainingMonths: 12,
                                                           rate: Self.rate, method: .equalPrincipal, choice: .shortenTerm,
                                                           loanStart: Self.start, nextInstalment: 6))
        #expect(after.months == 9)
        #expect(after.instalments.first?.principal == 100_000)
    }

    @Test func repayingEverythingLeavesNoSchedule() {
        #expect(EarlyRepayment.reschedule(outstanding: 500_000, prepayment: 500_000, remainingMonths: 10, rate: Self.rate,
                                          method: .equalInstalment, choice: .shortenTerm, loanStart: Self.start, nextInstalment: 6) == nil)
    }
}

/// Buckets and the five-grade classification follow the documented day counts.
@Suite struct LoanClassificationTests {
    @Test func bucketsAndGradesAtTheirEdges() {
        let expected: [(Int, OverdueBucket, LoanGrade)] = [
            (0, .current, .normal), (1, .days1to30, .specialMention), (30, .days1to30, .specialMention),
            (31, .days31to60, .specialMention), (60, .days31to60, .specialMention), (61, .days61to90, .specialMention),
            (90, .days61to90, .specialMention), (91, .over90, .substandard), (180, .over90, .substandard),
            (181, .over90, .doubtful), (360, .over90, .doubtful), (361, .over90, .loss),
        ]
        for (days, bucket, grade) in expected {
            #expect(OverdueBucket(daysOverdue: days) == bucket, "\(days)")
            #expect(LoanGrade(daysOverdue: days) == grade, "\(days)")
        }
        #expect(LoanGrade.substandard.isNonPerforming && !LoanGrade.specialMention.isNonPerforming)
    }

    @Test func daysOverdueCountFromTheOldestUnpaidInstalment() {
        let schedule = LoanSchedule(principal: 1_200_000, rate: AnnualRate(percent: "6")!, months: 12, method: .equalPrincipal,
                                    start: BusinessDate("2026-01-31")!)
        var rows = schedule.instalments.map { InstalmentBalance($0) }
        #expect(daysOverdue(rows, on: BusinessDate("2026-02-28")!) == 0)
        #expect(daysOverdue(rows, on: BusinessDate("2026-03-01")!) == 1)
        #expect(daysOverdue(rows, on: BusinessDate("2027-03-01")!) == 366)
        rows[0].principalPaid = rows[0].principal
        rows[0].interestPaid = rows[0].interest
        #expect(daysOverdue(rows, on: BusinessDate("2026-04-01")!) == 1)  // instalment 2, due 31 March
        #expect(BusinessDate("2024-02-28")!.days(until: BusinessDate("2024-03-01")!) == 2)
        #expect(BusinessDate("2026-03-01")!.days(until: BusinessDate("2026-02-27")!) == -2)
        #expect(BusinessDate("1999-12-31")!.days(until: BusinessDate("2000-03-01")!) == 61)
    }
}
