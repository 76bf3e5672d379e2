import BankCore
import Testing

/// Issue 13: the complaints list shows customers by a masked name.
struct NameMaskingTests {
    @Test func keepsTheFirstCharacterOfEachWord() {
        #expect(Masking.name("张伟") == "张*")
        #expect(Masking.name("欧阳娜娜") == "欧***")
        #expect(Masking.name("Wang Lei") == "W*** L**")
        #expect(Masking.name("A") == "A*")
        #expect(Masking.name("") == "")
    }
}
