import Foundation
import Testing

@testable import EcoVolKit

/// The six audiences of the plan (进家庭、进社区、进学校、进企业、进机关、进乡村): every way of
/// naming one reads as that one, in either language and any case, and nothing else does.
@Suite struct AudienceVocabularyTests {
    @Test func eachAudienceHasItsChineseAndEnglishLabel() {
        #expect(Audience.allCases.map(\.label.zh) == ["家庭", "社区", "学校", "企业", "机关", "乡村"])
        #expect(
            Audience.allCases.map(\.label.en) == ["family", "community", "school", "enterprise", "agency", "village"])
        // The English label is the code kept on disk, so a report reads what the store holds.
        for audience in Audience.allCases { #expect(audience.label.en == audience.rawValue) }
        #expect(Audience.school.label.text(.zh) == "学校" && Audience.school.label.text(.en) == "school")
    }

    @Test func theAcceptedListNamesEveryCodeWithItsChineseName() {
        #expect(
            Audience.acceptedText
                == "family(家庭) community(社区) school(学校) enterprise(企业) agency(机关) village(乡村)")
    }

    @Test(arguments: Audience.allCases)
    func theCodeTheChineseNameAndTheJinFormAllReadAsTheAudience(audience: Audience) {
        #expect(Audience(argument: audience.rawValue) == audience)
        #expect(Audience(argument: audience.rawValue.uppercased()) == audience)
        #expect(Audience(argument: "  " + audience.rawValue.capitalized + " ") == audience)
        #expect(Audience(argument: audience.label.zh) == audience)
        #expect(Audience(argument: "进" + audience.label.zh) == audience)
        #expect(Audience(argument: " 进" + audience.label.zh + "  ") == audience)
    }

    /// Every alias, in the table and as a user would type it (capitals, spaces around it).
    @Test func everyAliasReadsAsItsAudienceWhateverTheCase() {
        #expect(Audience.aliases.count > 60)
        for alias in Audience.aliases {
            #expect(alias.word == alias.word.lowercased(), "\(alias.word) is not lower-case")
            #expect(Audience(argument: alias.word) == alias.audience, "\(alias.word)")
            #expect(Audience(argument: alias.word.uppercased()) == alias.audience, "\(alias.word)")
            #expect(Audience(argument: " \(alias.word) ") == alias.audience, "\(alias.word)")
        }
    }

    /// Each audience's own Chinese name and English code are in its alias list too, so the
    /// knowledge search and the request reader, which read only the list, know them.
    @Test func theAliasListHoldsEveryLabelAndCode() {
        for audience in Audience.allCases {
            let words = Audience.aliases.filter { $0.audience == audience }.map(\.word)
            #expect(words.contains(audience.label.zh), "\(audience)")
            #expect(words.contains(audience.rawValue), "\(audience)")
        }
    }

    @Test(arguments: [
        ("小学生", Audience.school), ("Primary School", .school), ("Schoolchildren", .school), ("KIDS", .school),
        ("进校园", .school), ("幼儿园", .school), ("同学们", .school), ("村民", .village), ("进农村", .village),
        ("Countryside", .village), ("居民", .community), ("Neighborhood", .community), ("neighbourhood", .community),
        ("进社区", .community), ("员工", .enterprise), ("Civil Servants", .agency), ("public sector", .agency),
        ("公务员", .agency), ("亲子", .family), ("Households", .family), ("家长", .family),
    ])
    func wordsPeopleUseReadAsTheirAudience(word: String, audience: Audience) {
        #expect(Audience(argument: word) == audience, "\(word)")
    }

    @Test func unknownWordsAreNoAudience() {
        for word in [
            "", " ", "进", "进进学校", "学", "schol", "university", "大学", "医院", "hospital", "family2", "primaryschool",
            "学校们", "\t", "all", "全部",
        ] {
            #expect(Audience(argument: word) == nil, "\(word)")
        }
    }

    @Test func anAudienceIsKeptOnDiskAsItsCode() throws {
        let data = try JSONEncoder().encode([Audience.village, .school])
        #expect(String(decoding: data, as: UTF8.self) == #"["village","school"]"#)
        #expect(try JSONDecoder().decode([Audience].self, from: Data(#"["agency"]"#.utf8)) == [.agency])
        #expect(throws: DecodingError.self) { try JSONDecoder().decode([Audience].self, from: Data(#"["学校"]"#.utf8)) }
    }
}
