// BankCrypto — hashing, message authentication, key stretching and randomness
// from OpenSSL's libcrypto (module CCrypto), wrapped in small Swift enums so the
// rest of the program never touches a C pointer.
//
// Files and their jobs:
//   Digest.swift        SHA-256 of bytes and of UTF-8 text (audit chain, fingerprints)
//   HMAC.swift          HMAC-SHA1/256/512 (one-time codes, the keyed audit chain)
//   AESGCM.swift        AES-256-GCM authenticated encryption (one-time-code secrets at rest)
//   BranchKey.swift     the branch key: 32 random bytes, its file text, labelled derived keys
//   PBKDF2.swift        PBKDF2-HMAC-SHA256 key stretching (PIN storage)
//   SecureRandom.swift  cryptographically secure random bytes (salts, codes)
//   PINHash.swift       a stored PIN credential: make, encode, parse, verify
//   Hex.swift           lowercase hex encoding and strict decoding
//   Base64.swift        strict standard Base64 used by PINHash's encoded form
//   CBytes.swift        internal helpers to hand Swift byte arrays to C safely
//
// Nothing here keeps state: every function is pure apart from SecureRandom.
