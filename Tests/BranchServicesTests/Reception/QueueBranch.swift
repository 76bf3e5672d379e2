import BankCore
import BankStore
@testable import BranchServices
import Foundation
import Localization
import Testing
import TestSupport

/// A real branch file for the queue tests: branch QB01 on business day
/// 2027-01-15 (the fixture clock's day), an administrator, a guide, two
/// tellers and a supervisor. The clock only moves when a test moves it.
final class QueueBranch {
    static let day = BusinessDate("2027-01-15")!
    static let pin = "258036"

    static let cashNeeds = ["service": "deposit", "documents": "id_and_bank_card", "amount": "under_50k",
                            "urgency": "normal", "assistance": "none"]
    static let accountNeeds = ["service": "open_account", "documents": "id_card", "urgency": "normal", "assistance": "none"]
    static let loanNeeds = ["service": "loan_enquiry", "documents": "id_card", "amount": "over_200k",
                            "urgency": "normal", "assistance": "none"]

    let fixture: BranchFixture
    let context: BranchContext
    let admin: Operator
    let guide: Operator
    let teller: Operator
    let teller2: Operator
    let supervisor: Operator

    init() throws {
        fixture = try BranchFixture()
        context = try fixture.open(terminal: "queue/tty1")
        admin = try SetupService(context).createBranch(
            code: "QB01", name: "Queue Branch 排队网点", businessDate: Self.day,
            adminUsername: "admin", adminName: "Zhao Lei 赵磊", pin: Self.pin)
        let administration = OperatorAdministration(context)
        guide = try administration.add(username: "wang.fang", displayName: "Wang Fang 王芳", role: .guide, pin: Self.pin, by: admin)
        teller = try administration.add(username: "li.wei", displayName: "Li Wei 李伟", role: .teller, pin: Self.pin, by: admin)
        teller2 = try administration.add(username: "chen.jing", displayName: "Chen Jing 陈静", role: .teller, pin: Self.pin, by: admin)
        supervisor = try administration.add(username: "zhang.min", displayName: "Zhang Min 张敏", role: .supervisor,
                                            pin: Self.pin, by: admin)
    }

    var clock: ManualClock { fixture.clock }
    var queue: QueueService { QueueService(context) }
    var customers: CustomerService { CustomerService(context) }

    /// Moves the clock on by `seconds`.
    func tick(_ seconds: TimeInterval = 60) { clock.advance(by: seconds) }

    /// Issues a ticket as the guide, one minute after the previous thing happened.
    @discardableResult
    func issue(_ type: BusinessType = .cash, priority: PriorityReason? = nil, customerID: Int64? = nil) throws -> Ticket {
        tick()
        let needs: [String: String]
        switch type {
        case .cash: needs = Self.cashNeeds
        case .loans: needs = Self.loanNeeds
        case .wealth: needs = Self.loanNeeds.merging(["service": "buy_product"]) { $1 }
        case .accounts: needs = Self.accountNeeds
        case .complaints: needs = Self.accountNeeds.merging(["service": "complaint_fees"]) { $1 }
        }
        return try queue.issue(type: type, priority: priority, customerID: customerID, needs: needs, by: guide).ticket
    }

    /// Calls, starts and finishes (served) the next ticket at a counter; returns its number.
    @discardableResult
    func serveNext(_ counter: Counter, by actor: Operator, taking seconds: TimeInterval = 120) throws -> String? {
        guard let ticket = try queue.callNext(counterID: counter.id, by: actor) else { return nil }
        tick(30)
        _ = try queue.start(counterID: counter.id, by: actor)
        tick(seconds)
        _ = try queue.finish(counterID: counter.id, outcome: .served, satisfaction: nil, by: actor)
        return ticket.displayNumber
    }

    /// A resident ID number with a correct check character.
    static func residentID(region: String = "110105", birth: String, sequence: String = "123") -> String {
        let first17 = region + birth + sequence
        return first17 + String(ResidentIDNumber.checkDigit(for: first17)!)
    }

    func count(_ table: String) throws -> Int {
        Int(try context.database.scalarInt("SELECT count(*) FROM \(table)") ?? -1)
    }

    func auditActions() throws -> [String] {
        try context.database.query("SELECT action FROM audit_log ORDER BY seq").map { $0.string("action") ?? "?" }
    }
}
