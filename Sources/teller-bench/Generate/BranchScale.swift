/// How big a generated branch is. The defaults are the issue's "realistic
/// branch": two years of a busy city branch.
struct BranchScale {
    var customers = 100_000
    var accounts = 150_000
    /// Postings in all, opening balances included (two per entry).
    var postings = 2_000_000
    var tickets = 500_000
    var complaints = 20_000
    /// Days of history before today's business date.
    var days = 730
    var seed: UInt64 = 20_261_123
    /// Tellers (clerk01…) who made the history, one per counter.
    var clerks = 10

    /// Accounts that carry a large share of the traffic (a company's payroll account and the like).
    var busyAccounts: Int { min(10, accounts) }

    /// Entries after the opening balances (each has two postings).
    var historyEntries: Int { max(0, (postings - 2 * accounts) / 2) }

    static func from(_ options: BenchOptions) -> BranchScale {
        var scale = BranchScale()
        scale.customers = Int(options.integer("customers", default: Int64(scale.customers), in: 1...5_000_000))
        scale.accounts = Int(options.integer("accounts", default: Int64(max(scale.accounts, scale.customers)), in: 1...10_000_000))
        scale.postings = Int(options.integer("postings", default: Int64(scale.postings), in: 0...100_000_000))
        scale.tickets = Int(options.integer("tickets", default: Int64(scale.tickets), in: 0...20_000_000))
        scale.complaints = Int(options.integer("complaints", default: Int64(scale.complaints), in: 0...1_000_000))
        scale.days = Int(options.integer("days", default: Int64(scale.days), in: 1...3_650))
        scale.seed = UInt64(options.integer("seed", default: Int64(scale.seed), in: 0...Int64.max))
        if scale.accounts < scale.customers {
            BenchOptions.fail("teller-bench generate: --accounts (\(scale.accounts)) must be at least --customers (\(scale.customers)): every customer has an account")
        }
        if scale.postings < 2 * scale.accounts {
            BenchOptions.fail("teller-bench generate: --postings must be at least twice --accounts (each account's opening balance is two postings)")
        }
        // Ticket numbers run 1…9999 per series and day; the history starts at 101.
        if scale.tickets / scale.days > 9_000 {
            BenchOptions.fail("teller-bench generate: at most 9,000 tickets a day: raise --days or lower --tickets")
        }
        return scale
    }
}
