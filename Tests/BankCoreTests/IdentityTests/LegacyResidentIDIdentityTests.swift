import BankCore
import Testing

/// The 15-digit → 18-character resident ID conversion.
@Suite struct LegacyResidentIDIdentityTests {
    private typealias F = IdentityFixtures

    @Test(arguments: [
        ("110105491231002", "11010519491231002X"),
        ("440305850715001", "440305198507150013"),
        ("440305 850715 001", "440305198507150013"),
    ])
    func convertsToTheEighteenCharacterForm(old: String, new: String) throws {
        let id = try #require(F.value(ResidentIDNumber.convertLegacy15(old)))
        #expect(id.number == new)
        #expect(F.value(ResidentIDNumber.validate(id.number, today: F.today)) == id)
    }

    @Test func convertedNumberKeepsBirthDateAndSex() throws {
        let id = try #require(F.value(ResidentIDNumber.convertLegacy15("110105491231002")))
        #expect(id.birthDate == F.day("1949-12-31"))
        #expect(id.isMale == false)
    }

    @Test(arguments: [
        ("", IDProblem.empty),
        ("11010549123100", .length(expected: "15", actual: 14)),
        ("11010519491231002X", .length(expected: "15", actual: 18)),
        ("11010549123100X", .character(position: 15)),
        ("990105491231002", .region),
        ("110105490231002", .birthDate),
        ("320102000229123", .birthDate),
    ])
    func refusals(text: String, expected: IDProblem) {
        #expect(F.problem(ResidentIDNumber.convertLegacy15(text)) == expected)
    }
}
