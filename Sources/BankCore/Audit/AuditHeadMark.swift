import Foundation

/// A chain head as printed on a day-end report and written down by an
/// auditor: `SEQ:HASH` (the hash may be shortened to its first 16 or more
/// hex digits). `teller verify --head SEQ:HASH` checks the entry still matches.
public struct AuditHeadMark: Sendable, Equatable, CustomStringConvertible {
    public let seq: Int64
    public let hash: String

    public init(seq: Int64, hash: String) {
        self.seq = seq
        self.hash = hash
    }

    /// Parses `SEQ:HASH`; nil unless SEQ is a positive number and HASH 16 to 64 hex digits.
    public init?(_ text: String) {
        let parts = text.trimmingCharacters(in: .whitespaces).lowercased().split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2, let seq = Int64(parts[0]), seq > 0, (16...64).contains(parts[1].count),
              parts[1].allSatisfy({ $0.isHexDigit && $0.isASCII }) else { return nil }
        self.init(seq: seq, hash: String(parts[1]))
    }

    /// Whether an entry's full hash is the one written down (or starts with the shortened one).
    public func matches(seq: Int64, hash fullHash: String) -> Bool { seq == self.seq && fullHash.hasPrefix(hash) }

    public var description: String { "\(seq):\(hash)" }
}
