import BankStore
import Localization

/// Turns store failures into messages an operator can act on.
enum StoreMessages {
    static func message(for error: StoreError) -> LocalizedMessage {
        switch error {
        case .notADatabase(let path): return LocalizedMessage(.storeNotADatabase, path)
        case .corrupt(let path, let detail): return LocalizedMessage(.storeCorrupt, path, detail)
        case .newerSchema(let path, let found, let supported):
            return LocalizedMessage(.storeNewerSchema, path, String(found), String(supported))
        case .cannotOpen(let path, let detail): return LocalizedMessage(.storeCannotOpen, path, detail)
        case .busy: return LocalizedMessage(.errorBusy)
        case .diskFull(let detail): return LocalizedMessage(.storeDiskFull, detail)
        case .branchKeyMissing: return LocalizedMessage(.storeKeyMissing)
        case .needsMigration(let path, let found, let supported):
            return LocalizedMessage(.storeNeedsMigration, path, String(found), String(supported))
        case .credentialSealBroken(let breach):
            return LocalizedMessage(breach.table == .operators ? .storeCredentialTampered : .storeCustomerCredentialTampered, String(breach.id))
        default: return LocalizedMessage(.unexpectedError, error.description)
        }
    }

    /// Runs `body`, passing its messages on and turning store (and any other) errors into messages.
    static func translating<T>(_ body: () throws -> T) throws(LocalizedMessage) -> T {
        do {
            return try body()
        } catch let message as LocalizedMessage {
            throw message
        } catch let error as StoreError {
            throw message(for: error)
        } catch {
            throw LocalizedMessage(.unexpectedError, "\(error)")
        }
    }

    /// Whether a message reports the store failing rather than a business rule refusing.
    static func isStoreFailure(_ message: LocalizedMessage) -> Bool {
        [.storeNotADatabase, .storeCorrupt, .storeNewerSchema, .storeCannotOpen, .errorBusy, .unexpectedError,
         .storeDiskFull, .storeKeyMissing, .storeCredentialTampered, .storeCustomerCredentialTampered].contains(message.key)
    }
}
