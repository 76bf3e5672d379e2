import BankCrypto
import Testing

/// Known-answer tests from RFC 4231 (HMAC-SHA256/512) and RFC 2202 (HMAC-SHA1).
@Suite struct HMACTests {
    private let case1Key = [UInt8](repeating: 0x0b, count: 20)
    private let case1Data = Array("Hi There".utf8)
    private let case2Key = Array("Jefe".utf8)
    private let case2Data = Array("what do ya want for nothing?".utf8)

    @Test func rfc4231Case1SHA256() {
        #expect(Hex.encode(HMAC.sha256(key: case1Key, message: case1Data))
                == "b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7")
    }

    @Test func rfc4231Case2SHA256() {
        #expect(Hex.encode(HMAC.sha256(key: case2Key, message: case2Data))
                == "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843")
    }

    @Test func rfc4231Case1SHA512() {
        #expect(Hex.encode(HMAC.sha512(key: case1Key, message: case1Data))
                == "87aa7cdea5ef619d4ff0b4241a1d6cb02379f4e2ce4ec2787ad0b30545e17cde"
                + "daa833b7d6b8a702038b274eaea3f4e4be9d914eeb61f1702e696c203a126854")
    }

    @Test func rfc2202Case1SHA1() {
        #expect(Hex.encode(HMAC.sha1(key: case1Key, message: case1Data))
                == "b617318655057264e28bc0b6fb378c8ef146be00")
    }

    @Test func emptyKeyAndMessageWork() {
        // Well-known value of HMAC-SHA256 with empty key and empty message.
        #expect(Hex.encode(HMAC.sha256(key: [], message: []))
                == "b613679a0814d9ec772f95d778c35fc5ff1697c493715653c6c712144292c5ad")
    }
}
