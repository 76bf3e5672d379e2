import BankCore
import Testing

/// Permits, the foreign permanent residence card, typed passport numbers,
/// document expiry and the one entry point for any document type.
@Suite struct TravelPermitIdentityTests {
    private typealias F = IdentityFixtures
    private static let future = F.day("2030-06-30")

    private func permit(_ type: IDDocumentType, _ number: String, expiry: BusinessDate? = future) -> Result<String, IDProblem> {
        TravelPermit.validate(type: type, number: number, expiry: expiry, today: F.today)
    }

    @Test(arguments: [("H12345678", "H12345678"), ("M1234567890", "M1234567890"), ("h 1234 5678", "H12345678"),
                      ("Ｍ１２３４５６７８", "M12345678")])
    func hongKongMacauAccepted(text: String, cleaned: String) {
        #expect(F.value(permit(.hongKongMacauPermit, text)) == cleaned)
    }

    @Test(arguments: [
        ("", IDProblem.empty),
        ("H1234567", .length(expected: "9/11", actual: 8)),
        ("H123456789", .length(expected: "9/11", actual: 10)),
        ("H123456789012", .length(expected: "9/11", actual: 13)),
        ("K12345678", .character(position: 1)),
        ("123456789", .character(position: 1)),
        ("H1234A678", .character(position: 6)),
        ("HM2345678", .character(position: 2)),
    ])
    func hongKongMacauRefused(text: String, expected: IDProblem) {
        #expect(F.problem(permit(.hongKongMacauPermit, text)) == expected)
    }

    @Test(arguments: ["12345678", "1234567890", "1234 5678"])
    func taiwanAccepted(_ text: String) {
        #expect(F.value(permit(.taiwanPermit, text)) == text.replacingOccurrences(of: " ", with: ""))
    }

    @Test(arguments: [
        ("1234567", IDProblem.length(expected: "8/10", actual: 7)),
        ("123456789", .length(expected: "8/10", actual: 9)),
        ("12345678(B)", .length(expected: "8/10", actual: 11)),
        ("1234567(B)", .character(position: 8)),
        ("T1234567", .character(position: 1)),
    ])
    func taiwanRefused(text: String, expected: IDProblem) {
        #expect(F.problem(permit(.taiwanPermit, text)) == expected)
    }

    @Test(arguments: ["931156198503150012", "91100020000100003x", "USA110123456789", "chn 440 000 000 001"])
    func foreignPermanentResidenceAccepted(_ text: String) {
        #expect(F.value(permit(.foreignPermanentResidence, text)) != nil)
    }

    @Test(arguments: [
        ("11010519491231002X", IDProblem.character(position: 1)),
        ("931156198503150013", .checkDigit(expected: "2", actual: "3")),
        ("93115619850315001Y", .character(position: 18)),
        ("9311561985031500X2", .character(position: 17)),
        ("US1110123456789", .character(position: 3)),
        ("USA11012345678X", .character(position: 15)),
        ("USA1101234567", .length(expected: "15/18", actual: 13)),
    ])
    func foreignPermanentResidenceRefused(text: String, expected: IDProblem) {
        #expect(F.problem(permit(.foreignPermanentResidence, text)) == expected)
    }

    @Test(arguments: [IDDocumentType.hongKongMacauPermit, .taiwanPermit, .foreignPermanentResidence])
    func expiryIsRequiredAndChecked(_ type: IDDocumentType) {
        let number = type == .hongKongMacauPermit ? "H12345678"
            : type == .taiwanPermit ? "12345678" : "931156198503150012"
        #expect(F.problem(permit(type, number, expiry: nil)) == .expiryMissing)
        #expect(F.problem(permit(type, number, expiry: F.day("2026-11-22"))) == .expired(F.day("2026-11-22")))
        #expect(F.value(permit(type, number, expiry: F.today)) == number)
    }

    @Test func numberIsCheckedBeforeExpiry() {
        #expect(F.problem(permit(.taiwanPermit, "1234", expiry: nil)) == .length(expected: "8/10", actual: 4))
    }

    @Test(arguments: [IDDocumentType.residentID, .passport])
    func otherTypesAreNotPermits(_ type: IDDocumentType) {
        #expect(F.problem(permit(type, "11010519491231002X")) == .documentType)
    }

    @Test func documentExpiryRules() {
        let today = F.today
        #expect(DocumentExpiry.check(expiry: F.day("2026-11-23"), issued: F.day("2016-11-23"), today: today) == nil)
        #expect(DocumentExpiry.check(expiry: nil, issued: nil, today: today) == nil)
        #expect(DocumentExpiry.check(expiry: F.day("2026-11-22"), issued: nil, today: today)
                == .expired(F.day("2026-11-22")))
        #expect(DocumentExpiry.check(expiry: F.day("2036-11-24"), issued: F.day("2026-11-24"), today: today)
                == .notYetValid(F.day("2026-11-24")))
        #expect(DocumentExpiry.check(expiry: F.day("2036-11-24"), issued: today, today: today) == nil)
    }

    @Test(arguments: [("E12345678", "E12345678"), ("ea 1234567", "EA1234567"), ("12345", "12345")])
    func passportNumbersAccepted(text: String, cleaned: String) {
        #expect(F.value(PassportNumber.validate(text)) == cleaned)
    }

    @Test(arguments: [
        ("", IDProblem.empty),
        ("E123", .length(expected: "5-9", actual: 4)),
        ("E123456789", .length(expected: "5-9", actual: 10)),
        ("E1234-678", .character(position: 6)),
        ("ABCDEFG", .format),
    ])
    func passportNumbersRefused(text: String, expected: IDProblem) {
        #expect(F.problem(PassportNumber.validate(text)) == expected)
    }

    @Test func oneEntryPointForEveryDocumentType() {
        let today = F.today
        let check = { (type: IDDocumentType, number: String, expiry: BusinessDate?) in
            IdentityDocumentNumber.validate(type: type, number: number, expiry: expiry, today: today)
        }
        #expect(F.value(check(.residentID, "11010519491231002x", nil)) == "11010519491231002X")
        #expect(F.problem(check(.residentID, "11010519491231002x", F.day("2020-01-01"))) == .expired(F.day("2020-01-01")))
        #expect(F.problem(check(.residentID, "110105194912310021", nil)) == .checkDigit(expected: "X", actual: "1"))
        #expect(F.value(check(.passport, "E12345678", Self.future)) == "E12345678")
        #expect(F.problem(check(.passport, "E12345678", nil)) == .expiryMissing)
        #expect(F.problem(check(.passport, "E12345678", F.day("2026-01-01"))) == .expired(F.day("2026-01-01")))
        #expect(F.value(check(.hongKongMacauPermit, "H12345678", Self.future)) == "H12345678")
        #expect(F.problem(check(.taiwanPermit, "12345678", nil)) == .expiryMissing)
        #expect(F.value(check(.foreignPermanentResidence, "931156198503150012", Self.future)) == "931156198503150012")
    }
}
