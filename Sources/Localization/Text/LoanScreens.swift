/// The loan desk's screens: titles, keys, column heads and hints (issue 15).
/// Each key holds its English and Chinese text side by side; see StringKey.swift.
public extension StringKey {
}

extension StringKey {
    /// Every key in this file, for the tests that walk all strings (a test checks none is missing).
    static let loanScreensKeys: [StringKey] = [
    ]
}
