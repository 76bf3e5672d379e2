import BankCore
import Foundation
import Localization

/// Reads the branch's money rules: the documented defaults of `CashRules`,
/// overridden by settings an administrator stored (amounts in minor units).
public struct CashRulesService {
    let context: BranchContext

    public init(_ context: BranchContext) { self.context = context }

    /// The settings keys, each with the rule it overrides.
    public static let keys: [String] = [
        "cash.large_value_threshold", "transfer.otp_threshold", "transfer.single_limit", "transfer.daily_limit",
        "withdrawal.daily_limit",
    ] + Currency.allCases.filter { $0 != .cny }.flatMap { currency in
        ["transfer.single_limit", "transfer.daily_limit", "transfer.otp_threshold"].map { "\($0).\(currency.rawValue)" }
    } + Role.allCases.flatMap { role in LimitedOperation.allCases.map { "limit.\(role.rawValue).\($0.rawValue)" } + ["limit.\(role.rawValue).approve"] }

    public func rules() -> CashRules {
        var rules = CashRules.standard
        // One read of the rules' settings: every money operation asks, some twice, and a query per rule added up.
        let stored = (try? context.settings.values(prefixes: ["cash.", "transfer.", "withdrawal.", "limit."])) ?? [:]
        func value(_ key: String) -> Int64? {
            guard let text = stored[key], let number = Int64(text), number >= 0, number <= AmountParser.maximumMinorUnits else { return nil }
            return number
        }
        rules.largeValueThreshold = value("cash.large_value_threshold") ?? rules.largeValueThreshold
        rules.transferOneTimeCodeThreshold = value("transfer.otp_threshold") ?? rules.transferOneTimeCodeThreshold
        rules.transferSingleLimit = value("transfer.single_limit") ?? rules.transferSingleLimit
        rules.transferDailyLimit = value("transfer.daily_limit") ?? rules.transferDailyLimit
        rules.withdrawalDailyLimit = value("withdrawal.daily_limit") ?? rules.withdrawalDailyLimit
        // Per-currency transfer limits, in that currency's minor units; a figure not set is the CNY one converted.
        for currency in Currency.allCases where currency != .cny {
            let code = currency.rawValue
            let converted = rules.convertedTransferLimits(currency)
            let single = value("transfer.single_limit.\(code)"), daily = value("transfer.daily_limit.\(code)")
            let otp = value("transfer.otp_threshold.\(code)")
            if single != nil || daily != nil || otp != nil {
                rules.transferLimitsByCurrency[currency] = TransferLimits(single: single ?? converted.single, daily: daily ?? converted.daily,
                                                                          oneTimeCode: otp ?? converted.oneTimeCode)
            }
        }
        for role in Role.allCases {
            for operation in LimitedOperation.allCases {
                if let limit = value("limit.\(role.rawValue).\(operation.rawValue)") { rules.authority.enter[role, default: [:]][operation] = limit }
            }
            if let limit = value("limit.\(role.rawValue).approve") { rules.authority.approve[role] = limit }
        }
        return rules
    }

    /// Stores one rule (administrators only); `key` must be one of `keys`.
    public func set(_ key: String, minorUnits: Int64, by actor: Operator) throws(LocalizedMessage) {
        guard Self.keys.contains(key) else { throw LocalizedMessage(.cashRuleUnknown, key, Self.keys.joined(separator: ", ")) }
        guard minorUnits >= 0, minorUnits <= AmountParser.maximumMinorUnits else { throw LocalizedMessage(.amountTooLarge) }
        try context.write {
            let admin = try context.requireActor(actor, .branchSettings)
            try context.settings.set(key, String(minorUnits))
            try context.record("settings.cash_rule", by: admin.id, subject: key, detail: String(minorUnits))
        }
    }
}
