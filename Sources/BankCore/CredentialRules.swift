import Localization

/// The rules an operator's PIN must follow: 6 to 12 digits, and not a
/// repeated or consecutive run that anyone would guess first.
public enum PINRules {
    public static let lengths = 6...12

    /// A message saying what is wrong, or nil when the PIN is acceptable.
    public static func problem(with pin: String) -> LocalizedMessage? {
        guard pin.allSatisfy({ $0.isASCII && $0.isNumber }) else { return LocalizedMessage(.validPINDigits) }
        guard lengths.contains(pin.count) else { return LocalizedMessage(.validPINLength) }
        let digits = pin.compactMap { $0.wholeNumberValue }
        // Steps are taken modulo 10 so runs that wrap past 9 or 0, like the
        // keypad row 1234567890 or 0987654321, count as consecutive too.
        let steps = zip(digits, digits.dropFirst()).map { ($1 - $0 + 10) % 10 }
        if Set(digits).count == 1 || steps.allSatisfy({ $0 == 1 }) || steps.allSatisfy({ $0 == 9 }) {
            return LocalizedMessage(.validPINWeak)
        }
        return nil
    }
}

/// Operator IDs: 3–20 ASCII letters, digits, `.`, `-`, `_`, starting with a letter.
public enum UsernameRules {
    public static func problem(with username: String) -> LocalizedMessage? {
        guard (3...20).contains(username.count), let first = username.first, first.isASCII, first.isLetter,
              username.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "." || $0 == "-" || $0 == "_") })
        else { return LocalizedMessage(.validUsername) }
        return nil
    }
}

/// Branch codes: 1–12 ASCII letters or digits.
public enum BranchCodeRules {
    public static func problem(with code: String) -> LocalizedMessage? {
        guard (1...12).contains(code.count), code.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber) })
        else { return LocalizedMessage(.validBranchCode) }
        return nil
    }
}

/// Display names: 1–40 characters after trimming, no control characters.
public enum DisplayNameRules {
    public static func problem(with name: String) -> LocalizedMessage? {
        let trimmed = name.trimmingCharacters(in: .whitespaces)
        guard (1...40).contains(trimmed.count),
              !trimmed.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F })
        else { return LocalizedMessage(.validName) }
        return nil
    }
}
