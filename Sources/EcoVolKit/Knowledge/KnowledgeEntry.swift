import Foundation

/// What an entry is for; decides where it is listed (`/tips`, `/points`, `/dates`) and how
/// it is introduced in an answer.
public enum KnowledgeKind: String, Sendable, CaseIterable, Codable {
    case point
    case tip
    case fact
    case date
    case qa
    case activity
    case `case`

    package var name: LocalizedText {
        switch self {
        case .point: return LocalizedText(zh: "宣讲要点", en: "talking point")
        case .tip: return LocalizedText(zh: "低碳小贴士", en: "low-carbon tip")
        case .fact: return LocalizedText(zh: "科普知识", en: "science fact")
        case .date: return LocalizedText(zh: "环境纪念日", en: "environmental day")
        case .qa: return LocalizedText(zh: "常见问题", en: "common question")
        case .activity: return LocalizedText(zh: "活动创意", en: "activity idea")
        case .case: return LocalizedText(zh: "案例", en: "example")
        }
    }

    /// How long a body of this kind should be, in Chinese characters (`knowledge/FORMAT.md`):
    /// bodies are read aloud, so a point must fit a minute or two and a tip one breath.
    /// nil: no limit (dates, activities and cases are as long as they need).
    package var bodyLengthRange: ClosedRange<Int>? {
        switch self {
        case .point, .fact: return 150...400
        case .tip: return 60...200
        case .qa: return 100...400
        case .date, .activity, .case: return nil
        }
    }

    /// Chinese characters (CJK ideographs) in `text`: what the length ranges count;
    /// punctuation, Latin words and digits are left out.
    package static func chineseCharacterCount(_ text: String) -> Int {
        text.unicodeScalars.reduce(0) { n, c in
            let v = c.value
            let han =
                (v >= 0x4E00 && v <= 0x9FFF) || (v >= 0x3400 && v <= 0x4DBF) || (v >= 0xF900 && v <= 0xFAFF)
                || (v >= 0x20000 && v <= 0x3134F) || v == 0x3007
            return han ? n + 1 : n
        }
    }
}

/// One knowledge entry: a Markdown file with YAML front matter (see `knowledge/FORMAT.md`).
/// A value type so the index, the answers and the benchmark can build entries directly.
public struct KnowledgeEntry: Sendable, Hashable {
    package var id: String
    package var kind: KnowledgeKind
    public var title: String
    public var titleEn: String
    public var summaryEn: String
    package var topics: [String]
    package var audiences: [String]
    package var serviceTypes: [String]
    public var keywords: [String]
    /// Questions the entry is the best answer to, written the way people ask them (everyday
    /// words, context, English): searched as a field of their own, because a question and an
    /// entry about the same thing often share no word of its title or keywords (喂猪 and
    /// 厨余垃圾, "go green" and 绿色办公).
    package var asks: [String]
    package var source: String
    /// ISO date `YYYY-MM-DD`: the day the entry was last edited.
    package var updated: String
    /// ISO date `YYYY-MM-DD`: the day a person last checked the entry against its sources;
    /// nil when never recorded. Kept apart from `updated` because an edit is not a check,
    /// and a check that changes nothing is still worth knowing.
    package var reviewed: String?
    /// Ids of entries this one took over; `/show OLD-ID` opens this entry, so question sets
    /// and notes that name an old id keep working.
    package var replaces: [String]
    /// Points: who it suits and how to put it.
    package var suits: String?
    /// Activities: materials and minutes needed.
    package var materials: String?
    package var minutes: Int?
    /// Date entries: when the day falls.
    package var day: EnvironmentalDayRule?
    /// The Chinese Markdown body.
    public var body: String
    /// The file it was loaded from (nil for entries built in code).
    package var file: String?

    package init(
        id: String, kind: KnowledgeKind, title: String, titleEn: String = "", summaryEn: String = "",
        topics: [String] = [], audiences: [String] = [], serviceTypes: [String] = [], keywords: [String] = [],
        asks: [String] = [], source: String = "", updated: String = "", reviewed: String? = nil,
        replaces: [String] = [],
        suits: String? = nil, materials: String? = nil,
        minutes: Int? = nil, day: EnvironmentalDayRule? = nil, body: String = "", file: String? = nil
    ) {
        self.id = id
        self.kind = kind
        self.title = title
        self.titleEn = titleEn
        self.summaryEn = summaryEn
        self.topics = topics
        self.audiences = audiences
        self.serviceTypes = serviceTypes
        self.keywords = keywords
        self.asks = asks
        self.source = source
        self.updated = updated
        self.reviewed = reviewed
        self.replaces = replaces
        self.suits = suits
        self.materials = materials
        self.minutes = minutes
        self.day = day
        self.body = body
        self.file = file
    }
}
