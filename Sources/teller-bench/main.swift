import BankCore
import BankStore
import BranchServices
import Foundation
import Localization

/// Developer tool for load and concurrency work on a branch file (not for
/// tellers). Subcommands:
///
///   teller-bench call-next --db PATH --counter N --operator USERNAME [--types cash,accounts]
///       Takes counter N as USERNAME and serves tickets until none is left,
///       printing each ticket id served, one per line. Several of these run at
///       once in the concurrency test: every ticket must be served exactly once.

func fail(_ text: String) -> Never {
    FileHandle.standardError.write(Data((text + "\n").utf8))
    exit(2)
}

var arguments = Array(CommandLine.arguments.dropFirst())
guard let command = arguments.first else { fail("usage: teller-bench call-next --db PATH --counter N --operator USERNAME") }
arguments.removeFirst()
var options: [String: String] = [:]
while let flag = arguments.first {
    arguments.removeFirst()
    guard flag.hasPrefix("--"), let value = arguments.first else { fail("teller-bench: bad argument \(flag)") }
    arguments.removeFirst()
    options[String(flag.dropFirst(2))] = value
}

switch command {
case "call-next":
    guard let path = options["db"], let counterNumber = options["counter"].flatMap(Int.init),
          let username = options["operator"] else { fail("teller-bench call-next: --db, --counter and --operator are required") }
    let types = Set((options["types"] ?? BusinessType.allCases.map(\.rawValue).joined(separator: ","))
        .split(separator: ",").compactMap { BusinessType(rawValue: String($0)) })
    do {
        let context = try BranchContext.open(path: path, terminal: "bench:\(getpid())", pinIterations: 1_000)
        guard let actor = try OperatorRepository(db: context.database).find(username: username)?.operator else {
            fail("teller-bench: no operator \(username)")
        }
        let queue = QueueService(context)
        let counter = try queue.openCounter(number: counterNumber, serves: types, by: actor)
        var served: [Int64] = []
        while let ticket = try queue.callNext(counterID: counter.id, by: actor) {
            _ = try queue.start(counterID: counter.id, by: actor)
            _ = try queue.finish(counterID: counter.id, outcome: .served, satisfaction: 5, by: actor)
            served.append(ticket.id)
        }
        print(served.map(String.init).joined(separator: "\n"))
    } catch let message as LocalizedMessage {
        fail("teller-bench: " + message.text(in: Strings(.english)))
    } catch {
        fail("teller-bench: \(error)")
    }
default:
    fail("teller-bench: unknown command \(command)")
}
