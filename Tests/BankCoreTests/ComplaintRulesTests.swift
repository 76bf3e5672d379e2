import BankCore
import Foundation
import Testing

/// The pure rules of complaint handling: which team each category goes to,
/// which status moves the flow allows, and the deadline arithmetic (tracks,
/// due-soon window, overdue) that the service applies with its clock.
struct ComplaintRulesTests {
    // MARK: Routing

    @Test func everyCategoryRoutesToItsDocumentedTeam() {
        let expected: [ComplaintCategory: ComplaintTeam] = [
            .serviceAttitude: .branchService, .waitingTime: .branchService, .other: .branchService,
            .fees: .operations, .transactionError: .operations, .card: .operations,
            .loan: .credit,
            .wealthMisSelling: .wealthCompliance,
            .fraud: .riskCompliance, .privacy: .riskCompliance,
        ]
        #expect(Set(expected.keys) == Set(ComplaintCategory.allCases))
        for category in ComplaintCategory.allCases {
            #expect(category.team == expected[category], "\(category)")
        }
        // Every team receives at least one category.
        #expect(Set(ComplaintCategory.allCases.map(\.team)) == Set(ComplaintTeam.allCases))
    }

    @Test func unknownCategoriesDoNotParse() {
        #expect(ComplaintCategory(rawValue: "wealth_mis_selling") == .wealthMisSelling)
        #expect(ComplaintCategory(rawValue: "rudeness") == nil)
        #expect(ComplaintCategory(rawValue: "") == nil)
    }

    @Test func severitiesAreOrderedLowToCritical() {
        #expect(ComplaintSeverity.allCases.sorted() == [.low, .medium, .high, .critical])
        #expect(ComplaintSeverity.critical > .high)
        #expect(ComplaintSeverity.low < .medium)
    }

    // MARK: Status flow

    @Test func theStatusFlowAllowsExactlyTheDocumentedMoves() {
        let allowed: Set<[ComplaintStatus]> = [
            [.received, .acknowledged], [.acknowledged, .investigating], [.investigating, .responded],
            [.responded, .closed], [.responded, .reopened], [.closed, .reopened], [.reopened, .investigating],
        ]
        for from in ComplaintStatus.allCases {
            for to in ComplaintStatus.allCases {
                #expect(from.canMove(to: to) == allowed.contains([from, to]), "\(from) → \(to)")
            }
        }
    }

    @Test func theStatusFlowRefusesSkipsBackwardsMovesAndStandingStill() {
        #expect(!ComplaintStatus.received.canMove(to: .responded))
        #expect(!ComplaintStatus.received.canMove(to: .closed))
        #expect(!ComplaintStatus.received.canMove(to: .reopened))
        #expect(!ComplaintStatus.investigating.canMove(to: .closed))
        #expect(!ComplaintStatus.investigating.canMove(to: .acknowledged))
        #expect(!ComplaintStatus.closed.canMove(to: .investigating))
        #expect(!ComplaintStatus.reopened.canMove(to: .responded))
        for status in ComplaintStatus.allCases {
            #expect(!status.canMove(to: status), "\(status) → itself")
        }
    }

    @Test func onlyOpenStagesBeforeTheResponseAwaitIt() {
        #expect(ComplaintStatus.allCases.filter(\.awaitsResponse) == [.received, .acknowledged, .investigating, .reopened])
    }

    // MARK: Deadlines

    static let received = Date(timeIntervalSince1970: 1_800_000_000)
    static let day: TimeInterval = 86_400

    @Test func theStandardRulesAre15And30And60DaysWithA3DayWindow() {
        let rules = ComplaintDeadlines.standard
        #expect(rules == ComplaintDeadlines(simpleDays: 15, extendedDays: 30, exceptionalDays: 60, dueSoonDays: 3))
        #expect(rules.isValid)
        #expect(rules.days(for: .simple) == 15)
        #expect(rules.days(for: .extended) == 30)
        #expect(rules.days(for: .exceptional) == 60)
    }

    @Test func eachTrackIsDueItsDaysAfterReceipt() {
        let rules = ComplaintDeadlines.standard
        #expect(rules.due(receivedAt: Self.received, track: .simple) == Self.received.addingTimeInterval(15 * Self.day))
        #expect(rules.due(receivedAt: Self.received, track: .extended) == Self.received.addingTimeInterval(30 * Self.day))
        #expect(rules.due(receivedAt: Self.received, track: .exceptional) == Self.received.addingTimeInterval(60 * Self.day))
        let custom = ComplaintDeadlines(simpleDays: 10, extendedDays: 20, exceptionalDays: 45, dueSoonDays: 2)
        #expect(custom.due(receivedAt: Self.received, track: .simple) == Self.received.addingTimeInterval(10 * Self.day))
        #expect(custom.due(receivedAt: Self.received, track: .exceptional) == Self.received.addingTimeInterval(45 * Self.day))
    }

    @Test func theDueSoonWindowIncludesBothOfItsEnds() {
        let rules = ComplaintDeadlines.standard
        let due = rules.due(receivedAt: Self.received, track: .simple)
        // Just before the window opens: not yet due soon.
        #expect(!rules.isDueSoon(status: .investigating, dueAt: due, now: due.addingTimeInterval(-3 * Self.day - 1)))
        // The window opens exactly 3 days before the deadline…
        #expect(rules.isDueSoon(status: .investigating, dueAt: due, now: due.addingTimeInterval(-3 * Self.day)))
        #expect(rules.isDueSoon(status: .received, dueAt: due, now: due.addingTimeInterval(-1 * Self.day)))
        // …and includes the deadline itself, which is not yet overdue.
        #expect(rules.isDueSoon(status: .acknowledged, dueAt: due, now: due))
        #expect(!rules.isOverdue(status: .acknowledged, dueAt: due, now: due))
        // One second later it is overdue, and no longer "due soon".
        #expect(!rules.isDueSoon(status: .acknowledged, dueAt: due, now: due.addingTimeInterval(1)))
        #expect(rules.isOverdue(status: .acknowledged, dueAt: due, now: due.addingTimeInterval(1)))
    }

    @Test func aZeroDayWindowIsDueSoonOnlyAtTheDeadline() {
        let rules = ComplaintDeadlines(simpleDays: 15, extendedDays: 30, exceptionalDays: 60, dueSoonDays: 0)
        let due = rules.due(receivedAt: Self.received, track: .simple)
        #expect(rules.isDueSoon(status: .received, dueAt: due, now: due))
        #expect(!rules.isDueSoon(status: .received, dueAt: due, now: due.addingTimeInterval(-1)))
    }

    @Test func onlyComplaintsAwaitingAResponseAreOverdueOrDueSoon() {
        let rules = ComplaintDeadlines.standard
        let due = rules.due(receivedAt: Self.received, track: .simple)
        let late = due.addingTimeInterval(10 * Self.day)
        let soon = due.addingTimeInterval(-Self.day)
        for status in ComplaintStatus.allCases {
            #expect(rules.isOverdue(status: status, dueAt: due, now: late) == status.awaitsResponse, "\(status)")
            #expect(rules.isDueSoon(status: status, dueAt: due, now: soon) == status.awaitsResponse, "\(status)")
        }
        #expect(!rules.isOverdue(status: .responded, dueAt: due, now: late))
        #expect(!rules.isOverdue(status: .closed, dueAt: due, now: late))
        #expect(rules.isOverdue(status: .reopened, dueAt: due, now: late))
    }

    @Test func invalidRuleSetsAreRejected() {
        #expect(ComplaintDeadlines(simpleDays: 1, extendedDays: 1, exceptionalDays: 1, dueSoonDays: 0).isValid)
        #expect(!ComplaintDeadlines(simpleDays: 0, extendedDays: 30, exceptionalDays: 60, dueSoonDays: 3).isValid)
        #expect(!ComplaintDeadlines(simpleDays: -5, extendedDays: 30, exceptionalDays: 60, dueSoonDays: 3).isValid)
        #expect(!ComplaintDeadlines(simpleDays: 15, extendedDays: 14, exceptionalDays: 60, dueSoonDays: 3).isValid)
        #expect(!ComplaintDeadlines(simpleDays: 15, extendedDays: 30, exceptionalDays: 29, dueSoonDays: 3).isValid)
        #expect(!ComplaintDeadlines(simpleDays: 15, extendedDays: 30, exceptionalDays: 60, dueSoonDays: -1).isValid)
    }
}
