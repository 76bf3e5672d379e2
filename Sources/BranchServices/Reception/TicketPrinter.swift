import BankCore
import Foundation
import Localization

/// Writes a ticket slip to a text file beside the branch file
/// (`tickets/<date>-<number>.txt`) and, when `TELLER_PRINTER` names a
/// printer, sends that file to it with `lp`. Writing comes first: when only
/// printing fails, the message says the file was written and where.
public enum TicketPrinter {
    public static func print(_ text: String, name: String, branchFile: String,
                             environment: [String: String] = ProcessInfo.processInfo.environment) throws(LocalizedMessage) -> String {
        let folder = ((branchFile as NSString).deletingLastPathComponent as NSString).appendingPathComponent("tickets")
        let path = (folder as NSString).appendingPathComponent(name + ".txt")
        do {
            try PrivateFile.write(text, to: path)
        } catch {
            throw LocalizedMessage(.slipPrintFailed, "\(path): \(error.localizedDescription)")
        }
        if let printer = environment["TELLER_PRINTER"], !printer.isEmpty {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            process.arguments = ["lp", "-d", printer, path]
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            // The file is written by now: a printer failure says so, so the slip can still be handed over from it.
            do {
                try process.run()
                process.waitUntilExit()
            } catch {
                throw LocalizedMessage(.receptionSlipWrittenPrintFailed, path, printer, "lp: \(error.localizedDescription)")
            }
            guard process.terminationStatus == 0 else {
                throw LocalizedMessage(.receptionSlipWrittenPrintFailed, path, printer, "lp exit \(process.terminationStatus)")
            }
        }
        return path
    }
}
