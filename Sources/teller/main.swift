import BankCore
import BranchServices
import Foundation
import Glibc
import Localization
import TellerScreens
import TerminalCurses
import TerminalUI

/// The teller executable: reads the command line, opens the branch file and
/// runs the workstation or one of the maintenance commands.
/// Exit status: 0 success, 1 the work failed (file refused, audit broken), 2 bad command line.

let version = "0.1.0"
let environment = ProcessInfo.processInfo.environment
StartupChecks.settleProcess()
let startStrings = Strings(Language.fromEnvironment(environment))

func fail(_ text: String, status: Int32) -> Never {
    FileHandle.standardError.write(Data((text + "\n").utf8))
    exit(status)
}

// The loan calculator needs no branch file and no sign-in: it is answered before anything is opened.
if CommandLine.arguments.dropFirst().first == "loan-calc" {
    let (loanStrings, result) = LoanCalcCommand.run(Array(CommandLine.arguments.dropFirst(2)), today: BusinessDate(date: Date()),
                                                    fallback: startStrings)
    switch result {
    case .success(let text): print(text)
    case .failure(let message): fail(message.text(in: loanStrings), status: 2)
    }
    exit(0)
}

let options: CommandLineOptions
switch CommandLineOptions.parse(Array(CommandLine.arguments.dropFirst())) {
case .success(let parsed): options = parsed
case .failure(let message): fail(message.text(in: startStrings), status: 2)
}
let strings = Strings(options.language ?? Language.fromEnvironment(environment))

let themes = ThemeLocator.directory(environment: environment).map(ThemeLibrary.load(directory:)) ?? ThemeLibrary(themes: [.fallback])
let requestedTheme = options.theme ?? environment["TELLER_THEME"].flatMap { $0.isEmpty ? nil : $0 }
// A theme that does not exist at all is a bad argument (exit 2); a theme file with
// a bad line is reported with its file and line, and the default is used instead.
var themeProblem = themes.errors.first
switch themes.choice(for: requestedTheme) {
case .unknown(let id):
    fail(strings(.cliBadTheme, id, themes.ids.joined(separator: ", ")), status: 2)
case .broken(let error, _):
    themeProblem = error
    FileHandle.standardError.write(Data(("teller: " + strings(.settingsThemeProblem, error.description) + "\n").utf8))
case .found:
    break
}

if options.showHelp {
    print(strings(.cliUsage, options.demo ? DataLocation.trainingFile(environment: environment) : DataLocation.branchFile(environment: environment), themes.ids.joined(separator: ", ")))
    exit(0)
}
if options.showVersion {
    print(strings(.appVersion, version))
    exit(0)
}

let training = options.demo || options.command == .demoReset
let path = options.databasePath ?? (training ? DataLocation.trainingFile(environment: environment) : DataLocation.branchFile(environment: environment))
let terminalName: String = {
    let host = ProcessInfo.processInfo.hostName
    let tty = ttyname(0).map { String(cString: $0) } ?? "pid\(getpid())"
    return "\(host):\(tty)"
}()

// Before any file is touched: a terminal for the interactive commands, and an existing folder.
if StartupChecks.needsTerminal(options.command), !StartupChecks.hasTerminal { fail(strings(.cliNotATerminal), status: 1) }
if training || options.command == .run, let refusal = StartupChecks.prepareFolder(of: path, environment: environment) {
    fail(refusal.text(in: strings), status: 1)
}
let keyLocation = BranchKeyLocation.standard(environment: environment, explicit: options.keyFile, training: training)
let expectedHead: AuditHeadMark? = options.head.map { text in
    guard let mark = AuditHeadMark(text) else { fail(strings(.cliBadHead, text), status: 2) }
    return mark
}

do {
    if training {
        try TrainingFile.prepare(path: path, reset: options.command == .demoReset, terminal: terminalName, keyLocation: keyLocation)
        if options.command == .demoReset {
            print(strings(.cliDemoReset, path))
            exit(0)
        }
    }
    if [.verify, .watchlistImport, .unlockOperator, .board, .report].contains(options.command) {
        // These commands read an existing branch; they never create one.
        let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? nil
        guard let size, size > 0 else { fail(strings(.cliNoBranch, path), status: 1) }
    }
    // An auditor's copy may be read-only: verify and report never write, and refuse a file that needs migrating.
    let readOnly = [.verify, .report].contains(options.command)
    let context = try BranchContext.open(path: path, terminal: terminalName, keyLocation: keyLocation, readOnly: readOnly)
    if !readOnly { PrivateFile.tightenBranch(path) }

    if let file = options.file, [.watchlistImport, .unlockOperator].contains(options.command) {
        guard context.branch() != nil else { fail(strings(.cliNoBranch, path), status: 1) }
        if options.command == .unlockOperator { try MaintenanceCommands.unlockOperator(file, context: context, strings) }
        try MaintenanceCommands.watchListImport(file: file, context: context, path: path, strings)
    }

    if options.command == .report {
        guard context.branch() != nil else { fail(strings(.cliNoBranch, path), status: 1) }
        // Dates are local calendar days of this process's time zone; the default is today.
        let today = BusinessDate(date: Date())
        let to = options.to ?? (options.from == nil ? today : max(today, options.from!))
        let from = options.from ?? to
        guard let period = KPIPeriod.dates(from: from, to: to) else {
            fail(strings(.cliDateOrder, to.description, from.description), status: 2)
        }
        if let compareFrom = options.compareFrom, let compareTo = options.compareTo {
            guard let other = KPIPeriod.dates(from: compareFrom, to: compareTo) else {
                fail(strings(.reportCompareOrder, compareTo.description, compareFrom.description), status: 2)
            }
            print(options.format.render(try KPIService(context).compare(period, with: other, by: nil), strings))
            exit(0)
        }
        let report = try KPIService(context).report(for: period, by: nil)
        print(options.format.render(report, strings))
        exit(0)
    }

    if options.command == .verify {
        guard context.branch() != nil else { fail(strings(.cliNoBranch, path), status: 1) }
        let report = try BooksService(context).verify(by: nil, expectedHead: expectedHead)
        print(report.keyFound ? strings(.cliKeyUsed, report.keyPath ?? "?") : strings(.cliKeyNotFound, report.keyPath ?? "?"))
        if let head = report.head { print(strings(.cliChainHead, String(head.seq), head.hash)) }
        if report.auditBreaches.isEmpty {
            print(strings(.cliAuditIntact, String(report.auditRecords)))
        } else {
            print(strings(.cliAuditBroken))
            for breach in report.auditBreaches { print("  " + breach.description) }
        }
        if report.ledgerBreaches.isEmpty {
            print(strings(.cliBooksBalanced, String(report.entries)))
        } else {
            print(strings(.cliBooksBroken, String(report.ledgerBreaches.count)))
            for breach in report.ledgerBreaches { print("  " + breach.description) }
        }
        MissingVoucherReport.print(context, strings)
        exit(report.isClean ? 0 : 1)
    }

    VoucherRepair(context).writeMissing()  // voucher files a full disk kept from being written
    let theme = themes.themeOrDefault(id: requestedTheme)
    let session = Session(context: context, language: strings.language, themes: themes, theme: theme,
                          themeOverride: requestedTheme, languageOverride: options.language)
    if let problem = themeProblem { session.say(strings(.settingsThemeProblem, problem.description), .warning) }
    let noColor = !(environment["NO_COLOR"] ?? "").isEmpty
    CursesTerminal.installSignalHandlers()
    let terminal = try CursesTerminal(theme: theme, colorAllowed: !noColor)
    if options.command == .board, context.branch() == nil { terminal.shutdown(); fail(strings(.cliNoBranch, path), status: 1) }
    let app = WorkstationApp(session: session, terminal: terminal, wallDisplay: options.command == .board)
    app.run()
    terminal.shutdown()
    exit(0)
} catch let message as LocalizedMessage {
    fail(message.text(in: strings), status: 1)
} catch {
    fail(strings(.unexpectedError, "\(error)"), status: 1)
}
