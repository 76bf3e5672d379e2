import BankStore
import Foundation
import Localization

/// Guards the training sandbox: demo mode only ever opens a file marked as
/// training (or creates a new one), and a reset deletes and reseeds only such a file,
/// and removes the slips and vouchers it wrote (they describe the old training data's people).
public enum TrainingFile {
    /// Makes sure `path` is a seeded training branch; with `reset`, starts it afresh.
    public static func prepare(path: String, reset: Bool, terminal: String,
                               keyLocation: BranchKeyLocation = .besideBranchFile) throws(LocalizedMessage) {
        let exists = FileManager.default.fileExists(atPath: path)
        if exists {
            let context = try BranchContext.open(path: path, terminal: terminal, keyLocation: keyLocation)
            if let branch = context.branch(), !branch.isTraining {
                throw LocalizedMessage(.cliDemoRefusesRealFile, path)
            }
            if reset {
                try emptyInPlace(context.database)
                PrivateFile.removeOutputFiles(besideBranchFile: path)
            }
            context.database.close()
        }
        let context = try BranchContext.open(path: path, terminal: terminal, keyLocation: keyLocation)
        if context.branch() == nil { try DemoBranch.seed(context) }
        context.database.close()
    }

    /// Drops every table in one transaction, keeping the file itself (its
    /// inode and permissions), so terminals that have it open see the fresh
    /// training branch instead of working on a deleted copy.
    static func emptyInPlace(_ database: Database) throws(LocalizedMessage) {
        do {
            try database.execute("PRAGMA foreign_keys = OFF")
            try database.transaction {
                let tables = try database.query(
                    "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").compactMap { $0.string("name") }
                for table in tables { try database.execute("DROP TABLE IF EXISTS \"\(table)\"") }
                try database.execute("PRAGMA user_version = 0")
            }
            try database.execute("PRAGMA foreign_keys = ON")
        } catch let error as StoreError {
            throw StoreMessages.message(for: error)
        } catch {
            throw LocalizedMessage(.unexpectedError, "\(error)")
        }
    }
}
