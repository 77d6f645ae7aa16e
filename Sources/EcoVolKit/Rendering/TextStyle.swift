/// What a piece of output means, not how it looks: the executable maps styles to ANSI
/// colours (or nothing, under `NO_COLOR` or a pipe), and the kit stays terminal-free.
public enum TextStyle: String, Sendable, Hashable, Codable {
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
public struct StyledSpan: Sendable, Hashable {
    public var text: String
    public var style: TextStyle

    public init(_ text: String, _ style: TextStyle = .plain) {
        self.text = text
        self.style = style
    }
}

/// A paragraph of styled spans. Plain strings convert implicitly via the literal.
public struct StyledText: Sendable, Hashable, ExpressibleByStringLiteral {
    public var spans: [StyledSpan]

    public init(_ spans: [StyledSpan]) {
        self.spans = spans
    }

    public init(_ text: String, _ style: TextStyle = .plain) {
        self.spans = [StyledSpan(text, style)]
    }

    public init(stringLiteral value: String) {
        self.spans = [StyledSpan(value)]
    }

    public var plainText: String { spans.map(\.text).joined() }

    public static func + (lhs: StyledText, rhs: StyledText) -> StyledText {
        StyledText(lhs.spans + rhs.spans)
    }
}
