import BankCore
import Testing

/// Suggested notes and coins for a payout: exactly the amount, never more of
/// a note than the drawer holds, largest notes first when that works.
struct CashPayoutTests {
    @Test func largestNotesFirst() {
        let drawer = CashBreakdown([.yuan100: 50, .yuan50: 10, .yuan20: 10, .yuan10: 10, .yuan5: 10, .yuan1: 10, .jiao5: 10, .jiao1: 10])
        #expect(CashPayout.suggest(amount: 38_760, from: drawer)
                == CashBreakdown([.yuan100: 3, .yuan50: 1, .yuan20: 1, .yuan10: 1, .yuan5: 1, .yuan1: 2, .jiao5: 1, .jiao1: 1]))
        #expect(CashPayout.suggest(amount: 10_000, from: drawer) == CashBreakdown([.yuan100: 1]))
        #expect(CashPayout.suggest(amount: 10, from: drawer) == CashBreakdown([.jiao1: 1]))
    }

    @Test func usesSmallerNotesWhenTheDrawerRunsOutOfLargeOnes() {
        let drawer = CashBreakdown([.yuan100: 2, .yuan50: 1, .yuan20: 20])
        #expect(CashPayout.suggest(amount: 29_000, from: drawer) == CashBreakdown([.yuan100: 2, .yuan50: 1, .yuan20: 2]))
        // 500 = 200 + 300 in twenties: the single 50 would leave 250, which twenties cannot make.
        #expect(CashPayout.suggest(amount: 50_000, from: drawer) == CashBreakdown([.yuan100: 2, .yuan20: 15]))
    }

    @Test func findsAPayoutThatLargestFirstMisses() {
        // 60 from one 50 and three 20s: taking the 50 first leaves 10 nobody has.
        #expect(CashPayout.suggest(amount: 6_000, from: CashBreakdown([.yuan50: 1, .yuan20: 3])) == CashBreakdown([.yuan20: 3]))
        // 110 from two 50s and three 20s: one 50 and three 20s.
        #expect(CashPayout.suggest(amount: 11_000, from: CashBreakdown([.yuan50: 2, .yuan20: 3]))
                == CashBreakdown([.yuan50: 1, .yuan20: 3]))
        // 1.50 from three 0.50 coins, one 1 and no 0.10 coins.
        #expect(CashPayout.suggest(amount: 150, from: CashBreakdown([.yuan1: 1, .jiao5: 3])) == CashBreakdown([.yuan1: 1, .jiao5: 1]))
    }

    @Test func nilWhenTheDrawerCannotMakeItUp() {
        let drawer = CashBreakdown([.yuan100: 5, .yuan50: 1])
        #expect(CashPayout.suggest(amount: 60_100, from: drawer) == nil)  // more than the drawer holds
        #expect(CashPayout.suggest(amount: 2_000, from: drawer) == nil)  // no 20s or 10s
        #expect(CashPayout.suggest(amount: 5, from: CashBreakdown([.jiao1: 100])) == nil)  // fen are not paid out
        #expect(CashPayout.suggest(amount: 0, from: drawer) == nil)
        #expect(CashPayout.suggest(amount: -100, from: drawer) == nil)
        #expect(CashPayout.suggest(amount: 100, from: CashBreakdown()) == nil)
    }

    @Test func everySuggestionIsExactAndCovered() {
        var generator = SeededGenerator(seed: 5)
        for _ in 0..<2_000 {
            var counts: [Denomination: Int] = [:]
            for denomination in Denomination.allCases { counts[denomination] = Int.random(in: 0...4, using: &generator) }
            let drawer = CashBreakdown(counts)
            // Half the time an amount the drawer can surely pay: some of what it holds.
            let payable = CashBreakdown(counts.mapValues { Int.random(in: 0...$0, using: &generator) })
            let amount = Bool.random(using: &generator) && payable.total > 0 ? payable.total
                : Int64.random(in: 1...2_000, using: &generator) * 10
            if let payout = CashPayout.suggest(amount: amount, from: drawer) {
                #expect(payout.total == amount)
                #expect(payout.isCovered(by: drawer))
                #expect(payout.problem(forAmount: amount) == nil)
            } else {
                #expect(!Self.canPay(amount, from: drawer), "missed a payout of \(amount) from \(drawer.summary)")
            }
        }
    }

    /// Exhaustive check for small drawers.
    static func canPay(_ amount: Int64, from drawer: CashBreakdown) -> Bool {
        var reachable: Set<Int64> = [0]
        for (denomination, count) in drawer.counts {
            var next = reachable
            for base in reachable {
                for n in 1...max(1, count) where count > 0 { next.insert(base + denomination.rawValue * Int64(n)) }
            }
            reachable = next.filter { $0 <= amount }
        }
        return reachable.contains(amount)
    }

    @Test func addingAndSummary() {
        let drawer = CashBreakdown([.yuan100: 3, .jiao5: 1])
        #expect(drawer.adding(CashBreakdown([.yuan100: 1, .yuan1: 2])) == CashBreakdown([.yuan100: 4, .yuan1: 2, .jiao5: 1]))
        #expect(drawer.adding(CashBreakdown([.yuan100: 3]), sign: -1) == CashBreakdown([.jiao5: 1]))
        #expect(drawer.summary == "100×3 0.50×1")
        #expect(CashBreakdown().summary == "")
        #expect(CashBreakdown([.yuan10: 0]).counts.isEmpty)
    }
}

