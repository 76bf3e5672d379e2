/// Looks up translated text in the reader's language. One overload per
/// arity, so `strings(.key, a, b)` compiles only when the key takes two arguments.
public struct Strings: Sendable {
    public let language: Language

    public init(_ language: Language) { self.language = language }

    public func callAsFunction(_ key: StringKey0) -> String { key.text(language) }

    public func callAsFunction(_ key: StringKey1, _ a: String) -> String { key.text(language)(a) }

    public func callAsFunction(_ key: StringKey2, _ a: String, _ b: String) -> String { key.text(language)(a, b) }

    public func callAsFunction(_ key: StringKey3, _ a: String, _ b: String, _ c: String) -> String {
        key.text(language)(a, b, c)
    }

    public func callAsFunction(_ key: StringKey4, _ a: String, _ b: String, _ c: String, _ d: String) -> String {
        key.text(language)(a, b, c, d)
    }

    public func callAsFunction(_ key: StringKey5, _ a: String, _ b: String, _ c: String, _ d: String, _ e: String) -> String {
        key.text(language)(a, b, c, d, e)
    }

    public func callAsFunction(_ key: StringKey6, _ a: String, _ b: String, _ c: String, _ d: String, _ e: String,
                               _ f: String) -> String {
        key.text(language)(a, b, c, d, e, f)
    }
}
