import Foundation

// Reads the percentiles `swift package benchmark --format histogramPercentiles` exported and
// writes RESULTS.md: median, p99 and peak memory per benchmark, the issue's targets, whether
// each is met, and the ratio to the SQLite reference measured in the same run.
// Usage: BenchReport RESULTS_DIR OUTPUT.md

struct Series {
    var percentiles: [Int: Double] = [:]  // in seconds or bytes
}

/// target.bench → metric → series
var results: [String: [String: Series]] = [:]

let arguments = CommandLine.arguments
guard arguments.count == 3 else {
    FileHandle.standardError.write(Data("usage: BenchReport RESULTS_DIR OUTPUT.md\n".utf8))
    exit(2)
}
let directory = arguments[1]
let files = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
for file in files where file.hasSuffix(".histogram.percentiles.tsv") {
    var name = String(file.dropLast(".histogram.percentiles.tsv".count))
    if let dot = name.firstIndex(of: ".") { name = String(name[name.index(after: dot)...]) }  // baseline
    guard let first = name.firstIndex(of: "."), let last = name.lastIndex(of: ".") else { continue }
    let bench = String(name[name.index(after: first)..<last])
    let metric = String(name[name.index(after: last)...])
    guard let text = try? String(contentsOfFile: directory + "/" + file, encoding: .utf8) else { continue }
    let lines = text.split(separator: "\n")
    guard let header = lines.first else { continue }
    var scale = 1.0
    for (unit, factor) in [("(ns)", 1e-9), ("(μs)", 1e-6), ("(us)", 1e-6), ("(ms)", 1e-3), ("(s)", 1.0), ("(K)", 1e3), ("(M)", 1e6), ("(G)", 1e9)] where header.contains(unit) {
        scale = factor
    }
    var series = Series()
    for line in lines.dropFirst() {
        let cols = line.split(separator: "\t")
        guard cols.count == 2, let p = Int(cols[0]), let v = Double(cols[1]) else { continue }
        series.percentiles[p] = v * scale * (metric.hasSuffix("KiB") ? 1024 : 1)
    }
    results[bench, default: [:]][metric] = series
}

@MainActor func value(_ bench: String, _ metric: String = "wallClock", _ p: Int) -> Double? {
    results[bench]?[metric]?.percentiles[p]
}

func time(_ s: Double?) -> String {
    guard let s else { return "–" }
    if s >= 1 { return String(format: "%.2f s", s) }
    if s >= 0.01 { return String(format: "%.0f ms", s * 1e3) }
    if s >= 0.001 { return String(format: "%.1f ms", s * 1e3) }
    return String(format: "%.3f ms", s * 1e3)
}

func megabytes(_ b: Double?) -> String {
    guard let b else { return "–" }
    return String(format: "%.0f MB", b / 1e6)
}

enum Check {
    case p50(Double), p99(Double), peak(Double), custom(String, Double), fasterThanReference, withinOfReference(Double)
}

struct Row {
    var work: String
    var bench: String
    var target: String
    var checks: [Check]
    var reference: String?
    var custom: String? = nil
}

let rows: [Row] = [
    Row(work: "build the index, real knowledge base (with pinyin)", bench: "kb.build.real", target: "≤ 100 ms", checks: [.p50(0.1)], reference: "sqlite.fts5.build.real"),
    Row(work: "build the index, 10,000 entries", bench: "kb.build.10k", target: "≤ 1 s", checks: [.p50(1)], reference: "sqlite.fts5.build.10k"),
    Row(work: "build the index, 100,000 entries", bench: "kb.build.100k", target: "–", checks: [], reference: "sqlite.fts5.build.100k"),
    Row(work: "answer a question, real knowledge base", bench: "kb.query.real", target: "–", checks: [], reference: "sqlite.fts5.query.real"),
    Row(work: "answer a question, 10,000 entries", bench: "kb.query.10k", target: "p50 ≤ 0.1 ms, p99 ≤ 1 ms, faster than FTS5", checks: [.p50(0.0001), .p99(0.001), .fasterThanReference], reference: "sqlite.fts5.query.10k"),
    Row(work: "answer a question, 100,000 entries", bench: "kb.query.100k", target: "–", checks: [], reference: "sqlite.fts5.query.100k"),
    Row(work: "memory growth of the 10,000-entry index (RSS)", bench: "kb.memory.10k", target: "≤ 30 MB", checks: [.custom("rssGrowthKiB", 30e6)], reference: nil, custom: "rssGrowthKiB"),
    Row(work: "open the store, 10,000 records", bench: "store.open.10k", target: "–", checks: [], reference: "sqlite.open.10k"),
    Row(work: "open the store, 100,000 records", bench: "store.open.100k", target: "≤ 300 ms", checks: [.p50(0.3)], reference: "sqlite.open.100k"),
    Row(work: "open the store, 1,000,000 records", bench: "store.open.1M", target: "≤ 1.5 s", checks: [.p50(1.5)], reference: "sqlite.open.1M"),
    Row(work: "durable append of one record, 10,000 records", bench: "store.append.10k", target: "–", checks: [], reference: "sqlite.append.10k"),
    Row(work: "durable append of one record, 1,000,000 records", bench: "store.append.1M", target: "p50 ≤ 0.5 ms, p99 ≤ 3 ms, ≤ 2× SQLite FULL", checks: [.p50(0.0005), .p99(0.003), .withinOfReference(2)], reference: "sqlite.append.1M"),
    Row(work: "total hours of one person, 1,000,000 records", bench: "store.total.1M", target: "≤ 0.1 ms", checks: [.p50(0.0001)], reference: "sqlite.total.1M"),
    Row(work: "peak memory with 1,000,000 records open (whole process)", bench: "store.open.1M", target: "≤ 600 MB", checks: [.peak(600e6)], reference: nil),
    Row(work: "compaction, 1,000,000 records", bench: "store.compact.1M", target: "≤ 5 s", checks: [.p50(5)], reference: nil),
    Row(work: "whole process `ecovol -c \"/tip\"`, real knowledge base", bench: "process.tip", target: "≤ 150 ms", checks: [.p50(0.15)], reference: "sqlite.cli.total.1M"),
    Row(work: "time to first prompt (pty), empty store", bench: "process.prompt.empty", target: "≤ 100 ms", checks: [.p50(0.1)], reference: nil),
    Row(work: "time to first prompt (pty), 1,000,000 records", bench: "process.prompt.1M", target: "≤ 100 ms", checks: [.p50(0.1)], reference: nil),
    Row(work: "PostgreSQL: durable commit of one record, 10,000 records", bench: "pg.commit.10k", target: "–", checks: [], reference: "pg.sqlite.commit.10k"),
    Row(work: "JSON store, same run: durable commit, 10,000 records", bench: "pg.json.commit.10k", target: "–", checks: [], reference: "pg.sqlite.commit.10k"),
    Row(work: "PostgreSQL: province report by city in SQL, 1,000,000 records", bench: "pg.report.sql.1M", target: "–", checks: [], reference: nil),
    Row(work: "province report by city in memory, 1,000,000 records", bench: "pg.report.memory.1M", target: "–", checks: [], reference: nil),
    Row(work: "PostgreSQL: replica catches up 100 new changes", bench: "pg.catchup.100", target: "–", checks: [], reference: nil),
    Row(work: "PostgreSQL: later start with 100 new changes, 10,000 records", bench: "pg.start.100.10k", target: "≤ 200 ms", checks: [.p50(0.2)], reference: nil),
    Row(work: "PostgreSQL: later start with 100 new changes, 1,000,000 records", bench: "pg.start.100.1M", target: "≤ 200 ms", checks: [.p50(0.2)], reference: nil),
    Row(work: "PostgreSQL: first start, 1,000,000 records", bench: "pg.firststart.1M", target: "≤ 10 s", checks: [.p50(10)], reference: nil),
]

let env = ProcessInfo.processInfo.environment
let cpuinfo = (try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8)) ?? ""
let model = cpuinfo.split(separator: "\n").first { $0.hasPrefix("model name") }.map { $0.split(separator: ":", maxSplits: 1).last.map { $0.trimmingCharacters(in: .whitespaces) } ?? "" } ?? "unknown"
let cores = sysconf(Int32(_SC_NPROCESSORS_ONLN))
let memory = (try? String(contentsOfFile: "/proc/meminfo", encoding: .utf8))?.split(separator: "\n").first?.split(separator: " ").dropFirst().first.flatMap { Double($0) }.map { String(format: "%.0f GiB", $0 / 1_048_576) } ?? "?"
let formatter = DateFormatter()
formatter.dateFormat = "yyyy-MM-dd HH:mm 'UTC'"
formatter.timeZone = TimeZone(identifier: "UTC")

var out = """
# ecovol benchmark results

Written by `make bench` (ordo-one/benchmark, release build). Medians and p99 over each benchmark's
samples; peak memory is the whole benchmark process's resident peak. The SQLite column is the reference
run of the same work in the same command (FTS5 trigram over the same entries and questions; a WAL,
`synchronous=FULL` table with the same participation rows); ratio = ecovol median ÷ SQLite median
(below 1 means ecovol is faster). The machine is shared and noisy: trust ratios more than absolutes.

- date: \(formatter.string(from: Date()))
- machine: \(cores) cores (`nproc`), \(model), \(memory)
- \(env["BENCH_SWIFT"] ?? "Swift (version not recorded)"); SQLite \(env["BENCH_SQLITE"] ?? "?"); commit \(env["BENCH_COMMIT"] ?? "?")


"""
out += "| work | median | p99 | peak memory | target | met | SQLite median | ratio |\n"
out += "| --- | --- | --- | --- | --- | --- | --- | --- |\n"
var misses: [String] = []
for row in rows {
    let median: Double?, p99: Double?
    if let custom = row.custom {
        median = value(row.bench, custom, 50)
        p99 = value(row.bench, custom, 99)
    } else {
        median = value(row.bench, "wallClock", 50)
        p99 = value(row.bench, "wallClock", 99)
    }
    let peak = value(row.bench, "peakMemoryResident", 100)
    let refMedian = row.reference.flatMap { value($0, "wallClock", 50) }
    let ratio = (median != nil && refMedian != nil && refMedian! > 0) ? median! / refMedian! : nil
    var met: String
    if median == nil {
        met = "not run"
    } else if row.checks.isEmpty {
        met = "–"
    } else {
        var ok = true
        for check in row.checks {
            switch check {
            case let .p50(limit): ok = ok && (median ?? .infinity) <= limit
            case let .p99(limit): ok = ok && (p99 ?? .infinity) <= limit
            case let .peak(limit): ok = ok && (peak ?? .infinity) <= limit
            case let .custom(metric, limit): ok = ok && (value(row.bench, metric, 50) ?? .infinity) <= limit
            case .fasterThanReference: ok = ok && (ratio ?? .infinity) < 1
            case let .withinOfReference(factor): ok = ok && (ratio ?? .infinity) <= factor
            }
        }
        met = ok ? "yes" : "**no**"
        if !ok { misses.append(row.work) }
    }
    let isMemoryRow = row.custom != nil || row.checks.contains { if case .peak = $0 { return true } else { return false } }
    let medianText = row.custom != nil ? megabytes(median) : isMemoryRow ? megabytes(peak) : time(median)
    let p99Text = isMemoryRow ? "–" : time(p99)
    let refText = row.reference == nil ? "–" : time(refMedian)
    let ratioText = ratio.map { String(format: "%.2f×", $0) } ?? "–"
    out += "| \(row.work) | \(medianText) | \(p99Text) | \(megabytes(peak)) | \(row.target) | \(met) | \(refText) | \(ratioText) |\n"
}
out += "\n"
out += misses.isEmpty ? "Every target was met in this run.\n" : "Targets missed in this run: \(misses.joined(separator: "; ")).\n"
if let notes = env["BENCH_NOTES"], FileManager.default.fileExists(atPath: notes), let text = try? String(contentsOfFile: notes, encoding: .utf8) {
    out += "\n" + text
}
do {
    try out.write(toFile: arguments[2], atomically: true, encoding: .utf8)
    print(out)
} catch {
    FileHandle.standardError.write(Data("cannot write \(arguments[2]): \(error)\n".utf8))
    exit(1)
}
