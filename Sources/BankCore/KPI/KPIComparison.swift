/// How one figure changed between two periods: the value in the first
/// period (A, "before"), in the second (B, "after"), the absolute change
/// B − A, and the relative change (B − A) ÷ A where that means something:
/// for counts, durations, scores and per-thousand rates when A is non-zero.
/// Shares (rates from 0 to 1) change in percentage points only.
public struct KPIChange: Sendable, Equatable {
    public var figure: KPIFigure
    public var before: Double?
    public var after: Double?

    public init(figure: KPIFigure, before: Double?, after: Double?) {
        self.figure = figure
        self.before = before
        self.after = after
    }

    /// after − before; nil when either has no data.
    public var absolute: Double? {
        guard let before, let after else { return nil }
        return after - before
    }

    /// (after − before) ÷ before; nil for shares, when either has no data, or when before is 0.
    public var relative: Double? {
        guard figure.kind != .share, let before, let absolute, before != 0 else { return nil }
        return absolute / before
    }
}

/// Two periods side by side — the before/after evaluation a branch uses to
/// judge a process change — with every figure's change.
public struct KPIComparison: Sendable, Equatable {
    public var before: KPIReport
    public var after: KPIReport

    public init(before: KPIReport, after: KPIReport) {
        self.before = before
        self.after = after
    }

    /// Every figure of the overall section, in display order.
    public var changes: [KPIChange] {
        KPIFigure.allCases.map { KPIChange(figure: $0, before: before.overall.value($0), after: after.overall.value($0)) }
    }
}
