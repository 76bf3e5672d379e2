/// Loan contracts, disbursal, repayment, early repayment and the loan statement (issue 15).
/// Each key holds its English and Chinese text side by side; see StringKey.swift.
public extension StringKey {
}

extension StringKey {
    /// Every key in this file, for the tests that walk all strings (a test checks none is missing).
    static let loanServicingKeys: [StringKey] = [
    ]
}
