import Foundation

/// A member of staff who logs in to the workstation.
/// Holds no secret: the PIN hash stays in the store and the security service.
public struct Operator: Sendable, Equatable, Identifiable {
    public var id: Int64
    public var username: String
    public var displayName: String
    public var role: Role
    public var active: Bool
    public var failedAttempts: Int
    public var lockedUntil: Date?
    public var language: String?
    public var theme: String?
    /// This operator's own approval limit in CNY fen, replacing their role's
    /// figure (a branch manager who is a supervisor); nil: the role's figure.
    public var approvalLimit: Int64?

    public init(id: Int64, username: String, displayName: String, role: Role, active: Bool = true,
                failedAttempts: Int = 0, lockedUntil: Date? = nil, language: String? = nil, theme: String? = nil,
                approvalLimit: Int64? = nil) {
        self.id = id
        self.username = username
        self.displayName = displayName
        self.role = role
        self.active = active
        self.failedAttempts = failedAttempts
        self.lockedUntil = lockedUntil
        self.language = language
        self.theme = theme
        self.approvalLimit = approvalLimit
    }

    /// True while a lockout is in force at `now`.
    public func isLocked(at now: Date) -> Bool {
        guard let until = lockedUntil else { return false }
        return now < until
    }
}
