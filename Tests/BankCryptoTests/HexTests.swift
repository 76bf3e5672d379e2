import BankCrypto
import Testing

/// Hex encoding is lowercase; decoding accepts either case and refuses junk.
@Suite struct HexTests {
    @Test func encodesLowercase() {
        #expect(Hex.encode([0x00, 0x0f, 0xab, 0xff]) == "000fabff")
        #expect(Hex.encode([]) == "")
    }

    @Test func decodesBothCases() {
        #expect(Hex.decode("000FabfF") == [0x00, 0x0f, 0xab, 0xff])
        #expect(Hex.decode("") == [])
    }

    @Test(arguments: ["abc", "zz", "0g", " 00", "00 ", "中中"])
    func refusesMalformed(_ text: String) {
        #expect(Hex.decode(text) == nil)
    }

    @Test func roundTrips() {
        let bytes = SecureRandom.bytes(100)
        #expect(Hex.decode(Hex.encode(bytes)) == bytes)
    }
}
