import BankCore
import Testing

@Suite struct RoleTests {
    @Test func guidePermissions() {
        #expect(Role.guide.permissions == [.reception, .viewLobbyBoard, .customerLookup])
    }

    @Test func tellerPermissions() {
        #expect(Role.teller.permissions == [.counter, .viewLobbyBoard, .customerLookup, .cash, .loans])
        #expect(!Role.teller.may(.manageOperators))
        #expect(!Role.teller.may(.unlockOperators))
        #expect(!Role.teller.may(.viewAudit))
        #expect(!Role.teller.may(.approve))
    }

    @Test func supervisorMayUnlockApproveAndAuditButNotManage() {
        let role = Role.supervisor
        #expect(role.may(.unlockOperators))
        #expect(role.may(.viewAudit))
        #expect(role.may(.approve))
        #expect(role.may(.cash))
        #expect(!role.may(.manageOperators))
        #expect(!role.may(.branchSettings))
    }

    @Test func trainerRunsTrainingOnly() {
        #expect(Role.trainer.may(.runTraining))
        #expect(!Role.trainer.may(.manageOperators))
        #expect(!Role.trainer.may(.viewAudit))
        #expect(!Role.trainer.may(.approve))
    }

    @Test func administratorManagesButHandlesNoMoney() {
        let role = Role.administrator
        #expect(role.permissions == [.manageOperators, .unlockOperators, .branchSettings, .viewLobbyBoard, .viewAudit])
        #expect(!role.may(.cash))
        #expect(!role.may(.approve))
        #expect(!role.may(.counter))
    }

    @Test func onlyTheTrainerRunsTrainingAndOnlyTheAdministratorManages() {
        #expect(Role.allCases.filter { $0.may(.runTraining) } == [.trainer])
        #expect(Role.allCases.filter { $0.may(.manageOperators) } == [.administrator])
        #expect(Role.allCases.filter { $0.may(.branchSettings) } == [.administrator])
        #expect(Set(Role.allCases.filter { $0.may(.approve) }) == [.supervisor])
    }

    @Test func mayAgreesWithPermissions() {
        for role in Role.allCases {
            for permission in Permission.allCases {
                #expect(role.may(permission) == role.permissions.contains(permission))
            }
        }
    }

    @Test func rolesRoundTripThroughTheirStoredNames() {
        for role in Role.allCases { #expect(Role(rawValue: role.rawValue) == role) }
        #expect(Role(rawValue: "root") == nil)
    }
}

@Suite struct DestinationTests {
    /// The administrative destinations: who reaches operators, audit and settings.
    private func administrative(_ role: Role) -> [Destination] {
        Destination.available(to: role).filter { [.operators, .audit, .settings].contains($0) }
    }

    @Test func guideSeesOnlySettingsAmongTheAdministrativeScreens() {
        #expect(administrative(.guide) == [.settings])
    }

    @Test func tellerSeesOnlySettingsAmongTheAdministrativeScreens() {
        #expect(administrative(.teller) == [.settings])
    }

    @Test func trainerSeesOnlySettingsAmongTheAdministrativeScreens() {
        #expect(administrative(.trainer) == [.settings])
    }

    @Test func supervisorSeesOperatorsAuditSettings() {
        #expect(administrative(.supervisor) == [.operators, .audit, .settings])
    }

    @Test func administratorSeesOperatorsAuditSettings() {
        #expect(administrative(.administrator) == [.operators, .audit, .settings])
    }

    @Test func everyRoleCanReachSettings() {
        for role in Role.allCases { #expect(Destination.available(to: role).contains(.settings)) }
    }

    @Test func workScreensFollowTheJob() {
        // Guides work at reception, tellers at the counter; administrators handle no customers.
        #expect(Destination.available(to: .guide).contains(.reception))
        #expect(!Destination.available(to: .guide).contains(.counter))
        #expect(Destination.available(to: .teller).contains(.counter))
        #expect(!Destination.available(to: .teller).contains(.reception))
        #expect(!Destination.available(to: .administrator).contains(.counter))
        #expect(!Destination.available(to: .administrator).contains(.reception))
        #expect(!Destination.available(to: .administrator).contains(.customers))
    }

    @Test func availableIsExactlyWhatThePermissionsAllowInMenuOrder() {
        for role in Role.allCases {
            let expected = Destination.allCases.filter { destination in
                destination.requiredPermission.map { role.may($0) } ?? true
            }
            #expect(Destination.available(to: role) == expected, "\(role)")
        }
    }

    @Test func requiredPermissions() {
        #expect(Destination.operators.requiredPermission == .unlockOperators)
        #expect(Destination.audit.requiredPermission == .viewAudit)
        #expect(Destination.settings.requiredPermission == nil)
    }
}
