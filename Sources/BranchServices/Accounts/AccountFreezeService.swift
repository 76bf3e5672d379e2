import BankCore
import BankStore
import Foundation
import Localization

/// A freeze as ordered: who ordered it, how much (nil for the whole
/// account), until when (nil until lifted) and the ordering document's number.
public struct FreezeOrder: Sendable, Equatable {
    public var accountNumber: String
    public var type: FreezeType
    public var amount: Int64?
    public var expiresOn: BusinessDate?
    public var documentNumber: String
    public var reason: String

    public init(accountNumber: String, type: FreezeType, amount: Int64? = nil, expiresOn: BusinessDate? = nil, documentNumber: String,
                reason: String) {
        self.accountNumber = accountNumber
        self.type = type
        self.amount = amount
        self.expiresOn = expiresOn
        self.documentNumber = documentNumber
        self.reason = reason
    }
}

/// Freezes as a branch receives them (issue 13): judicial, bank or customer
/// request; the whole account or a partial amount; an expiry; the ordering
/// document's number. A whole freeze sets the account frozen (no movement at
/// all); a partial one holds its amount: available = balance + overdraft −
/// what partial freezes in force hold. Supervisors place and lift them with a
/// reason; every change is audited and no freeze is ever deleted. A whole
/// freeze past its expiry is lifted when the next business day opens.
public struct AccountFreezeService {
    let context: BranchContext

    public init(_ context: BranchContext) { self.context = context }

    /// Places a freeze; returns its id.
    @discardableResult
    public func place(_ order: FreezeOrder, by actor: Operator) throws(LocalizedMessage) -> Int64 {
        let document = order.documentNumber.trimmingCharacters(in: .whitespaces)
        let why = order.reason.trimmingCharacters(in: .whitespacesAndNewlines)
        if let problem = TextRules.problem(in: [(document, .fieldReason, false), (why, .fieldReason, false)]) { throw problem }
        guard (1...40).contains(document.count) else { throw LocalizedMessage(.freezeDocumentMissing) }
        guard why.count >= 3 else { throw LocalizedMessage(.approvalReasonMissing) }
        if let amount = order.amount, amount <= 0 || amount > AmountParser.maximumMinorUnits { throw LocalizedMessage(.amountTooLarge) }
        return try context.write {
            let supervisor = try context.requireActor(actor, .approve)
            if let expiry = order.expiresOn, expiry <= context.businessDate {
                throw LocalizedMessage(.freezeExpiryPast, context.businessDate.description)
            }
            let cleaned = order.accountNumber.filter { !$0.isWhitespace }
            guard let account = try AccountRepository(db: context.database).account(number: cleaned) else {
                throw LocalizedMessage(.accountNotFound, cleaned)
            }
            guard account.status != .closed else { throw LedgerPosting.message(for: .closed, account: account) }
            let id = try FreezeRepository(db: context.database).insert(
                accountID: account.id, type: order.type, amount: order.amount, expiresOn: order.expiresOn, documentNumber: document,
                reason: why, by: supervisor.id, at: context.clock.now())
            if order.amount == nil, account.status != .frozen {
                try AccountStatusChange.apply(context, account: account, to: .frozen, by: supervisor.id, reason: "\(order.type.rawValue) freeze \(id): \(why)")
            }
            let facts = FreezeFacts.facts(id: id, accountNumber: account.number, type: order.type.rawValue, amount: order.amount,
                                          expiresOn: order.expiresOn?.description, documentNumber: document)
            try context.record(FreezeFacts.placeAction, by: supervisor.id, subject: AccountNumber.masked(account.number),
                               detail: AuditFacts.detail("freeze \(id) \(order.type.rawValue) amount \(order.amount.map(String.init) ?? "whole") "
                                   + "until \(order.expiresOn?.description ?? "lifted") document \(document): \(why)", facts))
            return id
        }
    }

    /// Lifts one freeze with a reason; the account is active again when no whole freeze is left.
    public func lift(freezeID: Int64, reason: String, by actor: Operator) throws(LocalizedMessage) {
        let why = reason.trimmingCharacters(in: .whitespacesAndNewlines)
        if let problem = TextRules.problem(in: [(why, .fieldReason, false)]) { throw problem }
        guard why.count >= 3 else { throw LocalizedMessage(.approvalReasonMissing) }
        try context.write {
            let supervisor = try context.requireActor(actor, .approve)
            try liftRow(freezeID, reason: why, by: supervisor.id)
        }
    }

    /// Every freeze of the account, lifted and expired ones too (anyone who handles cash may look).
    public func freezes(accountNumber: String, by actor: Operator) throws(LocalizedMessage) -> [FreezeRecord] {
        try context.read {
            _ = try context.requireActor(actor, .cash)
            let cleaned = accountNumber.filter { !$0.isWhitespace }
            guard let account = try AccountRepository(db: context.database).account(number: cleaned) else {
                throw LocalizedMessage(.accountNotFound, cleaned)
            }
            return try FreezeRepository(db: context.database).freezes(accountID: account.id)
        }
    }

    /// What partial freezes in force on the business date hold of the account.
    func frozenAmount(accountID: Int64) throws -> Int64 {
        let today = context.businessDate
        return try FreezeRepository(db: context.database).freezes(accountID: accountID)
            .filter { $0.isActive(on: today) }.compactMap(\.amount).reduce(0, +)
    }

    /// Whether any freeze, whole or partial, is in force on the account.
    func hasFreezeInForce(accountID: Int64) throws -> Bool {
        let today = context.businessDate
        return try FreezeRepository(db: context.database).freezes(accountID: accountID).contains { $0.isActive(on: today) }
    }

    /// At day open, inside the caller's transaction: whole freezes past their expiry are lifted (audited).
    func liftExpired(before date: BusinessDate, by operatorID: Int64) throws {
        for freeze in try FreezeRepository(db: context.database).expiredWhole(before: date) {
            try liftRow(freeze.id, reason: "expired \(freeze.expiresOn?.description ?? "")", by: operatorID)
        }
    }

    private func liftRow(_ id: Int64, reason: String, by operatorID: Int64) throws {
        let freezes = FreezeRepository(db: context.database)
        let accounts = AccountRepository(db: context.database)
        guard let freeze = try freezes.unlifted(id: id), let account = try accounts.account(id: freeze.accountID) else {
            throw LocalizedMessage(.freezeNotFound, String(id))
        }
        let whole = freeze.amount == nil
        try freezes.lift(id: id, by: operatorID, reason: reason, at: context.clock.now())
        try context.record(FreezeFacts.liftAction, by: operatorID, subject: AccountNumber.masked(account.number),
                           detail: AuditFacts.detail("freeze \(id): \(reason)", FreezeFacts.liftFacts(id: id)))
        let wholeLeft = try freezes.freezes(accountID: account.id).contains { $0.amount == nil && $0.liftedBy == nil }
        if whole, account.status == .frozen, !wholeLeft {
            try AccountStatusChange.apply(context, account: account, to: .active, by: operatorID, reason: "freeze \(id) lifted: \(reason)")
        }
    }
}
