import Foundation

/// The themes found in a folder (`themes/*.theme`), plus any load errors so
/// the program can say which file and line is wrong and fall back to the
/// built-in default.
public struct ThemeLibrary: Sendable {
    public private(set) var themes: [Theme]
    public private(set) var errors: [ThemeError]

    public init(themes: [Theme], errors: [ThemeError] = []) {
        self.themes = themes
        self.errors = errors
    }

    /// Loads every `.theme` file in `directory`, sorted by id. The built-in
    /// default is added when the folder has no `default.theme`.
    public static func load(directory: String) -> ThemeLibrary {
        var themes: [Theme] = []
        var errors: [ThemeError] = []
        let files = ((try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? [])
            .filter { $0.hasSuffix(".theme") }
            .sorted()
        for file in files {
            let path = (directory as NSString).appendingPathComponent(file)
            let id = String(file.dropLast(".theme".count))
            guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
                errors.append(ThemeError(file: path, line: 0, message: "cannot be read as UTF-8 text"))
                continue
            }
            do {
                themes.append(try ThemeParser.parse(text, id: id, file: path))
            } catch let error as ThemeError {
                errors.append(error)
            } catch {
                errors.append(ThemeError(file: path, line: 0, message: "\(error)"))
            }
        }
        if !themes.contains(where: { $0.id == Theme.fallback.id }) { themes.insert(.fallback, at: 0) }
        return ThemeLibrary(themes: themes, errors: errors)
    }

    public var ids: [String] { themes.map(\.id) }

    /// The theme with this id, or nil.
    public func theme(id: String) -> Theme? { themes.first { $0.id == id } }

    /// What asking for a theme by id gives.
    public enum Choice: Sendable, Equatable {
        /// No id was asked for, or the theme loaded.
        case found(Theme)
        /// The file exists but has an error: the default theme is used, and the error says file and line.
        case broken(ThemeError, fallback: Theme)
        /// No file of that name at all.
        case unknown(String)
    }

    /// Resolves a requested id. A broken file falls back to the default
    /// rather than vanishing; only an id with no file behind it is unknown.
    public func choice(for id: String?) -> Choice {
        guard let id else { return .found(themeOrDefault(id: nil)) }
        if let theme = theme(id: id) { return .found(theme) }
        if let error = errors.first(where: { $0.themeID == id }) { return .broken(error, fallback: themeOrDefault(id: nil)) }
        return .unknown(id)
    }

    /// The theme with this id, or the default when it is missing or broken.
    public func themeOrDefault(id: String?) -> Theme {
        if let id, let theme = theme(id: id) { return theme }
        return theme(id: Theme.fallback.id) ?? .fallback
    }
}
