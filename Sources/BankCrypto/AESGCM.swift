import CCrypto

/// AES-256-GCM authenticated encryption (libcrypto EVP), for secrets that must
/// be stored but never readable from the file alone (one-time-code secrets).
/// A sealed box is `nonce (12 bytes) | ciphertext | tag (16 bytes)`; `open`
/// returns nil when the key, the associated data or any byte is wrong.
public enum AESGCM {
    public static let keyLength = 32
    public static let nonceLength = 12
    public static let tagLength = 16

    /// Encrypts `plaintext` under `key` with a fresh random nonce, binding `associatedData`.
    public static func seal(_ plaintext: [UInt8], key: [UInt8], associatedData: [UInt8] = []) -> [UInt8] {
        let nonce = SecureRandom.bytes(nonceLength)
        guard let (ciphertext, tag) = encrypt(plaintext, key: key, nonce: nonce, associatedData: associatedData) else {
            preconditionFailure("AES-256-GCM encryption failed")
        }
        return nonce + ciphertext + tag
    }

    /// Decrypts a box made by `seal`; nil if it was not made with this key and associated data.
    public static func open(_ box: [UInt8], key: [UInt8], associatedData: [UInt8] = []) -> [UInt8]? {
        guard box.count >= nonceLength + tagLength else { return nil }
        let nonce = Array(box.prefix(nonceLength)), tag = Array(box.suffix(tagLength))
        let ciphertext = Array(box[nonceLength..<(box.count - tagLength)])
        return decrypt(ciphertext, tag: tag, key: key, nonce: nonce, associatedData: associatedData)
    }

    /// The raw operation with a given nonce (for known-answer tests); never reuse a nonce with one key.
    public static func encrypt(_ plaintext: [UInt8], key: [UInt8], nonce: [UInt8],
                               associatedData: [UInt8]) -> (ciphertext: [UInt8], tag: [UInt8])? {
        guard key.count == keyLength, nonce.count == nonceLength, let context = EVP_CIPHER_CTX_new() else { return nil }
        defer { EVP_CIPHER_CTX_free(context) }
        var output = [UInt8](repeating: 0, count: plaintext.count + 16)
        var tag = [UInt8](repeating: 0, count: tagLength)
        var length: Int32 = 0, total: Int32 = 0
        guard EVP_EncryptInit_ex(context, EVP_aes_256_gcm(), nil, nil, nil) == 1,
              EVP_CIPHER_CTX_ctrl(context, teller_gcm_set_ivlen, Int32(nonceLength), nil) == 1,
              EVP_EncryptInit_ex(context, nil, nil, key, nonce) == 1 else { return nil }
        if !associatedData.isEmpty {
            guard EVP_EncryptUpdate(context, nil, &length, associatedData, Int32(associatedData.count)) == 1 else { return nil }
        }
        if !plaintext.isEmpty {
            guard EVP_EncryptUpdate(context, &output, &length, plaintext, Int32(plaintext.count)) == 1 else { return nil }
            total = length
        }
        let finished = output.withUnsafeMutableBufferPointer { buffer in
            EVP_EncryptFinal_ex(context, buffer.baseAddress! + Int(total), &length)
        }
        guard finished == 1 else { return nil }
        total += length
        guard EVP_CIPHER_CTX_ctrl(context, teller_gcm_get_tag, Int32(tagLength), &tag) == 1 else { return nil }
        return (Array(output.prefix(Int(total))), tag)
    }

    static func decrypt(_ ciphertext: [UInt8], tag: [UInt8], key: [UInt8], nonce: [UInt8], associatedData: [UInt8]) -> [UInt8]? {
        guard key.count == keyLength, nonce.count == nonceLength, tag.count == tagLength,
              let context = EVP_CIPHER_CTX_new() else { return nil }
        defer { EVP_CIPHER_CTX_free(context) }
        var output = [UInt8](repeating: 0, count: ciphertext.count + 16)
        var expectedTag = tag
        var length: Int32 = 0, total: Int32 = 0
        guard EVP_DecryptInit_ex(context, EVP_aes_256_gcm(), nil, nil, nil) == 1,
              EVP_CIPHER_CTX_ctrl(context, teller_gcm_set_ivlen, Int32(nonceLength), nil) == 1,
              EVP_DecryptInit_ex(context, nil, nil, key, nonce) == 1 else { return nil }
        if !associatedData.isEmpty {
            guard EVP_DecryptUpdate(context, nil, &length, associatedData, Int32(associatedData.count)) == 1 else { return nil }
        }
        if !ciphertext.isEmpty {
            guard EVP_DecryptUpdate(context, &output, &length, ciphertext, Int32(ciphertext.count)) == 1 else { return nil }
            total = length
        }
        guard EVP_CIPHER_CTX_ctrl(context, teller_gcm_set_tag, Int32(tagLength), &expectedTag) == 1 else { return nil }
        // Final checks the tag: anything but 1 means the box was not made with this key and data.
        let verified = output.withUnsafeMutableBufferPointer { buffer in
            EVP_DecryptFinal_ex(context, buffer.baseAddress! + Int(total), &length)
        }
        guard verified == 1 else { return nil }
        return Array(output.prefix(Int(total + length)))
    }
}
