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

    /// Empties the file in place (see `Database.emptyInPlace`), turning store errors into messages.
    static func emptyInPlace(_ database: Database) throws(LocalizedMessage) {
        do {
            try database.emptyInPlace()
        } catch let error as StoreError {
            throw StoreMessages.message(for: error)
        } catch {
            throw LocalizedMessage(.unexpectedError, "\(error)")
        }
    }
}
