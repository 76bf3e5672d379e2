import BankCore
import BranchServices
import Localization

/// A customer typed into a complaint or care form. Blank means nobody (an
/// anonymous complaint, a task without a customer); otherwise the text must
/// find exactly one customer by ID number, phone, account number or name.
enum CustomerLookup {
    /// The customer found, nil for blank text, or a message saying what to type instead.
    static func resolve(_ text: String, session: Session) -> Result<Customer?, CustomerLookupProblem> {
        let typed = text.trimmingCharacters(in: .whitespaces)
        guard !typed.isEmpty else { return .success(nil) }
        guard let actor = session.signedIn else { return .success(nil) }
        let found: [Customer]
        do {
            found = try CustomerService(session.context).search(typed, by: actor)
        } catch {
            return .failure(CustomerLookupProblem(text: error.text(in: session.strings)))
        }
        let exact = found.filter { $0.idNumber == typed.uppercased() || $0.phone == typed || $0.name == typed }
        if exact.count == 1 { return .success(exact[0]) }
        if found.count == 1 { return .success(found[0]) }
        if found.isEmpty { return .failure(CustomerLookupProblem(text: session.strings(.complaintCustomerNotFound))) }
        return .failure(CustomerLookupProblem(text: session.strings(.complaintCustomerAmbiguous, String(found.count))))
    }
}

/// Why typed customer text did not find one customer, in the operator's language.
struct CustomerLookupProblem: Error {
    var text: String
}
