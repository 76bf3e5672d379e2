import BankCore
import Testing

/// Risk rating on fixed data: each rule alone, each level boundary, PEP,
/// and the age boundaries on exact birthdays.
@Suite struct RiskAccountRulesTests {
    private typealias F = AccountRulesFixtures
    private static let adult = F.day("1990-05-01")

    private static func assess(_ profile: KYCProfile, idType: IDDocumentType = .residentID,
                               birthDate: BusinessDate = adult, today: BusinessDate = F.today) -> RiskAssessment {
        RiskRating.assess(profile, idType: idType, birthDate: birthDate, today: today)
    }

    @Test func plainCustomerIsLowWithNoReasons() {
        #expect(Self.assess(F.plainProfile) == RiskAssessment(level: .low, score: 0, reasons: []))
    }

    @Test func eachRuleAlone() {
        #expect(Self.assess(F.profile { $0.politicallyExposed = true })
            == RiskAssessment(level: .high, score: 5, reasons: [.politicallyExposed]))
        #expect(Self.assess(F.profile { $0.taxResidency = .other })
            == RiskAssessment(level: .medium, score: 2, reasons: [.foreignTaxResidency]))
        #expect(Self.assess(F.profile { $0.taxResidency = .both })
            == RiskAssessment(level: .medium, score: 2, reasons: [.foreignTaxResidency]))
        #expect(Self.assess(F.profile { $0.occupation = "Casino dealer" })
            == RiskAssessment(level: .medium, score: 2, reasons: [.highRiskOccupation]))
        #expect(Self.assess(F.profile { $0.income = .over1m })
            == RiskAssessment(level: .low, score: 1, reasons: [.highIncome]))
        #expect(Self.assess(F.profile { $0.purpose = .business })
            == RiskAssessment(level: .low, score: 1, reasons: [.businessPurpose]))
        #expect(Self.assess(F.plainProfile, idType: .passport)
            == RiskAssessment(level: .low, score: 1, reasons: [.foreignDocument]))
        #expect(Self.assess(F.plainProfile, birthDate: F.day("2010-01-01"))
            == RiskAssessment(level: .low, score: 1, reasons: [.minor]))
        #expect(Self.assess(F.plainProfile, birthDate: F.day("1940-01-01"))
            == RiskAssessment(level: .low, score: 1, reasons: [.elderly]))
    }

    @Test func otherChoicesScoreNothing() {
        for income in IncomeRange.allCases where income != .over1m {
            #expect(Self.assess(F.profile { $0.income = income }).score == 0)
        }
        for purpose in AccountPurpose.allCases where purpose != .business {
            #expect(Self.assess(F.profile { $0.purpose = purpose }).score == 0)
        }
    }

    @Test(arguments: IDDocumentType.allCases)
    func everyDocumentButTheResidentIDScoresOne(_ type: IDDocumentType) {
        #expect(Self.assess(F.plainProfile, idType: type).score == (type == .residentID ? 0 : 1))
    }

    @Test func levelBoundaries() {
        let one = F.profile { $0.income = .over1m }
        let two = F.profile { $0.income = .over1m; $0.purpose = .business }
        #expect(Self.assess(one).level == .low)
        #expect(Self.assess(one).score == 1)
        #expect(Self.assess(two).level == .medium)
        #expect(Self.assess(two).score == 2)
        #expect(Self.assess(two, idType: .passport).level == .medium)
        #expect(Self.assess(two, idType: .passport).score == 3)
        #expect(Self.assess(two, idType: .passport, birthDate: F.day("1930-01-01"))
            == RiskAssessment(level: .high, score: 4, reasons: [.highIncome, .businessPurpose, .foreignDocument, .elderly]))
        #expect(Self.assess(F.profile { $0.taxResidency = .both; $0.occupation = "Jeweller" })
            == RiskAssessment(level: .high, score: 4, reasons: [.foreignTaxResidency, .highRiskOccupation]))
        for score in 0...20 {
            let expected: RiskLevel = score >= 4 ? .high : score >= 2 ? .medium : .low
            #expect(RiskRating.level(score: score) == expected)
        }
    }

    @Test func politicallyExposedIsAlwaysHigh() {
        #expect(RiskRating.level(score: 0, politicallyExposed: true) == .high)
        #expect(RiskRating.level(score: 1, politicallyExposed: true) == .high)
        let pep = Self.assess(F.profile { $0.politicallyExposed = true; $0.income = .under50k })
        #expect(pep.level == .high)
        #expect(pep.reasons == [.politicallyExposed])
    }

    @Test func everythingAtOnceListsReasonsInOrder() {
        let all = F.profile {
            $0.politicallyExposed = true; $0.taxResidency = .other; $0.occupation = "珠宝销售"
            $0.income = .over1m; $0.purpose = .business
        }
        let result = Self.assess(all, idType: .hongKongMacauPermit, birthDate: F.day("2012-06-01"))
        #expect(result == RiskAssessment(level: .high, score: 13,
                                         reasons: [.politicallyExposed, .foreignTaxResidency, .highRiskOccupation,
                                                   .highIncome, .businessPurpose, .foreignDocument, .minor]))
    }

    /// Today is 2026-11-23: born 2008-11-23 is 18 today, born a day later is still 17.
    @Test func minorBoundaryOnTheBirthday() {
        #expect(Self.assess(F.plainProfile, birthDate: F.day("2008-11-24")).reasons == [.minor])
        #expect(Self.assess(F.plainProfile, birthDate: F.day("2008-11-23")).reasons == [])
        #expect(Self.assess(F.plainProfile, birthDate: F.day("2008-11-22")).reasons == [])
        #expect(Self.assess(F.plainProfile, birthDate: F.day("2026-11-23")).reasons == [.minor])
    }

    /// Born 1946-11-23 is 80 today (elderly); born 1946-11-24 is still 79.
    @Test func elderlyBoundaryOnTheBirthday() {
        #expect(Self.assess(F.plainProfile, birthDate: F.day("1946-11-24")).reasons == [])
        #expect(Self.assess(F.plainProfile, birthDate: F.day("1946-11-23")).reasons == [.elderly])
        #expect(Self.assess(F.plainProfile, birthDate: F.day("1946-11-22")).reasons == [.elderly])
    }

    /// Born on 29 February: a year older on 1 March in years without a 29th.
    @Test func leapDayBirthday() {
        let born = F.day("2008-02-29")
        #expect(Self.assess(F.plainProfile, birthDate: born, today: F.day("2026-02-28")).reasons == [.minor])
        #expect(Self.assess(F.plainProfile, birthDate: born, today: F.day("2026-03-01")).reasons == [])
        #expect(Self.assess(F.plainProfile, birthDate: F.day("2008-03-01"), today: F.day("2026-03-01")).reasons == [])
    }

    @Test(arguments: ["Casino dealer", "CASINO", "Gambling hall manager", "Jeweller", "jewelry shop owner",
                      "Precious metals trader", "Money exchange clerk", "Cryptocurrency trader", "Arms dealer",
                      "Firearms dealer", "Pawnbroker", "pawn shop clerk", "Real estate agent",
                      "赌场荷官", "珠宝销售", "贵金属交易员", "货币兑换员", "加密货币交易", "军火商", "典当行职员"])
    func highRiskOccupations(_ occupation: String) {
        #expect(RiskRating.isHighRiskOccupation(occupation))
        #expect(Self.assess(F.profile { $0.occupation = occupation }).reasons == [.highRiskOccupation])
    }

    @Test(arguments: ["Teacher", "Alarms technician", "Farmer on family farms", "Pharmacist", "Estate lawyer",
                      "Real estate developer", "教师", "工程师", "Metal worker", "Exchange student"])
    func ordinaryOccupations(_ occupation: String) {
        #expect(!RiskRating.isHighRiskOccupation(occupation))
        #expect(Self.assess(F.profile { $0.occupation = occupation }).score == 0)
    }
}
