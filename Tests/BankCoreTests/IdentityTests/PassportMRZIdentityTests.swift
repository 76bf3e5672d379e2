import BankCore
import Testing

/// Passport MRZ (ICAO 9303 TD3): the ICAO specimen, century rules, every check digit.
@Suite struct PassportMRZIdentityTests {
    private typealias F = IdentityFixtures
    static let specimen1 = "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<"
    static let specimen2 = "L898902C36UTO7408122F1204159ZE184226B<<<<<10"
    /// A second passport: personal number all filler with a `<` check digit, born on a leap day.
    static let zhang1 = "P<CHNZHANG<<SAN<<<<<<<<<<<<<<<<<<<<<<<<<<<<<"
    static let zhang2 = "E123456782CHN0002299M3001019<<<<<<<<<<<<<<<0"

    private func parse(_ line2: String, line1: String = specimen1, today: String = "2010-01-01") -> Result<PassportMRZ, IDProblem> {
        PassportMRZ.parse(line1: line1, line2: line2, today: F.day(today))
    }

    @Test func icaoSpecimenIsValidBeforeItsExpiry() throws {
        let mrz = try #require(F.value(parse(Self.specimen2)))
        #expect(mrz.documentType == "P")
        #expect(mrz.issuingState == "UTO")
        #expect(mrz.surname == "ERIKSSON")
        #expect(mrz.givenNames == "ANNA MARIA")
        #expect(mrz.documentNumber == "L898902C3")
        #expect(mrz.nationality == "UTO")
        #expect(mrz.birthDate == F.day("1974-08-12"))
        #expect(mrz.sex == .female)
        #expect(mrz.expiryDate == F.day("2012-04-15"))
        #expect(mrz.personalNumber == "ZE184226B")
        #expect(mrz.line1 == Self.specimen1)
        #expect(mrz.line2 == Self.specimen2)
    }

    @Test func icaoSpecimenIsExpiredToday() {
        #expect(F.problem(parse(Self.specimen2, today: "2026-11-23")) == .expired(F.day("2012-04-15")))
    }

    @Test func expiryDayItselfIsStillValid() {
        #expect(F.value(parse(Self.specimen2, today: "2012-04-15")) != nil)
        #expect(F.problem(parse(Self.specimen2, today: "2012-04-16")) == .expired(F.day("2012-04-15")))
    }

    @Test func specimenCheckDigitsKnownAnswers() {
        #expect(MRZCheckDigit.compute("L898902C3") == "6")
        #expect(MRZCheckDigit.compute("740812") == "2")
        #expect(MRZCheckDigit.compute("120415") == "9")
        #expect(MRZCheckDigit.compute("ZE184226B<<<<<") == "1")
        #expect(MRZCheckDigit.compute("L898902C36" + "7408122" + "120415" + "9ZE184226B<<<<<1") == "0")
        #expect(MRZCheckDigit.compute("<<<<<<<<<<<<<<") == "0")
        #expect(MRZCheckDigit.compute("L898902c3") == nil)
    }

    @Test func fillerPersonalNumberMayHaveFillerOrZeroCheckDigit() throws {
        let mrz = try #require(F.value(parse(Self.zhang2, line1: Self.zhang1, today: "2026-11-23")))
        #expect(mrz.surname == "ZHANG")
        #expect(mrz.givenNames == "SAN")
        #expect(mrz.personalNumber == "")
        #expect(mrz.birthDate == F.day("2000-02-29"))
        #expect(mrz.sex == .male)
        #expect(mrz.expiryDate == F.day("2030-01-01"))
        let zeroCheck = "E123456782CHN0002299M3001019<<<<<<<<<<<<<<00"
        #expect(F.value(parse(zeroCheck, line1: Self.zhang1, today: "2026-11-23")) != nil)
    }

    @Test func birthCenturyIsTheLatestNotInTheFuture() throws {
        // Born YY=25, 1 December: in mid-2025 that must be 1925; a year later, 2025.
        let line2 = "E123456782CHN2512015M3001019<<<<<<<<<<<<<<<8"
        let before = try #require(F.value(parse(line2, line1: Self.zhang1, today: "2025-06-01")))
        #expect(before.birthDate == F.day("1925-12-01"))
        let after = try #require(F.value(parse(line2, line1: Self.zhang1, today: "2026-11-23")))
        #expect(after.birthDate == F.day("2025-12-01"))
    }

    @Test func lowerCaseAndSurroundingWhitespaceAreAccepted() {
        let result = PassportMRZ.parse(line1: " " + Self.specimen1.lowercased() + "\n",
                                       line2: Self.specimen2.lowercased() + "\r\n", today: F.day("2010-01-01"))
        #expect(F.value(result)?.documentNumber == "L898902C3")
    }

    @Test(arguments: [
        // Each check digit changed in turn (with the composite left as is).
        ("L898902C37UTO7408122F1204159ZE184226B<<<<<10", IDProblem.mrzCheckDigit(field: .documentNumber, expected: "6", actual: "7")),
        ("L898902C36UTO7408123F1204159ZE184226B<<<<<10", .mrzCheckDigit(field: .birthDate, expected: "2", actual: "3")),
        ("L898902C36UTO7408122F1204158ZE184226B<<<<<10", .mrzCheckDigit(field: .expiryDate, expected: "9", actual: "8")),
        ("L898902C36UTO7408122F1204159ZE184226B<<<<<20", .mrzCheckDigit(field: .personalNumber, expected: "1", actual: "2")),
        ("L898902C36UTO7408122F1204159ZE184226B<<<<<<0", .mrzCheckDigit(field: .personalNumber, expected: "1", actual: "<")),
        ("L898902C36UTO7408122F1204159ZE184226B<<<<<11", .mrzCheckDigit(field: .composite, expected: "0", actual: "1")),
        ("L898902C36UTO7408122F1204159ZE184226B<<<<<1<", .mrzCheckDigit(field: .composite, expected: "0", actual: "<")),
        ("L898902C3AUTO7408122F1204159ZE184226B<<<<<10", .mrzCheckDigit(field: .documentNumber, expected: "6", actual: "A")),
        // Field formats.
        ("<898902C36UTO7408122F1204159ZE184226B<<<<<10", .mrzField(.documentNumber)),
        ("L89<902C36UTO7408122F1204159ZE184226B<<<<<10", .mrzField(.documentNumber)),
        ("L898902C36U1O7408122F1204159ZE184226B<<<<<10", .mrzField(.nationality)),
        ("L898902C36<<<7408122F1204159ZE184226B<<<<<10", .mrzField(.nationality)),
        ("L898902C36UTO74O8122F1204159ZE184226B<<<<<10", .mrzField(.birthDate)),
        ("L898902C36UTO7408122Q1204159ZE184226B<<<<<10", .mrzField(.sex)),
        ("L898902C36UTO7408122F12O4159ZE184226B<<<<<10", .mrzField(.expiryDate)),
        // Lengths.
        ("L898902C36UTO7408122F1204159ZE184226B<<<<<1", .mrzLineLength(line: 2, actual: 43)),
        ("", .mrzLineLength(line: 2, actual: 0)),
        ("L898902C36UTO7408122F1204159ZE184226B<<<<<10<", .mrzLineLength(line: 2, actual: 45)),
        // Characters outside the MRZ alphabet.
        ("L898902C36UTO7408122F1204159ZE184226B<<<<-10", .mrzCharacter(line: 2, position: 42)),
        ("L898902C36UTO 408122F1204159ZE184226B<<<<<10", .mrzCharacter(line: 2, position: 14)),
    ])
    func line2Refusals(line2: String, expected: IDProblem) {
        #expect(F.problem(parse(line2)) == expected)
    }

    @Test(arguments: [
        ("V<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<", IDProblem.mrzField(.documentType)),
        ("P1UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<", .mrzField(.documentType)),
        ("P<U1OERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<", .mrzField(.issuingState)),
        ("P<UTO<ERIKSSON<ANNA<MARIA<<<<<<<<<<<<<<<<<<<", .mrzField(.name)),
        ("P<UTOERIKSS0N<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<", .mrzField(.name)),
        ("P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<", .mrzLineLength(line: 1, actual: 43)),
        ("P<UTOERIKSSON<<ANNA MARIA<<<<<<<<<<<<<<<<<<<", .mrzCharacter(line: 1, position: 20)),
        ("P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<Ä", .mrzCharacter(line: 1, position: 44)),
    ])
    func line1Refusals(line1: String, expected: IDProblem) {
        #expect(F.problem(parse(Self.specimen2, line1: line1)) == expected)
    }

    @Test func bothLinesEmptyIsEmpty() {
        #expect(F.problem(PassportMRZ.parse(line1: "", line2: " ", today: F.today)) == .empty)
    }

    @Test func impossibleDatesWithRightCheckDigitsAreRefused() {
        let leapDayIn2005 = "E123456782CHN0502294M3001019<<<<<<<<<<<<<<<0"
        #expect(F.problem(parse(leapDayIn2005, line1: Self.zhang1, today: "2026-11-23")) == .mrzField(.birthDate))
        let month13 = "E123456782CHN0002299M3013014<<<<<<<<<<<<<<<0"
        #expect(F.problem(parse(month13, line1: Self.zhang1, today: "2026-11-23")) == .mrzField(.expiryDate))
    }

    @Test func singleNameAndTypeLetterAndShortStateCode() throws {
        let line1 = "PDD<<MADONNA<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<"
        let mrz = try #require(F.value(parse(Self.zhang2, line1: line1, today: "2026-11-23")))
        #expect(mrz.documentType == "PD")
        #expect(mrz.issuingState == "D")
        #expect(mrz.surname == "MADONNA")
        #expect(mrz.givenNames == "")
    }
}
