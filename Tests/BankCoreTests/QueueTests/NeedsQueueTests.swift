import BankCore
import Foundation
import Testing

/// The reception questionnaire: which questions, and which answers are refused.
@Suite struct NeedsQueueTests {
    static let cashAnswers = ["service": "deposit", "documents": "id_and_bank_card", "amount": "under_50k",
                              "urgency": "normal", "assistance": "none"]
    static let accountAnswers = ["service": "open_account", "documents": "id_card", "urgency": "urgent", "assistance": "none"]

    @Test func completeAnswersPass() {
        #expect(NeedsQuestionnaire.problems(in: Self.cashAnswers, for: .cash).isEmpty)
        #expect(NeedsQuestionnaire.problems(in: Self.accountAnswers, for: .accounts).isEmpty)
        var withNote = Self.cashAnswers
        withNote["note"] = "brings coins"
        #expect(NeedsQuestionnaire.problems(in: withNote, for: .cash).isEmpty)
    }

    @Test func missingRequiredAnswersAreReported() {
        #expect(NeedsQuestionnaire.problems(in: [:], for: .cash) == ["service", "documents", "amount", "urgency", "assistance"])
        var answers = Self.cashAnswers
        answers["documents"] = nil
        answers["urgency"] = "   "
        #expect(NeedsQuestionnaire.problems(in: answers, for: .cash) == ["documents", "urgency"])
        // The note is optional.
        #expect(!NeedsQuestionnaire.problems(in: [:], for: .cash).contains("note"))
    }

    @Test func unknownCodeIsRefused() {
        var answers = Self.cashAnswers
        answers["service"] = "open_account"  // an accounts service, not a cash one
        #expect(NeedsQuestionnaire.problems(in: answers, for: .cash) == ["service"])
        answers = Self.cashAnswers
        answers["amount"] = "a_lot"
        #expect(NeedsQuestionnaire.problems(in: answers, for: .cash) == ["amount"])
    }

    @Test func unknownQuestionIsRefused() {
        var answers = Self.accountAnswers
        answers["shoe_size"] = "42"
        answers["amount"] = "under_50k"  // accounts do not ask the amount
        #expect(NeedsQuestionnaire.problems(in: answers, for: .accounts) == ["amount", "shoe_size"])
    }

    @Test func noteTooLongOrWithControlCharactersIsRefused() {
        var answers = Self.cashAnswers
        answers["note"] = String(repeating: "字", count: 200)
        #expect(NeedsQuestionnaire.problems(in: answers, for: .cash).isEmpty)
        answers["note"] = String(repeating: "x", count: 201)
        #expect(NeedsQuestionnaire.problems(in: answers, for: .cash) == ["note"])
        answers["note"] = "line\nbreak"
        #expect(NeedsQuestionnaire.problems(in: answers, for: .cash) == ["note"])
    }

    @Test func amountIsAskedOnlyForCashLoansAndWealth() {
        for type in BusinessType.allCases {
            let ids = NeedsQuestionnaire.questions(for: type).map(\.id)
            let asksAmount = [.cash, .loans, .wealth].contains(type)
            #expect(ids.contains("amount") == asksAmount, "\(type)")
            #expect(ids.first == "service" && ids.last == "note", "\(type)")
            let service = NeedsQuestionnaire.questions(for: type)[0]
            #expect(service.options == NeedsQuestionnaire.services(for: type) && service.required)
        }
        #expect(NeedsQuestionnaire.questions(for: .complaints).map(\.id) == ["service", "documents", "urgency", "assistance", "note"])
    }

    @Test func assistanceSuggestsPriority() {
        #expect(!NeedsQuestionnaire.suggestsPriority(Self.cashAnswers))
        #expect(!NeedsQuestionnaire.suggestsPriority([:]))
        var answers = Self.cashAnswers
        answers["assistance"] = "wheelchair"
        #expect(NeedsQuestionnaire.suggestsPriority(answers))
    }

    @Test func ticketNumbersShowTheSeries() {
        let day = BusinessDate("2026-03-02")!
        let issued = Date(timeIntervalSince1970: 0)
        #expect(Ticket(id: 1, businessDate: day, series: "A", number: 7, businessType: .cash, issuedAt: issued).displayNumber == "A007")
        let vip = Ticket(id: 2, businessDate: day, series: BusinessType.prioritySeries, number: 12, businessType: .loans,
                         priority: .vip, issuedAt: issued)
        #expect(vip.displayNumber == "V012" && vip.isPriority)
        #expect(BusinessType.allCases.map(\.series) == ["A", "B", "C", "D", "E"])
        #expect(CounterState.allCases.filter(\.takesCustomers) == [.open, .serving])
        #expect(Appointment.isValidTime("09:30") && Appointment.isValidTime("23:59"))
        #expect(!Appointment.isValidTime("24:00") && !Appointment.isValidTime("9:30") && !Appointment.isValidTime("09:60"))
    }
}
