import BankCore
import BranchServices
import Localization
import TerminalUI

/// Checks an identity document: type, number (or the two MRZ lines of a
/// passport) and expiry. The message says exactly which check failed; every
/// check is recorded. Opened from a customer's panel the check is recorded
/// for that customer: the document check in this visit that setting a PIN or
/// one-time code needs.
final class DocumentCheckScreen: FormKeyedScreen {
    private var form: Form
    private var verdict: (text: String, role: StyleRole)?
    /// The customer whose document this is, when opened from their panel.
    private let customer: Customer?

    init(session: Session, customer: Customer? = nil) {
        self.customer = customer
        let type = customer.flatMap { IDDocumentType.allCases.firstIndex(of: $0.idType) } ?? 0
        form = Form(fields: [
            .choice("type", "", options: IDDocumentType.allCases.map { ($0.rawValue, $0.rawValue) }, selected: type),
            .text("number", "", maxLength: 30, filter: .asciiPrintable, required: false),
            .text("expiry", "", maxLength: 10, filter: .asciiPrintable, required: false),
            .text("mrz1", "", maxLength: 44, filter: .asciiPrintable, required: false),
            .text("mrz2", "", maxLength: 44, filter: .asciiPrintable, required: false),
            .text("card", "", maxLength: 23, filter: .asciiPrintable, required: false),
        ], labelWidth: 22, requiredMessage: "")
    }

    var capturesText: Bool { form.focus > 0 }

    func title(_ session: Session) -> String { session.strings(.docCheckTitle) }

    func keyTable(_ session: Session) -> KeyTable<FormAction> {
        FormScreenKeys.table(session, submitTitle: .docCheckRun, submitHelp: .docCheckRunLong)
    }

    func formKey(_ key: Key, _ session: Session) -> KeyResult {
        guard form.handle(key, validate: { _, _ in nil }) == .submit, let actor = session.signedIn else { return .handled }
        form.markSaved()  // every check is recorded, whatever its verdict: leaving afterwards loses nothing
        let s = session.strings
        let type = IDDocumentType(rawValue: form.value("type")) ?? .residentID
        let service = IdentityService(session.context)
        do throws(LocalizedMessage) {
            if !form.value("card").trimmingCharacters(in: .whitespaces).isEmpty {
                // A bank card number: Luhn check, shown masked.
                switch IdentityRules.cardNumber(form.value("card")) {
                case .success(let number): verdict = (s(.cardOK, BankCardNumber.masked(number)), .success)
                case .failure(let problem): verdict = (problem.text(in: s), .error)
                }
                form.setValue("card", "")
                return .handled
            }
            if type == .passport, !form.value("mrz1").isEmpty || !form.value("mrz2").isEmpty {
                let mrz = try service.checkPassportMRZ(line1: form.value("mrz1"), line2: form.value("mrz2"), customerID: customer?.id,
                                                   by: actor)
                verdict = (s(.docCheckPassportOK, mrz.surname + " " + mrz.givenNames, mrz.documentNumber, mrz.expiryDate.description), .success)
            } else {
                let expiryText = form.value("expiry").trimmingCharacters(in: .whitespaces)
                let expiry = BusinessDate(expiryText)
                if !expiryText.isEmpty && expiry == nil { throw LocalizedMessage(.validDate) }
                let checked = try service.checkDocument(type: type, number: form.value("number"), expiry: expiry, customerID: customer?.id,
                                                   by: actor)
                let birth = checked.birthDate.map { "  " + s(.fieldBirthDate) + " " + $0.description } ?? ""
                verdict = (s(.docCheckOK, Masking.idNumber(checked.number)) + birth + linkText(checked, session: session, by: actor), .success)
            }
        } catch {
            verdict = (error.text(in: s), .error)
        }
        return .handled
    }

    /// Whom the recorded check was linked to: the customer, and the visit being served.
    private func linkText(_ checked: CheckedDocument, session: Session, by actor: Operator) -> String {
        guard let id = checked.customerID, let name = try? CustomerService(session.context).panel(customerID: id, by: actor).customer.name else {
            return ""
        }
        let s = session.strings
        if let ticketID = checked.ticketID, let ticket = try? QueueService(session.context).ticket(id: ticketID)?.ticket {
            return "  " + s(.identityCheckLinkedTicket, name, ticket.displayNumber)
        }
        return "  " + s(.identityCheckLinked, name)
    }

    func render(into buffer: inout CellBuffer, area: Rect, session: Session) -> Point? {
        let s = session.strings
        form.relabel(s, ["type": .fieldIDType, "number": .fieldIDNumber, "expiry": .fieldIDExpiry, "mrz1": .docCheckMRZ1,
                         "mrz2": .docCheckMRZ2, "card": .cardNumber], hints: ["card": .cardHint, "mrz1": .docCheckMRZHint, "mrz2": .docCheckMRZHint, "expiry": .validDate])
        if case .choice(_, let selected) = form.fields[0].input {
            form.fields[0].input = .choice(options: IDDocumentType.allCases.map { ($0.rawValue, session.idTypeName($0)) }, selected: selected)
        }
        let cursor = form.render(into: &buffer, at: Rect(x: area.x + 2, y: area.y + 1, width: area.width - 4, height: form.height))
        if let verdict {
            for (i, line) in TextLayout.wrap(verdict.text, width: area.width - 4).prefix(3).enumerated() {
                buffer.write(line, x: area.x + 2, y: area.y + 2 + form.height + i, role: verdict.role)
            }
        }
        return cursor
    }
}
