import CEditLine
import Foundation

/// Facts about the terminal the process runs in.
enum TerminalInfo {
    static var stdinIsTerminal: Bool { isatty(0) == 1 }
    static var stdoutIsTerminal: Bool { isatty(1) == 1 }
    static var stderrIsTerminal: Bool { isatty(2) == 1 }

    /// Columns of stdout's terminal, else $COLUMNS, else 80.
    static func columns(environment: [String: String]) -> Int {
        let c = Int(ecovol_terminal_columns(1))
        if c > 0 { return c }
        if let env = environment["COLUMNS"], let n = Int(env), n > 0 { return n }
        return 80
    }

    static func rows(environment: [String: String]) -> Int {
        let r = Int(ecovol_terminal_rows(1))
        if r > 0 { return r }
        if let env = environment["LINES"], let n = Int(env), n > 0 { return n }
        return 24
    }

    /// Colour is used only on a terminal, never under NO_COLOR (any non-empty value) or --no-color.
    static func colorEnabled(noColorFlag: Bool, environment: [String: String]) -> Bool {
        if noColorFlag { return false }
        if let value = environment["NO_COLOR"], !value.isEmpty { return false }
        if environment["TERM"] == "dumb" { return false }
        return stdoutIsTerminal
    }
}
