import BankCore
import BankCrypto
import BankStore
import Foundation
import Localization

/// Developer and benchmark aid, not a teller function: opens a customer
/// account that already holds money, in one step. `teller-bench
/// ledger-setup` uses it to build branch files for load, crash and
/// concurrency tests without going through the account-opening interview.
/// The money comes from the head-office book as an `opening_balance` entry
/// posted through the ledger like any other (idempotency key, audit row), so
/// `teller verify` holds. Only a supervisor may do it, and only on a training
/// branch (one person alone must never create money on a real branch).
public struct LedgerSeeding {
    let context: BranchContext
    let posting: LedgerPosting

    public init(_ context: BranchContext) {
        self.context = context
        posting = LedgerPosting(context)
    }

    /// Opens an active account for `customerID` and credits `openingBalance`
    /// (minor units, more than zero). The same `key` again returns the account
    /// it opened the first time.
    public func openFundedAccount(customerID: Int64, type: AccountType = .savings, currency: Currency = .cny,
                                  openingBalance: Int64, key: String, by actor: Operator) throws(LocalizedMessage) -> AccountRecord {
        let request = "opening_balance|\(customerID)|\(type.rawValue)|\(currency.rawValue)|\(openingBalance)"
        let posted = try posting.perform(key: key, request: request, actor: actor, permission: .approve) { supervisor in
            // Money from head office with one supervisor's say-so is for training branches only.
            guard try context.branches.load()?.isTraining == true else { throw LocalizedMessage(.seedingTrainingOnly) }
            guard openingBalance > 0, openingBalance <= AmountParser.maximumMinorUnits else { throw LocalizedMessage(.amountTooLarge) }
            guard let customer = try CustomerRepository(db: context.database).find(id: customerID) else {
                throw LocalizedMessage(.customerNotFound)
            }
            let accounts = posting.accounts
            let now = context.clock.now()
            let number = AccountNumber.make(branchNumber: AccountOpeningService(context).branchNumber(), type: type,
                                            sequence: try accounts.nextAccountSequence())
            let account = try accounts.insertAccount(number: number, customerID: customer.id, type: type, currency: currency,
                                                     openedAt: now, openedBy: supervisor.id, applicationID: nil)
            let office = try posting.ledger.internalAccount(code: "head_office:\(currency.rawValue)", kind: .headOffice,
                                                            currency: currency)
            return EntryDraft(
                entry: JournalEntryRecord(kind: .openingBalance, idempotencyKey: "", requestHash: "", businessDate: posting.today,
                                          currency: currency, amount: openingBalance, customerID: customer.id,
                                          accountID: account.id, makerID: supervisor.id, memo: "opening balance", at: now),
                postings: [(.internal(office.id), openingBalance), (.customer(account.id), -openingBalance)],
                primaryAccountID: account.id, auditAction: "ledger.opening_balance",
                auditDetail: "account \(AccountNumber.masked(number)) customer \(customer.id) (seeded)")
        }
        let opened: AccountRecord? = try context.read {
            try posting.ledger.entry(id: posted.entryID)?.accountID.flatMap { try posting.accounts.account(id: $0) }
        }
        guard let opened else { throw LocalizedMessage(.unexpectedError, "entry \(posted.entryID) has no account") }
        return opened
    }

    /// Gives a customer of a *training* branch a known PIN in one step, as the
    /// demo seed does: bench files need every customer verifiable. Not a
    /// teller function (at the counter a PIN takes four eyes,
    /// `IdentityService.setPIN`): supervisors only, refused on a real branch, audited.
    public func seedCustomerPIN(customerID: Int64, pin: String, by actor: Operator) throws(LocalizedMessage) {
        let hash = PINHash.make(pin: pin, iterations: context.pinIterations).encoded
        try context.write {
            let supervisor = try context.requireActor(actor, .approve)
            guard try context.branches.load()?.isTraining == true else { throw LocalizedMessage(.seedingTrainingOnly) }
            let identity = context.identityRecords
            var credential = try identity.credential(customerID: customerID) ?? CustomerCredential(
                customerID: customerID, pinHash: nil, pinFailures: 0, pinBlocked: false, totpSecretHex: nil, totpLastStep: nil)
            credential.pinHash = hash
            credential.pinFailures = 0
            credential.pinBlocked = false
            try identity.save(credential, at: context.clock.now())
            try context.record("customer.pin_seeded", by: supervisor.id, subject: "customer \(customerID)", detail: "training branch")
        }
    }
}
