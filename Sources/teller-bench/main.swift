import Foundation

/// Developer tool (not for tellers): the branch-scale benchmark, and the
/// workers of the load, crash and concurrency tests. Subcommands:
///
///   teller-bench generate --db PATH [--customers N] [--accounts N] [--postings N] [--tickets N]
///                         [--complaints N] [--days N] [--seed S]
///       Makes a new branch file the size of a busy branch after two years (defaults: 100,000
///       customers, 150,000 accounts, 2,000,000 postings, 500,000 tickets, 20,000 complaints,
///       730 days), starting from the training branch so the demo logins work.
///
///   teller-bench run --db PATH [--json PATH] [--samples N] [--operations N] [--teller PATH]
///                    [--only search,statement,kpi,keys,launch,posting]
///       Measures that file and prints a table; the same figures go to JSON (default PATH.bench.json).
///
///   teller-bench call-next --db PATH --counter N --operator USERNAME [--types cash,accounts]
///       Takes counter N as USERNAME and serves tickets until none is left, printing each ticket id.
///
///   teller-bench ledger-setup --db PATH --accounts N [--tellers K] [--balance MINOR_UNITS]
///       Creates a training branch file with K tellers (bench1…benchK, each with an open drawer
///       verified by the supervisor) and N funded accounts whose customers are verified.
///
///   teller-bench post-loop --db PATH --operator USERNAME --count N --seed S [--mix transfers|mixed|loans]
///                          [--timing yes] [--go-file PATH]
///       Posts N operations through the money services among those accounts, each under a fresh
///       idempotency key, printing `OK <key> <entryID>` as soon as each one is committed and
///       `REFUSED <key> <reason>` for an expected refusal (not enough money in the account or drawer).
///       `--mix loans` signs, pays out and partly repays small loans instead (the loan crash test).
///
///   teller-bench raw-loop --db PATH --operator USERNAME --count N --seed S [--go-file PATH]
///       The throughput baseline: the same writes as a transfer, straight through the SQLite C API.
///
///   teller-bench loans [--samples N]
///       Times the loan rules: a 360-month schedule by each method, and a schedule with its credit assessment.

let usage = """
    usage: teller-bench generate --db PATH [--customers N] [--accounts N] [--postings N] [--tickets N] [--complaints N] [--days N] [--seed S]
           teller-bench run --db PATH [--json PATH] [--samples N] [--operations N] [--teller PATH] [--only search,statement,kpi,keys,launch,posting]
           teller-bench call-next --db PATH --counter N --operator USERNAME [--types cash,accounts]
           teller-bench ledger-setup --db PATH --accounts N [--tellers K] [--balance MINOR_UNITS]
           teller-bench post-loop --db PATH --operator USERNAME --count N --seed S [--mix transfers|mixed|loans] [--timing yes] [--go-file PATH]
           teller-bench raw-loop --db PATH --operator USERNAME --count N --seed S [--go-file PATH]
           teller-bench loans [--samples N]
    """

let options = BenchOptions.parse(CommandLine.arguments.dropFirst(), usage: usage)
let knownOptions: [String: Set<String>] = [
    "generate": ["db", "customers", "accounts", "postings", "tickets", "complaints", "days", "seed"],
    "run": ["db", "json", "samples", "operations", "teller", "only"],
    "call-next": ["db", "counter", "operator", "types"],
    "ledger-setup": ["db", "accounts", "tellers", "balance"],
    "post-loop": ["db", "operator", "count", "seed", "mix", "timing", "go-file"],
    "raw-loop": ["db", "operator", "count", "seed", "timing", "go-file"],
    "loans": ["samples"],
]
if let known = knownOptions[options.command] { options.allow(known) }
// Every command writes (run posts test transfers; generate and ledger-setup make files): one check for all.
if knownOptions[options.command] != nil, let path = options.values["db"] { TrainingOnly.refuseRealBranch(path, command: options.command) }
switch options.command {
case "generate": GenerateCommand.run(options)
case "run": RunCommand.run(options)
case "call-next": CallNextCommand.run(options)
case "ledger-setup": LedgerSetupCommand.run(options)
case "post-loop": PostLoopCommand.run(options)
case "raw-loop": RawLoopCommand.run(options)
case "loans": LoansBench.run(options)
case "--help", "-h", "help": print(usage)
default: BenchOptions.fail("teller-bench: unknown command \(options.command)\n" + usage)
}
