import BankCore
import Testing

/// Luhn and bank card numbers: known answers, cleaning, masking.
@Suite struct CardIdentityTests {
    private typealias F = IdentityFixtures

    @Test(arguments: ["4111111111111111", "5555555555554444", "6222020200000005", "6212261202000000001",
                      "378282246310005", "4222222222222"])
    func validPANs(_ number: String) {
        #expect(Luhn.isValid(number))
    }

    @Test func textbookExampleChecksButIsTooShortForACard() {
        // 79927398713: the Luhn textbook number. Its check digit is 3, but at 11
        // digits it is shorter than any card number (12–19).
        #expect(Luhn.checkDigit(for: "7992739871") == "3")
        #expect(!Luhn.isValid("79927398713"))
        #expect(!Luhn.isValid("79927398710"))
    }

    @Test func commonlyQuotedUnionPayNumberFailsLuhn() {
        // 6222020200000000 is often used as a sample, but its Luhn check digit is 5, not 0.
        #expect(!Luhn.isValid("6222020200000000"))
        #expect(Luhn.checkDigit(for: "622202020000000") == "5")
        #expect(F.problem(BankCardNumber.validate("6222020200000000")) == .checkDigit(expected: "5", actual: "0"))
    }

    @Test(arguments: ["", "41111111111", "41111111111111111111", "4111 1111 1111 1111", "411111111111111a",
                      "٤١١١١١١١١١١١١١١١"])
    func invalidPANShapes(_ text: String) {
        #expect(!Luhn.isValid(text))
    }

    @Test func checkDigitKnownAnswers() {
        #expect(Luhn.checkDigit(for: "411111111111111") == "1")
        #expect(Luhn.checkDigit(for: "555555555555444") == "4")
        #expect(Luhn.checkDigit(for: "621226120200000000") == "1")
        #expect(Luhn.checkDigit(for: "0") == "0")
        #expect(Luhn.checkDigit(for: "") == nil)
        #expect(Luhn.checkDigit(for: "12a") == nil)
    }

    @Test(arguments: [("4111 1111 1111 1111", "4111111111111111"), ("6222-0202-0000-0005", "6222020200000005"),
                      ("６２２２０２０２０００００００５", "6222020200000005")])
    func cardNumbersAreCleaned(text: String, digits: String) {
        #expect(F.value(BankCardNumber.validate(text)) == digits)
    }

    @Test(arguments: [
        ("", IDProblem.empty),
        (" - ", .empty),
        ("411111111111111", .length(expected: "16-19", actual: 15)),
        ("41111111111111111111", .length(expected: "16-19", actual: 20)),
        ("4111x11111111111", .character(position: 5)),
        ("4111111111111112", .checkDigit(expected: "1", actual: "2")),
    ])
    func cardNumbersRefused(text: String, expected: IDProblem) {
        #expect(F.problem(BankCardNumber.validate(text)) == expected)
    }

    @Test func masking() {
        #expect(BankCardNumber.masked("6222020200000005") == "622202******0005")
        #expect(BankCardNumber.masked("6212261202000000001") == "621226*********0001")
    }
}
