import BankCore
import BankStore
import Foundation
import Localization

/// Setting or replacing a customer's PIN or one-time-code secret: the one
/// step that would let a single insider take over a customer's money, so it
/// takes four eyes. Only an operator at the counter may do it (never a
/// guide); the customer's own identity document must have been checked and
/// accepted in this visit, by this operator at this terminal (the ticket being
/// served, or without a ticket within `FourEyesRules.documentWindowMinutes`);
/// a supervisor approves with their own ID and PIN; replacing an existing
/// credential must be confirmed; a replacement starts the cooling-off period
/// (`outgoingVerification`); the customer is told on the phone number on
/// file, in their language. Every change and every refusal is audited.
extension IdentityService {
    /// Whether the customer's identity document was checked and accepted in
    /// this visit by `actor` at this terminal, so a credential may be changed
    /// (a screen asks before fetching a supervisor).
    public func documentCheckedThisVisit(customerID: Int64, by actor: Operator) -> Bool {
        guard let customer = try? CustomerRepository(db: context.database).find(id: customerID) else { return false }
        return ((try? documentCheck(for: customer, by: actor)) ?? nil) != nil
    }

    /// The accepted check of the customer's own document in this visit, or nil.
    private func documentCheck(for customer: Customer, by clerk: Operator) throws -> Int64? {
        let visit = try identity.visit(operatorID: clerk.id, customerID: customer.id)
        let since = visit == nil ? context.clock.now() - FourEyesRulesService(context).rules().documentWindow : .distantPast
        return try identity.acceptedDocumentCheck(customerID: customer.id, type: customer.idType,
                                                  maskedNumber: Masking.idNumber(customer.idNumber), operatorID: clerk.id,
                                                  terminal: context.terminal, ticketID: visit, since: since)
    }

    /// Applies `change` to the customer's credential under every control above, in one transaction.
    func changingCredential(_ method: VerificationMethod, customerID: Int64, replacing: Bool, approval: SupervisorApproval?,
                            by actor: Operator, _ change: (inout CustomerCredential) -> Void) throws(LocalizedMessage) {
        do throws(LocalizedMessage) {
            try context.write {
                let clerk = try context.requireActor(actor, .counter)
                guard let customer = try CustomerRepository(db: context.database).find(id: customerID) else {
                    throw LocalizedMessage(.customerNotFound)
                }
                guard let check = try documentCheck(for: customer, by: clerk) else { throw LocalizedMessage(.credentialNeedsDocumentCheck) }
                guard let approval else { throw LocalizedMessage(.credentialNeedsApproval) }
                let approver = try context.approver(of: approval, maker: clerk)
                var credential = try identity.credential(customerID: customerID) ?? CustomerCredential(
                    customerID: customerID, pinHash: nil, pinFailures: 0, pinBlocked: false, totpSecretHex: nil, totpLastStep: nil)
                let existing = method == .pin ? credential.pinHash != nil : credential.totpSecretHex != nil
                if existing, !replacing { throw LocalizedMessage(.credentialReplaceNotConfirmed) }
                let wasBlocked = credential.pinBlocked
                change(&credential)
                let now = context.clock.now()
                try identity.save(credential, at: now)
                if existing { try identity.markReplaced(customerID: customerID, method: method, at: now) }
                let notified = try notifyCredentialChange(customer, method: method, replaced: existing, at: now)
                let action = method == .pin ? (wasBlocked ? "customer.pin_reset" : existing ? "customer.pin_replaced" : "customer.pin_set")
                    : (existing ? "customer.otp_replaced" : "customer.otp_enrol")
                let visit = try identity.visit(operatorID: clerk.id, customerID: customerID)
                try context.record(action, by: clerk.id, subject: "customer \(customerID)",
                                   detail: "approved by operator \(approver.id) \(approver.username): \(approval.reason); "
                                       + "document check \(check)" + (visit.map { "; ticket \($0)" } ?? "")
                                       + (existing ? "; cooling off \(FourEyesRulesService(context).rules().coolingOffHours) h" : "")
                                       + (notified ? "; customer notified" : "; no phone on file to notify"))
            }
        } catch {
            try? context.write {
                try context.record("customer.credential_refused", by: actor.id, subject: "customer \(customerID)",
                                   detail: "\(method.rawValue): \(error.key.rawValue)")
            }
            throw error
        }
    }

    /// Queues a text to the phone on file saying the credential changed, in
    /// the customer's language (both languages when it is not known).
    private func notifyCredentialChange(_ customer: Customer, method: VerificationMethod, replaced: Bool, at now: Date) throws -> Bool {
        let phone = customer.phone.trimmingCharacters(in: .whitespaces)
        guard !phone.isEmpty else { return false }
        let key: StringKey1 = method == .pin ? (replaced ? .noticePINReplaced : .noticePINSet)
            : (replaced ? .noticeOTPReplaced : .noticeOTPEnrolled)
        let body = CustomerSMSText.text(LocalizedMessage(key, LocalTimeText.monthDayTime(now)), for: customer)
        try CashRecordsRepository(db: context.database).enqueueNotification(entryID: nil, customerID: customer.id, channel: "sms",
                                                                            recipient: phone, body: body, at: now)
        return true
    }
}

/// Whether a verification lets money go out of the customer's account.
public enum OutgoingVerification: Sendable, Equatable {
    case verified
    case notVerified
    /// Verified only with a credential replaced within the cooling-off period, for more than it may authorise.
    case coolingOff(LocalizedMessage)
}

extension IdentityService {
    /// Whether the customer is verified (as `isVerified`) to let `amount` go
    /// out: above `FourEyesRules.coolingOffLimit` (in the account's currency
    /// by the reference rate) a PIN or one-time-code secret replaced less than
    /// `coolingOffHours` ago does not count; another method still does.
    public func outgoingVerification(customerID: Int64, service: String, methods: Set<VerificationMethod>, amount: Int64,
                                     currency: Currency, by actor: Operator) -> OutgoingVerification {
        guard isVerified(customerID: customerID, service: service, methods: methods, by: actor) else { return .notVerified }
        let rules = FourEyesRulesService(context).rules()
        let limit = currency.fromCNYReference(rules.coolingOffLimit)
        guard amount > limit, let replaced = try? identity.replacedAt(customerID: customerID) else { return .verified }
        let now = context.clock.now()
        var coolingUntil: [VerificationMethod: Date] = [:]
        if let at = replaced.pin, now < at + rules.coolingOff { coolingUntil[.pin] = at + rules.coolingOff }
        if let at = replaced.otp, now < at + rules.coolingOff { coolingUntil[.otp] = at + rules.coolingOff }
        let usable = methods.subtracting(coolingUntil.keys)
        if usable.count == methods.count || (!usable.isEmpty && isVerified(customerID: customerID, service: service, methods: usable, by: actor)) {
            return .verified
        }
        let until = coolingUntil.values.max() ?? now
        return .coolingOff(LocalizedMessage(.credentialCoolingOff, AmountParser.format(limit, minorUnits: currency.minorUnits),
                                            LocalTimeText.dateMinutes(until)))
    }

    /// Throws the refusal for anything but `.verified`; `notVerified` is the caller's own message.
    static func require(_ outcome: OutgoingVerification, otherwise notVerified: LocalizedMessage) throws {
        switch outcome {
        case .verified: return
        case .notVerified: throw notVerified
        case .coolingOff(let message): throw message
        }
    }
}
