@testable import BankCrypto
import Testing

/// RFC 4648 section 10 test vectors, plus strict refusal of non-canonical text.
@Suite struct Base64Tests {
    @Test(arguments: [("", ""), ("f", "Zg=="), ("fo", "Zm8="), ("foo", "Zm9v"),
                      ("foob", "Zm9vYg=="), ("fooba", "Zm9vYmE="), ("foobar", "Zm9vYmFy")])
    func rfc4648Vectors(_ plain: String, _ encoded: String) {
        #expect(Base64.encode(Array(plain.utf8)) == encoded)
        #expect(Base64.decode(encoded) == Array(plain.utf8))
    }

    @Test(arguments: ["Zg", "Zg=", "Zh==", "Zg==Zg==", "Z===", "====", "Zm9v\n", "Zm9-"])
    func refusesNonCanonical(_ text: String) {
        #expect(Base64.decode(text) == nil)
    }
}
