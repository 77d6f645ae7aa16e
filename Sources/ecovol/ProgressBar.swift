import EcoVolKit
import Foundation

/// A one-line progress bar on standard error (`复制 ▕██████░░░░▏ 61% 612,000/1,000,000`),
/// redrawn at most ten times a second, for long store work such as `store copy`. Only used
/// when standard error is a terminal; locked because reporters are `Sendable`.
final class ProgressBar: ProgressReporter, @unchecked Sendable {
    private let lock = NSLock()
    private let language: Language
    private var lastDraw = Date.distantPast
    private var drawn = false

    init(language: Language) {
        self.language = language
    }

    func update(label: String, done: Int, total: Int) {
        lock.lock()
        defer { lock.unlock() }
        let now = Date()
        guard done >= total || now.timeIntervalSince(lastDraw) >= 0.1 else { return }
        lastDraw = now
        let fraction = total > 0 ? min(1, Double(done) / Double(total)) : 1
        let width = 30
        let filled = Int(fraction * Double(width))
        let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
        let text = "\r\(label) ▕\(bar)▏ \(Int(fraction * 100))% \(done.formatted())/\(total.formatted())"
        FileHandle.standardError.write(Data(text.utf8))
        drawn = true
    }

    func finish() {
        lock.lock()
        defer { lock.unlock() }
        if drawn { FileHandle.standardError.write(Data("\n".utf8)) }
        drawn = false
    }
}
