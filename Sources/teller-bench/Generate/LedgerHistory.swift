import BankCore
import BankStore
import BranchServices
import Foundation

/// Two years of money for a generated branch, written entry by entry through
/// `LedgerHistoryWriter` (the live write path: postings with running
/// balances, cash by denomination, a chained audit row each), thousands of
/// entries per transaction. Every account first gets an opening balance from
/// head office; then each business day carries transfers, payments to other
/// banks, cash deposits and withdrawals at the clerks' drawers, a few
/// same-day reversals by the supervisor and a few refused operations. A
/// tenth of the traffic touches a handful of busy accounts, so statements
/// thousands of lines long exist. Balances are tracked in memory so no
/// account is overdrawn and no drawer pays out notes it does not hold.
struct LedgerHistory {
    let context: BranchContext
    let clock: ManualClock
    let scale: BranchScale
    let staff: GeneratedStaff
    /// Customer of each generated account, by position.
    let accounts: [(id: Int64, customerID: Int64)]
    var random: SeededGenerator

    static let batchSize = 20_000
    static let note = Denomination.yuan100

    /// Writes everything; returns how many entries it wrote.
    mutating func write(openingBalancesAt opened: (Int) -> Date) throws -> Int {
        let writer = LedgerHistoryWriter(context)
        var balances = [Int64](repeating: 0, count: accounts.count)
        var written = 0
        // Opening balances, dated when each account was opened.
        for start in stride(from: 0, to: accounts.count, by: Self.batchSize) {
            try writer.batch {
                let office = try writer.internalAccount(code: "head_office:CNY", kind: .headOffice)
                for index in start..<min(start + Self.batchSize, accounts.count) {
                    let amount = Int64(100 + random.next(below: 50_000)) * 100 * (index < scale.busyAccounts ? 1_000 : 1)
                    let at = opened(index)
                    clock.set(at)
                    try writer.write(entry(.openingBalance, key: "gen-open-\(index)", at: at, amount: amount, account: index,
                                           maker: staff.supervisorID, memo: "opening balance"),
                                     postings: [(.internal(office.id), amount), (.customer(accounts[index].id), -amount)])
                    balances[index] = amount
                }
            }
            written += min(Self.batchSize, accounts.count - start)
        }
        written += try writeDays(writer, balances: &balances)
        return written
    }

    private mutating func writeDays(_ writer: LedgerHistoryWriter, balances: inout [Int64]) throws -> Int {
        let today = context.businessDate
        let perDay = scale.historyEntries / scale.days
        var leftOver = scale.historyEntries - perDay * scale.days
        // The vault receives the branch's cash; each clerk's drawer takes a float from it.
        let floatNotes = 5_000
        let (vaultID, drawers, officeID, clearingID) = try writer.batch { () throws -> (Int64, [Int64], Int64, Int64) in
            let vault = try writer.internalAccount(code: LedgerHistoryWriter.vaultCode, kind: .vault)
            let office = try writer.internalAccount(code: "head_office:CNY", kind: .headOffice)
            let clearing = try writer.internalAccount(code: "clearing:CNY", kind: .clearing)
            let receipt = CashBreakdown([Self.note: floatNotes * staff.clerkIDs.count])
            let at = time(on: today.adding(days: -scale.days), minute: 8 * 60)
            clock.set(at)
            try writer.write(JournalEntryRecord(kind: .vaultReceipt, idempotencyKey: "gen-vault-receipt", requestHash: "generated",
                                                businessDate: today.adding(days: -scale.days), currency: .cny, amount: receipt.total,
                                                makerID: staff.supervisorID, memo: "cash from head office", at: at),
                             postings: [(.internal(vault.id), receipt.total), (.internal(office.id), -receipt.total)],
                             cash: [(vault.id, receipt, 1)])
            var drawers: [Int64] = []
            for (number, clerk) in staff.clerkIDs.enumerated() {
                let drawer = try writer.internalAccount(code: LedgerHistoryWriter.drawerCode(username: staff.clerkNames[number]),
                                                        kind: .drawer, operatorID: clerk)
                let float = CashBreakdown([Self.note: floatNotes])
                try writer.write(JournalEntryRecord(kind: .drawerOpen, idempotencyKey: "gen-float-\(clerk)", requestHash: "generated",
                                                    businessDate: today.adding(days: -scale.days), currency: .cny, amount: float.total,
                                                    makerID: clerk, approverID: staff.supervisorID, approvalReason: "float counted",
                                                    memo: "drawer float", at: at),
                                 postings: [(.internal(drawer.id), float.total), (.internal(vault.id), -float.total)],
                                 cash: [(drawer.id, float, 1), (vault.id, float, -1)])
                drawers.append(drawer.id)
            }
            return (vault.id, drawers, office.id, clearing.id)
        }
        _ = officeID
        var drawerNotes = [Int](repeating: floatNotes, count: drawers.count)
        var written = 0
        var pending: [() throws -> Void] = []
        func flush() throws {
            let work = pending
            pending.removeAll(keepingCapacity: true)
            try writer.batch { for step in work { try step() } }
        }
        var serial = 0
        for dayOffset in stride(from: scale.days, through: 1, by: -1) {
            let date = today.adding(days: -dayOffset)
            var count = perDay
            if leftOver > 0 { count += 1; leftOver -= 1 }
            let minutes = (0..<count).map { _ in 9 * 60 * 60 + random.next(below: 8 * 60 * 60) }.sorted()
            for second in minutes {
                serial += 1
                let at = time(on: date, minute: 0).addingTimeInterval(Double(second))
                let clerk = random.next(below: drawers.count)
                let index = pickAccount()
                let roll = random.next(below: 100)
                let key = "gen-" + String(100_000_000 + serial).dropFirst()
                let maker = staff.clerkIDs[clerk]
                if roll < 50, accounts.count > 1, balances[index] > 100 {
                    var target = pickAccount()
                    if target == index { target = (index + 1) % accounts.count }
                    let amount = Int64(1 + random.next(below: Int(min(balances[index], 5_000_000))))
                    balances[index] -= amount
                    balances[target] += amount
                    var record = entry(.transfer, key: key, at: at, amount: amount, account: index, maker: maker, memo: "transfer")
                    record.counterAccountID = accounts[target].id
                    let from = accounts[index].id, to = accounts[target].id
                    pending.append { [clock] in
                        clock.set(at)
                        try writer.write(record, postings: [(.customer(from), amount), (.customer(to), -amount)])
                    }
                    // One transfer in five hundred is reversed the same day by the supervisor.
                    if random.next(below: 500) == 0, balances[target] >= amount {
                        balances[index] += amount
                        balances[target] -= amount
                        let later = at.addingTimeInterval(600)
                        var mirror = entry(.reversal, key: key + "-rev", at: later, amount: amount, account: index,
                                           maker: staff.supervisorID, memo: "reversal: keyed wrong account")
                        mirror.counterAccountID = to
                        let mirrorEntry = mirror
                        pending.append { [clock, context] in
                            clock.set(later)
                            guard let original = try LedgerRepository(db: context.database).entry(idempotencyKey: key) else { return }
                            var reversal = mirrorEntry
                            reversal.reversesID = original.id
                            try writer.write(reversal, postings: [(.customer(from), -amount), (.customer(to), amount)])
                        }
                        written += 1
                    }
                } else if roll < 55, balances[index] > 100 {
                    let amount = Int64(1 + random.next(below: Int(min(balances[index], 2_000_000))))
                    balances[index] -= amount
                    let record = entry(.externalTransfer, key: key, at: at, amount: amount, account: index, maker: maker,
                                       memo: "to another bank")
                    let from = accounts[index].id
                    pending.append { [clock] in
                        clock.set(at)
                        try writer.write(record, postings: [(.customer(from), amount), (.internal(clearingID), -amount)])
                    }
                } else {
                    let notes = 1 + random.next(below: 50)
                    let amount = Self.note.rawValue * Int64(notes)
                    let withdraw = roll >= 78 && balances[index] >= amount && drawerNotes[clerk] >= notes
                    balances[index] += withdraw ? -amount : amount
                    drawerNotes[clerk] += withdraw ? -notes : notes
                    let record = entry(withdraw ? .withdrawal : .deposit, key: key, at: at, amount: amount, account: index,
                                       maker: maker, memo: withdraw ? "cash withdrawal" : "cash deposit")
                    let account = accounts[index].id, drawer = drawers[clerk]
                    let cash = CashBreakdown([Self.note: notes])
                    pending.append { [clock] in
                        clock.set(at)
                        if withdraw {
                            try writer.write(record, postings: [(.customer(account), amount), (.internal(drawer), -amount)],
                                             cash: [(drawer, cash, -1)])
                        } else {
                            try writer.write(record, postings: [(.internal(drawer), amount), (.customer(account), -amount)],
                                             cash: [(drawer, cash, 1)])
                        }
                    }
                }
                // About one operation in a hundred is refused at the counter (not enough money, limits).
                if random.next(below: 100) == 0 {
                    let reason = random.next(below: 2) == 0 ? "insufficientFunds" : "approvalRequired"
                    pending.append { [context] in
                        try CashRecordsRepository(db: context.database).recordRefusal(at: at, businessDate: date, operatorID: maker,
                                                                                     kind: "transfer", reason: reason)
                    }
                }
                written += 1
                if pending.count >= Self.batchSize { try flush() }
            }
        }
        // Day end of the history: every drawer goes back to the vault.
        let closing = time(on: today.adding(days: -1), minute: 17 * 60 + 30)
        for (clerk, drawer) in drawers.enumerated() where drawerNotes[clerk] > 0 {
            let cash = CashBreakdown([Self.note: drawerNotes[clerk]])
            let maker = staff.clerkIDs[clerk]
            let record = JournalEntryRecord(kind: .drawerClose, idempotencyKey: "gen-close-\(maker)", requestHash: "generated",
                                            businessDate: today.adding(days: -1), currency: .cny, amount: cash.total, makerID: maker,
                                            approverID: staff.supervisorID, approvalReason: "count agreed", memo: "drawer closed",
                                            at: closing)
            pending.append { [clock] in
                clock.set(closing)
                try writer.write(record, postings: [(.internal(vaultID), cash.total), (.internal(drawer), -cash.total)],
                                 cash: [(vaultID, cash, 1), (drawer, cash, -1)])
            }
            written += 1
        }
        try flush()
        return written
    }

    /// One account in ten operations is one of the busy accounts; the rest are spread evenly.
    private mutating func pickAccount() -> Int {
        if random.next(below: 10) == 0 { return random.next(below: scale.busyAccounts) }
        return random.next(below: accounts.count)
    }

    private func entry(_ kind: EntryKind, key: String, at: Date, amount: Int64, account index: Int, maker: Int64,
                       memo: String) -> JournalEntryRecord {
        JournalEntryRecord(kind: kind, idempotencyKey: key, requestHash: "generated", businessDate: BusinessDate(date: at),
                           currency: .cny, amount: amount, customerID: accounts[index].customerID, accountID: accounts[index].id,
                           makerID: maker, memo: memo, at: at)
    }

    /// Local time `minute` minutes after midnight on `date`.
    func time(on date: BusinessDate, minute: Int) -> Date {
        KPIPeriod.day(date).start.addingTimeInterval(Double(minute * 60))
    }
}
