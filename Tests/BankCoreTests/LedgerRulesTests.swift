import BankCore
import Testing

/// The documented defaults of the money rules, and what each rule means at
/// its boundary.
struct LedgerRulesTests {
    @Test func cashRuleDefaults() {
        let rules = CashRules.standard
        #expect(rules.largeValueThreshold == 5_000_000)
        #expect(rules.transferOneTimeCodeThreshold == 5_000_000)
        #expect(rules.transferSingleLimit == 50_000_000)
        #expect(rules.transferDailyLimit == 100_000_000)
        #expect(rules.withdrawalDailyLimit == 20_000_000)
        #expect(rules.authority == .standard)
    }

    @Test func largeValueStartsAtTheThreshold() {
        let rules = CashRules.standard
        #expect(!rules.isLargeValue(dayTotal: 4_999_999))
        #expect(rules.isLargeValue(dayTotal: 5_000_000))
        #expect(rules.isLargeValue(dayTotal: 5_000_001))
        #expect(!rules.isLargeValue(dayTotal: 0))
    }

    @Test func authorityDefaults() {
        let limits = AuthorityLimits.standard
        #expect(limits.enterLimit(.teller, .deposit, .cny) == 10_000_000)
        #expect(limits.enterLimit(.teller, .withdrawal, .cny) == 5_000_000)
        #expect(limits.enterLimit(.teller, .transfer, .cny) == 20_000_000)
        #expect(limits.enterLimit(.trainer, .withdrawal, .cny) == 5_000_000)
        #expect(limits.enterLimit(.supervisor, .deposit, .cny) == 100_000_000)
        #expect(limits.enterLimit(.supervisor, .withdrawal, .cny) == 50_000_000)
        #expect(limits.enterLimit(.supervisor, .transfer, .cny) == 200_000_000)
        #expect(limits.approveLimit(.supervisor, .cny) == 500_000_000)
    }

    @Test func rolesWithoutAFigureMayNeitherEnterNorApprove() {
        let limits = AuthorityLimits.standard
        for role in [Role.guide, .administrator] {
            for operation in LimitedOperation.allCases { #expect(limits.enterLimit(role, operation, .cny) == 0) }
        }
        for role in [Role.teller, .trainer, .guide, .administrator] { #expect(limits.approveLimit(role, .cny) == 0) }
    }

    @Test func otherCurrenciesScaleByTheReferenceRate() {
        #expect(Currency.cny.fromCNYReference(700) == 700)
        #expect(Currency.hkd.fromCNYReference(700) == 700)
        #expect(Currency.usd.fromCNYReference(700) == 100)
        #expect(Currency.eur.fromCNYReference(700) == 100)
        #expect(Currency.gbp.fromCNYReference(700) == 100)
        #expect(Currency.jpy.fromCNYReference(700) == 140)
        #expect(AuthorityLimits.standard.enterLimit(.teller, .withdrawal, .usd) == 5_000_000 / 7)
    }

    @Test func onlyCustomerOperationsAreReversibleAndOnlyCounterCashIsLarge() {
        #expect(EntryKind.allCases.filter(\.isReversible) == [.deposit, .withdrawal, .transfer, .externalTransfer])
        #expect(EntryKind.allCases.filter(\.isCounterCash) == [.deposit, .withdrawal])
        #expect(InternalAccountKind.allCases.filter(\.holdsCash) == [.drawer, .vault])
    }

    @Test func onlyActiveAccountsMoveMoney() {
        for direction in [MovementDirection.credit, .debit] {
            #expect(AccountRestriction.refusal(status: .active, direction: direction) == nil)
            #expect(AccountRestriction.refusal(status: .frozen, direction: direction) == .frozen)
            #expect(AccountRestriction.refusal(status: .dormant, direction: direction) == .dormant)
            #expect(AccountRestriction.refusal(status: .closed, direction: direction) == .closed)
        }
        #expect(AccountRestriction.available(balance: 10_000, overdraftLimit: 0) == 10_000)
        #expect(AccountRestriction.available(balance: -500, overdraftLimit: 2_000) == 1_500)
    }
}

/// Amount entry at the edges a counter meets, beyond the basic cases.
struct LedgerAmountEntryTests {
    @Test(arguments: [
        ("49999.99", 4_999_999), ("50000", 5_000_000), ("0.10", 10), ("\t12.5\t", 1_250), ("9999999999.99", 999_999_999_999),
        ("0000000000000000000000001", 100),
    ] as [(String, Int64)])
    func accepts(text: String, minor: Int64) {
        #expect(AmountParser.parse(text) == .success(minor))
    }

    @Test(arguments: [
        ("0.001", AmountProblem.tooManyDecimals(allowed: 2)), ("49999.999", .tooManyDecimals(allowed: 2)), ("-0", .sign),
        ("- 5", .sign), ("+0.01", .sign), ("5e0", .exponent), ("1.5E-3", .exponent), ("2e", .exponent), ("1 000", .character),
        ("50,000.00", .character), (".", .character), ("..5", .character), ("5-", .character), ("¥50", .character),
        ("12\n", .character), ("0.0", .zero), ("000", .zero), ("10000000000.1", .tooLarge),
        ("922337203685477580.8", .tooLarge),
    ] as [(String, AmountProblem)])
    func refuses(text: String, problem: AmountProblem) {
        #expect(AmountParser.parse(text) == .failure(problem))
    }

    @Test func theUpperBoundIsInclusive() {
        #expect(AmountParser.parse(AmountParser.format(AmountParser.maximumMinorUnits).replacingOccurrences(of: ",", with: ""))
                == .success(AmountParser.maximumMinorUnits))
    }

    @Test func formatAndParseRoundTrip() {
        for value: Int64 in [1, 9, 10, 99, 100, 101, 4_999_999, 5_000_000, 123_456_789, AmountParser.maximumMinorUnits] {
            let text = AmountParser.format(value).replacingOccurrences(of: ",", with: "")
            #expect(AmountParser.parse(text) == .success(value))
        }
        #expect(AmountParser.format(0) == "0.00")
        #expect(AmountParser.format(100, minorUnits: 0) == "100")
        #expect(AmountParser.format(1_234_567, minorUnits: 0) == "1,234,567")
    }
}
