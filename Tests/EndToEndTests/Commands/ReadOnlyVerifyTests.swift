import Foundation
import Glibc
import Testing
import TestSupport

/// An auditor's copy: the branch file mode 0444 in a 0555 folder, no -wal or
/// -shm beside it, the key given with --key. `verify` and `report` read it
/// without writing a byte (checked by content and modification time, and no
/// -wal/-shm appearing, since tests may run as root where modes do not stop
/// writes); without the key verify says it cannot prove the chain; an auditor's
/// written-down head is checked; a file needing migration is refused clearly.
struct ReadOnlyVerifyTests {
    func teller(_ arguments: [String], home: String) throws -> Shell.Result {
        try Shell.run(Fixture.tellerPath, arguments, environment: ["XDG_DATA_HOME": home, "LANG": "en_US.UTF-8", "LC_ALL": ""])
    }

    private func auditorCopy() throws -> (home: String, folder: String, file: String, key: String) {
        let home = try Fixture.scratchFolder()
        #expect(try teller(["demo-reset"], home: home).status == 0)
        let folder = home + "/auditor"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let file = folder + "/copy.sqlite", key = home + "/auditor.key"
        try FileManager.default.copyItem(atPath: home + "/teller/training.sqlite", toPath: file)
        try FileManager.default.copyItem(atPath: home + "/teller/training.sqlite.key", toPath: key)
        chmod(key, 0o600)
        chmod(file, 0o444)
        chmod(folder, 0o555)
        return (home, folder, file, key)
    }

    private func snapshot(_ file: String) throws -> (Data, Date?) {
        (try Data(contentsOf: URL(fileURLWithPath: file)),
         try FileManager.default.attributesOfItem(atPath: file)[.modificationDate] as? Date)
    }

    @Test func verifyAndReportReadAnAuditorsReadOnlyCopyWithoutWritingIt() throws {
        let copy = try auditorCopy()
        defer { chmod(copy.folder, 0o755) }
        let before = try snapshot(copy.file)
        let verified = try teller(["verify", "--db", copy.file, "--key", copy.key], home: copy.home)
        #expect(verified.status == 0, "\(verified.output)\(verified.error)")
        #expect(verified.output.contains("Audit chain intact") && verified.output.contains("Branch key: \(copy.key)"))
        let report = try teller(["report", "--db", copy.file], home: copy.home)
        #expect(report.status == 0, "\(report.output)\(report.error)")
        let after = try snapshot(copy.file)
        #expect(before.0 == after.0 && before.1 == after.1)
        #expect(try FileManager.default.contentsOfDirectory(atPath: copy.folder) == ["copy.sqlite"])

        // The head printed can be written down and checked later; a wrong one is a breach.
        let line = try #require(verified.output.split(separator: "\n").first { $0.hasPrefix("Audit chain head: entry ") })
        let words = line.split(separator: " ")
        let seq = String(words[4].dropLast()), hash = String(words[6].dropLast())
        #expect(try teller(["verify", "--db", copy.file, "--key", copy.key, "--head", "\(seq):\(hash)"], home: copy.home).status == 0)
        let wrong = try teller(["verify", "--db", copy.file, "--key", copy.key, "--head", "\(seq):\(String(repeating: "0", count: 64))"],
                               home: copy.home)
        #expect(wrong.status == 1 && wrong.output.contains("no longer has the hash written down"))
        #expect(try teller(["verify", "--db", copy.file, "--head", "nonsense"], home: copy.home).status == 2)
    }

    @Test func withoutTheKeyVerifySaysItCannotProveTheChain() throws {
        let copy = try auditorCopy()
        defer { chmod(copy.folder, 0o755) }
        let result = try teller(["verify", "--db", copy.file, "--key", copy.home + "/no-such.key"], home: copy.home)
        #expect(result.status == 1)
        #expect(result.output.contains("the audit chain cannot be proved"))
        #expect(!result.output.contains("Audit chain intact"))
    }

    @Test func aCopyThatNeedsMigratingIsRefusedWithoutTouchingIt() throws {
        let copy = try auditorCopy()
        chmod(copy.folder, 0o755)
        chmod(copy.file, 0o644)
        let old = Process()
        old.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        old.arguments = ["sqlite3", copy.file, "PRAGMA journal_mode=DELETE; PRAGMA user_version = 7;"]
        old.standardOutput = FileHandle.nullDevice
        try old.run()
        old.waitUntilExit()
        chmod(copy.file, 0o444)
        let before = try snapshot(copy.file)
        let result = try teller(["verify", "--db", copy.file, "--key", copy.key], home: copy.home)
        #expect(result.status == 1)
        #expect(result.error.contains("needs") || result.error.contains("upgraded"), "\(result.error)")
        #expect(try snapshot(copy.file).0 == before.0)
    }
}
