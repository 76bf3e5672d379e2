import BankCore
import BankStore
import Foundation
import Localization

/// The receipt a complainant takes home: the registration number, what was
/// registered and the date by which the branch will respond. Bilingual,
/// because the customer keeps it; printed the way queue tickets are (a text
/// file beside the branch file, and the printer when `TELLER_PRINTER` is set).
public enum ComplaintSlip {
    /// The slip's text. `customerName` is nil for an anonymous complaint.
    public static func text(_ complaint: ComplaintRecord, branch: Branch?, customerName: String?) -> String {
        let both = CashVoucherText.both
        let who = customerName ?? both(.complaintReceiptAnonymous)
        let contact = complaint.contact.isEmpty ? "" : " (\(complaint.contact))"
        let description = complaint.description.count > 200 ? String(complaint.description.prefix(200)) + "…" : complaint.description
        return """
        \(both(.complaintReceiptTitle))
        \(both(.complaintReceiptNumber)): \(complaint.number)
        \(both(.voucherBranch)): \(branch.map { "\($0.code) \($0.name)" } ?? "")
        \(both(.complaintReceiptReceived)): \(received(complaint))
        \(both(.complaintReceiptChannel)): \(VoucherText.coded("complaintChannel", complaint.channel.rawValue))
        \(both(.complaintReceiptCategory)): \(VoucherText.coded("complaintCategory", complaint.category.rawValue))
        \(both(.complaintReceiptSeverity)): \(VoucherText.coded("complaintSeverity", complaint.severity.rawValue))
        \(both(.voucherCustomer)): \(who)\(contact)
        \(both(.complaintReceiptText)): \(description)
        \(both(.complaintReceiptRemedy)): \(complaint.remedyWanted.isEmpty ? "—" : complaint.remedyWanted)
        \(both(.complaintReceiptRespondBy)): \(BusinessDate(date: complaint.dueAt).description)
        \(BothLanguages(separator: "\n")(.complaintReceiptQuoteNumber))

        """
    }

    /// When it came in: its business date (the one in its number) and the clock's time of day.
    public static func received(_ complaint: ComplaintRecord) -> String {
        "\(complaint.businessDate) \(LocalTimeText.hoursMinutes(complaint.receivedAt))"
    }

    /// Writes the slip (`tickets/complaint-<number>.txt`) and prints it when a printer is configured; returns the file's path.
    public static func print(_ complaint: ComplaintRecord, branch: Branch?, customerName: String?,
                             branchFile: String) throws(LocalizedMessage) -> String {
        try TicketPrinter.print(text(complaint, branch: branch, customerName: customerName), name: "complaint-\(complaint.number)",
                                branchFile: branchFile)
    }
}
