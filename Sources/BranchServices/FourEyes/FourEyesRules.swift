import BankCore
import Foundation
import Localization

/// The figures of the controls that keep one person from moving money alone
/// (issue 12): how a replaced customer credential is held back, how long a
/// document check counts for a credential change when no ticket is served,
/// and the limits on complaint compensation. Each has a documented default
/// and a settings key an administrator may change (amounts in CNY fen; for
/// an account in another currency the figure is converted by the documented
/// reference rate, `Currency.fromCNYReference`).
public struct FourEyesRules: Sendable, Equatable {
    /// Hours after a PIN or one-time-code secret is *replaced* during which
    /// that credential alone cannot authorise outgoing money above
    /// `coolingOffLimit` (`credential.cooling_off_hours`, default 24).
    public var coolingOffHours: Int
    /// The most a replaced credential may authorise per withdrawal or transfer
    /// while cooling off (`credential.cooling_off_limit`, default CNY 1,000.00).
    public var coolingOffLimit: Int64
    /// Without a served ticket, the document check for a credential change
    /// must be this recent, by the same operator at the same terminal
    /// (`credential.document_window_minutes`, default 15).
    public var documentWindowMinutes: Int
    /// Compensation on one response above this needs a second supervisor's
    /// approval (`complaint.remedy_approval_threshold`, default CNY 500.00).
    public var complaintApprovalThreshold: Int64
    /// The most paid on one complaint over all its responses, reopenings
    /// included (`complaint.remedy_cap`, default CNY 5,000.00).
    public var complaintCap: Int64

    public static let standard = FourEyesRules(coolingOffHours: 24, coolingOffLimit: 100_000, documentWindowMinutes: 15,
                                               complaintApprovalThreshold: 50_000, complaintCap: 500_000)

    public init(coolingOffHours: Int, coolingOffLimit: Int64, documentWindowMinutes: Int, complaintApprovalThreshold: Int64,
                complaintCap: Int64) {
        self.coolingOffHours = coolingOffHours
        self.coolingOffLimit = coolingOffLimit
        self.documentWindowMinutes = documentWindowMinutes
        self.complaintApprovalThreshold = complaintApprovalThreshold
        self.complaintCap = complaintCap
    }

    public var coolingOff: TimeInterval { TimeInterval(coolingOffHours) * 3600 }
    public var documentWindow: TimeInterval { TimeInterval(documentWindowMinutes) * 60 }
}

/// Reads the four-eyes figures (defaults overridden by settings) and lets an
/// administrator change them.
public struct FourEyesRulesService {
    let context: BranchContext

    public init(_ context: BranchContext) { self.context = context }

    /// Every key, with the values it accepts.
    public static let ranges: [String: ClosedRange<Int64>] = [
        "credential.cooling_off_hours": 0...720,
        "credential.cooling_off_limit": 0...AmountParser.maximumMinorUnits,
        "credential.document_window_minutes": 1...240,
        "complaint.remedy_approval_threshold": 0...AmountParser.maximumMinorUnits,
        "complaint.remedy_cap": 0...AmountParser.maximumMinorUnits,
    ]

    public func rules() -> FourEyesRules {
        let stored = (try? context.settings.values(prefixes: ["credential.", "complaint.remedy_"])) ?? [:]
        func value(_ key: String) -> Int64? {
            guard let text = stored[key], let number = Int64(text), Self.ranges[key]?.contains(number) ?? false else { return nil }
            return number
        }
        let d = FourEyesRules.standard
        return FourEyesRules(
            coolingOffHours: value("credential.cooling_off_hours").map { Int($0) } ?? d.coolingOffHours,
            coolingOffLimit: value("credential.cooling_off_limit") ?? d.coolingOffLimit,
            documentWindowMinutes: value("credential.document_window_minutes").map { Int($0) } ?? d.documentWindowMinutes,
            complaintApprovalThreshold: value("complaint.remedy_approval_threshold") ?? d.complaintApprovalThreshold,
            complaintCap: value("complaint.remedy_cap") ?? d.complaintCap)
    }

    /// Stores one figure (administrators only); audited.
    public func set(_ key: String, _ value: Int64, by actor: Operator) throws(LocalizedMessage) {
        guard let range = Self.ranges[key] else {
            throw LocalizedMessage(.cashRuleUnknown, key, Self.ranges.keys.sorted().joined(separator: ", "))
        }
        guard range.contains(value) else { throw LocalizedMessage(.validNumberRange, String(range.lowerBound), String(range.upperBound)) }
        try context.write {
            let admin = try context.requireActor(actor, .branchSettings)
            try context.settings.set(key, String(value))
            try context.record("settings.four_eyes", by: admin.id, subject: key, detail: String(value))
        }
    }
}
