import BankCore
import BankStore
import Foundation
import Localization

/// What the customer panel shows. Later features (accounts, complaints)
/// fill in the parts they own.
public struct CustomerPanel: Sendable {
    public var customer: Customer
    public var recentVisits: [Ticket]
    public var accountManagerName: String?
    public var openComplaints: Int
    /// Account applications that did not end in an account or are still open
    /// (waiting for review, approved, rejected, declined, cancelled), newest first.
    public var applications: [ApplicationRecord] = []
    /// The newest document check recorded for the customer, with the visit (ticket) it belonged to.
    public var lastDocumentCheck: (type: String, masked: String, accepted: Bool, at: Date, ticketID: Int64?)?
}

/// The details a guide or teller types to register a customer.
public struct CustomerApplication: Sendable, Equatable {
    public var name: String
    public var idType: IDDocumentType
    public var idNumber: String
    /// `YYYY-MM-DD`; required for passports and permits, optional for a resident ID card.
    public var idExpiry: String
    public var phone: String
    public var address: String
    public var birthDate: String
    public var preferredLanguage: Language
    public var assistance: AssistanceNeed

    public init(name: String, idType: IDDocumentType, idNumber: String, idExpiry: String = "", phone: String, address: String, birthDate: String,
                preferredLanguage: Language, assistance: AssistanceNeed) {
        self.name = name
        self.idType = idType
        self.idNumber = idNumber
        self.idExpiry = idExpiry
        self.phone = phone
        self.address = address
        self.birthDate = birthDate
        self.preferredLanguage = preferredLanguage
        self.assistance = assistance
    }
}

/// The customer registry: find, register, show, and reveal a masked field on purpose (audited).
public struct CustomerService {
    let context: BranchContext
    let customers: CustomerRepository

    public init(_ context: BranchContext) {
        self.context = context
        customers = CustomerRepository(db: context.database)
    }

    public func search(_ text: String, by actor: Operator) throws(LocalizedMessage) -> [Customer] {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty else { return [] }
        // An old 15-digit resident ID is stored in its 18-character form: look for that form too.
        let legacy = (try? ResidentIDNumber.convertLegacy15(trimmed).get())?.number
        // Nothing here writes: one read snapshot, so a search neither takes nor waits for the write lock.
        return try context.read {
            _ = try context.requireActor(actor, .customerLookup)
            let converted = try legacy.map { try customers.search($0) } ?? []
            let typed = try customers.search(trimmed)
            return converted + typed.filter { found in !converted.contains { $0.id == found.id } }
        }
    }

    /// What a resident ID number says about its holder as it is being typed:
    /// the birth date once the number (18 characters, or an old 15-digit one)
    /// passes its checks, so the form can fill the date of birth. Nil otherwise.
    public func birthDate(fromResidentID text: String) -> BusinessDate? {
        let today = BusinessDate(date: context.clock.now())
        return (try? ResidentIDNumber.normalized(text, today: today).get())?.birthDate
    }

    /// The date of birth typed, or when none was typed for a resident ID, the one the ID number gives.
    func effectiveBirthDate(_ application: CustomerApplication) -> BusinessDate? {
        let typed = application.birthDate.trimmingCharacters(in: .whitespaces)
        guard typed.isEmpty, application.idType == .residentID else { return BusinessDate(typed) }
        return birthDate(fromResidentID: application.idNumber)
    }

    /// Field-by-field problems with an application, keyed by field id
    /// (`name`, `idNumber`, `idExpiry`, `phone`, `address`, `birthDate`). Empty when valid.
    public func problems(with application: CustomerApplication) -> [String: LocalizedMessage] {
        var problems: [String: LocalizedMessage] = [:]
        let today = BusinessDate(date: context.clock.now())
        let name = application.name.trimmingCharacters(in: .whitespaces)
        if name.isEmpty || name.count > 60 || name.unicodeScalars.contains(where: { $0.value < 0x20 }) {
            problems["name"] = LocalizedMessage(.customerBadName)
        }
        if let problem = TextRules.problem(application.name, field: .fieldName) { problems["name"] = problem }
        if let problem = AddressRules.problem(application.address, required: false) { problems["address"] = problem }
        let birth = effectiveBirthDate(application)
        if birth == nil {
            problems["birthDate"] = LocalizedMessage(.validDate)
        } else if let birth, birth > today || birth.year < 1900 {
            problems["birthDate"] = LocalizedMessage(.customerBadBirthDate)
        }
        let expiryText = application.idExpiry.trimmingCharacters(in: .whitespaces)
        let expiry = BusinessDate(expiryText)
        if !expiryText.isEmpty && expiry == nil { problems["idExpiry"] = LocalizedMessage(.validDate) }
        switch IdentityRules.check(type: application.idType, number: application.idNumber, expiry: expiry, today: today) {
        case .failure(let message):
            problems[message.key == .idExpired || message.key == .idExpiryMissing || message.key == .idNotYetValid ? "idExpiry" : "idNumber"] = message
        case .success(let checked):
            if let idBirth = checked.birthDate, let birth, idBirth != birth {
                problems["birthDate"] = LocalizedMessage(.customerBirthDateMismatch, idBirth.description, birth.description)
            }
        }
        if case .failure(let message) = IdentityRules.phone(application.phone) { problems["phone"] = message }
        return problems
    }

    /// Registers a customer after validating every field. Nothing is saved when any field is wrong.
    public func register(_ application: CustomerApplication, by actor: Operator) throws(LocalizedMessage) -> Customer {
        if let first = problems(with: application).sorted(by: { $0.key < $1.key }).first { throw first.value }
        let today = BusinessDate(date: context.clock.now())
        let expiry = BusinessDate(application.idExpiry.trimmingCharacters(in: .whitespaces))
        guard case .success(let checked) = IdentityRules.check(type: application.idType, number: application.idNumber,
                                                                expiry: expiry, today: today),
              case .success(let phone) = IdentityRules.phone(application.phone),
              let birth = effectiveBirthDate(application) else {
            throw LocalizedMessage(.unexpectedError, "validation")
        }
        return try context.write {
            let clerk = try context.requireActor(actor, .customerLookup)
            if let existing = try customers.find(idType: application.idType, idNumber: checked.number) {
                throw LocalizedMessage(.customerAlreadyRegistered, existing.name)
            }
            let customer = Customer(id: 0, name: application.name.trimmingCharacters(in: .whitespaces), idType: application.idType,
                                    idNumber: checked.number, idExpiry: expiry, phone: phone,
                                    address: AddressRules.cleaned(application.address), birthDate: birth,
                                    preferredLanguage: application.preferredLanguage.rawValue, assistance: application.assistance)
            let stored = try customers.insert(customer, createdAt: context.clock.now(), createdBy: clerk.id)
            try context.record("customer.register", by: clerk.id, subject: "customer \(stored.id)",
                               detail: "\(application.idType.rawValue) \(Masking.idNumber(checked.number))")
            return stored
        }
    }

    public func panel(customerID: Int64, by actor: Operator) throws(LocalizedMessage) -> CustomerPanel {
        try context.write {
            _ = try context.requireActor(actor, .customerLookup)
            guard let customer = try customers.find(id: customerID) else { throw LocalizedMessage(.customerNotFound) }
            let visits = try QueueRepository(db: context.database).recentTickets(customerID: customerID, limit: 5)
            let manager = try customer.accountManagerID.flatMap { try context.operators.find(id: $0)?.operator.displayName }
            var panel = CustomerPanel(customer: customer, recentVisits: visits, accountManagerName: manager, openComplaints: 0)
            panel.applications = try AccountRepository(db: context.database).applications(customerID: customerID).filter { $0.status != "opened" }
            panel.lastDocumentCheck = try context.identityRecords.documentChecks(customerID: customerID, limit: 1).first
            return panel
        }
    }

    /// The full ID number and phone, shown on purpose; the reveal is audited.
    public func reveal(customerID: Int64, reason: String, by actor: Operator) throws(LocalizedMessage) -> (idNumber: String, phone: String) {
        if let problem = TextRules.problem(in: [(reason, .fieldReason, false)]) { throw problem }
        return try context.write {
            let clerk = try context.requireActor(actor, .customerLookup)
            guard let customer = try customers.find(id: customerID) else { throw LocalizedMessage(.customerNotFound) }
            try context.record("customer.reveal", by: clerk.id, subject: "customer \(customerID)", detail: reason)
            return (customer.idNumber, customer.phone)
        }
    }

    /// Assigns a dedicated account manager (customers with special needs).
    public func assignAccountManager(customerID: Int64, managerID: Int64?, by actor: Operator) throws(LocalizedMessage) {
        try context.write {
            let clerk = try context.requireActor(actor, .reception)
            if let managerID {
                guard let manager = try context.operators.find(id: managerID)?.operator, manager.active,
                      manager.role != .guide else { throw LocalizedMessage(.errorOperatorNotFound, String(managerID)) }
            }
            guard try customers.setAccountManager(customerID: customerID, managerID: managerID) else {
                throw LocalizedMessage(.customerNotFound)
            }
            try context.record("customer.account_manager", by: clerk.id, subject: "customer \(customerID)",
                               detail: managerID.map { "operator \($0)" } ?? "none")
        }
    }

    /// Operators who can act as account managers (tellers and supervisors).
    public func accountManagers() -> [Operator] {
        ((try? context.operators.all()) ?? []).filter { $0.active && ($0.role == .teller || $0.role == .supervisor) }
    }
}
