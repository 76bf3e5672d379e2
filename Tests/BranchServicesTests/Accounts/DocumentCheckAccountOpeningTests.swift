import BankCore
import BankStore
@testable import BranchServices
import Foundation
import Localization
import Testing
import TestSupport

extension AccountOpeningTests {
    /// IdentityService.checkDocument / checkPassportMRZ against a real branch
    /// file: the precise refusal, and a masked row in `document_checks` either way.
    @Suite("Document checks") struct DocumentChecks {
        static let mrzLine1 = "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<"
        static let mrzLine2 = "L898902C36UTO7408122F1204159ZE184226B<<<<<10"

        struct CheckRow: Equatable {
            var type: String
            var masked: String
            var result: String
            var problem: String
            var customerID: Int64?
            var operatorID: Int64?
        }

        static func rows(_ branch: OpeningBranch) throws -> [CheckRow] {
            try branch.context.database.query("SELECT * FROM document_checks ORDER BY id").map {
                CheckRow(type: $0.string("id_type") ?? "", masked: $0.string("id_number_masked") ?? "",
                         result: $0.string("result") ?? "", problem: $0.string("problem") ?? "",
                         customerID: $0.int("customer_id"), operatorID: $0.int("operator_id"))
            }
        }

        @Test func validResidentIDIsAcceptedAndRecordedMasked() throws {
            let branch = try OpeningBranch()
            let number = OpeningBranch.residentID(birth: "19830321")
            let checked = try branch.identity.checkDocument(type: .residentID, number: number, expiry: nil, customerID: nil,
                                                            by: branch.teller)
            #expect(checked.number == number)
            #expect(checked.birthDate == BusinessDate("1983-03-21"))
            let rows = try Self.rows(branch)
            #expect(rows == [CheckRow(type: "resident_id", masked: Masking.idNumber(number), result: "accepted", problem: "",
                                      customerID: nil, operatorID: branch.teller.id)])
            #expect(rows[0].masked == "110105********" + String(number.suffix(4)))
            #expect(!rows[0].masked.contains("19830321"))
        }

        @Test func wrongCheckDigitIsRefusedAndRecordedMasked() throws {
            let branch = try OpeningBranch()
            let customer = try branch.register("Wang Xiaoming")
            let valid = OpeningBranch.residentID(birth: "19830321", sequence: "456")
            let last = valid.last!
            let wrong = String(valid.dropLast()) + (last == "0" ? "1" : "0")
            let message = failure {
                try branch.identity.checkDocument(type: .residentID, number: wrong, expiry: nil, customerID: customer.id,
                                                  by: branch.teller)
            }
            #expect(message?.key == .idCheckDigit)
            let rows = try Self.rows(branch)
            #expect(rows == [CheckRow(type: "resident_id", masked: Masking.idNumber(wrong), result: "refused",
                                      problem: StringKey.idCheckDigit.rawValue, customerID: customer.id,
                                      operatorID: branch.teller.id)])
            #expect(!rows[0].masked.contains(String(wrong.dropLast(4))))
        }

        @Test func passportNeedsAnExpiryThatHasNotPassed() throws {
            let branch = try OpeningBranch()
            let expired = failure {
                try branch.identity.checkDocument(type: .passport, number: "E12345678", expiry: BusinessDate("2026-03-15"),
                                                  customerID: nil, by: branch.guide)
            }
            #expect(expired?.key == .idExpired)
            #expect(expired?.arguments == ["2026-03-15"])
            let missing = failure {
                try branch.identity.checkDocument(type: .passport, number: "E12345678", expiry: nil, customerID: nil,
                                                  by: branch.guide)
            }
            #expect(missing?.key == .idExpiryMissing)
            // The expiry date itself is still a valid day.
            let lastDay = try branch.identity.checkDocument(type: .passport, number: "e 1234 5678",
                                                            expiry: BusinessDate("2026-03-16"), customerID: nil, by: branch.guide)
            #expect(lastDay.number == "E12345678")

            let rows = try Self.rows(branch)
            #expect(rows.map(\.result) == ["refused", "refused", "accepted"])
            #expect(rows.map(\.problem) == [StringKey.idExpired.rawValue, StringKey.idExpiryMissing.rawValue, ""])
            #expect(rows.allSatisfy { $0.type == "passport" && $0.masked == "E****5678" && $0.operatorID == branch.guide.id })
        }

        @Test func icaoSpecimenMRZIsExpiredIn2026AndAcceptedIn2010() throws {
            let branch = try OpeningBranch()
            let refused = failure {
                try branch.identity.checkPassportMRZ(line1: Self.mrzLine1, line2: Self.mrzLine2, customerID: nil, by: branch.teller)
            }
            #expect(refused?.key == .idExpired)
            #expect(refused?.arguments == ["2012-04-15"])

            branch.clock.set(Date(timeIntervalSince1970: 1_268_733_600))  // 2010-03-16
            let passport = try branch.identity.checkPassportMRZ(line1: Self.mrzLine1, line2: Self.mrzLine2, customerID: nil,
                                                                by: branch.teller)
            #expect(passport.documentNumber == "L898902C3")
            #expect(passport.surname == "ERIKSSON")
            #expect(passport.givenNames == "ANNA MARIA")
            #expect(passport.birthDate == BusinessDate("1974-08-12"))
            #expect(passport.expiryDate == BusinessDate("2012-04-15"))

            let rows = try Self.rows(branch)
            #expect(rows.map(\.result) == ["refused", "accepted"])
            #expect(rows.map(\.problem) == [StringKey.idExpired.rawValue, ""])
            #expect(rows.allSatisfy { $0.type == "passport" && $0.masked == Masking.idNumber("L898902C3") })
            #expect(rows.allSatisfy { !$0.masked.contains("898902") })
        }

        @Test func mrzWithABrokenCheckDigitIsRefusedAndRecorded() throws {
            let branch = try OpeningBranch()
            branch.clock.set(Date(timeIntervalSince1970: 1_268_733_600))  // 2010-03-16
            // Document number check digit 6 changed to 7.
            let tampered = "L898902C37UTO7408122F1204159ZE184226B<<<<<10"
            let message = failure {
                try branch.identity.checkPassportMRZ(line1: Self.mrzLine1, line2: tampered, customerID: nil, by: branch.teller)
            }
            #expect(message?.key == .mrzCheckDigitProblem)
            let rows = try Self.rows(branch)
            #expect(rows.count == 1)
            #expect(rows.first?.result == "refused")
            #expect(rows.first?.masked.contains("*") == true)
        }

        @Test func anInactiveOrUnknownOperatorRecordsNothing() throws {
            let branch = try OpeningBranch()
            var stranger = branch.teller
            stranger.id = 9_999
            let message = failure {
                try branch.identity.checkDocument(type: .residentID, number: OpeningBranch.residentID(birth: "19830321"),
                                                  expiry: nil, customerID: nil, by: stranger)
            }
            #expect(message?.key == .loginInactive)
            #expect(try branch.count("document_checks") == 0)
        }
    }
}
