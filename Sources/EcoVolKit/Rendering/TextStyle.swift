/// What a piece of output means, not how it looks: the executable maps styles to ANSI
/// colours (or nothing, under `NO_COLOR` or a pipe), and the kit stays terminal-free.
package enum TextStyle: String, Sendable, Hashable, Codable {
    case plain
    case bold
    case heading
    case highlight  // matched search terms
    case dim
    case accent  // ids, commands
    case success
    case warning
    case error
}

/// A run of text with one style.
package struct StyledSpan: Sendable, Hashable {
    package var text: String
    package var style: TextStyle

    package init(_ text: String, _ style: TextStyle = .plain) {
        self.text = text
        self.style = style
    }
}

/// A paragraph of styled spans. Plain strings convert implicitly via the literal.
package struct StyledText: Sendable, Hashable, ExpressibleByStringLiteral {
    package var spans: [StyledSpan]

    package init(_ spans: [StyledSpan]) {
        self.spans = spans
    }

    package init(_ text: String, _ style: TextStyle = .plain) {
        self.spans = [StyledSpan(text, style)]
    }

    package init(stringLiteral value: String) {
        self.spans = [StyledSpan(value)]
    }

    package var plainText: String { spans.map(\.text).joined() }

    package static func + (lhs: StyledText, rhs: StyledText) -> StyledText {
        StyledText(lhs.spans + rhs.spans)
    }
}
