import BankCrypto
import Testing

/// AES-256-GCM from libcrypto: the NIST known answer, a round trip, and
/// refusal of a wrong key, wrong associated data or a changed byte.
@Suite struct AESGCMTests {
    // The GCM specification's test case 16 (AES-256, 96-bit IV, with associated data).
    static let key = Hex.decode("feffe9928665731c6d6a8f9467308308feffe9928665731c6d6a8f9467308308")!
    static let nonce = Hex.decode("cafebabefacedbaddecaf888")!
    static let plaintext = Hex.decode("d9313225f88406e5a55909c5aff5269a86a7a9531534f7da2e4c303d8a318a721c3c0c95956809532fcf0e2449a6b525b16aedf5aa0de657ba637b39")!
    static let aad = Hex.decode("feedfacedeadbeeffeedfacedeadbeefabaddad2")!

    @Test func knownAnswer() throws {
        let sealed = try #require(AESGCM.encrypt(Self.plaintext, key: Self.key, nonce: Self.nonce, associatedData: Self.aad))
        #expect(Hex.encode(sealed.ciphertext) == "522dc1f099567d07f47f37a32a84427d643a8cdcbfe5c0c97598a2bd2555d1aa8cb08e48590dbb3da7b08b1056828838c5f61e6393ba7a0abcc9f662")
        #expect(Hex.encode(sealed.tag) == "76fc6ece0f4e1768cddf8853bb2d551b")
        #expect(AESGCM.open(Self.nonce + sealed.ciphertext + sealed.tag, key: Self.key, associatedData: Self.aad) == Self.plaintext)
    }

    @Test func sealedBoxesOpenOnlyWithTheirKeyAndData() {
        let secret = Array("12345678901234567890".utf8)
        let box = AESGCM.seal(secret, key: Self.key, associatedData: [1])
        #expect(box.count == 12 + secret.count + 16)
        #expect(AESGCM.seal(secret, key: Self.key, associatedData: [1]) != box)  // a fresh nonce each time
        #expect(AESGCM.open(box, key: Self.key, associatedData: [1]) == secret)
        #expect(AESGCM.open(box, key: Array(Self.key.reversed()), associatedData: [1]) == nil)
        #expect(AESGCM.open(box, key: Self.key, associatedData: [2]) == nil)
        var changed = box
        changed[15] ^= 1
        #expect(AESGCM.open(changed, key: Self.key, associatedData: [1]) == nil)
        #expect(AESGCM.open(Array(box.prefix(20)), key: Self.key, associatedData: [1]) == nil)
    }

    @Test func theBranchKeyDerivesDifferentKeysAndReadsOnlyWellFormedFiles() throws {
        let key = BranchKey.generate()
        #expect(key.chainKey != key.secretsKey && key.chainKey != key.bytes && key.chainKey.count == 32)
        #expect(BranchKey(fileText: key.fileText) == key)
        #expect(BranchKey(fileText: String(key.fileText.dropFirst(2))) == nil)
        #expect(BranchKey(fileText: "zz" + String(key.fileText.dropFirst(2))) == nil)
        #expect(BranchKey(bytes: [1, 2, 3]) == nil)
    }
}
