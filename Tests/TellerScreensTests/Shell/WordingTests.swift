import BankCore
import BranchServices
import Foundation
@testable import Localization
import Testing
import TerminalUI
@testable import TellerScreens

/// Issue 13, wording: English counts agree with their nouns, Chinese says
/// 个百分点, and no internal name (a Swift property, a stored code, an
/// operator's number) reaches the reader.
struct WordingTests {
    let english = Strings(.english)
    let chinese = Strings(.chinese)

    @Test func englishCountsAgreeWithTheirNouns() {
        #expect(english(.lockIdle, "1") == "Locked after 1 minute without a key press.")
        #expect(english(.lockIdle, "5") == "Locked after 5 minutes without a key press.")
        #expect(english(.careDormantScheduled, "1") == "1 dormant-account follow-up task created.")
        #expect(english(.careDormantScheduled, "3") == "3 dormant-account follow-up tasks created.")
        #expect(english(.loginAttemptsLeft, "1").contains("1 attempt left"))
        #expect(english(.booksClean, "1", "2").contains("1 journal entry, 2 audit records"))
        // Chinese has no plural: the same text for every count.
        #expect(chinese(.lockIdle, "1").contains("1"))
        #expect(!chinese(.lockIdle, "1").contains("|"))
        for key in StringKey.all {
            let text = key.text(.english, ["2", "2", "2"])
            #expect(!text.contains("(s)"), "\(key): \(text)")
            #expect(!text.contains("{0:") && !text.contains("|"), "\(key): \(text)")
        }
    }

    @Test func percentagePointsAreNamedInTheReadersLanguage() {
        #expect(KPIFigure.noShowRate.formatChange(-0.05, points: chinese(.uiPercentPoints)) == "-5.0个百分点")
        #expect(KPIFigure.noShowRate.formatChange(0.05, points: english(.uiPercentPoints)) == "+5.0pp")
    }

    /// A camelCase or snake_case word: how code names things, never how people do.
    static func looksInternal(_ code: String) -> Bool {
        code.contains("_") || code.contains { $0.isUppercase }
    }

    @Test func storedCodesInMessagesAreNamedInWords() {
        var codes: [(StringKey1, String, String)] = []
        codes += Permission.allCases.map { (.errorForbidden, "uiPermission", $0.rawValue) }
        codes += TicketStatus.allCases.map { (.queueWrongState, "ticketStatus", $0.rawValue) }
        codes += KYCField.allCases.map { (.kycFieldProblem, "uiKYCField", $0.rawValue) }
        codes += BusinessType.allCases.flatMap { NeedsQuestionnaire.questions(for: $0).map { (.queueNeedsMissing, "need", $0.id) } }
        for (key, family, code) in codes {
            #expect(StringKey.coded(family, code) != nil, "no words for \(family) \(code)")
            let message = LocalizedMessage(key, code)
            for strings in [english, chinese] {
                let text = message.text(in: strings)
                #expect(!text.contains("{"), "\(text)")
                if Self.looksInternal(code) { #expect(!text.contains(code), "\(code) leaks: \(text)") }
            }
        }
        #expect(LocalizedMessage(.errorForbidden, "customerLookup").text(in: english)
                == "Your role may not do this (customer lookup).")
    }

    @Test func aServiceRefusalNamesThePermissionNotItsCode() throws {
        let w = try Workstation()
        let guide = try w.queueOperator("guide")
        #expect(throws: LocalizedMessage.self) { try QueueService(w.context).openCounter(number: 1, serves: [.cash], by: guide) }
        do {
            _ = try QueueService(w.context).openCounter(number: 1, serves: [.cash], by: guide)
        } catch {
            #expect(!error.text(in: english).contains("counter)"), "\(error.text(in: english))")
            #expect(error.text(in: english) == "Your role may not do this (counter service).")
            #expect(error.text(in: chinese).contains("柜台服务"))
        }
    }

    @Test func operatorNumbersInStoredDetailsAreShownAsOperatorIDs() {
        let names: [Int64: String] = [4: "super"]
        #expect(OperatorMentions.named("entry 12 approved by operator 4: checked the count") { names[$0] }
                == "entry 12 approved by super: checked the count")
        #expect(OperatorMentions.named("operator 99 unknown, operator x") { names[$0] } == "operator 99 unknown, operator x")
        let approval = OperatorMentions.approval(in: "exceptional until 2026-04-01: busy approved by operator 4: ok")
        #expect(approval?.approverID == 4)
        #expect(approval.map { String($0.before) } == "exceptional until 2026-04-01: busy")
        #expect(approval.map { String($0.after) } == ": ok")
        #expect(chinese(.uiApprovedBy, "super") == "由 super 批准")
    }

    @Test func anOverLongNoteIsRefusedNotCut() throws {
        let w = try Workstation()
        let guide = try w.queueOperator("guide")
        var needs = ["service": "deposit", "documents": "id_card", "urgency": "normal", "assistance": "none",
                     "note": String(repeating: "长", count: 201)]
        needs["amount"] = "none"
        do {
            _ = try QueueService(w.context).issue(type: .cash, priority: nil, customerID: nil, needs: needs, by: guide)
            Issue.record("a 201-character note was accepted")
        } catch {
            #expect(error.text(in: english).contains("\"Note\""), "\(error.text(in: english))")
        }
    }
}
