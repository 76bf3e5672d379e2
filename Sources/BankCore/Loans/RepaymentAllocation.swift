/// One instalment as the books hold it while the loan runs: what was
/// scheduled and what has been paid against it so far.
public struct InstalmentBalance: Sendable, Hashable {
    public let number: Int
    public let dueDate: BusinessDate
    public let principal: Int64
    public let interest: Int64
    public var principalPaid: Int64
    public var interestPaid: Int64

    public init(_ instalment: Instalment, principalPaid: Int64 = 0, interestPaid: Int64 = 0) {
        number = instalment.number
        dueDate = instalment.dueDate
        principal = instalment.principal
        interest = instalment.interest
        self.principalPaid = principalPaid
        self.interestPaid = interestPaid
    }

    public var principalOwed: Int64 { principal - principalPaid }
    public var interestOwed: Int64 { interest - interestPaid }
    public var isSettled: Bool { principalOwed == 0 && interestOwed == 0 }
    /// Due before `date` and not wholly paid.
    public func isOverdue(on date: BusinessDate) -> Bool { dueDate < date && !isSettled }
}

/// What one part of a repayment paid: so much interest and principal of one instalment.
public struct AppliedPart: Sendable, Hashable {
    public let instalment: Int
    public var interest: Int64
    public var principal: Int64

    public init(instalment: Int, interest: Int64, principal: Int64) {
        self.instalment = instalment
        self.interest = interest
        self.principal = principal
    }
}

/// How a repayment at the counter is applied, in the bank's fixed order:
/// penalty first, then overdue interest (oldest first), then overdue
/// principal (oldest first), then the current instalment's interest and
/// principal. What is left is `excess`: never applied silently — the counter
/// offers it as an early repayment or gives it back.
public struct RepaymentAllocation: Sendable, Hashable {
    public private(set) var penalty: Int64 = 0
    public private(set) var overdueInterest: Int64 = 0
    public private(set) var overduePrincipal: Int64 = 0
    public private(set) var currentInterest: Int64 = 0
    public private(set) var currentPrincipal: Int64 = 0
    public private(set) var excess: Int64 = 0
    /// Per instalment, in instalment order.
    public private(set) var parts: [AppliedPart] = []

    public var applied: Int64 { penalty + overdueInterest + overduePrincipal + currentInterest + currentPrincipal }
    public var principal: Int64 { overduePrincipal + currentPrincipal }
    public var interest: Int64 { overdueInterest + currentInterest }

    /// Applies `amount` fen to a loan owing `penaltyOwed` and the given
    /// instalments, on business date `date`. The current instalment is the
    /// first one not yet settled that is due on or after `date`.
    public init(amount: Int64, penaltyOwed: Int64, instalments: [InstalmentBalance], on date: BusinessDate) {
        var left = max(0, amount)
        func take(_ owed: Int64) -> Int64 {
            let paid = min(left, max(0, owed))
            left -= paid
            return paid
        }
        penalty = take(penaltyOwed)
        let overdue = instalments.filter { $0.isOverdue(on: date) }.sorted { $0.number < $1.number }
        for row in overdue {
            let paid = take(row.interestOwed)
            overdueInterest += paid
            add(row.number, interest: paid, principal: 0)
        }
        for row in overdue {
            let paid = take(row.principalOwed)
            overduePrincipal += paid
            add(row.number, interest: 0, principal: paid)
        }
        if let current = instalments.filter({ !$0.isSettled && $0.dueDate >= date }).min(by: { $0.number < $1.number }) {
            currentInterest = take(current.interestOwed)
            currentPrincipal = take(current.principalOwed)
            add(current.number, interest: currentInterest, principal: currentPrincipal)
        }
        excess = left
        parts.sort { $0.instalment < $1.instalment }
    }

    private mutating func add(_ number: Int, interest: Int64, principal: Int64) {
        guard interest > 0 || principal > 0 else { return }
        if let index = parts.firstIndex(where: { $0.instalment == number }) {
            parts[index].interest += interest
            parts[index].principal += principal
        } else {
            parts.append(AppliedPart(instalment: number, interest: interest, principal: principal))
        }
    }
}
