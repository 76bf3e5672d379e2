import Foundation
import BankCore
import Testing

/// Watch-list CSV import: RFC 4180 quoting, encodings of line ends, header
/// order, and errors that name the line.
@Suite struct WatchListCSVAccountRulesTests {
    private typealias F = AccountRulesFixtures
    private static let header = "name,id_number,birth_date,list,reason"

    private static func error(_ text: String) -> WatchListCSV.LineError? {
        do {
            _ = try WatchListCSV.parse(text)
            return nil
        } catch {
            return error
        }
    }

    @Test func plainRows() throws {
        let entries = try WatchListCSV.parse("""
            \(Self.header)
            John Smith,P1234567,1970-03-15,UN,sanctions
            Jane Doe,,,internal,fraud
            王小明,11010519491231002X,1949-12-31,PBOC,terrorist financing

            """)
        #expect(entries == [
            WatchListEntry(name: "John Smith", idNumber: "P1234567", birthDate: F.day("1970-03-15"), list: "UN", reason: "sanctions"),
            WatchListEntry(name: "Jane Doe", idNumber: nil, birthDate: nil, list: "internal", reason: "fraud"),
            WatchListEntry(name: "王小明", idNumber: "11010519491231002X", birthDate: F.day("1949-12-31"), list: "PBOC",
                           reason: "terrorist financing"),
        ])
    }

    @Test func quotedFieldsWithCommasDoubledQuotesAndNewlines() throws {
        let text = Self.header + "\n"
            + "\"Smith, John\",P1,1970-03-15,UN,\"says \"\"hello\"\", often\"\n"
            + "\"Doe\nJane\",,,\"EU\",\"line one\nline two\"\n"
            + "\"\",X,,UN,\"\"\"\"\n"
        let error = Self.error(text)
        #expect(error == WatchListCSV.LineError(line: 6, message: "the name is empty"))
        let entries = try WatchListCSV.parse(text.replacingOccurrences(of: "\"\",X", with: "Zed,X"))
        #expect(entries.count == 3)
        #expect(entries[0].name == "Smith, John")
        #expect(entries[0].reason == "says \"hello\", often")
        #expect(entries[1].name == "Doe\nJane")
        #expect(entries[1].list == "EU")
        #expect(entries[1].reason == "line one\nline two")
        #expect(entries[2].reason == "\"")
        #expect(entries[2].idNumber == "X")
    }

    @Test func byteOrderMarkAndCRLF() throws {
        let text = "\u{FEFF}" + Self.header + "\r\n" + "John Smith,P1,1970-03-15,UN,sanctions\r\n"
            + "\"Jane\r\nDoe\",,,EU,x\r\n"
        let entries = try WatchListCSV.parse(text)
        #expect(entries.map(\.name) == ["John Smith", "Jane\nDoe"])
        #expect(entries[0].reason == "sanctions")
        #expect(entries[0].birthDate == F.day("1970-03-15"))
        // A bad row after a CRLF record with an embedded line break is named by its own line (5).
        #expect(Self.error(text + ",,,EU,x\r\n") == WatchListCSV.LineError(line: 5, message: "the name is empty"))
    }

    @Test func lastRowWithoutLineBreak() throws {
        let entries = try WatchListCSV.parse(Self.header + "\nJohn Smith,,,UN,x")
        #expect(entries.map(\.name) == ["John Smith"])
    }

    @Test func reorderedColumnsCaseInsensitiveHeaderAndExtraColumn() throws {
        let entries = try WatchListCSV.parse("""
            Reason, LIST ,Source,Birth_Date,Name,ID_Number
            sanctions,UN,OFAC feed 2026-11,1970-03-15,John Smith,P1234567
            fraud,internal,,,Jane Doe,
            """)
        #expect(entries == [
            WatchListEntry(name: "John Smith", idNumber: "P1234567", birthDate: F.day("1970-03-15"), list: "UN", reason: "sanctions"),
            WatchListEntry(name: "Jane Doe", list: "internal", reason: "fraud"),
        ])
    }

    @Test func valuesAreTrimmed() throws {
        let entries = try WatchListCSV.parse(Self.header + "\n  John Smith , P1 , 1970-03-15 , UN , x \n")
        #expect(entries == [WatchListEntry(name: "John Smith", idNumber: "P1", birthDate: F.day("1970-03-15"), list: "UN", reason: "x")])
    }

    @Test func headerOnlyOrBlankLinesGiveNoEntries() throws {
        #expect(try WatchListCSV.parse(Self.header).isEmpty)
        #expect(try WatchListCSV.parse(Self.header + "\n\n\r\n").isEmpty)
    }

    @Test func badBirthDateNamesTheLine() {
        let text = Self.header + "\nJohn Smith,,1970-03-15,UN,x\nJane Doe,,1970-02-30,UN,x\n"
        let error = Self.error(text)
        #expect(error?.line == 3)
        #expect(error?.message.contains("1970-02-30") == true)
        #expect(Self.error(Self.header + "\nA,,15/03/1970,UN,x")?.line == 2)
        #expect(Self.error(Self.header + "\nA,,1970-3-15,UN,x")?.line == 2)
    }

    @Test func emptyNameNamesTheLine() {
        #expect(Self.error(Self.header + "\nA,,,UN,x\n\n   ,P1,,UN,x\n") == WatchListCSV.LineError(line: 4, message: "the name is empty"))
        // A record spanning lines 2–3 is fine; the bad one starts on line 4.
        #expect(Self.error(Self.header + "\n\"A\nB\",,,UN,x\n,,,UN,x\n")?.line == 4)
    }

    @Test func headerProblemsNameLineOne() {
        #expect(Self.error("")?.line == 1)
        #expect(Self.error("name,id_number,birth_date,list\nA,,,UN")?.line == 1)
        #expect(Self.error("name,id_number,birth_date,list\nA,,,UN")?.message.contains("reason") == true)
        #expect(Self.error("name,id_number,birth_date,list,reason,NAME\nA,,,UN,x,B")?.line == 1)
    }

    @Test func wrongFieldCountNamesTheLine() {
        #expect(Self.error(Self.header + "\nA,,,UN,x\nB,,,UN\n")?.line == 3)
        #expect(Self.error(Self.header + "\nA,,,UN,x,extra\n")?.line == 2)
    }

    @Test func quotingErrorsNameTheLine() {
        #expect(Self.error(Self.header + "\nA,,,UN,x\n\"B,,,UN,x\n")?.line == 3)
        #expect(Self.error(Self.header + "\nJohn \"Jack\" Smith,,,UN,x\n")?.line == 2)
        #expect(Self.error(Self.header + "\n\"John\"x,,,UN,x\n")?.line == 2)
    }
}
