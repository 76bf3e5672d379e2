import BankCore
import BankCrypto
import BankStore
import Foundation
import Localization

/// Submission: everything that stops it (each with the rule and the figure),
/// the schedule preview, the credit assessment from this bank's books, and the
/// routing — declined, approved by the system within the product's automatic
/// limit, referred to one approver, or sent to a committee of two.
extension LoanApplicationService {
    /// Everything that stops submission, each with the rule and the figure; empty when it may be submitted.
    public func problems(applicationID: Int64, by actor: Operator) throws(LocalizedMessage) -> [LocalizedMessage] {
        try context.read {
            _ = try context.requireActor(actor, .loans)
            guard let application = try applications.application(id: applicationID) else { throw LocalizedMessage(.loanAppNotFound) }
            return try problems(of: application, product: try products.current(code: application.productCode)?.product)
        }
    }

    /// The checks of `problems(applicationID:)` on a loaded application against the product's current terms.
    func problems(of application: LoanApplication, product: LoanProduct?) throws -> [LocalizedMessage] {
        guard let product else { return [LocalizedMessage(.loanProductUnknown, application.productCode)] }
        let money = LoanProductService.money
        var found: [LocalizedMessage] = []
        if !product.active { found.append(LocalizedMessage(.loanProductInactive, product.code)) }
        if !(product.minimumAmount...product.maximumAmount).contains(application.amount) {
            found.append(LocalizedMessage(.loanAppAmountOutside, money(application.amount), money(product.minimumAmount),
                                          money(product.maximumAmount)))
        }
        if !(product.minimumMonths...product.maximumMonths).contains(application.months) {
            found.append(LocalizedMessage(.loanAppMonthsOutside, String(application.months), String(product.minimumMonths),
                                          String(product.maximumMonths)))
        }
        if !product.methods.contains(application.method) {
            found.append(LocalizedMessage(.loanAppMethodNotOffered, product.code,
                                          part: LocalizedMessage(LoanProductService.key(of: application.method))))
        }
        if application.monthlyIncome <= 0 { found.append(LocalizedMessage(.loanAppIncomeMissing)) }
        found += try accountProblems(application)
        found += collateralProblems(application, product: product)
        let customers = CustomerRepository(db: context.database)
        for guarantor in application.guarantorIDs {
            if guarantor == application.customerID {
                found.append(LocalizedMessage(.loanAppGuarantorIsApplicant))
            } else if try customers.find(id: guarantor) == nil {
                found.append(LocalizedMessage(.loanAppGuarantorUnknown, String(guarantor)))
            }
        }
        for document in product.documents where !application.documentsSeen.contains(document) {
            found.append(LocalizedMessage(.loanAppDocumentMissing, part: LocalizedMessage(LoanProductService.name(of: document))))
        }
        return found
    }

    private func accountProblems(_ application: LoanApplication) throws -> [LocalizedMessage] {
        guard let accountID = application.accountID, let account = try AccountRepository(db: context.database).account(id: accountID) else {
            return [LocalizedMessage(.loanAppAccountMissing)]
        }
        if account.customerID != application.customerID { return [LocalizedMessage(.loanAppAccountNotCustomers, account.number)] }
        if account.status != .active || account.currency != .cny {
            return [LocalizedMessage(.loanAppAccountNotUsable, account.number, account.status.rawValue, account.currency.rawValue)]
        }
        return []
    }

    private func collateralProblems(_ application: LoanApplication, product: LoanProduct) -> [LocalizedMessage] {
        guard product.secured else { return [] }
        guard !application.collateral.isEmpty else { return [LocalizedMessage(.loanAppCollateralMissing, product.code)] }
        var found: [LocalizedMessage] = []
        let today = context.businessDate
        for item in application.collateral {
            if product.maximumLoanToValue(for: item.kind) == nil {
                found.append(LocalizedMessage(.loanAppCollateralKindRefused, product.code,
                                              part: LocalizedMessage(LoanProductService.name(of: item.kind))))
            }
            if item.appraisalDate > today {
                found.append(LocalizedMessage(.loanAppAppraisalFuture, item.appraisalDate.description, today.description))
            } else if item.appraisalDate.days(until: today) > product.appraisalMaximumAgeDays {
                found.append(LocalizedMessage(.loanAppAppraisalTooOld, item.appraisalDate.description,
                                              String(item.appraisalDate.days(until: today)), String(product.appraisalMaximumAgeDays)))
            }
        }
        let lendable = Self.lendable(application.collateral, product: product)
        if application.amount > lendable {
            found.append(LocalizedMessage(.loanAppCollateralShort, LoanProductService.money(application.collateralValue),
                                          LoanProductService.money(lendable), LoanProductService.money(application.amount)))
        }
        return found
    }

    /// The most that may be lent against `collateral`: Σ appraised value × the kind's maximum loan-to-value,
    /// each rounded down to the fen (a kind the product does not accept counts for nothing).
    static func lendable(_ collateral: [Collateral], product: LoanProduct) -> Int64 {
        collateral.reduce(0) { total, item in
            let ltv = product.maximumLoanToValue(for: item.kind) ?? 0
            let (high, low) = item.appraisedValue.multipliedFullWidth(by: ltv)
            guard high == 0 else { return Int64.max }
            return total + Int64(low / 10_000)
        }
    }

    /// The schedule the customer would sign, starting today (`LoanCalculator`'s code).
    public func preview(_ input: LoanApplicationInput, by actor: Operator) throws(LocalizedMessage) -> LoanSchedule {
        try context.read {
            _ = try context.requireActor(actor, .loans)
            let code = LoanProductService.normalized(input.productCode)
            guard let product = try products.current(code: code)?.product else { throw LocalizedMessage(.loanProductUnknown, code) }
            return try schedule(amount: input.amount, months: input.months, method: input.method, product: product)
        }
    }

    /// The schedule for the figures at the product's rate from the business date, or the range the figures broke.
    func schedule(amount: Int64, months: Int, method: RepaymentMethod, product: LoanProduct) throws -> LoanSchedule {
        guard amount > 0, amount <= LoanCalculator.maximumPrincipal else {
            throw LocalizedMessage(.loanAppAmountOutside, AmountParser.format(amount), AmountParser.format(product.minimumAmount),
                                   AmountParser.format(product.maximumAmount))
        }
        guard (1...LoanCalculator.maximumMonths).contains(months) else {
            throw LocalizedMessage(.loanAppMonthsOutside, String(months), String(product.minimumMonths), String(product.maximumMonths))
        }
        return LoanSchedule(principal: amount, rate: product.rate, months: months, method: method, start: context.businessDate)
    }

    /// The credit assessment, line by line, from the application and this bank's books.
    public func assessment(applicationID: Int64, by actor: Operator) throws(LocalizedMessage) -> CreditAssessment {
        try context.read {
            _ = try context.requireActor(actor, .loans)
            guard let application = try applications.application(id: applicationID) else { throw LocalizedMessage(.loanAppNotFound) }
            if let stored = try applications.submission(id: applicationID)?.assessment, let inputs = StoredAssessment.decode(stored) {
                return inputs.assessment
            }
            guard let product = try products.current(code: application.productCode)?.product else {
                throw LocalizedMessage(.loanProductUnknown, application.productCode)
            }
            return try assessmentInputs(application, product: product).assessment
        }
    }

    /// Gathers what the assessment reads: the schedule's largest payment and maturity, the customer's birth
    /// date, the worst days overdue on their loans here, their frozen accounts and the watch list.
    func assessmentInputs(_ application: LoanApplication, product: LoanProduct) throws -> StoredAssessment {
        let plan = try schedule(amount: application.amount, months: application.months, method: application.method, product: product)
        guard let customer = try CustomerRepository(db: context.database).find(id: application.customerID) else {
            throw LocalizedMessage(.customerNotFound)
        }
        let today = context.businessDate
        let loans = LoanRepository(db: context.database)
        var worst = 0
        for loan in try loans.loans(customerID: customer.id) where loan.status == .active {
            worst = max(worst, daysOverdue(try loans.instalmentBalances(loanID: loan.id, version: loan.scheduleVersion), on: today))
        }
        let accounts = AccountRepository(db: context.database)
        let frozen = try accounts.accounts(customerID: customer.id).filter { $0.status == .frozen }.count
        let hits = WatchListScreening.screen(name: customer.name, idNumber: customer.idNumber, birthDate: customer.birthDate,
                                             against: try accounts.watchListCandidates(name: customer.name, idNumber: customer.idNumber))
        let value = application.collateralValue
        let maxLTV: Int64? = product.secured
            ? (value > 0 ? Self.lendable(application.collateral, product: product) * 10_000 / value
                         : product.collateral.map(\.maximumLoanToValue).max() ?? 0)
            : nil
        return StoredAssessment(amount: application.amount, largestPayment: plan.instalments.map(\.payment).max() ?? 0,
                                maturity: plan.instalments.last?.dueDate.description ?? today.description, maxLoanToValue: maxLTV,
                                monthlyIncome: application.monthlyIncome, monthlyObligations: application.monthlyObligations,
                                birthDate: customer.birthDate.description, collateralValue: value, worstDaysOverdue: worst,
                                frozenAccounts: frozen, onWatchList: !hits.isEmpty)
    }

    /// Submits a complete draft: the system approves, refers, sends to committee or declines.
    public func submit(applicationID: Int64, by actor: Operator) throws(LocalizedMessage) -> LoanSubmission {
        try context.write {
            let clerk = try context.requireActor(actor, .loans)
            guard var application = try applications.application(id: applicationID) else { throw LocalizedMessage(.loanAppNotFound) }
            guard application.status == .draft else {
                throw LocalizedMessage(.loanAppNotDraft, application.number, application.status.rawValue)
            }
            let current = try products.current(code: application.productCode)
            let found = try problems(of: application, product: current?.product)
            if found.count == 1 { throw found[0] }
            guard found.isEmpty, let current else { throw LocalizedMessage(.loanAppCannotSubmit, String(found.count)) }
            let product = current.product
            application.productVersion = current.version
            application.enteredBy = clerk.id
            let inputs = try assessmentInputs(application, product: product)
            let assessment = inputs.assessment
            let recommendation = assessment.recommendation
            let (status, needed): (LoanApplication.Status, Int) =
                recommendation == .decline ? (.declined, 0)
                : recommendation == .approve && application.amount <= product.automaticApprovalLimit ? (.approved, 0)
                : application.amount > product.committeeThreshold ? (.committee, 2) : (.referred, 1)
            let hash = Self.requestHash(application)
            let now = context.clock.now()
            guard try applications.submit(id: application.id, enteredBy: clerk.id, productVersion: current.version, status: status,
                                          assessment: inputs.json, recommendation: recommendation, approvalsNeeded: needed,
                                          requestHash: hash, at: now) else {
                throw LocalizedMessage(.loanAppNotDraft, application.number, application.status.rawValue)
            }
            try context.record("loan.application.submitted", by: clerk.id, subject: application.number,
                               detail: "\(recommendation.rawValue) → \(status.rawValue) needs \(needed) "
                                   + "fired \(assessment.fired.map(\.rule.rawValue).joined(separator: ",")) hash \(hash)")
            if status == .approved {
                let id = try applications.insertApproval(LoanApprovalRow(
                    applicationID: application.id, enteredBy: clerk.id, approverID: nil,
                    decision: LoanDecisionRecord.Decision.automatic.rawValue, reason: Self.automaticReason, applicationHash: hash, at: now))
                try context.record(LoanApprovalService.decisionAction, by: clerk.id, subject: application.number,
                                   detail: LoanApprovalService.decisionDetail(approvalID: id, decision: .automatic, hash: hash,
                                                                              reason: Self.automaticReason))
            }
            return LoanSubmission(status: status, assessment: assessment)
        }
    }

    /// The reason stored with the system's own approval.
    static let automaticReason = "within automatic limit"

    /// SHA-256 of the application's decisive figures: amount, term, method, product and version,
    /// account, collateral and guarantors. An approval is for these figures only.
    static func requestHash(_ application: LoanApplication) -> String {
        let collateral = application.collateral
            .map { "\($0.kind.rawValue):\($0.appraisedValue):\($0.appraisalDate):\($0.description)" }.sorted()
        let text = ["amount=\(application.amount)", "months=\(application.months)", "method=\(application.method.rawValue)",
                    "product=\(application.productCode)/\(application.productVersion)", "customer=\(application.customerID)",
                    "account=\(application.accountID.map(String.init) ?? "")", "collateral=\(collateral.joined(separator: "|"))",
                    "guarantors=\(application.guarantorIDs.sorted().map(String.init).joined(separator: ","))"]
        return Digest.sha256Hex(text.joined(separator: "\n"))
    }
}
