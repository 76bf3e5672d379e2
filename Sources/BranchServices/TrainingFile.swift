import BankStore
import Foundation
import Localization

/// Guards the training sandbox: demo mode only ever opens a file marked as
/// training (or creates a new one), and a reset deletes and reseeds only such a file.
public enum TrainingFile {
    /// Makes sure `path` is a seeded training branch; with `reset`, starts it afresh.
    public static func prepare(path: String, reset: Bool, terminal: String) throws(LocalizedMessage) {
        let exists = FileManager.default.fileExists(atPath: path)
        if exists {
            let context = try BranchContext.open(path: path, terminal: terminal)
            if let branch = context.branch(), !branch.isTraining {
                throw LocalizedMessage(.cliDemoRefusesRealFile, path)
            }
            context.database.close()
            if reset {
                for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
            }
        }
        let context = try BranchContext.open(path: path, terminal: terminal)
        if context.branch() == nil { try DemoBranch.seed(context) }
        context.database.close()
    }
}
