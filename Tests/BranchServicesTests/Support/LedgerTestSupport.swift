import BankCore
import BankCrypto
import BankStore
@testable import BranchServices
import Foundation
import Localization
import Testing
import TestSupport

/// The PIN every customer made by `LedgerBranch` has.
let customerPIN = "258036"
/// The one-time-code secret every customer made by `LedgerBranch` has.
let customerOTPSecret: [UInt8] = Array("12345678901234567890".utf8)

/// A staffed branch with money: a second teller and a second supervisor,
/// customers with a PIN and a one-time-code secret, funded CNY accounts
/// (opening balances posted through the ledger, so `verify` holds from the
/// start) and a vault stocked from head office. Drawers start closed.
final class LedgerBranch {
    let fixture: BranchFixture
    let staff: StaffedBranch
    let teller2: Operator
    let supervisor2: Operator
    private(set) var customers: [Customer] = []
    private var keys = 0

    var context: BranchContext { staff.context }
    var clock: ManualClock { fixture.clock }
    var admin: Operator { staff.admin }
    var teller: Operator { staff.teller }
    var supervisor: Operator { staff.supervisor }
    static let teller2PIN = "246811"
    static let supervisor2PIN = "802469"

    /// Notes and coins the vault starts with (CNY 1,000,000.00 in hundreds and plenty of change).
    static let vaultStock = CashBreakdown([.yuan100: 10_000, .yuan50: 2_000, .yuan20: 2_000, .yuan10: 2_000, .yuan5: 2_000,
                                           .yuan1: 5_000, .jiao5: 2_000, .jiao1: 2_000])

    init(customers count: Int = 4) throws {
        fixture = try BranchFixture()
        staff = try StaffedBranch(fixture)
        let administration = OperatorAdministration(staff.context)
        teller2 = try administration.add(username: "chen.jing", displayName: "Chen Jing 陈静", role: .teller,
                                         pin: Self.teller2PIN, by: staff.admin)
        supervisor2 = try administration.add(username: "wang.qiang", displayName: "Wang Qiang 王强", role: .supervisor,
                                             pin: Self.supervisor2PIN, by: staff.admin)
        let people = DemoCustomers.customers()
        let repository = CustomerRepository(db: context.database)
        let identity = context.identityRecords
        let hash = PINHash.make(pin: customerPIN, iterations: fastIterations).encoded
        let now = clock.now()
        customers = try context.write {
            try people.prefix(count).map { person in
                let customer = try repository.insert(person, createdAt: now, createdBy: nil)
                try identity.save(CustomerCredential(customerID: customer.id, pinHash: hash, pinFailures: 0, pinBlocked: false,
                                                     totpSecretHex: Hex.encode(customerOTPSecret), totpLastStep: nil), at: now)
                return customer
            }
        }
        _ = try DrawerService(context).receiveIntoVault(Self.vaultStock, key: newKey(), by: supervisor)
    }

    /// A fresh idempotency key, as a screen fixes one when the teller confirms.
    func newKey() -> String {
        keys += 1
        return "test-key-\(keys)-\(UUID().uuidString)"
    }

    /// Opens an account for customer `index` with an opening balance posted
    /// from head office, in `status`.
    @discardableResult
    func account(customer index: Int = 0, balance: Int64, currency: Currency = .cny,
                 status: AccountStatus = .active) throws -> AccountRecord {
        let customer = customers[index]
        let posting = LedgerPosting(context)
        let at = clock.now()
        let today = posting.today
        let supervisorID = supervisor.id
        return try context.write {
            let accounts = posting.accounts
            let number = AccountNumber.make(branchNumber: 1, type: .savings, sequence: try accounts.nextAccountSequence())
            let account = try accounts.insertAccount(number: number, customerID: customer.id, type: .savings, currency: currency,
                                                     openedAt: at, openedBy: nil, applicationID: nil)
            if balance > 0 {
                let office = try posting.ledger.internalAccount(code: "head_office:\(currency.rawValue)", kind: .headOffice,
                                                                currency: currency)
                _ = try posting.write(EntryDraft(
                    entry: JournalEntryRecord(kind: .openingBalance, idempotencyKey: "opening-\(account.id)-\(UUID().uuidString)",
                                              requestHash: "", businessDate: today, currency: currency, amount: balance,
                                              customerID: customer.id, accountID: account.id, makerID: supervisorID,
                                              memo: "opening balance", at: at),
                    postings: [(.internal(office.id), balance), (.customer(account.id), -balance)],
                    auditAction: "ledger.opening_balance", auditDetail: "test"))
            }
            if status != .active { try AccountStatusChange.apply(context, account: account, to: status, by: supervisorID, reason: "test") }
            return try accounts.account(id: account.id)!
        }
    }

    // MARK: People

    /// A supervisor's approval given at this terminal for `maker`'s work.
    func approval(by username: String = "zhang.min", pin: String = supervisorPIN, for maker: Operator,
                  reason: String = "checked with the customer") throws -> SupervisorApproval {
        try staff.auth.approve(username: username, pin: pin, reason: reason, maker: maker)
    }

    /// Opens `teller`'s drawer with `float` taken from the vault, verified by the supervisor.
    @discardableResult
    func openDrawer(_ teller: Operator? = nil, float: CashBreakdown = LedgerBranch.standardFloat) throws -> PostedOperation {
        let who = teller ?? self.teller
        return try DrawerService(context).open(float: float, key: newKey(), approval: try approval(for: who), by: who)
    }

    /// CNY 20,000.00 of mixed notes and coins.
    static let standardFloat = CashBreakdown([.yuan100: 150, .yuan50: 40, .yuan20: 50, .yuan10: 50, .yuan5: 40, .yuan1: 100,
                                              .jiao5: 100, .jiao1: 100])

    /// The customer verified by PIN for a withdrawal from `account`.
    func verifyForWithdrawal(_ account: AccountRecord, by actor: Operator? = nil) throws {
        try IdentityService(context).verifyPIN(customerID: account.customerID, pin: customerPIN,
                                               service: CashService.withdrawalService(accountNumber: account.number),
                                               by: actor ?? teller)
    }

    /// The customer verified for a transfer from `account`, by PIN or by a one-time code.
    func verifyForTransfer(_ account: AccountRecord, oneTimeCode: Bool = false, by actor: Operator? = nil) throws {
        let service = TransferService.verificationService(accountNumber: account.number)
        if oneTimeCode {
            clock.advance(by: 30)  // a code may be used once per time step
            try IdentityService(context).verifyOneTimeCode(customerID: account.customerID,
                                                           code: TOTP.code(secret: customerOTPSecret, at: clock.now()),
                                                           service: service, by: actor ?? teller)
        } else {
            try IdentityService(context).verifyPIN(customerID: account.customerID, pin: customerPIN, service: service,
                                                   by: actor ?? teller)
        }
    }

    // MARK: Reading the store

    func balance(_ account: AccountRecord) throws -> Int64 {
        try AccountRepository(db: context.database).account(id: account.id)!.balance
    }

    func stored(_ account: AccountRecord) throws -> AccountRecord {
        try AccountRepository(db: context.database).account(id: account.id)!
    }

    /// What `teller`'s drawer holds by denomination (from the ledger's cash movements).
    func drawerCash(_ teller: Operator? = nil) throws -> CashBreakdown {
        let who = teller ?? self.teller
        guard let drawer = try LedgerRepository(db: context.database).internalAccount(code: DrawerService.drawerCode(who)) else {
            return CashBreakdown()
        }
        return try LedgerRepository(db: context.database).holdings(internalID: drawer.id)
    }

    func internalBalance(_ code: String) throws -> Int64 {
        try LedgerRepository(db: context.database).internalAccount(code: code)?.balance ?? 0
    }

    func entry(_ id: Int64) throws -> JournalEntryRecord {
        try LedgerRepository(db: context.database).entry(id: id)!
    }

    /// Both verifiers over the whole file: the books service and the raw ledger verifier.
    func expectCleanBooks(sourceLocation: SourceLocation = #_sourceLocation) throws {
        let report = try BooksService(context).verify(by: nil)
        #expect(report.isClean, "books: \(report.ledgerBreaches) \(report.auditBreaches)", sourceLocation: sourceLocation)
        let breaches = try LedgerVerifier(db: context.database).verify()
        #expect(breaches.isEmpty, "ledger: \(breaches)", sourceLocation: sourceLocation)
    }

    /// Counts of the rows a posting writes, to prove a refusal wrote nothing.
    func footprint() throws -> [Int] {
        try ["journal_entries", "postings", "cash_movements", "notifications", "large_value_reports", "vouchers"]
            .map { try context.count($0) }
    }
}

/// Cash of exactly `amount` fen, hundreds first then smaller notes, coins last (no 0.1 needed for whole jiao).
func cash(_ amount: Int64) -> CashBreakdown {
    var remaining = amount
    var counts: [Denomination: Int] = [:]
    for denomination in Denomination.allCases.sorted(by: >) {
        let take = Int(remaining / denomination.rawValue)
        if take > 0 { counts[denomination] = take }
        remaining -= Int64(take) * denomination.rawValue
    }
    precondition(remaining == 0, "amount \(amount) is not a whole number of jiao")
    return CashBreakdown(counts)
}
