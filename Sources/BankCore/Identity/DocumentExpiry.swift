/// Whether a document is valid on the business date, given the dates printed
/// on it. Separate from the number checks because every document type has
/// the same rule: valid from the issue date through the expiry date inclusive.
public enum DocumentExpiry {
    /// Nil when the document is valid on `today`. `issued` after today gives
    /// `.notYetValid(issued)`; `expiry` before today gives `.expired(expiry)`
    /// (the expiry date itself is still a valid day). A nil `expiry` means no
    /// end date (a resident ID marked 长期 "long-term"); a nil `issued` is not checked.
    public static func check(expiry: BusinessDate?, issued: BusinessDate? = nil, today: BusinessDate) -> IDProblem? {
        if let issued, issued > today { return .notYetValid(issued) }
        if let expiry, expiry < today { return .expired(expiry) }
        return nil
    }
}
