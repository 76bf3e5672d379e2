/// Turns the six-digit `YYMMDD` dates of an MRZ into calendar dates. The MRZ
/// has no century, so the rules live here in one place:
/// birth dates take the most recent century that does not put them after
/// `today`; expiry dates are always 20YY.
enum MRZDate {
    /// Birth date: today's century if that date is real and not after today,
    /// otherwise the century before. Nil when neither is a real date.
    static func birth(_ characters: ArraySlice<Character>, today: BusinessDate) -> BusinessDate? {
        guard let (yy, month, day) = parts(characters) else { return nil }
        let century = today.year / 100 * 100
        for start in [century, century - 100] {
            if let date = BusinessDate(year: start + yy, month: month, day: day), date <= today { return date }
        }
        return nil
    }

    /// Expiry date: 20YY-MM-DD, nil when not a real date.
    static func expiry(_ characters: ArraySlice<Character>) -> BusinessDate? {
        guard let (yy, month, day) = parts(characters) else { return nil }
        return BusinessDate(year: 2000 + yy, month: month, day: day)
    }

    /// True when all six characters are ASCII digits.
    static func isSixDigits(_ characters: ArraySlice<Character>) -> Bool {
        characters.count == 6 && characters.allSatisfy(IdentityText.isDigit)
    }

    private static func parts(_ characters: ArraySlice<Character>) -> (Int, Int, Int)? {
        guard isSixDigits(characters),
              let yy = IdentityText.number(characters.prefix(2)),
              let month = IdentityText.number(characters.dropFirst(2).prefix(2)),
              let day = IdentityText.number(characters.suffix(2)) else { return nil }
        return (yy, month, day)
    }
}
