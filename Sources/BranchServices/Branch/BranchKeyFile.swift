import BankCrypto
import Foundation
import Glibc
import Localization

/// Where a branch's key lives: never inside the branch file, so whoever can
/// only write the file cannot forge the audit chain or read one-time-code secrets.
///
/// - `file(PATH)`: given with `--key PATH` or `TELLER_KEY_FILE`;
/// - `keysFolder(DIR)`: the default for a real branch,
///   `$XDG_CONFIG_HOME/teller/keys` (else `~/.config/teller/keys`), the file
///   named by the branch's key id (setting `branch.key_id`): `DIR/<id>.key`;
/// - `besideBranchFile`: `<branch file>.key`, for training branches (with
///   `--demo`, or a file marked as training: a keys folder location then
///   looks beside the file; `teller verify` prints which key it used) and tests.
public enum BranchKeyLocation: Sendable, Equatable {
    case file(String)
    case keysFolder(String)
    case besideBranchFile

    /// The location the command line and environment ask for.
    public static func standard(environment: [String: String], explicit: String?, training: Bool) -> BranchKeyLocation {
        if let explicit, !explicit.isEmpty { return .file(explicit) }
        if let file = environment["TELLER_KEY_FILE"], !file.isEmpty { return .file(file) }
        if training { return .besideBranchFile }
        return .keysFolder(keysFolder(environment: environment))
    }

    /// `$XDG_CONFIG_HOME/teller/keys`, else `~/.config/teller/keys`.
    public static func keysFolder(environment: [String: String]) -> String {
        let config: String
        if let xdg = environment["XDG_CONFIG_HOME"], xdg.hasPrefix("/") {
            config = xdg
        } else {
            let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
            config = (home as NSString).appendingPathComponent(".config")
        }
        return ((config as NSString).appendingPathComponent("teller") as NSString).appendingPathComponent("keys")
    }

    /// The key file's path for `branchFile`, whose key id is `keyID` (nil: none recorded, so no file in a keys folder).
    func path(branchFile: String, keyID: String?, training: Bool) -> String? {
        switch self {
        case .file(let path): return path
        case .besideBranchFile: return branchFile + ".key"
        case .keysFolder where training: return branchFile + ".key"
        case .keysFolder(let folder): return keyID.map { (folder as NSString).appendingPathComponent("\($0).key") }
        }
    }
}

/// Reads and creates key files: 64 hex digits, mode 0600 in a 0700 folder.
/// A key file others can read or write, or that is malformed, is refused.
public enum BranchKeyFile {
    /// Settings key of the branch's key id (names the key file in a keys folder).
    static let keyIDSetting = "branch.key_id"

    /// The key at `path`, nil if there is no file there.
    public static func load(path: String) throws(LocalizedMessage) -> BranchKey? {
        var info = stat()
        guard stat(path, &info) == 0 else {
            if errno == ENOENT { return nil }
            throw LocalizedMessage(.keyFileUnreadable, path, String(cString: strerror(errno)))
        }
        guard info.st_mode & S_IFMT == S_IFREG else { throw LocalizedMessage(.keyFileUnreadable, path, "not a regular file") }
        let mode = info.st_mode & 0o777
        guard mode & 0o077 == 0 else { throw LocalizedMessage(.keyFileUnsafe, path, String(mode, radix: 8)) }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw LocalizedMessage(.keyFileUnreadable, path, "permission denied")
        }
        guard let key = BranchKey(fileText: String(decoding: data, as: UTF8.self)) else { throw LocalizedMessage(.keyFileMalformed, path) }
        return key
    }

    /// Creates a new key at `path` (never replacing a file: one that appeared meanwhile is loaded instead);
    /// `makeFolder` creates its folder (0700) first.
    static func create(path: String, makeFolder: Bool) throws(LocalizedMessage) -> BranchKey {
        let folder = (path as NSString).deletingLastPathComponent
        if makeFolder, !FileManager.default.fileExists(atPath: folder) {
            do {
                try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true,
                                                        attributes: [.posixPermissions: 0o700])
            } catch {
                throw LocalizedMessage(.keyFileCannotCreate, path, error.localizedDescription)
            }
        }
        let key = BranchKey.generate()
        let descriptor = Glibc.open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else {
            // Another terminal made it a moment ago: use that one.
            if errno == EEXIST, let existing = try load(path: path) { return existing }
            throw LocalizedMessage(.keyFileCannotCreate, path, String(cString: strerror(errno)))
        }
        let text = Array(key.fileText.utf8)
        let written = text.withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress, $0.count) }
        let synced = fsync(descriptor) == 0
        Glibc.close(descriptor)
        guard written == text.count, synced else {
            unlink(path)
            throw LocalizedMessage(.keyFileCannotCreate, path, "the key could not be written")
        }
        return key
    }
}
