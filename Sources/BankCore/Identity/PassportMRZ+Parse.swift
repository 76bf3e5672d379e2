/// Reading and verifying the two TD3 lines. Kept apart from the value type so
/// the order of the checks is easy to read: shape of both lines, then line 1
/// fields, then each line 2 field (format, check digit, meaning), the
/// composite check digit, and last the expiry against today.
extension PassportMRZ {
    /// Parses and verifies a TD3 MRZ. Leading/trailing whitespace is ignored and
    /// lower-case letters are accepted; inner spaces are not (they are not MRZ
    /// characters). Birth dates take the most recent century not after `today`;
    /// expiry years are 20YY; an expiry before `today` gives `.expired`.
    public static func parse(line1: String, line2: String, today: BusinessDate) -> Result<PassportMRZ, IDProblem> {
        let first = Array(IdentityText.clean(trimmed(line1), removingWhitespace: false))
        let second = Array(IdentityText.clean(trimmed(line2), removingWhitespace: false))
        guard !(first.isEmpty && second.isEmpty) else { return .failure(.empty) }
        for (number, line) in [(1, first), (2, second)] {
            guard line.count == lineLength else { return .failure(.mrzLineLength(line: number, actual: line.count)) }
            if let position = IdentityText.firstBadPosition(line, allowed: MRZCheckDigit.isMRZCharacter) {
                return .failure(.mrzCharacter(line: number, position: position))
            }
        }
        switch (parseLine1(first), parseLine2(second, today: today)) {
        case (.failure(let problem), _), (_, .failure(let problem)):
            return .failure(problem)
        case (.success(let top), .success(let bottom)):
            if bottom.expiry < today { return .failure(.expired(bottom.expiry)) }
            return .success(PassportMRZ(
                documentType: top.documentType, issuingState: top.issuingState, surname: top.surname,
                givenNames: top.givenNames, documentNumber: bottom.documentNumber, nationality: bottom.nationality,
                birthDate: bottom.birth, sex: bottom.sex, expiryDate: bottom.expiry,
                personalNumber: bottom.personalNumber, line1: String(first), line2: String(second)))
        }
    }

    private struct Line1 {
        let documentType: String, issuingState: String, surname: String, givenNames: String
    }

    private struct Line2 {
        let documentNumber: String, nationality: String, birth: BusinessDate, sex: Sex, expiry: BusinessDate
        let personalNumber: String
    }

    private static func parseLine1(_ line: [Character]) -> Result<Line1, IDProblem> {
        guard line[0] == "P", line[1] == "<" || IdentityText.isLetter(line[1]) else {
            return .failure(.mrzField(.documentType))
        }
        guard isCountryCode(line[2..<5]) else { return .failure(.mrzField(.issuingState)) }
        guard let (surname, givenNames) = names(line[5..<44]) else { return .failure(.mrzField(.name)) }
        return .success(Line1(documentType: withoutFiller(line[0..<2]), issuingState: withoutFiller(line[2..<5]),
                              surname: surname, givenNames: givenNames))
    }

    private static func parseLine2(_ line: [Character], today: BusinessDate) -> Result<Line2, IDProblem> {
        let documentNumber = line[0..<9], birth = line[13..<19], expiry = line[21..<27], personal = line[28..<42]
        guard isDocumentNumber(documentNumber) else { return .failure(.mrzField(.documentNumber)) }
        if let problem = verify(documentNumber, check: line[9], field: .documentNumber) { return .failure(problem) }
        guard isCountryCode(line[10..<13]) else { return .failure(.mrzField(.nationality)) }
        guard MRZDate.isSixDigits(birth) else { return .failure(.mrzField(.birthDate)) }
        if let problem = verify(birth, check: line[19], field: .birthDate) { return .failure(problem) }
        guard let birthDate = MRZDate.birth(birth, today: today) else { return .failure(.mrzField(.birthDate)) }
        guard let sex = sex(line[20]) else { return .failure(.mrzField(.sex)) }
        guard MRZDate.isSixDigits(expiry) else { return .failure(.mrzField(.expiryDate)) }
        if let problem = verify(expiry, check: line[27], field: .expiryDate) { return .failure(problem) }
        guard let expiryDate = MRZDate.expiry(expiry) else { return .failure(.mrzField(.expiryDate)) }
        let personalIsFiller = personal.allSatisfy { $0 == "<" }
        if !(personalIsFiller && line[42] == "<"),
           let problem = verify(personal, check: line[42], field: .personalNumber) {
            return .failure(problem)
        }
        let composite = Array(line[0..<10]) + Array(line[13..<20]) + Array(line[21..<43])
        if let problem = verify(composite[...], check: line[43], field: .composite) { return .failure(problem) }
        return .success(Line2(documentNumber: withoutFiller(documentNumber), nationality: withoutFiller(line[10..<13]),
                              birth: birthDate, sex: sex, expiry: expiryDate,
                              personalNumber: withoutFiller(personal)))
    }

    /// Nil when `check` is the right digit for `field`; otherwise the precise problem.
    private static func verify(_ field: ArraySlice<Character>, check: Character, field name: MRZField) -> IDProblem? {
        guard let expected = MRZCheckDigit.compute(field) else { return .mrzField(name) }
        return check == expected ? nil : .mrzCheckDigit(field: name, expected: expected, actual: check)
    }

    /// One to three letters padded with `<` (e.g. `CHN`, `D<<`).
    private static func isCountryCode(_ characters: ArraySlice<Character>) -> Bool {
        let letters = characters.prefix { IdentityText.isLetter($0) }
        return !letters.isEmpty && characters.dropFirst(letters.count).allSatisfy { $0 == "<" }
    }

    /// Letters and digits from the first character, then only trailing filler.
    private static func isDocumentNumber(_ characters: ArraySlice<Character>) -> Bool {
        let body = characters.prefix { IdentityText.isLetter($0) || IdentityText.isDigit($0) }
        return !body.isEmpty && characters.dropFirst(body.count).allSatisfy { $0 == "<" }
    }

    /// `SURNAME<<GIVEN<NAMES<<<…`: letters and `<` only, surname not empty.
    private static func names(_ field: ArraySlice<Character>) -> (String, String)? {
        guard field.allSatisfy({ $0 == "<" || IdentityText.isLetter($0) }), let first = field.first,
              IdentityText.isLetter(first) else { return nil }
        let text = String(field)
        let parts = text.split(separator: "<<", maxSplits: 1, omittingEmptySubsequences: false)
        let readable = { (part: Substring) in
            part.split(separator: "<", omittingEmptySubsequences: true).joined(separator: " ")
        }
        return (readable(parts[0]), parts.count > 1 ? readable(parts[1]) : "")
    }

    private static func sex(_ character: Character) -> Sex? {
        switch character {
        case "M": return .male
        case "F": return .female
        case "<", "X": return .unspecified
        default: return nil
        }
    }

    private static func withoutFiller(_ characters: ArraySlice<Character>) -> String {
        var text = String(characters)
        while text.hasSuffix("<") { text.removeLast() }
        return text
    }

    private static func trimmed(_ text: String) -> String {
        String(text.drop { $0.isWhitespace }.reversed().drop { $0.isWhitespace }.reversed())
    }
}
