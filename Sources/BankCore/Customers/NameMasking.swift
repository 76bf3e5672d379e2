extension Masking {
    /// A customer's name for lists other people may glimpse: the first
    /// character of each word kept, the rest starred (`张*`, `欧**`,
    /// `W*** L**`). The full name is on the customer's panel.
    public static func name(_ text: String) -> String {
        text.split(separator: " ", omittingEmptySubsequences: true).map { (word: Substring) -> String in
            let first: String = word.first.map { String($0) } ?? ""
            return first + String(repeating: "*", count: max(1, word.count - 1))
        }.joined(separator: " ")
    }
}
