import Foundation
import Testing
import TestSupport

/// Issue 12: `unlock-operator` and `watchlist-import` act on an ID and PIN read
/// from standard input (never argv), refuse without them, and are audited.
struct MaintenanceCommandTests {
    func teller(_ arguments: [String], home: String, input: String? = nil) throws -> Shell.Result {
        try Shell.run(Fixture.tellerPath, arguments, environment: ["XDG_DATA_HOME": home, "LANG": "en_US.UTF-8", "LC_ALL": ""],
                      input: input)
    }

    func sql(_ path: String, _ query: String) throws -> String {
        try Shell.run("/usr/bin/env", ["sqlite3", path, query]).output.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    @Test func theLastAdministratorLockedOutUnlocksThemselvesAtTheShell() throws {
        let home = try Fixture.scratchFolder()
        let path = "\(home)/branch.sqlite"
        #expect(try teller(["demo-reset", "--db", path], home: home).status == 0)
        // Without an ID and PIN nothing happens.
        let bare = try teller(["unlock-operator", "teller", "--db", path], home: home, input: "")
        #expect(bare.status == 1)
        #expect(bare.error.contains("needs the ID and PIN of an administrator"))
        // Five wrong PINs lock the administrator, each answered as for an unknown ID.
        for _ in 1...5 {
            let wrong = try teller(["unlock-operator", "admin", "--db", path], home: home, input: "admin\n000001\n")
            #expect(wrong.status == 1)
            #expect(wrong.error.contains("Operator ID or PIN is wrong, or the ID is locked."))
        }
        #expect(try sql(path, "SELECT locked_until IS NOT NULL FROM operators WHERE username = 'admin'") == "1")
        // A supervisor may not use it.
        let supervisor = try teller(["unlock-operator", "admin", "--db", path], home: home, input: "super\n802468\n")
        #expect(supervisor.status == 1)
        #expect(supervisor.error.contains("needs an administrator"))
        // Break-glass: the locked administrator's own right PIN lifts their lockout.
        let unlocked = try teller(["unlock-operator", "admin", "--db", path], home: home, input: "admin\n864200\n")
        #expect(unlocked.status == 0, "\(unlocked.error)")
        #expect(unlocked.output.contains("Operator admin is unlocked"))
        #expect(try sql(path, "SELECT locked_until IS NULL AND failed_attempts = 0 AND lockout_count = 0 FROM operators WHERE username = 'admin'") == "1")
        #expect(try sql(path, """
            SELECT o.username || ' ' || a.subject || ' ' || a.detail FROM audit_log a JOIN operators o ON o.id = a.operator_id
            WHERE a.action = 'operator.unlock' ORDER BY a.seq DESC LIMIT 1
            """) == "admin admin at the server's shell")
        #expect(try teller(["verify", "--db", path], home: home).status == 0)
        // The PIN never came from argv: an extra word is refused as a bad command line.
        #expect(try teller(["unlock-operator", "admin", "864200", "--db", path], home: home).status == 2)
    }

    @Test func watchListImportNeedsASupervisorOrAdministrator() throws {
        let home = try Fixture.scratchFolder()
        let path = "\(home)/branch.sqlite"
        #expect(try teller(["demo-reset", "--db", path], home: home).status == 0)
        let list = "\(home)/list.csv"
        try "name,id_number,birth_date,list,reason\nZhou Bad,,1970-01-01,sanctions,test\n".write(toFile: list, atomically: true, encoding: .utf8)
        let before = try sql(path, "SELECT count(*) FROM watch_list")

        let bare = try teller(["watchlist-import", list, "--db", path], home: home, input: "")
        #expect(bare.status == 1)
        #expect(bare.error.contains("a supervisor or administrator"))
        let byTeller = try teller(["watchlist-import", list, "--db", path], home: home, input: "teller\n135790\n")
        #expect(byTeller.status == 1)
        #expect(byTeller.error.contains("teller may not do this"))
        let wrongPIN = try teller(["watchlist-import", list, "--db", path], home: home, input: "super\n000001\n")
        #expect(wrongPIN.status == 1)
        #expect(try sql(path, "SELECT count(*) FROM watch_list") == before)

        let imported = try teller(["watchlist-import", list, "--db", path], home: home, input: "super\n802468\n")
        #expect(imported.status == 0, "\(imported.error)")
        #expect(try sql(path, "SELECT count(*) FROM watch_list") == "1")
        #expect(try sql(path, """
            SELECT o.username FROM audit_log a JOIN operators o ON o.id = a.operator_id
            WHERE a.action = 'watchlist.import' ORDER BY a.seq DESC LIMIT 1
            """) == "super")
    }

    @Test func everyWritingBenchCommandRefusesARealBranch() throws {
        let home = try Fixture.scratchFolder()
        let real = "\(home)/real.sqlite"
        #expect(try teller(["demo-reset", "--db", real], home: home).status == 0)
        _ = try sql(real, "UPDATE branch SET is_training = 0")
        let before = try Data(contentsOf: URL(fileURLWithPath: real))
        let bench = Fixture.binary("teller-bench")
        for arguments in [["run", "--only", "posting"], ["call-next", "--counter", "1", "--operator", "teller"],
                          ["ledger-setup", "--accounts", "2"], ["post-loop", "--operator", "teller", "--count", "1", "--seed", "1"],
                          ["raw-loop", "--operator", "teller", "--count", "1", "--seed", "1"], ["generate"]] {
            let refused = try Shell.run(bench, arguments + ["--db", real])
            #expect(refused.status != 0, "\(arguments)")
            #expect(refused.error.contains("real branch file") || refused.error.contains("already exists"), "\(arguments): \(refused.error)")
            #expect(try Data(contentsOf: URL(fileURLWithPath: real)) == before, "\(arguments) touched the file")
        }
    }
}
