import Testing
@testable import TerminalUI

@Suite("Menu")
struct MenuTests {
    func tellerMenu() -> Menu {
        Menu(items: [
            MenuItem(id: "deposit", title: "Deposit", hotkey: "d"),
            MenuItem(id: "withdraw", title: "Withdraw", hotkey: "w"),
            MenuItem(id: "transfer", title: "转账", hotkey: "t"),
            MenuItem(id: "exit", title: "Exit"),
        ])
    }

    func render(_ menu: Menu) -> CellBuffer {
        var buffer = CellBuffer(width: 20, height: 5)
        menu.render(into: &buffer, at: Rect(x: 0, y: 0, width: 20, height: 5))
        return buffer
    }

    @Test func rendersHotkeysAndTheSelection() {
        let buffer = render(tellerMenu())
        #expect(buffer.text() == """
             d  Deposit
             w  Withdraw
             t  转账
                Exit

            """)
        #expect(roleMap(buffer) == """
            SSSSSSSSSSSSSSSSSSSS
            .K..................
            .K..................
            ....................
            ....................
            """)
    }

    @Test func arrowsMoveAndWrap() {
        var menu = tellerMenu()
        #expect(menu.handle(.down) == nil)
        #expect(menu.selectedItem?.id == "withdraw")
        #expect(roleRow(render(menu), 1) == "SSSSSSSSSSSSSSSSSSSS")
        #expect(roleRow(render(menu), 0) == ".K..................")
        _ = menu.handle(.up)
        _ = menu.handle(.up)
        #expect(menu.selectedItem?.id == "exit")  // wraps to the bottom
        _ = menu.handle(.down)
        #expect(menu.selectedItem?.id == "deposit")  // and to the top
        _ = menu.handle(.end)
        #expect(menu.selected == 3)
        _ = menu.handle(.home)
        #expect(menu.selected == 0)
        _ = menu.handle(.tab)
        #expect(menu.selected == 1)
        _ = menu.handle(.backTab)
        #expect(menu.selected == 0)
        _ = menu.handle(.down)
        _ = menu.handle(.down)
        #expect(menu.handle(.enter) == "transfer")
    }

    @Test func hotkeysPickDirectlyInEitherCase() {
        var menu = tellerMenu()
        #expect(menu.handle(.character("w")) == "withdraw")
        #expect(menu.selected == 1)
        #expect(menu.handle(.character("T")) == "transfer")
        #expect(menu.selected == 2)
        #expect(menu.handle(.character("x")) == nil)  // no such hotkey: nothing happens
        #expect(menu.selected == 2)
    }

    @Test func selectById() {
        var menu = tellerMenu()
        menu.select(id: "exit")
        #expect(menu.selected == 3)
        menu.select(id: "nope")
        #expect(menu.selected == 3)
        var empty = Menu(items: [])
        #expect(empty.handle(.enter) == nil)
        #expect(empty.selectedItem == nil)
    }
}

@Suite("ConfirmDialog")
struct ConfirmDialogTests {
    func dialog() -> ConfirmDialog {
        ConfirmDialog(title: "Confirm withdrawal", message: "Withdraw 500.00 now?", yes: "Yes", no: "No")
    }

    func render(_ dialog: ConfirmDialog) -> CellBuffer {
        var buffer = CellBuffer(width: 44, height: 8)
        dialog.render(into: &buffer, area: Rect(x: 0, y: 0, width: 44, height: 8))
        return buffer
    }

    @Test func rendersABoxWithNoHighlighted() {
        let buffer = render(dialog())
        #expect(buffer.text() == """

              ┌─ Confirm withdrawal ─────────────────┐
              │ Withdraw 500.00 now?                 │
              │                                      │
              │                                      │
              │           [ Yes ]   [ No ]           │
              └──────────────────────────────────────┘

            """)
        #expect(roleRow(buffer, 1) == "..BBTTTTTTTTTTTTTTTTTTTTBBBBBBBBBBBBBBBBBB..")
        #expect(roleRow(buffer, 5) == "..B.....................SSSSSS...........B..")
    }

    @Test func escapeAlwaysMeansNo() {
        var confirm = dialog()
        #expect(confirm.handle(.escape) == .no)
        _ = confirm.handle(.tab)
        #expect(confirm.yesFocused)
        #expect(confirm.handle(.escape) == .no)
    }

    @Test func enterByDefaultAnswersNo() {
        var confirm = dialog()
        #expect(!confirm.yesFocused)
        #expect(confirm.handle(.enter) == .no)
    }

    @Test func tabThenEnterAnswersYes() {
        var confirm = dialog()
        #expect(confirm.handle(.tab) == nil)
        #expect(confirm.handle(.enter) == .yes)
        let buffer = render(confirm)
        #expect(roleRow(buffer, 5) == "..B...........SSSSSSS....................B..")
    }

    @Test func arrowsToggleAndOtherKeysAreIgnored() {
        var confirm = dialog()
        _ = confirm.handle(.left)
        #expect(confirm.yesFocused)
        _ = confirm.handle(.right)
        #expect(!confirm.yesFocused)
        _ = confirm.handle(.backTab)
        #expect(confirm.yesFocused)
        #expect(confirm.handle(.character("y")) == nil)
        #expect(ConfirmDialog(title: "t", message: "m", yes: "Y", no: "N", defaultYes: true).yesFocused)
        var f10 = dialog()
        #expect(f10.handle(.function(10)) == nil)  // F10 is the global sign-out key, never an answer
    }
}
