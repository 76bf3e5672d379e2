import CSQLite
import Foundation

/// Every teller-bench command writes to its file (the benchmark posts test
/// transfers and adds bench tellers; call-next serves tickets; the loops
/// post; generate and ledger-setup make files), and signs in with the demo
/// logins, so all of them work on training branches only. Checked once, in
/// `main`, read-only and before the file is opened for work (which could
/// upgrade its schema). A file that does not exist yet, or is not a branch
/// file, passes here; opening it (or the command's own checks) says which.
enum TrainingOnly {
    static func refuseRealBranch(_ path: String, command: String) {
        guard FileManager.default.fileExists(atPath: path) else { return }
        var connection: OpaquePointer?
        defer { sqlite3_close_v2(connection) }
        guard sqlite3_open_v2(path, &connection, SQLITE_OPEN_READONLY, nil) == SQLITE_OK, let db = connection else { return }
        let raw = RawConnection(db: db)
        if let training = raw.quietInt("SELECT is_training FROM branch"), training != 1 {
            BenchOptions.fail("teller-bench \(command): \(path) is a real branch file, and teller-bench writes test data; it only "
                              + "works on training files (make one with: teller-bench generate --db NEW_PATH). Nothing was changed.")
        }
    }
}
