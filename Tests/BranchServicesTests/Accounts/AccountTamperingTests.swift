import BankCore
import BankStore
@testable import BranchServices
import Foundation
import Localization
import Testing
import TestSupport

/// An insider who can write the file gives an opened account to another
/// customer, grants it an overdraft or deletes it: `verify` names each from
/// the facts in the opening's keyed audit row.
struct AccountTamperingTests {
    private func opened() throws -> (branch: OpeningBranch, account: AccountRecord, other: Customer) {
        let branch = try OpeningBranch()
        let customer = try branch.register("Wang Xiaoming")
        let other = try branch.register("Li Na", birth: "1990-05-06", sequence: "456")
        let submitted = try branch.opening.submit(OpeningBranch.form(customer), by: branch.teller)
        try branch.attestPhoto(customer, application: submitted.applicationID)
        let account = try branch.opening.open(applicationID: submitted.applicationID, customerConfirmed: true, by: branch.teller).account
        #expect(try BooksService(branch.context).verify(by: nil).isClean)
        return (branch, account, other)
    }

    private func breaches(_ branch: OpeningBranch) throws -> [LedgerBreach] {
        try BooksService(branch.context).verify(by: nil).ledgerBreaches
    }

    @Test func anAccountGivenToAnotherCustomerOrAnOverdraftIsNamed() throws {
        let (branch, account, other) = try opened()
        try sqliteCLI(branch.path, "UPDATE accounts SET customer_id = \(other.id), overdraft_limit = 5000000 WHERE id = \(account.id);")
        #expect(try breaches(branch) == [
            .accountDiffersFromAudit(account: account.number, field: "customer", audited: String(account.customerID), found: String(other.id)),
            .accountDiffersFromAudit(account: account.number, field: "overdraft", audited: "0", found: "5000000"),
        ])
    }

    @Test func aDeletedAccountIsNamed() throws {
        let (branch, account, _) = try opened()
        try sqliteCLI(branch.path, "PRAGMA foreign_keys = OFF; DELETE FROM care_tasks WHERE account_id = \(account.id); DELETE FROM accounts WHERE id = \(account.id);")
        #expect(try breaches(branch).contains(.accountMissing(account: account.number)))
    }
}
