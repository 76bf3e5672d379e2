import Localization

/// The rules every PIN follows, operator's and customer's alike: 6 to 12
/// digits, and nothing anyone would guess first. Refused as too easy:
/// - one digit repeated (111111) or a consecutive run up or down, wrapping past
///   9 and 0 (123456, 987654, 890123);
/// - a short block repeated (121212, 123123, 12341234): any block that fills
///   the PIN by repeating at least twice;
/// - the common PINs in `common` (leaked-PIN lists and popular Chinese number
///   phrases such as 520520 "I love you");
/// - the holder's date of birth, where it is known, as YYMMDD, DDMMYY or MMDDYY,
///   and for 8 digits YYYYMMDD, DDMMYYYY or MMDDYYYY. Operators have no date of
///   birth on file, so this applies to customers' PINs only.
public enum PINRules {
    public static let lengths = 6...12

    /// Common PINs refused whatever the other rules say. Many are caught by the
    /// run/repeat rules as well; listing them keeps the documented list true.
    public static let common: Set<String> = [
        "123456", "111111", "000000", "654321", "112233", "520520", "131313", "147258", "159357",
        "123321", "666666", "888888", "987654", "121212", "123123", "112211", "110110", "147369",
        "159753", "258369", "369258", "741852", "852963", "789456", "456123", "100200", "521521",
        "520521", "5201314", "1314520", "12345678", "11223344", "88888888", "66666666", "147258369",
    ]

    /// A message saying what is wrong, or nil when the PIN is acceptable.
    /// `birthDate` is the holder's date of birth when it is known.
    public static func problem(with pin: String, birthDate: BusinessDate? = nil) -> LocalizedMessage? {
        guard pin.allSatisfy({ $0.isASCII && $0.isNumber }) else { return LocalizedMessage(.validPINDigits) }
        guard lengths.contains(pin.count) else { return LocalizedMessage(.validPINLength) }
        if isGuessable(pin) { return LocalizedMessage(.validPINWeak) }
        if let birthDate, birthDateForms(of: birthDate).contains(pin) { return LocalizedMessage(.validPINBirthDate) }
        return nil
    }

    /// Repeated, consecutive, a repeated block, or on the common list.
    static func isGuessable(_ pin: String) -> Bool {
        if common.contains(pin) { return true }
        let digits = pin.compactMap { $0.wholeNumberValue }
        // Steps are taken modulo 10 so runs that wrap past 9 or 0, like the
        // keypad row 1234567890 or 0987654321, count as consecutive too.
        let steps = zip(digits, digits.dropFirst()).map { ($1 - $0 + 10) % 10 }
        if Set(digits).count == 1 || steps.allSatisfy({ $0 == 1 }) || steps.allSatisfy({ $0 == 9 }) { return true }
        return isRepeatedBlock(digits)
    }

    /// True when a block of at most half the length, repeated, makes the whole PIN.
    static func isRepeatedBlock(_ digits: [Int]) -> Bool {
        guard digits.count >= 4 else { return false }
        for period in 1...(digits.count / 2) where digits.count % period == 0 {
            if digits.indices.allSatisfy({ digits[$0] == digits[$0 % period] }) { return true }
        }
        return false
    }

    /// The ways a date of birth is written as a PIN: six digits (YYMMDD,
    /// DDMMYY, MMDDYY) and eight (YYYYMMDD, DDMMYYYY, MMDDYYYY).
    public static func birthDateForms(of date: BusinessDate) -> Set<String> {
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : String(n % 100) }
        let yy = two(date.year % 100), mm = two(date.month), dd = two(date.day)
        let yyyy = String(date.year)
        return [yy + mm + dd, dd + mm + yy, mm + dd + yy, yyyy + mm + dd, dd + mm + yyyy, mm + dd + yyyy]
    }
}
