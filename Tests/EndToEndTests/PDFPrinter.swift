import Foundation

/// Prints an HTML file the way an office does — a Chromium browser's print to PDF, here
/// headless — and reads the PDF back with poppler's `pdfinfo` and `pdftotext`, so the tests
/// judge the paper (page count, what each page says), not the markup.
/// `make test` installs the tools (Debian's chromium, fonts-noto-cjk, poppler-utils).
enum PDFPrinter {
    /// The browser (`$ECOVOL_CHROMIUM` when set), or nil.
    static let chromium: String? = {
        if let explicit = ProcessInfo.processInfo.environment["ECOVOL_CHROMIUM"], !explicit.isEmpty {
            return FileManager.default.isExecutableFile(atPath: explicit) ? explicit : nil
        }
        return ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"].lazy.compactMap(executable)
            .first
    }()
    static let pdftotext = executable("pdftotext")
    static let pdfinfo = executable("pdfinfo")
    static let serifCJK = [
        "/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc",
        "/usr/share/fonts/opentype/noto/NotoSerifCJK-Bold.ttc",
    ]
    .contains { FileManager.default.fileExists(atPath: $0) }

    /// What is missing, or nil when the PDF tests can run. Printed to standard error once,
    /// so a skipped suite is seen in the log and not only in a count.
    static let missing: String? = {
        var parts: [String] = []
        if chromium == nil { parts.append("chromium (apt-get install chromium)") }
        if pdftotext == nil || pdfinfo == nil { parts.append("pdftotext/pdfinfo (apt-get install poppler-utils)") }
        if !serifCJK { parts.append("Noto Serif CJK (apt-get install fonts-noto-cjk)") }
        guard !parts.isEmpty else { return nil }
        let reason =
            (required ? "PDF printing tests FAIL" : "PDF printing tests SKIPPED") + " — missing "
            + parts.joined(separator: ", ") + "; `make test` installs them."
        FileHandle.standardError.write(
            Data(
                ("\n" + String(repeating: "!", count: 72) + "\n" + reason + "\n" + String(repeating: "!", count: 72)
                    + "\n").utf8))
        return reason
    }()

    static var available: Bool { missing == nil }

    /// `make test` sets `ECOVOL_PDF_TESTS=required` after installing the tools: there a
    /// missing tool fails the suite instead of skipping it.
    static var required: Bool { ProcessInfo.processInfo.environment["ECOVOL_PDF_TESTS"] == "required" }

    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// A PDF and its text, page by page.
    struct Document {
        var pages: Int
        var pageSize: String
        /// The text of each page (`pdftotext -layout`), index 0 for page 1.
        var text: [String]
        /// Each page's words with where they stand (`pdftotext -tsv`), in points.
        var words: [[Word]]
    }

    struct Word {
        var text: String
        var left: Double
        var right: Double
        var top: Double
    }

    /// Prints `html` to `pdf` with headless Chromium (no sandbox: the tests may run as root,
    /// where Chromium's sandbox refuses to start; the page is our own file, offline) and
    /// reads it back. The browser's own header and footer are left on, as in a print
    /// dialogue's defaults: the page itself must keep them off the paper.
    static func print(_ html: String, to pdf: String) throws -> Document {
        guard let chromium else { throw Failure(description: missing ?? "no chromium") }
        let profile = NSTemporaryDirectory() + "ecovol-chromium-" + UUID().uuidString
        defer { try? FileManager.default.removeItem(atPath: profile) }
        let status = try run(
            chromium,
            [
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
                "--no-default-browser-check",
                "--disable-extensions", "--user-data-dir=" + profile, "--print-to-pdf=" + pdf,
                URL(fileURLWithPath: html).absoluteString,
            ], environment: ["HOME": profile], timeout: 90
        ).status
        guard status == 0, FileManager.default.fileExists(atPath: pdf) else {
            throw Failure(description: "chromium exited \(status) without writing \(pdf)")
        }
        return try read(pdf)
    }

    static func read(_ pdf: String) throws -> Document {
        guard let pdfinfo, let pdftotext else { throw Failure(description: missing ?? "no poppler-utils") }
        let info = try run(pdfinfo, [pdf]).output
        func field(_ name: String) -> String? {
            info.split(separator: "\n").first { $0.hasPrefix(name + ":") }.map {
                $0.dropFirst(name.count + 1).trimmingCharacters(in: .whitespaces)
            }
        }
        guard let pages = field("Pages").flatMap({ Int($0) }) else {
            throw Failure(description: "pdfinfo gave no page count: \(info)")
        }
        let text = try (1...max(pages, 1)).map { page in
            try run(pdftotext, ["-layout", "-enc", "UTF-8", "-f", String(page), "-l", String(page), pdf, "-"]).output
        }
        var words = Array(repeating: [Word](), count: pages)
        for line in try run(pdftotext, ["-tsv", "-enc", "UTF-8", pdf, "-"]).output.split(separator: "\n").dropFirst() {
            let f = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard f.count >= 12, f[0] == "5", let page = Int(f[1]), (1...pages).contains(page),
                let left = Double(f[6]), let top = Double(f[7]), let width = Double(f[8])
            else { continue }
            words[page - 1].append(Word(text: String(f[11]), left: left, right: left + width, top: top))
        }
        return Document(pages: pages, pageSize: field("Page size") ?? "", text: text, words: words)
    }

    /// Runs a program to its end (killed after `timeout` seconds) with its output captured
    /// through a file, so a helper process that inherits the descriptor cannot hold us.
    static func run(
        _ path: String, _ arguments: [String], environment: [String: String] = [:], timeout: TimeInterval = 30
    ) throws -> (status: Int32, output: String) {
        let outputPath = NSTemporaryDirectory() + "ecovol-pdf-out-" + UUID().uuidString
        guard FileManager.default.createFile(atPath: outputPath, contents: nil) else {
            throw Failure(description: "cannot create \(outputPath)")
        }
        defer { try? FileManager.default.removeItem(atPath: outputPath) }
        let output = try FileHandle(forWritingTo: URL(fileURLWithPath: outputPath))
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { _, new in new }
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning, Date() < deadline { usleep(50_000) }
        if process.isRunning {
            process.terminate()
            process.waitUntilExit()
            throw Failure(description: "\(path) did not finish in \(Int(timeout)) s")
        }
        try output.close()
        let data = FileManager.default.contents(atPath: outputPath) ?? Data()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    static func executable(_ name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for dir in path.split(separator: ":").map(String.init) + ["/usr/bin", "/usr/local/bin", "/bin"] {
            let candidate = dir + "/" + name
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }
}
