// BankCrypto/OneTimeCode — time-based one-time codes (RFC 6238) for verifying
// a customer or an operator with an authenticator app.
//
// Files and their jobs:
//   Base32.swift       RFC 4648 Base32: how TOTP secrets are shown and typed
//   TOTP.swift         the code for a secret at a time (HOTP truncation over HMAC)
//   TOTP+URI.swift     `otpauth://` provisioning URI (for a QR code) and random secrets
//   TOTPVerifier.swift checks a typed code: clock-drift window and replay refusal
//
// Pure apart from `TOTP.randomSecret()` (SecureRandom). Time is always passed
// in as a `Date`, never read from the clock here, so tests inject it.
