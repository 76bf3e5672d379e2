import BankCore
import BankStore
import BranchServices
import Foundation

/// Who worked in the generated branch: ten clerks (tellers `clerk01`…, PIN
/// 135790, added through operator administration like any new hire), each
/// at their own counter, and the demo supervisor and trainer, who approve,
/// reverse and handle complaints.
struct GeneratedStaff {
    static let clerkPIN = "135790"
    var clerkIDs: [Int64] = []
    var clerkNames: [String] = []
    /// Counter row id of each clerk's counter, by clerk position.
    var counterIDs: [Int64] = []
    /// Which business types each clerk's counter serves.
    var serves: [Set<BusinessType>] = []
    var supervisorID: Int64 = 0
    var trainerID: Int64 = 0

    /// What counters 1…10 serve: the demo's four, then six more.
    static let layout: [Int: Set<BusinessType>] = [
        1: [.cash], 2: [.cash, .accounts], 3: [.loans, .wealth], 4: [.accounts, .complaints], 5: [.cash], 6: [.cash],
        7: [.cash, .accounts], 8: [.accounts, .loans], 9: [.wealth, .loans], 10: [.cash, .complaints],
    ]

    static func hire(_ context: BranchContext, clerks: Int, at now: Date) throws -> GeneratedStaff {
        var staff = GeneratedStaff()
        let admin = try BenchBranch.operator("admin", in: context)
        staff.supervisorID = try BenchBranch.operator("super", in: context).id
        staff.trainerID = try BenchBranch.operator("trainer", in: context).id
        let administration = OperatorAdministration(context)
        let queue = QueueRepository(db: context.database)
        for number in 1...clerks {
            let username = String(format: "clerk%02d", number)
            let clerk = try administration.add(username: username, displayName: "Clerk \(number)", role: .teller, pin: clerkPIN, by: admin)
            staff.clerkIDs.append(clerk.id)
            staff.clerkNames.append(username)
            let counterNumber = (number - 1) % 99 + 1
            let serves = layout[counterNumber] ?? [.cash]
            let counter = try context.database.transaction {
                try queue.counter(number: counterNumber) ?? queue.insertCounter(number: counterNumber, serves: serves, at: now)
            }
            staff.counterIDs.append(counter.id)
            staff.serves.append(counter.serves)
        }
        return staff
    }
}
