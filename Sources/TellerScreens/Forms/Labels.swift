import BankCore
import BranchServices
import Foundation
import Localization

/// Translated names for domain codes. Codes that come in families (need
/// answers, statuses, outcomes) are looked up by a `family_code` key, and a
/// test checks every code has one.
extension Session {
    func coded(_ family: String, _ code: String) -> String {
        guard let key = StringKey.coded(family, code) else { return code }
        return strings(key)
    }

    func typeName(_ type: BusinessType) -> String { strings(Self.typeKey(type)) }

    /// The string key naming a business type (the lobby board shows it in both languages).
    static func typeKey(_ type: BusinessType) -> StringKey0 {
        switch type {
        case .cash: return .typeCash
        case .accounts: return .typeAccounts
        case .loans: return .typeLoans
        case .wealth: return .typeWealth
        case .complaints: return .typeComplaints
        }
    }

    func priorityName(_ reason: PriorityReason?) -> String {
        switch reason {
        case nil: return strings(.priorityNone)
        case .elderly: return strings(.priorityElderly)
        case .disabled: return strings(.priorityDisabled)
        case .pregnant: return strings(.priorityPregnant)
        case .vip: return strings(.priorityVip)
        }
    }

    func needLabel(_ code: String) -> String { coded("need", code) }
    func ticketStatusName(_ status: TicketStatus) -> String { coded("ticketStatus", status.rawValue) }
    func outcomeName(_ outcome: ServiceOutcome) -> String { coded("outcome", outcome.rawValue) }
    func counterStateName(_ state: CounterState) -> String { coded("counterState", state.rawValue) }
    func idTypeName(_ type: IDDocumentType) -> String { coded("idType", type.rawValue) }
    func riskName(_ level: RiskLevel) -> String { coded("risk", level.rawValue) }
    func assistanceName(_ need: AssistanceNeed) -> String { coded("need", need.rawValue) }
    func appointmentStatusName(_ status: AppointmentStatus) -> String { coded("appointmentStatus", status.rawValue) }

    /// Questionnaire answers as one line, in the reader's language.
    func needsSummary(_ needs: [String: String], type: BusinessType) -> String {
        NeedsQuestionnaire.questions(for: type).compactMap { question -> String? in
            guard let answer = needs[question.id], !answer.isEmpty else { return nil }
            if question.isFreeText { return needLabel(question.id) + ": " + answer }
            return needLabel(question.id) + ": " + needLabel(answer)
        }.joined(separator: "; ")
    }

    /// A wait in minutes, or the "no counter" text.
    func waitText(_ seconds: TimeInterval?) -> String {
        guard let seconds else { return strings(.receptionNoCounter) }
        return strings(.receptionMinutes, String(WaitEstimator.minutes(seconds)))
    }

    /// A stored screening detail with its match-kind codes translated.
    func screeningText(_ detail: String) -> String {
        var text = detail
        for kind in ["idNumber", "nameAndBirthDate", "nameOnly"] {
            text = text.replacingOccurrences(of: kind + ":", with: coded("matchKind", kind) + ":")
        }
        return text
    }

    /// The service a verification is for, in words.
    func serviceName(_ service: String) -> String {
        if service.hasPrefix("account_opening:") { return strings(.serviceAccountOpening, String(service.dropFirst(16))) }
        if service == "general" { return strings(.serviceGeneral) }
        if service.hasPrefix("withdrawal:") { return strings(.withdrawService, AccountNumber.masked(String(service.dropFirst(11)))) }
        if service.hasPrefix("transfer:") { return strings(.transferService, AccountNumber.masked(String(service.dropFirst(9)))) }
        if service.hasPrefix("reactivation:") {
            return strings(.panelReactivationService, AccountNumber.masked(String(service.dropFirst(13))))
        }
        let guardian = AccountOpeningService.guardianServicePrefix
        if service.hasPrefix(guardian) { return strings(.openingGuardianService, String(service.dropFirst(guardian.count))) }
        return service
    }
}
