import Foundation

/// Where the built `teller` and `teller-bench` are, the repository root, and
/// scratch homes for the programs the tests start.
public enum Fixture {
    /// `teller` sits beside the test bundle in the build folder.
    public static var tellerPath: String {
        var folder = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        for _ in 0..<3 {
            let candidate = folder.appendingPathComponent("teller").path
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
            folder.deleteLastPathComponent()
        }
        return Bundle.main.bundleURL.deletingLastPathComponent().appendingPathComponent("teller").path
    }

    /// Another executable of the package, built beside `teller`.
    public static func binary(_ name: String) -> String {
        (tellerPath as NSString).deletingLastPathComponent + "/" + name
    }

    /// The repository root (for themes/).
    public static var repositoryRoot: String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path
    }

    /// `XDG_CONFIG_HOME` of every teller the tests start (branch keys live under it), one per test run.
    public static let configHome: String = {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("teller-e2e-config-\(getpid())").path
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }()

    public static func scratchFolder() throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("teller-e2e-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    /// A shell command that runs teller with arguments, then reports its exit
    /// status and whether the terminal came back in cooked mode with echo.
    public static func command(_ arguments: String, home: String) -> String {
        "cd '\(repositoryRoot)'; XDG_DATA_HOME='\(home)' XDG_CONFIG_HOME='\(configHome)' '\(tellerPath)' \(arguments); status=$?; "
            + "modes=$(stty -a | tr ' ;' '\\n\\n' | grep -E '^-?(icanon|echo)$' | tr '\\n' ' '); "
            + "echo \"EXIT=$status $modes END\"; sleep 600"
    }
}
