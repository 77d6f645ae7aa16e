import Foundation
import Testing

@testable import EcoVolKit

@Suite("Language and locale", .serialized)
struct LanguageAndLocaleTests {
    @Test func languageFollowsLangFlagThenEnvironment() {
        #expect(Language.detect(explicit: "en", environment: ["LANG": "zh_CN.UTF-8"]) == .en)
        #expect(Language.detect(explicit: nil, environment: ["LANG": "zh_CN.UTF-8"]) == .zh)
        #expect(Language.detect(explicit: nil, environment: ["LC_ALL": "en_US.UTF-8", "LANG": "zh_CN.UTF-8"]) == .en)
        #expect(
            Language.detect(explicit: nil, environment: ["LC_ALL": "", "LC_MESSAGES": "zh_TW", "LANG": "C"]) == .zh)
        #expect(Language.detect(explicit: nil, environment: [:]) == .en)
        #expect(Language.detect(explicit: nil, environment: ["LANG": "C"]) == .en)
    }

    /// libedit needs a UTF-8 LC_CTYPE whatever LANG says: unset, C, or a locale that was never generated.
    @Test(arguments: [nil, "C", "POSIX", "zh_CN.UTF-8", "xx_YY.ISO-8859-1", "C.UTF-8"])
    func localeFallbackAlwaysEndsInUTF8(lang: String?) {
        let saved = ProcessInfo.processInfo.environment
        unsetenv("LC_ALL")
        unsetenv("LC_CTYPE")
        if let lang { setenv("LANG", lang, 1) } else { unsetenv("LANG") }
        defer {
            for key in ["LANG", "LC_ALL", "LC_CTYPE"] {
                if let value = saved[key] { setenv(key, value, 1) } else { unsetenv(key) }
            }
            setlocale(LC_ALL, "C")
        }
        let chosen = LocaleSetup.ensureUTF8()
        #expect(chosen != nil)
        #expect(LocaleSetup.isUTF8())
        // A wide-character round trip works, which is what libedit relies on.
        var wide: wchar_t = 0
        let bytes = Array("绿".utf8).map { CChar(bitPattern: $0) }
        let consumed = bytes.withUnsafeBufferPointer { mbtowc(&wide, $0.baseAddress, $0.count) }
        #expect(consumed == 3)
        #expect(wide == 0x7EFF)
    }

    @Test func dataDirectoryFollowsTheDocumentedOrder() {
        #expect(DataDirectory.resolve(explicit: "/tmp/a", environment: ["ECOVOL_STORE": "/tmp/b"]).path == "/tmp/a")
        #expect(
            DataDirectory.resolve(explicit: nil, environment: ["ECOVOL_STORE": "/tmp/b", "XDG_DATA_HOME": "/x"]).path
                == "/tmp/b")
        #expect(
            DataDirectory.resolve(explicit: nil, environment: ["XDG_DATA_HOME": "/x", "HOME": "/h"]).path == "/x/ecovol"
        )
        #expect(DataDirectory.resolve(explicit: nil, environment: ["HOME": "/h"]).path == "/h/.local/share/ecovol")
        #expect(DataDirectory.resolve(explicit: "~/d", environment: ["HOME": "/h"]).path == "/h/d")
    }

    @Test func dataDirectoryIsCreatedPrivate() throws {
        let base = NSTemporaryDirectory() + "ecovol-dd-" + UUID().uuidString
        defer { try? FileManager.default.removeItem(atPath: base) }
        let dir = DataDirectory(path: base + "/nested/store")
        let saved = umask(0o022)
        defer { umask(saved) }
        try dir.ensureExists()
        var info = stat()
        #expect(stat(dir.path, &info) == 0)
        #expect(info.st_mode & 0o777 == 0o700)
    }
}
