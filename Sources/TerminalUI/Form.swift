/// A labelled input inside a form: free text or a choice among options.
public struct FormField: Sendable {
    public enum Input: Sendable {
        case text(TextField)
        /// Options as (value, shown label); ←/→ or Space cycle through them.
        case choice(options: [(value: String, label: String)], selected: Int)
    }

    public var id: String
    public var label: String
    public var input: Input
    public var required: Bool
    /// Message shown under the field after a failed validation.
    public var error: String?
    /// A hint shown when there is no error (e.g. the expected format).
    public var hint: String?

    public init(id: String, label: String, input: Input, required: Bool = true, hint: String? = nil) {
        self.id = id
        self.label = label
        self.input = input
        self.required = required
        self.hint = hint
    }

    public static func text(_ id: String, _ label: String, _ value: String = "", maxLength: Int = 64, masked: Bool = false,
                            filter: CharacterFilter = .any, required: Bool = true, hint: String? = nil) -> FormField {
        FormField(id: id, label: label, input: .text(TextField(value, maxLength: maxLength, masked: masked, filter: filter)),
                  required: required, hint: hint)
    }

    public static func choice(_ id: String, _ label: String, options: [(value: String, label: String)], selected: Int = 0) -> FormField {
        // Not clamped here: screens may fill in translated options after creating the field.
        FormField(id: id, label: label, input: .choice(options: options, selected: max(0, selected)), required: true)
    }

    /// The current value: the text, or the selected option's value.
    public var value: String {
        switch input {
        case .text(let field): return field.text
        case .choice(let options, let selected): return options.indices.contains(selected) ? options[selected].value : ""
        }
    }
}

/// What a key did to a form.
public enum FormEvent: Equatable, Sendable {
    case none
    /// Enter on the last field (or Ctrl-S anywhere) with every field valid.
    case submit
}

/// A column of labelled fields with Tab / Shift-Tab / arrow navigation and a
/// message per field. The validator is supplied by the screen (it returns a
/// translated message, or nil when the value is fine).
public struct Form: Sendable, EditTracking {
    public var fields: [FormField]
    public var focus: Int = 0
    public var labelWidth: Int
    /// Message shown when a required field is empty.
    public var requiredMessage: String
    /// Message shown when a character is refused because the field is full, given the field's limit.
    public var limitMessage: @Sendable (Int) -> String = { "\($0)" }
    /// One row per field, with a single message line under the form (for long forms at 80×24).
    public var compact = false
    /// True once a key typed into a field changed it (prefilled values and `setValue` do not count),
    /// until `markSaved()`: leaving a form with typed work asks first.
    public private(set) var edited = false

    public init(fields: [FormField], labelWidth: Int = 18, requiredMessage: String) {
        self.fields = fields
        self.labelWidth = labelWidth
        self.requiredMessage = requiredMessage
    }

    public func value(_ id: String) -> String { fields.first { $0.id == id }?.value ?? "" }

    public mutating func setValue(_ id: String, _ value: String) {
        guard let i = fields.firstIndex(where: { $0.id == id }), case .text(var field) = fields[i].input else { return }
        field.text = value
        fields[i].input = .text(field)
    }

    public mutating func setError(_ id: String, _ message: String?) {
        guard let i = fields.firstIndex(where: { $0.id == id }) else { return }
        fields[i].error = message
        if message != nil { focus = i }
    }

    public mutating func clearErrors() { for i in fields.indices { fields[i].error = nil } }

    /// Says the typed work has been saved (or deliberately cleared): leaving no longer asks.
    public mutating func markSaved() { edited = false }

    /// Checks required fields and runs `validate` on each; focuses the first
    /// problem. Returns true when everything is valid.
    public mutating func validate(_ validate: (String, String) -> String?) -> Bool {
        var firstProblem: Int?
        for i in fields.indices {
            let value = fields[i].value
            if fields[i].required && value.trimmingCharacters(in: " ").isEmpty {
                fields[i].error = requiredMessage
            } else {
                fields[i].error = validate(fields[i].id, value)
            }
            if fields[i].error != nil && firstProblem == nil { firstProblem = i }
        }
        if let firstProblem { focus = firstProblem }
        return firstProblem == nil
    }

    public mutating func handle(_ key: Key, validate: (String, String) -> String?) -> FormEvent {
        guard !fields.isEmpty else { return .none }
        switch key {
        case .tab, .down:
            focus = (focus + 1) % fields.count
        case .backTab, .up:
            focus = (focus + fields.count - 1) % fields.count
        case .enter where focus < fields.count - 1:
            fields[focus].error = nil
            focus += 1
        case .enter, .control("s"):
            return self.validate(validate) ? .submit : .none
        default:
            switch fields[focus].input {
            case .text(var field):
                let before = field.text
                if field.handle(key) {
                    fields[focus].input = .text(field)
                    // Typing into a field clears its message; a character refused at the limit says why.
                    fields[focus].error = field.refusedAtLimit
                        ? limitMessage(field.maxLength) : nil
                    if field.text != before { edited = true }
                }
            case .choice(let options, let selected):
                guard !options.isEmpty else { break }
                switch key {
                case .right, .character(" "):
                    fields[focus].input = .choice(options: options, selected: (selected + 1) % options.count)
                    fields[focus].error = nil  // an answer was given: "required" no longer stands under it
                    edited = edited || options.count > 1
                case .left:
                    fields[focus].input = .choice(options: options, selected: (selected + options.count - 1) % options.count)
                    fields[focus].error = nil
                    edited = edited || options.count > 1
                default: break
                }
            }
        }
        return .none
    }

    /// Rows a form needs: one per field plus one per message line (compact: one message line in all).
    public var height: Int { compact ? fields.count + 1 : fields.count * 2 }

    /// Draws label, input and message for each field. Returns the cursor position of the focused text field.
    @discardableResult
    public func render(into buffer: inout CellBuffer, at rect: Rect) -> Point? {
        var cursor: Point?
        let labelWidth = labelWidth(in: rect.width)
        let inputWidth = max(4, min(rect.width - labelWidth - 2, 44))
        for (i, field) in fields.enumerated() {
            let y = rect.y + i * (compact ? 1 : 2)
            guard y < rect.maxY else { break }
            let focused = i == focus
            buffer.write(TextLayout.fit(field.label, width: labelWidth), x: rect.x, y: y,
                         role: focused ? .header : .label, maxWidth: labelWidth)
            let inputRect = Rect(x: rect.x + labelWidth + 1, y: y, width: inputWidth, height: 1)
            switch field.input {
            case .text(let textField):
                let point = textField.render(into: &buffer, at: inputRect, focused: focused)
                if focused { cursor = point }
            case .choice(let options, let selected):
                let role: StyleRole = focused ? .fieldFocused : .field
                buffer.fill(inputRect, role: role)
                let label = options.indices.contains(selected) ? "< " + options[selected].label + " >" : ""
                buffer.write(label, x: inputRect.x, y: y, role: role, maxWidth: inputWidth)
            }
            if !compact, y + 1 < rect.maxY {
                var messageRect = Rect(x: rect.x + labelWidth + 1, y: y + 1, width: rect.width - labelWidth - 1, height: 1)
                if focused { messageRect.width -= Self.drawCounter(field, into: &buffer, right: messageRect.maxX, y: y + 1) }
                if let error = field.error {
                    buffer.write("! " + error, in: messageRect, role: .error)
                } else if focused, let hint = field.hint {
                    buffer.write(hint, in: messageRect, role: .dim)
                }
            }
        }
        if compact, rect.y + fields.count < rect.maxY {
            var messageRect = Rect(x: rect.x + labelWidth + 1, y: rect.y + fields.count, width: rect.width - labelWidth - 1, height: 1)
            if fields.indices.contains(focus) {
                messageRect.width -= Self.drawCounter(fields[focus], into: &buffer, right: messageRect.maxX, y: messageRect.y)
            }
            if let problem = shownProblem, let error = problem.error {
                buffer.write("! " + problem.label + ": " + error, in: messageRect, role: .error)
            } else if fields.indices.contains(focus), let hint = fields[focus].hint {
                buffer.write(hint, in: messageRect, role: .dim)
            }
        }
        return cursor
    }

    /// The field whose message a compact form shows: the focused one's, else the first.
    var shownProblem: FormField? {
        fields.indices.contains(focus) && fields[focus].error != nil ? fields[focus] : fields.first { $0.error != nil }
    }

    /// The label column: wide enough for the longest label (labels are shortened
    /// by design, never cut by the edge), yet leaving the input at least 20 cells.
    public func labelWidth(in width: Int) -> Int {
        let widest = fields.map { DisplayWidth.of($0.label) + 1 }.max() ?? 0
        return max(labelWidth, min(widest, width - 22))
    }

    /// The focused field's message when it does not fit beside the form
    /// (`width` is the form's width): shown whole on the message line instead.
    public func problemTooLong(width: Int) -> String? {
        let room = width - labelWidth(in: width) - 1
        if compact {
            guard let problem = shownProblem, let error = problem.error else { return nil }
            let text = problem.label + ": " + error
            return DisplayWidth.of("! " + text) > room - counterWidth(problem) ? text : nil
        }
        guard fields.indices.contains(focus), let error = fields[focus].error else { return nil }
        return DisplayWidth.of("! " + error) > room - counterWidth(fields[focus]) ? fields[focus].label + ": " + error : nil
    }

    /// Free text longer than a word or two shows how much of its limit is used.
    static func showsCounter(_ field: FormField) -> Bool {
        guard case .text(let text) = field.input else { return false }
        return !text.isMasked && text.filter == .any && text.maxLength >= 40 && !text.characters.isEmpty
    }

    private func counterWidth(_ field: FormField) -> Int {
        guard Self.showsCounter(field), case .text(let text) = field.input else { return 0 }
        return DisplayWidth.of(Self.counterText(text)) + 1
    }

    private static func counterText(_ field: TextField) -> String { "\(field.characters.count)/\(field.maxLength)" }

    /// Draws "used/limit" ending at `right`; returns the cells it took (with a gap), 0 when not shown.
    private static func drawCounter(_ field: FormField, into buffer: inout CellBuffer, right: Int, y: Int) -> Int {
        guard showsCounter(field), case .text(let text) = field.input else { return 0 }
        let counter = counterText(text)
        let width = DisplayWidth.of(counter)
        buffer.write(counter, x: right - width, y: y, role: text.characters.count >= text.maxLength ? .warning : .dim)
        return width + 1
    }
}
