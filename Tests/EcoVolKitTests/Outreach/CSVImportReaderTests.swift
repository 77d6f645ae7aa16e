import Foundation
import PropertyBased
import Testing

@testable import EcoVolKit

/// The import reader takes apart what spreadsheets write, and names the line of every row it
/// cannot read instead of importing it garbled.
@Suite struct CSVImportReaderTests {
    static func quoted(_ field: String) -> String {
        field.contains(where: { ",\"\n".contains($0) }) || field.hasPrefix(" ") || field.hasSuffix(" ")
            ? "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : field
    }

    @Test func wellFormedFilesReadBackExactly() async {
        let pieces = ["张三", "a,b", "引\"号", "两\n行", "", "x", "🌿", "1380000"]
        await propertyCheck(count: 100, input: Gen.int(in: 0...7).array(of: 3...3).array(of: 1...6)) { table in
            let rows = table.map { $0.map { pieces[$0] } }
            let text =
                (["name,phone,org"] + rows.map { $0.map(Self.quoted).joined(separator: ",") }).joined(separator: "\n")
                + "\n"
            let t = CSVImportReader.parse(text)
            let expected = rows.filter { !$0.allSatisfy(\.isEmpty) }
            #expect(t.problems.isEmpty, "\(text)")
            #expect(t.rows == expected, "\(text)")
        }
    }

    @Test func malformedRowsAreNamedAndDoNotSwallowOthers() {
        let text = """
            name,phone,org
            张三,13800000001,环保局
            "unterminated,138,单位
            李四,13800000003,"环""保"
            钱七,138"00000004,引号
            孙八,13800000005
            周九,13800000006,多,一列
            "吴十",13800000007,"单位"x

            郑一,13800000008,好
            """
        let t = CSVImportReader.parse(text)
        #expect(t.rows.map { $0[0] } == ["张三", "李四", "郑一"])
        #expect(t.rows[1][2] == "环\"保")
        #expect(t.rowLines == [2, 4, 10])
        #expect(
            t.problems == [
                .init(line: 3, kind: .unclosedQuote),
                .init(line: 5, kind: .strayQuote),
                .init(line: 6, kind: .columnCount(found: 2, expected: 3)),
                .init(line: 7, kind: .columnCount(found: 4, expected: 3)),
                .init(line: 8, kind: .strayQuote),
            ])
        #expect(!t.problems.map { $0.message.zh }.contains { $0.contains("unclosed") })
    }

    @Test func emptyFilesGetAPlainMessage() throws {
        let dir = NSTemporaryDirectory() + "ecovol-csv-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        for (i, content) in ["", "\u{FEFF}", "\n\n", " , ,\n"].enumerated() {
            let path = dir + "/\(i).csv"
            try content.write(toFile: path, atomically: true, encoding: .utf8)
            do throws(CSVImportReader.FileError) {
                _ = try CSVImportReader.read(path: path)
                Issue.record("\(i) was read")
            } catch {
                #expect(error == .empty(path: path))
                #expect(error.code == "import.empty" && error.field == "file")
                #expect(error.message.zh.contains("文件是空的"))
            }
        }
    }

    @Test func invisibleCharactersLeaveNames() throws {
        #expect(try FieldValidator.name("name", "张\u{200B}三") == "张三")
        #expect(try FieldValidator.name("name", "\u{FEFF}李四\u{200D}") == "李四")
        #expect(try FieldValidator.text("note", "👩\u{200D}🏫 老师") == "👩\u{200D}🏫 老师")
        #expect(throws: FieldError.missing(field: "name", accepted: .text(maxLength: 40))) {
            try FieldValidator.name("name", "\u{200B}\u{200C}")
        }
        #expect(throws: FieldError.invalid(field: "name", value: "王\u{202E}五", accepted: .noControlCharacters)) {
            try FieldValidator.name("name", "王\u{202E}五")
        }
        #expect(throws: FieldError.invalid(field: "name", value: "王\u{061C}五", accepted: .noControlCharacters)) {
            try FieldValidator.name("name", "王\u{061C}五")
        }
    }
}
