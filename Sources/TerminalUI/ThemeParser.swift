/// A theme file that could not be read, naming the file and line.
public struct ThemeError: Error, Equatable, Sendable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var message: String

    public var description: String { "\(file):\(line): \(message)" }

    /// The id of the theme the file would have given (its name without `.theme`).
    public var themeID: String {
        let name = file.split(separator: "/").last.map(String.init) ?? file
        return name.hasSuffix(".theme") ? String(name.dropLast(".theme".count)) : name
    }
}

/// Reads the theme file format:
///
///     # comment
///     name = Ocean
///     normal = white on blue
///     title  = bright-white on cyan, bold
///
/// Every line is `key = value`. `name` names the theme; every other key is a
/// role (`StyleRole.themeKey`) whose value is `FG [on BG][, attribute ...]`.
/// Roles left out inherit `normal`'s colours. Anything else is an error.
public enum ThemeParser {
    public static func parse(_ text: String, id: String, file: String) throws -> Theme {
        var name = id
        var styles: [StyleRole: Style] = [:]
        let roles = Dictionary(uniqueKeysWithValues: StyleRole.allCases.map { ($0.themeKey, $0) })
        // Split on any newline: "\r\n" is a single Character in Swift, so splitting on "\n" alone
        // would read a Windows (CRLF) file as one long line.
        for (index, rawLine) in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).enumerated() {
            let lineNumber = index + 1
            let line = rawLine.trimmingCharacters(in: " \t\r")
            if line.isEmpty || line.hasPrefix("#") { continue }
            guard let equals = line.firstIndex(of: "=") else {
                throw ThemeError(file: file, line: lineNumber, message: "expected `key = value`")
            }
            let key = line[..<equals].trimmingCharacters(in: " \t").lowercased()
            let value = line[line.index(after: equals)...].trimmingCharacters(in: " \t")
            if key == "name" {
                guard !value.isEmpty else { throw ThemeError(file: file, line: lineNumber, message: "name is empty") }
                name = value
                continue
            }
            guard let role = roles[key] else {
                throw ThemeError(file: file, line: lineNumber, message: "unknown role `\(key)`")
            }
            if styles[role] != nil {
                throw ThemeError(file: file, line: lineNumber, message: "role `\(key)` is given twice")
            }
            do {
                styles[role] = try parseStyle(value)
            } catch let problem as StyleProblem {
                throw ThemeError(file: file, line: lineNumber, message: problem.message)
            }
        }
        guard let normal = styles[.normal] else {
            throw ThemeError(file: file, line: 1, message: "role `normal` is missing")
        }
        for role in StyleRole.allCases where styles[role] == nil { styles[role] = normal }
        return Theme(id: id, name: name, styles: styles)
    }

    struct StyleProblem: Error { var message: String }

    static func parseStyle(_ value: String) throws -> Style {
        let parts = value.split(separator: ",").map { $0.trimmingCharacters(in: " \t") }
        guard let colours = parts.first, !colours.isEmpty else { throw StyleProblem(message: "no colour given") }
        let words = colours.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        var style = Style()
        switch words.count {
        case 1:
            if let attribute = TextAttributes(name: words[0]) {
                style.attributes.insert(attribute)
            } else {
                guard let fg = TerminalColor(name: words[0]) else { throw StyleProblem(message: "unknown colour `\(words[0])`") }
                style.foreground = fg
            }
        case 3 where words[1].lowercased() == "on":
            guard let fg = TerminalColor(name: words[0]) else { throw StyleProblem(message: "unknown colour `\(words[0])`") }
            guard let bg = TerminalColor(name: words[2]) else { throw StyleProblem(message: "unknown colour `\(words[2])`") }
            style.foreground = fg
            style.background = bg
        default:
            throw StyleProblem(message: "expected `FOREGROUND on BACKGROUND`, got `\(colours)`")
        }
        for word in parts.dropFirst() {
            guard let attribute = TextAttributes(name: word) else { throw StyleProblem(message: "unknown attribute `\(word)`") }
            style.attributes.insert(attribute)
        }
        return style
    }
}

extension StringProtocol {
    func trimmingCharacters(in set: String) -> String {
        var scalars = Substring(self)
        while let first = scalars.first, set.contains(first) { scalars.removeFirst() }
        while let last = scalars.last, set.contains(last) { scalars.removeLast() }
        return String(scalars)
    }
}
