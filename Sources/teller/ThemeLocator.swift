import Foundation

/// Finds the `themes/` folder: `TELLER_THEMES_DIR`, then `./themes`, then a
/// `themes` folder beside or above the executable (so `swift run` and a
/// built binary both find the repository's), then the system share folders.
enum ThemeLocator {
    static func directory(environment: [String: String]) -> String? {
        if let explicit = environment["TELLER_THEMES_DIR"], !explicit.isEmpty { return explicit }
        var candidates = [FileManager.default.currentDirectoryPath + "/themes"]
        var folder = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
        if let executable = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
            folder = URL(fileURLWithPath: executable).deletingLastPathComponent()
        }
        for _ in 0..<6 {
            candidates.append(folder.appendingPathComponent("themes").path)
            folder.deleteLastPathComponent()
        }
        candidates += ["/usr/local/share/teller/themes", "/usr/share/teller/themes"]
        return candidates.first { FileManager.default.fileExists(atPath: $0 + "/default.theme") }
    }
}
