/// Where a complaint came in.
public enum ComplaintChannel: String, CaseIterable, Sendable, Codable {
    case counter
    case phone
    case online
    case suggestionBox = "suggestion_box"
    case letter
}

/// The complaint taxonomy. Each category is routed to the team that handles it.
public enum ComplaintCategory: String, CaseIterable, Sendable, Codable {
    case serviceAttitude = "service_attitude"
    case waitingTime = "waiting_time"
    case fees
    case transactionError = "transaction_error"
    case card
    case loan
    case wealthMisSelling = "wealth_mis_selling"
    case fraud
    case privacy
    case other

    /// The team that handles this category (the routing rule).
    public var team: ComplaintTeam {
        switch self {
        case .serviceAttitude, .waitingTime, .other: return .branchService
        case .fees, .transactionError, .card: return .operations
        case .loan: return .credit
        case .wealthMisSelling: return .wealthCompliance
        case .fraud, .privacy: return .riskCompliance
        }
    }
}

/// The teams complaints are routed to.
public enum ComplaintTeam: String, CaseIterable, Sendable, Codable {
    case branchService = "branch_service"
    case operations
    case credit
    case wealthCompliance = "wealth_compliance"
    case riskCompliance = "risk_compliance"
}

/// How serious the complaint is; `critical` complaints are listed first.
public enum ComplaintSeverity: String, CaseIterable, Sendable, Codable, Comparable {
    case low
    case medium
    case high
    case critical

    private var rank: Int { Self.allCases.firstIndex(of: self)! }
    public static func < (lhs: ComplaintSeverity, rhs: ComplaintSeverity) -> Bool { lhs.rank < rhs.rank }
}

/// Where a complaint stands. The flow is received → acknowledged →
/// investigating → responded → closed; a responded or closed complaint can
/// be reopened, and a reopened one is investigated again.
public enum ComplaintStatus: String, CaseIterable, Sendable, Codable {
    case received
    case acknowledged
    case investigating
    case responded
    case closed
    case reopened

    /// The statuses this one may move to.
    public var next: Set<ComplaintStatus> {
        switch self {
        case .received: return [.acknowledged]
        case .acknowledged: return [.investigating]
        case .investigating: return [.responded]
        case .responded: return [.closed, .reopened]
        case .closed: return [.reopened]
        case .reopened: return [.investigating]
        }
    }

    public func canMove(to status: ComplaintStatus) -> Bool { next.contains(status) }

    /// Still waiting for the branch's response (counts toward due-soon and overdue).
    public var awaitsResponse: Bool { [.received, .acknowledged, .investigating, .reopened].contains(self) }
}

/// The deadline track: simple cases, extended ones, and exceptional ones
/// that need a supervisor's approval.
public enum ComplaintTrack: String, CaseIterable, Sendable, Codable {
    case simple
    case extended
    case exceptional
}

/// Follow-up work for customer care.
public enum CareTaskKind: String, CaseIterable, Sendable, Codable {
    /// Call the customer back after their complaint was closed.
    case complaintCallback = "complaint_callback"
    /// Welcome call after an account was opened.
    case accountOpened = "account_opened"
    /// The account has gone dormant: contact the customer.
    case dormantAccount = "dormant_account"
    /// Tell the customer what became of their suggestion.
    case suggestionFollowUp = "suggestion_followup"
    case other
    /// A loan instalment is overdue: call the customer (issue 15; one open task per loan).
    case loanOverdue = "loan_overdue"

    /// The kinds a member of staff may add by hand: a loan follow-up belongs to a loan and is opened by the day end.
    public static var byHand: [CareTaskKind] { allCases.filter { $0 != .loanOverdue } }
}
