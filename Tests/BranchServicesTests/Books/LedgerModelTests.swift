import BankCore
import BankStore
@testable import BranchServices
import Foundation
import Localization
import Testing

/// Model-based: a seeded random sequence of operations (deposits,
/// withdrawals, internal and external transfers, reversals, drawer buy and
/// sell, freezes, repeats of an idempotency key, and requests that must be
/// refused) applied both to the services and to a plain in-memory model of
/// balances and drawer cash. After every step the store equals the model; at
/// the end the books verify clean.
struct LedgerModelTests {
    @Test(arguments: [1, 7, 42, 20_260_105] as [UInt64])
    func randomOperationsAgreeWithTheModel(seed: UInt64) throws {
        let run = try ModelRun(seed: seed)
        for step in 1...300 {
            try run.step(step)
            try run.compare(step)
        }
        try run.branch.expectCleanBooks()
        // Every kind of operation, posted and refused, really happened.
        #expect(run.posted.keys.count >= 7, "posted: \(run.posted)")
        #expect(run.refused.keys.count >= 6, "refused: \(run.refused)")
    }
}

/// Stops a run at the first disagreement: after it the model means nothing.
struct Divergence: Error, CustomStringConvertible {
    let description: String
}

/// The model and the services side by side.
final class ModelRun {
    /// What the model remembers of a posted customer operation.
    struct Entry {
        var id: Int64
        var kind: EntryKind
        var customerID: Int64
        var accountID: Int64
        var amount: Int64
        /// Changes to customer balances (as the customer sees them), in posting order.
        var changes: [(account: Int64, change: Int64)]
        /// The teller whose drawer took the cash, and the notes into it (negative out).
        var drawerOwner: Int64?
        var cash: CashBreakdown
        var makerID: Int64
        var approverID: Int64?
        var reversed = false
    }

    static let largeValueThreshold: Int64 = 800_000
    static let withdrawalDailyLimit: Int64 = 800_000
    static let transferSingleLimit: Int64 = 400_000
    static let transferDailyLimit: Int64 = 1_200_000

    let branch: LedgerBranch
    var random: SeededGenerator
    let accounts: [AccountRecord]
    let tellers: [Operator]
    var balances: [Int64: Int64] = [:]
    var frozen: Set<Int64> = []
    var drawers: [Int64: CashBreakdown] = [:]
    var vault: CashBreakdown
    var entries: [Entry] = []
    var replays: [(first: PostedOperation, again: () throws -> PostedOperation)] = []
    var usedKeys: [String] = []
    var posted: [String: Int] = [:]
    var refused: [String: Int] = [:]

    init(seed: UInt64) throws {
        random = SeededGenerator(seed: seed)
        branch = try LedgerBranch(customers: 4)
        let rules = CashRulesService(branch.context)
        try rules.set("cash.large_value_threshold", minorUnits: Self.largeValueThreshold, by: branch.admin)
        try rules.set("withdrawal.daily_limit", minorUnits: Self.withdrawalDailyLimit, by: branch.admin)
        try rules.set("transfer.single_limit", minorUnits: Self.transferSingleLimit, by: branch.admin)
        try rules.set("transfer.daily_limit", minorUnits: Self.transferDailyLimit, by: branch.admin)
        var opened: [AccountRecord] = []
        for index in 0..<6 {
            let balance = Int64.random(in: 0...5_000_000, using: &random)
            let account = try branch.account(customer: index % 4, balance: balance)
            opened.append(account)
            balances[account.id] = balance
            // A verification counts only for the teller who made it (at this terminal), so each teller verifies.
            for teller in [branch.teller, branch.teller2] {
                try branch.verifyForWithdrawal(account, by: teller)
                try branch.verifyForTransfer(account, by: teller)
            }
        }
        accounts = opened
        tellers = [branch.teller, branch.teller2]
        vault = LedgerBranch.vaultStock
        for teller in tellers {
            try branch.openDrawer(teller)
            drawers[teller.id] = LedgerBranch.standardFloat
            vault = vault.adding(LedgerBranch.standardFloat, sign: -1)
        }
    }

    // MARK: Randomness

    func chance(_ probability: Double) -> Bool { Double.random(in: 0..<1, using: &random) < probability }
    func pick<T>(_ items: [T]) -> T { items[Int.random(in: 0..<items.count, using: &random)] }

    /// A few notes and coins of random denominations.
    func randomCash(maxCount: Int = 20) -> CashBreakdown {
        var counts: [Denomination: Int] = [:]
        for _ in 0..<Int.random(in: 1...3, using: &random) {
            counts[pick(Denomination.allCases), default: 0] += Int.random(in: 1...maxCount, using: &random)
        }
        return CashBreakdown(counts)
    }

    // MARK: Model arithmetic

    var live: [Entry] { entries.filter { !$0.reversed } }

    func dayCash(customer: Int64) -> Int64 {
        live.filter { $0.customerID == customer && $0.kind.isCounterCash }.reduce(0) { $0 + $1.amount }
    }

    func outgoingToday(account: Int64, kinds: Set<EntryKind>) -> Int64 {
        live.filter { $0.accountID == account && kinds.contains($0.kind) }.reduce(0) { $0 + $1.amount }
    }

    func covers(_ cash: CashBreakdown, _ holdings: CashBreakdown) -> Bool { cash.isCovered(by: holdings) }

    // MARK: Running one attempt

    /// Runs `body`; the model's `expected` refusal (nil: it must post) must match.
    func attempt(_ name: String, step: Int, expected: StringKey?,
                 _ body: () throws -> PostedOperation) throws -> PostedOperation? {
        do {
            let result = try body()
            if let expected {
                throw Divergence(description: "step \(step) \(name): posted entry \(result.entryID), model expected \(expected)")
            }
            posted[name, default: 0] += 1
            return result
        } catch let message as LocalizedMessage {
            guard message.key == expected else {
                throw Divergence(description: "step \(step) \(name): refused \(message.key) \(message.arguments), "
                                     + "model expected \(expected.map { "\($0)" } ?? "success")")
            }
            refused["\(name):\(message.key)", default: 0] += 1
            return nil
        }
    }

    func approval(for maker: Operator) throws -> SupervisorApproval {
        try branch.approval(for: maker, reason: "model run")
    }

    // MARK: Steps

    func step(_ step: Int) throws {
        switch Int.random(in: 0..<100, using: &random) {
        case 0..<24: try deposit(step)
        case 24..<46: try withdraw(step)
        case 46..<64: try transfer(step)
        case 64..<72: try externalTransfer(step)
        case 72..<83: try reverse(step)
        case 83..<87: try buy(step)
        case 87..<91: try sell(step)
        case 91..<94: try freezeOrLift(step)
        case 94..<98: try replay(step)
        default: try conflict(step)
        }
    }

    /// Checks what the service said about the posting it made and keeps it for replays.
    func remember(_ step: Int, _ result: PostedOperation, key: String, call: @escaping () throws -> PostedOperation,
                  balanceAccount: Int64, largeValue: Bool) throws {
        guard !result.replayed, result.balanceAfter == balances[balanceAccount], result.largeValueReported == largeValue else {
            throw Divergence(description: "step \(step): \(result) but the model has balance \(balances[balanceAccount]!) "
                                 + "and large value \(largeValue)")
        }
        usedKeys.append(key)
        replays.append((result, call))
    }

    // MARK: Comparing

    func compare(_ step: Int) throws {
        let repository = AccountRepository(db: branch.context.database)
        for account in accounts {
            guard let stored = try repository.account(id: account.id) else { throw Divergence(description: "account \(account.id) gone") }
            guard stored.balance == balances[account.id] else {
                throw Divergence(description: "step \(step): account \(account.id) holds \(stored.balance), model \(balances[account.id]!)")
            }
            guard (stored.status == .frozen) == frozen.contains(account.id) else {
                throw Divergence(description: "step \(step): account \(account.id) is \(stored.status)")
            }
        }
        for teller in tellers {
            let held = try branch.drawerCash(teller)
            guard held == drawers[teller.id] else {
                throw Divergence(description: "step \(step): \(teller.username)'s drawer holds \(held.summary), model \(drawers[teller.id]!.summary)")
            }
        }
        let vaultHeld = try DrawerService(branch.context).vaultHoldings(by: branch.supervisor)
        guard vaultHeld == vault else {
            throw Divergence(description: "step \(step): vault holds \(vaultHeld.summary), model \(vault.summary)")
        }
    }
}
