import BankCore
import BranchServices
import Foundation
import Localization
import TerminalUI

/// One account application in full, as the supervisor reads it before
/// deciding: who entered it and when, the customer (ID masked as on the
/// panel), the product and risk, the KYC answers, the guardian of a minor and
/// the whole watch-list hit. Read only; Esc goes back to the list.
final class ApplicationReviewScreen: KeyedScreen {
    /// Read only: no keys of its own (Esc is the application's Back).
    enum Action: Hashable, Sendable {}

    private let review: ApplicationReview

    init(review: ApplicationReview) { self.review = review }

    var capturesText: Bool { false }

    func title(_ session: Session) -> String { session.strings(.reviewDetailTitle, String(review.application.id)) }

    func keyTable(_ session: Session) -> KeyTable<Action> { KeyTable([]) }

    func handle(_ key: Key, session: Session) -> KeyResult { .ignored }

    func perform(_ action: Action, key: Key, session: Session) -> KeyResult {}

    /// Label and value pairs, in reading order.
    func rows(_ session: Session) -> [(String, String)] {
        let s = session.strings
        let a = review.application
        var rows: [(String, String)] = [
            (s(.reviewEnteredBy), review.maker.map { "\($0.displayName) (\($0.username))" } ?? String(a.makerID)),
            (s(.reviewEnteredAt), session.timestamp(a.createdAt)),
            (s(.fieldName), review.customer?.name ?? "?"),
            (s(.fieldIDNumber), review.customer.map { session.idTypeName($0.idType) + " " + Masking.idNumber($0.idNumber) } ?? ""),
            (s(.fieldBirthDate), review.customer?.birthDate.description ?? ""),
            (s(.reviewProduct), session.coded("accountType", a.accountType.rawValue) + " " + a.currency.rawValue),
            (s(.panelRisk), session.riskName(a.riskLevel) + " (\(a.riskScore))"
                + (a.riskReasons.isEmpty ? "" : ": " + a.riskReasons.split(separator: ",").map { session.coded("riskReason", String($0)) }
                    .joined(separator: ", "))),
        ]
        if let guardian = review.guardian {
            rows.append((s(.openingGuardian), guardian.name + " " + Masking.idNumber(guardian.idNumber)))
        }
        if let kyc = review.kyc {
            rows += [
                (s(.kycOccupation), kyc.occupation),
                (s(.kycEmployer), kyc.employer),
                (s(.kycIncome), session.coded("income", kyc.income.rawValue)),
                (s(.fieldAddress), kyc.address),
                (s(.kycPurpose), session.coded("purpose", kyc.purpose.rawValue)),
                (s(.kycTax), session.coded("tax", kyc.taxResidency.rawValue)),
                (s(.kycPEP), kyc.politicallyExposed ? s(.yes) : s(.no)),
            ]
        }
        rows.append((s(.reviewDocuments), a.documents.split(separator: ",").map { session.coded("doc", String($0)) }.joined(separator: " + ")))
        rows.append((s(.reviewHitLabel), a.screeningDetail.isEmpty ? s(.reviewNoHit) : session.screeningText(a.screeningDetail)))
        return rows
    }

    func render(into buffer: inout CellBuffer, area: Rect, session: Session) -> Point? {
        let x = area.x + 2
        let labelWidth = 18
        let width = max(10, area.width - labelWidth - 5)
        var y = area.y + 1
        for (label, value) in rows(session) {
            // Every value wraps: the watch-list hit in particular is shown whole.
            let lines = TextLayout.wrap(value, width: width)
            for (i, line) in (lines.isEmpty ? [""] : lines).enumerated() where y < area.maxY {
                if i == 0 { buffer.write(TextLayout.fit(label, width: labelWidth), x: x, y: y, role: .label) }
                buffer.write(line, x: x + labelWidth + 1, y: y, role: label == session.strings(.reviewHitLabel) ? .warning : .normal)
                y += 1
            }
        }
        return nil
    }
}
