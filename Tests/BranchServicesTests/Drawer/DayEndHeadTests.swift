import BankCore
import BankStore
@testable import BranchServices
import Foundation
import Localization
import Testing

/// Day-end reports print the audit chain head, so an auditor can write it
/// down and check it later with `verify --head`.
struct DayEndHeadTests {
    @Test func theDrawerSignOffVoucherCarriesTheChainHead() throws {
        let branch = try LedgerBranch()
        try branch.openDrawer()
        let drawers = DrawerService(branch.context)
        _ = try drawers.count(try branch.drawerCash(), by: branch.teller)
        let approval = try branch.approval(for: branch.teller)
        let before = try #require(try branch.context.audit.recent(limit: 1).first)
        let closed = try #require(try drawers.signOff(key: branch.newKey(), approval: approval, by: branch.teller))
        let path = try #require(closed.voucherPath)
        let text = try String(contentsOfFile: path, encoding: .utf8)
        #expect(text.contains("DRAWER SIGN-OFF"))
        #expect(text.contains("Audit chain head 审计链头: \(before.seq):\(before.hash)"))
        #expect(try branch.context.audit.verify(expectedHead: AuditHeadMark(seq: before.seq, hash: before.hash)).breaches.isEmpty)
        try branch.expectCleanBooks()
    }

    @Test func movingTheBusinessDateOnReturnsTheChainHead() throws {
        let branch = try LedgerBranch()
        let head = try BusinessDayService(branch.context).setBusinessDate(BusinessDate("2026-01-06")!, by: branch.supervisor)
        let newest = try #require(try branch.context.audit.recent(limit: 1).first)
        #expect(newest.action == "branch.business_date")
        #expect(head == "\(newest.seq):\(newest.hash)")
        #expect(AuditService(branch.context).head() == head)
    }
}
