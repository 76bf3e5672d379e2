import BankCore
import BankStore
import Foundation
import Localization

/// The supervisor's KPI figures for any period, computed from the stored
/// events by the definitions in `BankCore/KPI` (see README "KPI
/// definitions"). The dashboard screen and `teller report` both call
/// `report(for:by:)`, so they always show the same numbers. Closed days'
/// ticket figures come from their summaries (`KPIService+ClosedDays`).
public struct KPIService {
    let context: BranchContext
    let repository: KPIRepository

    public init(_ context: BranchContext) {
        self.context = context
        repository = KPIRepository(db: context.database)
    }

    /// Every figure for `period`. `actor` nil is the command line (whoever can read the file);
    /// an operator needs the dashboard permission.
    public func report(for period: KPIPeriod, by actor: Operator?) throws(LocalizedMessage) -> KPIReport {
        try authorize(actor)
        let summarized = try summarizedDays(of: period)
        return try context.read { try build(period, summarized: summarized) }
    }

    /// Two periods side by side, by date whichever was asked first: the earlier is
    /// "before" (A), the later "after" (B), each figure's change B − A.
    public func compare(_ one: KPIPeriod, with other: KPIPeriod, by actor: Operator?) throws(LocalizedMessage) -> KPIComparison {
        let (before, after) = (one.start, one.end) <= (other.start, other.end) ? (one, other) : (other, one)
        try authorize(actor)
        let days = (try summarizedDays(of: before), try summarizedDays(of: after))
        return try context.read {
            KPIComparison(before: try build(before, summarized: days.0), after: try build(after, summarized: days.1))
        }
    }

    /// An operator needs the dashboard permission; nil (the command line) is whoever can read the file.
    private func authorize(_ actor: Operator?) throws(LocalizedMessage) {
        guard let actor else { return }
        try context.read { _ = try context.requireActor(actor, .viewDashboard) }
    }

    /// The report for `period`, the `summarized` closed days read from their summaries.
    private func build(_ period: KPIPeriod, summarized: [KPIDay]) throws -> KPIReport {
        let buckets = period.buckets()
        var scan = try repository.ticketScan(period, buckets: buckets, summarized: summarized)
        let groups = scan.groups
        let operations = try repository.operationGroups(period)
        let complaints = try repository.complaintGroups(period)
        let names = try repository.operatorNames()
        func name(_ id: Int64?) -> String { id.map { names[$0] ?? "#\($0)" } ?? "" }
        func counter(_ number: Int?) -> String { number.map(String.init) ?? "" }

        var overall = KPIFigures()
        var byType: [String: KPIFigures] = [:]
        var byCounter: [String: KPIFigures] = [:]
        var byOperator: [String: KPIFigures] = [:]
        let noOperations: OperationFacts? = nil
        for group in groups {
            overall.tickets.add(group.facts)
            byType[group.businessType, default: KPIFigures(operations: noOperations)].tickets.add(group.facts)
            byCounter[counter(group.counterNumber), default: KPIFigures(operations: noOperations)].tickets.add(group.facts)
            byOperator[name(group.operatorID), default: KPIFigures()].tickets.add(group.facts)
        }
        for (id, facts) in operations {
            overall.operations?.add(facts)
            byOperator[name(id), default: KPIFigures()].operations?.add(facts)
        }
        for group in complaints {
            overall.complaints.add(group.facts)
            // A complaint not linked to a visit is in the "" slices (not linked, no counter), so every
            // breakdown adds up to the total.
            byType[group.businessType ?? "", default: KPIFigures(operations: noOperations)].complaints.add(group.facts)
            byCounter[counter(group.counterNumber), default: KPIFigures(operations: noOperations)].complaints.add(group.facts)
            byOperator[name(group.aboutOperatorID), default: KPIFigures()].complaints.add(group.facts)
        }
        // The 90th-percentile waits: one ascending pass over every wait, picking each slice's rank.
        // Slices are numbered once and each (type, counter, operator) group remembers its four
        // slice numbers, so the pass does one lookup per wait.
        struct SliceKey: Hashable { var dimension: KPIDimension; var key: String }
        var slotOf: [SliceKey: Int] = [:]
        func slot(_ dimension: KPIDimension, _ key: String) -> Int {
            let sliceKey = SliceKey(dimension: dimension, key: key)
            if let existing = slotOf[sliceKey] { return existing }
            slotOf[sliceKey] = slotOf.count
            return slotOf.count - 1
        }
        var counts: [Int] = []
        func count(_ slot: Int, _ waits: Int) {
            while counts.count <= slot { counts.append(0) }
            counts[slot] = waits
        }
        count(slot(.overall, ""), overall.tickets.waits)
        for (dimension, figures) in [(KPIDimension.businessType, byType), (.counter, byCounter), (.operator, byOperator)] {
            for (key, value) in figures { count(slot(dimension, key), value.tickets.waits) }
        }
        var picker = NearestRankSlots(percent: Percentile.wait, counts: counts)
        let slotsOfGroup = groups.map { group in
            [slot(.overall, ""), slot(.businessType, group.businessType), slot(.counter, counter(group.counterNumber)),
             slot(.operator, name(group.operatorID))]
        }
        scan.waits.sort { $0.millis < $1.millis } // in place: a year is a few megabytes
        for wait in scan.waits {
            for index in slotsOfGroup[wait.group] { picker.feed(index, wait.millis) }
        }
        func picked(_ dimension: KPIDimension, _ key: String) -> Int64? { slotOf[SliceKey(dimension: dimension, key: key)].flatMap { picker.picked[$0] } }
        overall.tickets.p90WaitMillis = picked(.overall, "")
        func slices(_ figures: [String: KPIFigures], _ dimension: KPIDimension, order: (String, String) -> Bool) -> [KPISlice] {
            figures.map { key, value in
                var value = value
                value.tickets.p90WaitMillis = picked(dimension, key)
                return KPISlice(key: key, figures: value)
            }.sorted { order($0.key, $1.key) }
        }
        let typeOrder = BusinessType.allCases.map(\.rawValue)
        let report = KPIReport(
            period: period, overall: overall,
            byBusinessType: slices(byType, .businessType) {
                (typeOrder.firstIndex(of: $0) ?? typeOrder.count, $0) < (typeOrder.firstIndex(of: $1) ?? typeOrder.count, $1)
            },
            byCounter: slices(byCounter, .counter) { (Int($0) ?? Int.max) < (Int($1) ?? Int.max) },
            byOperator: slices(byOperator, .operator) {
                ($0.isEmpty ? 1 : 0, $0) < ($1.isEmpty ? 1 : 0, $1)
            },
            bucketSize: KPIBucketSize.forPeriod(period),
            series: zip(buckets, scan.series).map { bucket, point in
                KPISeriesPoint(bucket: bucket, served: point.served,
                               averageWaitSeconds: KPIRatio.averageSeconds(totalMillis: point.waitTotalMillis, count: point.waits))
            })
        return report
    }
}
