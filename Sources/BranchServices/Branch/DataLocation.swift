import Foundation

/// Where branch files live by default: the XDG data directory
/// (`$XDG_DATA_HOME/teller`, else `~/.local/share/teller`). The real branch
/// is `branch.sqlite`; the training sandbox is `training.sqlite`, a
/// different file, so demo mode can never write the real one.
public enum DataLocation {
    public static func directory(environment: [String: String]) -> String {
        if let xdg = environment["XDG_DATA_HOME"], xdg.hasPrefix("/") {
            return (xdg as NSString).appendingPathComponent("teller")
        }
        let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
        return (home as NSString).appendingPathComponent(".local/share/teller")
    }

    public static func branchFile(environment: [String: String]) -> String {
        if let path = environment["TELLER_DB"], !path.isEmpty { return path }
        return (directory(environment: environment) as NSString).appendingPathComponent("branch.sqlite")
    }

    public static func trainingFile(environment: [String: String]) -> String {
        (directory(environment: environment) as NSString).appendingPathComponent("training.sqlite")
    }
}
