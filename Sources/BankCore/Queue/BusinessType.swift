/// What a customer comes for. Each type has its own ticket series so the
/// number on the ticket tells the counter what to expect.
public enum BusinessType: String, CaseIterable, Sendable, Codable {
    case cash
    case accounts
    case loans
    case wealth
    case complaints

    /// The letter that starts ticket numbers of this type. Priority tickets use `V`.
    public var series: Character {
        switch self {
        case .cash: return "A"
        case .accounts: return "B"
        case .loans: return "C"
        case .wealth: return "D"
        case .complaints: return "E"
        }
    }

    public static let prioritySeries: Character = "V"
}

/// Why a customer is served first: elderly, disabled, pregnant, VIP.
public enum PriorityReason: String, CaseIterable, Sendable, Codable {
    case elderly
    case disabled
    case pregnant
    case vip
}
