import Foundation

/// Drives the real `teller` binary inside a detached tmux session on its own
/// socket, so end-to-end tests type keys and read the screen as a person would.
public final class Tmux {
    public let socket: String
    public let session = "e2e"

    /// Starts `command` (run by /bin/sh) in a new tmux session of the given size.
    public init(_ command: String, width: Int = 100, height: Int = 30, environment: [String: String] = [:]) throws {
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
    public func send(_ keys: String...) throws { try run(["send-keys", "-t", session] + keys) }

    /// Sends tmux send-keys arguments as given (e.g. "-H", "1b", "5b", "41" for raw bytes).
    public func sendArguments(_ arguments: [String]) throws { try run(["send-keys", "-t", session] + arguments) }

    /// Sends text literally (no key-name lookup).
    public func type(_ text: String) throws { try run(["send-keys", "-t", session, "-l", text]) }

    public func resize(width: Int, height: Int) throws {
        try run(["resize-window", "-t", session, "-x", String(width), "-y", String(height)])
    }

    /// The visible screen as text.
    public func screen() throws -> String { try run(["capture-pane", "-t", session, "-p"]) }

    /// Waits until the screen contains `text`; returns the screen. Throws with the last screen on timeout.
    @discardableResult
    public func waitFor(_ text: String, timeout: TimeInterval = 10) throws -> String {
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
    public func hotkey(for title: String) throws -> String? {
        for line in try screen().split(separator: "\n") where line.contains(title) {
            let before = line[..<line.range(of: title)!.lowerBound]
            if let key = before.split(whereSeparator: { $0 == " " || $0 == "│" }).last { return String(key) }
        }
        return nil
    }

    public struct StartFailed: Error { public var command: String }

    public struct Timeout: Error, CustomStringConvertible {
        public var expected: String
        public var screen: String
        public init(expected: String, screen: String) {
            self.expected = expected
            self.screen = screen
        }
        public var description: String { "timed out waiting for \"\(expected)\"; screen was:\n\(screen)" }
    }

    @discardableResult
    private func run(_ arguments: [String]) throws -> String {
        try Shell.run("/usr/bin/env", ["tmux", "-L", socket] + arguments).output
    }
}

