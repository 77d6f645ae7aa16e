import Foundation
import Testing

@testable import EcoVolKit

/// Who `/check` takes for one person registered twice, and which record it offers to keep.
@Suite struct DuplicatePeopleTests {
    static func person(
        _ id: String, _ name: String, phone: String? = nil, org: String? = nil, idNumber: String? = nil,
        day: Double = 0
    ) -> Person {
        var p = Person(id: id, name: name, phone: phone, registered: fixedNow.addingTimeInterval(day * 86_400))
        p.organisation = org
        p.idNumber = idNumber
        return p
    }

    private func groups(_ people: [Person]) -> [[String]] {
        RecordCheck.duplicateGroups(people).map { $0.map(\.id) }
    }

    @Test func theSameIDNumberOrPhoneIsOnePersonWhateverTheName() {
        #expect(
            groups([
                Self.person("a", "张三", idNumber: "520102199001011234"),
                Self.person("b", "张叁", idNumber: "520102199001011234"),
            ]) == [["a", "b"]])
        #expect(
            groups([Self.person("a", "李四", phone: "13812345678"), Self.person("b", "李 四", phone: "13812345678")]) == [
                ["a", "b"]
            ])
    }

    @Test func theSameNameIsOnePersonUnlessTheirPhonesDisagreeAcrossOrganisations() {
        // One phone missing: nothing contradicts.
        #expect(groups([Self.person("a", "王五", phone: "13812345678"), Self.person("b", "王五")]) == [["a", "b"]])
        // Two phones, two organisations: two people who share a name.
        #expect(
            groups([
                Self.person("a", "王五", phone: "13812345678", org: "贵州大学"),
                Self.person("b", "王五", phone: "13987654321", org: "遵义医科大学"),
            ]).isEmpty)
        // Two phones, one organisation: the same person with a new number.
        #expect(
            groups([
                Self.person("a", "王五", phone: "13812345678", org: "贵州大学"),
                Self.person("b", "王五", phone: "13987654321", org: "贵州大学"),
            ]) == [["a", "b"]])
    }

    @Test func namesCompareWithoutCaseSpacesOrMiddleDots() {
        #expect(groups([Self.person("a", "Zhang San"), Self.person("b", "zhangsan")]) == [["a", "b"]])
        #expect(groups([Self.person("a", "阿依·古丽"), Self.person("b", "阿依古丽")]) == [["a", "b"]])
        #expect(groups([Self.person("a", "张三"), Self.person("b", "张三丰")]).isEmpty)
    }

    @Test func linksChainIntoOneGroupWithTheEarliestRegisteredFirst() {
        let people = [
            Self.person("c", "赵六", idNumber: "520102199001015678", day: 3),
            Self.person("b", "钱七", phone: "13700001234", idNumber: "520102199001015678", day: 1),
            Self.person("a", "孙八", phone: "13700001234", day: 2),
            Self.person("z", "周九", phone: "13600009999"),
        ]
        // c~b by ID number, b~a by phone: one person, b registered first.
        #expect(groups(people) == [["b", "a", "c"]])
        #expect(groups([]).isEmpty)
    }
}
