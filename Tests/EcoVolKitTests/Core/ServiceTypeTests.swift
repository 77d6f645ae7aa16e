import Foundation
import Testing

@testable import EcoVolKit

/// The five service types of the provincial plan and the three training tiers: every name a
/// user may type reads as the right one, and a word that names none is refused.
@Suite struct ServiceTypeVocabularyTests {
    @Test func eachTypeHasItsChineseAndEnglishLabel() {
        #expect(ServiceType.allCases.map(\.label.zh) == ["理论宣讲", "宣传教育", "社会监督", "绿色低碳实践", "志愿者培训"])
        #expect(
            ServiceType.allCases.map(\.label.en) == ["lecture", "education", "supervision", "practice", "training"])
        for type in ServiceType.allCases { #expect(type.label.en == type.rawValue) }
        #expect(
            ServiceType.acceptedText
                == "lecture(理论宣讲) education(宣传教育) supervision(社会监督) practice(绿色低碳实践) training(志愿者培训)")
    }

    @Test(arguments: ServiceType.allCases)
    func theCodeAndTheChineseNameReadAsTheTypeWhateverTheCase(type: ServiceType) {
        #expect(ServiceType(argument: type.rawValue) == type)
        #expect(ServiceType(argument: type.rawValue.uppercased()) == type)
        #expect(ServiceType(argument: " " + type.rawValue.capitalized + "  ") == type)
        #expect(ServiceType(argument: type.label.zh) == type)
        #expect(ServiceType(argument: "  " + type.label.zh) == type)
    }

    @Test func everyAliasReadsAsItsType() {
        for alias in ServiceType.aliases {
            #expect(alias.word == alias.word.lowercased(), "\(alias.word) is not lower-case")
            #expect(ServiceType(argument: alias.word) == alias.type, "\(alias.word)")
            #expect(ServiceType(argument: alias.word.uppercased()) == alias.type, "\(alias.word)")
            #expect(ServiceType(argument: "  \(alias.word) ") == alias.type, "\(alias.word)")
        }
        // The code and the Chinese name of each type are aliases too, for the knowledge search.
        for type in ServiceType.allCases {
            let words = ServiceType.aliases.filter { $0.type == type }.map(\.word)
            #expect(words.contains(type.rawValue) && words.contains(type.label.zh), "\(type)")
        }
    }

    @Test(arguments: [
        ("讲座", ServiceType.lecture), ("宣讲", .lecture), ("Talk", .lecture), ("科普", .education),
        ("科学普及", .education), ("宣传", .education), ("监督", .supervision), ("实践活动", .practice),
        ("Hands-On", .practice), ("培训", .training), ("TRAINING", .training),
    ])
    func wordsPeopleUseReadAsTheirType(word: String, type: ServiceType) {
        #expect(ServiceType(argument: word) == type, "\(word)")
    }

    @Test func unknownWordsAreNoType() {
        for word in [
            "", "  ", "讲", "宣讲会", "lectures", "hands on", "handson", "workshop", "会议", "进社区", "低碳", "绿色",
            "理论", "志愿者", "train", "education!",
        ] {
            #expect(ServiceType(argument: word) == nil, "\(word)")
        }
    }

    @Test func aTypeIsKeptOnDiskAsItsCode() throws {
        let data = try JSONEncoder().encode([ServiceType.practice])
        #expect(String(decoding: data, as: UTF8.self) == #"["practice"]"#)
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode([ServiceType].self, from: Data(#"["宣讲"]"#.utf8))
        }
    }

    @Test func trainingTiersReadTheirCodesAndChineseNames() {
        #expect(TrainingLevel.allCases.map(\.label.zh) == ["岗前基础培训", "项目技能培训", "骨干管理培训"])
        #expect(TrainingLevel.allCases.map(\.label.en) == ["basic", "skills", "backbone"])
        let words: [(String, TrainingLevel)] = [
            ("basic", .basic), ("BASIC", .basic), (" 基础 ", .basic), ("岗前", .basic), ("岗前基础培训", .basic),
            ("skills", .skills), ("技能", .skills), ("项目技能", .skills), ("项目技能培训", .skills),
            ("Backbone", .backbone), ("骨干", .backbone), ("管理", .backbone), ("骨干管理培训", .backbone),
        ]
        for (word, level) in words { #expect(TrainingLevel(argument: word) == level, "\(word)") }
        for word in ["", "skill", "基础培训", "advanced", "高级", "培训"] {
            #expect(TrainingLevel(argument: word) == nil, "\(word)")
        }
    }
}
