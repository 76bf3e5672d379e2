/// The branch's money rules that are configuration, not code. Each has a
/// default here and a settings key that overrides it (amounts in minor units).
public struct CashRules: Sendable, Equatable {
    /// Cash in or out per customer per business day, single or summed, at or
    /// above which a large-value report is made (`cash.large_value_threshold`).
    public var largeValueThreshold: Int64
    /// Transfers at or above this need a one-time code from the customer (`transfer.otp_threshold`).
    public var transferOneTimeCodeThreshold: Int64
    /// Largest single transfer without supervisor approval (`transfer.single_limit`).
    public var transferSingleLimit: Int64
    /// Transfers out of one account per business day without approval (`transfer.daily_limit`).
    public var transferDailyLimit: Int64
    /// Cash withdrawn from one account per business day without approval (`withdrawal.daily_limit`).
    public var withdrawalDailyLimit: Int64
    public var authority: AuthorityLimits

    public init(largeValueThreshold: Int64, transferOneTimeCodeThreshold: Int64, transferSingleLimit: Int64,
                transferDailyLimit: Int64, withdrawalDailyLimit: Int64, authority: AuthorityLimits) {
        self.largeValueThreshold = largeValueThreshold
        self.transferOneTimeCodeThreshold = transferOneTimeCodeThreshold
        self.transferSingleLimit = transferSingleLimit
        self.transferDailyLimit = transferDailyLimit
        self.withdrawalDailyLimit = withdrawalDailyLimit
        self.authority = authority
    }

    /// CNY 50,000.00 large cash (the reporting rule), one-time code from
    /// 50,000.00, transfers 500,000.00 single and 1,000,000.00 a day,
    /// withdrawals 200,000.00 a day.
    public static let standard = CashRules(
        largeValueThreshold: 5_000_000, transferOneTimeCodeThreshold: 5_000_000, transferSingleLimit: 50_000_000,
        transferDailyLimit: 100_000_000, withdrawalDailyLimit: 20_000_000, authority: .standard)

    /// Transfer limits the branch set for one currency, in that currency's
    /// minor units (`transfer.single_limit.USD`, `transfer.daily_limit.USD`,
    /// `transfer.otp_threshold.USD`, … per ISO code). Empty by default.
    public var transferLimitsByCurrency: [Currency: TransferLimits] = [:]

    /// The transfer limits for an account in `currency`, in its own minor units.
    /// The rule: CNY uses the CNY figures; another currency uses the figures
    /// set for it, and for any not set the CNY figure converted by the fixed
    /// reference rate (`Currency.fromCNYReference`: USD, EUR, GBP ÷7, JPY ÷5
    /// per fen, HKD 1:1), so a face value is never compared with a CNY limit.
    public func transferLimits(in currency: Currency) -> TransferLimits {
        if let set = transferLimitsByCurrency[currency] { return set }
        return convertedTransferLimits(currency)
    }

    /// The CNY transfer figures converted to `currency` by the reference rate.
    public func convertedTransferLimits(_ currency: Currency) -> TransferLimits {
        TransferLimits(single: currency.fromCNYReference(transferSingleLimit), daily: currency.fromCNYReference(transferDailyLimit),
                       oneTimeCode: currency.fromCNYReference(transferOneTimeCodeThreshold))
    }

    /// Whether a cash total for the day reaches the large-value threshold.
    public func isLargeValue(dayTotal: Int64) -> Bool { dayTotal >= largeValueThreshold }
}

/// The limits on transfers out of one account, in the account currency's minor units.
public struct TransferLimits: Sendable, Equatable {
    /// Largest single transfer without a supervisor's approval.
    public var single: Int64
    /// Transfers out per business day without approval.
    public var daily: Int64
    /// From this amount up the customer must give a one-time code.
    public var oneTimeCode: Int64

    public init(single: Int64, daily: Int64, oneTimeCode: Int64) {
        self.single = single
        self.daily = daily
        self.oneTimeCode = oneTimeCode
    }
}
