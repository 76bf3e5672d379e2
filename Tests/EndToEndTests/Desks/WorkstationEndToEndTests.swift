import Foundation
import Testing
import TestSupport

/// The real binary in a real terminal (tmux): sign in to the demo branch,
/// switch language, quit, and check the terminal is restored.
@Suite(.serialized)
struct WorkstationEndToEndTests {
    @Test func demoSignInMenuInBothLanguagesQuitRestoresTerminal() throws {
        let home = try Fixture.scratchFolder()
        let tmux = try Tmux(Fixture.command("--demo --lang en", home: home))
        try tmux.waitFor("Demo operators")
        let login = try tmux.screen()
        #expect(login.contains("TRAINING"))
        #expect(login.contains("admin       864200"))
        try tmux.type("admin")
        try tmux.send("Tab")
        try tmux.type("864200")
        try tmux.send("Enter")
        let menu = try tmux.waitFor("Main menu")
        #expect(menu.contains("Operators"))
        #expect(menu.contains("Audit trail"))
        #expect(menu.contains("Settings"))
        try tmux.send("F2")
        let chinese = try tmux.waitFor("主菜单")
        #expect(chinese.contains("操作员管理"))
        #expect(chinese.contains("审计日志"))
        #expect(chinese.contains("培训模式"))
        try tmux.send("F2")
        try tmux.waitFor("Main menu")
        try tmux.send("C-q")
        let after = try tmux.waitFor(" END")
        #expect(after.contains("EXIT=0"))
        #expect(after.contains("icanon") && !after.contains("-icanon"))
        #expect(after.contains("echo") && !after.contains("-echo"))
    }

    @Test func sigtermRestoresTerminal() throws {
        let home = try Fixture.scratchFolder()
        let tmux = try Tmux(Fixture.command("--demo", home: home))
        try tmux.waitFor("864200")
        // The teller process is the child of the pane's shell.
        let pane = try Shell.run("/usr/bin/env", ["tmux", "-L", tmux.socket, "list-panes", "-F", "#{pane_pid}"]).output
            .trimmingCharacters(in: .whitespacesAndNewlines)
        let children = try Shell.run("/usr/bin/env", ["pgrep", "-P", pane]).output
            .split(separator: "\n").map(String.init)
        #expect(!children.isEmpty)
        for child in children { _ = try Shell.run("/bin/kill", ["-TERM", child]) }
        let after = try tmux.waitFor(" END")
        #expect(after.contains("EXIT=143"))
        #expect(after.contains("icanon") && !after.contains("-icanon"))
    }

    @Test func ctrlCQuitsAndRestores() throws {
        let home = try Fixture.scratchFolder()
        let tmux = try Tmux(Fixture.command("--demo", home: home))
        try tmux.waitFor("864200")
        try tmux.send("C-c")
        let after = try tmux.waitFor(" END")
        #expect(after.contains("EXIT=0"))
        #expect(after.contains("echo") && !after.contains("-echo"))
    }

    @Test func smallTerminalAsksToEnlargeThenRedraws() throws {
        let home = try Fixture.scratchFolder()
        let tmux = try Tmux(Fixture.command("--demo --lang en", home: home), width: 100, height: 30)
        try tmux.waitFor("864200")
        try tmux.resize(width: 60, height: 20)
        try tmux.waitFor("Please enlarge")
        try tmux.resize(width: 80, height: 24)
        try tmux.waitFor("Sign in")
    }

    @Test func firstRunSetupThenSignIn() throws {
        let home = try Fixture.scratchFolder()
        let tmux = try Tmux(Fixture.command("--db '\(home)/branch.sqlite' --lang en", home: home))
        try tmux.waitFor("First-run setup")
        try tmux.type("BJ001")
        try tmux.send("Tab")
        try tmux.type("Beijing Xidan 西单支行")
        try tmux.send("Tab", "Tab")
        try tmux.type("root.admin")
        try tmux.send("Tab")
        try tmux.type("Zhou Qing")
        try tmux.send("Tab")
        try tmux.type("582914")
        try tmux.send("Tab")
        try tmux.type("582915")
        try tmux.send("Enter")
        try tmux.waitFor("The two PINs are different")
        try tmux.send("C-u")
        try tmux.type("582914")
        try tmux.send("Enter")
        try tmux.waitFor("Branch BJ001 created")
        let login = try tmux.screen()
        #expect(!login.contains("Demo operators"))
        #expect(!login.contains("TRAINING"))
        try tmux.type("root.admin")
        try tmux.send("Tab")
        try tmux.type("582914")
        try tmux.send("Enter")
        try tmux.waitFor("Welcome, Zhou Qing")
        try tmux.send("C-q")
        try tmux.waitFor(" END")
        let stored = try Shell.run("/usr/bin/env", ["sqlite3", "\(home)/branch.sqlite",
                                                    "SELECT code, is_training FROM branch; SELECT action FROM audit_log ORDER BY seq;"])
        #expect(stored.output.contains("BJ001|0"))
        #expect(stored.output.contains("setup.branch_created"))
        #expect(stored.output.contains("login.success"))
        #expect(stored.output.contains("logout"))
        let pinColumn = try Shell.run("/usr/bin/env", ["sqlite3", "\(home)/branch.sqlite", "SELECT pin_hash FROM operators"])
        #expect(pinColumn.output.hasPrefix("pbkdf2-sha256$600000$"))
        #expect(!pinColumn.output.contains("582914"))
    }

    @Test func noColorStillWorks() throws {
        let home = try Fixture.scratchFolder()
        let tmux = try Tmux("NO_COLOR=1 " + Fixture.command("--demo --lang zh --theme high-contrast", home: home))
        try tmux.waitFor("演示操作员")
        try tmux.send("C-q")
        try tmux.waitFor(" END")
    }

    @Test func wallDisplayShowsTheBoardWithoutSignInAndIgnoresEsc() throws {
        let home = try Fixture.scratchFolder()
        _ = try Shell.run(Fixture.tellerPath, ["demo-reset"], environment: ["XDG_DATA_HOME": home])
        let tmux = try Tmux(Fixture.command("board --demo --lang en", home: home))
        let board = try tmux.waitFor("Lobby board")
        #expect(board.contains("Waiting now"))
        #expect(board.contains("Not signed in"))
        try tmux.send("Escape")
        Thread.sleep(forTimeInterval: 0.5)
        #expect(try tmux.screen().contains("Lobby board"))
        try tmux.send("C-q")
        let after = try tmux.waitFor(" END")
        #expect(after.contains("EXIT=0"))
    }
}
