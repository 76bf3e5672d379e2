import Foundation

/// The canonical, parseable facts an audit row carries about what it records,
/// so the verifier can compare the books with the (keyed) chain instead of
/// only checking that the chain is intact. They are appended to the human
/// text of the row's detail as ` #facts/1 key=value key=value…`; values are
/// percent-escaped (only `A-Z a-z 0-9 . _ @ + -` stay as they are), so the
/// marker and the separators can never appear inside a value, and the last
/// marker in the detail is always the genuine one.
public enum AuditFacts {
    static let marker = " #facts/1 "

    /// `text` followed by the facts, in the order given.
    public static func detail(_ text: String, _ facts: [(String, String)]) -> String {
        text + marker + facts.map { "\($0.0)=\(escape($0.1))" }.joined(separator: " ")
    }

    /// The facts of a detail written by `detail(_:_:)`, or nil (a row from before facts were recorded).
    public static func parse(_ detail: String) -> [String: String]? {
        guard let range = detail.range(of: marker, options: .backwards) else { return nil }
        var facts: [String: String] = [:]
        for token in detail[range.upperBound...].split(separator: " ") {
            guard let equals = token.firstIndex(of: "="), let value = unescape(token[token.index(after: equals)...]) else { return nil }
            facts[String(token[..<equals])] = value
        }
        return facts
    }

    private static let plain = Set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789._@+-".utf8)

    public static func escape(_ value: String) -> String {
        var out = ""
        for byte in value.utf8 {
            if plain.contains(byte) { out.unicodeScalars.append(Unicode.Scalar(byte)) } else { out += String(format: "%%%02X", byte) }
        }
        return out
    }

    static func unescape(_ text: Substring) -> String? {
        var bytes: [UInt8] = []
        var iterator = Array(text.utf8).makeIterator()
        while let byte = iterator.next() {
            if byte == UInt8(ascii: "%") {
                guard let high = iterator.next(), let low = iterator.next(),
                      let value = UInt8(String(decoding: [high, low], as: UTF8.self), radix: 16) else { return nil }
                bytes.append(value)
            } else {
                bytes.append(byte)
            }
        }
        return String(bytes: bytes, encoding: .utf8)
    }

    /// A list of `(book, amount)` as one value: `A<number>:<amount>` for customer accounts,
    /// `I<code>:<amount>` for internal ones, comma-separated, sorted (the comparison ignores order).
    public static func postings(_ postings: [(customer: Bool, name: String, amount: Int64)]) -> String {
        postings.map { "\($0.customer ? "A" : "I")\(escape($0.name)):\($0.amount)" }.sorted().joined(separator: ",")
    }

    /// Text of an optional number: the number, or `-`.
    public static func optional(_ value: Int64?) -> String { value.map(String.init) ?? "-" }
    public static func optional(_ value: String?) -> String { value ?? "-" }
}
