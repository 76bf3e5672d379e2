import BankCore
import BankStore
import Foundation
import Localization

/// Closed days: the local days of a period that are over, before the
/// business date and settled (no ticket still called or being served) have
/// their ticket figures summarized once (`KPIDaySummaries`) and are read from
/// the summary from then on. Summaries are made when a report first needs
/// them (never on a read-only file: `teller report` then counts those days
/// live) or ahead of time with `summarizeClosedDays`, and are never
/// invalidated: nothing can change a closed day's tickets.
extension KPIService {
    /// The whole local days of `period` that are closed by the clock and the business date.
    func closedDays(of period: KPIPeriod) -> [KPIDay] {
        let timeZone = period.timeZone
        let today = KPIPeriod.today(context.clock.now(), timeZone: timeZone).start
        let cutoff = min(today, KPIPeriod.day(context.businessDate, timeZone: timeZone).start)
        return period.buckets(.day).filter { bucket in
            let whole = KPIPeriod.day(bucket.firstDate, timeZone: timeZone)
            return bucket.end <= cutoff && whole.start == bucket.start && whole.end == bucket.end
        }.map(KPIDay.init)
    }

    /// The closed days of `period` that have a summary, summarizing (in one transaction) the settled
    /// ones that have none yet unless the file is read-only.
    func summarizedDays(of period: KPIPeriod) throws(LocalizedMessage) -> [KPIDay] {
        let days = closedDays(of: period)
        guard !days.isEmpty else { return [] }
        let stored = try context.read { try repository.summarizedDays(among: days) }
        guard stored.count < days.count, !context.isReadOnly else { return stored }
        let missing = Set(days).subtracting(stored).sorted { $0.start < $1.start }
        try context.write {
            for day in missing where try repository.isSettled(day) { try repository.storeSummary(of: day) }
        }
        return try context.read { try repository.summarizedDays(among: days) }
    }

    /// Summarizes every closed, settled day of `period` that has no summary yet (as each evening's close
    /// would; the benchmark's generated history uses it); returns how many days have one.
    @discardableResult
    public func summarizeClosedDays(in period: KPIPeriod) throws(LocalizedMessage) -> Int {
        try summarizedDays(of: period).count
    }
}
