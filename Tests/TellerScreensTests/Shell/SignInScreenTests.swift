import BankCore
import BranchServices
import Localization
import Testing
import TerminalUI
@testable import TellerScreens

/// The sign-in screen: the training marker and demo operators, wrong PINs,
/// the lockout, and a good sign-in.
struct SignInScreenTests {
    @Test func trainingBranchShowsMarkerDemoOperatorsAndFooterInEnglish() throws {
        let w = try Workstation()
        w.expectScreen("""
         TRAINING  Not signed in │ {DATE} │ DEMO01 Training Branch 培训网点   {TIME}
         Sign in

          Teller workstation

          Enter your operator ID and PIN, then press Enter.

          Operator ID

          PIN


          Demo operators (training branch only)
            ID          PIN       Role
            guide       246810    Guide
            teller      135790    Teller
            teller2     135791    Teller
            super       802468    Supervisor
            trainer     975310    Trainer
            admin       864200    Administrator
            manager     680246    Supervisor


        Enter Confirm  Tab/S-Tab Next field  Esc/F10 Quit  F1/? Help  F2 中文  F3 Theme
        """)
        #expect(w.title == "Sign in")
        #expect(w.session.signedIn == nil)
    }

    @Test func trainingBranchShowsMarkerDemoOperatorsAndFooterInChinese() throws {
        let w = try Workstation(language: .chinese)
        w.expectScreen("""
         培训模式  未登录 │ {DATE} │ DEMO01 Training Branch 培训网点          {TIME}
         登录

          柜员工作站

          请输入操作员号和密码，然后按回车。

          操作员号

          密码


          演示操作员（仅限培训网点）
            操作员号    密码      角色
            guide       246810    大堂引导
            teller      135790    柜员
            teller2     135791    柜员
            super       802468    主管
            trainer     975310    培训师
            admin       864200    系统管理员
            manager     680246    主管


        Enter 确认  Tab/S-Tab 下一项  Esc/F10 退出  F1/? 帮助  F2 English  F3 主题
        """)
    }

    @Test func everyDemoOperatorIsListedWithTheirPIN() throws {
        let w = try Workstation()
        for login in DemoBranch.logins {
            #expect(w.lines.contains { $0.hasPrefix("    \(login.username) ") && $0.contains(" \(login.pin) ") },
                    "\(login.username) and PIN \(login.pin) should be listed")
        }
    }

    @Test func wrongPINReadsAsAnUnknownIDDoes() throws {
        let w = try Workstation()
        w.signIn("teller", "111111")
        // The same words as for an ID nobody has: a guesser cannot tell which IDs exist.
        #expect(w.messageLine == " Operator ID or PIN is wrong, or the ID is locked.")
        #expect(w.session.signedIn == nil)
        #expect(w.title == "Sign in")
        // The PIN is cleared and focused, the operator ID kept.
        #expect(w.lines[7] == "  Operator ID    teller")
        #expect(w.lines[9] == "  PIN")
        #expect(w.terminal.screen.cursor == Point(x: 17, y: 9))

        w.type("222222")
        w.press(.enter)
        #expect(w.messageLine == " Operator ID or PIN is wrong, or the ID is locked.")
        #expect(try w.context.database.scalarInt("SELECT failed_attempts FROM operators WHERE username = 'teller'") == 2)
    }

    @Test func unknownOperatorSaysIDOrPINIsWrong() throws {
        let w = try Workstation()
        w.signIn("nobody", "135790")
        #expect(w.messageLine == " Operator ID or PIN is wrong, or the ID is locked.")
        #expect(w.session.signedIn == nil)
    }

    @Test func fiveWrongPINsLockTheOperator() throws {
        let w = try Workstation()
        w.signIn("teller", "111111")
        for _ in 2...4 {
            w.type("111111")
            w.press(.enter)
            #expect(w.messageLine == " Operator ID or PIN is wrong, or the ID is locked.")
        }
        w.type("111111")
        w.press(.enter)
        // The locking PIN reads as any wrong PIN: the screen never shows that an ID exists or is locked.
        #expect(w.messageLine == " Operator ID or PIN is wrong, or the ID is locked.")

        // Even the right PIN is refused while the lockout lasts, in the same words.
        w.type("135790")
        w.press(.enter)
        #expect(w.messageLine == " Operator ID or PIN is wrong, or the ID is locked.")
        #expect(w.session.signedIn == nil)
        #expect(w.title == "Sign in")

        // Another operator is not affected.
        w.press(.backTab, .control("u"))
        w.type("teller2")
        w.press(.tab)
        w.type("135791")
        w.press(.enter)
        #expect(w.session.signedIn?.username == "teller2")
        #expect(w.title == "Main menu")
    }

    @Test func correctPINReachesTheMainMenu() throws {
        let w = try Workstation()
        w.signIn("teller", "999999")
        #expect(w.messageLine == " Operator ID or PIN is wrong, or the ID is locked.")
        w.type("135790")
        w.press(.enter)
        #expect(w.session.signedIn?.username == "teller")
        #expect(w.title == "Main menu")
        #expect(w.lines[0].contains("teller · Teller"))
        #expect(w.lines[3] == "  Welcome, Li Wei 李伟 (Teller).")
        #expect(w.messageLine.isEmpty)
    }

    @Test func escapeOnTheSignInScreenQuits() throws {
        let w = try Workstation()
        w.press(.escape)
        #expect(w.app.isRunning == false)
    }
}
