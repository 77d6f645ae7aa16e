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

    @Test(arguments: [
        ("草海在哪里", Language.zh), ("垃圾分类怎么分", .zh), ("eco volunteer 的 training 都学些啥", .zh),
        ("AQI 多少算 unhealthy 啊", .zh), ("我想 register 成为 volunteer，需要 ID card 吗", .zh), ("碳中和", .zh),
        ("low carbon生活怎么做", .zh), ("where is Caohai", .en), ("what is 碳中和", .en), ("where is 草海", .en),
        ("How do I sign up as a volunteer?", .en), ("lajifenlei", .en), ("PM2.5", .en),
    ])
    func aQuestionsLanguageIsReadFromItsScript(question: String, language: Language) {
        #expect(Language.of(question: question) == language, "\(question)")
    }

    @Test func aQuestionWithNoWordsHasNoLanguage() {
        for text in ["", "12369", "  ", "2026-12-05", "？"] { #expect(Language.of(question: text) == nil, "\(text)") }
    }

    /// A knowledge answer follows the question's language until the user chooses one.
    @MainActor @Test func answersFollowTheQuestionUntilALanguageIsChosen() throws {
        let context = CommandContext(
            language: .en, dataDirectory: DataDirectory(path: NSTemporaryDirectory() + "ecovol-lang-\(UUID())"))
        #expect(context.answerLanguage(for: "草海在哪里") == .zh)
        #expect(context.answerLanguage(for: "where is Caohai") == .en)
        #expect(context.answerLanguage(for: "12369") == .en)
        context[LanguageChosenKey.self] = true
        #expect(context.answerLanguage(for: "草海在哪里") == .en)
        context.language = .zh
        #expect(context.answerLanguage(for: "where is Caohai") == .zh)
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

    @Test func theLanguageIsNamedInEitherLanguage() {
        for word in ["zh", "ZH", "zh_CN", "zh-TW", "zh_CN.UTF-8", "中文", "cn", "Chinese", " CHINESE "] {
            #expect(Language(argument: word) == .zh, "\(word)")
        }
        for word in ["en", " en ", "EN", "en_US.UTF-8", "en-GB", "English", "英文"] {
            #expect(Language(argument: word) == .en, "\(word)")
        }
        for word in ["", " ", "fr", "c", "C.UTF-8", "中", "汉语", "de_DE", "ch"] {
            #expect(Language(argument: word) == nil, "\(word)")
        }
        // A --lang that names no language is passed over for the environment's.
        #expect(Language.detect(explicit: "fr", environment: ["LANG": "zh_CN.UTF-8"]) == .zh)
        #expect(Language.detect(explicit: "", environment: ["LANG": "ZH_cn"]) == .zh)
        #expect(Language.detect(explicit: "中文", environment: ["LC_ALL": "en_US.UTF-8"]) == .zh)
    }

    @Test func listsClausesAndNotesArePunctuatedForTheLanguage() {
        #expect(["贵阳", "遵义"].joined(separator: Language.zh.listSeparator) == "贵阳、遵义")
        #expect(["Guiyang", "Zunyi"].joined(separator: Language.en.listSeparator) == "Guiyang, Zunyi")
        #expect(Language.zh.clauseSeparator == "；" && Language.en.clauseSeparator == "; ")
        #expect("已保存" + Language.zh.parenthesized("2 场") == "已保存（2 场）")
        #expect("Saved" + Language.en.parenthesized("2 sessions") == "Saved (2 sessions)")
    }

    /// A UTF-8 locale the environment names is kept; otherwise the first fallback that
    /// exists is chosen, and the C library then agrees that LC_CTYPE is UTF-8.
    @Test(arguments: [("C.UTF-8", true), ("C", false), ("POSIX", false)])
    func theEnvironmentsOwnUTF8LocaleIsKeptAndOthersFallBack(lang: String, kept: Bool) {
        let saved = ProcessInfo.processInfo.environment
        unsetenv("LC_ALL")
        unsetenv("LC_CTYPE")
        setenv("LANG", lang, 1)
        defer {
            for key in ["LANG", "LC_ALL", "LC_CTYPE"] {
                if let value = saved[key] { setenv(key, value, 1) } else { unsetenv(key) }
            }
            setlocale(LC_ALL, "C")
        }
        #expect(LocaleSetup.fallbacks == ["C.UTF-8", "C.utf8", "en_US.UTF-8"])
        setlocale(LC_ALL, "C")
        #expect(!LocaleSetup.isUTF8())
        #expect(LocaleSetup.currentCType() == "C")
        let chosen = LocaleSetup.ensureUTF8()
        #expect(chosen == LocaleSetup.currentCType())
        #expect(LocaleSetup.isUTF8())
        if kept {
            #expect(chosen == lang)
        } else {
            #expect(chosen.map(LocaleSetup.fallbacks.contains) == true, "\(chosen ?? "none")")
        }
    }
}
