import Testing

@testable import EcoVolKit

/// Text written into HTML files that must also parse as XML.
@Suite struct XMLTextTests {
    @Test func theFiveMarkupCharactersAreEntities() {
        #expect(XMLText.escape(#"<b>"A & B's"</b>"#) == "&lt;b&gt;&quot;A &amp; B&#39;s&quot;&lt;/b&gt;")
        // Escaping twice escapes the ampersands of the first pass: callers escape once.
        #expect(XMLText.escape("&amp;") == "&amp;amp;")
    }

    @Test func controlCharactersXMLForbidsAreDroppedAndLineBreaksKept() {
        #expect(XMLText.escape("a\u{0}b\u{7}c\u{1B}[31md") == "abc[31md")
        #expect(XMLText.escape("a\u{85}b\u{9F}c\u{7F}") == "abc")
        #expect(XMLText.escape("a\u{FFFE}b\u{FFFF}c") == "abc")
        #expect(XMLText.escape("行一\n行二\r\n\t缩进") == "行一\n行二\r\n\t缩进")
        #expect(XMLText.escape("湿地 🌱 wetland") == "湿地 🌱 wetland")
        #expect(XMLText.escape("").isEmpty)
    }
}
