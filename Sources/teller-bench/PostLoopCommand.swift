import BankCore
import BankStore
import BranchServices
import Foundation
import Localization

/// `post-loop`: one teller posting a stream of operations through the real
/// money services. Each line is written straight to standard output once its
/// transaction has committed, so a parent that kills this process at any
/// moment knows every `OK` key it saw is durable.
enum PostLoopCommand {
    /// Refusals the stream expects from random amounts; anything else stops the tool.
    static let expectedRefusals: Set<StringKey> = [.insufficientFunds, .drawerCannotCover]

    static func run(_ options: BenchOptions) {
        let path = options.text("db"), username = options.text("operator")
        let count = options.integer("count", in: 0...10_000_000)
        var random = SeededGenerator(seed: UInt64(bitPattern: options.integer("seed", in: Int64.min...Int64.max)))
        let mix = options.values["mix"] ?? "transfers"
        guard ["transfers", "mixed", "loans"].contains(mix) else {
            BenchOptions.fail("teller-bench post-loop: --mix is transfers, mixed or loans")
        }
        let (context, teller, accounts) = BenchOptions.orFail { () throws -> (BranchContext, Operator, [AccountRecord]) in
            let context = try BranchContext.open(path: path, terminal: "bench:\(getpid())", pinIterations: BenchBranch.pinIterations)
            let teller = try BenchBranch.operator(username, in: context)
            let accounts = try BenchBranch.accounts(in: context)
            guard accounts.count >= 2 else { BenchOptions.fail("teller-bench post-loop: run ledger-setup first (no bench accounts)") }
            try BenchBranch.verifyCustomers(of: accounts, in: context, by: teller)
            return (context, teller, accounts)
        }
        let transfers = TransferService(context), cash = CashService(context)
        BenchBranch.waitForGo(options)
        if mix == "loans" { return PostLoopLoans.run(count: Int(count), random: &random, context: context, teller: teller, accounts: accounts) }
        let started = Date()
        for _ in 0..<count {
            BenchBranch.stopIfOrphaned()
            let key = UUID().uuidString
            let roll = mix == "mixed" ? random.next(below: 10) : 0
            let account = accounts[random.next(below: accounts.count)]
            do {
                let posted: PostedOperation
                switch roll {
                case 0..<6:
                    var target = accounts[random.next(below: accounts.count - 1)]
                    if target.id == account.id { target = accounts[accounts.count - 1] }
                    let amount = Int64(100 + random.next(below: 200_000))
                    posted = try transfers.transfer(TransferRequest(fromAccountNumber: account.number, toAccountNumber: target.number,
                                                                    amount: amount, memo: "bench"), key: key, by: teller)
                default:
                    let notes = CashBreakdown([.yuan100: 1 + random.next(below: 5)])
                    let request = CashRequest(accountNumber: account.number, amount: notes.total, cash: notes, purpose: "bench load")
                    posted = roll < 8 ? try cash.deposit(request, key: key, by: teller) : try cash.withdraw(request, key: key, by: teller)
                }
                emit("OK \(key) \(posted.entryID)")
            } catch where expectedRefusals.contains(error.key) {
                emit("REFUSED \(key) \(error.key.rawValue)")
            } catch {
                BenchOptions.failRun("teller-bench post-loop: \(key): " + error.text(in: Strings(.english)))
            }
        }
        // When the loop ran (wall clock), so a parent can add up several workers.
        if options.values["timing"] == "yes" {
            emit("TIMING \(started.timeIntervalSince1970) \(Date().timeIntervalSince1970)")
        }
    }

    /// One unbuffered write per line, so nothing committed waits in a buffer.
    static func emit(_ line: String) {
        FileHandle.standardOutput.write(Data((line + "\n").utf8))
    }
}

