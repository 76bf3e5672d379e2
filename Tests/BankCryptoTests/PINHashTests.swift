@testable import BankCrypto
import Testing

/// PIN credentials: round trip, refusal of wrong PINs, fresh salts, strict parsing.
/// Low iteration counts keep the suite fast; production uses `recommendedIterations`.
@Suite struct PINHashTests {
    @Test func recommendedIterationsFollowOWASP2023() {
        #expect(PINHash.recommendedIterations == 600_000)
    }

    @Test func roundTripsThroughEncodedForm() throws {
        let made = PINHash.make(pin: "482916", iterations: 1000)
        #expect(made.algorithm == "pbkdf2-sha256")
        #expect(made.iterations == 1000)
        #expect(made.salt.count == 16)
        #expect(made.hash.count == 32)
        #expect(made.encoded.hasPrefix("pbkdf2-sha256$1000$"))
        let parsed = try #require(PINHash(encoded: made.encoded))
        #expect(parsed == made)
        #expect(parsed.verify("482916"))
    }

    @Test func refusesWrongPIN() {
        let made = PINHash.make(pin: "482916", iterations: 1000)
        #expect(made.verify("482916"))
        #expect(!made.verify("482917"))
        #expect(!made.verify(""))
        #expect(!made.verify("4829160"))
    }

    @Test func saltsDifferForTheSamePIN() {
        let first = PINHash.make(pin: "1234", iterations: 1000)
        let second = PINHash.make(pin: "1234", iterations: 1000)
        #expect(first.salt != second.salt)
        #expect(first.hash != second.hash)
        #expect(first.encoded != second.encoded)
    }

    @Test func matchesAnIndependentPBKDF2Computation() throws {
        // 16-byte salt "saltsaltsaltsalt", hash = PBKDF2("password", salt, 1, 32).
        let salt = Array("saltsaltsaltsalt".utf8)
        let hash = PBKDF2.sha256(password: Array("password".utf8), salt: salt, iterations: 1, keyLength: 32)
        let text = "pbkdf2-sha256$1$\(Base64.encode(salt))$\(Base64.encode(hash))"
        #expect(text.hasPrefix("pbkdf2-sha256$1$c2FsdHNhbHRzYWx0c2FsdA==$"))
        let parsed = try #require(PINHash(encoded: text))
        #expect(parsed.verify("password"))
        #expect(!parsed.verify("Password"))
    }

    @Test func needsRehashBelowPolicy() {
        let made = PINHash.make(pin: "1234", iterations: 1000)
        #expect(made.needsRehash(minimumIterations: 600_000))
        #expect(!made.needsRehash(minimumIterations: 1000))
        #expect(!made.needsRehash(minimumIterations: 10))
    }

    @Test func descriptionHidesSecrets() {
        let made = PINHash.make(pin: "1234", iterations: 1000)
        #expect(made.description == "PINHash(pbkdf2-sha256, 1000 iterations)")
    }

    static let validSalt = "c2FsdHNhbHRzYWx0c2FsdA=="                       // 16 bytes
    static let validHash = "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA="   // 32 bytes

    @Test func acceptsTheValidReference() {
        #expect(PINHash(encoded: "pbkdf2-sha256$1000$\(Self.validSalt)$\(Self.validHash)") != nil)
    }

    @Test(arguments: [
        "",
        "pbkdf2-sha256",
        "pbkdf2-sha256$1000$\(validSalt)",
        "pbkdf2-sha256$1000$\(validSalt)$\(validHash)$extra",
        "pbkdf2-sha1$1000$\(validSalt)$\(validHash)",
        "PBKDF2-SHA256$1000$\(validSalt)$\(validHash)",
        "pbkdf2-sha256$0$\(validSalt)$\(validHash)",
        "pbkdf2-sha256$-5$\(validSalt)$\(validHash)",
        "pbkdf2-sha256$+1000$\(validSalt)$\(validHash)",
        "pbkdf2-sha256$01000$\(validSalt)$\(validHash)",
        "pbkdf2-sha256$10000001$\(validSalt)$\(validHash)",
        "pbkdf2-sha256$99999999999999999999999$\(validSalt)$\(validHash)",
        "pbkdf2-sha256$abc$\(validSalt)$\(validHash)",
        "pbkdf2-sha256$$\(validSalt)$\(validHash)",
        "pbkdf2-sha256$1000$$\(validHash)",
        "pbkdf2-sha256$1000$c2FsdA==$\(validHash)",                 // salt too short
        "pbkdf2-sha256$1000$\(validSalt)$AAAA",                     // hash too short
        "pbkdf2-sha256$1000$\(validSalt)$\(validHash)AAAA",         // hash too long
        "pbkdf2-sha256$1000$c2FsdHNhbHRzYWx0c2FsdA=$\(validHash)",  // bad padding
        "pbkdf2-sha256$1000$c2FsdHNhbHRzYWx0c2FsdB==$\(validHash)", // non-canonical bits
        "pbkdf2-sha256$1000$c2FsdHNh bHRzYWx0c2FsdA=$\(validHash)", // space
        "pbkdf2-sha256$1000$c2FsdHNhbHRzYWx0c2Fsd*==$\(validHash)", // bad character
        " pbkdf2-sha256$1000$\(validSalt)$\(validHash)",
        "pbkdf2-sha256$1000$\(validSalt)$\(validHash)\n",
    ])
    func refusesMalformedEncodings(_ text: String) {
        #expect(PINHash(encoded: text) == nil)
    }
}
