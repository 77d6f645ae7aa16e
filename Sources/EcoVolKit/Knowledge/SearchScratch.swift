/// The per-entry accumulators of one search, allocated together and freed when it ends.
///
/// Why raw memory: the posting loops write a slot per posting, and through an `Array` each
/// write paid a uniqueness check and a bounds check — a fifth of a search at 10,000 entries
/// in the profile. Every index written comes from the index's own postings (`doc < count`),
/// and the touched lists stop at `count` (an entry is listed once per level while weights are
/// positive), with a slot beyond for the branch-free append of the posting loop. The memory
/// lives exactly as long as the body of `withScratch`.
struct SearchScratch {
    let count: Int
    let maskWords: Int
    /// Score per entry: the whole question, the current clause's best alternative, the
    /// current alternative.
    let total: UnsafeMutablePointer<Float>
    let clauseBest: UnsafeMutablePointer<Float>
    let altScore: UnsafeMutablePointer<Float>
    /// Units matched in full, at partial credit, and in full by a title-like field
    /// (`maskWords` words per entry).
    let full: UnsafeMutablePointer<UInt64>
    let partial: UnsafeMutablePointer<UInt64>
    let titleFull: UnsafeMutablePointer<UInt64>
    /// Bits per entry, see `Flag`.
    let flags: UnsafeMutablePointer<UInt8>
    /// Entries touched by the question, by the current clause, by the current alternative.
    let touched: UnsafeMutablePointer<Int32>
    let clauseTouched: UnsafeMutablePointer<Int32>
    let altTouched: UnsafeMutablePointer<Int32>
    var touchedCount = 0
    var clauseTouchedCount = 0
    var altTouchedCount = 0

    enum Flag {
        /// The current alternative matched in a title-like field.
        static let altInTitle: UInt8 = 1
        /// The current clause's best alternative did.
        static let clauseInTitle: UInt8 = 2
        /// The entry was already ranked (see `SearchIndex.search`).
        static let ranked: UInt8 = 4
        /// The whole question equals one of the entry's titles or keywords.
        static let exact: UInt8 = 8
        /// A clause other than a lone character's matched the entry.
        static let touched: UInt8 = 16
        /// The lone characters' scores were added (see `LoneCharacters`).
        static let completed: UInt8 = 32
        /// The entry is in `touched` (its mask words are set).
        static let listed: UInt8 = 64
    }

    /// Runs `body` with zeroed accumulators for `count` entries and frees them after.
    static func withScratch<R>(count: Int, maskWords: Int, _ body: (inout SearchScratch) -> R) -> R {
        var scratch = SearchScratch(count: count, maskWords: maskWords)
        defer { scratch.deallocate() }
        return body(&scratch)
    }

    private init(count: Int, maskWords: Int) {
        self.count = count
        self.maskWords = maskWords
        let floats = UnsafeMutablePointer<Float>.allocate(capacity: 3 * count)
        floats.initialize(repeating: 0, count: 3 * count)
        total = floats
        clauseBest = floats + count
        altScore = floats + 2 * count
        let maskCount = max(1, count * maskWords)
        // Left unset: `SearchIndex.accumulate` zeroes an entry's words when it first
        // touches it, and nothing reads an untouched entry's (most of them, at 10,000).
        let masks = UnsafeMutablePointer<UInt64>.allocate(capacity: 3 * maskCount)
        full = masks
        partial = masks + maskCount
        titleFull = masks + 2 * maskCount
        flags = UnsafeMutablePointer<UInt8>.allocate(capacity: count)
        flags.initialize(repeating: 0, count: count)
        // One slot more each: a list is written one past its count before the count moves.
        let lists = UnsafeMutablePointer<Int32>.allocate(capacity: 3 * (count + 1))
        touched = lists
        clauseTouched = lists + (count + 1)
        altTouched = lists + 2 * (count + 1)
    }

    private func deallocate() {
        total.deallocate()
        full.deallocate()
        flags.deallocate()
        touched.deallocate()
    }
}
