/// A problem `AuditTrail.verify()` found: evidence that the trail was
/// edited, truncated, spliced or recomputed behind the program's back, or
/// that it cannot be proved (no key).
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
    /// Entries exist but no chain head is stored: it was deleted.
    case headMissing
    /// The stored chain head is not `seq:hash:mac`.
    case headMalformed
    /// The stored chain head's MAC is not the branch key's: it was written without the key.
    case headForged(seq: Int64)
    /// No entry carries the keyed hash: the chain is plain SHA-256, which anyone can recompute
    /// (a file made before the chain was keyed and never re-anchored, or a chain rewritten without the key).
    case chainNotKeyed(entries: Int)
    /// The branch key was not available, so this many keyed entries could not be proved.
    case keyUnavailable(keyedEntries: Int)
    /// The entry at a head an auditor wrote down no longer has that hash.
    case auditorHeadMismatch(seq: Int64)
    /// The entry at a head an auditor wrote down is no longer in the trail.
    case auditorHeadMissing(seq: Int64)
    /// An operator's or customer's credential row does not carry the seal the branch key gives it.
    case credentialSeal(CredentialSealBreach)

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
        case .headMissing:
            return "The chain head (setting audit.head) is missing: it was deleted, so entries cut off the end could not be seen."
        case .headMalformed:
            return "The chain head (setting audit.head) is malformed: it is not seq:hash:mac as the program writes it."
        case .headForged(let seq):
            return "The chain head naming entry \(seq) was not written with the branch key: the head or the chain was recomputed."
        case .chainNotKeyed(let entries):
            return "None of the \(entries) audit entries carries the branch key's hash: the chain is plain SHA-256, which anyone "
                + "could have recomputed (a file from before keyed chains that was never opened since, or a rewritten chain)."
        case .keyUnavailable(let keyed):
            return "Without the branch key \(keyed) keyed audit entries cannot be proved: give the key (--key PATH or TELLER_KEY_FILE)."
        case .auditorHeadMismatch(let seq):
            return "Audit entry \(seq) no longer has the hash written down as the chain head: the trail was rewritten since."
        case .auditorHeadMissing(let seq):
            return "Audit entry \(seq), written down as the chain head, is no longer in the trail: entries were removed since."
        case .credentialSeal(let breach): return breach.description
        }
    }
}
