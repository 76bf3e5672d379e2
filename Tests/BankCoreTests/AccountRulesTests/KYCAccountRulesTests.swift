import BankCore
import Testing

/// KYC form rules, each boundary on both sides.
@Suite struct KYCAccountRulesTests {
    private typealias F = AccountRulesFixtures

    private static func text(_ count: Int, _ character: Character = "a") -> String {
        String(repeating: String(character), count: count)
    }

    @Test func plainProfileIsAccepted() {
        #expect(KYCRules.problems(F.plainProfile).isEmpty)
    }

    @Test func occupationLength() {
        #expect(KYCRules.problems(F.profile { $0.occupation = Self.text(1) }) == [.occupation])
        #expect(KYCRules.problems(F.profile { $0.occupation = Self.text(2) }).isEmpty)
        #expect(KYCRules.problems(F.profile { $0.occupation = Self.text(40) }).isEmpty)
        #expect(KYCRules.problems(F.profile { $0.occupation = Self.text(41) }) == [.occupation])
        // Chinese characters count one each; surrounding spaces are trimmed.
        #expect(KYCRules.problems(F.profile { $0.occupation = "教师" }).isEmpty)
        #expect(KYCRules.problems(F.profile { $0.occupation = Self.text(40, "教") }).isEmpty)
        #expect(KYCRules.problems(F.profile { $0.occupation = Self.text(41, "教") }) == [.occupation])
        #expect(KYCRules.problems(F.profile { $0.occupation = "  a  " }) == [.occupation])
        #expect(KYCRules.problems(F.profile { $0.occupation = "" }) == [.occupation])
    }

    @Test func employerLength() {
        #expect(KYCRules.problems(F.profile { $0.employer = Self.text(1) }).isEmpty)
        #expect(KYCRules.problems(F.profile { $0.employer = Self.text(60) }).isEmpty)
        #expect(KYCRules.problems(F.profile { $0.employer = Self.text(61) }) == [.employer])
        #expect(KYCRules.problems(F.profile { $0.employer = Self.text(60, "公") }).isEmpty)
        #expect(KYCRules.problems(F.profile { $0.employer = Self.text(61, "公") }) == [.employer])
    }

    @Test func emptyEmployerNeedsAnOccupationWithoutOne() {
        #expect(KYCRules.problems(F.profile { $0.employer = "" }) == [.employer])
        #expect(KYCRules.problems(F.profile { $0.employer = "   " }) == [.employer])
        for occupation in KYCRules.noEmployerOccupations + ["RETIRED", "Student", " Self-Employed ", "HomeMaker"] {
            #expect(KYCRules.problems(F.profile { $0.occupation = occupation; $0.employer = "" }).isEmpty,
                    "refused empty employer for \(occupation)")
        }
        #expect(Set(KYCRules.noEmployerOccupations) == ["retired", "student", "unemployed", "homemaker", "self-employed",
                                                        "退休", "学生", "无业", "家庭主妇", "个体"])
        // Only exact occupations, not ones that merely contain the word.
        #expect(KYCRules.problems(F.profile { $0.occupation = "student teacher"; $0.employer = "" }) == [.employer])
    }

    @Test func addressLength() {
        #expect(KYCRules.problems(F.profile { $0.address = Self.text(4) }) == [.address])
        #expect(KYCRules.problems(F.profile { $0.address = Self.text(5) }).isEmpty)
        #expect(KYCRules.problems(F.profile { $0.address = Self.text(120) }).isEmpty)
        #expect(KYCRules.problems(F.profile { $0.address = Self.text(121) }) == [.address])
        #expect(KYCRules.problems(F.profile { $0.address = "上海市黄浦区" }).isEmpty)
        #expect(KYCRules.problems(F.profile { $0.address = "北京市" }) == [.address])
    }

    @Test(arguments: ["\n", "\t", "\r", "\u{0}", "\u{7F}", "\u{85}", "\u{1B}"])
    func controlCharactersAreRefusedInEveryField(_ control: String) {
        #expect(KYCRules.problems(F.profile { $0.occupation = "Tea" + control + "cher" }) == [.occupation])
        #expect(KYCRules.problems(F.profile { $0.employer = "School" + control }) == [.employer])
        #expect(KYCRules.problems(F.profile { $0.address = control + "12 Nanjing Road" }) == [.address])
    }

    @Test func severalProblemsComeInFieldOrder() {
        let bad = F.profile { $0.occupation = "x"; $0.employer = ""; $0.address = "x" }
        #expect(KYCRules.problems(bad) == [.occupation, .employer, .address])
        #expect(KYCField.allCases == [.occupation, .employer, .address])
    }
}
