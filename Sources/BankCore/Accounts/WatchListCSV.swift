/// CSV import of the watch list: header `name,id_number,birth_date,list,reason`
/// (order by header names, case-insensitive; extra columns ignored), RFC 4180
/// quoting (quoted fields with commas, doubled quotes, newlines inside
/// quotes), UTF-8 (optional BOM), CRLF or LF. Empty id_number/birth_date
/// allowed; a bad birth date or an empty name is an error naming the line.
///
/// Further rules:
/// - the first record is the header; header names are trimmed and compared
///   ignoring case; all five columns must be present, each once, otherwise
///   the error names line 1;
/// - every value is trimmed of surrounding whitespace; an empty `id_number`
///   or `birth_date` becomes nil; `list` and `reason` may be empty;
/// - `birth_date` is `YYYY-MM-DD` and must be a real calendar date;
/// - every record must have exactly as many fields as the header;
/// - empty lines are skipped; a header with no rows gives an empty list;
/// - line numbers are 1-based physical lines of the file (the header is
///   line 1); a record spanning several lines is named by its first line.
///
/// The whole import fails on the first error, so a file is either taken
/// whole or not at all.
public enum WatchListCSV {
    /// Why the file was refused, and the line to look at.
    public struct LineError: Error, Equatable, Sendable {
        public var line: Int
        public var message: String

        public init(line: Int, message: String) {
            self.line = line
            self.message = message
        }
    }

    /// The column names, in the canonical order.
    public static let columns = ["name", "id_number", "birth_date", "list", "reason"]

    /// The entries of the file in file order, or the first error with its line.
    public static func parse(_ text: String) throws(LineError) -> [WatchListEntry] {
        let records: [CSVRecords.Record]
        do {
            records = try CSVRecords.parse(text)
        } catch {
            throw LineError(line: error.line, message: error.message)
        }
        guard let header = records.first else { throw LineError(line: 1, message: "the file is empty: no header line") }
        let positions = try columnPositions(header)
        var entries: [WatchListEntry] = []
        entries.reserveCapacity(records.count - 1)
        for record in records.dropFirst() {
            entries.append(try entry(record, positions: positions, width: header.fields.count))
        }
        return entries
    }

    private static func columnPositions(_ header: CSVRecords.Record) throws(LineError) -> [String: Int] {
        var positions: [String: Int] = [:]
        for (index, raw) in header.fields.enumerated() {
            let name = KYCRules.trimmed(raw).lowercased()
            guard columns.contains(name) else { continue }
            guard positions[name] == nil else {
                throw LineError(line: header.line, message: "column \(name) appears twice in the header")
            }
            positions[name] = index
        }
        let missing = columns.filter { positions[$0] == nil }
        guard missing.isEmpty else {
            throw LineError(line: header.line,
                            message: "the header lacks column(s) \(missing.joined(separator: ", ")); expected \(columns.joined(separator: ","))")
        }
        return positions
    }

    private static func entry(_ record: CSVRecords.Record, positions: [String: Int], width: Int) throws(LineError) -> WatchListEntry {
        guard record.fields.count == width else {
            throw LineError(line: record.line, message: "expected \(width) fields as in the header, found \(record.fields.count)")
        }
        func value(_ column: String) -> String { KYCRules.trimmed(record.fields[positions[column] ?? 0]) }
        let name = value("name")
        guard !name.isEmpty else { throw LineError(line: record.line, message: "the name is empty") }
        let idNumber = value("id_number")
        let birthText = value("birth_date")
        var birthDate: BusinessDate?
        if !birthText.isEmpty {
            guard let date = BusinessDate(birthText) else {
                throw LineError(line: record.line, message: "birth date \"\(birthText)\" is not a real date in the form YYYY-MM-DD")
            }
            birthDate = date
        }
        return WatchListEntry(name: name, idNumber: idNumber.isEmpty ? nil : idNumber, birthDate: birthDate,
                              list: value("list"), reason: value("reason"))
    }
}
