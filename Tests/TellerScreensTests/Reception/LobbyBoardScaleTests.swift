import BankCore
import BranchServices
import Foundation
import Localization
import Testing
import TerminalUI
@testable import TellerScreens

/// The lobby board as a wall reads it: both languages whatever the interface
/// language, the last numbers called, a new call highlighted, and numbers in
/// block characters that grow with the screen.
@Suite struct LobbyBoardScaleTests {
    /// A wall display (nobody signed in) of `width`×`height` with the counters of `LobbyQueueScreenTests`.
    static func wall(language: Language = .english, width: Int = 80, height: Int = 24) throws -> (Workstation, WorkstationApp) {
        let w = try Workstation(language: language, width: width, height: height)
        try LobbyQueueScreenTests.staffCounters(w)
        let app = WorkstationApp(session: w.session, terminal: w.terminal, wallDisplay: true)
        app.runPendingKeys()
        return (w, app)
    }

    /// The rows between the title and the footer.
    static func content(_ w: Workstation) -> [String] { Array(w.lines[2..<(w.lines.count - 1)]) }

    @Test func bothLanguagesWhateverTheInterfaceLanguage() throws {
        let (english, _) = try Self.wall(language: .english)
        let (chinese, _) = try Self.wall(language: .chinese)
        #expect(Self.content(english) == Self.content(chinese))
        #expect(english.title == "Lobby board  叫号显示屏")
        #expect(english.hasLine("Now serving  正在办理"))
        #expect(english.hasLine("Counter 1 1 号窗口", "V001"))
        #expect(english.hasLine("A  Cash & transfers  现金与转账", "19 min · 19 分钟"))
        #expect(!english.screen.contains("…"))
    }

    @Test func aWallScreenDrawsTheNumbersLarge() throws {
        let (small, _) = try Self.wall()
        #expect(!small.screen.contains("█"))
        let (wall, _) = try Self.wall(width: 200, height: 60)
        // V001 in block characters: three times the five-row font, on the rows under the counter label.
        let label = try #require(wall.lines.firstIndex { $0.contains("Counter 1  1 号窗口") })
        let blockRows = wall.lines[(label + 1)...].prefix { $0.contains("█") }
        #expect(blockRows.count == 15)
        #expect(blockRows.first?.hasPrefix("  ███      ███") == true)  // the V
        #expect(wall.hasLine("Recently called (ticket → counter)  最近叫号（号码 → 窗口）"))
        #expect(wall.hasLine("A  Cash & transfers  现金与转账"))
        // At 120×40 they are still large, only smaller.
        let (medium, _) = try Self.wall(width: 120, height: 40)
        let mediumLabel = try #require(medium.lines.firstIndex { $0.contains("Counter 1  1 号窗口") })
        let mediumRows = medium.lines[(mediumLabel + 1)...].prefix { $0.contains("█") }
        #expect(mediumRows.count >= 5 && mediumRows.count < 15)
    }

    /// The style of the first cell of `text` on the screen.
    static func role(of text: String, in w: Workstation) throws -> StyleRole {
        let y = try #require(w.lines.firstIndex { $0.contains(text) })
        let line = w.lines[y]
        let x = DisplayWidth.of(String(line[..<(try #require(line.range(of: text))).lowerBound]))
        return w.terminal.screen[x, y].role
    }

    @Test func aNewCallIsHighlightedUntilItIsOldOrTheNextCall() throws {
        let (w, app) = try Self.wall()
        // V001 was called just now at counter 1: reversed on the counter line and first in the list.
        #expect(try Self.role(of: "V001 ", in: w) == .selection)
        #expect(try Self.role(of: "V001 → 1", in: w) == .selection)
        w.clock.advance(by: LobbyBoardScreen.highlightSeconds + 1)
        app.draw()
        #expect(try Self.role(of: "V001 ", in: w) == .title)
        #expect(try Self.role(of: "V001 → 1", in: w) == .normal)
        // The next call takes the highlight, and the list keeps the earlier numbers, newest first.
        let queue = QueueService(try w.otherTerminal())  // a counter on another terminal calls
        let supervisor = try w.queueOperator("super")
        let three = try #require(try queue.counters().first { $0.number == 3 })
        let called = try #require(try queue.callNext(counterID: three.id, by: supervisor))
        app.draw()
        #expect(try Self.role(of: called.displayNumber + " → 3", in: w) == .selection)
        #expect(w.hasLine(called.displayNumber + " → 3    V001 → 1"))
        #expect(try Self.role(of: "V001 → 1", in: w) == .normal)
    }
}
