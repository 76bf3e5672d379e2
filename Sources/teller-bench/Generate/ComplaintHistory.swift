import BankCore
import BankStore
import BranchServices
import Foundation

/// Two years of complaints for a generated branch, written through
/// `ComplaintRepository` (the store path the complaint service uses), one
/// transaction per day: registration numbers, routing by category, 15-day
/// deadlines, handlers who are never the person complained about, and a
/// history row for every step. Older complaints are mostly closed with a
/// response and a satisfaction score (a few answered late); recent ones are
/// spread over the open states, so the due-soon and overdue lists are busy.
struct ComplaintHistory {
    let context: BranchContext
    let scale: BranchScale
    let staff: GeneratedStaff
    let customerIDs: [Int64]
    /// Ticket ids of each history day, oldest day first.
    let ticketDays: [ClosedRange<Int64>?]
    var random: SeededGenerator

    static let descriptions = ["等候时间太长，叫号系统不准", "Counter staff were impolite when I asked about fees",
                               "转账到账时间比承诺的晚了两天", "Charged an annual card fee that was waived before",
                               "理财产品风险没有说明清楚", "ATM kept my card and nobody called back",
                               "存款凭条上的金额与实际不符", "Loan officer asked for documents three times"]

    mutating func write() throws -> Int {
        let repository = ComplaintRepository(db: context.database)
        let today = context.businessDate
        let perDay = scale.complaints / scale.days
        let leftOver = scale.complaints - perDay * scale.days
        var written = 0
        for (position, dayOffset) in stride(from: scale.days, through: 1, by: -1).enumerated() {
            let count = perDay + (position < leftOver ? 1 : 0)
            guard count > 0 else { continue }
            let date = today.adding(days: -dayOffset)
            let prefix = "C" + date.description.replacingOccurrences(of: "-", with: "") + "-"
            let midnight = KPIPeriod.day(date).start
            try context.database.transaction {
                for serial in 1...count {
                    let received = midnight.addingTimeInterval(Double(9 * 3600 + random.next(below: 8 * 3600)))
                    let category = ComplaintCategory.allCases[random.next(below: ComplaintCategory.allCases.count)]
                    let about: Int64? = random.next(below: 10) < 3 ? staff.clerkIDs[random.next(below: staff.clerkIDs.count)] : nil
                    let handler = random.next(below: 2) == 0 ? staff.supervisorID : staff.trainerID
                    let ticket: Int64? = random.next(below: 10) < 4 ? ticketDays[position].map { Int64.random(in: $0, using: &random) } : nil
                    let anonymous = random.next(below: 10) == 0
                    var record = ComplaintRecord(
                        id: 0, number: prefix + String(format: "%04d", serial),
                        channel: ComplaintChannel.allCases[random.next(below: ComplaintChannel.allCases.count)],
                        customerID: anonymous ? nil : customerIDs[random.next(below: customerIDs.count)],
                        contact: anonymous ? "138\(String(format: "%08d", random.next(below: 100_000_000)))" : "",
                        category: category, severity: ComplaintSeverity.allCases[random.next(below: 3)],
                        description: Self.descriptions[random.next(below: Self.descriptions.count)], remedyWanted: "",
                        aboutOperatorID: about, ticketID: ticket, entryID: nil, team: category.team, handlerID: handler,
                        status: .received, track: .simple, businessDate: date, receivedAt: received,
                        dueAt: received.addingTimeInterval(15 * 86_400), responseExplanation: nil, responseMonetary: nil,
                        responseNonMonetary: nil, remedyEntryID: nil, respondedAt: nil, closedAt: nil, satisfaction: nil,
                        createdBy: staff.clerkIDs[random.next(below: staff.clerkIDs.count)])
                    // How far it got: by now the older ones are answered.
                    let steps: [ComplaintStatus] = [.acknowledged, .investigating, .responded, .closed]
                    let reached = dayOffset > 20 ? (random.next(below: 10) < 9 ? 4 : 3) : random.next(below: 5)
                    var events: [(Date, String, ComplaintStatus?, ComplaintStatus?, String)] = [(received, "received", nil, .received, "")]
                    var at = received
                    var status = ComplaintStatus.received
                    for step in steps.prefix(reached) {
                        at = at.addingTimeInterval(Double(3600 + random.next(below: step == .responded ? 16 * 86_400 : 2 * 86_400)))
                        if step == .responded {
                            record.responseExplanation = "已调查并向客户说明 / investigated and explained to the customer"
                            record.respondedAt = at
                        }
                        if step == .closed {
                            record.closedAt = at
                            record.satisfaction = 1 + random.next(below: 5)
                        }
                        events.append((at, step.rawValue, status, step, ""))
                        status = step
                    }
                    // Registered as received (the intake write), then brought to where it got (the handling write).
                    var intake = record
                    intake.status = .received
                    intake.responseExplanation = nil
                    let id = try repository.insert(intake)
                    if status != .received {
                        record.id = id
                        record.status = status
                        try repository.update(record)
                    }
                    for event in events {
                        try repository.appendEvent(complaintID: id, at: event.0, operatorID: event.1 == "received" ? record.createdBy : handler,
                                                   kind: event.1, from: event.2, to: event.3, detail: event.4)
                    }
                    written += 1
                }
            }
        }
        return written
    }
}
