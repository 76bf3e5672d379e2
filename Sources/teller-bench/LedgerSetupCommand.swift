import BankCore
import BankStore
import BranchServices
import Foundation

/// `ledger-setup`: a branch file ready for `post-loop` workers. The training
/// seed supplies the supervisor, customers and a funded vault; the rest goes
/// through the same services a branch uses (operators, cash rules, customer
/// PINs and verification, supervisor-approved drawer floats), except the
/// opening balances, which `LedgerSeeding` posts.
enum LedgerSetupCommand {
    /// Each drawer's float: 10,000.00 in 100-yuan notes plus change.
    static let float = CashBreakdown([.yuan100: 100, .yuan50: 20, .yuan10: 50])

    static func run(_ options: BenchOptions) {
        let path = options.text("db")
        let accountCount = Int(options.integer("accounts", in: 2...10_000))
        let tellerCount = Int(options.integer("tellers", default: 8, in: 1...50))
        let balance = options.integer("balance", default: 1_000_000, in: 1...AmountParser.maximumMinorUnits)
        let opened: [AccountRecord] = BenchOptions.orFail {
            let context = try BranchContext.open(path: path, terminal: "bench-setup:\(getpid())", pinIterations: BenchBranch.pinIterations)
            guard context.branch() == nil else { BenchOptions.fail("teller-bench ledger-setup: \(path) already holds a branch") }
            try DemoBranch.seed(context)
            return try staff(context, tellers: tellerCount, accounts: accountCount, balance: balance)
        }
        print("branch \(path): \(tellerCount) tellers (\(BenchBranch.tellerName(1))…\(BenchBranch.tellerName(tellerCount))), "
              + "\(opened.count) accounts of \(AmountParser.format(balance)) each")
        for account in opened { print("ACCOUNT \(account.number)") }
    }

    /// Adds the bench tellers (each with a drawer float verified by the
    /// supervisor) and `accounts` funded accounts for the first customers
    /// after `skipped`,
    /// whose PINs are set and verified, to a seeded branch. Daily limits are
    /// lifted: bench traffic moves the same accounts all day.
    static func staff(_ context: BranchContext, tellers tellerCount: Int, accounts accountCount: Int,
                      balance: Int64, skippingCustomers skipped: Int = 0) throws -> [AccountRecord] {
        let admin = try BenchBranch.operator("admin", in: context)
        let supervisor = try BenchBranch.operator(BenchBranch.supervisor.username, in: context)
        let rules = CashRulesService(context)
        for key in ["transfer.daily_limit", "withdrawal.daily_limit"] {
            try rules.set(key, minorUnits: AmountParser.maximumMinorUnits, by: admin)
        }
        let administration = OperatorAdministration(context)
        let tellers = try (1...tellerCount).map { number in
            try administration.add(username: BenchBranch.tellerName(number), displayName: "Bench Teller \(number)", role: .teller,
                                   pin: "135790", by: admin)
        }
        let customers = try context.database.query("SELECT id FROM customers ORDER BY id LIMIT ? OFFSET ?",
                                                    [.integer(Int64(accountCount)), .integer(Int64(skipped))])
            .compactMap { $0.int("id") }
        guard !customers.isEmpty else { BenchOptions.fail("teller-bench: the branch has no customers") }
        let seeding = LedgerSeeding(context)
        for customer in customers {
            try seeding.seedCustomerPIN(customerID: customer, pin: BenchBranch.customerPIN, by: supervisor)
        }
        let accounts = try (0..<accountCount).map { index in
            try seeding.openFundedAccount(customerID: customers[index % customers.count], openingBalance: balance,
                                          key: BenchBranch.openingKeyPrefix + String(index + 1), by: supervisor)
        }
        let authentication = AuthenticationService(context)
        let drawers = DrawerService(context)
        for teller in tellers {
            let approval = try authentication.approve(username: BenchBranch.supervisor.username, pin: BenchBranch.supervisor.pin,
                                                      reason: "bench float counted", maker: teller)
            _ = try drawers.open(float: float, key: "bench-float-\(teller.username)", approval: approval, by: teller)
        }
        try BenchBranch.verifyCustomers(of: accounts, in: context, by: supervisor)
        return accounts
    }
}
