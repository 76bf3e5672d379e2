import Localization
import Testing

/// The message `body` throws, or nil when it succeeds. Any other error is
/// recorded as a test issue (the services only ever throw messages).
public func failure<T>(_ body: () throws -> T, sourceLocation: SourceLocation = #_sourceLocation) -> LocalizedMessage? {
    do {
        _ = try body()
        return nil
    } catch let message as LocalizedMessage {
        return message
    } catch {
        Issue.record("expected a LocalizedMessage, got \(error)", sourceLocation: sourceLocation)
        return LocalizedMessage(.unexpectedError, "\(error)")
    }
}
