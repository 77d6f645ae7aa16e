import Testing

@testable import EcoVolKit

/// The generator behind the demo store, `vary=` outlines and the benchmarks' data: the same
/// seed gives the same numbers on every machine, and the helpers stay in their bounds.
@Suite struct SeededGeneratorTests {
    /// SplitMix64's published outputs for seed 0: the numbers do not depend on the platform.
    @Test func theFirstNumbersAreSplitMix64s() {
        var rng = SeededGenerator(seed: 0)
        #expect(
            (0..<4).map { _ in rng.next() } == [
                0xE220_A839_7B1D_CDAF, 0x6E78_9E6A_A1B9_65F4, 0x06C4_5D18_8009_454F, 0xF88B_B8A8_724C_81EC,
            ])
        var demo = SeededGenerator(seed: 20_250_605)
        #expect(
            (0..<3).map { _ in demo.next() } == [0x4CC2_B8E1_862E_F4CE, 0x662D_1EC1_576F_A07B, 0xB208_2D06_EF37_0B5D])
    }

    @Test func theSameSeedGivesTheSameSequenceAndACopyCarriesOn() {
        var a = SeededGenerator(seed: 42)
        var b = SeededGenerator(seed: 42)
        var c = SeededGenerator(seed: 43)
        let first = (0..<100).map { _ in a.next() }
        #expect(first == (0..<100).map { _ in b.next() })
        #expect(first != (0..<100).map { _ in c.next() })
        // A copy is a snapshot: it goes on exactly where the original is.
        var copy = a
        #expect((0..<10).map { _ in a.int(0...1000) } == (0..<10).map { _ in copy.int(0...1000) })
        var x = SeededGenerator(seed: 7)
        var y = SeededGenerator(seed: 7)
        #expect(Array(1...50).shuffled(using: &x) == Array(1...50).shuffled(using: &y))
    }

    @Test func wholeNumbersStayInTheRangeAndReachBothEnds() {
        var rng = SeededGenerator(seed: 1)
        var counts = [Int: Int]()
        for _ in 0..<60_000 { counts[rng.int(1...6), default: 0] += 1 }
        #expect(counts.keys.sorted() == [1, 2, 3, 4, 5, 6])
        // Uniform: each face within 5 % of its 10,000 (more than five standard deviations).
        for (face, n) in counts { #expect((9_500...10_500).contains(n), "\(face): \(n)") }
        for _ in 0..<1_000 {
            let n = rng.int(-3...3)
            #expect((-3...3).contains(n))
        }
        for _ in 0..<100 { #expect(rng.int(5...5) == 5) }
    }

    @Test func pickReachesEveryItemAndOnlyThem() {
        var rng = SeededGenerator(seed: 2)
        let items = ["贵阳", "遵义", "安顺", "毕节"]
        var seen = [String: Int]()
        for _ in 0..<4_000 { seen[rng.pick(items), default: 0] += 1 }
        #expect(Set(seen.keys) == Set(items))
        for (item, n) in seen { #expect((850...1_150).contains(n), "\(item): \(n)") }
        #expect(rng.pick(["only"]) == "only")
    }

    @Test func chanceIsNeverForZeroAlwaysForOneAndAboutRightBetween() {
        var rng = SeededGenerator(seed: 3)
        #expect((0..<10_000).allSatisfy { _ in !rng.chance(0) })
        #expect((0..<10_000).allSatisfy { _ in rng.chance(1) })
        let hits = (0..<100_000).filter { _ in rng.chance(0.3) }.count
        #expect((28_500...31_500).contains(hits), "\(hits)")
        #expect((0..<1_000).allSatisfy { _ in !rng.chance(-1) })
    }
}
