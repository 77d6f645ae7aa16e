import Foundation
import Testing

@testable import EcoVolKit

/// The ids a snapshot too damaged to parse still shows, by the table they sit in.
@Suite struct SnapshotIDScanTests {
    @Test func idsAreReadWithTheKindOfTheirTable() {
        let text = """
            garbage where the header was
            "projects":{
            "jriver01":{"id":"jriver01","name":"河湖巡护","_crc":"00000000"}
            },
            "people":{
            "p2":{"id":"p2","name":"李四","_crc":"00000000"}
            },
            "sessions":{
            "s9":{"audience":"community","id":"s9","lecturers":[],"_crc":"00000000"}
            },
            "participations":[
            ["s9","p2","volunteer","attended",2,2,null,null,null,null,"2026-05-29T00:00:00Z","00000000"]
            ],
            """
        let named = SnapshotIDScan.ids(in: Array(text.utf8))
        #expect(
            named == [
                .init(kind: .project, id: "jriver01"), .init(kind: .person, id: "p2"), .init(kind: .session, id: "s9"),
            ])
    }

    @Test func withoutATableHeadingTheKindLetterDecidesAndOddValuesAreSkipped() {
        // The headings are lost; an id appears twice; a value that is not an id is ignored.
        let text = """
            {"id":"pab12cd3","name":"王芳"}
            {"id":"sxy98zw7","title":"净滩"} {"id":"pab12cd3"}
            {"id":"Not An ID!"} {"id":"r1234567"} {"id":"
            """
        let named = SnapshotIDScan.ids(in: Array(text.utf8))
        #expect(named == [.init(kind: .person, id: "pab12cd3"), .init(kind: .session, id: "sxy98zw7")])
    }

    @Test func missingAreThoseTheStateLacks() {
        var state = OutreachState()
        state.apply(.putPerson(samplePerson("p1")))
        let text = "\"people\":{\n{\"id\":\"p1\"}\n{\"id\":\"p2\"}\n\"sessions\":{\n{\"id\":\"s9\"}\n"
        let missing = SnapshotIDScan.missing(from: Array(text.utf8), in: state)
        #expect(missing == [.init(kind: .person, id: "p2"), .init(kind: .session, id: "s9")])
    }
}
