import Synchronization

/// Collects results from worker threads in concurrency tests.
final class ResultBox: Sendable {
    private let storage = Mutex<[String]>([])

    func record(_ item: String) {
        storage.withLock { $0.append(item) }
    }

    var items: [String] { storage.withLock { $0 } }
}
