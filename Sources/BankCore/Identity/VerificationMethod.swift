/// How a person was verified at the counter.
public enum VerificationMethod: String, CaseIterable, Sendable {
    case pin, otp, fingerprint, face, photo
}
