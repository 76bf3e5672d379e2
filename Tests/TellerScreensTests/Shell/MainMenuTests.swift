import BankCore
import BranchServices
import Localization
import Testing
import TerminalUI
@testable import TellerScreens

/// The main menu per role, the go-to palette, and the keys that work everywhere
/// (language, help, quit), plus what one key press costs to redraw.
struct MainMenuTests {
    static let englishAdministratorMenu = """
         TRAINING  admin │ {DATE} │ DEMO01 Training Branch 培训网点           {TIME}
         Main menu

          Welcome, Zhao Lei 赵磊 (Administrator).

           8  Lobby board
           A  Operators
           B  Audit trail
           C  Settings
           E  Loan products
           L  Lock terminal
           S  Sign out
           Q  Quit










        Enter Select  F1/? Help  F2 中文  F3 Theme  F4 Lock  ^G Go to  F10 Sign out
        """

    static let chineseAdministratorMenu = """
         培训模式  admin │ {DATE} │ DEMO01 Training Branch 培训网点           {TIME}
         主菜单

          欢迎，Zhao Lei 赵磊（系统管理员）。

           8  叫号显示屏
           A  操作员管理
           B  审计日志
           C  设置
           E  贷款产品
           L  锁定终端
           S  注销
           Q  退出程序










        Enter 选择  F1/? 帮助  F2 English  F3 主题  F4 锁屏  ^G 跳转  F10 注销
        """

    @Test func administratorMenuInEnglish() throws {
        let w = try Workstation()
        try w.signIn(as: "admin")
        w.expectScreen(Self.englishAdministratorMenu)
    }

    @Test func administratorMenuInChinese() throws {
        let w = try Workstation(language: .chinese)
        try w.signIn(as: "admin")
        w.expectScreen(Self.chineseAdministratorMenu)
    }

    /// Per role: destinations the menu must offer, and ones it must never show.
    static let roles: [(String, [String], [String])] = [
        ("guide", ["Settings"], ["Operators", "Audit trail", "Loan desk", "Loan products"]),
        ("teller", ["Settings", "Loan desk"], ["Operators", "Audit trail", "Loan products"]),
        ("super", ["Operators", "Audit trail", "Settings", "Loan desk"], ["Loan products"]),
        ("trainer", ["Settings", "Loan desk"], ["Operators", "Audit trail", "Loan products"]),
        ("admin", ["Operators", "Audit trail", "Settings", "Loan products"], ["Loan desk"]),
    ]

    /// The menu lines for the destinations a role may use, each with its own key whatever the role.
    static func destinationItems(_ w: Workstation, _ role: Role) -> [String] {
        // Digits for the first nine destinations of all, then letters A, B, C.
        Destination.available(to: role).map { "\(MenuHotkeys.key(for: $0))  \(w.session.destinationTitle($0))" }
    }

    @Test(arguments: roles)
    func menuShowsOnlyPermittedItems(username: String, required: [String], forbidden: [String]) throws {
        let w = try Workstation()
        try w.signIn(as: username)
        let role = try #require(w.session.signedIn?.role)
        #expect(w.title == "Main menu")
        let items = w.menuItems
        #expect(items == Self.destinationItems(w, role) + ["L  Lock terminal", "S  Sign out", "Q  Quit"])
        for title in required {
            // Items beyond the ninth have no hotkey, so the title stands alone.
            #expect(items.contains { $0 == title || $0.hasSuffix("  " + title) }, "\(username) should see \(title)")
        }
        for title in forbidden {
            #expect(!w.screen.contains(title), "\(username) should not see \(title)")
        }
    }

    @Test(arguments: roles)
    func goToPaletteListsTheSameDestinations(username: String, required: [String], forbidden: [String]) throws {
        let w = try Workstation()
        try w.signIn(as: username)
        let role = try #require(w.session.signedIn?.role)
        let menu = w.menuItems
        #expect(w.paletteItems.isEmpty)
        w.press(.control("g"))
        #expect(w.paletteItems == ["0  Main menu"] + Self.destinationItems(w, role))
        #expect(Array(w.paletteItems.dropFirst()) == Array(menu.dropLast(3)))
        for title in forbidden {
            #expect(!w.screen.contains(title))
        }
        w.press(.escape)
        #expect(w.paletteItems.isEmpty)
        #expect(w.title == "Main menu")
    }

    @Test func goToPaletteJumpsToAScreenAndBackToTheMenu() throws {
        let w = try Workstation()
        try w.signIn(as: "admin")
        w.press(.control("g"))
        w.press(try w.paletteKey(.audit))
        #expect(w.title == "Audit trail")
        #expect(w.paletteItems.isEmpty)
        // Arrows and Enter work too: End picks the last destination.
        let last = try #require(Destination.available(to: .administrator).last)
        w.press(.control("g"), .end, .enter)
        #expect(w.title == w.session.destinationTitle(last))
        w.press(.control("g"), .character("0"))
        #expect(w.title == "Main menu")
        // Esc on a screen reached through the palette goes back to the menu.
        w.press(.control("g"))
        w.press(try w.paletteKey(.operators))
        #expect(w.title == "Operators")
        w.press(.escape)
        #expect(w.title == "Main menu")
    }

    @Test func menuHotkeysAndEnterOpenTheDestination() throws {
        let w = try Workstation()
        try w.signIn(as: "admin")
        try w.open(.operators)
        #expect(w.title == "Operators")
        w.press(.escape)
        #expect(w.title == "Main menu")
        let audit = try #require(w.menuItems.firstIndex { $0.hasSuffix("  Audit trail") })
        w.press(.home)
        for _ in 0..<audit { w.press(.down) }
        w.press(.enter)
        #expect(w.title == "Audit trail")
        w.press(.escape)
        // Esc on the menu itself stays there.
        w.press(.escape)
        #expect(w.title == "Main menu")
        #expect(w.app.isRunning)
    }

    @Test func f2SwitchesEveryLabelToChineseAndBack() throws {
        let w = try Workstation()
        try w.signIn(as: "admin")
        w.expectScreen(Self.englishAdministratorMenu)
        w.press(.function(2))
        w.expectScreen(Self.chineseAdministratorMenu)
        #expect(w.session.language == .chinese)
        w.press(.function(2))
        w.expectScreen(Self.englishAdministratorMenu)
        #expect(w.session.language == .english)
    }

    @Test func f2OnTheSignInScreenSwitchesItToo() throws {
        let w = try Workstation()
        w.press(.function(2))
        #expect(w.title == "登录")
        #expect(w.lines[0].hasPrefix(" 培训模式  未登录 │ "))
        #expect(w.lines[0].contains("DEMO01 Training Branch 培训网点"))
        #expect(w.screen.contains("演示操作员（仅限培训网点）"))
        #expect(!w.screen.contains("Operator ID"))
        w.press(.function(2))
        #expect(w.title == "Sign in")
        #expect(w.screen.contains("Demo operators (training branch only)"))
    }

    @Test func operatorsScreenFollowsTheLanguageSwitch() throws {
        let w = try Workstation()
        try w.signIn(as: "admin")
        try w.open(.operators)
        #expect(w.lines[3].hasPrefix(" ID           Name"))
        w.press(.function(2))
        #expect(w.title == "操作员管理")
        #expect(w.lines[3].hasPrefix(" 操作员号"))
        #expect(w.screen.contains("系统管理员"))
        #expect(!w.screen.contains("Administrator"))
        #expect(!w.screen.contains("active"))
        #expect(w.footer.contains("帮助"))
    }

    @Test func chosenLanguageIsRememberedForTheOperator() throws {
        let w = try Workstation()
        try w.signIn(as: "teller")
        w.press(.function(2))
        #expect(w.title == "主菜单")
        w.press(.function(10))
        #expect(w.session.signedIn == nil)
        #expect(w.title == "登录")
        // Back to English on the sign-in screen: nobody is signed in, so nothing is saved.
        w.press(.function(2))
        #expect(w.title == "Sign in")
        try w.signIn(as: "teller")
        #expect(w.title == "主菜单")
        #expect(w.lines[3] == "  欢迎，Li Wei 李伟（柜员）。")
        #expect(w.session.language == .chinese)
    }

    @Test func languageIsRememberedAcrossWorkstations() throws {
        let first = try Workstation()
        try first.signIn(as: "super")
        first.press(.function(2))
        first.press(.function(10))
        // A second workstation on the same file, starting in English.
        let session = Session(context: first.context, language: .english, themes: ThemeLibrary(themes: [.fallback]), theme: .fallback)
        let terminal = MemoryTerminal(width: 80, height: 24)
        let app = WorkstationApp(session: session, terminal: terminal)
        terminal.type(text: "super")
        terminal.type(.tab)
        terminal.type(text: "802468")
        terminal.type(.enter)
        app.runPendingKeys()
        #expect(session.signedIn?.username == "super")
        #expect(terminal.text.components(separatedBy: "\n")[1] == " 主菜单")
    }

    @Test func f1OpensHelpWithTheScreenAndGlobalCommands() throws {
        let w = try Workstation()
        try w.signIn(as: "admin")
        w.press(.function(1))
        let screen = w.screen
        #expect(screen.contains("┌─ Help ─"))
        #expect(screen.contains("│ Keys on this screen"))
        #expect(screen.contains("│ Enter  Open the highlighted item"))
        // The menu's own keys, as the menu shows them.
        for item in ["│ 8      Lobby board", "│ A      Operators", "│ B      Audit trail", "│ C      Settings", "│ E      Loan products",
                     "│ L      Lock terminal", "│ S      Sign out", "│ Q      Quit"] {
            #expect(screen.contains(item), "help should list \(item)")
        }
        #expect(screen.contains("│ Keys everywhere"))
        #expect(screen.contains("│ F1 ?   Show the keys that work on this screen"))
        #expect(screen.contains("│ F2     Switch language between English and Chinese"))
        #expect(screen.contains("│ F4     Lock this terminal; your PIN unlocks it"))
        #expect(screen.contains("│ ^G     Jump to any screen you may use"))
        #expect(screen.contains("│ F10    Sign out and return to the sign-in screen"))
        #expect(screen.contains("│ ^Q ^C  Sign out and quit the program"))
        #expect(screen.contains("│ ↑↓ PgUp PgDn scroll · any other key closes help"))
        // Help covers the whole terminal.
        #expect(w.lines[0].hasPrefix("┌─ Help ─"))
        #expect(w.lines[23].hasPrefix("└"))
        // Scrolling keys keep it open; any other key closes it and does nothing else.
        w.press(.down, .pageDown, .home)
        #expect(w.screen.contains("Keys on this screen"))
        w.press(.character("8"))
        #expect(!w.screen.contains("Keys on this screen"))
        #expect(w.title == "Main menu")
        w.expectScreen(Self.englishAdministratorMenu)
    }

    @Test func questionMarkOpensHelpWhereNoTextFieldHasFocus() throws {
        let w = try Workstation()
        try w.signIn(as: "admin")
        try w.open(.operators)
        w.press(.character("?"))
        let screen = w.screen
        #expect(screen.contains("┌─ Help ─"))
        #expect(screen.contains("│ a Ins  Add an operator"))
        #expect(screen.contains("│ d      Deactivate or reactivate the highlighted operator"))
        #expect(screen.contains("│ Esc    Go back to the previous screen"))
        w.press(.escape)
        #expect(!w.screen.contains("┌─ Help ─"))
        #expect(w.title == "Operators")  // the key that closed help did not also go back
    }

    @Test func helpFollowsTheLanguage() throws {
        let w = try Workstation(language: .chinese)
        try w.signIn(as: "admin")
        w.press(.function(1))
        #expect(w.screen.contains("┌─ 帮助 ─"))
        #expect(!w.screen.contains("Keys everywhere"))
    }

    @Test func questionMarkInATextFieldTypesAQuestionMark() throws {
        let w = try Workstation()
        w.press(.function(1))
        #expect(w.screen.contains("Check the form and confirm"))
        w.press(.escape)
        #expect(w.app.isRunning)  // Esc only closed help
        w.type("?")
        #expect(!w.screen.contains("┌─ Help ─"))
        #expect(w.lines[7] == "  Operator ID    ?")
    }

    @Test func controlQQuits() throws {
        let w = try Workstation()
        try w.signIn(as: "admin")
        #expect(w.app.isRunning)
        w.press(.control("q"))
        #expect(w.app.isRunning == false)
        #expect(w.session.signedIn == nil)
    }

    @Test func controlQQuitsFromTheSignInScreenAndIgnoresLaterKeys() throws {
        let w = try Workstation()
        w.terminal.type(.control("q"))
        w.terminal.type(text: "admin")
        w.app.runPendingKeys()
        #expect(w.app.isRunning == false)
        #expect(w.terminal.hasPendingKeys)
    }

    @Test func quitFromTheMenuItem() throws {
        let w = try Workstation()
        try w.signIn(as: "guide")
        w.press(.character("q"))
        #expect(w.app.isRunning == false)
    }

    @Test func signOutFromTheMenuItem() throws {
        let w = try Workstation()
        try w.signIn(as: "guide")
        w.press(.character("s"))
        #expect(w.session.signedIn == nil)
        #expect(w.title == "Sign in")
        #expect(w.app.isRunning)
    }

    @Test func oneArrowKeyRedrawsOnlyWhatChanged() throws {
        let w = try Workstation()
        try w.signIn(as: "admin")
        let full = 80 * 24
        let before = w.terminal.cellsWritten
        let frames = w.terminal.framesPresented
        w.press(.down)
        let delta = w.terminal.cellsWritten - before
        #expect(w.terminal.framesPresented > frames)
        #expect(delta > 0)
        #expect(delta <= 2 * 40, "moving the selection should rewrite at most the two menu rows, wrote \(delta) cells")
        #expect(delta * 10 < full)
        // The highlight really moved to the second item.
        #expect(w.terminal.screen[4, 6].role == .selection)
        #expect(w.terminal.screen[4, 5].role != .selection)
    }

    @Test func ctrlLRedrawsTheWholeFrame() throws {
        let w = try Workstation()
        try w.signIn(as: "admin")
        let before = w.terminal.cellsWritten
        w.press(.control("l"))
        #expect(w.terminal.cellsWritten - before >= 80 * 24 / 2)
        w.expectScreen(Self.englishAdministratorMenu)
    }
}
