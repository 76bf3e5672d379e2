@testable import BankStore
import Testing

/// The facts an audit row carries are read back exactly as written, whatever
/// the values hold, and a row without facts (or with damaged ones) says so.
struct AuditFactsTests {
    @Test func factsRoundTripThroughTheDetailWhateverTheValuesHold() {
        let facts = [("purpose", "买房 首付 #facts/1 x=y"), ("amount", "5000000"), ("empty", ""), ("sign", "100%=all")]
        let detail = AuditFacts.detail("deposit of CNY 50,000.00 #facts/1 fake=1", facts)
        let parsed = AuditFacts.parse(detail)
        #expect(parsed == Dictionary(uniqueKeysWithValues: facts))
    }

    @Test func aDetailWithoutFactsOrWithDamagedOnesIsNotRead() {
        #expect(AuditFacts.parse("login from tty1") == nil)
        #expect(AuditFacts.parse("") == nil)
        #expect(AuditFacts.parse("x #facts/1 amount=12%G0") == nil)
        #expect(AuditFacts.parse("x #facts/1 amount") == nil)
        #expect(AuditFacts.parse("x #facts/1 a=%E4%B9") == nil)  // cut inside a UTF-8 character
    }

    @Test func escapingKeepsOnlyThePlainCharacters() {
        #expect(AuditFacts.escape("A1.b_c@d+e-f") == "A1.b_c@d+e-f")
        #expect(AuditFacts.escape("a b=c%") == "a%20b%3Dc%25")
        #expect(AuditFacts.unescape(ArraySlice("%e4%B9%B0".utf8)) == "买")
    }
}
