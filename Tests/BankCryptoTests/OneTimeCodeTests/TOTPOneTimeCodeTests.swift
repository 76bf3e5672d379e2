import BankCrypto
import Foundation
import Testing

/// RFC 6238 Appendix B known answers (8 digits, 30-second period) for
/// SHA-1, SHA-256 and SHA-512, plus the provisioning URI and secrets.
@Suite struct TOTPOneTimeCodeTests {
    static let sha1Seed = Array("12345678901234567890".utf8)
    static let sha256Seed = Array("12345678901234567890123456789012".utf8)
    static let sha512Seed = Array("1234567890123456789012345678901234567890123456789012345678901234".utf8)

    static let appendixB: [(TimeInterval, String, String, String)] = [
        (59, "94287082", "46119246", "90693936"),
        (1_111_111_109, "07081804", "68084774", "25091201"),
        (1_111_111_111, "14050471", "67062674", "99943326"),
        (1_234_567_890, "89005924", "91819424", "93441116"),
        (2_000_000_000, "69279037", "90698825", "38618901"),
        (20_000_000_000, "65353130", "77737706", "47863826"),
    ]

    @Test(arguments: appendixB)
    func rfc6238AppendixB(time: TimeInterval, sha1: String, sha256: String, sha512: String) {
        let date = Date(timeIntervalSince1970: time)
        #expect(TOTP.code(secret: Self.sha1Seed, at: date, digits: 8, algorithm: .sha1) == sha1)
        #expect(TOTP.code(secret: Self.sha256Seed, at: date, digits: 8, algorithm: .sha256) == sha256)
        #expect(TOTP.code(secret: Self.sha512Seed, at: date, digits: 8, algorithm: .sha512) == sha512)
    }

    @Test func sixDigitCodesAreTheLastSixOfTheEight() {
        let date = Date(timeIntervalSince1970: 1_111_111_109)
        #expect(TOTP.code(secret: Self.sha1Seed, at: date) == "081804")
    }

    @Test func rfc4226HOTPVectorsThroughSteps() {
        // RFC 4226 Appendix D: counter 0…9 with the same SHA-1 secret.
        let expected = ["755224", "287082", "359152", "969429", "338314", "254676", "287922", "162583",
                        "399871", "520489"]
        for (counter, code) in expected.enumerated() {
            #expect(TOTP.code(secret: Self.sha1Seed, step: Int64(counter)) == code)
        }
    }

    @Test func stepBoundaries() {
        #expect(TOTP.step(at: Date(timeIntervalSince1970: 59.999)) == 1)
        #expect(TOTP.step(at: Date(timeIntervalSince1970: 60)) == 2)
        #expect(TOTP.step(at: Date(timeIntervalSince1970: 29)) == 0)
        #expect(TOTP.step(at: Date(timeIntervalSince1970: -100)) == 0)
        #expect(TOTP.step(at: Date(timeIntervalSince1970: 120), period: 60) == 2)
    }

    @Test func randomSecretsAreTwentyFreshBytes() {
        let first = TOTP.randomSecret()
        let second = TOTP.randomSecret()
        #expect(first.count == 20)
        #expect(second.count == 20)
        #expect(first != second)
    }

    @Test func otpauthURIEncodesLabelAndIssuer() {
        let uri = TOTP.otpauthURI(secret: Self.sha1Seed, account: "li.lei@example.com", issuer: "Branch Bank")
        #expect(uri == "otpauth://totp/Branch%20Bank:li.lei%40example.com"
                + "?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&issuer=Branch%20Bank&algorithm=SHA1&digits=6&period=30")
    }

    @Test func otpauthURIEncodesColonsAndChinese() {
        let uri = TOTP.otpauthURI(secret: [0xFF], account: "张三:1", issuer: "银行", digits: 8, period: 60,
                                  algorithm: .sha256)
        #expect(uri == "otpauth://totp/%E9%93%B6%E8%A1%8C:%E5%BC%A0%E4%B8%89%3A1"
                + "?secret=74&issuer=%E9%93%B6%E8%A1%8C&algorithm=SHA256&digits=8&period=60")
    }
}
