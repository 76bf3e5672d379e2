import BankCrypto
import Testing

/// SecureRandom returns the requested number of bytes and does not repeat itself.
@Suite struct SecureRandomTests {
    @Test func returnsRequestedCount() {
        #expect(SecureRandom.bytes(0).isEmpty)
        #expect(SecureRandom.bytes(1).count == 1)
        #expect(SecureRandom.bytes(64).count == 64)
    }

    @Test func twoDrawsDiffer() {
        #expect(SecureRandom.bytes(32) != SecureRandom.bytes(32))
    }
}
