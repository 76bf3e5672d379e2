import BankCore
import BankCrypto
import BankStore
import Foundation

/// Money for the training branch: a funded vault, accounts for most demo
/// customers with opening balances posted through the ledger (so `verify`
/// holds from the start), a history of transfers on one account for
/// statement paging, one dormant and one frozen account, and a customer
/// PIN and one-time-code secret printed in the README for the classroom.
enum DemoLedger {
    // Opening balances and the year of history are entered by teller2 (so a
    // supervisor can practise reversing them); the vault receipt by the supervisor.

    /// Every demo customer's PIN.
    static let customerPIN = "258036"
    /// The one-time-code secret of every demo customer (base32, for an authenticator app).
    static let oneTimeCodeSecret = "JBSWY3DPEHPK3PXP"

    /// (customer index, type, currency, opening balance in minor units, status)
    static let accounts: [(Int, AccountType, Currency, Int64, AccountStatus)] = [
        (0, .savings, .cny, 12_000_000, .active), (0, .current, .cny, 3_500_000, .active), (1, .savings, .cny, 5_800_000, .active),
        (2, .savings, .cny, 860_050, .active), (3, .savings, .cny, 1_250_000, .dormant), (4, .current, .cny, 2_300_000, .active),
        (5, .savings, .cny, 9_100_000, .active), (6, .savings, .cny, 450_000, .active), (7, .current, .cny, 15_600_000, .active),
        (8, .savings, .cny, 120_000, .active), (9, .savings, .cny, 7_000_000, .frozen), (15, .savings, .usd, 500_000, .active),
        (16, .current, .cny, 6_400_000, .active),
    ]

    /// The vault's opening stock by denomination.
    static let vaultStock = CashBreakdown([.yuan100: 3000, .yuan50: 600, .yuan20: 500, .yuan10: 500, .yuan5: 300, .yuan1: 1000,
                                           .jiao5: 400, .jiao1: 500])

    static func seed(_ context: BranchContext, customers: [Customer], makerID: Int64, supervisorID: Int64, customerPINHash: String,
                     today: BusinessDate, now: Date) throws {
        let posting = LedgerPosting(context)
        let ledger = posting.ledger
        let identity = context.identityRecords
        let secretHex = Hex.encode(Base32.decode(oneTimeCodeSecret) ?? [])
        for customer in customers {
            try identity.save(CustomerCredential(customerID: customer.id, pinHash: customerPINHash, pinFailures: 0, pinBlocked: false,
                                                 totpSecretHex: secretHex, totpLastStep: nil), at: now)
        }
        let vault = try ledger.internalAccount(code: DrawerService.vaultCode, kind: .vault, currency: .cny)
        let headOffice = try ledger.internalAccount(code: "head_office:CNY", kind: .headOffice, currency: .cny)
        _ = try posting.write(EntryDraft(
            entry: JournalEntryRecord(kind: .vaultReceipt, idempotencyKey: "training-seed-vault", requestHash: "", businessDate: today,
                                      currency: .cny, amount: vaultStock.total, makerID: supervisorID, memo: "training seed",
                                      detail: "cash \(vaultStock.summary)", at: now),
            postings: [(.internal(vault.id), vaultStock.total), (.internal(headOffice.id), -vaultStock.total)],
            cash: [(vault.id, vaultStock, 1)], auditAction: "ledger.vault_receipt", auditDetail: "training seed"))
        let branchNumber = AccountOpeningService(context).branchNumber()
        var opened: [AccountRecord] = []
        for (index, type, currency, balance, status) in accounts where index < customers.count {
            let account = try posting.accounts.insertAccount(
                number: AccountNumber.make(branchNumber: branchNumber, type: type, sequence: try posting.accounts.nextAccountSequence()),
                customerID: customers[index].id, type: type, currency: currency, openedAt: now - 400 * 86400, openedBy: nil,
                applicationID: nil)
            let office = try ledger.internalAccount(code: "head_office:\(currency.rawValue)", kind: .headOffice, currency: currency)
            _ = try posting.write(EntryDraft(
                entry: JournalEntryRecord(kind: .openingBalance, idempotencyKey: "training-seed-open-\(account.id)", requestHash: "",
                                          businessDate: BusinessDate(date: now - 400 * 86400), currency: currency, amount: balance, customerID: customers[index].id,
                                          accountID: account.id, makerID: makerID, memo: "opening balance", at: now - 400 * 86400),
                postings: [(.internal(office.id), balance), (.customer(account.id), -balance)],
                auditAction: "ledger.opening_balance", auditDetail: "training seed"))
            if status != .active {
                try AccountStatusChange.apply(context, account: account, to: status, by: supervisorID, reason: "training seed")
            }
            opened.append(account)
        }
        // A year of small transfers between the first two accounts, for statement paging.
        if opened.count >= 3 {
            for n in 1...60 {
                let amount = Int64(10_000 + (n * 7_919) % 90_000)
                let (from, to) = n % 2 == 0 ? (opened[0], opened[2]) : (opened[2], opened[0])
                let at = now - Double(365 - n * 6) * 86400
                _ = try posting.write(EntryDraft(
                    entry: JournalEntryRecord(kind: .transfer, idempotencyKey: "training-seed-transfer-\(n)", requestHash: "",
                                              businessDate: BusinessDate(date: at), currency: .cny, amount: amount,
                                              customerID: from.customerID, accountID: from.id, counterAccountID: to.id,
                                              makerID: makerID, memo: n % 3 == 0 ? "rent 房租" : "family 家用", at: at),
                    postings: [(.customer(from.id), amount), (.customer(to.id), -amount)],
                    auditAction: "ledger.transfer", auditDetail: "training seed"))
            }
        }
    }
}
