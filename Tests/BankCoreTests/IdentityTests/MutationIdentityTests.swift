import BankCore
import Testing

/// Every single-character substitution of a valid number must be refused.
/// This is what the check characters are for: one mistyped character at the
/// counter must never produce another valid-looking number.
@Suite struct MutationIdentityTests {
    private typealias F = IdentityFixtures
    private static let digits = Array("0123456789")
    private static let mrzAlphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789<")

    @Test(arguments: ["11010519491231002X", "110101199003070011", "310104198507150025", "440305200002290010",
                      "440305198507150013", "520300199001010016"])
    func residentIDSubstitutionsAreAllRefused(_ valid: String) {
        #expect(F.value(ResidentIDNumber.validate(valid, today: F.today)) != nil)
        var tried = 0
        for index in 0..<18 {
            for replacement in Self.digits + ["X"] where replacement != Array(valid)[index] {
                let mutant = F.replacing(valid, at: index, with: replacement)
                tried += 1
                #expect(F.problem(ResidentIDNumber.validate(mutant, today: F.today)) != nil, "accepted \(mutant)")
            }
        }
        #expect(tried == 18 * 10)
    }

    @Test(arguments: ["931156198503150012", "911000200001010019", "91100020000100003X"])
    func foreignPermanentResidenceSubstitutionsAreAllRefused(_ valid: String) {
        let check = { (number: String) in
            TravelPermit.validate(type: .foreignPermanentResidence, number: number,
                                  expiry: F.day("2030-01-01"), today: F.today)
        }
        #expect(F.value(check(valid)) == valid)
        for index in 0..<18 {
            for replacement in Self.digits + ["X"] where replacement != Array(valid)[index] {
                let mutant = F.replacing(valid, at: index, with: replacement)
                #expect(F.problem(check(mutant)) != nil, "accepted \(mutant)")
            }
        }
    }

    @Test(arguments: ["4111111111111111", "5555555555554444", "6222020200000005", "62220202000000006",
                      "6212261202000000001"])
    func cardNumberSubstitutionsAreAllRefused(_ valid: String) {
        #expect(Luhn.isValid(valid))
        #expect(F.value(BankCardNumber.validate(valid)) == valid)
        for index in 0..<valid.count {
            for replacement in Self.digits where replacement != Array(valid)[index] {
                let mutant = F.replacing(valid, at: index, with: replacement)
                #expect(!Luhn.isValid(mutant), "Luhn accepted \(mutant)")
                #expect(F.problem(BankCardNumber.validate(mutant)) != nil, "accepted \(mutant)")
            }
        }
    }

    /// MRZ line 2, every substitution in the fields the check digits cover
    /// (characters 1–10, 14–20, 22–44 including the check digits themselves).
    ///
    /// The ICAO 7-3-1 mod 10 scheme cannot see a substitution by a character
    /// with the same value mod 10 (`0`/`A`/`K`/`U`/`<`, `1`/`B`/`L`/`V`, …):
    /// every weight multiplies a difference of 10, 20 or 30. Where a field allows
    /// letters and digits (document number, personal number) such a swap
    /// therefore still verifies: no MRZ reader can refuse it. This test pins
    /// that exact set down and requires every other substitution (all of them
    /// in the dates and check digit positions) to be refused.
    @Test func mrzLine2SubstitutionsAreRefusedExceptTheUndetectableClass() {
        let line1 = PassportMRZIdentityTests.specimen1
        let valid = Array(PassportMRZIdentityTests.specimen2)
        let today = F.day("2010-01-01")
        #expect(F.value(PassportMRZ.parse(line1: line1, line2: String(valid), today: today)) != nil)
        let covered = Array(0..<10) + Array(13..<20) + Array(21..<44)
        let alphanumeric = Set(Array(0..<9) + Array(28..<42))
        var refused = 0
        var undetectable: [String] = []
        for index in covered {
            for replacement in Self.mrzAlphabet where replacement != valid[index] {
                let mutant = F.replacing(String(valid), at: index, with: replacement)
                let accepted = F.value(PassportMRZ.parse(line1: line1, line2: mutant, today: today)) != nil
                let sameResidue = (MRZCheckDigit.value(of: replacement) ?? -1) % 10
                    == (MRZCheckDigit.value(of: valid[index]) ?? -2) % 10
                let innerFiller = index < 9 && replacement == "<"
                let expectAccepted = alphanumeric.contains(index) && sameResidue && !innerFiller
                #expect(accepted == expectAccepted, "position \(index + 1) → \(replacement): \(mutant)")
                if accepted { undetectable.append(mutant) } else { refused += 1 }
            }
        }
        #expect(refused + undetectable.count == covered.count * 36)
        // Same-residue alternatives per character: residue 0 has 5 members (0 A K U <),
        // residues 1–5 have 4, residues 6–9 have 3. "L898902C3" gives 3+2+2+2+2+3+3+3+3 = 23
        // (its 0 may not become an inner <); "ZE184226B<<<<<" gives 3+3+3+2+3+3+3+2+3 + 5×4 = 45.
        #expect(undetectable.count == 68)
        #expect(refused == 40 * 36 - 68)
    }

    @Test func mrzDatesAndCheckDigitPositionsRefuseEverySubstitution() {
        let line1 = PassportMRZIdentityTests.specimen1
        let valid = PassportMRZIdentityTests.specimen2
        let today = F.day("2010-01-01")
        for index in [9, 19, 27, 42, 43] + Array(13..<19) + Array(21..<27) {
            for replacement in Self.mrzAlphabet where replacement != Array(valid)[index] {
                let mutant = F.replacing(valid, at: index, with: replacement)
                #expect(F.problem(PassportMRZ.parse(line1: line1, line2: mutant, today: today)) != nil,
                        "accepted \(mutant)")
            }
        }
    }
}
