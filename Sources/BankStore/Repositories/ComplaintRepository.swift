import BankCore
import Foundation

/// Complaints, their append-only history, care tasks and suggestions.
public final class ComplaintRepository {
    private let db: Database

    public init(db: Database) { self.db = db }

    // MARK: Complaints

    /// The next registration number for a business day: `C20261123-0001`.
    public func nextNumber(on date: BusinessDate) throws -> String {
        let prefix = "C" + date.description.replacingOccurrences(of: "-", with: "") + "-"
        let count = try db.scalarInt("SELECT count(*) FROM complaints WHERE number LIKE ?", [.text(prefix + "%")]) ?? 0
        return prefix + String(format: "%04lld", count + 1)
    }

    public func insert(_ complaint: ComplaintRecord) throws -> Int64 {
        try db.execute("""
            INSERT INTO complaints (number, channel, customer_id, contact, category, severity, description, remedy_wanted,
                about_operator_id, ticket_id, entry_id, team, handler_id, status, track, business_date, received_at, due_at, created_by)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, [.text(complaint.number), .text(complaint.channel.rawValue), SQLValue(complaint.customerID), .text(complaint.contact),
                  .text(complaint.category.rawValue), .text(complaint.severity.rawValue), .text(complaint.description),
                  .text(complaint.remedyWanted), SQLValue(complaint.aboutOperatorID), SQLValue(complaint.ticketID),
                  SQLValue(complaint.entryID), .text(complaint.team.rawValue), SQLValue(complaint.handlerID),
                  .text(complaint.status.rawValue), .text(complaint.track.rawValue), .text(complaint.businessDate.description),
                  SQLValue(millis: complaint.receivedAt), SQLValue(millis: complaint.dueAt), .integer(complaint.createdBy)])
        return db.lastInsertRowID
    }

    public func complaint(id: Int64) throws -> ComplaintRecord? {
        try db.queryOne("SELECT * FROM complaints WHERE id = ?", [.integer(id)]).map(decode)
    }

    public func complaint(number: String) throws -> ComplaintRecord? {
        try db.queryOne("SELECT * FROM complaints WHERE number = ?", [.text(number)]).map(decode)
    }

    /// Saves the mutable part of a complaint (status, handler, track, deadline, response, closing).
    public func update(_ complaint: ComplaintRecord) throws {
        try db.execute("""
            UPDATE complaints SET handler_id = ?, status = ?, track = ?, due_at = ?, response_explanation = ?, response_monetary = ?,
                response_non_monetary = ?, remedy_entry_id = ?, responded_at = ?, closed_at = ?, satisfaction = ? WHERE id = ?
            """, [SQLValue(complaint.handlerID), .text(complaint.status.rawValue), .text(complaint.track.rawValue),
                  SQLValue(millis: complaint.dueAt), SQLValue(complaint.responseExplanation), SQLValue(complaint.responseMonetary),
                  SQLValue(complaint.responseNonMonetary), SQLValue(complaint.remedyEntryID),
                  complaint.respondedAt.map { SQLValue(millis: $0) } ?? .null, complaint.closedAt.map { SQLValue(millis: $0) } ?? .null,
                  SQLValue(complaint.satisfaction.map(Int64.init)), .integer(complaint.id)])
    }

    /// Complaints in `statuses`, most urgent deadline first.
    public func complaints(statuses: [ComplaintStatus], limit: Int = 500) throws -> [ComplaintRecord] {
        let placeholders = statuses.map { _ in "?" }.joined(separator: ", ")
        return try db.query("SELECT * FROM complaints WHERE status IN (\(placeholders)) ORDER BY due_at, id LIMIT ?",
                            statuses.map { .text($0.rawValue) } + [SQLValue(limit)]).map(decode)
    }

    /// The newest complaints whatever their status.
    public func recent(limit: Int) throws -> [ComplaintRecord] {
        try db.query("SELECT * FROM complaints ORDER BY id DESC LIMIT ?", [SQLValue(limit)]).map(decode)
    }

    /// Compensation paid on a complaint so far, over all its responses (every
    /// `complaint_remedy` entry the ledger holds for it), in minor units.
    public func remediesPaid(complaintNumber: String) throws -> Int64 {
        try db.scalarInt("SELECT coalesce(sum(amount), 0) FROM journal_entries WHERE kind = 'complaint_remedy' AND memo = ?",
                         [.text("complaint \(complaintNumber)")]) ?? 0
    }

    /// Open complaints handled by an operator (to spread the work).
    public func openCount(handlerID: Int64) throws -> Int {
        Int(try db.scalarInt("""
            SELECT count(*) FROM complaints WHERE handler_id = ? AND status NOT IN ('responded', 'closed')
            """, [.integer(handlerID)]) ?? 0)
    }

    private func decode(_ row: Row) throws -> ComplaintRecord {
        guard let channel = ComplaintChannel(rawValue: row.string("channel") ?? ""),
              let category = ComplaintCategory(rawValue: row.string("category") ?? ""),
              let severity = ComplaintSeverity(rawValue: row.string("severity") ?? ""),
              let team = ComplaintTeam(rawValue: row.string("team") ?? ""),
              let status = ComplaintStatus(rawValue: row.string("status") ?? ""),
              let track = ComplaintTrack(rawValue: row.string("track") ?? ""),
              let date = row.string("business_date").flatMap(BusinessDate.init) else {
            throw Row.damaged("complaints", "known values", in: db)
        }
        return ComplaintRecord(
            id: try row.requiredInt("id", in: db), number: try row.requiredString("number", in: db), channel: channel,
            customerID: row.int("customer_id"), contact: row.string("contact") ?? "", category: category, severity: severity,
            description: row.string("description") ?? "", remedyWanted: row.string("remedy_wanted") ?? "",
            aboutOperatorID: row.int("about_operator_id"), ticketID: row.int("ticket_id"), entryID: row.int("entry_id"), team: team,
            handlerID: row.int("handler_id"), status: status, track: track, businessDate: date,
            receivedAt: row.date("received_at") ?? .distantPast, dueAt: row.date("due_at") ?? .distantPast,
            responseExplanation: row.string("response_explanation"), responseMonetary: row.int("response_monetary"),
            responseNonMonetary: row.string("response_non_monetary"), remedyEntryID: row.int("remedy_entry_id"),
            respondedAt: row.date("responded_at"), closedAt: row.date("closed_at"), satisfaction: row.int("satisfaction").map(Int.init),
            createdBy: try row.requiredInt("created_by", in: db))
    }

    // MARK: History

    public func appendEvent(complaintID: Int64, at: Date, operatorID: Int64?, kind: String, from: ComplaintStatus?,
                            to: ComplaintStatus?, detail: String) throws {
        try db.execute("""
            INSERT INTO complaint_events (complaint_id, at, operator_id, kind, from_status, to_status, detail) VALUES (?, ?, ?, ?, ?, ?, ?)
            """, [.integer(complaintID), SQLValue(millis: at), SQLValue(operatorID), .text(kind), SQLValue(from?.rawValue),
                  SQLValue(to?.rawValue), .text(detail)])
    }

    public func events(complaintID: Int64) throws -> [ComplaintEventRecord] {
        try db.query("SELECT * FROM complaint_events WHERE complaint_id = ? ORDER BY id", [.integer(complaintID)]).map {
            ComplaintEventRecord(id: $0.int("id") ?? 0, complaintID: complaintID, at: $0.date("at") ?? .distantPast,
                                 operatorID: $0.int("operator_id"), kind: $0.string("kind") ?? "", fromStatus: $0.string("from_status"),
                                 toStatus: $0.string("to_status"), detail: $0.string("detail") ?? "")
        }
    }

    // MARK: Care tasks

    public func insertTask(kind: CareTaskKind, customerID: Int64?, complaintID: Int64?, accountID: Int64?, note: String,
                           dueDate: BusinessDate, assignedTo: Int64?, createdBy: Int64?, at: Date) throws -> Int64 {
        try db.execute("""
            INSERT INTO care_tasks (kind, customer_id, complaint_id, account_id, note, due_date, assigned_to, created_by, created_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, [.text(kind.rawValue), SQLValue(customerID), SQLValue(complaintID), SQLValue(accountID), .text(note),
                  .text(dueDate.description), SQLValue(assignedTo), SQLValue(createdBy), SQLValue(millis: at)])
        return db.lastInsertRowID
    }

    public func task(id: Int64) throws -> CareTaskRecord? {
        try db.queryOne("SELECT * FROM care_tasks WHERE id = ?", [.integer(id)]).map(decodeTask)
    }

    /// Open tasks, earliest due first.
    public func openTasks(limit: Int = 500) throws -> [CareTaskRecord] {
        try db.query("SELECT * FROM care_tasks WHERE status = 'open' ORDER BY due_date, id LIMIT ?", [SQLValue(limit)]).map(decodeTask)
    }

    public func completeTask(id: Int64, status: String, outcome: String, by operatorID: Int64, at: Date) throws {
        try db.execute("UPDATE care_tasks SET status = ?, outcome = ?, done_by = ?, done_at = ? WHERE id = ? AND status = 'open'",
                       [.text(status), .text(outcome), .integer(operatorID), SQLValue(millis: at), .integer(id)])
    }

    /// Cancels a complaint's open tasks of one kind (a reopened complaint's call back), with the reason as outcome.
    public func cancelOpenTasks(complaintID: Int64, kind: CareTaskKind, outcome: String, by operatorID: Int64, at: Date) throws {
        try db.execute("""
            UPDATE care_tasks SET status = 'cancelled', outcome = ?, done_by = ?, done_at = ?
            WHERE complaint_id = ? AND kind = ? AND status = 'open'
            """, [.text(outcome), .integer(operatorID), SQLValue(millis: at), .integer(complaintID), .text(kind.rawValue)])
    }

    /// Dormant accounts that have no open dormant-account task yet.
    public func dormantAccountsWithoutTask() throws -> [(accountID: Int64, customerID: Int64)] {
        try db.query("""
            SELECT a.id, a.customer_id FROM accounts a WHERE a.status = 'dormant' AND NOT EXISTS (
                SELECT 1 FROM care_tasks t WHERE t.account_id = a.id AND t.kind = 'dormant_account' AND t.status = 'open')
            ORDER BY a.id
            """).map { ($0.int("id") ?? 0, $0.int("customer_id") ?? 0) }
    }

    private func decodeTask(_ row: Row) throws -> CareTaskRecord {
        guard let kind = CareTaskKind(rawValue: row.string("kind") ?? ""), let due = row.string("due_date").flatMap(BusinessDate.init) else {
            throw Row.damaged("care_tasks", "known values", in: db)
        }
        return CareTaskRecord(id: try row.requiredInt("id", in: db), kind: kind, customerID: row.int("customer_id"),
                              complaintID: row.int("complaint_id"), accountID: row.int("account_id"), note: row.string("note") ?? "",
                              dueDate: due, status: row.string("status") ?? "open", outcome: row.string("outcome") ?? "",
                              assignedTo: row.int("assigned_to"), loanID: row.int("loan_id"))
    }

    // MARK: Suggestions

    public func insertSuggestion(source: String, customerID: Int64?, operatorID: Int64?, channel: String, text: String,
                                 createdBy: Int64?, at: Date) throws -> Int64 {
        try db.execute("""
            INSERT INTO suggestions (source, customer_id, operator_id, channel, text, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)
            """, [.text(source), SQLValue(customerID), SQLValue(operatorID), .text(channel), .text(text), SQLValue(createdBy),
                  SQLValue(millis: at)])
        return db.lastInsertRowID
    }

    /// The newest suggestions, open ones (without an answer) first.
    public func suggestions(limit: Int = 200) throws -> [SuggestionRecord] {
        try db.query("SELECT * FROM suggestions ORDER BY answer IS NOT NULL, id DESC LIMIT ?", [SQLValue(limit)]).map(decodeSuggestion)
    }

    public func suggestion(id: Int64) throws -> SuggestionRecord? {
        try db.queryOne("SELECT * FROM suggestions WHERE id = ?", [.integer(id)]).map(decodeSuggestion)
    }

    /// Records the answer to an open suggestion, which closes it; false when it was already answered.
    public func answerSuggestion(id: Int64, answer: String, by operatorID: Int64, at: Date) throws -> Bool {
        try db.execute("UPDATE suggestions SET answer = ?, answered_by = ?, answered_at = ? WHERE id = ? AND answer IS NULL",
                       [.text(answer), .integer(operatorID), SQLValue(millis: at), .integer(id)])
        return db.changes > 0
    }

    private func decodeSuggestion(_ row: Row) -> SuggestionRecord {
        SuggestionRecord(id: row.int("id") ?? 0, source: row.string("source") ?? "", customerID: row.int("customer_id"),
                         operatorID: row.int("operator_id"), channel: row.string("channel") ?? "", text: row.string("text") ?? "",
                         createdAt: row.date("created_at") ?? .distantPast, answer: row.string("answer"),
                         answeredBy: row.int("answered_by"), answeredAt: row.date("answered_at"))
    }
}
