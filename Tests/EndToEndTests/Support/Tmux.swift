import Foundation

/// Drives the real `teller` binary inside a detached tmux session on its own
/// socket, so end-to-end tests type keys and read the screen as a person would.
final class Tmux {
    let socket: String
    let session = "e2e"

    /// Starts `command` (run by /bin/sh) in a new tmux session of the given size.
    init(_ command: String, width: Int = 100, height: Int = 30, environment: [String: String] = [:]) throws {
        socket = "teller-e2e-\(getpid())-\(UUID().uuidString.prefix(8))"
        let exports = environment.map { "export \($0.key)='\($0.value)';" }.joined(separator: " ")
        // Started through system(3), not Foundation's Process: the tmux server daemon
        // inherits the descriptor Process watches for the child's exit, so
        // waitUntilExit would wait for the server to end.
        let line = ["tmux", "-L", socket, "new-session", "-d", "-s", session, "-x", String(width), "-y", String(height),
                    exports + " " + command].map(Shell.quote).joined(separator: " ")
        guard system(line + " </dev/null >/dev/null 2>&1") == 0 else { throw StartFailed(command: line) }
    }

    deinit { _ = try? run(["kill-server"]) }

    /// Sends tmux key names (e.g. "Enter", "F2", "C-q") or literal text.
    func send(_ keys: String...) throws { try run(["send-keys", "-t", session] + keys) }

    /// Sends tmux send-keys arguments as given (e.g. "-H", "1b", "5b", "41" for raw bytes).
    func sendArguments(_ arguments: [String]) throws { try run(["send-keys", "-t", session] + arguments) }

    /// Sends text literally (no key-name lookup).
    func type(_ text: String) throws { try run(["send-keys", "-t", session, "-l", text]) }

    func resize(width: Int, height: Int) throws {
        try run(["resize-window", "-t", session, "-x", String(width), "-y", String(height)])
    }

    /// The visible screen as text.
    func screen() throws -> String { try run(["capture-pane", "-t", session, "-p"]) }

    /// Waits until the screen contains `text`; returns the screen. Throws with the last screen on timeout.
    @discardableResult
    func waitFor(_ text: String, timeout: TimeInterval = 10) throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        var last = ""
        while Date() < deadline {
            last = (try? screen()) ?? ""
            if last.contains(text) {
                // The terminal may be mid-frame (rows are written top to bottom): read again once it settles.
                Thread.sleep(forTimeInterval: 0.2)
                let settled = (try? screen()) ?? last
                return settled.contains(text) ? settled : last
            }
            Thread.sleep(forTimeInterval: 0.1)
        }
        throw Timeout(expected: text, screen: last)
    }

    /// The hotkey shown before `title` in a menu on the screen (e.g. `3` in "│ 3  Lobby board").
    func hotkey(for title: String) throws -> String? {
        for line in try screen().split(separator: "\n") where line.contains(title) {
            let before = line[..<line.range(of: title)!.lowerBound]
            if let key = before.split(whereSeparator: { $0 == " " || $0 == "│" }).last { return String(key) }
        }
        return nil
    }

    struct StartFailed: Error { var command: String }

    struct Timeout: Error, CustomStringConvertible {
        var expected: String
        var screen: String
        var description: String { "timed out waiting for \"\(expected)\"; screen was:\n\(screen)" }
    }

    @discardableResult
    private func run(_ arguments: [String]) throws -> String {
        try Shell.run("/usr/bin/env", ["tmux", "-L", socket] + arguments).output
    }
}

/// Runs a program and collects its output and exit status.
enum Shell {
    struct Result {
        var status: Int32
        var output: String
        var error: String
    }

    /// Single-quotes a word for /bin/sh.
    static func quote(_ word: String) -> String {
        "'" + word.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }

    @discardableResult
    static func run(_ executable: String, _ arguments: [String], environment: [String: String]? = nil,
                    input: String? = nil) throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        // Branch keys go to the test run's own config folder, never the user's ~/.config.
        process.environment = ProcessInfo.processInfo.environment.merging(["XDG_CONFIG_HOME": Fixture.configHome]) { $1 }
            .merging(environment ?? [:]) { $1 }
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        let stdin = Pipe()
        process.standardInput = input == nil ? FileHandle.nullDevice : stdin
        try process.run()
        if let input {
            stdin.fileHandleForWriting.write(Data(input.utf8))
            try stdin.fileHandleForWriting.close()
        }
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, output: String(decoding: outData, as: UTF8.self),
                      error: String(decoding: errData, as: UTF8.self))
    }
}

/// Where the built binary and a scratch folder are.
enum Fixture {
    /// `teller` sits beside the test bundle in the build folder.
    static var tellerPath: String {
        var folder = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        for _ in 0..<3 {
            let candidate = folder.appendingPathComponent("teller").path
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
            folder.deleteLastPathComponent()
        }
        return Bundle.main.bundleURL.deletingLastPathComponent().appendingPathComponent("teller").path
    }

    /// Another executable of the package, built beside `teller`.
    static func binary(_ name: String) -> String {
        (tellerPath as NSString).deletingLastPathComponent + "/" + name
    }

    /// The repository root (for themes/).
    static var repositoryRoot: String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path
    }

    /// `XDG_CONFIG_HOME` of every teller the tests start (branch keys live under it), one per test run.
    static let configHome: String = {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("teller-e2e-config-\(getpid())").path
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }()

    static func scratchFolder() throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("teller-e2e-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    /// A shell command that runs teller with arguments, then reports its exit
    /// status and whether the terminal came back in cooked mode with echo.
    static func command(_ arguments: String, home: String) -> String {
        "cd '\(repositoryRoot)'; XDG_DATA_HOME='\(home)' XDG_CONFIG_HOME='\(configHome)' '\(tellerPath)' \(arguments); status=$?; "
            + "modes=$(stty -a | tr ' ;' '\\n\\n' | grep -E '^-?(icanon|echo)$' | tr '\\n' ' '); "
            + "echo \"EXIT=$status $modes END\"; sleep 600"
    }
}
