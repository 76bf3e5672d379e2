import BankCore
import BankCrypto
import BankStore
import Foundation
import Localization

/// One open branch file and everything the use cases share: the store, the
/// clock, which terminal this is, and how strong new PIN hashes are.
/// Each process (terminal) opens its own context. The branch key (kept
/// outside the file, see `BranchKeyLocation`) keys the audit chain and seals
/// one-time-code secrets.
public final class BranchContext {
    public let database: Database
    public let clock: any Clock
    /// Identifies this terminal in the audit trail (host/tty).
    public let terminal: String
    /// PBKDF2 iterations for new PIN hashes; tests lower it to stay fast.
    public let pinIterations: Int
    /// Called after every PIN hash a sign-in or approval computes (tests count them).
    public var pinHashObserver: (() -> Void)?
    /// Told while a write waits for another terminal's lock, and when that wait is over (the terminal shows it).
    public var storeWaitObserver: ((StoreWait) -> Void)?
    /// How writes wait for another terminal's lock (tests shorten it).
    public var writePolicy = BusyRetryPolicy.write

    let operators: OperatorRepository
    let branches: BranchRepository
    let settings: SettingsRepository
    let audit: AuditTrail
    let identityRecords: IdentityRepository
    /// Where the branch key is looked for (and created at setup).
    public let keyLocation: BranchKeyLocation
    /// Opened read-only (verify, report): nothing is written, no key is created.
    public let isReadOnly: Bool

    public init(database: Database, clock: any Clock = SystemClock(), terminal: String,
                pinIterations: Int = PINHash.recommendedIterations, keyLocation: BranchKeyLocation = .besideBranchFile,
                readOnly: Bool = false) {
        self.database = database
        self.clock = clock
        self.terminal = terminal
        self.pinIterations = pinIterations
        self.keyLocation = keyLocation
        isReadOnly = readOnly
        operators = OperatorRepository(db: database)
        branches = BranchRepository(db: database)
        settings = SettingsRepository(db: database)
        audit = AuditTrail(db: database, key: nil)
        identityRecords = IdentityRepository(db: database, secretsKey: nil)
    }

    /// Opens (creating if needed) the branch file at `path`. Store errors are
    /// translated into messages that say what is wrong and what to do.
    /// `readOnly` (verify, report) opens without writing anything, refusing a file that needs migrating;
    /// otherwise the branch key is loaded and a legacy file sealed with it (`BranchContext+Key`).
    public static func open(path: String, clock: any Clock = SystemClock(), terminal: String,
                            pinIterations: Int = PINHash.recommendedIterations, keyLocation: BranchKeyLocation = .besideBranchFile,
                            readOnly: Bool = false) throws(LocalizedMessage) -> BranchContext {
        do {
            let database = readOnly ? try Database.openReadOnly(path: path) : try Database.open(path: path)
            let context = BranchContext(database: database, clock: clock, terminal: terminal, pinIterations: pinIterations,
                                        keyLocation: keyLocation, readOnly: readOnly)
            do { try context.prepareKey() } catch { database.close(); throw error }
            return context
        } catch let message as LocalizedMessage {
            throw message
        } catch let error as StoreError {
            throw StoreMessages.message(for: error)
        } catch {
            throw LocalizedMessage(.storeCannotOpen, path, "\(error)")
        }
    }

    /// The branch file's path (slips and reports are written beside it).
    public var filePath: String { database.path }

    /// The branch, or nil when first-run setup has not been done.
    public func branch() -> Branch? { try? branches.load() }

    /// The date the branch is trading on (the clock's date before setup).
    public var businessDate: BusinessDate { branch()?.businessDate ?? BusinessDate(date: clock.now()) }

    /// A reading that moves when anything in the branch file changed, on another terminal (a `demo-reset`
    /// too) or this one: screens showing shared data keep the reading they loaded at and re-read when it moves.
    public func changeMarker() -> ChangeMarker { ChangeMarker(store: database.changeMarker()) }

    /// Runs `body` as one write transaction, turning store errors into messages.
    /// When another terminal holds the write lock the whole transaction is
    /// retried (it was rolled back, so nothing is done twice) under the store's
    /// write policy (`BusyRetryPolicy.write`); `storeWaitObserver` hears of the
    /// waiting, so the terminal can show it instead of freezing silently.
    @discardableResult
    func write<T>(_ body: () throws -> T) throws(LocalizedMessage) -> T {
        var waited = false
        defer { if waited { storeWaitObserver?(.finished) } }
        return try StoreMessages.translating {
            try database.transaction(retrying: writePolicy, onWait: { wait in
                waited = true
                self.storeWaitObserver?(.waiting(attempt: wait.attempt))
            }, body)
        }
    }

    /// Runs read-only `body` on one consistent snapshot, translating store errors.
    func read<T>(_ body: () throws -> T) throws(LocalizedMessage) -> T {
        try StoreMessages.translating { try database.readSnapshot(body) }
    }

    /// Re-reads the acting operator and checks the permission, so a screen
    /// cannot do more than the role allows even if it tried.
    func requireActor(_ actor: Operator, _ permission: Permission?) throws -> Operator {
        guard let current = try operators.find(id: actor.id)?.operator, current.active else {
            throw LocalizedMessage(.loginInactive)
        }
        if let permission, !current.role.may(permission) {
            throw LocalizedMessage(.errorForbidden, permission.rawValue)
        }
        return current
    }

    func record(_ action: String, by actor: Int64?, subject: String = "", detail: String = "") throws {
        if audit.key == nil, try ensureKey() { try sealCredentialsOnce() }
        _ = try audit.append(at: clock.now(), operatorID: actor, terminal: terminal, action: action,
                             subject: subject, detail: detail)
    }
}
