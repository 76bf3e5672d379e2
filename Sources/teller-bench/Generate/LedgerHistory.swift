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
    let writer: LedgerHistoryWriter

    /// What each account holds now, by position (minor units).
    var balances: [Int64] = []
    /// The branch's cash: the vault, each clerk's drawer and the 100-yuan notes in it.
    var cash = BranchCash()
    /// Entries planned in order, written a batch at a time.
    var pending: [() throws -> Void] = []
    var written = 0

    static let batchSize = 20_000
    static let note = Denomination.yuan100
    static let floatNotes = 5_000

    struct BranchCash {
        var vaultID: Int64 = 0
        var clearingID: Int64 = 0
        var drawers: [Int64] = []
        var drawerNotes: [Int] = []
    }

    init(context: BranchContext, clock: ManualClock, scale: BranchScale, staff: GeneratedStaff,
         accounts: [(id: Int64, customerID: Int64)], random: SeededGenerator) {
        self.context = context
        self.clock = clock
        self.scale = scale
        self.staff = staff
        self.accounts = accounts
        self.random = random
        writer = LedgerHistoryWriter(context)
    }

    /// Writes everything; returns how many entries it wrote.
    mutating func write(openingBalancesAt opened: (Int) -> Date) throws -> Int {
        try writeOpeningBalances(at: opened)
        let today = context.businessDate
        cash = try openCash(on: today.adding(days: -scale.days))
        let perDay = scale.historyEntries / scale.days
        var leftOver = scale.historyEntries - perDay * scale.days
        var serial = 0
        for dayOffset in stride(from: scale.days, through: 1, by: -1) {
            let date = today.adding(days: -dayOffset)
            var count = perDay
            if leftOver > 0 { count += 1; leftOver -= 1 }
            let seconds = (0..<count).map { _ in 9 * 60 * 60 + random.next(below: 8 * 60 * 60) }.sorted()
            for second in seconds {
                serial += 1
                planOperation(serial: serial, date: date, at: time(on: date, minute: 0).addingTimeInterval(Double(second)))
                if pending.count >= Self.batchSize { try flush() }
            }
        }
        closeDrawers(at: time(on: today.adding(days: -1), minute: 17 * 60 + 30))
        try flush()
        return written
    }

    /// Each account's opening balance from head office, dated when it was opened; the busy accounts get a thousand times more.
    private mutating func writeOpeningBalances(at opened: (Int) -> Date) throws {
        balances = [Int64](repeating: 0, count: accounts.count)
        for start in stride(from: 0, to: accounts.count, by: Self.batchSize) {
            let range = start..<min(start + Self.batchSize, accounts.count)
            let amounts = range.map { Int64(100 + random.next(below: 50_000)) * 100 * ($0 < scale.busyAccounts ? 1_000 : 1) }
            try writer.batch {
                let office = try writer.internalAccount(code: "head_office:CNY", kind: .headOffice)
                for (index, amount) in zip(range, amounts) {
                    let at = opened(index)
                    clock.set(at)
                    try writer.write(entry(.openingBalance, key: "gen-open-\(index)", at: at, amount: amount, account: index,
                                           maker: staff.supervisorID, memo: "opening balance"),
                                     postings: [(.internal(office.id), amount), (.customer(accounts[index].id), -amount)])
                }
            }
            for (index, amount) in zip(range, amounts) { balances[index] = amount }
            written += range.count
        }
    }

    /// Writes what is planned, in one transaction.
    private mutating func flush() throws {
        let work = pending
        pending.removeAll(keepingCapacity: true)
        try writer.batch { for step in work { try step() } }
    }

    /// One account in ten operations is one of the busy accounts; the rest are spread evenly.
    mutating func pickAccount() -> Int {
        if random.next(below: 10) == 0 { return random.next(below: scale.busyAccounts) }
        return random.next(below: accounts.count)
    }

    func entry(_ kind: EntryKind, key: String, at: Date, amount: Int64, account index: Int, maker: Int64,
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
