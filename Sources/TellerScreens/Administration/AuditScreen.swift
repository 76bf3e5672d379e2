import BankCore
import BranchServices
import Localization
import TerminalUI

/// The newest audit records, and a key that recomputes the whole hash chain
/// and says whether it is intact.
final class AuditScreen: KeyedScreen {
    /// This screen's actions; `keyTable` binds them to keys, `perform` does them.
    enum Action: Hashable, Sendable { case verify }

    private var table = Table(columns: [])
    private var entries: [AuditLogLine] = []
    private var names: [Int64: String] = [:]
    private var verdict: (text: String, role: StyleRole)?

    init(session: Session) { reload(session) }

    var capturesText: Bool { false }

    func title(_ session: Session) -> String { session.strings(.auditTitle) }

    func keyTable(_ session: Session) -> KeyTable<Action> {
        let s = session.strings
        return KeyTable([KeyBinding(.verify, keys: [.character("v")], title: s(.auditVerify), help: s(.auditVerifyLong))])
    }

    private func reload(_ session: Session) {
        guard let actor = session.signedIn else { return }
        let service = AuditService(session.context)
        do {
            entries = try service.recent(limit: 500, by: actor)
            names = service.operatorNames()
        } catch {
            session.say(error)
        }
    }

    func handle(_ key: Key, session: Session) -> KeyResult {
        // The list's own keys (arrows, pages) move the highlight.
        if table.handle(key) { return .handled }
        return dispatch(key, session: session) ?? .ignored
    }

    func perform(_ action: Action, key: Key, session: Session) -> KeyResult {
        switch action {
        case .verify: verifyChain(session)
        }
        return .handled
    }

    /// Recomputes the whole hash chain and says whether it is intact.
    private func verifyChain(_ session: Session) {
        do {
            let result = try AuditService(session.context).verify(by: session.signedIn)
            if result.breaches.isEmpty {
                verdict = (session.strings(.auditChainOK, String(result.records)), .success)
            } else {
                verdict = (session.strings(.auditChainBroken, result.breaches.map(\.description).joined(separator: "; ")), .error)
            }
        } catch {
            session.say(error)
        }
        reload(session)
    }

    func render(into buffer: inout CellBuffer, area: Rect, session: Session) -> Point? {
        let s = session.strings
        table.columns = [
            TableColumn(s(.auditColumnSeq), width: 6, alignment: .right),
            TableColumn(s(.auditColumnTime), width: 19),
            TableColumn(s(.auditColumnOperator), width: 10),
            TableColumn(s(.auditColumnAction), width: 22),
            TableColumn(s(.auditColumnDetail)),
        ]
        table.emptyMessage = s(.auditEmpty)
        table.setRows(entries.map { entry in
            let who = entry.operatorID.flatMap { names[$0] } ?? "-"
            let detail = OperatorMentions.named([entry.subject, entry.detail].filter { !$0.isEmpty }.joined(separator: " ")) { names[$0] }
            return [String(entry.seq), session.timestamp(entry.at), who, entry.action, detail]
        })
        var tableArea = area.inset(1)
        if let verdict {
            buffer.write(verdict.text, in: Rect(x: tableArea.x, y: tableArea.y, width: tableArea.width, height: 1), role: verdict.role)
            tableArea = tableArea.below(2)
        }
        table.render(into: &buffer, at: tableArea)
        return nil
    }
}
