/// Text in both languages, English first, from the two texts of one key: what
/// a customer keeps (vouchers, slips) and the lobby board, which every reader shares.
public struct BothLanguages: Sendable {
    public let separator: String

    public init(separator: String = " ") { self.separator = separator }

    public func callAsFunction(_ key: StringKey0) -> String { key.text.english + separator + key.text.chinese }

    public func callAsFunction(_ key: StringKey1, _ a: String) -> String {
        key.text.english(a) + separator + key.text.chinese(a)
    }
}
