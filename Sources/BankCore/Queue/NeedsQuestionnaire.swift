import Foundation

/// The standard questions a guide asks at reception, per business type, so
/// the counter does not ask again. Answers are stored as codes and shown in
/// the reader's language.
public struct NeedsQuestion: Sendable, Equatable {
    public var id: String
    /// Allowed answer codes; empty for free text.
    public var options: [String]
    public var required: Bool

    public init(id: String, options: [String], required: Bool) {
        self.id = id
        self.options = options
        self.required = required
    }

    public var isFreeText: Bool { options.isEmpty }
}

/// The questionnaire for each business type, and the rules for answers.
public enum NeedsQuestionnaire {
    public static let documentOptions = ["id_card", "passport", "id_and_bank_card", "permit", "none"]
    public static let amountOptions = ["none", "under_50k", "50k_200k", "over_200k"]
    public static let urgencyOptions = ["normal", "urgent"]
    public static let assistanceOptions = ["none", "elderly", "wheelchair", "hearing", "visual", "interpreter"]

    public static func services(for type: BusinessType) -> [String] {
        switch type {
        case .cash: return ["deposit", "withdrawal", "transfer", "exchange"]
        case .accounts: return ["open_account", "close_account", "change_details", "card_service"]
        case .loans: return ["loan_application", "loan_repayment", "loan_enquiry"]
        case .wealth: return ["buy_product", "redeem_product", "wealth_advice"]
        case .complaints: return ["complaint_service", "complaint_fees", "complaint_error", "complaint_other"]
        }
    }

    /// The questions for a business type, in the order they are asked.
    public static func questions(for type: BusinessType) -> [NeedsQuestion] {
        var questions = [
            NeedsQuestion(id: "service", options: services(for: type), required: true),
            NeedsQuestion(id: "documents", options: documentOptions, required: true),
        ]
        if type == .cash || type == .loans || type == .wealth {
            questions.append(NeedsQuestion(id: "amount", options: amountOptions, required: true))
        }
        questions.append(NeedsQuestion(id: "urgency", options: urgencyOptions, required: true))
        questions.append(NeedsQuestion(id: "assistance", options: assistanceOptions, required: true))
        questions.append(NeedsQuestion(id: "note", options: [], required: false))
        return questions
    }

    /// Checks answers: every required question answered with an allowed code,
    /// no unknown question, free text at most 200 characters. Returns the
    /// ids of the questions that are wrong.
    public static func problems(in answers: [String: String], for type: BusinessType) -> [String] {
        let questions = questions(for: type)
        var wrong: [String] = []
        for question in questions {
            let answer = answers[question.id]?.trimmingCharacters(in: .whitespaces) ?? ""
            if answer.isEmpty {
                if question.required { wrong.append(question.id) }
                continue
            }
            if question.isFreeText {
                if answer.count > 200 || answer.unicodeScalars.contains(where: { $0.value < 0x20 }) { wrong.append(question.id) }
            } else if !question.options.contains(answer) {
                wrong.append(question.id)
            }
        }
        let known = Set(questions.map(\.id))
        wrong += answers.keys.filter { !known.contains($0) }.sorted()
        return wrong
    }

    /// Whether the answers call for priority service.
    public static func suggestsPriority(_ answers: [String: String]) -> Bool {
        guard let assistance = answers["assistance"] else { return false }
        return assistance != "none"
    }
}
