import BankCrypto
@testable import BankStore
import Testing

/// A shipped migration is frozen: files in branches were migrated with its
/// exact text, so editing it would give new files a schema old ones never
/// get. Each migration's SQL is pinned here by its SHA-256; a change to a
/// shipped one fails this test (add a new migration instead), and a new
/// migration adds its line.
struct FrozenMigrationTests {
    static let pinned: [Int: String] = [
        1: "425d9f921bea6a07cb235ebcd6e8e5f2234e9aad66b5fa1cf4845c11ea33e1bd",
        2: "86a0f2dc09bd3de2ff9f8fd5ecf41f2e38863f560ed55f39417aee364f67daca",
        3: "b4b737e763ec98d86fdc8f03b2d952c6af510f722d2e8554eafdaf4580f709d4",
        4: "71adcdec6f42451a51571c771548014fb5ebb9aeef887ed8adbb16698bf3b74e",
        5: "2043f756e8ea4e4bf3e5895bb07b290ac0b91387951d7d6b9e8d4f56e3f0b8b3",
        6: "3d8274e03593e361400f14d79fb03637c4b8a585428c19c1fbcc4432dda6137a",
        7: "de19b43347f5b1d8b9c8831859d945e75b6b15932537006f85ad3386e9283003",
        8: "28efeefa41c422ce531d8e9d4f15b9b11b02290bfd2bb9593bbdcb90b7a1989e",
        10: "f26b90578955cf8719606b05725ee19906cf363361b77e57877a05403fe2dd8f",
        11: "969c7d96352e9981c166490426e4bcd9ac2de25d724d6ddc6f0a018940b70758",
        12: "67ceb0fb58007989853307c8e28d5908c53dc68c6df6c7be6c586647ba4eb63a",
        14: "22388bca04a13b7a2c9e40e90923b654764dec11ed9175c12aa0294efae41be4",
        15: "365a0b5bc5d113b9bf42fccdbd36311c7f94722371a293d2995512cbaa6a3763",
        17: "2a9f4cfa4688a13bf0544eb277c03e1645256c89916d1f26a95ff1fb6c4696ba",
        18: "17ff9497347611d5a78616d656ff8f99e9cb69698225a014dc27fbd6ee503da8",
        20: "299222670dccffb8931ed3cc70f3f1907511d9d75b1f3780e01dc2ac72c464fa",
        21: "9e9c14572a6f1aa005aa3b178e6a38dadf109a09c3fdfc95649ef2a6460dcb2c",
    ]

    @Test func everyMigrationIsPinnedAndUnchanged() {
        let actual = Dictionary(uniqueKeysWithValues: Migrations.all.map { ($0.version, Digest.sha256Hex($0.sql)) })
        #expect(Set(actual.keys) == Set(Self.pinned.keys), "a migration was added or removed: pin its hash here")
        for (version, hash) in Self.pinned.sorted(by: { $0.key < $1.key }) {
            #expect(actual[version] == hash, "migration \(version) was edited after it shipped; add a new migration instead")
        }
    }
}
