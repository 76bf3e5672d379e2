import Foundation

/// A unique folder under the system temporary directory, removed when the
/// value goes away, so a test never sees another test's files.
public final class ScratchFolder: Sendable {
    public let url: URL
    public var path: String { url.path }

    public init(prefix: String = "teller-tests") throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("\(prefix)-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: url) }

    /// The path of `name` inside the folder.
    public func file(_ name: String) -> String { url.appendingPathComponent(name).path }

    /// The names in the folder, sorted (to spot leftover -wal / -shm files).
    public func listing() throws -> [String] { try FileManager.default.contentsOfDirectory(atPath: url.path).sorted() }
}

/// Runs `body` with a fresh scratch folder that is removed afterwards.
public func withTemporaryFolder<T>(_ body: (URL) throws -> T) throws -> T {
    let folder = try ScratchFolder()
    return try withExtendedLifetime(folder) { try body(folder.url) }
}
