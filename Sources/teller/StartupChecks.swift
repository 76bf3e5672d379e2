import BranchServices
import Foundation
import Glibc
import Localization

/// What the executable settles before it touches any file: the process's
/// umask and signals, that an interactive command has a terminal, and that
/// the branch file's folder exists (only teller's own data folder is ever
/// created). Each check fails before the file is opened, so a refused start
/// leaves nothing behind.
enum StartupChecks {
    /// Files are created 0600 and folders 0700 (umask 077); a file-size limit
    /// (`ulimit -f`) makes writes fail with EFBIG instead of killing the
    /// process with SIGXFSZ and leaving the terminal raw.
    static func settleProcess() {
        umask(0o077)
        signal(SIGXFSZ, SIG_IGN)
    }

    /// The workstation and the lobby board need a terminal on stdin and stdout.
    static func needsTerminal(_ command: CommandLineOptions.Command) -> Bool {
        command == .run || command == .board
    }

    static var hasTerminal: Bool { isatty(0) == 1 && isatty(1) == 1 }

    /// Nil when the folder of `path` exists (or is teller's own data folder,
    /// created now 0700); otherwise why the start is refused.
    static func prepareFolder(of path: String, environment: [String: String]) -> LocalizedMessage? {
        let folder = ((path as NSString).deletingLastPathComponent as NSString).standardizingPath
        let resolved = folder.isEmpty ? "." : folder
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: resolved, isDirectory: &isDirectory) {
            return isDirectory.boolValue ? nil : LocalizedMessage(.cliFolderMissing, resolved)
        }
        let own = (DataLocation.directory(environment: environment) as NSString).standardizingPath
        guard resolved == own else { return LocalizedMessage(.cliFolderMissing, resolved) }
        do {
            try PrivateFile.ensureFolder(own)
            return nil
        } catch {
            return LocalizedMessage(.storeCannotOpen, path, error.localizedDescription)
        }
    }
}
