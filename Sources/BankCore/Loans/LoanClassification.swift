/// How far behind a loan is, in the buckets the supervisors' loans list shows.
public enum OverdueBucket: String, CaseIterable, Sendable, Codable {
    case current = "current"
    case days1to30 = "1-30"
    case days31to60 = "31-60"
    case days61to90 = "61-90"
    case over90 = "90+"

    public init(daysOverdue days: Int) {
        switch days {
        case ...0: self = .current
        case 1...30: self = .days1to30
        case 31...60: self = .days31to60
        case 61...90: self = .days61to90
        default: self = .over90
        }
    }
}

/// The five-grade loan classification (五级分类), derived from days overdue
/// by the documented rule: 正常 normal when nothing is overdue; 关注 special
/// mention 1–90 days; 次级 substandard 91–180; 可疑 doubtful 181–360;
/// 损失 loss over 360 days. The codes are stored, so they never change.
public enum LoanGrade: String, CaseIterable, Sendable, Codable, Comparable {
    case normal
    case specialMention = "special-mention"
    case substandard
    case doubtful
    case loss

    public init(daysOverdue days: Int) {
        switch days {
        case ...0: self = .normal
        case 1...90: self = .specialMention
        case 91...180: self = .substandard
        case 181...360: self = .doubtful
        default: self = .loss
        }
    }

    /// Substandard, doubtful and loss are non-performing.
    public var isNonPerforming: Bool { self >= .substandard }

    public static func < (lhs: LoanGrade, rhs: LoanGrade) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

/// Days the oldest unpaid instalment is overdue on `date` (0 when none is).
public func daysOverdue(_ instalments: [InstalmentBalance], on date: BusinessDate) -> Int {
    guard let oldest = instalments.filter({ $0.isOverdue(on: date) }).map(\.dueDate).min() else { return 0 }
    return oldest.days(until: date)
}
