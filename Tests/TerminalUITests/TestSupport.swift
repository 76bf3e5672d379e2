import Foundation
@testable import TerminalUI

// Helpers shared by the TerminalUI tests. Screens are asserted as whole text
// blocks (`CellBuffer.text()`), and where colour matters as a *role map*: one
// letter per cell, so a test can say "this row is the selection" at a glance.
//
//   .  normal      T  title       H  header      L  label
//   i  field       I  field-focused              S  selection
//   B  border      s  status      A  alert       f  footer
//   K  footer-key  E  error       +  success     W  warning     d  dim

/// The letter a role is shown as in a role map.
func roleLetter(_ role: StyleRole) -> Character {
    switch role {
    case .normal: return "."
    case .title: return "T"
    case .header: return "H"
    case .label: return "L"
    case .field: return "i"
    case .fieldFocused: return "I"
    case .selection: return "S"
    case .border: return "B"
    case .status: return "s"
    case .alert: return "A"
    case .footer: return "f"
    case .footerKey: return "K"
    case .error: return "E"
    case .success: return "+"
    case .warning: return "W"
    case .dim: return "d"
    }
}

/// One row of the role map: exactly `buffer.width` letters, nothing trimmed.
func roleRow(_ buffer: CellBuffer, _ y: Int) -> String {
    String((0..<buffer.width).map { roleLetter(buffer[$0, y].role) })
}

/// The whole screen as a role map, one line per row.
func roleMap(_ buffer: CellBuffer) -> String {
    (0..<buffer.height).map { roleRow(buffer, $0) }.joined(separator: "\n")
}

/// The repository root, found from this file's location
/// (`<root>/Tests/TerminalUITests/TestSupport.swift`).
func repositoryRoot(_ file: String = #filePath) -> URL {
    URL(fileURLWithPath: file)
        .deletingLastPathComponent()  // TerminalUITests
        .deletingLastPathComponent()  // Tests
        .deletingLastPathComponent()  // root
}

/// A fresh empty folder under the system temporary directory.
func makeTemporaryFolder() throws -> URL {
    let url = FileManager.default.temporaryDirectory
        .appendingPathComponent("TerminalUITests-\(UUID().uuidString)", isDirectory: true)
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
}
