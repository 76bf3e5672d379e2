import BankCore
import BranchServices
import Foundation
import Localization

/// What the command line asked for. Parsing never exits the process: it
/// returns a message so `main` can print it and exit with status 2.
struct CommandLineOptions: Equatable {
    enum Command: String, Equatable {
        case run
        case demoReset = "demo-reset"
        case verify
        case watchlistImport = "watchlist-import"
        case unlockOperator = "unlock-operator"
        case board
        case report
    }

    var command: Command = .run
    var databasePath: String?
    var demo = false
    var theme: String?
    var language: Language?
    var showHelp = false
    var showVersion = false
    /// The argument of `watchlist-import FILE` or `unlock-operator ID`.
    var file: String?
    /// `report`: the first and last business dates (both included) and the output format.
    var from: BusinessDate?
    var to: BusinessDate?
    /// `report --compare-from/--compare-to`: the period to compare with (both or neither).
    var compareFrom: BusinessDate?
    var compareTo: BusinessDate?
    var format: KPIReportFormat = .table
    /// `--key PATH`: the branch key file (else TELLER_KEY_FILE, else the standard location; see BranchKeyLocation).
    var keyFile: String?
    /// `verify --head SEQ:HASH`: a chain head written down earlier, checked to still match.
    var head: String?
    /// Flags given that only `report` understands (checked once the command is known).
    private var reportFlags: [String] = []

    /// Parses the arguments after the program name.
    static func parse(_ arguments: [String]) -> Result<CommandLineOptions, LocalizedMessage> {
        var options = CommandLineOptions()
        var index = 0
        var sawCommand = false
        func value(for flag: String) -> Result<String, LocalizedMessage> {
            guard index + 1 < arguments.count else { return .failure(LocalizedMessage(.cliMissingValue, flag)) }
            index += 1
            return .success(arguments[index])
        }
        while index < arguments.count {
            let argument = arguments[index]
            // Accept both `--db PATH` and `--db=PATH`.
            var flag = argument
            var inline: String?
            if argument.hasPrefix("--"), let equals = argument.firstIndex(of: "=") {
                flag = String(argument[..<equals])
                inline = String(argument[argument.index(after: equals)...])
            }
            func take() -> Result<String, LocalizedMessage> { inline.map { .success($0) } ?? value(for: flag) }
            switch flag {
            case "--help", "-h": options.showHelp = true
            case "--version", "-V": options.showVersion = true
            case "--demo": options.demo = true
            case "--db":
                switch take() {
                case .failure(let message): return .failure(message)
                case .success(let path):
                    guard !path.trimmingCharacters(in: .whitespaces).isEmpty else { return .failure(LocalizedMessage(.cliEmptyPath)) }
                    options.databasePath = path
                }
            case "--theme":
                switch take() {
                case .failure(let message): return .failure(message)
                case .success(let id): options.theme = id
                }
            case "--from", "--to", "--compare-from", "--compare-to":
                switch take() {
                case .failure(let message): return .failure(message)
                case .success(let text):
                    guard let date = BusinessDate(text) else { return .failure(LocalizedMessage(.cliBadDate, flag, text)) }
                    switch flag {
                    case "--from": options.from = date
                    case "--to": options.to = date
                    case "--compare-from": options.compareFrom = date
                    default: options.compareTo = date
                    }
                    options.reportFlags.append(flag)
                }
            case "--format":
                switch take() {
                case .failure(let message): return .failure(message)
                case .success(let text):
                    guard let format = KPIReportFormat(rawValue: text) else { return .failure(LocalizedMessage(.cliBadFormat, text)) }
                    options.format = format
                    options.reportFlags.append(flag)
                }
            case "--key":
                switch take() {
                case .failure(let message): return .failure(message)
                case .success(let path):
                    guard !path.trimmingCharacters(in: .whitespaces).isEmpty else { return .failure(LocalizedMessage(.cliEmptyPath)) }
                    options.keyFile = path
                }
            case "--head":
                switch take() {
                case .failure(let message): return .failure(message)
                case .success(let text): options.head = text
                }
            case "--lang":
                switch take() {
                case .failure(let message): return .failure(message)
                case .success(let code):
                    guard let language = Language(code: code) else { return .failure(LocalizedMessage(.cliBadLanguage, code)) }
                    options.language = language
                }
            default:
                if argument.hasPrefix("-") { return .failure(LocalizedMessage(.cliUnknownOption, argument)) }
                if sawCommand, [.watchlistImport, .unlockOperator].contains(options.command), options.file == nil {
                    options.file = argument
                    index += 1
                    continue
                }
                guard !sawCommand, let command = Command(rawValue: argument), command != .run else {
                    return .failure(LocalizedMessage(.cliUnknownCommand, argument))
                }
                options.command = command
                sawCommand = true
            }
            index += 1
        }
        if options.command != .report, let flag = options.reportFlags.first {
            return .failure(LocalizedMessage(.cliReportOnly, flag))
        }
        if options.command != .verify, options.head != nil { return .failure(LocalizedMessage(.cliVerifyOnly, "--head")) }
        if let from = options.from, let to = options.to, to < from {
            return .failure(LocalizedMessage(.cliDateOrder, to.description, from.description))
        }
        switch (options.compareFrom, options.compareTo) {
        case (nil, nil): break
        case let (from?, to?):
            if to < from { return .failure(LocalizedMessage(.reportCompareOrder, to.description, from.description)) }
        default:
            return .failure(LocalizedMessage(.reportCompareIncomplete))
        }
        if options.command == .watchlistImport, options.file == nil, !options.showHelp {
            return .failure(LocalizedMessage(.cliMissingValue, "watchlist-import FILE"))
        }
        if options.command == .unlockOperator, options.file == nil, !options.showHelp {
            return .failure(LocalizedMessage(.cliMissingValue, "unlock-operator ID"))
        }
        return .success(options)
    }
}
