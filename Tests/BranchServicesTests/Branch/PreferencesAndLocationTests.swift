import BankCore
@testable import BranchServices
import Foundation
import Localization
import Testing
import TestSupport

@Suite struct PreferencesServiceTests {
    @Test func languageAndThemeRoundTrip() throws {
        let fixture = try BranchFixture()
        let branch = try StaffedBranch(fixture)
        #expect(branch.teller.language == nil)
        #expect(branch.teller.theme == nil)

        try PreferencesService(branch.context).save(language: .chinese, theme: "night", for: branch.teller)
        // Read back through another terminal, as at the next sign-in.
        let other = try fixture.open(terminal: "tty2")
        let op = try AuthenticationService(other).signIn(username: "li.wei", pin: tellerPIN)
        #expect(op.language == Language.chinese.rawValue)
        #expect(op.language.flatMap(Language.init(code:)) == .chinese)
        #expect(op.theme == "night")

        try PreferencesService(other).save(language: .english, theme: "classic", for: op)
        let listed = try OperatorAdministration(branch.context).list(by: branch.admin).first { $0.id == branch.teller.id }
        #expect(listed?.language.flatMap(Language.init(rawValue:)) == .english)
        #expect(listed?.theme == "classic")
        // Only that operator changed.
        #expect(try branch.context.stored("admin")?.language == nil)
        #expect(try branch.context.stored("admin")?.theme == nil)
    }
}

@Suite struct DataLocationTests {
    @Test func xdgDataHomeIsHonoured() {
        let env = ["XDG_DATA_HOME": "/srv/data", "HOME": "/home/ann"]
        #expect(DataLocation.directory(environment: env) == "/srv/data/teller")
        #expect(DataLocation.branchFile(environment: env) == "/srv/data/teller/branch.sqlite")
        #expect(DataLocation.trainingFile(environment: env) == "/srv/data/teller/training.sqlite")
    }

    @Test func homeIsTheFallback() {
        for env in [["HOME": "/home/ann"], ["HOME": "/home/ann", "XDG_DATA_HOME": ""],
                    ["HOME": "/home/ann", "XDG_DATA_HOME": "relative/data"]] {
            #expect(DataLocation.directory(environment: env) == "/home/ann/.local/share/teller")
            #expect(DataLocation.branchFile(environment: env) == "/home/ann/.local/share/teller/branch.sqlite")
        }
    }

    @Test func withoutHomeTheAccountsHomeFolderIsUsed() {
        let directory = DataLocation.directory(environment: [:])
        #expect(directory.hasSuffix("/.local/share/teller"))
        #expect(directory.hasPrefix("/"))
        #expect(DataLocation.directory(environment: ["HOME": ""]) == directory)
    }

    @Test func tellerDBOverridesTheBranchFileOnly() {
        let env = ["TELLER_DB": "/var/lib/bank/br01.sqlite", "XDG_DATA_HOME": "/srv/data", "HOME": "/home/ann"]
        #expect(DataLocation.branchFile(environment: env) == "/var/lib/bank/br01.sqlite")
        // The training sandbox never follows TELLER_DB onto the real file.
        #expect(DataLocation.trainingFile(environment: env) == "/srv/data/teller/training.sqlite")
        #expect(DataLocation.branchFile(environment: ["TELLER_DB": "", "HOME": "/home/ann"])
                == "/home/ann/.local/share/teller/branch.sqlite")
    }

    @Test func trainingAndBranchFilesDiffer() {
        for env in [[:], ["HOME": "/home/ann"], ["XDG_DATA_HOME": "/srv/data"]] {
            #expect(DataLocation.trainingFile(environment: env) != DataLocation.branchFile(environment: env))
        }
    }
}
