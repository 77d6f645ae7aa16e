/// A horizontal bar chart as inline SVG: no script, no external font or image, so the
/// report stays one self-contained file that prints as it shows. Values are written beside
/// the bars, so the chart reads in black and white.
package struct SVGBarChart: Sendable {
    package var title: String
    package var items: [(label: String, value: Double, display: String)]

    package init(title: String, items: [(label: String, value: Double, display: String)]) {
        self.title = title
        self.items = items
    }

    package init(_ chart: BarChart) {
        self.init(title: chart.title, items: chart.items)
    }

    static let rowHeight = 22
    static let barHeight = 14
    static let width = 640

    package func svg() -> String {
        let labelWidth = min(220, max(48, (items.map { DisplayWidth.of($0.label) }.max() ?? 4) * 7 + 12))
        let valueWidth = max(40, (items.map { DisplayWidth.of($0.display) }.max() ?? 2) * 7 + 12)
        let barSpace = Self.width - labelWidth - valueWidth
        let maxValue = items.map(\.value).max() ?? 0
        let height = max(1, items.count) * Self.rowHeight + 8
        var out =
            "<svg class=\"chart\" role=\"img\" width=\"\(Self.width)\" height=\"\(height)\" viewBox=\"0 0 \(Self.width) \(height)\">"
        out += "<title>" + XMLText.escape(title) + "</title>"
        for (i, item) in items.enumerated() {
            let y = 4 + i * Self.rowHeight
            let length = maxValue > 0 ? Int((item.value / maxValue * Double(barSpace)).rounded()) : 0
            let textY = y + Self.barHeight - 2
            out +=
                "<text x=\"\(labelWidth - 6)\" y=\"\(textY)\" text-anchor=\"end\" font-size=\"12\">"
                + XMLText.escape(item.label) + "</text>"
            out +=
                "<rect x=\"\(labelWidth)\" y=\"\(y)\" width=\"\(length)\" height=\"\(Self.barHeight)\" fill=\"#3a7d44\"><title>"
                + XMLText.escape(item.label + " " + item.display) + "</title></rect>"
            out +=
                "<text x=\"\(labelWidth + length + 4)\" y=\"\(textY)\" font-size=\"12\">" + XMLText.escape(item.display)
                + "</text>"
        }
        return out + "</svg>"
    }
}
