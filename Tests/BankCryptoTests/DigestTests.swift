import BankCrypto
import Testing

/// Known-answer tests for SHA-256 (FIPS 180-2 examples).
@Suite struct DigestTests {
    @Test func sha256OfEmptyInput() {
        #expect(Hex.encode(Digest.sha256([]))
                == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(Digest.sha256Hex("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
    }

    @Test func sha256OfABC() {
        #expect(Digest.sha256Hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(Digest.sha256(Array("abc".utf8)).count == 32)
    }

    @Test func sha256HexUsesUTF8() {
        // "中" is E4 B8 AD in UTF-8.
        #expect(Digest.sha256Hex("中") == Hex.encode(Digest.sha256([0xE4, 0xB8, 0xAD])))
    }
}
