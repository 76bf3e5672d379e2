import Localization

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

/// Display names: 1–40 characters after trimming, nothing `TextRules` refuses.
public enum DisplayNameRules {
    public static func problem(with name: String) -> LocalizedMessage? {
        let trimmed = name.trimmingCharacters(in: .whitespaces)
        guard (1...40).contains(trimmed.count),
              TextRules.problem(trimmed, field: .fieldName) == nil
        else { return LocalizedMessage(.validName) }
        return nil
    }
}
