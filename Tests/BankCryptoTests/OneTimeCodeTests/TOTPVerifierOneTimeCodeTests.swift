import BankCrypto
import Foundation
import Testing

/// The verifier with an injected time: drift window, replay refusal, malformed input.
@Suite struct TOTPVerifierOneTimeCodeTests {
    private let secret = Array("12345678901234567890".utf8)
    /// 1111111111 s = step 37037037 (period 30).
    private let now = Date(timeIntervalSince1970: 1_111_111_111)
    private let nowStep: Int64 = 37_037_037

    private func code(step: Int64) -> String { TOTP.code(secret: secret, step: step) }

    @Test func acceptsPreviousCurrentAndNextStep() {
        let verifier = TOTPVerifier()
        for offset: Int64 in [-1, 0, 1] {
            let result = verifier.verify(code: code(step: nowStep + offset), secret: secret, at: now, lastUsedStep: nil)
            #expect(result == .success(nowStep + offset))
        }
    }

    @Test func refusesStepsOutsideTheWindow() {
        let verifier = TOTPVerifier()
        for offset: Int64 in [-3, -2, 2, 3] {
            let result = verifier.verify(code: code(step: nowStep + offset), secret: secret, at: now, lastUsedStep: nil)
            #expect(result == .failure(.wrong))
        }
    }

    @Test func widerAndZeroWindows() {
        #expect(TOTPVerifier(window: 2).verify(code: code(step: nowStep - 2), secret: secret, at: now,
                                               lastUsedStep: nil) == .success(nowStep - 2))
        #expect(TOTPVerifier(window: 0).verify(code: code(step: nowStep - 1), secret: secret, at: now,
                                               lastUsedStep: nil) == .failure(.wrong))
        #expect(TOTPVerifier(window: -5).window == 0)
    }

    @Test func aUsedCodeCannotBeUsedAgain() {
        let verifier = TOTPVerifier()
        let typed = code(step: nowStep)
        let first = verifier.verify(code: typed, secret: secret, at: now, lastUsedStep: nil)
        #expect(first == .success(nowStep))
        let again = verifier.verify(code: typed, secret: secret, at: now.addingTimeInterval(5), lastUsedStep: nowStep)
        #expect(again == .failure(.replayed))
    }

    @Test func anOlderStepThanTheLastUsedIsAReplay() {
        let verifier = TOTPVerifier()
        let result = verifier.verify(code: code(step: nowStep - 1), secret: secret, at: now, lastUsedStep: nowStep)
        #expect(result == .failure(.replayed))
    }

    @Test func theNextStepAfterTheLastUsedIsAccepted() {
        let verifier = TOTPVerifier()
        let result = verifier.verify(code: code(step: nowStep + 1), secret: secret, at: now, lastUsedStep: nowStep)
        #expect(result == .success(nowStep + 1))
    }

    @Test func wrongCodeIsWrongNotReplayed() {
        let verifier = TOTPVerifier()
        let valid = Set((-1...1).map { code(step: nowStep + Int64($0)) })
        let wrong = (0..<1_000_000).lazy.map { String(format: "%06d", $0) }.first { !valid.contains($0) } ?? "000000"
        #expect(verifier.verify(code: wrong, secret: secret, at: now, lastUsedStep: nowStep) == .failure(.wrong))
        #expect(verifier.verify(code: code(step: nowStep), secret: Array("other secret".utf8), at: now,
                                lastUsedStep: nil) == .failure(.wrong))
    }

    @Test(arguments: ["", "12345", "1234567", "12a456", "１２３４５６", "-12345", "12345 6 7"])
    func malformedCodes(_ typed: String) {
        #expect(TOTPVerifier().verify(code: typed, secret: secret, at: now, lastUsedStep: nil) == .failure(.malformed))
    }

    @Test func spacesInATypedCodeAreIgnored() {
        let typed = code(step: nowStep)
        let spaced = String(typed.prefix(3)) + " " + String(typed.suffix(3))
        #expect(TOTPVerifier().verify(code: spaced, secret: secret, at: now, lastUsedStep: nil) == .success(nowStep))
    }

    @Test func eightDigitSHA256Verifier() {
        let seed = Array("12345678901234567890123456789012".utf8)
        let verifier = TOTPVerifier(digits: 8, algorithm: .sha256)
        // RFC 6238: 67062674 at 1111111111 with SHA-256.
        #expect(verifier.verify(code: "67062674", secret: seed, at: now, lastUsedStep: nil) == .success(nowStep))
        #expect(verifier.verify(code: "67062674", secret: seed, at: now.addingTimeInterval(30), lastUsedStep: nil)
                == .success(nowStep))
        #expect(verifier.verify(code: "67062674", secret: seed, at: now.addingTimeInterval(60), lastUsedStep: nil)
                == .failure(.wrong))
    }

    @Test func nearTheEpochStepsBelowZeroAreSkipped() {
        let start = Date(timeIntervalSince1970: 5)
        #expect(TOTPVerifier().verify(code: code(step: 0), secret: secret, at: start, lastUsedStep: nil) == .success(0))
        #expect(TOTPVerifier().verify(code: code(step: 1), secret: secret, at: start, lastUsedStep: nil) == .success(1))
    }
}
