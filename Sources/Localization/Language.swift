import Foundation

/// The languages the workstation speaks. Every label, message and error is
/// looked up in one table per language; both tables hold every key.
public enum Language: String, CaseIterable, Sendable, Codable {
    case english = "en"
    case chinese = "zh-Hans"

    /// The language's own name, shown in the status line and settings.
    public var nativeName: String {
        switch self {
        case .english: return "English"
        case .chinese: return "简体中文"
        }
    }

    /// The other language; the language key toggles between the two.
    public var next: Language { self == .english ? .chinese : .english }

    /// Picks the language from the usual locale variables (`LC_ALL`,
    /// `LC_MESSAGES`, `LANG`, in that order): Chinese for `zh*`, else English.
    public static func fromEnvironment(_ environment: [String: String]) -> Language {
        for name in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            guard let value = environment[name], !value.isEmpty else { continue }
            return value.lowercased().hasPrefix("zh") ? .chinese : .english
        }
        return .english
    }

    /// Parses `en`, `zh`, `zh-Hans`, `zh_CN` and similar; nil otherwise.
    public init?(code: String) {
        let lower = code.lowercased()
        if lower == "en" || lower.hasPrefix("en-") || lower.hasPrefix("en_") { self = .english }
        else if lower == "zh" || lower.hasPrefix("zh-") || lower.hasPrefix("zh_") { self = .chinese }
        else { return nil }
    }
}

/// Looks up translated text. `{0}`, `{1}` … in a string are replaced by the
/// arguments; `{0:minute|minutes}` picks the singular when argument 0 is `1`
/// and the plural otherwise (English needs it, Chinese has no plural).
public struct Strings: Sendable {
    public let language: Language

    public init(_ language: Language) { self.language = language }

    public func callAsFunction(_ key: StringKey, _ arguments: String...) -> String {
        format(key, arguments)
    }

    public func format(_ key: StringKey, _ arguments: [String]) -> String {
        let table = language == .english ? EnglishStrings.table : ChineseStrings.table
        // One pass over the template, so an argument that itself contains
        // "{1}" (a display name, say) is shown as typed, not substituted again.
        var text = ""
        var rest = (table[key] ?? key.rawValue)[...]
        while let open = rest.firstIndex(of: "{") {
            text += rest[..<open]
            let after = rest[rest.index(after: open)...]
            if let close = after.firstIndex(of: "}"), !after[..<close].isEmpty,
               after[..<close].allSatisfy({ $0.isASCII && $0.isNumber }),
               let index = Int(after[..<close]), index < arguments.count {
                text += arguments[index]
                rest = after[after.index(after: close)...]
            } else if let close = after.firstIndex(of: "}"), let plural = Self.plural(after[..<close], arguments) {
                text += plural
                rest = after[after.index(after: close)...]
            } else {
                text += "{"
                rest = after
            }
        }
        return text + rest
    }

    /// `N:one|other` chosen by argument N ("1" takes `one`), or nil when `spec` is not that form.
    static func plural(_ spec: Substring, _ arguments: [String]) -> String? {
        guard let colon = spec.firstIndex(of: ":"), let index = Int(spec[..<colon]), index < arguments.count else { return nil }
        let forms = spec[spec.index(after: colon)...].split(separator: "|", omittingEmptySubsequences: false)
        guard forms.count == 2 else { return nil }
        return String(arguments[index] == "1" ? forms[0] : forms[1])
    }
}

/// A message that is translated when shown, so errors raised below the UI
/// come out in the language of whoever reads them.
public struct LocalizedMessage: Sendable, Equatable, Error {
    public var key: StringKey
    public var arguments: [String]
    /// Messages filling the placeholders after `arguments`, each rendered in
    /// the reader's language (e.g. the reason inside "A supervisor must approve this: {0}").
    public var parts: [LocalizedMessage] = []

    public init(_ key: StringKey, _ arguments: String...) {
        self.key = key
        self.arguments = arguments
    }

    public init(_ key: StringKey, parts: [LocalizedMessage]) {
        self.key = key
        self.arguments = []
        self.parts = parts
    }

    public func text(in strings: Strings) -> String { strings.format(key, readableArguments(in: strings) + parts.map { $0.text(in: strings) }) }
}
