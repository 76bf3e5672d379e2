import BankCore
import BankStore
@testable import BranchServices
import Foundation
import Localization
import Testing

/// The operations a model run tries, each applied to the services and to the model.
extension ModelRun {
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
}
