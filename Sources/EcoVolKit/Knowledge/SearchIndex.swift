/// An in-memory inverted index over knowledge entries, ranked with BM25 per field (k1 = 1.2,
/// b = 0.75, Lucene's idf) and field weights, as every BM25 engine in the design note does.
///
/// Why this shape: tokens are packed `UInt64`s (no `String` hashing while indexing or
/// searching); each field keeps its postings in one flat `[UInt32]` (document << 8 | term
/// frequency) addressed by a token → range table, which keeps 10,000 entries well under
/// 30 MB; scores accumulate in dense arrays with a touched list. Build once, then query
/// from any thread: the index is an immutable value.
public struct SearchIndex: Sendable {
    /// Searchable fields, in the order of `weights`.
    enum Field: Int, CaseIterable {
        case title, keywords, english, body, pinyin
        /// Keywords of two words or more, each one token (see `KeywordPhrases`).
        case phrases
        /// The questions an entry answers, as people ask them (`KnowledgeEntry.asks`).
        case asks
    }

    /// Field weights, tuned against the judged query set. Asks weigh least: they are there to
    /// find an entry by the words people use, and the re-ranking reads how closely a question
    /// says one of them (`RankFeatures.askSaid`); the weight was chosen by the re-ranking's
    /// cross-validated top-1 on the development halves (0.899 at 0.5, 0.892 at 1 and 2).
    static let weights: [Float] = [3.0, 2.5, 1.5, 1.0, 1.2, 2.5, 0.5]
    static let k1: Float = 1.2
    static let b: Float = 0.75

    struct FieldIndex: Sendable {
        /// token → dense term number.
        var termIDs: [UInt64: Int32] = [:]
        /// Term `t`'s postings are `postings[offsets[t]..<offsets[t + 1]]`.
        var offsets: [UInt32] = [0]
        /// document << 8 | min(term frequency, 255), by document within a term.
        var postings: [UInt32] = []
        /// k1 · (1 − b + b · length / average length), per document.
        var norms: [Float] = []

        @inline(__always)
        func range(_ token: UInt64) -> (Int, Int)? {
            guard let id = termIDs[token] else { return nil }
            let start = Int(offsets[Int(id)])
            return (start, Int(offsets[Int(id) + 1]) - start)
        }

        @inline(__always)
        func contains(_ token: UInt64) -> Bool { termIDs[token] != nil }
    }

    /// Collects each document's (term, frequency) pairs, then lays postings out by term with a
    /// counting sort: no per-term arrays to allocate, grow and free. The document of a pair is
    /// where its document's pairs start (`starts`), not a field of every pair: five bytes a
    /// pair instead of eight, which is most of what building 10,000 entries holds at its peak.
    struct FieldBuilder {
        var termIDs: [UInt64: Int32] = [:]
        var pairTerms: [Int32] = []
        var pairFrequencies: [UInt8] = []
        var starts: [Int32] = [0]
        var lengths: [Float] = []

        /// The term number of `token`, numbering it now if it is new (as `add` would).
        mutating func termID(_ token: UInt64) -> Int32 {
            if let known = termIDs[token] { return known }
            let id = Int32(termIDs.count)
            termIDs[token] = id
            return id
        }

        /// Adds the next document's tokens (sorted in place).
        mutating func add(_ values: inout [UInt64]) {
            lengths.append(Float(values.count))
            defer { starts.append(Int32(pairTerms.count)) }
            guard !values.isEmpty else { return }
            values.sort()
            var k = 0
            while k < values.count {
                var j = k + 1
                while j < values.count, values[j] == values[k] { j += 1 }
                let id: Int32
                if let known = termIDs[values[k]] {
                    id = known
                } else {
                    id = Int32(termIDs.count)
                    termIDs[values[k]] = id
                }
                pairTerms.append(id)
                pairFrequencies.append(UInt8(min(j - k, 255)))
                k = j
            }
        }

        func finish() -> FieldIndex {
            var index = FieldIndex()
            let termCount = termIDs.count
            var offsets = [UInt32](repeating: 0, count: termCount + 1)
            for t in pairTerms { offsets[Int(t) + 1] += 1 }
            for t in 0..<termCount { offsets[t + 1] += offsets[t] }
            var cursor = offsets
            var postings = [UInt32](repeating: 0, count: pairTerms.count)
            for doc in 0..<(starts.count - 1) {
                for k in Int(starts[doc])..<Int(starts[doc + 1]) {
                    let t = Int(pairTerms[k])
                    postings[Int(cursor[t])] = UInt32(doc) << 8 | UInt32(pairFrequencies[k])
                    cursor[t] += 1
                }
            }
            index.termIDs = termIDs
            index.offsets = offsets
            index.postings = postings
            let average = max(1, lengths.reduce(0, +) / Float(max(lengths.count, 1)))
            index.norms = lengths.map { SearchIndex.k1 * (1 - SearchIndex.b + SearchIndex.b * $0 / average) }
            return index
        }
    }

    package let entries: [KnowledgeEntry]
    let fields: [FieldIndex]
    let audienceMasks: [UInt8]
    /// Each entry's kind as its `QueryIntent` bit, and its id's place in id order: ranking
    /// reads these for thousands of entries per question, and an entry itself is 272 bytes.
    let kindBits: [UInt8]
    let idRank: [Int32]
    let serviceMasks: [UInt8]
    /// Whole titles and keywords, normalized and hashed → documents, for exact-match bonuses.
    let exactPhrases: [UInt64: [Int32]]
    /// Latin words of the text fields: hash → stemmed spelling, and sorted spellings for
    /// prefix and typo matching.
    let wordSpelling: [UInt64: [UInt8]]
    let vocabulary: [[UInt8]]
    let matcher: PhraseMatcher<QueryPhrase>
    /// Dictionary words of questions (jieba's list plus these entries' titles and keywords).
    let segmenter: ChineseSegmenter
    /// Cue phrases of `QueryIntent`: payload = kind bits, or 0 for the lecture cue alone.
    let intentMatcher: PhraseMatcher<QueryIntent>
    /// The `QueryIntent` cue groups each entry's title says (Chinese or English).
    let titleCues: [UInt8]
    /// The bigrams and words of every entry's title, each title's sorted: entry `d`'s Chinese
    /// title's are `titleTokens[titleSpans[2d]..<titleSpans[2d + 1]]`, its English title's
    /// follow up to `titleSpans[2d + 2]`. One flat array, not an array per title: the
    /// re-ranking reads ten entries' per question, and 20,000 small arrays cost more memory
    /// than their tokens.
    let titleTokens: [UInt64]
    let titleSpans: [UInt32]
    /// The bigrams and words of every entry's asks as term numbers of the asks field (four
    /// bytes a token, not eight: asks are most of an entry's short texts), each ask's sorted,
    /// laid out as titles' are: ask `a`'s are `askTokens[askSpans[a]..<askSpans[a + 1]]`, and
    /// entry `d`'s asks are `askFirst[d]..<askFirst[d + 1]`.
    let askTokens: [UInt32]
    let askSpans: [UInt32]
    let askFirst: [UInt32]
    /// Each title's length in characters, normalized.
    let titleLengths: [Float]
    let synonymTerms: [[[Token]]]
    let synonymTexts: [[String]]
    /// What an expansion of each group counts for (see `SynonymTable`).
    let synonymWeights: [Float]
    let oneWay: [(from: Int, to: [[Token]], weight: Float)]
    /// The entries' bigrams by sound, to correct a homophone typo (see `HomophoneTable`).
    let homophones: HomophoneTable
    /// The parts of keywords of two words or more, to find them typed apart.
    let keywordPhrases: KeywordPhrases

    /// Builds the index. Entries keep their order; `SearchHit.entryIndex` points into `entries`.
    public init(entries: [KnowledgeEntry], synonyms: SynonymTable = .empty) {
        self.entries = entries
        let n = entries.count
        var fields: [FieldIndex] = []
        var audienceMasks = [UInt8](repeating: 0, count: n)
        var serviceMasks = [UInt8](repeating: 0, count: n)
        var exact: [UInt64: [Int32]] = [:]
        var spelling: [UInt64: [UInt8]] = [:]
        var tokens: [Token] = []
        var values: [UInt64] = []
        // Each keyword once: 10,000 entries repeat a few thousand keywords, and a copy per use
        // was 5 MB held until the end of the build.
        var domainWords: [[UInt32]] = []
        var domainSeen: Set<[UInt32]> = []
        // The asks' tokens as term numbers, each ask's sorted and once, while the asks field is built.
        var askTokens: [UInt32] = []
        var askSpans: [UInt32] = [0]
        var askFirst: [UInt32] = [0]

        // One field at a time, so that only one field's (term, posting) pairs are held while
        // it is laid out: all six at once were 25 MB at 10,000 entries, left in the heap after.
        for field in Field.allCases {
            var builder = FieldBuilder()
            for (doc, entry) in entries.enumerated() {
                tokens.removeAll(keepingCapacity: true)
                values.removeAll(keepingCapacity: true)
                switch field {
                case .title:
                    let s = TextNormalizer.normalize(entry.title)
                    Tokenizer.tokenize(normalized: s, mode: .index, into: &tokens)
                    Self.remember(s, tokens, &spelling)
                    Self.addExact(s, doc, &exact)
                case .keywords:
                    for keyword in entry.keywords {
                        let s = TextNormalizer.normalize(keyword)
                        if domainSeen.insert(s).inserted { domainWords.append(s) }
                        let before = tokens.count
                        Tokenizer.tokenize(normalized: s, mode: .index, into: &tokens)
                        Self.remember(s, tokens[before...], &spelling)
                        Self.addExact(s, doc, &exact)
                    }
                    if let md = entry.day?.monthDay {
                        tokens.append(
                            Token(value: TokenValue.date(month: md.month, day: md.day), kind: .date, start: 0, end: 0))
                    }
                case .english:
                    let s = TextNormalizer.normalize(entry.titleEn)
                    Tokenizer.tokenize(normalized: s, mode: .index, into: &tokens)
                    Self.remember(s, tokens, &spelling)
                    Self.addExact(s, doc, &exact)
                    let t = TextNormalizer.normalize(entry.summaryEn)
                    let before = tokens.count
                    Tokenizer.tokenize(normalized: t, mode: .index, into: &tokens)
                    Self.remember(t, tokens[before...], &spelling)
                case .body:
                    // Bodies get bigrams only (unigrams just for one-character runs): single
                    // characters are found through titles and keywords, and leaving the
                    // body's unigrams out saves about a third of all postings.
                    let s = TextNormalizer.normalize(entry.body)
                    Tokenizer.tokenize(normalized: s, mode: .query, into: &tokens)
                    Self.remember(s, tokens, &spelling)
                case .pinyin:
                    Pinyin.indexTokens(of: TextNormalizer.normalize(entry.title), into: &values)
                    for keyword in entry.keywords {
                        Pinyin.indexTokens(of: TextNormalizer.normalize(keyword), into: &values)
                    }
                case .phrases:
                    for keyword in entry.keywords {
                        if let token = KeywordPhrases.token(ofKeyword: TextNormalizer.normalize(keyword)) {
                            values.append(token)
                        }
                    }
                case .asks:
                    // Bigrams and words, as bodies are: single characters are found through
                    // titles and keywords, and asks are five short texts an entry.
                    for ask in entry.asks {
                        let s = TextNormalizer.normalize(ask)
                        let before = tokens.count
                        Tokenizer.tokenize(normalized: s, mode: .query, into: &tokens)
                        Self.remember(s, tokens[before...], &spelling)
                        let start = askTokens.count
                        for token in tokens[before...] where token.kind == .cjkBigram || token.kind == .word {
                            askTokens.append(UInt32(builder.termID(token.value)))
                        }
                        Self.sortOnce(&askTokens, from: start)
                        askSpans.append(UInt32(askTokens.count))
                    }
                    askFirst.append(UInt32(askSpans.count - 1))
                }
                if field != .pinyin, field != .phrases { values = tokens.map(\.value) }
                builder.add(&values)
            }
            fields.append(builder.finish())
        }
        for (doc, entry) in entries.enumerated() {
            audienceMasks[doc] = Self.mask(entry.audiences, KnowledgeVocabulary.audiences)
            serviceMasks[doc] = Self.mask(entry.serviceTypes, KnowledgeVocabulary.serviceTypes)
        }
        // A phrase is both a title and a keyword of some entries: each list once, in order.
        exact = exact.mapValues { $0.count > 1 ? Array(Set($0)).sorted() : $0 }
        self.fields = fields
        self.homophones = HomophoneTable(
            title: fields[Field.title.rawValue], keywords: fields[Field.keywords.rawValue],
            terms: (synonyms.groups.flatMap { $0 } + synonyms.oneWay.flatMap(\.from)).map(TextNormalizer.normalize))
        self.audienceMasks = audienceMasks
        self.kindBits = entries.map { QueryIntent.mask([$0.kind]) }
        var idRank = [Int32](repeating: 0, count: n)
        for (rank, doc) in entries.indices.sorted(by: { entries[$0].id < entries[$1].id }).enumerated() {
            idRank[doc] = Int32(rank)
        }
        self.idRank = idRank
        self.serviceMasks = serviceMasks
        self.exactPhrases = exact
        self.wordSpelling = spelling
        self.vocabulary = spelling.values.sorted { $0.lexicographicallyPrecedes($1) }

        // The phrases read in questions, and synonym terms pre-tokenized.
        var matcher = PhraseMatcher<QueryPhrase>()
        for phrase in KnowledgeVocabulary.stopPhrases { matcher.add(phrase, .stop) }
        for phrase in KnowledgeVocabulary.framingPhrases { matcher.add(phrase, .stop) }
        for phrase in KnowledgeVocabulary.modifierWords { matcher.add(phrase, .modifier) }
        var intentMatcher = PhraseMatcher<QueryIntent>()
        for (k, cue) in QueryIntent.cues.enumerated() {
            let isLecture = k == QueryIntent.cues.count - 1
            for phrase in cue.phrases.flatMap(QueryIntent.spokenForms) {
                intentMatcher.add(
                    phrase,
                    QueryIntent(
                        kinds: QueryIntent.mask(cue.kinds), cueGroups: UInt8(1) << UInt8(k), isLecture: isLecture))
            }
        }
        for phrase in QueryIntent.lookupCues {
            intentMatcher.add(phrase, QueryIntent(kinds: 0, isLecture: false, asksLookup: true))
        }
        self.intentMatcher = intentMatcher
        self.titleCues = entries.map { entry in
            [entry.title, entry.titleEn].reduce(UInt8(0)) { bits, title in
                intentMatcher.matches(in: TextNormalizer.normalize(title)).reduce(bits) { bits, match in
                    match.payloads.reduce(bits) { $0 | $1.cueGroups }
                }
            }
        }
        self.titleLengths = entries.map { Float(TextNormalizer.normalize($0.title).count) }
        // The bigrams and words of each title, Chinese and English.
        var titleTokens: [UInt64] = []
        var titleSpans: [UInt32] = [0]
        titleSpans.reserveCapacity(2 * n + 1)
        for entry in entries {
            for title in [entry.title, entry.titleEn] {
                tokens.removeAll(keepingCapacity: true)
                Tokenizer.tokenize(normalized: TextNormalizer.normalize(title), mode: .query, into: &tokens)
                Self.appendSortedOnce(
                    tokens.lazy.filter { $0.kind == .cjkBigram || $0.kind == .word }.map(\.value), to: &titleTokens)
                titleSpans.append(UInt32(titleTokens.count))
            }
        }
        self.titleTokens = titleTokens
        self.titleSpans = titleSpans
        self.askTokens = askTokens
        self.askSpans = askSpans
        self.askFirst = askFirst
        for phrase in KnowledgeVocabulary.followUpPhrases { matcher.add(phrase, .followUp) }
        for (bit, pair) in KnowledgeVocabulary.audienceWords.enumerated() {
            let key = KnowledgeVocabulary.audiences.firstIndex(of: pair.0) ?? bit
            for word in pair.1 { matcher.add(word, .audience(UInt8(1) << UInt8(key))) }
        }
        for pair in KnowledgeVocabulary.serviceTypeWords {
            let key = KnowledgeVocabulary.serviceTypes.firstIndex(of: pair.0) ?? 0
            for word in pair.1 { matcher.add(word, .service(UInt8(1) << UInt8(key))) }
        }
        var synonymTerms: [[[Token]]] = []
        for (g, group) in synonyms.groups.enumerated() {
            synonymTerms.append(group.map { Tokenizer.tokenize($0, mode: .query) })
            for term in group { matcher.add(term, .synonym(group: g, term: group.firstIndex(of: term) ?? 0)) }
        }
        var oneWay: [(from: Int, to: [[Token]], weight: Float)] = []
        for (r, rule) in synonyms.oneWay.enumerated() {
            oneWay.append((r, rule.to.map { Tokenizer.tokenize($0, mode: .query) }, Float(rule.weight)))
            for term in rule.from { matcher.add(term, .oneWay(r)) }
        }
        self.matcher = matcher
        self.segmenter = ChineseSegmenter(domainWords: domainWords)
        self.keywordPhrases = KeywordPhrases(keywords: domainWords)
        self.synonymTerms = synonymTerms
        self.synonymTexts = synonyms.groups
        self.synonymWeights = synonyms.groups.indices.map { Float(synonyms.weight(ofGroup: $0)) }
        self.oneWay = oneWay
    }

    /// Number of documents, distinct tokens and postings per field (for `/kb stats`).
    package var statistics: (documents: Int, tokens: Int, postings: Int) {
        (entries.count, fields.reduce(0) { $0 + $1.termIDs.count }, fields.reduce(0) { $0 + $1.postings.count })
    }

    private static func mask(_ values: [String], _ vocabulary: [String]) -> UInt8 {
        var mask: UInt8 = 0
        for value in values { if let k = vocabulary.firstIndex(of: value) { mask |= 1 << UInt8(k) } }
        return mask
    }

    /// Appends `values` to `flat`, sorted and each once, as one span.
    private static func appendSortedOnce<S: Sequence>(_ values: S, to flat: inout [UInt64])
    where S.Element == UInt64 {
        let start = flat.count
        flat.append(contentsOf: values)
        sortOnce(&flat, from: start)
    }

    /// Sorts `flat[start...]` and keeps each value once.
    private static func sortOnce<T: Comparable>(_ flat: inout [T], from start: Int) {
        flat[start...].sort()
        var kept = start
        for k in start..<flat.count where k == start || flat[k] != flat[k - 1] {
            flat[kept] = flat[k]
            kept += 1
        }
        flat.removeLast(flat.count - kept)
    }

    private static func addExact(_ s: [UInt32], _ doc: Int, _ exact: inout [UInt64: [Int32]]) {
        let h = TokenValue.phrase(s)
        guard h != 0 else { return }
        if exact[h]?.last != Int32(doc) { exact[h, default: []].append(Int32(doc)) }
    }

    private static func remember<C: Collection>(_ s: [UInt32], _ tokens: C, _ spelling: inout [UInt64: [UInt8]])
    where C.Element == Token {
        for token in tokens where token.kind == .word && spelling[token.value] == nil {
            let bytes = Tokenizer.wordBytes(s, token)
            if bytes.count <= 40 { spelling[token.value] = bytes }
        }
    }

    /// True when a Latin word occurs in a text field (title, keywords, English, body).
    func isKnownWord(_ token: UInt64) -> Bool {
        fields[Field.title.rawValue].contains(token) || fields[Field.keywords.rawValue].contains(token)
            || fields[Field.english.rawValue].contains(token) || fields[Field.body.rawValue].contains(token)
            || fields[Field.asks.rawValue].contains(token)
    }
}

/// What a phrase found in a question means.
enum QueryPhrase: Sendable {
    case stop
    /// Qualifies without naming a topic (heavy, 特别): weighs little.
    case modifier
    case followUp
    case audience(UInt8)
    case service(UInt8)
    case synonym(group: Int, term: Int)
    case oneWay(Int)
}
