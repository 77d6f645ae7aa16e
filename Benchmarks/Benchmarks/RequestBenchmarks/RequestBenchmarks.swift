import BenchSupport
import Benchmark
import EcoVolKit
import Foundation

/// One plain-words request read into a proposal (slots, the session found by words, people
/// by name) against a city's year (what `ecovol demo` writes: 180 sessions, 600 people) and
/// the 100k store (4,000 sessions, 10,000 people). Target: 5 ms per proposal. Each sample is
/// one request, cycling through a fixed mix of Chinese and English requests and questions;
/// the hop to the main actor, where the store's state lives, is inside the measurement.
/// `request.propose.*` reads with the index a `RequestIndexCache` keeps for the store's revision
/// (as `/do` does); `request.propose-uncached.*` builds the index inside every sample, which is at
/// least what walking every person and session per request cost before the index (same run,
/// same requests); `request.index.*` is building the index alone, paid once per change.
let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(
        metrics: [.wallClock, .peakMemoryResident],
        timeUnits: .microseconds, warmupIterations: 20, maxDuration: .seconds(10), maxIterations: 5_000
    )
    let requests = [
        "明天下午两点在云岩区社区讲垃圾分类，大概30人",
        "把张伟和李娜登记到昨天的河道巡护",
        "取消周六的讲座，下暴雨",
        "昨天的巡河结束了，来了50个群众，评分5",
        "下周三在遵义的培训改到下午两点",
        "给小学生讲碳中和，45分钟",
        "出一份遵义上个月的报告",
        "下周有哪些活动",
        "王芳今年服务了多少小时",
        "垃圾分类怎么分",
        "schedule a recycling talk for residents in Guiyang next Tuesday at 3pm, 2 hours",
        "cancel Saturday's talk because of heavy rain",
        "make me a 30-minute talk outline on plastics for a community meeting",
        "what is carbon neutrality",
    ]
    let sizes: [(label: String, participations: Int?)] = [("city-year", nil), ("100k", 100_000)]
    for (label, participations) in sizes {
        let store = SharedBox<(JSONFileStore, Date)>()
        let counter = SharedBox<Int>()
        let setup: @Sendable () async throws -> Void = {
            if let participations {
                store.value = (
                    try JSONFileStore(directory: try StoreData.directory(participations)),
                    StoreData.generator(participations).now
                )
            } else {
                let directory = BenchPaths.scratch("requests-city-year") + "/store"
                try? FileManager.default.removeItem(atPath: directory)
                let generator = SyntheticOutreach(scale: .cityYear, seed: 20_250_605)
                let s = try JSONFileStore(directory: directory)
                _ = try generator.fill(s)
                store.value = (s, generator.now)
            }
            counter.value = 0
        }
        let teardown: @Sendable () async throws -> Void = { store.value.0.close() }
        for cached in [true, false] {
            let name = cached ? "request.propose.\(label)" : "request.propose-uncached.\(label)"
            Benchmark(name, configuration: .init(setup: setup, teardown: teardown)) { benchmark async in
                let (s, now) = store.value
                let k = counter.value
                counter.value = k + 1
                let text = requests[k % requests.count]
                await MainActor.run {
                    let zone = TimeZone(identifier: "Asia/Shanghai") ?? .current
                    let index =
                        cached ? RequestIndexCacheBox.cache.index(for: s.state, revision: s.statistics.seq) : nil
                    let interpreter = RequestInterpreter(now: now, timeZone: zone, state: s.state, index: index)
                    blackHole(interpreter.interpret(text))
                }
            }
        }
        Benchmark("request.index.\(label)", configuration: .init(setup: setup, teardown: teardown)) { benchmark async in
            let s = store.value.0
            await MainActor.run { blackHole(RequestIndex(s.state)) }
        }
    }
}

/// The one cache of the benchmark process, as a REPL's context keeps one.
@MainActor
enum RequestIndexCacheBox {
    static let cache = RequestIndexCache()
}
