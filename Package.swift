// swift-tools-version:6.0
// The teller workstation. No package dependencies: only the toolchain,
// Foundation and three system C libraries bound through systemLibrary targets.
import PackageDescription

let package = Package(
    name: "teller",
    products: [
        .executable(name: "teller", targets: ["teller"]),
        .executable(name: "teller-bench", targets: ["teller-bench"]),
    ],
    targets: [
        // System libraries, each behind a tiny shim header.
        .systemLibrary(name: "CNcursesw", path: "Sources/CNcursesw"),
        .systemLibrary(name: "CSQLite", path: "Sources/CSQLite"),
        .systemLibrary(name: "CCrypto", path: "Sources/CCrypto"),

        // Pure Swift layers.
        .target(name: "Localization"),
        .target(name: "BankCore", dependencies: ["Localization"]),
        .target(name: "BankCrypto", dependencies: ["CCrypto"]),
        .target(name: "BankStore", dependencies: ["CSQLite", "BankCrypto", "BankCore"]),
        .target(name: "BranchServices", dependencies: ["BankCore", "BankStore", "BankCrypto", "Localization"]),
        .target(name: "TerminalUI", exclude: ["README.md"]),
        .target(name: "TerminalCurses", dependencies: ["TerminalUI", "CNcursesw"]),
        .target(name: "TellerScreens", dependencies: ["TerminalUI", "BranchServices", "BankCore", "Localization"]),
        .executableTarget(name: "teller", dependencies: ["TellerScreens", "TerminalCurses", "BranchServices", "BankCore", "Localization"]),
        // Developer tool: the branch-scale generator and benchmark, and the workers of the load, crash and concurrency tests.
        .executableTarget(name: "teller-bench", dependencies: ["BranchServices", "BankStore", "BankCore", "Localization", "TellerScreens",
                                                               "TerminalUI", "CSQLite"]),

        // What several test targets share: scratch folders, the branch fixture, the sqlite3 runner, the tmux driver.
        .target(name: "TestSupport", dependencies: ["BranchServices", "BankStore", "BankCore", "Localization"], path: "Tests/TestSupport"),
        .testTarget(name: "LocalizationTests", dependencies: ["Localization"]),
        .testTarget(name: "BankCoreTests", dependencies: ["BankCore"]),
        .testTarget(name: "BankCryptoTests", dependencies: ["BankCrypto"]),
        .testTarget(name: "BankStoreTests", dependencies: ["BankStore", "BankCrypto", "BankCore", "TestSupport"]),
        .testTarget(name: "BranchServicesTests", dependencies: ["BranchServices", "BankStore", "BankCore", "TestSupport"]),
        .testTarget(name: "TerminalUITests", dependencies: ["TerminalUI"]),
        .testTarget(name: "TellerScreensTests", dependencies: ["TellerScreens", "TerminalUI", "BranchServices", "BankStore", "BankCrypto",
                                                          "TestSupport"]),
        .testTarget(name: "EndToEndTests", dependencies: ["teller", "teller-bench", "BranchServices", "BankStore", "BankCore", "BankCrypto",
                                                   "TestSupport"]),
    ]
)
