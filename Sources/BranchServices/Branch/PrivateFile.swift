import BankCore
import Foundation

/// Files the workstation writes beside the branch file (vouchers, ticket
/// slips, complaint receipts) hold customers' data: they are created 0600 in
/// folders created 0700, whatever the process umask, and a folder of ours
/// found more open is tightened (group and other bits removed).
public enum PrivateFile {
    public static let fileMode: Int = 0o600
    public static let folderMode: Int = 0o700
    /// The folders beside the branch file these files go into: `vouchers/` and `tickets/` (slips and receipts).
    public static let outputFolders = ["vouchers", "tickets"]

    /// Removes the text files teller wrote into its output folders beside `branchFile`: regular
    /// `.txt` files directly in them, never a link, a folder or any other file put there.
    public static func removeOutputFiles(besideBranchFile branchFile: String) {
        let base = (branchFile as NSString).deletingLastPathComponent
        let files = FileManager.default
        for name in outputFolders {
            let folder = (base as NSString).appendingPathComponent(name)
            for entry in (try? files.contentsOfDirectory(atPath: folder)) ?? [] where entry.hasSuffix(".txt") {
                let path = (folder as NSString).appendingPathComponent(entry)
                guard (try? files.attributesOfItem(atPath: path))?[.type] as? FileAttributeType == .typeRegular else { continue }
                try? files.removeItem(atPath: path)
            }
        }
    }

    /// Writes `text` atomically to `path` with mode 0600, creating its folder 0700. Control and format
    /// characters never reach a file (`TextRules.sanitized`): the services refuse them on input, and this is
    /// the last line of defence for every voucher, slip and receipt, including text stored before that rule.
    public static func write(_ text: String, to path: String) throws {
        try ensureFolder((path as NSString).deletingLastPathComponent)
        try Data(TextRules.sanitized(text).utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
        try FileManager.default.setAttributes([.posixPermissions: fileMode], ofItemAtPath: path)
    }

    /// Creates `folder` (and missing parents) 0700, or tightens it if it exists.
    public static func ensureFolder(_ folder: String) throws {
        if FileManager.default.fileExists(atPath: folder) {
            tighten(folder)
        } else {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true,
                                                    attributes: [.posixPermissions: folderMode])
        }
    }

    /// Removes group and other permission bits from `path` if it exists and
    /// this user may change it (a file owned by someone else is left alone);
    /// never adds a bit, so a read-only copy stays read-only.
    public static func tighten(_ path: String) {
        guard let mode = (try? FileManager.default.attributesOfItem(atPath: path))?[.posixPermissions] as? Int,
              mode & 0o077 != 0 else { return }
        try? FileManager.default.setAttributes([.posixPermissions: mode & ~0o077], ofItemAtPath: path)
    }

    /// The branch file, its WAL and shared-memory files and the folders of
    /// files written beside it, tightened (done once at start-up).
    public static func tightenBranch(_ branchFile: String) {
        for suffix in ["", "-wal", "-shm", "-journal"] { tighten(branchFile + suffix) }
        let folder = (branchFile as NSString).deletingLastPathComponent
        for name in outputFolders { tighten((folder as NSString).appendingPathComponent(name)) }
    }
}
