import BankCore
import BankCrypto
import BankStore
@testable import BranchServices
import Foundation
import Glibc
import Localization
import Testing
import TestSupport

/// The branch key: created at setup outside the file (0600 in a 0700 folder),
/// refused when others can read it or it is malformed, required for a keyed
/// file, used to seal a legacy file, and to encrypt one-time-code secrets.
struct BranchKeyTests {
    private func mode(_ path: String) throws -> Int {
        (try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? NSNumber)?.intValue ?? -1
    }

    @Test func setupCreatesThePrivateKeyInTheKeysFolderNamedByTheBranch() throws {
        let fixture = try BranchFixture()
        let keys = fixture.folder.appendingPathComponent("config/teller/keys").path
        let location = BranchKeyLocation.standard(environment: ["XDG_CONFIG_HOME": fixture.folder.appendingPathComponent("config").path],
                                                  explicit: nil, training: false)
        #expect(location == .keysFolder(keys))
        let context = try BranchContext.open(path: fixture.path, clock: fixture.clock, terminal: "t", pinIterations: fastIterations,
                                             keyLocation: location)
        #expect(context.key == nil)
        try SetupService(context).createBranch(code: "BR01", name: "Branch", businessDate: BusinessDate("2026-01-05")!,
                                               adminUsername: "admin", adminName: "Admin", pin: adminPIN)
        let path = try #require(context.keyPath)
        #expect(path.hasPrefix(keys + "/") && path.hasSuffix(".key"))
        #expect(try mode(path) == 0o600 && mode(keys) == 0o700)
        #expect(try BranchKeyFile.load(path: path) == context.key)
        #expect(!FileManager.default.fileExists(atPath: fixture.path + ".key"))
        // Nothing of the key is in the branch file.
        let file = try #require(FileManager.default.contents(atPath: fixture.path))
        #expect(file.range(of: Data(Hex.encode(try #require(context.key).bytes).utf8)) == nil)
        #expect(try BooksService(context).verify(by: nil).isClean)
    }

    @Test func aKeyOthersCanReadOrAMalformedKeyIsRefused() throws {
        let fixture = try BranchFixture()
        _ = try StaffedBranch(fixture)
        let key = fixture.path + ".key"
        chmod(key, 0o640)
        #expect(failure { try fixture.open() }?.key == .keyFileUnsafe)
        chmod(key, 0o600)
        try Data("not a key\n".utf8).write(to: URL(fileURLWithPath: key))
        chmod(key, 0o600)
        #expect(failure { try fixture.open() }?.key == .keyFileMalformed)
    }

    @Test func aKeyedBranchWithoutItsKeyIsNotOpenedForWritingAndNoNewKeyIsMade() throws {
        let fixture = try BranchFixture()
        _ = try StaffedBranch(fixture)
        try FileManager.default.removeItem(atPath: fixture.path + ".key")
        #expect(failure { try fixture.open() }?.key == .keyMissing)
        #expect(!FileManager.default.fileExists(atPath: fixture.path + ".key"))
    }

    @Test func aLegacyFileIsSealedWithANewKeyAndItsSecretsEncryptedOnOpen() throws {
        let fixture = try BranchFixture()
        let staff = try StaffedBranch(fixture)
        let customer = try CustomerRepository(db: staff.context.database).insert(DemoCustomers.customers()[0], createdAt: fixture.clock.now(),
                                                                                 createdBy: nil)
        // Make it look like a file from before this change: plain SHA-256 chain, `seq:hash` head, clear secret, no key.
        var sql = "DROP TRIGGER audit_log_no_update; "
        var prev = AuditTrail.genesisHash
        for entry in try staff.context.audit.recent(limit: 1000).reversed() {
            let hash = AuditLine.legacyHash(seq: entry.seq, atMillis: Int64((entry.at.timeIntervalSince1970 * 1000).rounded()),
                                            operatorID: entry.operatorID, terminal: entry.terminal, action: entry.action,
                                            subject: entry.subject, detail: entry.detail, prevHash: prev)
            sql += "UPDATE audit_log SET prev_hash = '\(prev)', hash = '\(hash)' WHERE seq = \(entry.seq); "
            prev = hash
        }
        let count = try staff.context.audit.count()
        sql += "UPDATE settings SET value = '\(count):\(prev)' WHERE key = 'audit.head'; "
        sql += "INSERT INTO customer_credentials (customer_id, pin_failures, pin_blocked, totp_secret, updated_at) "
            + "VALUES (\(customer.id), 0, 0, '\(Hex.encode(customerOTPSecret))', 0);"
        try sqliteCLI(fixture.path, sql)
        try FileManager.default.removeItem(atPath: fixture.path + ".key")

        let reopened = try fixture.open()
        #expect(reopened.key != nil && FileManager.default.fileExists(atPath: fixture.path + ".key"))
        // The re-anchor entry, then every credential row sealed afresh under the new key.
        let newest = try reopened.audit.recent(limit: 2)
        let seal = try #require(newest.last)
        #expect(seal.action == AuditTrail.reanchorAction && seal.detail == "sealed_head=\(count):\(prev)")
        #expect(newest.first?.action == CredentialSeal.sealedAction)
        #expect(try BooksService(reopened).verify(by: nil).isClean)
        let stored = try sqliteCLI(fixture.path, "SELECT totp_secret FROM customer_credentials WHERE customer_id = \(customer.id)")
        #expect(stored.hasPrefix("v1:") && !stored.contains(Hex.encode(customerOTPSecret)))
        #expect(try reopened.identityRecords.credential(customerID: customer.id)?.totpSecretHex == Hex.encode(customerOTPSecret))
        // Opening again adds nothing.
        #expect(try fixture.open().audit.count() == count + 2)
    }

    @Test func oneTimeCodeSecretsAreStoredEncryptedAndBoundToTheirCustomer() throws {
        let branch = try LedgerBranch(customers: 2)
        let stored = try sqliteCLI(branch.fixture.path, "SELECT totp_secret FROM customer_credentials ORDER BY customer_id")
            .split(separator: "\n").map(String.init)
        #expect(stored.count == 2 && stored.allSatisfy { $0.hasPrefix("v1:") })
        #expect(!stored.joined().contains(Hex.encode(customerOTPSecret)))
        // A one-time code still verifies through the service.
        let account = try branch.account(balance: 1_000)
        try branch.verifyForTransfer(account, oneTimeCode: true)
        // Copying another customer's sealed secret over does not open: the box is bound to its customer.
        let first = branch.customers[0].id, second = branch.customers[1].id
        try sqliteCLI(branch.fixture.path, """
            UPDATE customer_credentials SET totp_secret = (SELECT totp_secret FROM customer_credentials WHERE customer_id = \(first))
            WHERE customer_id = \(second);
            """)
        #expect(throws: StoreError.self) { try branch.context.identityRecords.credential(customerID: second) }
        // Without the key the secret cannot be read at all.
        #expect(throws: StoreError.branchKeyMissing) { try IdentityRepository(db: branch.context.database, secretsKey: nil).credential(customerID: first) }
    }

    @Test func aClearSecretPlantedInAKeyedFileIsRefused() throws {
        let branch = try LedgerBranch(customers: 1)
        let account = try branch.account(balance: 1_000)
        let planted: [UInt8] = Array("attacker-knows-this!".utf8)
        try sqliteCLI(branch.fixture.path, "UPDATE customer_credentials SET totp_secret = '\(Hex.encode(planted))';")
        #expect(throws: StoreError.self) { try branch.context.identityRecords.credential(customerID: account.customerID) }
        branch.clock.advance(by: 30)
        let refusal = failure {
            try IdentityService(branch.context).verifyOneTimeCode(customerID: account.customerID,
                                                                  code: TOTP.code(secret: planted, at: branch.clock.now()),
                                                                  service: TransferService.verificationService(accountNumber: account.number),
                                                                  by: branch.teller)
        }
        #expect(refusal != nil)
        // Reopening does not seal (and so accept) it: only a legacy file's secrets are sealed, once.
        #expect(throws: StoreError.self) { try branch.fixture.open().identityRecords.credential(customerID: account.customerID) }
    }

    @Test func theTrainingSeedGivesEveryDemoCustomerTheReadmeSecret() throws {
        let fixture = try BranchFixture(name: "training.sqlite")
        try TrainingFile.prepare(path: fixture.path, reset: false, terminal: "t")
        let context = try fixture.open()
        let secrets = try context.database.query("SELECT customer_id FROM customer_credentials").map { row in
            try context.identityRecords.credential(customerID: row.int("customer_id") ?? 0)?.totpSecretHex
        }
        #expect(!secrets.isEmpty)
        #expect(secrets.allSatisfy { $0 == Hex.encode(Base32.decode("JBSWY3DPEHPK3PXP")!) })
        #expect(try context.database.scalarInt("SELECT count(*) FROM customer_credentials WHERE totp_secret NOT LIKE 'v1:%'") == 0)
    }
}
