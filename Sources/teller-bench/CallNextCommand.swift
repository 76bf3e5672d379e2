import BankCore
import BankStore
import BranchServices
import Foundation

/// `call-next`: one counter serving tickets until the queue is empty.
enum CallNextCommand {
    static func run(_ options: BenchOptions) {
        let path = options.text("db"), username = options.text("operator")
        let counterNumber = Int(options.integer("counter", in: 1...999))
        let types = Set((options.values["types"] ?? BusinessType.allCases.map(\.rawValue).joined(separator: ","))
            .split(separator: ",").compactMap { BusinessType(rawValue: String($0)) })
        let served: [Int64] = BenchOptions.orFail {
            let context = try BranchContext.open(path: path, terminal: "bench:\(getpid())", pinIterations: BenchBranch.pinIterations)
            let actor = try BenchBranch.operator(username, in: context)
            let queue = QueueService(context)
            let counter = try queue.openCounter(number: counterNumber, serves: types, by: actor)
            var served: [Int64] = []
            while let ticket = try queue.callNext(counterID: counter.id, by: actor) {
                _ = try queue.start(counterID: counter.id, by: actor)
                _ = try queue.finish(counterID: counter.id, outcome: .served, satisfaction: 5, by: actor)
                served.append(ticket.id)
            }
            return served
        }
        print(served.map(String.init).joined(separator: "\n"))
    }
}
