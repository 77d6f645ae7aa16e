import Foundation

/// libedit reads and draws multibyte text through the C library's LC_CTYPE: without a UTF-8
/// locale it silently drops every Chinese character typed and blanks Chinese prompts. Stock
/// Debian images have only `C`, `C.utf8` and `POSIX`, and containers often name a locale
/// that was never generated, so this picks a UTF-8 LC_CTYPE that exists whatever LANG says.
package enum LocaleSetup {
    /// LC_CTYPE locales tried, in order, when the environment's locale is missing or not UTF-8.
    package static let fallbacks = ["C.UTF-8", "C.utf8", "en_US.UTF-8"]

    /// Applies the environment's locale, then makes sure LC_CTYPE is UTF-8. Returns the
    /// LC_CTYPE locale in force (nil if none could be set, which libedit users must report).
    @discardableResult
    package static func ensureUTF8() -> String? {
        let applied = setlocale(LC_ALL, "")
        if applied != nil, isUTF8() {
            return currentCType()
        }
        for name in fallbacks {
            if setlocale(LC_CTYPE, name) != nil, isUTF8() {
                return name
            }
        }
        return nil
    }

    /// True when the current LC_CTYPE encodes text as UTF-8.
    package static func isUTF8() -> Bool {
        guard let codeset = nl_langinfo(nl_item(CODESET)) else { return false }
        let name = String(cString: codeset).uppercased().replacingOccurrences(of: "-", with: "")
        return name == "UTF8"
    }

    package static func currentCType() -> String? {
        setlocale(LC_CTYPE, nil).map { String(cString: $0) }
    }
}
