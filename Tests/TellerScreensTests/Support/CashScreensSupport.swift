import BankCore
import BankStore
import BranchServices
import Foundation
import Testing
import TerminalUI
@testable import TellerScreens

/// Helpers the drawer, statement and journal screen tests share: opening an
/// item of the cash hub by its title, operators and supervisor approvals
/// from the demo seed, demo accounts, and posting through the services.
extension Workstation {
    /// Opens the cash hub and then the item with this title, by the hotkey shown beside it.
    func openCashItem(_ title: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        try open(.cash)
        let line = try #require(lines.first { $0.trimmingCharacters(in: .whitespaces).hasSuffix("  " + title) },
                                "\(title) is not in the cash hub", sourceLocation: sourceLocation)
        let hotkey = try #require(line.trimmingCharacters(in: .whitespaces).first, sourceLocation: sourceLocation)
        press(.character(hotkey))
        #expect(self.title.contains(title), sourceLocation: sourceLocation)
    }

    /// A demo operator as the services see them.
    func demoOperator(_ username: String) throws -> Operator {
        let login = try #require(DemoBranch.logins.first { $0.username == username })
        return try AuthenticationService(context).signIn(username: login.username, pin: login.pin)
    }

    /// The demo supervisor's approval of something `maker` does.
    func supervisorApproval(for maker: Operator, reason: String = "verified at the counter") throws -> SupervisorApproval {
        try AuthenticationService(context).approve(username: "super", pin: "802468", reason: reason, maker: maker)
    }

    /// Opens `teller`'s drawer through the service with a verified float.
    func openDrawer(for teller: Operator, float: CashBreakdown) throws {
        _ = try DrawerService(context).open(float: float, key: UUID().uuidString, approval: try supervisorApproval(for: teller),
                                            by: teller)
    }

    /// Active CNY demo accounts in the order they were opened: (number, customer id).
    func demoAccounts() throws -> [(number: String, customerID: Int64)] {
        try context.database.query("SELECT number, customer_id FROM accounts WHERE status = 'active' AND currency = 'CNY' ORDER BY id")
            .map { (try #require($0.string("number")), try #require($0.int("customer_id"))) }
    }

    /// An internal transfer made by `maker`, the payer verified with the demo PIN. Returns the entry number.
    func transfer(by maker: Operator, amount: Int64, from: (number: String, customerID: Int64), to: String) throws -> Int64 {
        try IdentityService(context).verifyPIN(customerID: from.customerID, pin: "258036",
                                               service: TransferService.verificationService(accountNumber: from.number), by: maker)
        let posted = try TransferService(context).transfer(TransferRequest(fromAccountNumber: from.number, toAccountNumber: to, amount: amount),
                                                           key: UUID().uuidString, by: maker)
        return posted.entryID
    }

    /// Answers an open confirmation dialog with yes (it starts on no).
    func confirmYes() { press(.left, .enter) }

    /// Fills the supervisor approval screen with the demo supervisor and a reason, and submits it.
    func approveAsSupervisor(reason: String = "checked the count") {
        type("super")
        press(.tab)
        type("802468")
        press(.tab)
        type(reason)
        press(.enter)
    }
}
