import BankCore
import BankStore
@testable import BranchServices
import Foundation
import Localization
import Testing
import TestSupport

/// The PIN every operator made by `BranchFixture` starts with.
let adminPIN = "135790"
let tellerPIN = "246810"
let supervisorPIN = "802468"

/// A set-up branch: BR01 with administrator `admin`, plus a teller and a supervisor.
struct StaffedBranch {
    let context: BranchContext
    let admin: Operator
    let teller: Operator
    let supervisor: Operator

    init(_ fixture: BranchFixture, terminal: String = "tty1") throws {
        context = try fixture.open(terminal: terminal)
        admin = try SetupService(context).createBranch(
            code: "BR01", name: "Zhongshan Road 中山路支行", businessDate: BusinessDate("2026-01-05")!,
            adminUsername: "admin", adminName: "Zhao Lei 赵磊", pin: adminPIN)
        let administration = OperatorAdministration(context)
        teller = try administration.add(username: "li.wei", displayName: "Li Wei 李伟", role: .teller,
                                        pin: tellerPIN, by: admin)
        supervisor = try administration.add(username: "zhang.min", displayName: "Zhang Min 张敏", role: .supervisor,
                                            pin: supervisorPIN, by: admin)
    }

    var auth: AuthenticationService { AuthenticationService(context) }
    var administration: OperatorAdministration { OperatorAdministration(context) }
}

extension BranchContext {
    /// Row count of a table, read straight from the file.
    func count(_ table: String) throws -> Int {
        Int(try database.scalarInt("SELECT count(*) FROM \(table)") ?? -1)
    }

    /// The audit actions in order.
    func auditActions() throws -> [String] {
        try database.query("SELECT action FROM audit_log ORDER BY seq").map { $0.string("action") ?? "?" }
    }

    /// The operator as stored now (not as some screen remembers it).
    func stored(_ username: String) throws -> Operator? {
        try operators.find(username: username)?.operator
    }

    /// The stored PIN hash text of an operator.
    func storedHash(_ username: String) throws -> String? {
        try database.queryOne("SELECT pin_hash FROM operators WHERE username = ?", [.text(username)])?.string("pin_hash")
    }
}
