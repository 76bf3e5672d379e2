import BankCore
import BankStore
@testable import BranchServices
import Foundation
import Localization
import Testing

/// The developers' seeding aids create money or credentials with one
/// supervisor's say-so, so a real branch refuses them (issue 12).
@Suite struct LedgerSeedingTests {
    @Test func aRealBranchRefusesAFundedAccountAndMovesNothing() throws {
        let branch = try LedgerBranch()
        let footprint = try branch.footprint()
        var refusal: LocalizedMessage?
        do {
            _ = try LedgerSeeding(branch.context).openFundedAccount(customerID: branch.customers[0].id, openingBalance: 1_000_000,
                                                                    key: branch.newKey(), by: branch.supervisor)
        } catch { refusal = error }
        #expect(refusal?.key == .seedingTrainingOnly)
        #expect(try branch.footprint() == footprint)
    }
}
