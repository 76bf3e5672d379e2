import BankCore
import BankCrypto
import BankStore
import Dispatch
import Foundation
import Localization

/// The training branch trainers use in the classroom: a separate file,
/// marked as training, seeded with one operator per role whose PINs are shown
/// on the sign-in screen. It can be reset to this seed at any time.
public enum DemoBranch {
    /// A demo operator and the PIN printed on the sign-in screen.
    public struct Login: Sendable {
        public var username: String
        public var displayName: String
        public var role: Role
        public var pin: String
        /// The operator's own approval limit in CNY fen (the branch manager's), nil for the role's.
        public var approvalLimit: Int64? = nil
    }

    public static let logins: [Login] = [
        Login(username: "guide", displayName: "Wang Fang 王芳", role: .guide, pin: "246810"),
        Login(username: "teller", displayName: "Li Wei 李伟", role: .teller, pin: "135790"),
        Login(username: "teller2", displayName: "Chen Jing 陈静", role: .teller, pin: "135791"),
        Login(username: "super", displayName: "Zhang Min 张敏", role: .supervisor, pin: "802468"),
        Login(username: "trainer", displayName: "Liu Yang 刘洋", role: .trainer, pin: "975310"),
        Login(username: "admin", displayName: "Zhao Lei 赵磊", role: .administrator, pin: "864200"),
        // The branch manager (last, so the seed's other operators keep their ids): a supervisor whose own
        // approval limit (CNY 20,000,000.00) is above the supervisors' 5,000,000.00.
        Login(username: "manager", displayName: "Zhou Hua 周华", role: .supervisor, pin: "680246", approvalLimit: 2_000_000_000),
    ]

    /// A made-up watch list for the classroom: opening an account for the demo
    /// customer John Smith (born 1983-03-21) stops for supervisor review.
    static let trainingWatchList: [WatchListEntry] = [
        WatchListEntry(name: "John Smith", idNumber: nil, birthDate: BusinessDate("1983-03-21"), list: "TRAINING-SANCTIONS",
                       reason: "training example: sanctions list"),
        WatchListEntry(name: "钱多多", idNumber: nil, birthDate: nil, list: "TRAINING-PEP", reason: "training example: PEP"),
        WatchListEntry(name: "Ivan Petrov", idNumber: "P1234567", birthDate: BusinessDate("1970-01-01"), list: "TRAINING-SANCTIONS",
                       reason: "training example"),
    ]

    public static let branchCode = "DEMO01"
    public static let branchName = "Training Branch 培训网点"

    /// Fills an empty file with the training branch. Hashes are computed in
    /// parallel first, then everything is written in one transaction.
    public static func seed(_ context: BranchContext) throws(LocalizedMessage) {
        let hashes = hashAll(logins.map(\.pin) + [DemoLedger.customerPIN], iterations: context.pinIterations)
        try context.ensureKey()  // the one-time-code secrets are sealed with it
        try context.write {
            guard try context.branches.load() == nil else { return }
            let now = context.clock.now()
            let today = BusinessDate(date: now)
            try context.branches.create(Branch(code: branchCode, name: branchName, businessDate: today, isTraining: true), at: now)
            var operatorIDs: [String: Int64] = [:]
            for (login, hash) in zip(logins, hashes) {
                operatorIDs[login.username] = try context.operators.insert(username: login.username, displayName: login.displayName,
                                                                           role: login.role, pinHash: hash, createdAt: now).id
                if let limit = login.approvalLimit, let id = operatorIDs[login.username] {
                    _ = try context.operators.setApprovalLimit(id: id, limit: limit)
                }
            }
            let customers = try seedQueue(context, today: today, now: now,
                                          servedBy: [operatorIDs["teller"], operatorIDs["teller2"]].compactMap { $0 })
            try DemoLedger.seed(context, customers: customers, makerID: operatorIDs["teller2"] ?? 1, supervisorID: operatorIDs["super"] ?? 1, customerPINHash: hashes.last!,
                                today: today, now: now)
            try AccountRepository(db: context.database).replaceWatchList(trainingWatchList, at: now, by: nil)
            try DemoLoanProducts.seed(context, by: operatorIDs["admin"] ?? 1, at: now)
            try context.record("training.seeded", by: nil, subject: branchCode, detail: "loan products \(DemoLoanProducts.codes)")
        }
    }

    /// Customers, counters, today's appointments, a few waiting tickets and a
    /// week of finished services (so wait estimates and the KPI dashboard have
    /// history). `servedBy` are the tellers the history is attributed to (by counter).
    @discardableResult
    static func seedQueue(_ context: BranchContext, today: BusinessDate, now: Date, servedBy: [Int64] = []) throws -> [Customer] {
        let customers = CustomerRepository(db: context.database)
        let queue = QueueRepository(db: context.database)
        var stored: [Customer] = []
        for customer in DemoCustomers.customers() {
            stored.append(try customers.insert(customer, createdAt: now - 90 * 86400, createdBy: nil))
        }
        let layout: [(Int, Set<BusinessType>)] = [(1, [.cash]), (2, [.cash, .accounts]), (3, [.loans, .wealth]), (4, [.accounts, .complaints])]
        var counters: [Counter] = []
        for (number, serves) in layout { counters.append(try queue.insertCounter(number: number, serves: serves, at: now)) }
        // History: finished services on each of the last seven days.
        var generator = SeededGenerator(seed: 20261123)
        for daysAgo in 1...7 {
            let day = now - Double(daysAgo) * 86400
            let date = BusinessDate(date: day)
            for (index, type) in BusinessType.allCases.enumerated() {
                for n in 1...4 {
                    let issued = day - Double(3 * 3600 - index * 600 - n * 900)
                    let wait = Double(Int.random(in: 120...1500, using: &generator))
                    let took = Double(Int.random(in: 180...900, using: &generator)) * (type == .loans ? 2 : 1)
                    let customer = stored[Int.random(in: 0..<stored.count, using: &generator)]
                    let id = try queue.insertTicket(date: date, series: type.series, number: n, type: type, priority: nil,
                                                    customerID: customer.id, appointmentID: nil, needsJSON: "{}", issuedAt: issued, issuedBy: nil)
                    let counter = counters.first { $0.serves.contains(type) }!
                    var ticket = try queue.ticket(id: id)!.ticket
                    ticket.status = .finished
                    ticket.calledAt = issued + wait
                    ticket.counterID = counter.id
                    ticket.outcome = .served
                    ticket.satisfaction = Int.random(in: 3...5, using: &generator)
                    try queue.update(ticket, startedAt: issued + wait + 30, finishedAt: issued + wait + 30 + took)
                    let servedBy = servedBy.isEmpty ? nil : servedBy[(counter.number - 1) / 2 % servedBy.count]
                    for (kind, at) in [(QueueEventKind.issued, issued), (.called, issued + wait), (.started, issued + wait + 30),
                                       (.finished, issued + wait + 30 + took), (.satisfaction, issued + wait + 30 + took)] {
                        try queue.appendEvent(ticketID: id, at: at, kind: kind, type: type,
                                              operatorID: kind == .issued || kind == .satisfaction ? nil : servedBy, counterID: counter.id,
                                              detail: kind == .satisfaction ? String(ticket.satisfaction!) : "")
                    }
                }
            }
        }
        // Today: appointments and a few customers already waiting.
        let appointments: [(Int, String, BusinessType, String)] = [
            (1, "09:30", .accounts, ""), (5, "10:00", .wealth, ""), (10, "10:30", .loans, ""), (2, "11:00", .cash, ""),
            (15, "14:00", .accounts, ""), (17, "15:30", .cash, ""),
        ]
        for (index, time, type, purpose) in appointments {
            _ = try queue.insertAppointment(Appointment(id: 0, customerID: stored[index].id, businessDate: today, time: time,
                                                        businessType: type, purpose: purpose), at: now, by: nil)
        }
        let waiting: [(BusinessType, PriorityReason?, Int?, [String: String])] = [
            (.cash, nil, 0, ["service": "deposit", "documents": "id_and_bank_card", "amount": "under_50k", "urgency": "normal", "assistance": "none"]),
            (.cash, .elderly, 1, ["service": "withdrawal", "documents": "id_and_bank_card", "amount": "under_50k", "urgency": "normal", "assistance": "elderly"]),
            (.accounts, nil, 2, ["service": "open_account", "documents": "id_card", "urgency": "normal", "assistance": "none"]),
            (.loans, nil, 3, ["service": "loan_enquiry", "documents": "id_card", "amount": "over_200k", "urgency": "normal", "assistance": "none"]),
            (.cash, nil, nil, ["service": "transfer", "documents": "id_card", "amount": "50k_200k", "urgency": "urgent", "assistance": "none"]),
        ]
        for (offset, entry) in waiting.enumerated() {
            let series = entry.1 == nil ? entry.0.series : BusinessType.prioritySeries
            let issued = now - Double((waiting.count - offset) * 240)
            let id = try queue.insertTicket(date: today, series: series, number: try queue.nextNumber(date: today, series: series),
                                            type: entry.0, priority: entry.1, customerID: entry.2.map { stored[$0].id },
                                            appointmentID: nil, needsJSON: QueueService.encodeNeeds(entry.3), issuedAt: issued, issuedBy: nil)
            try queue.appendEvent(ticketID: id, at: issued, kind: .issued, type: entry.0, operatorID: nil, counterID: nil)
        }
        return stored
    }

    private static func hashAll(_ pins: [String], iterations: Int) -> [String] {
        let results = HashResults(count: pins.count)
        DispatchQueue.concurrentPerform(iterations: pins.count) { index in
            results.set(index, PINHash.make(pin: pins[index], iterations: iterations).encoded)
        }
        return results.values
    }
}

/// Collects results written from several threads.
private final class HashResults: @unchecked Sendable {
    private let lock = NSLock()
    private var storage: [String]
    init(count: Int) { storage = Array(repeating: "", count: count) }
    func set(_ index: Int, _ value: String) { lock.withLock { storage[index] = value } }
    var values: [String] { lock.withLock { storage } }
}
