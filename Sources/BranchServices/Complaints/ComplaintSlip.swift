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
        let who = customerName ?? "Anonymous 匿名"
        let contact = complaint.contact.isEmpty ? "" : " (\(complaint.contact))"
        let description = complaint.description.count > 200 ? String(complaint.description.prefix(200)) + "…" : complaint.description
        return """
        COMPLAINT RECEIPT 投诉受理回执
        Registration No. 登记号: \(complaint.number)
        Branch 网点: \(branch.map { "\($0.code) \($0.name)" } ?? "")
        Received 受理时间: \(received(complaint))
        Channel 渠道: \(VoucherText.both("complaintChannel", complaint.channel.rawValue))
        Category 类别: \(VoucherText.both("complaintCategory", complaint.category.rawValue))
        Severity 严重程度: \(VoucherText.both("complaintSeverity", complaint.severity.rawValue))
        Customer 客户: \(who)\(contact)
        Your complaint 投诉内容: \(description)
        Remedy wanted 诉求: \(complaint.remedyWanted.isEmpty ? "—" : complaint.remedyWanted)
        We will respond by 答复期限: \(BusinessDate(date: complaint.dueAt).description)
        Please quote the registration number when you contact us.
        查询进度时请提供登记号。

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
