import BankCore
import BranchServices
import Foundation
import Localization
import TellerScreens
import TerminalUI

/// What the person at the terminal feels: how long the real `teller` takes
/// from launch to its first drawn screen (in a pseudo-terminal), how much
/// memory it holds after showing a year of KPIs, and how long one keystroke
/// takes to handle and redraw on the busiest screen, the KPI dashboard (in
/// the in-memory terminal, which also counts the bytes a real one would get).
struct ScreenBench {
    let path: String
    let tellerPath: String
    static let supervisor = DemoBranch.logins.first { $0.username == "super" }!
    static let strings = Strings(.english)

    /// The menu key that opens `title`, read off the screen as a user would.
    static func hotkey(for title: String, on screen: String) -> String? {
        for line in screen.split(separator: "\n") where line.contains(title) {
            let before = line[..<line.range(of: title)!.lowerBound]
            if let key = before.split(whereSeparator: { $0 == " " || $0 == "│" }).last { return String(key) }
        }
        return nil
    }

    /// Keystrokes on the dashboard showing a year: switching between its views redraws most of the
    /// screen; moving down a breakdown's rows redraws the selection and the detail line.
    func keystrokes(into report: inout BenchReport, count: Int) throws -> String {
        let context = try BranchContext.open(path: path, terminal: "bench-screen:\(getpid())")
        let session = Session(context: context, language: .english, themes: ThemeLibrary(themes: [.fallback]), theme: .fallback)
        let terminal = MemoryTerminal(width: 80, height: 24)
        let app = WorkstationApp(session: session, terminal: terminal)
        app.runPendingKeys()
        terminal.type(text: Self.supervisor.username)
        terminal.type(.tab)
        terminal.type(text: Self.supervisor.pin)
        terminal.type(.enter)
        app.runPendingKeys()
        let title = Self.strings(.menuDashboard)
        guard let key = Self.hotkey(for: title, on: terminal.text) else { throw BenchFailure("no \(title) on the menu:\n\(terminal.text)") }
        terminal.type(text: key + "y")
        app.runPendingKeys()
        var times = Samples(), bytes = Samples()
        // Switching views and moving down the rows, as a supervisor reading the year does.
        let keys: [Key] = [.character("2"), .down, .down, .character("3"), .down, .down, .character("4"), .down, .down, .character("1")]
        for index in 0..<count {
            times.time {
                app.handle(keys[index % keys.count])
                app.draw()
            }
            bytes.add(Double(terminal.bytesLastFrame))
        }
        report.add("keystroke_p50", "Keystroke on the KPI dashboard (year), handle + redraw, p50", times.p50, "ms")
        report.add("keystroke_p99", "Keystroke on the KPI dashboard (year), handle + redraw, p99", times.p99, "ms", target: 2)
        report.add("keystroke_bytes", "Bytes to the terminal per keystroke there, mean", bytes.mean, "bytes")
        report.add("keystroke_bytes_max", "Bytes to the terminal per keystroke there, largest", bytes.maximum, "bytes")
        // Quit as an operator does: it ends the supervisor's session, so the launch runs can sign in (one terminal at a time).
        app.handle(.control("q"))
        return key
    }

    /// Starts `teller --db` in a pseudo-terminal `runs` times, timing the first drawn screen; the last
    /// run signs in as the supervisor and opens the year's dashboard before its memory is read.
    func launch(into report: inout BenchReport, runs: Int, dashboardKey: String) throws {
        var samples = Samples()
        var peakKilobytes = 0
        for run in 1...runs {
            let terminal = try PseudoTerminal(columns: 80, rows: 24)
            guard let secondary = FileHandle(forUpdatingAtPath: terminal.secondaryPath) else {
                throw BenchFailure("cannot open \(terminal.secondaryPath)")
            }
            let process = Process()
            process.executableURL = URL(fileURLWithPath: tellerPath)
            process.arguments = ["--db", path, "--lang", "en"]
            var environment = ProcessInfo.processInfo.environment
            environment["TERM"] = "xterm-256color"
            environment["LANG"] = "C.UTF-8"
            process.environment = environment
            process.standardInput = secondary
            process.standardOutput = secondary
            process.standardError = secondary
            let marker = Self.strings(.loginTitle).split(separator: " ").first.map(String.init) ?? "Sign"
            let start = DispatchTime.now().uptimeNanoseconds
            try process.run()
            guard terminal.waitFor(marker, seconds: 10) else {
                process.terminate()
                process.waitUntilExit()
                throw BenchFailure("teller drew no sign-in screen within 10 s")
            }
            samples.add(Double(DispatchTime.now().uptimeNanoseconds - start) / 1_000_000)
            if run == runs {
                terminal.type("\(Self.supervisor.username)\t\(Self.supervisor.pin)\r")
                _ = terminal.waitFor(Self.strings(.menuDashboard).split(separator: " ").last.map(String.init) ?? "dashboard", seconds: 20)
                terminal.clear()
                terminal.type(dashboardKey)
                guard terminal.waitFor(Self.strings(.dashboardViewOverview), seconds: 30) else {
                    process.terminate()
                    process.waitUntilExit()
                    throw BenchFailure("teller did not open the KPI dashboard with key \(dashboardKey)")
                }
                while terminal.read(waiting: 200) > 0 {}
                terminal.clear()
                terminal.type("y")
                // Nothing is drawn while the year's figures are computed; then the screen changes and settles.
                _ = terminal.read(waiting: 60_000)
                var quiet = 0
                while quiet < 5 { quiet = terminal.read(waiting: 100) > 0 ? 0 : quiet + 1 }
                peakKilobytes = Self.peakResidentKilobytes(of: process.processIdentifier)
            }
            terminal.type("\u{11}")
            let deadline = Date().addingTimeInterval(10)
            while process.isRunning, Date() < deadline { terminal.read(waiting: 50) }
            if process.isRunning { process.terminate() }
            process.waitUntilExit()
            try? secondary.close()
        }
        report.add("launch_p50", "Launch to the first drawn screen (sign-in), median of \(runs)", samples.p50, "ms", target: 200)
        report.add("launch_max", "Launch to the first drawn screen, slowest", samples.maximum, "ms")
        report.add("teller_rss", "Peak memory (RSS) of teller after the year's dashboard", Double(peakKilobytes) / 1_024, "MB", target: 50)
    }

    /// VmHWM of a running process: the most resident memory it has held.
    static func peakResidentKilobytes(of pid: Int32) -> Int {
        guard let status = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8) else { return 0 }
        for line in status.split(separator: "\n") where line.hasPrefix("VmHWM:") {
            return Int(line.split(separator: " ").dropFirst().first ?? "") ?? 0
        }
        return 0
    }
}
