import BankCore
import BranchServices
import Localization

/// The application being typed, shared by the application form and the
/// screens it opens (collateral, guarantors, documents), so what is added on
/// one of them is there when the form saves the draft, and leaving with
/// unsaved changes asks first.
final class LoanApplicationWork {
    var input: LoanApplicationInput
    let customerName: String
    /// The draft's id and number once it has been saved.
    private(set) var applicationID: Int64?
    private(set) var number: String?
    private(set) var documentsSeen: Set<LoanDocument> = []
    /// The products the form offers (active ones, and the draft's own).
    let products: [LoanProduct]
    /// Collateral or guarantors changed since the last save.
    var changed = false

    init(input: LoanApplicationInput, customerName: String, products: [LoanProduct]) {
        self.input = input
        self.customerName = customerName
        self.products = products
    }

    /// The work of a saved draft: its figures as the form types them (`LoanApplicationService.input`).
    convenience init(draft: LoanApplication, input: LoanApplicationInput, customerName: String, products: [LoanProduct]) {
        self.init(input: input, customerName: customerName, products: products)
        adopt(draft)
    }

    var product: LoanProduct? { products.first { $0.code == input.productCode } }

    /// Saves the figures as a draft (new, or replacing this one's).
    func save(_ session: Session) throws(LocalizedMessage) {
        guard let actor = session.signedIn else { return }
        adopt(try LoanApplicationService(session.context).saveDraft(input, applicationID: applicationID, by: actor))
        changed = false
    }

    /// Ticks or unticks a document of the checklist (the draft is saved first when it never was).
    func setDocument(_ document: LoanDocument, seen: Bool, _ session: Session) throws(LocalizedMessage) {
        guard let actor = session.signedIn else { return }
        if applicationID == nil { try save(session) }
        guard let id = applicationID else { return }
        adopt(try LoanApplicationService(session.context).setDocument(document, seen: seen, applicationID: id, by: actor))
    }

    private func adopt(_ application: LoanApplication) {
        applicationID = application.id
        number = application.number
        documentsSeen = application.documentsSeen
    }
}

/// What the loan screens need from the rest of the desk: products, the
/// customer's name and default account, read once when a screen opens.
enum LoanDeskData {
    /// Products the form may offer: the active ones, plus `keeping` when a draft was made under one since retired.
    static func products(_ session: Session, keeping code: String? = nil) -> [LoanProduct] {
        guard let actor = session.signedIn else { return [] }
        do {
            let all = try LoanProductService(session.context).products(includeInactive: code != nil, by: actor)
            return all.filter { $0.active || $0.code == code }
        } catch {
            session.say(error)
            return []
        }
    }

    static func customerName(_ customerID: Int64, _ session: Session) -> String {
        guard let actor = session.signedIn else { return "" }
        return (try? CustomerService(session.context).panel(customerID: customerID, by: actor).customer.name) ?? "#\(customerID)"
    }

    /// The customer's CNY accounts that are not closed, active ones first.
    static func cnyAccounts(_ customerID: Int64, _ session: Session) -> [AccountRecord] {
        ServedTicket(ticketID: 0, customerID: customerID).cnyAccounts(session).sorted { ($0.status == .active ? 0 : 1) < ($1.status == .active ? 0 : 1) }
    }

    /// A new application's work for `customerID`, the account defaulting to their CNY account.
    static func newWork(customerID: Int64, ticketID: Int64?, _ session: Session) -> LoanApplicationWork {
        let products = products(session)
        let input = LoanApplicationInput(customerID: customerID, productCode: products.first?.code ?? "",
                                         method: products.first?.methods.first ?? .equalInstalment,
                                         accountNumber: cnyAccounts(customerID, session).first?.number ?? "", ticketID: ticketID)
        return LoanApplicationWork(input: input, customerName: customerName(customerID, session), products: products)
    }

    /// A saved draft's work, or nil (and a message) when it cannot be read.
    static func draftWork(applicationID: Int64, _ session: Session) -> LoanApplicationWork? {
        guard let actor = session.signedIn else { return nil }
        do {
            let service = LoanApplicationService(session.context)
            let draft = try service.application(id: applicationID, by: actor)
            return LoanApplicationWork(draft: draft, input: try service.input(applicationID: applicationID, by: actor),
                                       customerName: customerName(draft.customerID, session), products: products(session, keeping: draft.productCode))
        } catch {
            session.say(error)
            return nil
        }
    }
}
