import Foundation
import Testing

@testable import EcoVolKit

/// The bar charts of HTML reports: bars in proportion, values written beside them, and a
/// self-contained SVG that parses as XML whatever the labels hold.
@Suite struct SVGBarChartTests {
    /// The `width` of every `<rect>`, in order.
    private func barWidths(_ svg: String) throws -> [Int] {
        let pattern = try NSRegularExpression(pattern: #"<rect [^>]*width="(-?\d+)""#)
        return pattern.matches(in: svg, range: NSRange(svg.startIndex..., in: svg)).map {
            Int((svg as NSString).substring(with: $0.range(at: 1))) ?? -1
        }
    }

    @Test func theLongestBarIsTheLargestValueAndTheOthersAreInProportion() throws {
        let chart = SVGBarChart(
            title: "按类型",
            items: [
                ("理论宣讲", 10, "10"), ("科普教育", 5, "5"),
                ("生态实践", 0, "0"),
            ])
        let widths = try barWidths(chart.svg())
        #expect(widths.count == 3)
        #expect(widths[0] > 0 && widths[1] == Int((Double(widths[0]) / 2).rounded()) && widths[2] == 0)
        #expect(widths.allSatisfy { $0 <= SVGBarChart.width })
        // The values are written, so the chart reads without colour.
        #expect(chart.svg().contains(">10</text>") && chart.svg().contains(">5</text>"))
    }

    @Test func allZeroOrNoItemsMakeAnEmptyButValidChart() throws {
        let zero = SVGBarChart(title: "无", items: [("a", 0, "0")]).svg()
        #expect(try barWidths(zero) == [0])
        let none = SVGBarChart(title: "无", items: []).svg()
        #expect(none.hasPrefix("<svg ") && none.hasSuffix("</svg>"))
        #expect(none.contains("height=\"30\""))
        #expect(HTMLCheck.parse(none).ok && HTMLCheck.parse(zero).ok)
    }

    @Test func labelsAreEscapedSoTheChartStaysWellFormedAndSelfContained() {
        let svg = SVGBarChart(
            title: "<script>alert(1)</script>",
            items: [("A & B <\"x\">", 3, "3'h")]
        ).svg()
        let parsed = HTMLCheck.parse(svg)
        #expect(parsed.ok, "\(String(describing: parsed.error))")
        #expect(parsed.check.isSelfContained)
        #expect(!parsed.check.elements.contains("script"))
        #expect(parsed.check.text.contains("A & B <\"x\">"))
    }
}
