/// Stored details name operators by their number ("approved by operator 4");
/// what a person reads names them by operator ID instead.
enum OperatorMentions {
    /// `text` with every "operator N" replaced by the name `name` gives for N (left as it was when unknown).
    static func named(_ text: String, _ name: (Int64) -> String?) -> String {
        let marker = "operator "
        var result = ""
        var rest = Substring(text)
        while let found = rest.range(of: marker) {
            result += rest[..<found.lowerBound]
            let after = rest[found.upperBound...]
            let digits = after.prefix { $0.isASCII && $0.isNumber }
            if let id = Int64(digits), let shown = name(id) {
                result += shown
                rest = after.dropFirst(digits.count)
            } else {
                result += marker
                rest = after
            }
        }
        return result + rest
    }

    /// Splits "… approved by operator N: reason" into the part before, the approver's number and what follows.
    static func approval(in text: String) -> (before: Substring, approverID: Int64, after: Substring)? {
        guard let found = text.range(of: " approved by operator ") else { return nil }
        let after = text[found.upperBound...]
        let digits = after.prefix { $0.isASCII && $0.isNumber }
        guard let id = Int64(digits) else { return nil }
        return (text[..<found.lowerBound], id, after.dropFirst(digits.count))
    }
}
