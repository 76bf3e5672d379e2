import Foundation
import Testing
import TestSupport

/// Real terminals and real environments, on the built binary in tmux: the
/// byte sequences tmux, screen, PuTTY, rxvt, the Linux console and a VT100
/// send for keys (sent as raw bytes), a server without the user's locale,
/// the modes of every file and folder a run creates, and a file-size limit.
@Suite(.serialized)
struct TerminalEnvironmentTests {
    /// Signs the demo teller in and opens the deposit form, with an account number typed.
    private func depositFormHalfFilled(_ tmux: Tmux) throws {
        try tmux.waitFor("Demo operators")
        try tmux.type("teller")
        try tmux.send("Tab")
        try tmux.type("135790")
        try tmux.send("Enter")
        try tmux.waitFor("Main menu")
        try tmux.send(try #require(try tmux.hotkey(for: "Cash and transfers")))
        try tmux.waitFor("Cash deposit")
        try tmux.send(try #require(try tmux.hotkey(for: "Cash deposit")))
        try tmux.waitFor("Account number")
        try tmux.type("6200012")
    }

    /// Sends bytes literally (`send-keys -H`), e.g. "1b 5b 31 7e".
    private func bytes(_ tmux: Tmux, _ hex: String) throws {
        try tmux.sendArguments(["-H"] + hex.split(separator: " ").map(String.init))
    }

    @Test(arguments: ["xterm-256color", "screen", "linux", "vt100"])
    func keySequencesOfRealTerminalsNeverLeaveTheForm(term: String) throws {
        let home = try Fixture.scratchFolder()
        let tmux = try Tmux(Fixture.command("--demo --lang en", home: home), width: 80, height: 24,
                            environment: ["TERM": term, "LANG": "C.UTF-8"])
        try depositFormHalfFilled(tmux)
        // End then Home as xterm (CSI and SS3), rxvt and tmux/screen/PuTTY send them: the cursor moves, the text stays.
        for sequence in ["1b 4f 46", "1b 5b 46", "1b 5b 38 7e", "1b 5b 34 7e", "1b 4f 48", "1b 5b 48", "1b 5b 37 7e", "1b 5b 31 7e"] {
            try bytes(tmux, sequence)
        }
        try tmux.type("9")
        try tmux.waitFor("96200012")
        // Paste brackets, focus events, keys of no use here, unknown sequences: nothing at all happens.
        for sequence in ["1b 5b 32 30 30 7e", "1b 5b 32 30 31 7e", "1b 5b 49", "1b 5b 32 35 7e", "1b 5b 39 39 58", "1b 4f 7a",
                         "1b 5b 32 24"] {
            try bytes(tmux, sequence)
        }
        // Modified arrows move between fields like the plain ones (Ctrl-Down, then rxvt Shift-Up back).
        try bytes(tmux, "1b 5b 31 3b 35 42")
        try bytes(tmux, "1b 5b 61")
        try bytes(tmux, "1b 5b 31 3b 35 46")   // Ctrl-End
        try tmux.type("8")
        let form = try tmux.waitFor("962000128")
        #expect(form.contains("Cash deposit"))
        #expect(!form.contains("Leave this form?"))
        // F1 as PuTTY, the Linux console and a VT100 send it: help opens (and any key but a scrolling one closes it).
        for f1 in ["1b 5b 31 31 7e", "1b 5b 5b 41", "1b 4f 50"] {
            try bytes(tmux, f1)
            try tmux.waitFor("Keys everywhere")
            try tmux.send("Space")
            try tmux.waitFor("962000128")
        }
        // F2 as PuTTY sends it switches the language; the Linux console's F2 switches back.
        try bytes(tmux, "1b 5b 31 32 7e")
        let chinese = try tmux.waitFor("现金存款")
        #expect(chinese.contains("962000128"))
        try bytes(tmux, "1b 5b 5b 42")
        try tmux.waitFor("Cash deposit")
        // Esc alone still asks before leaving the half-filled form.
        try tmux.send("Escape")
        try tmux.waitFor("Leave this form?")
        try tmux.send("Enter")
        let kept = try tmux.waitFor("962000128")
        #expect(kept.contains("Cash deposit"))
        try tmux.send("C-q")
        #expect(try tmux.waitFor(" END").contains("EXIT=0"))
    }

    @Test func chineseDrawsWhenTheUsersLocaleIsNotInstalled() throws {
        let installed = try Shell.run("/usr/bin/env", ["locale", "-a"]).output.lowercased()
        let missing = ["zh_CN.UTF-8", "zh_TW.UTF-8", "zh_SG.UTF-8"].first {
            !installed.contains($0.lowercased().replacingOccurrences(of: "-", with: "")) && !installed.contains($0.lowercased())
        }
        let locale = try #require(missing, "every Chinese locale is installed here; nothing to test")
        let home = try Fixture.scratchFolder()
        let tmux = try Tmux(Fixture.command("--demo", home: home), width: 80, height: 24,
                            environment: ["LANG": locale, "LC_ALL": "", "LC_CTYPE": "", "LC_MESSAGES": ""])
        let login = try tmux.waitFor("864200")
        #expect(login.contains("培训模式"), "Chinese chosen from LANG and drawn, not blanks:\n\(login)")
        try tmux.type("teller")
        try tmux.send("Tab")
        try tmux.type("135790")
        try tmux.send("Enter")
        try tmux.waitFor("主菜单")
        try tmux.send("F2")
        try tmux.waitFor("Main menu")
        try tmux.send("F2")
        let back = try tmux.waitFor("主菜单")
        #expect(back.contains("现金与转账"))
        try tmux.send("C-q")
        #expect(try tmux.waitFor(" END").contains("EXIT=0"))
    }

    @Test func everyFileARunCreatesIsPrivate() throws {
        let home = try Fixture.scratchFolder()
        let tmux = try Tmux(Fixture.command("--demo --lang en", home: home), width: 80, height: 24, environment: ["LANG": "C.UTF-8"])
        try tmux.waitFor("Demo operators")
        try tmux.type("teller")
        try tmux.send("Tab")
        try tmux.type("135790")
        try tmux.send("Enter")
        try tmux.waitFor("Main menu")
        // While it runs: the data folder, the branch file and its -wal/-shm, vouchers written at start.
        let folder = "\(home)/teller"
        var checked = 0
        let walk = FileManager.default.enumerator(atPath: folder)
        var paths = [folder]
        while let relative = walk?.nextObject() as? String { paths.append("\(folder)/\(relative)") }
        for path in paths {
            let attributes = try FileManager.default.attributesOfItem(atPath: path)
            let mode = try #require(attributes[.posixPermissions] as? Int)
            let isFolder = attributes[.type] as? FileAttributeType == .typeDirectory
            #expect(mode == (isFolder ? 0o700 : 0o600), "\(path) has mode \(String(mode, radix: 8))")
            checked += 1
        }
        #expect(paths.contains("\(folder)/training.sqlite-wal"))
        #expect(checked >= 3)
        try tmux.send("C-q")
        try tmux.waitFor(" END")
    }

    @Test func aFileSizeLimitNeverKillsTheProgramNorLocksTheTellerOut() throws {
        let home = try Fixture.scratchFolder()
        let reset = try Shell.run(Fixture.tellerPath, ["demo-reset"], environment: ["XDG_DATA_HOME": home])
        #expect(reset.status == 0)
        let command = "ulimit -f 100; " + Fixture.command("--demo --lang en", home: home)
        let tmux = try Tmux(command, width: 80, height: 24, environment: ["LANG": "C.UTF-8"])
        try tmux.waitFor("Demo operators")
        try tmux.type("teller")
        try tmux.send("Tab")
        try tmux.type("135790")
        try tmux.send("Enter")
        var screen = try tmux.waitFor("Sign", timeout: 10)
        // Lock and unlock until the limit is reached: each round writes audit rows.
        var full = screen.contains("Disk full")
        for _ in 0..<40 where !full {
            try tmux.send("F4")
            try tmux.waitFor("Terminal locked")
            try tmux.type("135790")
            try tmux.send("Enter")
            let deadline = Date().addingTimeInterval(10)
            repeat {
                Thread.sleep(forTimeInterval: 0.1)
                screen = try tmux.screen()
            } while screen.contains("Terminal locked") && !screen.contains("Disk full") && !screen.contains("wrong") && Date() < deadline
            full = screen.contains("Disk full") || screen.contains("could not be recorded")
        }
        #expect(full, "the limit was never reached:\n\(screen)")
        #expect(!screen.contains("Terminal locked"), "a correct PIN unlocks even when nothing can be written:\n\(screen)")
        try tmux.send("C-q")
        let after = try tmux.waitFor(" END")
        #expect(after.contains("EXIT=0"), "SIGXFSZ would end it with 153:\n\(after)")
        #expect(after.contains("icanon") && !after.contains("-icanon"))
    }
}
