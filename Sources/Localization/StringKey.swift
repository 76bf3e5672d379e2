/// One message the workstation shows, with its English and Chinese text side
/// by side. The class is the erased key that messages, sets and tests compare
/// (by `rawValue`, the stable code that stores and logs keep); the subclasses
/// `StringKey0` … `StringKey6` carry the text for zero to six arguments, so a
/// missing translation or a call with the wrong number of arguments does not
/// compile. Every key is a static member of `StringKey`, declared in the desk's
/// file under Text/:
///
///     static let menuTitle = StringKey0("menuTitle", en: "Main menu", zh: "主菜单")
///     static let boardRefreshed = StringKey1("boardRefreshed", en: { "Updated \($0)" }, zh: { "更新于 \($0)" })
///
/// A closure must use every argument (`$0`, `$1` …), so a template and its
/// arity cannot drift apart; `plural($0, "minute", "minutes")` picks an English
/// count's noun. Arguments are shown as typed: a name containing "{1}" stays "{1}".
public class StringKey: Hashable, CustomStringConvertible, @unchecked Sendable {
    /// The stable code: what stores, logs and audit details keep. Never change it for a shipped key.
    public let rawValue: String
    /// How many arguments the text takes.
    public let arity: Int
    private let erased: @Sendable (Language, [String]) -> String

    // Immutable (`let`s of Sendable values only), hence @unchecked Sendable is sound.
    init(_ code: String, arity: Int, erased: @escaping @Sendable (Language, [String]) -> String) {
        rawValue = code
        self.arity = arity
        self.erased = erased
    }

    /// The text for arguments known only at run time (a message's stored arguments):
    /// a missing argument shows as its `{N}` slot, extra ones are ignored.
    func text(_ language: Language, _ arguments: [String]) -> String {
        erased(language, (0..<arity).map { $0 < arguments.count ? arguments[$0] : "{\($0)}" })
    }

    public var description: String { rawValue }
    public static func == (lhs: StringKey, rhs: StringKey) -> Bool { lhs.rawValue == rhs.rawValue }
    public func hash(into hasher: inout Hasher) { hasher.combine(rawValue) }
}

/// English's singular or plural noun for a count: `one` when the count is "1" (Chinese has no plural).
func plural(_ count: String, _ one: String, _ other: String) -> String { count == "1" ? one : other }

/// The text of one key in each language, picked by the reader's language.
struct Bilingual<Text: Sendable>: Sendable {
    let english: Text
    let chinese: Text
    func callAsFunction(_ language: Language) -> Text { language == .english ? english : chinese }
}

/// A string without arguments.
public final class StringKey0: StringKey, @unchecked Sendable {
    let text: Bilingual<String>
    public init(_ code: String, en: String, zh: String) {
        let text = Bilingual(english: en, chinese: zh)
        self.text = text
        super.init(code, arity: 0) { language, _ in text(language) }
    }
}

/// A string with one argument, `$0`.
public final class StringKey1: StringKey, @unchecked Sendable {
    public typealias Template = @Sendable (String) -> String
    let text: Bilingual<Template>
    public init(_ code: String, en: @escaping Template, zh: @escaping Template) {
        let text = Bilingual(english: en, chinese: zh)
        self.text = text
        super.init(code, arity: 1) { language, a in text(language)(a[0]) }
    }
}

/// A string with two arguments.
public final class StringKey2: StringKey, @unchecked Sendable {
    public typealias Template = @Sendable (String, String) -> String
    let text: Bilingual<Template>
    public init(_ code: String, en: @escaping Template, zh: @escaping Template) {
        let text = Bilingual(english: en, chinese: zh)
        self.text = text
        super.init(code, arity: 2) { language, a in text(language)(a[0], a[1]) }
    }
}

/// A string with three arguments.
public final class StringKey3: StringKey, @unchecked Sendable {
    public typealias Template = @Sendable (String, String, String) -> String
    let text: Bilingual<Template>
    public init(_ code: String, en: @escaping Template, zh: @escaping Template) {
        let text = Bilingual(english: en, chinese: zh)
        self.text = text
        super.init(code, arity: 3) { language, a in text(language)(a[0], a[1], a[2]) }
    }
}

/// A string with four arguments.
public final class StringKey4: StringKey, @unchecked Sendable {
    public typealias Template = @Sendable (String, String, String, String) -> String
    let text: Bilingual<Template>
    public init(_ code: String, en: @escaping Template, zh: @escaping Template) {
        let text = Bilingual(english: en, chinese: zh)
        self.text = text
        super.init(code, arity: 4) { language, a in text(language)(a[0], a[1], a[2], a[3]) }
    }
}

/// A string with five arguments.
public final class StringKey5: StringKey, @unchecked Sendable {
    public typealias Template = @Sendable (String, String, String, String, String) -> String
    let text: Bilingual<Template>
    public init(_ code: String, en: @escaping Template, zh: @escaping Template) {
        let text = Bilingual(english: en, chinese: zh)
        self.text = text
        super.init(code, arity: 5) { language, a in text(language)(a[0], a[1], a[2], a[3], a[4]) }
    }
}

/// A string with six arguments.
public final class StringKey6: StringKey, @unchecked Sendable {
    public typealias Template = @Sendable (String, String, String, String, String, String) -> String
    let text: Bilingual<Template>
    public init(_ code: String, en: @escaping Template, zh: @escaping Template) {
        let text = Bilingual(english: en, chinese: zh)
        self.text = text
        super.init(code, arity: 6) { language, a in text(language)(a[0], a[1], a[2], a[3], a[4], a[5]) }
    }
}
