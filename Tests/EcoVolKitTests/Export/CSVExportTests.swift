import Foundation
import PropertyBased
import Testing

@testable import EcoVolKit

@Suite struct CSVExportTests {
    @Test func quotesNewlinesBOMAndInjectionRoundTrip() throws {
        let cells = [
            "plain", "逗号,在中间", "引号\"在中间\"", "换行\n第二行", "CRLF\r\n第二行", "=SUM(A1:A9)", "+86 138", "-2", "@cmd", "\tTab",
            "\rCR", "'already", " 空格 ", "", ",\u{300}x", "\n\u{300}", "x\"\u{300}y",
        ]
        let table = DataTable(
            columns: cells.indices.map { DataTable.Column("c\($0)", "列\($0)") },
            rows: [cells.map { .text($0) }, cells.map { _ in .number(1.5) }])
        let data = try SpreadsheetCSV.data(table)
        let records = try StrictCSVReader.read(data)
        #expect(records.count == 3)
        #expect(records[0] == cells.indices.map { "列\($0)" })
        let expected = cells.map { SpreadsheetCSV.neutralised($0) }
        #expect(records[1] == expected)
        // Neutralised: each formula start gets an apostrophe; the rest is kept byte for byte.
        for (cell, read) in zip(cells, records[1]) {
            if let first = cell.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) {
                #expect(read == "'" + cell)
            } else if !cell.unicodeScalars.contains("\"") {
                #expect(read == cell)
            }
        }
        #expect(records[2].allSatisfy { $0 == "1.5" })
        #expect(records[1].last == "x\"y")  // the mark on the quote is dropped, the quote kept
    }

    @Test func strictReaderRefusesWhatRFC4180Forbids() {
        func read(_ s: String, bom: Bool = true) -> StrictCSVReader.Failure? {
            do {
                _ = try StrictCSVReader.read(Data((bom ? [0xEF, 0xBB, 0xBF] : []) + Array(s.utf8)))
                return nil
            } catch { return error as? StrictCSVReader.Failure }
        }
        #expect(read("a,b\r\n", bom: false) == .missingBOM)
        #expect(read("a,b\n") == .bareLineBreak(record: 1))
        #expect(read("a\"b\r\n") == .quoteInUnquotedField(record: 1))
        #expect(read("\"a\"b\r\n") == .textAfterClosingQuote(record: 1))
        #expect(read("a,b\r\nc\r\n") == .ragged(record: 2, fields: 1, expected: 2))
        #expect(read("a,b") == .missingFinalCRLF)
        #expect(read("\"a\r\n") == .unterminatedQuote)
        #expect(read("\"a\"\"b\",\"c\r\nd\"\r\n") == nil)
    }

    @Test func anyTextSurvivesTheRoundTrip() async {
        await propertyCheck(
            input: Gen<Character?>.element(of: [Character(","), "\"", "\n", "\r", "中", "=", "a", " ", "\u{300}"]).map {
                $0 ?? "a"
            }.string(of: 0...12)
        ) { text in
            let table = DataTable(columns: [.init("a", "A"), .init("b", "B")], rows: [[.text(text), .text("x")]])
            let records = try? StrictCSVReader.read(SpreadsheetCSV.data(table))
            #expect(records?[1] == [SpreadsheetCSV.neutralised(text), "x"])
        }
        await propertyCheck(input: TestGen.text(0...20)) { text in
            let table = DataTable(columns: [.init("a", "A"), .init("b", "B")], rows: [[.text(text), .text("x")]])
            let records = try? StrictCSVReader.read(SpreadsheetCSV.data(table))
            #expect(records?[1] == [SpreadsheetCSV.neutralised(text), "x"])
        }
    }
}
