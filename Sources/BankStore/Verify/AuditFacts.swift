import BankCrypto
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
    /// Scans the UTF-8 bytes (the verifier parses one per journal entry, a million on a two-year file).
    public static func parse(_ detail: String) -> [String: String]? {
        let bytes = Array(detail.utf8), mark = Array(marker.utf8)
        guard bytes.count >= mark.count else { return nil }
        var start = bytes.count - mark.count
        while bytes[start..<start + mark.count].elementsEqual(mark) == false {
            guard start > 0 else { return nil }
            start -= 1
        }
        var facts: [String: String] = [:]
        for token in bytes[(start + mark.count)...].split(separator: UInt8(ascii: " ")) {
            guard let equals = token.firstIndex(of: UInt8(ascii: "=")),
                  let value = unescape(token[(equals + 1)...]) else { return nil }
            facts[String(decoding: token[..<equals], as: UTF8.self)] = value
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

    static func unescape(_ text: ArraySlice<UInt8>) -> String? {
        guard text.contains(UInt8(ascii: "%")) else { return String(decoding: text, as: UTF8.self) }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.count)
        var iterator = text.makeIterator()
        while let byte = iterator.next() {
            if byte == UInt8(ascii: "%") {
                guard let high = iterator.next().flatMap(Hex.digitValue), let low = iterator.next().flatMap(Hex.digitValue) else { return nil }
                bytes.append(high << 4 | low)
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
