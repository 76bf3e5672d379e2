import BankCore
import BranchServices
import Localization
import TerminalUI

/// Verifies the person for one service: card PIN, one-time code, or a
/// fingerprint / face / photo result the teller attests. Every attempt is
/// recorded. `onVerified` continues the flow that asked for it.
final class VerifyCustomerScreen: FormKeyedScreen {
    private let customer: Customer
    private let service: String
    private let onVerified: (() -> Navigation)?
    private var form: Form
    /// The methods offered; a money operation accepts only PIN and one-time code, a large transfer only the code.
    private let methods: [VerificationMethod]
    static let allMethods: [VerificationMethod] = [.pin, .otp, .photo, .fingerprint, .face]

    init(session: Session, customer: Customer, service: String, methods: [VerificationMethod] = VerifyCustomerScreen.allMethods,
         onVerified: (() -> Navigation)? = nil) {
        self.customer = customer
        self.service = service
        self.onVerified = onVerified
        self.methods = methods.isEmpty ? Self.allMethods : methods
        var fields: [FormField] = [
            .choice("method", "", options: self.methods.map { ($0.rawValue, $0.rawValue) }),
            .text("secret", "", maxLength: 8, masked: true, filter: .digits, required: false),
        ]
        // The attested result only matters when a fingerprint, face or photo check is offered.
        if self.methods.contains(where: { [.photo, .fingerprint, .face].contains($0) }) {
            fields.append(.choice("result", "", options: [("passed", ""), ("failed", "")]))
        }
        form = Form(fields: fields, labelWidth: 24, requiredMessage: "")
    }

    var capturesText: Bool { form.focus == 1 }

    func title(_ session: Session) -> String { session.strings(.verifyTitle, customer.name) }

    func keyTable(_ session: Session) -> KeyTable<FormAction> { FormScreenKeys.table(session) }

    func formKey(_ key: Key, _ session: Session) -> KeyResult {
        guard form.handle(key, validate: { _, _ in nil }) == .submit, let actor = session.signedIn else { return .handled }
        let method = VerificationMethod(rawValue: form.value("method")) ?? .pin
        let identity = IdentityService(session.context)
        do throws(LocalizedMessage) {
            switch method {
            case .pin: try identity.verifyPIN(customerID: customer.id, pin: form.value("secret"), service: service, by: actor)
            case .otp: try identity.verifyOneTimeCode(customerID: customer.id, code: form.value("secret"), service: service, by: actor)
            case .photo, .fingerprint, .face:
                let passed = form.value("result") == "passed"
                try identity.attest(customerID: customer.id, method: method, passed: passed, service: service, by: actor)
                guard passed else { throw LocalizedMessage(.verifyFailedAttested) }
            }
            session.say(session.strings(.verifyPassed), .success)
            return .navigate(onVerified?() ?? .pop)
        } catch {
            form.setValue("secret", "")
            session.say(error)
            return .handled
        }
    }

    func render(into buffer: inout CellBuffer, area: Rect, session: Session) -> Point? {
        let s = session.strings
        form.relabel(s, ["method": .verifyMethod, "secret": .verifySecret, "result": .verifyResult],
                     hints: ["secret": .verifySecretHint, "result": .verifyResultHint])
        if case .choice(_, let selected) = form.fields[0].input {
            form.fields[0].input = .choice(options: methods.map { ($0.rawValue, session.coded("method", $0.rawValue)) }, selected: selected)
        }
        if form.fields.count > 2, case .choice(_, let selected) = form.fields[2].input {
            form.fields[2].input = .choice(options: [("passed", s(.verifyMatch)), ("failed", s(.verifyNoMatch))], selected: selected)
        }
        buffer.write(s(.verifyFor, session.serviceName(service)), in: Rect(x: area.x + 2, y: area.y, width: area.width - 4, height: 1), role: .dim)
        return form.render(into: &buffer, at: Rect(x: area.x + 2, y: area.y + 2, width: area.width - 4, height: area.height - 2))
    }
}
