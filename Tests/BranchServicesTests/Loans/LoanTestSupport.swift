import BankCore
import BankStore
@testable import BranchServices
import Foundation
import Localization
import Testing
import TestSupport

/// A staffed branch with money and the training branch's three loan products
/// (saved by the administrator through the service, so each is version 1).
final class LoanBranch {
    let bank: LedgerBranch
    var context: BranchContext { bank.context }
    var admin: Operator { bank.admin }
    var teller: Operator { bank.teller }
    var supervisor: Operator { bank.supervisor }
    var supervisor2: Operator { bank.supervisor2 }
    var customers: [Customer] { bank.customers }
    var today: BusinessDate { context.businessDate }

    init() throws {
        bank = try LedgerBranch(customers: 4)
        for product in DemoLoanProducts.products { try LoanProductService(context).save(product, by: bank.admin) }
    }

    var applications: LoanApplicationService { LoanApplicationService(context) }
    var approvals: LoanApprovalService { LoanApprovalService(context) }

    /// A personal-loan application for customer `index` into a new account of theirs.
    func personal(_ yuan: Int64, months: Int = 24, customer index: Int = 0, income: Int64 = 3_000_000) throws -> LoanApplicationInput {
        let account = try bank.account(customer: index, balance: 100_000)
        return LoanApplicationInput(customerID: customers[index].id, productCode: "PERSONAL", amount: yuan * 100, months: months,
                                    method: .equalInstalment, purpose: "renovation", monthlyIncome: income,
                                    monthlyObligations: 0, employer: "Acme 有限公司", accountNumber: account.number)
    }

    /// Saves `input` as a draft with every document the product asks for ticked.
    func complete(_ input: LoanApplicationInput, by actor: Operator? = nil) throws -> LoanApplication {
        let who = actor ?? teller
        var application = try applications.saveDraft(input, by: who)
        let product = try #require(try LoanProductService(context).product(code: input.productCode, by: who))
        for document in product.documents {
            application = try applications.setDocument(document, seen: true, applicationID: application.id, by: who)
        }
        return application
    }

    /// A complete personal loan of `yuan`, submitted by `actor` (the teller).
    func submitted(_ yuan: Int64, customer index: Int = 0, by actor: Operator? = nil) throws -> (LoanApplication, LoanSubmission) {
        let application = try complete(try personal(yuan, customer: index), by: actor)
        let submission = try applications.submit(applicationID: application.id, by: actor ?? teller)
        return (try applications.application(id: application.id, by: teller), submission)
    }

    /// The contract's check, inside a write as the contract makes it.
    func requireApproved(_ application: LoanApplication) throws(LocalizedMessage) {
        try context.write { try approvals.requireApproved(application) }
    }
}

/// `message` in English and Chinese both contain every one of `figures`.
func expectBothLanguages(_ message: LocalizedMessage, contain figures: [String], sourceLocation: SourceLocation = #_sourceLocation) {
    for language in Language.allCases {
        let text = message.text(in: Strings(language))
        for figure in figures {
            #expect(text.contains(figure), "\(language): \(text) lacks \(figure)", sourceLocation: sourceLocation)
        }
    }
}

/// The refusal `body` threw, or nil (the test then fails).
func refusal(_ body: () throws -> Void, sourceLocation: SourceLocation = #_sourceLocation) -> LocalizedMessage? {
    do {
        try body()
        Issue.record("expected a refusal", sourceLocation: sourceLocation)
        return nil
    } catch let message as LocalizedMessage {
        return message
    } catch {
        Issue.record("unexpected \(error)", sourceLocation: sourceLocation)
        return nil
    }
}
