import BankCore
import BankStore
import BranchServices
import Foundation

/// The operations of a generated business day, each planned against the
/// in-memory balances and queued as one write for the next batch.
extension LedgerHistory {
    /// The vault receives the branch's cash from head office and each clerk's drawer takes a float from it.
    mutating func openCash(on date: BusinessDate) throws -> BranchCash {
        let at = time(on: date, minute: 8 * 60)
        let (writer, staff, clock) = (self.writer, self.staff, self.clock)
        return try writer.batch { () throws -> BranchCash in
            var cash = BranchCash()
            let vault = try writer.internalAccount(code: LedgerHistoryWriter.vaultCode, kind: .vault)
            let office = try writer.internalAccount(code: "head_office:CNY", kind: .headOffice)
            cash.vaultID = vault.id
            cash.clearingID = try writer.internalAccount(code: "clearing:CNY", kind: .clearing).id
            let receipt = CashBreakdown([Self.note: Self.floatNotes * staff.clerkIDs.count])
            clock.set(at)
            try writer.write(JournalEntryRecord(kind: .vaultReceipt, idempotencyKey: "gen-vault-receipt", requestHash: "generated",
                                                businessDate: date, currency: .cny, amount: receipt.total,
                                                makerID: staff.supervisorID, memo: "cash from head office", at: at),
                             postings: [(.internal(vault.id), receipt.total), (.internal(office.id), -receipt.total)],
                             cash: [(vault.id, receipt, 1)])
            for (number, clerk) in staff.clerkIDs.enumerated() {
                let drawer = try writer.internalAccount(code: LedgerHistoryWriter.drawerCode(username: staff.clerkNames[number]),
                                                        kind: .drawer, operatorID: clerk)
                let float = CashBreakdown([Self.note: Self.floatNotes])
                try writer.write(JournalEntryRecord(kind: .drawerOpen, idempotencyKey: "gen-float-\(clerk)", requestHash: "generated",
                                                    businessDate: date, currency: .cny, amount: float.total, makerID: clerk,
                                                    approverID: staff.supervisorID, approvalReason: "float counted",
                                                    memo: "drawer float", at: at),
                                 postings: [(.internal(drawer.id), float.total), (.internal(vault.id), -float.total)],
                                 cash: [(drawer.id, float, 1), (vault.id, float, -1)])
                cash.drawers.append(drawer.id)
                cash.drawerNotes.append(Self.floatNotes)
            }
            written += 1 + staff.clerkIDs.count
            return cash
        }
    }

    /// One counter operation at `at`: half are transfers, a twentieth payments to other banks, the rest cash;
    /// about one in a hundred is also a refused attempt.
    mutating func planOperation(serial: Int, date: BusinessDate, at: Date) {
        let clerk = random.next(below: cash.drawers.count)
        let index = pickAccount()
        let roll = random.next(below: 100)
        let key = "gen-" + String(100_000_000 + serial).dropFirst()
        let maker = staff.clerkIDs[clerk]
        if roll < 50, accounts.count > 1, balances[index] > 100 {
            planTransfer(from: index, key: key, maker: maker, at: at)
        } else if roll < 55, balances[index] > 100 {
            planExternalTransfer(from: index, key: key, maker: maker, at: at)
        } else {
            planCash(account: index, clerk: clerk, wantsWithdrawal: roll >= 78, key: key, at: at)
        }
        if random.next(below: 100) == 0 {
            let reason = random.next(below: 2) == 0 ? "insufficientFunds" : "approvalRequired"
            let context = self.context
            pending.append {
                try CashRecordsRepository(db: context.database).recordRefusal(at: at, businessDate: date, operatorID: maker,
                                                                             kind: "transfer", reason: reason)
            }
        }
        written += 1
    }

    /// A transfer to another customer; one in five hundred is reversed ten minutes later by the supervisor.
    private mutating func planTransfer(from index: Int, key: String, maker: Int64, at: Date) {
        var target = pickAccount()
        if target == index { target = (index + 1) % accounts.count }
        let amount = Int64(1 + random.next(below: Int(min(balances[index], 5_000_000))))
        balances[index] -= amount
        balances[target] += amount
        var record = entry(.transfer, key: key, at: at, amount: amount, account: index, maker: maker, memo: "transfer")
        record.counterAccountID = accounts[target].id
        let from = accounts[index].id, to = accounts[target].id
        let (writer, clock) = (self.writer, self.clock)
        let transfer = record
        pending.append {
            clock.set(at)
            try writer.write(transfer, postings: [(.customer(from), amount), (.customer(to), -amount)])
        }
        guard random.next(below: 500) == 0, balances[target] >= amount else { return }
        balances[index] += amount
        balances[target] -= amount
        let later = at.addingTimeInterval(600)
        var mirror = entry(.reversal, key: key + "-rev", at: later, amount: amount, account: index, maker: staff.supervisorID,
                           memo: "reversal: keyed wrong account")
        mirror.counterAccountID = to
        let reversal = mirror, context = self.context
        pending.append {
            clock.set(later)
            guard let original = try LedgerRepository(db: context.database).entry(idempotencyKey: key) else { return }
            var linked = reversal
            linked.reversesID = original.id
            try writer.write(linked, postings: [(.customer(from), -amount), (.customer(to), amount)])
        }
        written += 1
    }

    /// A payment to another bank, through the clearing account.
    private mutating func planExternalTransfer(from index: Int, key: String, maker: Int64, at: Date) {
        let amount = Int64(1 + random.next(below: Int(min(balances[index], 2_000_000))))
        balances[index] -= amount
        let record = entry(.externalTransfer, key: key, at: at, amount: amount, account: index, maker: maker, memo: "to another bank")
        let from = accounts[index].id, clearing = cash.clearingID
        let (writer, clock) = (self.writer, self.clock)
        pending.append {
            clock.set(at)
            try writer.write(record, postings: [(.customer(from), amount), (.internal(clearing), -amount)])
        }
    }

    /// Cash in 100-yuan notes at a clerk's drawer: a withdrawal when wanted and both the account and the drawer can pay it.
    private mutating func planCash(account index: Int, clerk: Int, wantsWithdrawal: Bool, key: String, at: Date) {
        let notes = 1 + random.next(below: 50)
        let amount = Self.note.rawValue * Int64(notes)
        let withdraw = wantsWithdrawal && balances[index] >= amount && cash.drawerNotes[clerk] >= notes
        balances[index] += withdraw ? -amount : amount
        cash.drawerNotes[clerk] += withdraw ? -notes : notes
        let record = entry(withdraw ? .withdrawal : .deposit, key: key, at: at, amount: amount, account: index,
                           maker: staff.clerkIDs[clerk], memo: withdraw ? "cash withdrawal" : "cash deposit")
        let account = accounts[index].id, drawer = cash.drawers[clerk]
        let moved = CashBreakdown([Self.note: notes])
        let (writer, clock) = (self.writer, self.clock)
        pending.append {
            clock.set(at)
            if withdraw {
                try writer.write(record, postings: [(.customer(account), amount), (.internal(drawer), -amount)], cash: [(drawer, moved, -1)])
            } else {
                try writer.write(record, postings: [(.internal(drawer), amount), (.customer(account), -amount)], cash: [(drawer, moved, 1)])
            }
        }
    }

    /// The end of the history: every drawer's notes go back to the vault, verified by the supervisor.
    mutating func closeDrawers(at closing: Date) {
        let (writer, clock, vault) = (self.writer, self.clock, cash.vaultID)
        for (clerk, drawer) in cash.drawers.enumerated() where cash.drawerNotes[clerk] > 0 {
            let notes = CashBreakdown([Self.note: cash.drawerNotes[clerk]])
            let maker = staff.clerkIDs[clerk]
            let record = JournalEntryRecord(kind: .drawerClose, idempotencyKey: "gen-close-\(maker)", requestHash: "generated",
                                            businessDate: BusinessDate(date: closing), currency: .cny, amount: notes.total, makerID: maker,
                                            approverID: staff.supervisorID, approvalReason: "count agreed", memo: "drawer closed",
                                            at: closing)
            pending.append {
                clock.set(closing)
                try writer.write(record, postings: [(.internal(vault), notes.total), (.internal(drawer), -notes.total)],
                                 cash: [(vault, notes, 1), (drawer, notes, -1)])
            }
            written += 1
        }
    }
}
