import Testing
@testable import TerminalUI

@Suite("Table")
struct TableTests {
    static let columns = [
        TableColumn("No.", width: 3),
        TableColumn("Amount", width: 9, alignment: .right),
        TableColumn("Customer"),  // shares what is left: 30 - 3 - 9 - 2 gaps = 16
    ]

    static let rows: [[String]] = [
        ["1", "1,200.00", "王小明"],
        ["2", "50.00", "Alice Brown"],
        ["3", "一百万元整", "欧阳娜娜的储蓄账户很长"],
        ["4", "7.00", "Bob"],
        ["5", "88.00", "李雷"],
        ["6", "0.50", "韩梅梅"],
        ["7", "300.00", "Carol"],
        ["8", "12.00", "赵六"],
    ]

    /// Renders into a 30x6 screen: a header and five rows.
    func render(_ table: inout Table, focused: Bool = true) -> CellBuffer {
        var buffer = CellBuffer(width: 30, height: 6)
        table.render(into: &buffer, at: Rect(x: 0, y: 0, width: 30, height: 6), focused: focused)
        return buffer
    }

    @Test func columnWidthsShareTheRest() {
        let table = Table(columns: Self.columns)
        #expect(table.columnWidths(total: 30) == [3, 9, 16])
        let two = Table(columns: [TableColumn("A"), TableColumn("B", width: 4), TableColumn("C")])
        #expect(two.columnWidths(total: 15) == [4, 4, 5])  // the last flexible column takes the odd cell
        #expect(two.columnWidths(total: 3) == [0, 4, 0])
    }

    @Test func headerAndRowsAsAWholeScreen() {
        var table = Table(columns: Self.columns, rows: Self.rows)
        let buffer = render(&table)
        #expect(buffer.text() == """
            No.    Amount Customer     1/8
            1    1,200.00 王小明
            2       50.00 Alice Brown
            3   一百万元… 欧阳娜娜的储蓄…
            4        7.00 Bob
            5       88.00 李雷
            """)
        #expect(roleMap(buffer) == """
            HHHHHHHHHHHHHHHHHHHHHHHHHHHddd
            SSSSSSSSSSSSSSSSSSSSSSSSSSSSSS
            ..............................
            ..............................
            ..............................
            ..............................
            """)
        #expect(table.pageSize == 5)
    }

    @Test func selectionMovesWithDownPageDownAndEnd() {
        var table = Table(columns: Self.columns, rows: Self.rows)
        _ = render(&table)
        var used = table.handle(.down)
        #expect(used)
        #expect(table.selected == 1)
        var buffer = render(&table)
        #expect(roleRow(buffer, 1) == "..............................")
        #expect(roleRow(buffer, 2) == "SSSSSSSSSSSSSSSSSSSSSSSSSSSSSS")
        #expect(table.selectedRow == ["2", "50.00", "Alice Brown"])

        used = table.handle(.pageDown)
        #expect(used)
        #expect(table.selected == 6)
        #expect(table.offset == 2)
        buffer = render(&table)
        #expect(buffer.text() == """
            No.    Amount Customer     7/8
            3   一百万元… 欧阳娜娜的储蓄…
            4        7.00 Bob
            5       88.00 李雷
            6        0.50 韩梅梅
            7      300.00 Carol
            """)
        #expect(roleRow(buffer, 5) == "SSSSSSSSSSSSSSSSSSSSSSSSSSSSSS")

        used = table.handle(.end)
        #expect(used)
        #expect(table.selected == 7)
        #expect(table.offset == 3)
        buffer = render(&table)
        #expect(buffer.text() == """
            No.    Amount Customer     8/8
            4        7.00 Bob
            5       88.00 李雷
            6        0.50 韩梅梅
            7      300.00 Carol
            8       12.00 赵六
            """)

        table.handle(.pageUp)
        #expect(table.selected == 2)
        #expect(table.offset == 2)
        table.handle(.down)
        table.handle(.down)
        table.handle(.down)
        #expect(table.selected == 5)
        #expect(table.offset == 2)  // still on the page: no scrolling
        table.handle(.home)
        #expect(table.selected == 0)
        #expect(table.offset == 0)
        table.handle(.up)
        #expect(table.selected == 0)  // no wrap-around
        used = table.handle(.enter)
        #expect(!used)
    }

    @Test func unfocusedTableHidesTheSelection() {
        var table = Table(columns: Self.columns, rows: Self.rows)
        let buffer = render(&table, focused: false)
        #expect(!roleMap(buffer).contains("S"))
    }

    @Test func narrowColumnsTruncateCJKWithAnEllipsis() {
        var table = Table(columns: [TableColumn("户名", width: 5), TableColumn("账号", width: 4), TableColumn("备注")],
                          rows: [["欧阳娜娜", "6222001", "冻结账户需主管授权"], ["Li", "中文字", "ok"]])
        var buffer = CellBuffer(width: 20, height: 3)
        table.render(into: &buffer, at: Rect(x: 0, y: 0, width: 20, height: 3))
        #expect(buffer.text() == """
            户名  账号 备注
            欧阳… 622… 冻结账户…
            Li    中…  ok
            """)
        for y in 0..<buffer.height {
            #expect(DisplayWidth.of(buffer.line(y)) == 20)  // never half a character
        }
    }

    @Test func emptyTableShowsItsMessage() {
        var table = Table(columns: Self.columns, emptyMessage: "No customers found")
        let buffer = render(&table)
        #expect(buffer.text() == """
            No.    Amount Customer
            No customers found




            """)
        #expect(roleRow(buffer, 1) == "dddddddddddddddddddddddddddddd")
        #expect(table.selectedRow == nil)
        let used = table.handle(.down)
        #expect(used)
        #expect(table.selected == 0)
    }

    @Test func growingTheScreenShowsRowsThatFitAgain() {
        var table = Table(columns: Self.columns, rows: Self.rows)
        _ = render(&table)
        _ = table.handle(.end)
        _ = render(&table)
        #expect(table.offset == 3)
        var tall = CellBuffer(width: 30, height: 10)
        table.render(into: &tall, at: Rect(x: 0, y: 0, width: 30, height: 10))
        #expect(table.offset == 0)
        #expect(tall.text() == """
            No.    Amount Customer
            1    1,200.00 王小明
            2       50.00 Alice Brown
            3   一百万元… 欧阳娜娜的储蓄…
            4        7.00 Bob
            5       88.00 李雷
            6        0.50 韩梅梅
            7      300.00 Carol
            8       12.00 赵六

            """)
        #expect(roleRow(tall, 8) == "SSSSSSSSSSSSSSSSSSSSSSSSSSSSSS")
    }

    @Test func setRowsKeepsTheSelectionInRange() {
        var table = Table(columns: Self.columns, rows: Self.rows)
        _ = render(&table)
        table.handle(.end)
        table.setRows(Array(Self.rows.prefix(3)))
        #expect(table.selected == 2)
        let buffer = render(&table)
        #expect(buffer.text() == """
            No.    Amount Customer
            1    1,200.00 王小明
            2       50.00 Alice Brown
            3   一百万元… 欧阳娜娜的储蓄…


            """)
        #expect(roleRow(buffer, 3) == "SSSSSSSSSSSSSSSSSSSSSSSSSSSSSS")
    }
}
