import BankCrypto
import Testing

/// RFC 4648 section 10 test vectors, both directions, and strict decoding.
@Suite struct Base32OneTimeCodeTests {
    static let vectors = [("", ""), ("f", "MY======"), ("fo", "MZXQ===="), ("foo", "MZXW6==="),
                          ("foob", "MZXW6YQ="), ("fooba", "MZXW6YTB"), ("foobar", "MZXW6YTBOI======")]

    @Test(arguments: vectors)
    func encodesRFCVectors(plain: String, encoded: String) {
        #expect(Base32.encode(Array(plain.utf8)) == encoded)
    }

    @Test(arguments: vectors)
    func decodesRFCVectors(plain: String, encoded: String) {
        #expect(Base32.decode(encoded) == Array(plain.utf8))
    }

    @Test(arguments: vectors)
    func decodesWithoutPaddingAndInLowerCase(plain: String, encoded: String) {
        let bare = encoded.replacingOccurrences(of: "=", with: "")
        #expect(Base32.encode(Array(plain.utf8), padded: false) == bare)
        #expect(Base32.decode(bare) == Array(plain.utf8))
        #expect(Base32.decode(bare.lowercased()) == Array(plain.utf8))
    }

    @Test func ignoresSpacesBetweenGroups() {
        #expect(Base32.decode("MZXW 6YTB OI") == Array("foobar".utf8))
    }

    @Test(arguments: ["MZXW1YTB", "MZXW6YT!", "M", "MZX", "MZXW6Y", "MY=", "MY======M", "MZXW6YTB========",
                      "MZ======", "=MY", "MZXW6YTBOJ"])
    func refusesMalformedText(_ text: String) {
        #expect(Base32.decode(text) == nil)
    }

    @Test func roundTripsEveryLength() {
        for length in 0...41 {
            let bytes = (0..<length).map { UInt8(truncatingIfNeeded: $0 &* 37 &+ 11) }
            #expect(Base32.decode(Base32.encode(bytes)) == bytes)
            #expect(Base32.decode(Base32.encode(bytes, padded: false)) == bytes)
        }
    }
}
