/// A problem `AuditTrail.verify()` found: evidence that the trail was
/// edited, truncated in the middle, or spliced behind the program's back.
public enum AuditBreach: Equatable, Sendable, CustomStringConvertible {
    /// The entry's contents no longer match its stored hash.
    case hashMismatch(seq: Int64)
    /// The entry's `prevHash` is not the hash of the entry before it.
    case brokenLink(seq: Int64)
    /// Sequence numbers jump from `afterSeq` to `nextSeq`: entries were removed.
    case missingRows(afterSeq: Int64, nextSeq: Int64)
    /// The newest entry is not the one recorded as the chain head: entries
    /// were cut off the end (or the last one was rewritten).
    case endMismatch(recordedSeq: Int64, foundSeq: Int64)

    public var description: String {
        switch self {
        case .hashMismatch(let seq):
            return "Audit entry \(seq) was altered after it was written: its contents no longer match its hash."
        case .brokenLink(let seq):
            return "Audit entry \(seq) does not follow on from the entry before it: "
                + "an entry before it was removed, replaced or rewritten."
        case .missingRows(let afterSeq, let nextSeq):
            let first = afterSeq + 1, last = nextSeq - 1
            let which = first == last ? "Audit entry \(first) is" : "Audit entries \(first) to \(last) are"
            return "\(which) missing: the trail jumps from entry \(afterSeq) to entry \(nextSeq)."
        case .endMismatch(let recordedSeq, let foundSeq):
            return recordedSeq == foundSeq
                ? "Audit entry \(foundSeq), the newest, was rewritten: it is not the entry recorded as the chain head."
                : "The trail ends at entry \(foundSeq) but entry \(recordedSeq) was recorded as the newest: entries were cut off the end."
        }
    }
}
