import BranchServices
import Foundation
import Localization

/// The subcommand and its `--flag value` pairs, with helpers that stop the
/// tool with a clear message when one is missing or malformed.
struct BenchOptions {
    var command: String
    var values: [String: String]

    static func parse(_ arguments: ArraySlice<String>, usage: String) -> BenchOptions {
        var rest = Array(arguments)
        guard let command = rest.first else { fail(usage) }
        rest.removeFirst()
        var values: [String: String] = [:]
        while let flag = rest.first {
            rest.removeFirst()
            guard flag.hasPrefix("--"), let value = rest.first else { fail("teller-bench: bad argument \(flag)\n" + usage) }
            rest.removeFirst()
            values[String(flag.dropFirst(2))] = value
        }
        return BenchOptions(command: command, values: values)
    }

    /// Refuses options the subcommand does not know: a misspelt `--customer` must not quietly build the default size.
    func allow(_ names: Set<String>) {
        if let unknown = values.keys.sorted().first(where: { !names.contains($0) }) {
            Self.fail("teller-bench \(command): unknown option --\(unknown); it takes "
                      + names.sorted().map { "--" + $0 }.joined(separator: " "))
        }
    }

    /// A required text option.
    func text(_ name: String) -> String {
        guard let value = values[name], !value.isEmpty else { Self.fail("teller-bench \(command): --\(name) is required") }
        return value
    }

    /// An integer option: required unless a default is given; must lie in `range`.
    func integer(_ name: String, default fallback: Int64? = nil, in range: ClosedRange<Int64> = 0...Int64.max) -> Int64 {
        guard let raw = values[name] else {
            guard let fallback else { Self.fail("teller-bench \(command): --\(name) is required") }
            return fallback
        }
        guard let value = Int64(raw), range.contains(value) else {
            Self.fail("teller-bench \(command): --\(name) must be a whole number from \(range.lowerBound) to \(range.upperBound)")
        }
        return value
    }

    /// Stops the tool for a wrong command line (exit status 2).
    static func fail(_ text: String) -> Never {
        FileHandle.standardError.write(Data((text + "\n").utf8))
        exit(2)
    }

    /// Stops the tool because the work itself failed (exit status 1).
    static func failRun(_ text: String) -> Never {
        FileHandle.standardError.write(Data((text + "\n").utf8))
        exit(1)
    }

    /// Runs `body`, stopping the tool with the message of anything it throws.
    static func orFail<T>(_ body: () throws -> T) -> T {
        do {
            return try body()
        } catch let message as LocalizedMessage {
            failRun("teller-bench: " + messageText(message))
        } catch {
            failRun("teller-bench: \(error)")
        }
    }

    /// A message in English, without the "teller: " its command-line texts start with.
    static func messageText(_ message: LocalizedMessage) -> String {
        let text = message.text(in: Strings(.english))
        return text.hasPrefix("teller: ") ? String(text.dropFirst(8)) : text
    }
}
