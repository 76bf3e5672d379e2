import Synchronization

/// Collects results from worker threads in concurrency tests.
public final class ResultBox: Sendable {
    private let storage = Mutex<[String]>([])

    public init() {}

    public func record(_ item: String) {
        storage.withLock { $0.append(item) }
    }

    public var items: [String] { storage.withLock { $0 } }
}
