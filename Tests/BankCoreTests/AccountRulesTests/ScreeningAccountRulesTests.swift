import BankCore
import Testing

/// Watch-list screening on fixed data, near misses included.
@Suite struct ScreeningAccountRulesTests {
    private typealias F = AccountRulesFixtures

    private static let johnSmith = WatchListEntry(name: "SMITH, John", idNumber: "P1234567", birthDate: F.day("1970-03-15"),
                                                  list: "UN", reason: "sanctions")
    private static let janeDoe = WatchListEntry(name: "Jane Doe", list: "internal", reason: "fraud")
    private static let wang = WatchListEntry(name: "王小明", idNumber: "11010519491231002X", birthDate: F.day("1949-12-31"),
                                             list: "PBOC", reason: "terrorist financing")
    private static let list = [johnSmith, janeDoe, wang]

    private static func kinds(_ name: String, id: String = "E00000000", born: String = "1970-03-15") -> [WatchListMatchKind] {
        WatchListScreening.screen(name: name, idNumber: id, birthDate: F.day(born), against: list).map(\.kind)
    }

    @Test func latinNormalization() {
        #expect(WatchListScreening.normalizedName("Smith, John") == "JOHN SMITH")
        #expect(WatchListScreening.normalizedName("john  SMITH") == "JOHN SMITH")
        #expect(WatchListScreening.normalizedName("JOHN SMITH") == "JOHN SMITH")
        #expect(WatchListScreening.normalizedName(" smith\tjohn ") == "JOHN SMITH")
        #expect(WatchListScreening.normalizedName("Jean-Paul Sartre") == WatchListScreening.normalizedName("Sartre Jean Paul"))
        #expect(WatchListScreening.normalizedName("O'Brien, Seán") == "OBRIEN SEAN")
        #expect(WatchListScreening.normalizedName("José Müller") == "JOSE MULLER")
        #expect(WatchListScreening.normalizedName("123 ,.-") == "")
    }

    @Test func chineseNormalization() {
        #expect(WatchListScreening.normalizedName("王 小明") == "王小明")
        #expect(WatchListScreening.normalizedName("王\u{3000}小明") == "王小明")
        #expect(WatchListScreening.normalizedName("约翰·史密斯") == "约翰史密斯")
        #expect(WatchListScreening.normalizedName("约翰・史密斯") == "约翰史密斯")
        #expect(WatchListScreening.normalizedName("王小明") != WatchListScreening.normalizedName("王晓明"))
    }

    @Test func sameNameAndBirthDateIsAHit() {
        #expect(Self.kinds("John Smith") == [.nameAndBirthDate])
        #expect(Self.kinds("SMITH John") == [.nameAndBirthDate])
        #expect(Self.kinds("smith,   john") == [.nameAndBirthDate])
        let hits = WatchListScreening.screen(name: "John Smith", idNumber: "E00000000", birthDate: F.day("1970-03-15"),
                                             against: Self.list)
        #expect(hits == [WatchListHit(entry: Self.johnSmith, kind: .nameAndBirthDate)])
    }

    @Test func sameNameDifferentBirthDateIsNoHit() {
        #expect(Self.kinds("John Smith", born: "1970-03-16").isEmpty)
        #expect(Self.kinds("John Smith", born: "1971-03-15").isEmpty)
    }

    @Test func sameNameWithoutListedBirthDateIsNameOnly() {
        #expect(Self.kinds("Jane Doe", born: "1990-01-01") == [.nameOnly])
        #expect(Self.kinds("DOE, JANE", born: "2001-07-30") == [.nameOnly])
    }

    @Test func idMatchWithADifferentNameIsAHit() {
        #expect(Self.kinds("Robert Brown", id: "P1234567", born: "1985-01-01") == [.idNumber])
        #expect(Self.kinds("Robert Brown", id: "p 123 4567", born: "1985-01-01") == [.idNumber])
        #expect(Self.kinds("Robert Brown", id: "Ｐ１２３４５６７", born: "1985-01-01") == [.idNumber])
        #expect(Self.kinds("李四", id: "11010519491231002x", born: "1985-01-01") == [.idNumber])
        // ID and name both match: one hit, the strongest kind.
        #expect(Self.kinds("John Smith", id: "P1234567") == [.idNumber])
        #expect(Self.kinds("Robert Brown", id: "P1234568", born: "1985-01-01").isEmpty)
    }

    @Test func nearMissLatinNamesAreNoHits() {
        #expect(Self.kinds("John Smyth").isEmpty)
        #expect(Self.kinds("Jon Smith").isEmpty)
        #expect(Self.kinds("Smith").isEmpty)
        #expect(Self.kinds("John").isEmpty)
        #expect(Self.kinds("John Smith Jr").isEmpty)
        #expect(Self.kinds("John Smiths").isEmpty)
        #expect(Self.kinds("Jane Do", born: "1990-01-01").isEmpty)
        #expect(Self.kinds("JohnSmith").isEmpty)
    }

    @Test func chineseNamesMatchExactly() {
        #expect(Self.kinds("王小明", born: "1949-12-31") == [.nameAndBirthDate])
        #expect(Self.kinds("王 小明", born: "1949-12-31") == [.nameAndBirthDate])
        #expect(Self.kinds("王晓明", born: "1949-12-31").isEmpty)
        #expect(Self.kinds("王小", born: "1949-12-31").isEmpty)
        #expect(Self.kinds("小明王", born: "1949-12-31").isEmpty)
        #expect(Self.kinds("王小明", born: "1950-12-31").isEmpty)
    }

    @Test func emptyNamesAndIDsNeverMatch() {
        let blank = WatchListEntry(name: "---", idNumber: "  ", list: "x", reason: "y")
        #expect(WatchListScreening.screen(name: "...", idNumber: "", birthDate: F.day("1970-03-15"), against: [blank]).isEmpty)
    }

    @Test func everyMatchingEntryIsReportedInListOrder() {
        let again = WatchListEntry(name: "john smith", list: "EU", reason: "asset freeze")
        let hits = WatchListScreening.screen(name: "John Smith", idNumber: "E1", birthDate: F.day("1970-03-15"),
                                             against: [again, Self.janeDoe, Self.johnSmith])
        #expect(hits.map(\.kind) == [.nameOnly, .nameAndBirthDate])
        #expect(hits.map(\.entry.list) == ["EU", "UN"])
    }

    @Test func emptyListHasNoHits() {
        #expect(WatchListScreening.screen(name: "John Smith", idNumber: "P1234567", birthDate: F.day("1970-03-15"),
                                          against: []).isEmpty)
    }
}
