/// A message that is translated when shown, so errors raised below the UI
/// come out in the language of whoever reads them. It keeps the erased key
/// (compared by its stable code) and the arguments as given; the typed
/// initialisers check the number of arguments at compile time.
public struct LocalizedMessage: Sendable, Equatable, Error {
    public var key: StringKey
    public var arguments: [String]
    /// Messages filling the placeholders after `arguments`, each rendered in
    /// the reader's language (e.g. the reason inside "A supervisor must approve this: {0}").
    public var parts: [LocalizedMessage] = []

    private init(erased key: StringKey, _ arguments: [String], part: LocalizedMessage? = nil) {
        self.key = key
        self.arguments = arguments
        parts = part.map { [$0] } ?? []
    }

    public init(_ key: StringKey0) { self.init(erased: key, []) }

    public init(_ key: StringKey1, _ a: String) { self.init(erased: key, [a]) }

    public init(_ key: StringKey2, _ a: String, _ b: String) { self.init(erased: key, [a, b]) }

    public init(_ key: StringKey3, _ a: String, _ b: String, _ c: String) { self.init(erased: key, [a, b, c]) }

    public init(_ key: StringKey4, _ a: String, _ b: String, _ c: String, _ d: String) { self.init(erased: key, [a, b, c, d]) }

    public init(_ key: StringKey5, _ a: String, _ b: String, _ c: String, _ d: String, _ e: String) {
        self.init(erased: key, [a, b, c, d, e])
    }

    public init(_ key: StringKey6, _ a: String, _ b: String, _ c: String, _ d: String, _ e: String, _ f: String) {
        self.init(erased: key, [a, b, c, d, e, f])
    }

    /// A message whose last argument is another message, shown in the same language
    /// (e.g. the reason inside "A supervisor must approve this: {0}").
    public init(_ key: StringKey1, part: LocalizedMessage) { self.init(erased: key, [], part: part) }

    public init(_ key: StringKey2, _ a: String, part: LocalizedMessage) { self.init(erased: key, [a], part: part) }

    public init(_ key: StringKey6, _ a: String, _ b: String, _ c: String, _ d: String, _ e: String, part: LocalizedMessage) {
        self.init(erased: key, [a, b, c, d, e], part: part)
    }

    public func text(in strings: Strings) -> String {
        key.text(strings.language, readableArguments(in: strings) + parts.map { $0.text(in: strings) })
    }
}
