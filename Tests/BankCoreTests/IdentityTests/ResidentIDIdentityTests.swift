import BankCore
import Testing

/// Resident identity card numbers: known answers, each failure kind, normalisation.
@Suite struct ResidentIDIdentityTests {
    private typealias F = IdentityFixtures

    @Test func classicExampleIsValid() throws {
        let id = try #require(F.value(ResidentIDNumber.validate("11010519491231002X", today: F.today)))
        #expect(id.number == "11010519491231002X")
        #expect(id.regionCode == "110105")
        #expect(id.provinceCode == "11")
        #expect(id.birthDate == F.day("1949-12-31"))
        #expect(id.isMale == false)
    }

    @Test(arguments: [
        ("110101199003070011", "1990-03-07", true),
        ("310104198507150025", "1985-07-15", false),
        ("440305200002290010", "2000-02-29", true),
        ("440305198507150013", "1985-07-15", true),
        ("520300199001010016", "1990-01-01", true),
    ])
    func knownValidNumbers(number: String, birth: String, male: Bool) throws {
        let id = try #require(F.value(ResidentIDNumber.validate(number, today: F.today)))
        #expect(id.birthDate == F.day(birth))
        #expect(id.isMale == male)
    }

    @Test func checkDigitKnownAnswers() {
        #expect(ResidentIDNumber.checkDigit(for: "11010519491231002") == "X")
        #expect(ResidentIDNumber.checkDigit(for: "44052418800101001") == "4")
        #expect(ResidentIDNumber.checkDigit(for: "11010119900307001") == "1")
        #expect(ResidentIDNumber.checkDigit(for: "31010419850715002") == "5")
        #expect(ResidentIDNumber.checkDigit(for: "44030520000229001") == "0")
    }

    @Test(arguments: ["", "1101051949123100", "110105194912310020X", "1101051949123100X", "A1101051949123100"])
    func checkDigitNeedsExactlySeventeenDigits(_ text: String) {
        #expect(ResidentIDNumber.checkDigit(for: text) == nil)
    }

    @Test func bornBefore1900IsRefusedThoughItsCheckDigitIsRight() {
        // 440524188001010014 has a correct check digit but a birth date in 1880.
        #expect(F.problem(ResidentIDNumber.validate("440524188001010014", today: F.today)) == .birthDate)
    }

    @Test(arguments: ["11010519491231002x", "110105 19491231 002X", " 11010519491231002X ",
                      "１１０１０５１９４９１２３１００２Ｘ", "110105\u{3000}19491231002x"])
    func normalisesCaseSpacesAndFullWidth(_ text: String) {
        #expect(F.value(ResidentIDNumber.validate(text, today: F.today))?.number == "11010519491231002X")
    }

    @Test(arguments: [
        ("", IDProblem.empty),
        ("   ", .empty),
        ("1101051949123100", .length(expected: "18", actual: 16)),
        ("11010519491231002XX", .length(expected: "18", actual: 19)),
        ("1101A519491231002X", .character(position: 5)),
        ("110105194X1231002X", .character(position: 10)),
        ("11010519491231002Y", .character(position: 18)),
        ("11010519491231002-", .character(position: 18)),
        ("990105194912310023", .region),
        ("100105194912310028", .region),
        ("110105194902310026", .birthDate),
        ("110105202701010016", .birthDate),
        ("110105202611240010", .birthDate),
        ("110105194912310021", .checkDigit(expected: "X", actual: "1")),
        ("110101199003070012", .checkDigit(expected: "1", actual: "2")),
    ])
    func eachFailureKind(text: String, expected: IDProblem) {
        #expect(F.problem(ResidentIDNumber.validate(text, today: F.today)) == expected)
    }

    @Test func bornTodayIsAccepted() {
        #expect(F.value(ResidentIDNumber.validate("110105202611230015", today: F.today)) != nil)
    }

    @Test(arguments: [71, 81, 82, 83, 11, 15, 21, 23, 31, 37, 41, 46, 50, 54, 61, 65])
    func acceptedProvinceCodes(_ code: Int) {
        #expect(ProvinceCode.isKnown(code))
    }

    @Test(arguments: [0, 10, 16, 20, 24, 30, 38, 40, 47, 49, 55, 60, 66, 70, 72, 80, 84, 90, 91, 99])
    func refusedProvinceCodes(_ code: Int) {
        #expect(!ProvinceCode.isKnown(code))
    }

    @Test func everyProvinceCodeIsAcceptedWithAValidNumber() throws {
        for code in ProvinceCode.all.sorted() {
            let first17 = String(code) + "010519491231002"
            let check = try #require(ResidentIDNumber.checkDigit(for: first17))
            #expect(F.value(ResidentIDNumber.validate(first17 + String(check), today: F.today)) != nil)
        }
    }
}
