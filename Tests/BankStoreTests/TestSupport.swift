import BankCrypto
import Foundation
import Testing

/// A unique folder under the system temporary directory, removed afterwards.
func withTemporaryFolder<T>(_ body: (URL) throws -> T) throws -> T {
    let folder = FileManager.default.temporaryDirectory
        .appendingPathComponent("bankstore-tests-\(UUID().uuidString)", isDirectory: true)
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    return try body(folder)
}

/// SHA-256 (hex) of a file's bytes, to prove a refused file was not modified.
func fingerprint(_ path: String) throws -> String {
    let data = try Data(contentsOf: URL(fileURLWithPath: path))
    return Hex.encode(Digest.sha256(Array(data)))
}

/// The names in a folder, to prove no side files (-wal, -shm, -journal) appeared.
func listing(_ folder: URL) throws -> [String] {
    try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
}

/// Runs SQL through the `sqlite3` command-line tool: a second, raw connection
/// acting behind the program's back.
@discardableResult
func sqliteCLI(_ path: String, _ sql: String) throws -> String {
    let process = Process()
    process.executableURL = try sqliteExecutable()
    process.arguments = ["-batch", path, sql]
    let output = Pipe()
    let errors = Pipe()
    process.standardOutput = output
    process.standardError = errors
    try process.run()
    let text = output.fileHandleForReading.readDataToEndOfFile()
    let errorText = errors.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    guard process.terminationStatus == 0 else {
        throw CLIError(message: String(decoding: errorText, as: UTF8.self))
    }
    return String(decoding: text, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
}

struct CLIError: Error, CustomStringConvertible {
    let message: String
    var description: String { "sqlite3 failed: \(message)" }
}

private func sqliteExecutable() throws -> URL {
    let searchPath = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
    for folder in searchPath.split(separator: ":").map(String.init) + ["/usr/bin", "/usr/local/bin"] {
        let candidate = URL(fileURLWithPath: folder).appendingPathComponent("sqlite3")
        if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
    }
    throw CLIError(message: "the sqlite3 command-line tool is not installed")
}

/// Deterministic "random" bytes (SplitMix64), so a damaged-file test is reproducible.
func garbage(count: Int, seed: UInt64) -> [UInt8] {
    var state = seed
    var bytes = [UInt8]()
    bytes.reserveCapacity(count)
    while bytes.count < count {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        z ^= z >> 31
        withUnsafeBytes(of: z) { bytes.append(contentsOf: $0.prefix(count - bytes.count)) }
    }
    return bytes
}

let fixedDate = Date(timeIntervalSince1970: 1_767_225_600.123) // 2026-01-01 00:00:00.123 UTC

/// The branch key the store tests sign their audit chains with.
let testBranchKey = BranchKey(bytes: Array(0..<32))!
