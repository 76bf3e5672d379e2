import Foundation
import Testing
import TestSupport

/// The binary's command line: help, version, bad flags (exit 2), refused files (exit 1, untouched).
struct CommandLineTests {
    func teller(_ arguments: [String], home: String) throws -> Shell.Result {
        try Shell.run(Fixture.tellerPath, arguments, environment: ["XDG_DATA_HOME": home, "LANG": "en_US.UTF-8", "LC_ALL": ""])
    }

    @Test func helpAndVersion() throws {
        let home = try Fixture.scratchFolder()
        let help = try teller(["--help"], home: home)
        #expect(help.status == 0)
        #expect(help.output.contains("--db PATH"))
        #expect(help.output.contains("\(home)/teller/branch.sqlite"))
        let version = try teller(["--version"], home: home)
        #expect(version.status == 0)
        #expect(version.output.hasPrefix("teller "))
        let chinese = try Shell.run(Fixture.tellerPath, ["--help"], environment: ["LANG": "zh_CN.UTF-8", "LC_ALL": ""])
        #expect(chinese.output.contains("用法"))
    }

    @Test(arguments: [
        (["--bogus"], "unknown option '--bogus'"),
        (["--db"], "option --db needs a value"),
        (["--db", ""], "--db needs a file path"),
        (["--lang", "fr"], "unknown language 'fr'"),
        (["--theme", "nope"], "no theme 'nope'"),
        (["frobnicate"], "unknown command 'frobnicate'"),
        (["verify", "verify"], "unknown command 'verify'"),
    ])
    func badArgumentsExitTwo(arguments: [String], message: String) throws {
        let home = try Fixture.scratchFolder()
        let result = try teller(arguments, home: home)
        #expect(result.status == 2)
        #expect(result.error.contains(message))
        #expect(!FileManager.default.fileExists(atPath: "\(home)/teller"))
    }

    /// A theme file with a bad line is reported by file and line and the default is used: the program goes on.
    @Test func aBrokenThemeIsReportedAndTheDefaultUsed() throws {
        let home = try Fixture.scratchFolder()
        let themes = "\(home)/themes"
        try FileManager.default.createDirectory(atPath: themes, withIntermediateDirectories: true)
        try "name = Broken\nnormal = white on black\ntitle = purple on black\n"
            .write(toFile: "\(themes)/broken.theme", atomically: true, encoding: .utf8)
        let result = try Shell.run(Fixture.tellerPath, ["--theme", "broken", "--help"],
                                   environment: ["XDG_DATA_HOME": home, "LANG": "en_US.UTF-8", "LC_ALL": "", "TELLER_THEMES_DIR": themes])
        #expect(result.status == 0)
        #expect(result.error.contains("broken.theme:3: unknown colour `purple`"))
        #expect(result.error.contains("The default theme is used instead."))
        // A theme with no file at all is still a bad argument.
        let missing = try Shell.run(Fixture.tellerPath, ["--theme", "nope", "--help"],
                                    environment: ["XDG_DATA_HOME": home, "LANG": "en_US.UTF-8", "LC_ALL": "", "TELLER_THEMES_DIR": themes])
        #expect(missing.status == 2)
    }

    @Test func refusesNonDatabaseFileWithoutTouchingIt() throws {
        let home = try Fixture.scratchFolder()
        let path = "\(home)/notes.txt"
        let original = Data("These are my notes, not a database.\n".utf8)
        try original.write(to: URL(fileURLWithPath: path))
        let result = try teller(["verify", "--db", path], home: home)
        #expect(result.status == 1)
        #expect(result.error.contains("not a teller branch file"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == original)
        #expect(!FileManager.default.fileExists(atPath: path + "-wal"))
    }

    @Test func refusesNewerSchemaWithoutTouchingIt() throws {
        let home = try Fixture.scratchFolder()
        let path = "\(home)/future.sqlite"
        _ = try Shell.run("/usr/bin/env", ["sqlite3", path, "CREATE TABLE t(x); PRAGMA user_version = 99;"])
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        let result = try teller(["verify", "--db", path], home: home)
        #expect(result.status == 1)
        #expect(result.error.contains("newer teller"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
    }

    @Test func demoNeverOpensARealBranchFile() throws {
        let home = try Fixture.scratchFolder()
        let path = "\(home)/real.sqlite"
        _ = try teller(["demo-reset", "--db", path], home: home)
        // Turn it into a "real" branch behind the program's back.
        _ = try Shell.run("/usr/bin/env", ["sqlite3", path, "UPDATE branch SET is_training = 0;"])
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        let demo = try teller(["demo-reset", "--db", path], home: home)
        #expect(demo.status == 1)
        #expect(demo.error.contains("real branch file"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
    }

    @Test func demoResetAndVerify() throws {
        let home = try Fixture.scratchFolder()
        let reset = try teller(["demo-reset"], home: home)
        #expect(reset.status == 0)
        #expect(FileManager.default.fileExists(atPath: "\(home)/teller/training.sqlite"))
        #expect(!FileManager.default.fileExists(atPath: "\(home)/teller/branch.sqlite"))
        let verify = try teller(["verify", "--db", "\(home)/teller/training.sqlite"], home: home)
        #expect(verify.status == 0)
        #expect(verify.output.contains("Audit chain intact"))
        _ = try Shell.run("/usr/bin/env", ["sqlite3", "\(home)/teller/training.sqlite",
                                           "DROP TRIGGER audit_log_no_update; UPDATE audit_log SET detail = 'forged' WHERE seq = 1;"])
        let broken = try teller(["verify", "--db", "\(home)/teller/training.sqlite"], home: home)
        #expect(broken.status == 1)
        #expect(broken.output.contains("Audit chain broken"))
    }

    // MARK: Start-up order (issue 12)

    @Test func withoutATerminalNothingIsOpenedOrCreated() throws {
        let home = try Fixture.scratchFolder()
        for arguments in [["--db", "\(home)/new.sqlite"], ["--demo"], ["board", "--db", "\(home)/new.sqlite"]] {
            let result = try teller(arguments, home: home)
            #expect(result.status == 1, "\(arguments)")
            #expect(!result.error.isEmpty)
            #expect(!FileManager.default.fileExists(atPath: "\(home)/new.sqlite"))
            #expect(!FileManager.default.fileExists(atPath: "\(home)/teller"))
        }
    }

    @Test func aFolderTheUserDidNotMakeIsNeverCreated() throws {
        let home = try Fixture.scratchFolder()
        let missing = "\(home)/missing-folder/x.sqlite"
        for arguments in [["demo-reset", "--db", missing], ["verify", "--db", missing]] {
            let result = try teller(arguments, home: home)
            #expect(result.status == 1, "\(arguments)")
            #expect(!FileManager.default.fileExists(atPath: "\(home)/missing-folder"), "\(arguments)")
        }
        let refused = try teller(["demo-reset", "--db", missing], home: home)
        #expect(refused.error.contains("does not exist"))
        let fromEnvironment = try Shell.run(Fixture.tellerPath, ["demo-reset"],
                                            environment: ["XDG_DATA_HOME": home, "TELLER_DB": missing, "LANG": "en_US.UTF-8"])
        #expect(fromEnvironment.status == 0, "demo-reset uses the training file, not TELLER_DB")
        // teller's own data folder is the one it may create, 0700.
        let own = try teller(["demo-reset"], home: home)
        #expect(own.status == 0)
        #expect(try FileManager.default.attributesOfItem(atPath: "\(home)/teller")[.posixPermissions] as? Int == 0o700)
        #expect(try FileManager.default.attributesOfItem(atPath: "\(home)/teller/training.sqlite")[.posixPermissions] as? Int == 0o600)
    }
}
