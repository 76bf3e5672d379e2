import BankCore
import BranchServices
import Localization
import Testing
import TestSupport

/// The business date moves forward only, by supervisors or administrators, audited.
struct BusinessDayTests {
    @Test func supervisorMovesTheDateForwardAndItIsAudited() throws {
        let fixture = try BranchFixture()
        let branch = try StaffedBranch(fixture)
        let next = try #require(BusinessDate("2026-01-06"))
        try BusinessDayService(branch.context).setBusinessDate(next, by: branch.supervisor)
        #expect(branch.context.branch()?.businessDate == next)
        #expect(try branch.context.auditActions().contains("branch.business_date"))
    }

    @Test func theDateNeverMovesBackwardsOrStandsStill() throws {
        let fixture = try BranchFixture()
        let branch = try StaffedBranch(fixture)
        let service = BusinessDayService(branch.context)
        #expect(failure { try service.setBusinessDate(BusinessDate("2026-01-04")!, by: branch.admin) }?.key == .businessDateBackwards)
        #expect(failure { try service.setBusinessDate(BusinessDate("2026-01-05")!, by: branch.admin) }?.key == .businessDateBackwards)
        #expect(branch.context.branch()?.businessDate.description == "2026-01-05")
    }

    @Test func aTellerMayNotChangeIt() throws {
        let fixture = try BranchFixture()
        let branch = try StaffedBranch(fixture)
        let refused = failure { try BusinessDayService(branch.context).setBusinessDate(BusinessDate("2026-01-06")!, by: branch.teller) }
        #expect(refused?.key == .errorForbidden)
        #expect(branch.context.branch()?.businessDate.description == "2026-01-05")
    }
}
