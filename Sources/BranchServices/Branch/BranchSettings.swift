import BankCore
import Foundation
import Localization

/// Security settings an administrator may tune per branch, with their limits.
public struct SecuritySettings: Sendable, Equatable {
    public var maxAttempts: Int
    public var lockoutMinutes: Int
    public var idleMinutes: Int

    public static let defaults = SecuritySettings(maxAttempts: 5, lockoutMinutes: 30, idleMinutes: 5)
    public static let attemptsRange = 3...10
    public static let lockoutRange = 1...1440
    public static let idleRange = 1...60

    public init(maxAttempts: Int, lockoutMinutes: Int, idleMinutes: Int) {
        self.maxAttempts = maxAttempts
        self.lockoutMinutes = lockoutMinutes
        self.idleMinutes = idleMinutes
    }

    public var lockoutPolicy: LockoutPolicy {
        LockoutPolicy(maxAttempts: maxAttempts, lockDuration: TimeInterval(lockoutMinutes * 60))
    }

    public var idleTimeout: TimeInterval { TimeInterval(idleMinutes * 60) }
}

/// Reads and changes the branch's security settings.
public struct BranchSettingsService {
    let context: BranchContext

    public init(_ context: BranchContext) { self.context = context }

    static let maxAttemptsKey = "security.max_attempts"
    static let lockoutMinutesKey = "security.lockout_minutes"
    static let idleMinutesKey = "security.idle_minutes"

    public func security() -> SecuritySettings {
        let d = SecuritySettings.defaults
        func value(_ key: String, _ fallback: Int, _ range: ClosedRange<Int>) -> Int {
            guard let stored = (try? context.settings.int(key)) ?? nil, range.contains(stored) else { return fallback }
            return stored
        }
        return SecuritySettings(
            maxAttempts: value(Self.maxAttemptsKey, d.maxAttempts, SecuritySettings.attemptsRange),
            lockoutMinutes: value(Self.lockoutMinutesKey, d.lockoutMinutes, SecuritySettings.lockoutRange),
            idleMinutes: value(Self.idleMinutesKey, d.idleMinutes, SecuritySettings.idleRange))
    }

    /// Saves new settings; administrators only.
    public func update(_ new: SecuritySettings, by actor: Operator) throws(LocalizedMessage) {
        for (value, range) in [(new.maxAttempts, SecuritySettings.attemptsRange),
                               (new.lockoutMinutes, SecuritySettings.lockoutRange),
                               (new.idleMinutes, SecuritySettings.idleRange)] where !range.contains(value) {
            throw LocalizedMessage(.validNumberRange, String(range.lowerBound), String(range.upperBound))
        }
        try context.write {
            let admin = try context.requireActor(actor, .branchSettings)
            try context.settings.set(Self.maxAttemptsKey, String(new.maxAttempts))
            try context.settings.set(Self.lockoutMinutesKey, String(new.lockoutMinutes))
            try context.settings.set(Self.idleMinutesKey, String(new.idleMinutes))
            try context.record("settings.security", by: admin.id,
                               detail: "max_attempts=\(new.maxAttempts) lockout_minutes=\(new.lockoutMinutes) idle_minutes=\(new.idleMinutes)")
        }
    }
}
