import BankCrypto
import BankStore
import Foundation
import Localization

/// The branch key's life in a context: found when the file is opened,
/// created with the first audit entry of a new branch (setup, training seed),
/// and used to seal a legacy file (a keyed re-anchor entry over its plain
/// SHA-256 chain, and its one-time-code secrets encrypted) the first time the
/// program opens it for writing.
extension BranchContext {
    /// The branch key, when it was found (or created).
    public var key: BranchKey? { audit.key }

    /// The key file's path, nil when a keys folder is used and the file records no key id.
    public var keyPath: String? {
        keyLocation.path(branchFile: database.path, keyID: try? settings.string(BranchKeyFile.keyIDSetting),
                         training: branch()?.isTraining ?? false)
    }

    func use(_ key: BranchKey) {
        audit.key = key
        identityRecords.secretsKey = key.secretsKey
        // Sealing was done once the marker entry exists, or any row carries a seal (the marker was removed since).
        let sealed = ((try? audit.contains(action: CredentialSeal.sealedAction)) ?? false)
            || ((try? operators.anySealed()) ?? false)
        let seal = CredentialSeal(key: key.credentialSealKey, enforced: sealed)
        operators.seal = seal
        identityRecords.seal = seal
    }

    /// Seals the credential rows written before seals existed, once per file, and records that moment in the
    /// audit trail; from then on a row without a seal is refused like a wrong one. Runs inside a write transaction.
    /// `legacy`: the chain was just re-anchored under a new key, so every row is sealed afresh (nothing in a
    /// legacy file was ever sealed with this key, and a marker inside its unkeyed chain proves nothing).
    func sealCredentialsOnce(legacy: Bool = false) throws {
        guard var seal = operators.seal, legacy || !seal.enforced else { return }
        let operatorRows = try operators.sealUnsealed(all: legacy), credentialRows = try identityRecords.sealUnsealed(all: legacy)
        _ = try audit.append(at: clock.now(), operatorID: nil, terminal: terminal, action: CredentialSeal.sealedAction,
                             subject: "credentials", detail: "operators=\(operatorRows) customer_credentials=\(credentialRows)")
        seal.enforced = true
        operators.seal = seal
        identityRecords.seal = seal
    }

    /// At open: loads the key if there is one; opened for writing, a branch whose
    /// chain is keyed must have its key, and a legacy one is sealed now.
    func prepareKey() throws(LocalizedMessage) {
        if let path = keyPath, let key = try BranchKeyFile.load(path: path) { use(key) }
        guard !isReadOnly else { return }
        let hasEntries = ((try? audit.count()) ?? 0) > 0
        guard hasEntries else { return }
        let created = key == nil ? try ensureKey() : false
        // Only the open that creates the key may seal a legacy chain. A legacy-looking chain beside a key that
        // already exists was rehashed without the key (or is being sealed by another terminal this instant):
        // sealing it would put the real key's seal on a forged history, and on any clear secret planted with it.
        if !created, (try? audit.isLegacy()) ?? false {
            throw LocalizedMessage(.keyLegacyChainBesideKey, database.path, keyPath ?? keyLocationText)
        }
        try write {
            let reanchored = try audit.reanchor(at: clock.now(), terminal: terminal) != nil
            if reanchored { try identityRecords.sealClearSecrets() }
            try sealCredentialsOnce(legacy: reanchored)
        }
    }

    /// Makes sure the key is loaded, creating it when the file has no keyed entry
    /// yet (a new branch, or a legacy file); a keyed file without its key is refused.
    /// Returns whether the key was created now.
    @discardableResult
    func ensureKey() throws(LocalizedMessage) -> Bool {
        guard key == nil else { return false }
        guard !isReadOnly else { throw LocalizedMessage(.keyMissing, keyPath ?? keyLocationText) }
        let mayCreate: Bool
        do { mayCreate = try audit.count() == 0 || audit.isLegacy() } catch { throw LocalizedMessage(.unexpectedError, "\(error)") }
        var path = keyPath
        if path == nil, case .keysFolder = keyLocation, mayCreate {  // a new real branch: its key gets a fresh id
            // In one write transaction, so two terminals opening a legacy file at once agree on one id.
            try write {
                if try settings.string(BranchKeyFile.keyIDSetting) == nil {
                    try settings.set(BranchKeyFile.keyIDSetting, UUID().uuidString.lowercased())
                }
            }
            path = keyPath
        }
        guard let path else { throw LocalizedMessage(.keyMissing, keyLocationText) }
        if let existing = try BranchKeyFile.load(path: path) {
            use(existing)
            return false
        }
        guard mayCreate else { throw LocalizedMessage(.keyMissing, path) }
        // Only the standard keys folder is created; a --key path's folder or the branch file's must exist.
        var inKeysFolder = false
        if case .keysFolder = keyLocation, path != database.path + ".key" { inKeysFolder = true }
        use(try BranchKeyFile.create(path: path, makeFolder: inKeysFolder))
        return true
    }

    private var keyLocationText: String {
        switch keyLocation {
        case .file(let path): return path
        case .keysFolder(let folder): return folder
        case .besideBranchFile: return database.path + ".key"
        }
    }
}
