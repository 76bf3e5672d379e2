import BankCore
import BranchServices
import Foundation
import Glibc
import Localization

/// The shell commands that change a branch file on someone's authority:
/// `watchlist-import FILE` (a supervisor or administrator) and
/// `unlock-operator ID` (an administrator, break-glass). The ID and PIN are
/// read from the terminal, never from the command line (which `ps` and shell
/// history show): from standard input, with echo off when it is a terminal.
enum MaintenanceCommands {
    /// Reads an ID and a PIN; nil when either is missing (end of input or blank).
    static func readCredentials(of role: StringKey0, _ strings: Strings) -> (username: String, pin: String)? {
        let interactive = isatty(0) == 1
        func prompt(_ text: String) { if interactive { FileHandle.standardError.write(Data(text.utf8)) } }
        prompt(strings(.cliCredentialsPrompt, strings(role)))
        guard let username = readLine(strippingNewline: true)?.trimmingCharacters(in: .whitespaces), !username.isEmpty
        else { return nil }
        prompt(strings(.cliPINPrompt))
        var saved = termios()
        let echoOff = interactive && tcgetattr(0, &saved) == 0
        if echoOff {
            var quiet = saved
            quiet.c_lflag &= ~tcflag_t(ECHO)
            tcsetattr(0, TCSAFLUSH, &quiet)
        }
        let pin = readLine(strippingNewline: true)
        if echoOff {
            tcsetattr(0, TCSAFLUSH, &saved)
            prompt("\n")
        }
        guard let pin, !pin.isEmpty else { return nil }
        return (username, pin)
    }

    static func watchListImport(file: String, context: BranchContext, path: String, _ strings: Strings) throws(LocalizedMessage) -> Never {
        guard let (username, pin) = readCredentials(of: .cliRoleSupervisor, strings) else {
            fail(strings(.cliCredentialsMissing, strings(.cliRoleSupervisor)), status: 1)
        }
        let approver = try AuthenticationService(context).confirmAtShell(username: username, pin: pin, action: "watchlist.import_refused")
        let count = try WatchListService(context).importCSV(path: file, by: approver)
        print(strings(.cliWatchListImported, String(count), path))
        exit(0)
    }

    static func unlockOperator(_ target: String, context: BranchContext, _ strings: Strings) throws(LocalizedMessage) -> Never {
        guard let (username, pin) = readCredentials(of: .cliRoleAdministrator, strings) else {
            fail(strings(.cliCredentialsMissing, strings(.cliRoleAdministrator)), status: 1)
        }
        let admin = try OperatorAdministration(context).unlockAtShell(username: target, adminUsername: username, adminPIN: pin)
        print(strings(.cliUnlocked, target, admin.username))
        exit(0)
    }
}
