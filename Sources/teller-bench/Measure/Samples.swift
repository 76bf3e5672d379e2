import Foundation

/// Timings of one measured operation, in milliseconds, with the order
/// statistics the report prints (nearest rank, as the KPI percentiles).
struct Samples {
    private(set) var values: [Double] = []

    mutating func add(_ milliseconds: Double) { values.append(milliseconds) }

    /// Runs `body` once and records how long it took.
    @discardableResult
    mutating func time<T>(_ body: () throws -> T) rethrows -> T {
        let start = DispatchTime.now().uptimeNanoseconds
        let result = try body()
        add(Double(DispatchTime.now().uptimeNanoseconds - start) / 1_000_000)
        return result
    }

    /// The nearest-rank percentile `p` (0–100); 0 when empty.
    func percentile(_ p: Double) -> Double {
        guard !values.isEmpty else { return 0 }
        let sorted = values.sorted()
        let rank = max(1, Int((p / 100 * Double(sorted.count)).rounded(.up)))
        return sorted[min(rank, sorted.count) - 1]
    }

    var p50: Double { percentile(50) }
    var p99: Double { percentile(99) }
    var maximum: Double { values.max() ?? 0 }
    var minimum: Double { values.min() ?? 0 }
    var mean: Double { values.isEmpty ? 0 : values.reduce(0, +) / Double(values.count) }
}
