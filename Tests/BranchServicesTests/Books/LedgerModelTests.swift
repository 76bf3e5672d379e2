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
private struct Divergence: Error, CustomStringConvertible {
    let description: String
}

/// The model and the services side by side.
private final class ModelRun {
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

    func deposit(_ step: Int) throws {
        let account = pick(accounts)
        let teller = pick(tellers)
        let notes = randomCash()
        let badBreakdown = chance(0.06)
        let amount = notes.total + (badBreakdown ? 10 : 0)
        let purposeNeeded = dayCash(customer: account.customerID) + amount >= Self.largeValueThreshold
        let withPurpose = purposeNeeded ? chance(0.8) : chance(0.1)
        let expected: StringKey? = if badBreakdown { .cashTotalMismatch }
            else if frozen.contains(account.id) { .accountFrozen }
            else if purposeNeeded && !withPurpose { .largeValuePurposeRequired }
            else { nil }
        let request = CashRequest(accountNumber: account.number, amount: amount, cash: notes, purpose: withPurpose ? "savings" : "")
        let key = branch.newKey()
        let context = branch.context
        let call = { try CashService(context).deposit(request, key: key, by: teller) }
        guard let result = try attempt("deposit", step: step, expected: expected, call) else { return }
        balances[account.id]! += amount
        drawers[teller.id] = drawers[teller.id]!.adding(notes)
        entries.append(Entry(id: result.entryID, kind: .deposit, customerID: account.customerID, accountID: account.id, amount: amount,
                             changes: [(account.id, amount)], drawerOwner: teller.id, cash: notes, makerID: teller.id))
        try remember(step, result, key: key, call: call, balanceAccount: account.id, largeValue: purposeNeeded)
    }

    func withdraw(_ step: Int) throws {
        let account = pick(accounts)
        let teller = pick(tellers)
        let amount = Int64.random(in: 1...60_000, using: &random) * 10
        let drawer = drawers[teller.id]!
        let notes = CashPayout.suggest(amount: amount, from: drawer) ?? cash(amount)
        let purposeNeeded = dayCash(customer: account.customerID) + amount >= Self.largeValueThreshold
        let withPurpose = purposeNeeded ? chance(0.8) : false
        let overDaily = outgoingToday(account: account.id, kinds: [.withdrawal]) + amount > Self.withdrawalDailyLimit
        let approve = overDaily ? chance(0.7) : chance(0.05)
        let expected: StringKey? = if frozen.contains(account.id) { .accountFrozen }
            else if amount > balances[account.id]! { .insufficientFunds }
            else if !covers(notes, drawer) { .drawerCannotCover }
            else if purposeNeeded && !withPurpose { .largeValuePurposeRequired }
            else if overDaily && !approve { .approvalRequired }
            else { nil }
        let request = CashRequest(accountNumber: account.number, amount: amount, cash: notes, purpose: withPurpose ? "rent" : "")
        let key = branch.newKey()
        let context = branch.context
        let grant = approve ? try approval(for: teller) : nil
        let call = { try CashService(context).withdraw(request, key: key, approval: grant, by: teller) }
        guard let result = try attempt("withdrawal", step: step, expected: expected, call) else { return }
        balances[account.id]! -= amount
        drawers[teller.id] = drawer.adding(notes, sign: -1)
        entries.append(Entry(id: result.entryID, kind: .withdrawal, customerID: account.customerID, accountID: account.id, amount: amount,
                             changes: [(account.id, -amount)], drawerOwner: teller.id, cash: CashBreakdown().adding(notes, sign: -1),
                             makerID: teller.id, approverID: grant == nil ? nil : branch.supervisor.id))
        try remember(step, result, key: key, call: call, balanceAccount: account.id, largeValue: purposeNeeded)
    }

    /// Whether a transfer of `amount` from `account` needs a supervisor.
    func transferNeedsApproval(_ account: AccountRecord, _ amount: Int64) -> Bool {
        amount > Self.transferSingleLimit
            || outgoingToday(account: account.id, kinds: [.transfer, .externalTransfer]) + amount > Self.transferDailyLimit
    }

    func transfer(_ step: Int) throws {
        let from = pick(accounts)
        let to = pick(accounts.filter { $0.id != from.id })
        let teller = pick(tellers)
        let amount = Int64.random(in: 1...500_000, using: &random)
        let needsApproval = transferNeedsApproval(from, amount)
        let approve = needsApproval ? chance(0.7) : chance(0.05)
        let expected: StringKey? = if frozen.contains(from.id) || frozen.contains(to.id) { .accountFrozen }
            else if amount > balances[from.id]! { .insufficientFunds }
            else if needsApproval && !approve { .approvalRequired }
            else { nil }
        let request = TransferRequest(fromAccountNumber: from.number, toAccountNumber: to.number, amount: amount)
        let key = branch.newKey()
        let context = branch.context
        let grant = approve ? try approval(for: teller) : nil
        let call = { try TransferService(context).transfer(request, key: key, approval: grant, by: teller) }
        guard let result = try attempt("transfer", step: step, expected: expected, call) else { return }
        balances[from.id]! -= amount
        balances[to.id]! += amount
        entries.append(Entry(id: result.entryID, kind: .transfer, customerID: from.customerID, accountID: from.id, amount: amount,
                             changes: [(from.id, -amount), (to.id, amount)], drawerOwner: nil, cash: CashBreakdown(),
                             makerID: teller.id, approverID: grant == nil ? nil : branch.supervisor.id))
        try remember(step, result, key: key, call: call, balanceAccount: from.id, largeValue: false)
    }

    func externalTransfer(_ step: Int) throws {
        let from = pick(accounts)
        let teller = pick(tellers)
        let amount = Int64.random(in: 1...300_000, using: &random)
        let badPayee = chance(0.1)
        let payee = ExternalPayee(name: "Payee \(step)", bank: "Other Bank", accountNumber: badPayee ? "12-34" : "62220212345678\(step % 10)")
        let needsApproval = transferNeedsApproval(from, amount)
        let approve = needsApproval ? chance(0.7) : false
        let expected: StringKey? = if frozen.contains(from.id) { .accountFrozen }
            else if badPayee { .payeeAccountInvalid }
            else if amount > balances[from.id]! { .insufficientFunds }
            else if needsApproval && !approve { .approvalRequired }
            else { nil }
        let request = TransferRequest(fromAccountNumber: from.number, payee: payee, amount: amount, savePayee: chance(0.5))
        let key = branch.newKey()
        let context = branch.context
        let grant = approve ? try approval(for: teller) : nil
        let call = { try TransferService(context).transfer(request, key: key, approval: grant, by: teller) }
        guard let result = try attempt("external transfer", step: step, expected: expected, call) else { return }
        balances[from.id]! -= amount
        entries.append(Entry(id: result.entryID, kind: .externalTransfer, customerID: from.customerID, accountID: from.id, amount: amount,
                             changes: [(from.id, -amount)], drawerOwner: nil, cash: CashBreakdown(), makerID: teller.id,
                             approverID: grant == nil ? nil : branch.supervisor.id))
        try remember(step, result, key: key, call: call, balanceAccount: from.id, largeValue: false)
    }

    func reverse(_ step: Int) throws {
        guard !entries.isEmpty else { return }
        // Mostly one not yet reversed; now and then any (perhaps a second reversal, refused).
        let open = entries.indices.filter { !entries[$0].reversed }
        let index = chance(0.85) && !open.isEmpty ? pick(open) : pick(Array(entries.indices))
        let original = entries[index]
        // Usually a supervisor who had nothing to do with it; sometimes the approver (refused).
        let supervisor: Operator = if original.approverID == branch.supervisor.id {
            chance(0.3) ? branch.supervisor : branch.supervisor2
        } else {
            pick([branch.supervisor, branch.supervisor2])
        }
        var expected: StringKey?
        if original.reversed {
            expected = .entryAlreadyReversed
        } else if original.approverID == supervisor.id || original.makerID == supervisor.id {
            expected = .reversalOwnEntry
        } else if original.changes.contains(where: { $0.change > 0 && balances[$0.account]! < $0.change }) {
            expected = .insufficientFunds
        } else if let owner = original.drawerOwner,
                  !CashBreakdown(original.cash.counts.filter { $0.value > 0 }).isCovered(by: drawers[owner]!) {
            expected = .drawerCannotCover
        }
        let key = branch.newKey()
        let context = branch.context
        let call = { try ReversalService(context).reverse(entryID: original.id, reason: "model reversal", key: key, by: supervisor) }
        guard let result = try attempt("reversal", step: step, expected: expected, call) else { return }
        for (account, change) in original.changes { balances[account]! -= change }
        if let owner = original.drawerOwner { drawers[owner] = drawers[owner]!.adding(original.cash, sign: -1) }
        entries[index].reversed = true
        try remember(step, result, key: key, call: call, balanceAccount: original.accountID, largeValue: false)
    }

    func buy(_ step: Int) throws {
        let teller = pick(tellers)
        let notes = randomCash(maxCount: 30)
        let key = branch.newKey()
        let context = branch.context
        let approval = try branch.approval(for: teller)  // the second person for cash between vault and drawer
        let call = { try DrawerService(context).buy(notes, key: key, approval: approval, by: teller) }
        guard try attempt("drawer buy", step: step, expected: covers(notes, vault) ? nil : .vaultCannotCover, call) != nil else { return }
        drawers[teller.id] = drawers[teller.id]!.adding(notes)
        vault = vault.adding(notes, sign: -1)
    }

    func sell(_ step: Int) throws {
        let teller = pick(tellers)
        let notes = randomCash(maxCount: 30)
        let key = branch.newKey()
        let context = branch.context
        let approval = try branch.approval(for: teller)  // the second person for cash between vault and drawer
        let call = { try DrawerService(context).sell(notes, key: key, approval: approval, by: teller) }
        let expected: StringKey? = covers(notes, drawers[teller.id]!) ? nil : .drawerCannotCover
        guard try attempt("drawer sell", step: step, expected: expected, call) != nil else { return }
        drawers[teller.id] = drawers[teller.id]!.adding(notes, sign: -1)
        vault = vault.adding(notes)
    }

    /// Keeps at most a couple of accounts frozen, so most operations can go through.
    func freezeOrLift(_ step: Int) throws {
        let statuses = AccountStatusService(branch.context)
        let lifting = !frozen.isEmpty && (frozen.count >= 2 || chance(0.5))
        let account = pick(accounts.filter { frozen.contains($0.id) == lifting })
        if lifting {
            try statuses.lift(accountNumber: account.number, reason: "model lift", by: branch.supervisor2)
            frozen.remove(account.id)
        } else {
            try statuses.freeze(accountNumber: account.number, reason: "model freeze", by: branch.supervisor)
            frozen.insert(account.id)
        }
        posted["freeze/lift", default: 0] += 1
    }

    func replay(_ step: Int) throws {
        guard !replays.isEmpty else { return }
        let (first, again) = pick(replays)
        let result = try again()
        guard result.replayed, result.entryID == first.entryID, result.balanceAfter == first.balanceAfter,
              result.largeValueReported == first.largeValueReported else {
            throw Divergence(description: "step \(step) replay of entry \(first.entryID): got \(result)")
        }
        posted["replay", default: 0] += 1
    }

    func conflict(_ step: Int) throws {
        guard let key = usedKeys.randomElement(using: &random) else { return }
        let account = pick(accounts)
        let request = CashRequest(accountNumber: account.number, amount: 999_990, cash: cash(999_990), purpose: "conflict")
        let context = branch.context
        let teller = pick(tellers)
        _ = try attempt("conflicting key", step: step, expected: .idempotencyConflict) {
            try CashService(context).deposit(request, key: key, by: teller)
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
