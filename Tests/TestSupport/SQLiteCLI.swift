import Foundation

/// Runs SQL through the `sqlite3` command-line tool: a second, raw connection
/// acting behind the program's back (an insider editing the branch file).
/// Stops at the first failing statement and throws its message.
@discardableResult
public func sqliteCLI(_ path: String, _ sql: String) throws -> String {
    let result = try Shell.run(try sqliteExecutable(), ["-batch", "-bail", path, sql])
    guard result.status == 0 else { throw CLIError(message: result.error) }
    return result.output.trimmingCharacters(in: .whitespacesAndNewlines)
}

/// The `sqlite3` tool failed; `message` is what it printed.
public struct CLIError: Error, CustomStringConvertible {
    public let message: String
    public var description: String { "sqlite3 failed: \(message)" }
}

private func sqliteExecutable() throws -> String {
    let searchPath = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
    for folder in searchPath.split(separator: ":").map(String.init) + ["/usr/bin", "/usr/local/bin"] {
        let candidate = URL(fileURLWithPath: folder).appendingPathComponent("sqlite3").path
        if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
    }
    throw CLIError(message: "the sqlite3 command-line tool is not installed")
}
