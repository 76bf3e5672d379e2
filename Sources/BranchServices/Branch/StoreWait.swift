/// What a terminal is told while one of its writes waits for another
/// terminal's lock on the branch file, so the key loop never freezes
/// silently: it shows that it is waiting, and drops that when the wait is over.
public enum StoreWait: Sendable, Equatable {
    /// Attempt `attempt` found the file locked; the write tries again after a short pause.
    case waiting(attempt: Int)
    /// The write that waited is over (done, or given up with the busy message).
    case finished
}
