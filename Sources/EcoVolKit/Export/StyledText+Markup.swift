extension StyledText {
    /// The text as a file's markup: each span escaped by `escape`, bold and heading spans (what
    /// the screen shows strong) wrapped by `strong`; other styles are the screen's alone.
    func markup(escape: (String) -> String, strong: (String) -> String) -> String {
        spans.map { span in
            let body = escape(span.text)
            guard !body.isEmpty, span.style == .bold || span.style == .heading else { return body }
            return strong(body)
        }.joined()
    }
}
