import Foundation
import Testing
@testable import TerminalUI

/// The theme files shipped in `<repo>/themes`.
enum ShippedThemes {
    static var folder: URL { repositoryRoot().appendingPathComponent("themes", isDirectory: true) }
    static let ids = ["amber", "default", "high-contrast", "monochrome", "ocean"]

    static func text(_ id: String) throws -> String {
        try String(contentsOf: folder.appendingPathComponent("\(id).theme"), encoding: .utf8)
    }

    static func theme(_ id: String) throws -> Theme {
        try ThemeParser.parse(text(id), id: id, file: "\(id).theme")
    }
}

@Suite("Shipped theme files")
struct ShippedThemeTests {
    @Test func everyShippedFileLoadsWithoutErrors() {
        let library = ThemeLibrary.load(directory: ShippedThemes.folder.path)
        #expect(library.errors.isEmpty, "\(library.errors.map(\.description))")
        #expect(library.ids == ShippedThemes.ids)  // ids are the file names, sorted
        let files = (try? FileManager.default.contentsOfDirectory(atPath: ShippedThemes.folder.path)) ?? []
        #expect(files.filter { $0.hasSuffix(".theme") }.sorted() == ShippedThemes.ids.map { "\($0).theme" })
    }

    @Test(arguments: ShippedThemes.ids)
    func everyRoleIsSetExplicitlyOnce(id: String) throws {
        let text = try ShippedThemes.text(id)
        var keys: [String] = []
        for line in text.split(whereSeparator: \.isNewline) {
            let trimmed = line.trimmingCharacters(in: " \t\r")
            guard !trimmed.isEmpty, !trimmed.hasPrefix("#"), let equals = trimmed.firstIndex(of: "=") else { continue }
            keys.append(trimmed[..<equals].trimmingCharacters(in: " \t"))
        }
        #expect(keys.first == "name")
        #expect(keys.dropFirst().sorted() == StyleRole.allCases.map(\.themeKey).sorted())
        #expect(text.hasPrefix("# \(id).theme"), "a comment header saying what the theme is for")
        let theme = try ShippedThemes.theme(id)
        #expect(theme.id == id)
        #expect(theme.name != id)
        #expect(theme.styles.count == StyleRole.allCases.count)
    }

    /// The style as it appears on screen: `reverse` swaps the colours.
    static func effective(_ style: Style) -> (fg: TerminalColor, bg: TerminalColor) {
        style.attributes.contains(.reverse) ? (style.background, style.foreground) : (style.foreground, style.background)
    }

    @Test(arguments: ShippedThemes.ids)
    func highlightedRolesStandOutFromNormalText(id: String) throws {
        let theme = try ShippedThemes.theme(id)
        let normal = theme.style(.normal)
        // Areas: a different background, or reverse video where there are no colours.
        for role in [StyleRole.selection, .fieldFocused, .status, .footer, .alert] {
            let style = theme.style(role)
            let differentBackground = Self.effective(style).bg != Self.effective(normal).bg
            let reversed = style.attributes.contains(.reverse) != normal.attributes.contains(.reverse)
            #expect(differentBackground || reversed, "\(id): \(role.themeKey) looks like normal text")
        }
        // Error text: another colour, or an emphasis normal text does not have.
        let error = theme.style(.error)
        let emphasis: TextAttributes = [.bold, .underline, .reverse]
        #expect(Self.effective(error) != Self.effective(normal) || !error.attributes.intersection(emphasis).subtracting(normal.attributes).isEmpty,
                "\(id): error looks like normal text")
        // The focused field differs from an unfocused one, and the selection from the footer.
        #expect(theme.style(.fieldFocused) != theme.style(.field))
        #expect(theme.style(.footerKey) != theme.style(.footer))
    }

    @Test func defaultFileIsTheBuiltInFallback() throws {
        let theme = try ShippedThemes.theme("default")
        #expect(theme.styles == Theme.fallback.styles)
        #expect(theme.name == Theme.fallback.name)
        #expect(theme == Theme.fallback)
    }

    @Test func monochromeFileIsTheBuiltInMonochrome() throws {
        let theme = try ShippedThemes.theme("monochrome")
        #expect(theme.isMonochrome)
        #expect(theme.styles == Theme.monochrome.styles)
        #expect(theme == Theme.monochrome)
    }

    @Test func colourThemesAreNotMonochrome() throws {
        for id in ["default", "high-contrast", "ocean", "amber"] {
            #expect(!(try ShippedThemes.theme(id)).isMonochrome, "\(id)")
        }
    }

    @Test func highContrastIsBrightWhiteOnBlackWithYellowFocus() throws {
        let theme = try ShippedThemes.theme("high-contrast")
        #expect(theme.style(.normal) == Style(.indexed(15), on: .indexed(0)))
        #expect(theme.style(.fieldFocused).background == .indexed(11))
        #expect(theme.style(.selection).attributes.isSuperset(of: [.reverse, .bold]))
    }

    @Test func oceanAndAmberKeepTheirColours() throws {
        let ocean = try ShippedThemes.theme("ocean")
        #expect(ocean.style(.normal).background == .indexed(4))  // blue
        #expect(ocean.style(.normal).foreground == .indexed(15))  // white text
        let amber = try ShippedThemes.theme("amber")
        #expect(amber.style(.normal) == Style(.indexed(3), on: .indexed(0)))  // yellow (amber) on black
        let amberColours = StyleRole.allCases.filter { $0 != .error }.flatMap { role -> [TerminalColor] in
            let style = amber.style(role)
            return [style.foreground, style.background]
        }
        #expect(Set(amberColours).isSubset(of: [.indexed(0), .indexed(3), .indexed(11)]))
    }
}

@Suite("ThemeLibrary")
struct ThemeLibraryTests {
    @Test func malformedFileIsReportedByNameAndLineAndTheDefaultIsUsed() throws {
        let folder = try makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try "name = Good\nnormal = green on black\n".write(to: folder.appendingPathComponent("good.theme"), atomically: true, encoding: .utf8)
        try """
            # a broken theme
            name = Broken
            normal = white on black
            title = purple on black
            """.write(to: folder.appendingPathComponent("broken.theme"), atomically: true, encoding: .utf8)
        try "not a theme".write(to: folder.appendingPathComponent("notes.txt"), atomically: true, encoding: .utf8)

        let library = ThemeLibrary.load(directory: folder.path)
        #expect(library.errors.count == 1)
        let error = try #require(library.errors.first)
        #expect(error.file.hasSuffix("broken.theme"))
        #expect(error.line == 4)
        #expect(error.message == "unknown colour `purple`")
        #expect(error.description.hasSuffix("broken.theme:4: unknown colour `purple`"))
        #expect(library.ids == ["default", "good"])  // built-in default added; broken file skipped
        #expect(library.theme(id: "broken") == nil)
        #expect(library.themeOrDefault(id: "broken") == .fallback)
        #expect(library.themeOrDefault(id: "missing") == .fallback)
        #expect(library.themeOrDefault(id: nil) == .fallback)
        #expect(library.themeOrDefault(id: "good").style(.normal) == Style(.indexed(2), on: .indexed(0)))
        // Asking for the broken theme by name: the error (file and line) and the default, not "no such theme".
        #expect(error.themeID == "broken")
        #expect(library.choice(for: "broken") == .broken(error, fallback: .fallback))
        #expect(library.choice(for: "missing") == .unknown("missing"))
        #expect(library.choice(for: "good") == .found(library.themeOrDefault(id: "good")))
        #expect(library.choice(for: nil) == .found(.fallback))
    }

    @Test func aDefaultFileReplacesTheBuiltInDefault() throws {
        let folder = try makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try "name = House style\nnormal = black on white\n".write(to: folder.appendingPathComponent("default.theme"), atomically: true, encoding: .utf8)
        let library = ThemeLibrary.load(directory: folder.path)
        #expect(library.ids == ["default"])
        #expect(library.themeOrDefault(id: "nope").name == "House style")
    }

    @Test func unreadableFileAndMissingFolder() throws {
        let folder = try makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data([0x6E, 0xC3, 0x28, 0xFF]).write(to: folder.appendingPathComponent("binary.theme"))
        let library = ThemeLibrary.load(directory: folder.path)
        #expect(library.errors.count == 1)
        #expect(library.errors.first?.file.hasSuffix("binary.theme") == true)
        #expect(library.errors.first?.line == 0)
        #expect(library.ids == ["default"])

        let missing = ThemeLibrary.load(directory: folder.appendingPathComponent("does-not-exist").path)
        #expect(missing.errors.isEmpty)
        #expect(missing.ids == ["default"])
        #expect(missing.themeOrDefault(id: "ocean") == .fallback)
    }
}

@Suite("ThemeParser")
struct ThemeParserTests {
    func error(_ text: String) -> ThemeError? {
        do {
            _ = try ThemeParser.parse(text, id: "t", file: "t.theme")
            return nil
        } catch let error as ThemeError {
            return error
        } catch {
            return nil
        }
    }

    @Test func parsesColoursAttributesAndName() throws {
        let theme = try ThemeParser.parse("""
            # comment
            name = Ocean
            normal = white on blue

              title  = bright-white on cyan, bold , underline
            Header = 214 on 16
            footer-key = reverse
            dim = default, dim
            """, id: "ocean", file: "ocean.theme")
        #expect(theme.id == "ocean")
        #expect(theme.name == "Ocean")
        #expect(theme.style(.normal) == Style(.indexed(7), on: .indexed(4)))
        #expect(theme.style(.title) == Style(.indexed(15), on: .indexed(6), [.bold, .underline]))
        #expect(theme.style(.header) == Style(.indexed(214), on: .indexed(16)))
        #expect(theme.style(.footerKey) == Style(.standard, on: .standard, .reverse))
        #expect(theme.style(.dim) == Style(.standard, on: .standard, .dim))
        #expect(theme.style(.selection) == theme.style(.normal))  // left out: inherits normal
        #expect(theme.styles.count == StyleRole.allCases.count)
    }

    @Test func windowsLineEndingsAndNoNameAreFine() throws {
        let theme = try ThemeParser.parse("normal = red on black\r\nerror = bright-red on black, bold\r\n", id: "win", file: "win.theme")
        #expect(theme.name == "win")
        #expect(theme.style(.error) == Style(.indexed(9), on: .indexed(0), .bold))
        // Line numbers still count CRLF lines one by one.
        #expect(error("normal = red on black\r\n\r\ntitle = pink\r\n")?.line == 3)
    }

    @Test func unknownRole() {
        let problem = error("name = X\nnormal = white on black\n\n# keys\nfooter-keys = red")
        #expect(problem == ThemeError(file: "t.theme", line: 5, message: "unknown role `footer-keys`"))
    }

    @Test func unknownColour() {
        #expect(error("# c\n\nnormal = white on blak") == ThemeError(file: "t.theme", line: 3, message: "unknown colour `blak`"))
        #expect(error("normal = white on black\ntitle = 256") == ThemeError(file: "t.theme", line: 2, message: "unknown colour `256`"))
        #expect(error("normal = white on black\ntitle = bright-orange")?.line == 2)
    }

    @Test func unknownAttribute() {
        #expect(error("normal = white on black\n\ntitle = white on black, bold, blink")
            == ThemeError(file: "t.theme", line: 3, message: "unknown attribute `blink`"))
    }

    @Test func missingEquals() {
        #expect(error("name = X\nnormal white on black") == ThemeError(file: "t.theme", line: 2, message: "expected `key = value`"))
    }

    @Test func missingNormal() {
        #expect(error("# no normal here\ntitle = red on black\n") == ThemeError(file: "t.theme", line: 1, message: "role `normal` is missing"))
        #expect(error("")?.message == "role `normal` is missing")
    }

    @Test func duplicateRole() {
        #expect(error("normal = white on black\ntitle = red\n# again\nTitle = blue")
            == ThemeError(file: "t.theme", line: 4, message: "role `title` is given twice"))
    }

    @Test func otherMistakes() {
        #expect(error("name =\nnormal = red")?.message == "name is empty")
        #expect(error("normal = white on")?.message.hasPrefix("expected `FOREGROUND on BACKGROUND`") == true)
        #expect(error("normal = white under black")?.line == 1)
        #expect(error("normal =")?.message == "no colour given")
        #expect(error("= red")?.message == "unknown role ``")
    }
}
