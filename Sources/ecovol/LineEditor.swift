import CEditLine
import EcoVolKit
import Foundation

/// The interactive line editor: libedit in wide-character mode, set up the way the
/// project's libedit notes found necessary for Chinese (UTF-8 LC_CTYPE, the insert/delete
/// capability workaround for wrapped lines), with bash-like keys, Tab completion from the
/// command declarations, substring history search that works with Chinese, Ctrl-C that
/// clears the line, and bracketed paste that turns a multi-line paste into one input.
@MainActor
final class LineEditor {
    enum Input: Equatable {
        case line(String)
        case cancelled
        case endOfInput
    }

    fileprivate let el: OpaquePointer
    fileprivate let history: OpaquePointer
    private var historyEvent = HistEventW()
    private var promptPointer: UnsafeMutablePointer<wchar_t>
    private var rightPromptPointer: UnsafeMutablePointer<wchar_t>
    private var entries: [String]
    private var cancelled = false
    /// The pattern of the last Ctrl-R search; Ctrl-R Ctrl-R repeats it, as in bash.
    private var lastSearchQuery: String?
    /// The text behind `promptPointer`, put back after a search.
    private var promptText = "> "
    private let bracketedPaste: Bool
    /// The terminal's own (cooked) settings, restored while ecovol is suspended.
    private var cookedTerminal = termios()
    private let language: () -> Language

    /// Signalled when the process is continued after Ctrl-Z.
    private let continued = ContinueSignal()

    /// Completes a line given the cursor position (in characters).
    var complete: ((String, Int) -> Completer.Result)?

    /// Marker shown in place of newlines inside a pasted block.
    static let pasteNewline = "⏎"

    init(history initial: [String], environment: [String: String], language: @escaping () -> Language) {
        self.entries = initial
        self.language = language
        let term = environment["TERM"] ?? ""
        self.bracketedPaste = !(term.isEmpty || term == "dumb")
        tcgetattr(0, &cookedTerminal)
        guard let el = el_init("ecovol", ecovol_stdin(), ecovol_stdout(), ecovol_stderr()) else {
            fatalError("libedit could not start: el_init failed")
        }
        self.el = el
        self.history = history_winit()
        self.promptPointer = WideString.allocate("> ")
        self.rightPromptPointer = WideString.allocate("")
        configure()
    }

    private func configure() {
        ecovol_el_set_clientdata(el, Unmanaged.passUnretained(self).toOpaque())
        ecovol_el_set_str(el, EL_EDITOR, WideString.make("emacs"))
        ecovol_el_set_int(el, EL_SIGNAL, 1)
        // Rewrite the rest of the line instead of using insert/delete-character
        // capabilities: with them libedit loses the wrapped tail of a long line.
        for cap in ["im", "ic", "IC", "dc", "DC"] {
            ecovol_el_set_3str(el, EL_SETTC, WideString.make(cap), WideString.make(""))
        }
        // Ctrl-C and Ctrl-Z reach our key functions instead of raising signals at the prompt.
        ecovol_el_set_3str(el, EL_SETTY, WideString.make("-d"), WideString.make("-isig"))
        ecovol_el_set_prompt(el, EL_PROMPT_ESC, { el in LineEditor.promptAddress(el, right: false) }, 1)
        ecovol_el_set_prompt(el, EL_RPROMPT_ESC, { el in LineEditor.promptAddress(el, right: true) }, 1)

        _ = ecovol_history_int(history, &historyEvent, H_SETSIZE, 1000)
        _ = ecovol_history_int(history, &historyEvent, H_SETUNIQUE, 1)
        for entry in entries {
            _ = ecovol_history_wstr(history, &historyEvent, H_ENTER, WideString.make(entry))
        }
        ecovol_el_set_hist(el, history)

        addFunction("ecovol-complete", "Complete commands, arguments and words", "^I") { el, _ in
            LineEditor.onMain(el) { $0.completeKey() }
        }
        addFunction("ecovol-cancel", "Clear the line", "^C") { el, _ in
            LineEditor.onMain(el) { $0.cancelKey() }
        }
        addFunction("ecovol-suspend", "Suspend ecovol", "^Z") { el, _ in
            LineEditor.onMain(el) { $0.suspendKey() }
        }
        addFunction("ecovol-search", "Search history by substring", "^R") { el, _ in
            LineEditor.onMain(el) { $0.searchKey() }
        }
        addFunction("ecovol-paste", "Bracketed paste", "\u{1B}[200~") { el, _ in
            LineEditor.onMain(el) { $0.pasteKey() }
        }
        let bindings: [(String, String)] = [
            ("^W", "ed-delete-prev-word"),
            ("^U", "vi-kill-line-prev"),
            ("\u{1B}[1;5D", "ed-prev-word"),
            ("\u{1B}[1;5C", "em-next-word"),
            ("\u{1B}[3~", "ed-delete-next-char"),
            ("\u{1B}[H", "ed-move-to-beg"),
            ("\u{1B}[F", "ed-move-to-end"),
            ("\u{1B}[1~", "ed-move-to-beg"),
            ("\u{1B}[4~", "ed-move-to-end"),
        ]
        for (key, function) in bindings {
            ecovol_el_set_3str(el, EL_BIND, WideString.make(key), WideString.make(function))
        }
        // A user's ~/.editrc (e.g. `bind -v` for vi mode) applies last.
        _ = el_source(el, nil)
    }

    /// libedit keeps the name and help pointers of EL_ADDFN without copying, so they are
    /// allocated once and live as long as the process.
    private func addFunction(_ name: String, _ help: String, _ key: String, _ fn: ecovol_key_fn) {
        let namePointer = WideString.allocate(name)
        let helpPointer = WideString.allocate(help)
        ecovol_el_addfn(el, namePointer, helpPointer, fn)
        ecovol_el_set_3str(el, EL_BIND, WideString.make(key), namePointer)
    }

    /// The editor behind a libedit handle. libedit calls back synchronously on the thread
    /// that called `el_wgets`, which is the main actor's.
    private static func from(_ el: OpaquePointer?) -> LineEditor? {
        guard let el, let data = ecovol_el_get_clientdata(el) else { return nil }
        return Unmanaged<LineEditor>.fromOpaque(data).takeUnretainedValue()
    }

    /// Runs a key function on the main actor, where libedit's callback already is.
    nonisolated private static func onMain(_ el: OpaquePointer?, _ body: @MainActor (LineEditor) -> UInt8) -> UInt8 {
        let address = el.map { UInt(bitPattern: Int(bitPattern: UnsafeRawPointer($0))) } ?? 0
        return MainActor.assumeIsolated {
            guard address != 0, let editor = from(OpaquePointer(bitPattern: address)) else { return UInt8(CC_ERROR) }
            return body(editor)
        }
    }

    /// The prompt buffers' addresses, read on the main actor.
    nonisolated private static func promptAddress(_ el: OpaquePointer?, right: Bool) -> UnsafeMutablePointer<wchar_t>? {
        let address = el.map { UInt(bitPattern: Int(bitPattern: UnsafeRawPointer($0))) } ?? 0
        let result: UInt = MainActor.assumeIsolated {
            guard address != 0, let editor = from(OpaquePointer(bitPattern: address)) else { return 0 }
            guard right else { return UInt(bitPattern: editor.promptPointer) }
            return UInt(bitPattern: editor.rightPromptPointer)
        }
        return UnsafeMutablePointer(bitPattern: result)
    }

    // MARK: - Reading

    /// Reads one line with `prompt` (which may contain \u{1}-wrapped escapes).
    func readLine(prompt: String) -> Input {
        setPrompt(prompt)
        setRightPrompt("")
        cancelled = false
        if bracketedPaste { writeRaw("\u{1B}[?2004h") }
        var count: Int32 = 0
        let result = el_wgets(el, &count)
        let savedErrno = errno
        if bracketedPaste { writeRaw("\u{1B}[?2004l") }
        guard let result else {
            if count == -1 && savedErrno == EINTR { return .cancelled }
            return .endOfInput
        }
        if cancelled { return .cancelled }
        var line = WideString.string(result, count: Int(count))
        while line.hasSuffix("\n") || line.hasSuffix("\r") { line.removeLast() }
        return .line(line.replacingOccurrences(of: Self.pasteNewline, with: "\n"))
    }

    /// Puts `text` on the next line read, as if typed, so it can be run with Enter, edited
    /// first, or dropped with Ctrl-C (a request's proposed command).
    func prefill(_ text: String) {
        el_wpush(el, WideString.make(TerminalSafeText.singleLine(text)))
    }

    /// Adds an accepted line to the in-memory history (Up, Down and Ctrl-R).
    func remember(_ line: String) {
        let entry = line.replacingOccurrences(of: "\n", with: " ")
        guard !entry.isEmpty, entries.last != entry else { return }
        entries.append(entry)
        _ = ecovol_history_wstr(history, &historyEvent, H_ENTER, WideString.make(entry))
    }

    private func setPrompt(_ text: String) {
        promptText = text
        let old = promptPointer
        promptPointer = WideString.allocate(text)
        old.deallocate()
    }

    private func setRightPrompt(_ text: String) {
        let old = rightPromptPointer
        rightPromptPointer = WideString.allocate(text)
        old.deallocate()
    }

    private func writeRaw(_ text: String) {
        fputs(text, ecovol_stdout())
        fflush(ecovol_stdout())
    }

    // MARK: - Current line

    private func currentLine() -> (text: String, cursor: Int, length: Int) {
        guard let info = el_wline(el)?.pointee, let buffer = info.buffer, let cursor = info.cursor,
            let last = info.lastchar
        else {
            return ("", 0, 0)
        }
        let before = WideString.string(from: buffer, to: cursor)
        let all = WideString.string(from: buffer, to: last)
        return (all, before.count, last - buffer)
    }

    private func replaceLine(with text: String) {
        guard let info = el_wline(el)?.pointee, let cursor = info.cursor, let last = info.lastchar,
            let buffer = info.buffer
        else { return }
        _ = el_cursor(el, Int32(last - cursor))
        el_deletestr(el, Int32(last - buffer))
        _ = el_winsertstr(el, WideString.make(text))
    }

    // MARK: - Key functions

    private func completeKey() -> UInt8 {
        guard let complete else { return UInt8(CC_REFRESH_BEEP) }
        let line = currentLine()
        let characters = Array(line.text)
        // The cursor from libedit counts scalars; convert to a character offset.
        var scalarsSeen = 0
        var characterCursor = 0
        let scalarCursor = { () -> Int in
            guard let info = el_wline(el)?.pointee, let b = info.buffer, let c = info.cursor else { return 0 }
            return c - b
        }()
        for ch in characters {
            if scalarsSeen >= scalarCursor { break }
            scalarsSeen += ch.unicodeScalars.count
            characterCursor += 1
        }
        let result = complete(line.text, characterCursor)
        if !result.insertion.isEmpty {
            // libedit counts wide characters, one per scalar.
            if !result.replacing.isEmpty { el_deletestr(el, Int32(result.replacing.unicodeScalars.count)) }
            _ = el_winsertstr(el, WideString.make(result.insertion))
            return UInt8(CC_REFRESH)
        }
        if result.candidates.count > 1 {
            writeRaw("\n" + columns(result.candidates.map(\.value)) + "\n")
            return UInt8(CC_REDISPLAY)
        }
        return UInt8(result.candidates.isEmpty ? CC_REFRESH_BEEP : CC_REFRESH)
    }

    /// Candidates laid out in columns by display width, like bash.
    private func columns(_ values: [String]) -> String {
        let safe = values.map { TerminalSafeText.singleLine($0) }
        let width = (safe.map { DisplayWidth.of($0) }.max() ?? 0) + 2
        let total = max(20, TerminalInfo.columns(environment: [:]))
        let perRow = max(1, total / max(1, width))
        var lines: [String] = []
        var index = 0
        while index < safe.count {
            let row = safe[index..<min(index + perRow, safe.count)]
            lines.append(row.map { DisplayWidth.padRight($0, to: width) }.joined().trimmingCharacters(in: .whitespaces))
            index += perRow
        }
        return lines.joined(separator: "\n")
    }

    /// Ctrl-Z: stop like any job, handing the shell a cooked terminal, and redraw the
    /// half-typed line on `fg`. A SIGTSTP would be handled asynchronously by libedit on
    /// another thread (Swift's main actor does not run on the process's main thread), so
    /// this stops the process with SIGSTOP, which no handler intercepts, and resumes here.
    private func suspendKey() -> UInt8 {
        var raw = termios()
        tcgetattr(0, &raw)
        writeRaw("\n")
        tcsetattr(0, TCSADRAIN, &cookedTerminal)
        continued.drain()
        kill(getpid(), SIGSTOP)
        // The stop lands on another thread; wait here until `fg` sends SIGCONT.
        continued.wait()
        tcsetattr(0, TCSADRAIN, &raw)
        return UInt8(CC_REDISPLAY)
    }

    private func cancelKey() -> UInt8 {
        if let info = el_wline(el)?.pointee, let cursor = info.cursor, let last = info.lastchar {
            _ = el_cursor(el, Int32(last - cursor))
        }
        _ = el_winsertstr(el, WideString.make("^C"))
        cancelled = true
        el_wpush(el, WideString.make("\n"))
        return UInt8(CC_REFRESH)
    }

    /// Ctrl-R: incremental history search as in bash/readline. The match updates with each
    /// character typed (Chinese included: keys are read here, not through libedit's key
    /// map, which truncates wide characters); Ctrl-R again goes further back; Backspace
    /// shortens the pattern; Enter runs the match; Right, Left, Ctrl-E, Ctrl-A and the other
    /// arrows accept it for editing; Ctrl-G or Esc restore the line as it was. A line typed
    /// before Ctrl-R is the initial pattern, so the older habit still works.
    private func searchKey() -> UInt8 {
        let original = currentLine()
        let originalCursor = currentScalarCursor()
        let originalPrompt = promptText
        var query = original.text
        let search = HistorySearch(entries: entries)
        var match = search.find(query)
        func draw() {
            let row = cursorRow()
            let key: MessageKey = match == nil && !query.isEmpty ? .replSearchFailed : .replSearchPrompt
            setPrompt(L(key, ["query": TerminalSafeText.singleLine(query)]).text(language()))
            replaceLine(with: match.map { entries[$0] } ?? (query.isEmpty ? "" : original.text))
            if let index = match, let offset = HistorySearch.matchOffset(of: query, in: entries[index]) {
                _ = el_cursor(el, Int32(offset - entries[index].unicodeScalars.count))
            }
            redraw(fromRow: row)
        }
        func finish(with line: String?, restoring: Bool) {
            setPrompt(originalPrompt)
            if restoring {
                replaceLine(with: original.text)
                _ = el_cursor(el, Int32(originalCursor - original.text.unicodeScalars.count))
            } else if let line {
                replaceLine(with: line)
            }
            if !query.isEmpty { lastSearchQuery = query }
        }
        draw()
        var ch: wchar_t = 0
        while el_wgetc(el, &ch) == 1 {
            let code = UInt32(bitPattern: ch)
            switch code {
            case 0x12:  // Ctrl-R: older match (or the previous search's pattern)
                if query.isEmpty, let last = lastSearchQuery {
                    query = last
                    match = search.find(query)
                } else if !query.isEmpty {
                    match = search.older(than: match, query) ?? match
                }
            case 0x7F, 0x08:  // Backspace
                if !query.isEmpty { query.removeLast() }
                match = query.isEmpty ? nil : search.find(query)
            case 0x0D, 0x0A:  // Enter: run the match, shown after the ordinary prompt
                let row = cursorRow()
                finish(with: match.map { entries[$0] } ?? original.text, restoring: false)
                redraw(fromRow: row)
                // libedit's own newline key finishes the line (cursor to the bottom, newline).
                el_wpush(el, WideString.make("\n"))
                return UInt8(CC_REFRESH)
            case 0x07:  // Ctrl-G: give up
                finish(with: nil, restoring: true)
                return UInt8(CC_REDISPLAY)
            case 0x03:  // Ctrl-C: give up and let the Ctrl-C key clear the line
                finish(with: nil, restoring: true)
                el_wpush(el, WideString.make("\u{3}"))
                return UInt8(CC_REDISPLAY)
            case 0x1B:
                // A lone Esc restores; an escape sequence (arrows, Home, End, a paste)
                // accepts the match for editing and then acts on the line.
                guard ecovol_input_pending(0, 40) != 0 else {
                    finish(with: nil, restoring: true)
                    return UInt8(CC_REDISPLAY)
                }
                finish(with: match.map { entries[$0] } ?? original.text, restoring: false)
                el_wpush(el, WideString.make("\u{1B}"))
                return UInt8(CC_REDISPLAY)
            default:
                if code < 0x20 {
                    // Any other control key (Ctrl-E, Ctrl-A, Ctrl-F …) accepts, then acts.
                    finish(with: match.map { entries[$0] } ?? original.text, restoring: false)
                    if let scalar = Unicode.Scalar(code) { el_wpush(el, WideString.make(String(Character(scalar)))) }
                    return UInt8(CC_REDISPLAY)
                }
                guard let scalar = Unicode.Scalar(code) else { continue }
                query.unicodeScalars.append(scalar)
                match = search.find(query, from: match)
            }
            draw()
        }
        finish(with: nil, restoring: true)
        return UInt8(CC_REDISPLAY)
    }

    /// Redraws prompt and line with EL_REFRESH, which draws from the start of the edit area
    /// as if the screen there were blank: so go there (`row` is where the cursor is now) and
    /// clear first.
    private func redraw(fromRow row: Int) {
        writeRaw("\r" + (row > 0 ? "\u{1B}[\(row)A" : "") + "\u{1B}[J")
        ecovol_el_refresh(el)
    }

    /// The screen row (from the prompt's first row) that libedit's cursor is on, found by
    /// laying the prompt and the text before the cursor out as libedit does: a character
    /// that does not fit moves to the next row, and a full row moves the cursor down.
    private func cursorRow() -> Int {
        let columns = max(1, TerminalInfo.columns(environment: [:]))
        let visiblePrompt = promptText.split(separator: "\u{1}", omittingEmptySubsequences: false)
            .enumerated().filter { $0.offset % 2 == 0 }.map(\.element).joined()
        let scalars = Array(currentLine().text.unicodeScalars.prefix(currentScalarCursor()))
        let text = visiblePrompt + String(String.UnicodeScalarView(scalars))
        var row = 0
        var column = 0
        for character in text {
            let width = DisplayWidth.of(character)
            if column + width > columns {
                row += 1
                column = 0
            }
            column += width
            if column >= columns {
                row += 1
                column = 0
            }
        }
        return row
    }

    /// The cursor as a count of wide characters from the start of the line.
    private func currentScalarCursor() -> Int {
        guard let info = el_wline(el)?.pointee, let buffer = info.buffer, let cursor = info.cursor else { return 0 }
        return cursor - buffer
    }

    /// Reads a bracketed paste up to ESC[201~ and inserts it as one piece of the line.
    private func pasteKey() -> UInt8 {
        var scalars: [Unicode.Scalar] = []
        let end: [Unicode.Scalar] = ["\u{1B}", "[", "2", "0", "1", "~"]
        var ch: wchar_t = 0
        while el_wgetc(el, &ch) == 1 {
            guard let scalar = Unicode.Scalar(UInt32(bitPattern: ch)) else { continue }
            scalars.append(scalar)
            if scalars.count >= end.count, Array(scalars.suffix(end.count)) == end {
                scalars.removeLast(end.count)
                break
            }
        }
        var text = String(String.UnicodeScalarView(scalars))
        text = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        while text.hasSuffix("\n") { text.removeLast() }
        text = TerminalSafeText.sanitize(text).replacingOccurrences(of: "\n", with: Self.pasteNewline)
        _ = el_winsertstr(el, WideString.make(text))
        return UInt8(CC_REFRESH)
    }
}

extension LineEditor {
    /// Restores the terminal and frees libedit's state.
    func close() {
        el_end(el)
        history_wend(history)
    }
}

/// Counts SIGCONT deliveries so the thread that stopped the process can wait to be continued.
/// libedit's own SIGCONT handler passes the signal on to the one it found (this one's).
final class ContinueSignal {
    private let semaphore = DispatchSemaphore(value: 0)
    private let watch: SignalWatch

    init() {
        let semaphore = self.semaphore
        watch = SignalWatch(signal: SIGCONT) { semaphore.signal() }
    }

    deinit { watch.cancel() }

    func drain() {
        while semaphore.wait(timeout: .now()) == .success {}
    }

    func wait() {
        semaphore.wait()
    }
}
