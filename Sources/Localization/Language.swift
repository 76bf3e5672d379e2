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
