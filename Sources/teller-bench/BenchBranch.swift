import BankCore
import BankStore
import BranchServices
import Foundation
import Localization

/// What `ledger-setup` creates and `post-loop` relies on: who the bench
/// operators are, the customers' PIN, and how the bench accounts are found
/// again in the file (by the idempotency keys of their opening balances).
enum BenchBranch {
    /// PIN hashes stay cheap so many short-lived processes start fast.
    static let pinIterations = 1_000
    /// Every bench customer's PIN, set through `IdentityService.setPIN`.
    static let customerPIN = "482915"
    /// Prefix of the opening-balance keys; the account's position follows.
    static let openingKeyPrefix = "bench-open-"

    static func tellerName(_ number: Int) -> String { "bench\(number)" }

    static var supervisor: DemoBranch.Login {
        DemoBranch.logins.first { $0.role == .supervisor }!
    }

    static func `operator`(_ username: String, in context: BranchContext) throws -> Operator {
        guard let found = try OperatorRepository(db: context.database).find(username: username)?.operator else {
            throw LocalizedMessage(.unexpectedError, "no operator \(username) in \(context.database.path)")
        }
        return found
    }

    /// The opening-balance keys as a range, so the key's unique index finds them (LIKE would read every entry).
    static var keyRange: [SQLValue] { [.text(openingKeyPrefix), .text(openingKeyPrefix.dropLast() + ".")] }

    /// The accounts `ledger-setup` opened, in the order it opened them.
    static func accounts(in context: BranchContext) throws -> [AccountRecord] {
        let repository = AccountRepository(db: context.database)
        return try context.database.query("""
            SELECT account_id FROM journal_entries WHERE kind = 'opening_balance' AND idempotency_key >= ? AND idempotency_key < ?
            ORDER BY account_id
            """, keyRange).compactMap { row in try row.int("account_id").flatMap { try repository.account(id: $0) } }
    }

    /// With `--go-file PATH`: says READY (its setup done) and waits until PATH exists, so the
    /// benchmark starts every worker's timed loop together, none overlapping another's setup.
    static func waitForGo(_ options: BenchOptions) {
        guard let go = options.values["go-file"] else { return }
        benchParent = getppid()
        FileHandle.standardOutput.write(Data("READY\n".utf8))
        let deadline = Date().addingTimeInterval(600)
        while !FileManager.default.fileExists(atPath: go) {
            stopIfOrphaned()
            guard Date() < deadline else { BenchOptions.failRun("teller-bench: no start signal (\(go)) within 10 minutes; stopping") }
            usleep(500)
        }
    }

    /// The benchmark that started this worker (set by `waitForGo`); 0 when run by hand.
    nonisolated(unsafe) static var benchParent: pid_t = 0

    /// A worker whose benchmark has gone (killed, crashed) stops instead of posting on with nobody counting.
    static func stopIfOrphaned() {
        if benchParent != 0, getppid() != benchParent { exit(3) }
    }

    /// The identity-verification services an operation on `account` may need.
    static func services(for account: AccountRecord) -> [String] {
        [TransferService.verificationService(accountNumber: account.number), CashService.withdrawalService(accountNumber: account.number)]
    }

    /// Verifies each account's customer by PIN for every service not verified
    /// within the last half hour, as the teller does at the counter.
    static func verifyCustomers(of accounts: [AccountRecord], in context: BranchContext, by actor: Operator) throws {
        let identity = IdentityService(context)
        for account in accounts {
            for service in services(for: account) where !identity.isVerified(customerID: account.customerID, service: service, by: actor) {
                try identity.verifyPIN(customerID: account.customerID, pin: customerPIN, service: service, by: actor)
            }
        }
    }
}
