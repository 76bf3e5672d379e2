import Foundation

/// Developer tool for load, crash and concurrency work on a branch file (not
/// for tellers). Subcommands:
///
///   teller-bench call-next --db PATH --counter N --operator USERNAME [--types cash,accounts]
///       Takes counter N as USERNAME and serves tickets until none is left,
///       printing each ticket id served, one per line. Several of these run at
///       once in the concurrency test: every ticket must be served exactly once.
///
///   teller-bench ledger-setup --db PATH --accounts N [--tellers K] [--balance MINOR_UNITS]
///       Creates a training branch file with K tellers (bench1…benchK, each
///       with an open drawer verified by the supervisor) and N funded accounts
///       whose customers are verified for transfers and withdrawals.
///
///   teller-bench post-loop --db PATH --operator USERNAME --count N --seed S [--mix transfers|mixed]
///       Posts N operations through the money services among those accounts,
///       each under a fresh idempotency key, printing `OK <key> <entryID>` as
///       soon as each one is committed and `REFUSED <key> <reason>` for an
///       expected refusal (not enough money in the account or the drawer).

let usage = """
    usage: teller-bench call-next --db PATH --counter N --operator USERNAME [--types cash,accounts]
           teller-bench ledger-setup --db PATH --accounts N [--tellers K] [--balance MINOR_UNITS]
           teller-bench post-loop --db PATH --operator USERNAME --count N --seed S [--mix transfers|mixed]
    """

let options = BenchOptions.parse(CommandLine.arguments.dropFirst(), usage: usage)
switch options.command {
case "call-next": CallNextCommand.run(options)
case "ledger-setup": LedgerSetupCommand.run(options)
case "post-loop": PostLoopCommand.run(options)
case "generate": GenerateCommand.run(options)
case "raw-loop": RawLoopCommand.run(options)
case "run": RunCommand.run(options)
default: BenchOptions.fail("teller-bench: unknown command \(options.command)\n" + usage)
}
