import BankCrypto
import Testing

/// Known-answer tests for PBKDF2-HMAC-SHA256 ("password", "salt", 32 bytes).
@Suite struct PBKDF2Tests {
    private func derive(_ iterations: Int) -> String {
        Hex.encode(PBKDF2.sha256(password: Array("password".utf8), salt: Array("salt".utf8),
                                 iterations: iterations, keyLength: 32))
    }

    @Test func oneIteration() {
        #expect(derive(1) == "120fb6cffcf8b32c43e7225256c4f837a86548c92ccc35480805987cb70be17b")
    }

    @Test func twoIterations() {
        #expect(derive(2) == "ae4d0c95af6b46d32d0adff928f06dd02a303f8ef3c251dfd6e2d85a95474c43")
    }

    @Test func fourThousandNinetySixIterations() {
        #expect(derive(4096) == "c5e478d59288c841aa530db6845c4c8d962893a001ce4e11a4963873aa98134a")
    }

    @Test func keyLengthIsHonoured() {
        let long = PBKDF2.sha256(password: [], salt: [], iterations: 1, keyLength: 80)
        #expect(long.count == 80)
    }
}
