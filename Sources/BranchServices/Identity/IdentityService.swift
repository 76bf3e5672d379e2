import BankCore
import BankCrypto
import BankStore
import Foundation
import Localization

/// Identity at the counter: checking a document (every check recorded,
/// accepted or refused), and verifying the person for the service in hand by
/// card PIN, one-time code, or a biometric/photo result the teller attests.
/// A verification counts only for the service it was made for, and only for
/// the operator, terminal and visit that made it (`isVerified`). Setting or
/// replacing a credential takes four eyes (IdentityService+Credentials).
public struct IdentityService {
    let context: BranchContext
    let identity: IdentityRepository

    /// Wrong customer PINs before the PIN is blocked (a supervisor unblocks).
    public static let maxPINFailures = 3
    /// Wrong one-time codes before codes are blocked (a supervisor unblocks, `unblockOneTimeCode`).
    public static let maxOTPFailures = 5
    /// How long a verification stays valid for its service.
    public static let verificationLifetime: TimeInterval = 30 * 60

    public init(_ context: BranchContext) {
        self.context = context
        identity = context.identityRecords
    }

    var today: BusinessDate { BusinessDate(date: context.clock.now()) }

    /// Checks a typed document number (and expiry); records the check either way.
    public func checkDocument(type: IDDocumentType, number: String, expiry: BusinessDate?, customerID: Int64?,
                              by actor: Operator) throws(LocalizedMessage) -> CheckedDocument {
        let result = IdentityRules.check(type: type, number: number, expiry: expiry, today: today)
        // An accepted number is recorded in its cleaned form, so checks of one document match whatever spacing was typed.
        let link = try record(type: type, number: (try? result.get())?.number ?? number, result: result, customerID: customerID,
                              actor: actor)
        var checked = try result.get()
        checked.customerID = link.customerID
        checked.ticketID = link.ticketID
        return checked
    }

    /// Checks the two machine-readable lines of a passport; records the check either way.
    public func checkPassportMRZ(line1: String, line2: String, customerID: Int64?,
                                 by actor: Operator) throws(LocalizedMessage) -> PassportMRZ {
        let parsed = PassportMRZ.parse(line1: line1, line2: line2, today: today)
        let number = (try? parsed.get())?.documentNumber ?? String(line2.prefix(9))
        try record(type: .passport, number: number, result: parsed.map { CheckedDocument(number: $0.documentNumber) }
                    .mapError(IdentityRules.message(for:)), customerID: customerID, actor: actor)
        return try parsed.mapError(IdentityRules.message(for:)).get()
    }

    /// Records the check, linked to a customer and the visit: the customer
    /// given (opened from their panel); else the registered customer whose
    /// document this is; else the customer of the ticket this operator is
    /// serving. The ticket is that customer's visit at this operator's
    /// counter, or, with no customer at all, the ticket being served.
    /// Audited with the link, so the check shows in the audit trail too.
    @discardableResult
    private func record(type: IDDocumentType, number: String, result: Result<CheckedDocument, LocalizedMessage>,
                        customerID: Int64?, actor: Operator) throws(LocalizedMessage) -> (customerID: Int64?, ticketID: Int64?) {
        try context.write {
            let clerk = try context.requireActor(actor, .customerLookup)
            let problem: String
            if case .failure(let message) = result { problem = message.key.rawValue } else { problem = "" }
            let served = try identity.servedTicket(operatorID: clerk.id)
            let owner = problem.isEmpty ? try CustomerRepository(db: context.database).find(idType: type, idNumber: number)?.id : nil
            let customer = customerID ?? owner ?? served?.customerID
            let ticket: Int64?
            if let customer { ticket = try identity.visit(operatorID: clerk.id, customerID: customer) } else { ticket = served?.ticketID }
            let masked = Masking.idNumber(number)
            try identity.recordDocumentCheck(customerID: customer, type: type, maskedNumber: masked,
                                             accepted: problem.isEmpty, problem: problem, operatorID: clerk.id,
                                             terminal: context.terminal, ticketID: ticket, at: context.clock.now())
            try context.record("identity.document_check", by: clerk.id, subject: customer.map { "customer \($0)" } ?? "",
                               detail: "\(type.rawValue) \(masked) " + (problem.isEmpty ? "accepted" : "refused \(problem)")
                                   + (ticket.map { "; ticket \($0)" } ?? ""))
            return (customer, ticket)
        }
    }

    // MARK: Customer PIN

    /// Sets the customer's PIN (6 digits, not trivially guessable), or with
    /// `replacing` (the customer confirmed) replaces it and clears a block.
    /// Four eyes: only at the counter, the customer's identity document checked
    /// in this visit and a supervisor's approval (`changingCredential`).
    public func setPIN(customerID: Int64, pin: String, replacing: Bool = false, approval: SupervisorApproval?,
                       by actor: Operator) throws(LocalizedMessage) {
        guard pin.count == 6 else { throw LocalizedMessage(.customerPINLength) }
        let birthDate = try context.read { try CustomerRepository(db: context.database).find(id: customerID)?.birthDate }
        if let problem = PINRules.problem(with: pin, birthDate: birthDate) { throw problem }
        let hash = PINHash.make(pin: pin, iterations: context.pinIterations).encoded
        try changingCredential(.pin, customerID: customerID, replacing: replacing, approval: approval, by: actor) { credential in
            credential.pinHash = hash
            credential.pinFailures = 0
            credential.pinBlocked = false
        }
    }

    /// Verifies the customer's PIN for `service`. Three wrong PINs block it.
    public func verifyPIN(customerID: Int64, pin: String, service: String, by actor: Operator) throws(LocalizedMessage) {
        let stored: CustomerCredential? = try context.write { try identity.credential(customerID: customerID) }
        guard let credential = stored, let encoded = credential.pinHash, let hash = PINHash(encoded: encoded) else {
            throw LocalizedMessage(.customerNoPIN)
        }
        if credential.pinBlocked { throw LocalizedMessage(.customerPINBlocked) }
        let passed = hash.verify(pin)
        let outcome: LocalizedMessage? = try context.write {
            let clerk = try context.requireActor(actor, .customerLookup)
            guard var current = try identity.credential(customerID: customerID) else { throw LocalizedMessage(.customerNoPIN) }
            if current.pinBlocked { return LocalizedMessage(.customerPINBlocked) }
            if passed {
                current.pinFailures = 0
            } else {
                current.pinFailures += 1
                if current.pinFailures >= Self.maxPINFailures { current.pinBlocked = true }
            }
            try identity.save(current, at: context.clock.now())
            try identity.recordVerification(customerID: customerID, service: service, method: .pin, passed: passed,
                                            detail: passed ? "" : "failure \(current.pinFailures)", operatorID: clerk.id,
                                            terminal: context.terminal, at: context.clock.now())
            if current.pinBlocked {
                try context.record("customer.pin_blocked", by: clerk.id, subject: "customer \(customerID)")
                return LocalizedMessage(.customerPINNowBlocked)
            }
            return passed ? nil : LocalizedMessage(.customerPINWrong, String(Self.maxPINFailures - current.pinFailures))
        }
        if let outcome { throw outcome }
    }

    // MARK: One-time codes

    /// Enrols the customer for one-time codes, or with `replacing` (the
    /// customer confirmed) replaces the secret; returns the `otpauth://` URI to
    /// show once. The same four eyes as for a PIN (`changingCredential`).
    public func enrolOneTimeCode(customerID: Int64, accountName: String, replacing: Bool = false, approval: SupervisorApproval?,
                                 by actor: Operator) throws(LocalizedMessage) -> String {
        let secret = TOTP.randomSecret()
        try changingCredential(.otp, customerID: customerID, replacing: replacing, approval: approval, by: actor) { credential in
            credential.totpSecretHex = Hex.encode(secret)
            credential.totpLastStep = nil
        }
        let issuer = context.branch().map { "Teller \($0.code)" } ?? "Teller"
        return TOTP.otpauthURI(secret: secret, account: accountName, issuer: issuer)
    }

    /// Verifies a one-time code (±1 step); a code already used is refused; wrong codes count toward a block.
    public func verifyOneTimeCode(customerID: Int64, code: String, service: String, by actor: Operator) throws(LocalizedMessage) {
        let now = context.clock.now()
        let failure: LocalizedMessage? = try context.write {
            let clerk = try context.requireActor(actor, .customerLookup)
            guard var credential = try identity.credential(customerID: customerID), let hex = credential.totpSecretHex,
                  let secret = Hex.decode(hex) else { throw LocalizedMessage(.customerNoOTP) }
            if try identity.oneTimeCodeFailures(customerID: customerID).blocked { throw LocalizedMessage(.customerOTPBlocked) }
            let result = TOTPVerifier(window: 1).verify(code: code, secret: secret, at: now, lastUsedStep: credential.totpLastStep)
            var message: LocalizedMessage?
            switch result {
            case .success(let step):
                credential.totpLastStep = step
                try identity.save(credential, at: now)
            case .failure(.replayed): message = LocalizedMessage(.customerOTPReplayed)
            case .failure(.malformed): message = LocalizedMessage(.customerOTPMalformed)
            case .failure(.wrong): message = LocalizedMessage(.customerOTPWrong)
            }
            if let counted = try countOneTimeCode(customerID: customerID, result: result, clerk: clerk) { message = counted }
            try identity.recordVerification(customerID: customerID, service: service, method: .otp, passed: message == nil,
                                            detail: message?.key.rawValue ?? "", operatorID: clerk.id, terminal: context.terminal, at: now)
            return message
        }
        if let failure { throw failure }
    }

    // MARK: Attestation

    /// Records the teller's statement of a fingerprint, face or photo check and its result.
    public func attest(customerID: Int64, method: VerificationMethod, passed: Bool, service: String,
                       by actor: Operator) throws(LocalizedMessage) {
        guard [.fingerprint, .face, .photo].contains(method) else { throw LocalizedMessage(.unexpectedError, method.rawValue) }
        try context.write {
            let clerk = try context.requireActor(actor, .customerLookup)
            try identity.recordVerification(customerID: customerID, service: service, method: method, passed: passed,
                                            detail: "attested by \(clerk.username)", operatorID: clerk.id, terminal: context.terminal,
                                            at: context.clock.now())
        }
    }

    /// Whether the customer passed one of `methods` for exactly this service
    /// within the lifetime, checked by `actor` at this terminal in this visit
    /// (the ticket `actor` is serving for the customer, or no ticket on both
    /// sides). A check by another operator, at another terminal or for another
    /// visit does not count: whoever moves the money must have seen the person.
    public func isVerified(customerID: Int64, service: String, methods: Set<VerificationMethod> = Set(VerificationMethod.allCases),
                           by actor: Operator) -> Bool {
        do {
            let visit = try identity.visit(operatorID: actor.id, customerID: customerID)
            return try identity.hasPassedVerification(customerID: customerID, service: service,
                                                      since: context.clock.now() - Self.verificationLifetime,
                                                      methods: methods.map(\.rawValue).sorted(), operatorID: actor.id,
                                                      terminal: context.terminal, ticketID: visit)
        } catch {
            return false
        }
    }

    /// The stored credential, secrets and all: for this package's tests only (screens ask `credentialStatus`).
    package func credential(customerID: Int64) -> CustomerCredential? { try? identity.credential(customerID: customerID) }

    /// What the customer's credential consists of, without its secrets (the screens' view), or nil when there is none.
    public func credentialStatus(customerID: Int64) -> CustomerCredentialStatus? {
        credential(customerID: customerID).map {
            CustomerCredentialStatus(hasPIN: $0.pinHash != nil, hasOneTimeCode: $0.totpSecretHex != nil, pinBlocked: $0.pinBlocked)
        }
    }
}

/// A customer's credential as a screen may see it: which factors exist and
/// whether the PIN is blocked — never the PIN hash or the one-time-code secret.
public struct CustomerCredentialStatus: Sendable, Equatable {
    public let hasPIN: Bool
    public let hasOneTimeCode: Bool
    public let pinBlocked: Bool
}
