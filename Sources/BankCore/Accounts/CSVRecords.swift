/// A small RFC 4180 reader, so imports of lists (the watch list first) do
/// not each re-invent quoting.
///
/// Rules:
/// - fields are separated by commas, records by CRLF, LF or a lone CR;
/// - a field that starts with `"` is quoted: it may contain commas and line
///   breaks, and `""` inside it stands for one `"`; a line break inside
///   quotes is kept as `\n` whatever its original form;
/// - a `"` inside an unquoted field, or anything but a comma or a line break
///   right after a closing quote, is an error, and so is a quote left open
///   at the end of the text;
/// - a leading byte order mark (U+FEFF) is ignored;
/// - a completely empty line is skipped (it is not a record of one empty field).
///
/// Each record carries the 1-based line on which it starts, so errors can
/// name the line the user sees in an editor.
enum CSVRecords {
    struct Record: Equatable {
        var line: Int
        var fields: [String]
    }

    struct Failure: Error, Equatable {
        var line: Int
        var message: String
    }

    static func parse(_ text: String) throws(Failure) -> [Record] {
        var scalars = Array(text.unicodeScalars)
        if scalars.first == "\u{FEFF}" { scalars.removeFirst() }
        var records: [Record] = []
        var fields: [String] = []
        var field = String.UnicodeScalarView()
        var line = 1
        var recordLine = 1
        var index = 0
        var fieldWasQuoted = false

        func endRecord() {
            fields.append(String(field))
            let blank = fields.count == 1 && fields[0].isEmpty && !fieldWasQuoted
            if !blank { records.append(Record(line: recordLine, fields: fields)) }
            fields = []
            field = String.UnicodeScalarView()
            fieldWasQuoted = false
        }
        /// Consumes a line break at `index` (CRLF counts as one); true if there was one.
        func consumeLineBreak() -> Bool {
            guard index < scalars.count else { return false }
            if scalars[index] == "\r" {
                index += 1
                if index < scalars.count && scalars[index] == "\n" { index += 1 }
            } else if scalars[index] == "\n" {
                index += 1
            } else {
                return false
            }
            line += 1
            return true
        }

        while index < scalars.count {
            let scalar = scalars[index]
            if scalar == "\"" && field.isEmpty && !fieldWasQuoted {
                fieldWasQuoted = true
                let openedOn = line
                index += 1
                var closed = false
                while index < scalars.count {
                    if scalars[index] == "\"" {
                        if index + 1 < scalars.count && scalars[index + 1] == "\"" {
                            field.append("\"")
                            index += 2
                        } else {
                            index += 1
                            closed = true
                            break
                        }
                    } else if consumeLineBreak() {
                        field.append("\n")
                    } else {
                        field.append(scalars[index])
                        index += 1
                    }
                }
                guard closed else { throw Failure(line: openedOn, message: "a quoted field is never closed") }
                if index < scalars.count && scalars[index] != "," && scalars[index] != "\r" && scalars[index] != "\n" {
                    throw Failure(line: line, message: "unexpected character after a closing quote")
                }
            } else if scalar == "\"" {
                throw Failure(line: line, message: "a quote inside an unquoted field (quote the whole field and double the quote)")
            } else if scalar == "," {
                fields.append(String(field))
                field = String.UnicodeScalarView()
                fieldWasQuoted = false
                index += 1
            } else if consumeLineBreak() {
                endRecord()
                recordLine = line
            } else {
                field.append(scalar)
                index += 1
            }
        }
        if !field.isEmpty || !fields.isEmpty || fieldWasQuoted { endRecord() }
        return records
    }
}
