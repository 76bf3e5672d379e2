import Foundation

/// One measured figure: what it is, its value and unit, and the target it is
/// held to (when the issue sets one). Lower is better unless `higherIsBetter`.
struct BenchFigure: Encodable {
    var key: String
    var label: String
    var value: Double
    var unit: String
    var target: Double?
    var higherIsBetter = false
    var note = ""

    var met: Bool? {
        target.map { higherIsBetter ? value >= $0 : value <= $0 }
    }

    enum CodingKeys: String, CodingKey { case key, label, value, unit, target, met, note }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(key, forKey: .key)
        try container.encode(label, forKey: .label)
        try container.encode((value * 1_000).rounded() / 1_000, forKey: .value)
        try container.encode(unit, forKey: .unit)
        try container.encodeIfPresent(target, forKey: .target)
        try container.encodeIfPresent(met, forKey: .met)
        if !note.isEmpty { try container.encode(note, forKey: .note) }
    }
}

/// Everything one benchmark run measured, printed as a table and written as JSON.
struct BenchReport: Encodable {
    var machine: [String: String] = [:]
    var branch: [String: Int] = [:]
    var figures: [BenchFigure] = []

    mutating func add(_ key: String, _ label: String, _ value: Double, _ unit: String, target: Double? = nil,
                      higherIsBetter: Bool = false, note: String = "") {
        figures.append(BenchFigure(key: key, label: label, value: value, unit: unit, target: target, higherIsBetter: higherIsBetter,
                                   note: note))
        FileHandle.standardError.write(Data("  \(label): \(Self.format(value)) \(unit)\n".utf8))
    }

    static func format(_ value: Double) -> String {
        switch abs(value) {
        case 0: return "0"
        case ..<0.1: return String(format: "%.3f", value)
        case ..<10: return String(format: "%.2f", value)
        case ..<1_000: return String(format: "%.1f", value)
        default: return String(format: "%.0f", value)
        }
    }

    /// The figures as a Markdown table (it reads as plain text too).
    var table: String {
        var lines = ["| figure | value | target | met |", "|---|---:|---:|:---:|"]
        for figure in figures {
            let target = figure.target.map { (figure.higherIsBetter ? "≥ " : "< ") + Self.format($0) + " " + figure.unit } ?? ""
            let met = figure.met.map { $0 ? "yes" : "**no**" } ?? ""
            lines.append("| \(figure.label) | \(Self.format(figure.value)) \(figure.unit) | \(target) | \(met) |")
        }
        return lines.joined(separator: "\n")
    }

    func json() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(self)
    }
}
