import BankCrypto
import Foundation
import Testing

/// SHA-256 (hex) of a file's bytes, to prove a refused file was not modified.
func fingerprint(_ path: String) throws -> String {
    let data = try Data(contentsOf: URL(fileURLWithPath: path))
    return Hex.encode(Digest.sha256(Array(data)))
}

/// The names in a folder, to prove no side files (-wal, -shm, -journal) appeared.
func listing(_ folder: URL) throws -> [String] {
    try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
}

/// Deterministic "random" bytes (SplitMix64), so a damaged-file test is reproducible.
func garbage(count: Int, seed: UInt64) -> [UInt8] {
    var state = seed
    var bytes = [UInt8]()
    bytes.reserveCapacity(count)
    while bytes.count < count {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        z ^= z >> 31
        withUnsafeBytes(of: z) { bytes.append(contentsOf: $0.prefix(count - bytes.count)) }
    }
    return bytes
}

let fixedDate = Date(timeIntervalSince1970: 1_767_225_600.123) // 2026-01-01 00:00:00.123 UTC

/// The branch key the store tests sign their audit chains with.
let testBranchKey = BranchKey(bytes: Array(0..<32))!
