import BankCore
import BankStore
@testable import BranchServices
import Foundation
import Localization
import Testing

/// PBKDF2 iterations for PINs made in tests: low, so the suite stays fast.
/// (One test in SetupServiceTests checks the real default.)
let fastIterations = 1_000

/// The PIN every operator made by `BranchFixture` starts with.
let adminPIN = "135790"
let tellerPIN = "246810"
let supervisorPIN = "802468"

/// A branch file in its own unique temporary folder, removed when the
/// fixture goes away, with a hand-moved clock shared by every context on it.
final class BranchFixture {
    let folder: URL
    let path: String
    let clock: ManualClock
    /// PBKDF2 iterations for PINs hashed through this fixture's contexts.
    let iterations: Int

    init(name: String = "branch.sqlite", iterations: Int = fastIterations) throws {
        self.iterations = iterations
        folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("branchservices-tests-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        path = folder.appendingPathComponent(name).path
        clock = ManualClock(Date(timeIntervalSince1970: 1_800_000_000))
    }

    deinit { try? FileManager.default.removeItem(at: folder) }

    /// A new connection to the file, as another terminal would open it.
    func open(terminal: String = "tty1") throws -> BranchContext {
        try BranchContext.open(path: path, clock: clock, terminal: terminal, pinIterations: iterations)
    }

    /// The file's names in the folder (to spot leftover -wal / -shm files).
    func listing() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
    }
}

/// A set-up branch: BR01 with administrator `admin`, plus a teller and a supervisor.
struct StaffedBranch {
    let context: BranchContext
    let admin: Operator
    let teller: Operator
    let supervisor: Operator

    init(_ fixture: BranchFixture, terminal: String = "tty1") throws {
        context = try fixture.open(terminal: terminal)
        admin = try SetupService(context).createBranch(
            code: "BR01", name: "Zhongshan Road 中山路支行", businessDate: BusinessDate("2026-01-05")!,
            adminUsername: "admin", adminName: "Zhao Lei 赵磊", pin: adminPIN)
        let administration = OperatorAdministration(context)
        teller = try administration.add(username: "li.wei", displayName: "Li Wei 李伟", role: .teller,
                                        pin: tellerPIN, by: admin)
        supervisor = try administration.add(username: "zhang.min", displayName: "Zhang Min 张敏", role: .supervisor,
                                            pin: supervisorPIN, by: admin)
    }

    var auth: AuthenticationService { AuthenticationService(context) }
    var administration: OperatorAdministration { OperatorAdministration(context) }
}

/// The message `body` throws, or nil when it succeeds. Any other error is
/// recorded as a test issue (the services only ever throw messages).
func failure<T>(_ body: () throws -> T, sourceLocation: SourceLocation = #_sourceLocation) -> LocalizedMessage? {
    do {
        _ = try body()
        return nil
    } catch let message as LocalizedMessage {
        return message
    } catch {
        Issue.record("expected a LocalizedMessage, got \(error)", sourceLocation: sourceLocation)
        return LocalizedMessage(.unexpectedError, "\(error)")
    }
}

extension BranchContext {
    /// Row count of a table, read straight from the file.
    func count(_ table: String) throws -> Int {
        Int(try database.scalarInt("SELECT count(*) FROM \(table)") ?? -1)
    }

    /// The audit actions in order.
    func auditActions() throws -> [String] {
        try database.query("SELECT action FROM audit_log ORDER BY seq").map { $0.string("action") ?? "?" }
    }

    /// The operator as stored now (not as some screen remembers it).
    func stored(_ username: String) throws -> Operator? {
        try operators.find(username: username)?.operator
    }

    /// The stored PIN hash text of an operator.
    func storedHash(_ username: String) throws -> String? {
        try database.queryOne("SELECT pin_hash FROM operators WHERE username = ?", [.text(username)])?.string("pin_hash")
    }
}

/// Runs SQL through the `sqlite3` command-line tool: someone editing the file
/// behind the program's back.
@discardableResult
func sqliteCLI(_ path: String, _ sql: String) throws -> String {
    let process = Process()
    process.executableURL = try sqliteExecutable()
    process.arguments = ["-batch", "-bail", path, sql]
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
