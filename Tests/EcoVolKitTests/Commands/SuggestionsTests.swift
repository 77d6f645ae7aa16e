import Foundation
import Testing

@testable import EcoVolKit

/// "Did you mean …?": the edit distance, how close a typo must be, the prefix shortcut, and
/// the suggestions the runner and the argument check put in their messages in both languages.
@MainActor
@Suite("Suggestions")
struct SuggestionsTests {
    private func distance(_ a: String, _ b: String) -> Int {
        Suggestions.distance(Array(a), Array(b))
    }

    private func context(_ language: Language) -> CommandContext {
        CommandContext(language: language, dataDirectory: DataDirectory(path: temporaryStoreDirectory()))
    }

    // MARK: - Distance

    @Test func distanceCountsInsertionsDeletionsAndSubstitutions() {
        #expect(distance("", "") == 0)
        #expect(distance("help", "help") == 0)
        #expect(distance("", "abc") == 3)
        #expect(distance("abc", "") == 3)
        #expect(distance("kitten", "sitting") == 3)
        #expect(distance("flaw", "lawn") == 2)
        #expect(distance("help", "helps") == 1)
        #expect(distance("helps", "help") == 1)
        #expect(distance("help", "hemp") == 1)
    }

    @Test func anAdjacentSwapCostsOne() {
        #expect(distance("hlep", "help") == 1)
        #expect(distance("ca", "ac") == 1)
        #expect(distance("reprot", "report") == 1)
        // Optimal string alignment: a swapped pair is not edited again, so "ca" → "abc" is 3.
        #expect(distance("ca", "abc") == 3)
    }

    @Test func distanceIsOverCharactersSoChineseCountsOnePerCharacter() {
        #expect(distance("帮组", "帮助") == 1)
        #expect(distance("安拍", "安排") == 1)
        #expect(distance("导出", "出导") == 1)
        #expect(distance("垃圾分类", "") == 4)
        #expect(distance("e\u{301}", "é") == 0)
    }

    @Test func distanceIsSymmetric() {
        let words = ["", "a", "help", "hlep", "schedule", "shedule", "帮助", "sessions", "kitten"]
        for a in words {
            for b in words {
                #expect(distance(a, b) == distance(b, a), "\(a) \(b)")
            }
        }
    }

    // MARK: - Closest

    @Test func aTypoWithinTheLimitIsSuggested() {
        let names = ["help", "schedule", "sessions", "report", "quit"]
        #expect(Suggestions.closest(to: "hlep", in: names) == "help")
        #expect(Suggestions.closest(to: "shedule", in: names) == "schedule")
        #expect(Suggestions.closest(to: "sesions", in: names) == "sessions")
        #expect(Suggestions.closest(to: "reprot", in: names) == "report")
        #expect(Suggestions.closest(to: "qiut", in: names) == "quit")
    }

    @Test func theLimitGrowsWithTheLengthOfWhatWasTyped() {
        // One edit for one or two characters, two for three to five, three from six on.
        #expect(Suggestions.closest(to: "x", in: ["q"]) == "q")
        #expect(Suggestions.closest(to: "xy", in: ["qy"]) == "qy")
        #expect(Suggestions.closest(to: "xy", in: ["ab"]) == nil)
        #expect(Suggestions.closest(to: "qxit", in: ["quit"]) == "quit")
        #expect(Suggestions.closest(to: "qxxt", in: ["quit"]) == "quit")
        #expect(Suggestions.closest(to: "xxxt", in: ["quit"]) == nil)
        #expect(Suggestions.closest(to: "sxxxdule", in: ["schedule"]) == "schedule")
        #expect(Suggestions.closest(to: "sxxxxule", in: ["schedule"]) == nil)
        #expect(Suggestions.closest(to: "certifxxxte", in: ["certificate"]) == "certificate")
        #expect(Suggestions.closest(to: "cextifxxxte", in: ["certificate"]) == nil)
    }

    @Test func anythingFarOffSuggestsNothing() {
        #expect(Suggestions.closest(to: "xyz", in: ["help", "quit"]) == nil)
        #expect(Suggestions.closest(to: "湿地", in: ["help", "quit"]) == nil)
        #expect(Suggestions.closest(to: "", in: ["help"]) == nil)
        #expect(Suggestions.closest(to: "help", in: []) == nil)
    }

    @Test func aPrefixOfTwoOrMoreCharactersPicksTheFirstNameItStarts() {
        #expect(Suggestions.closest(to: "sch", in: ["help", "schedule", "scheme"]) == "schedule")
        #expect(Suggestions.closest(to: "sch", in: ["scheme", "schedule"]) == "scheme")
        #expect(Suggestions.closest(to: "certif", in: ["certificate"]) == "certificate")
        // A single letter is no prefix: "h" is three edits from "help".
        #expect(Suggestions.closest(to: "h", in: ["help"]) == nil)
    }

    @Test func caseIsIgnoredAndTheCandidateKeepsItsOwnSpelling() {
        #expect(Suggestions.closest(to: "HLEP", in: ["help"]) == "help")
        #expect(Suggestions.closest(to: "hlep", in: ["Help"]) == "Help")
        #expect(Suggestions.closest(to: "CIT", in: ["City"]) == "City")
    }

    @Test func theFirstOfEquallyCloseCandidatesWins() {
        #expect(Suggestions.closest(to: "cat", in: ["bat", "hat"]) == "bat")
        #expect(Suggestions.closest(to: "cat", in: ["hat", "bat"]) == "hat")
    }

    @Test func chineseTyposAreSuggested() {
        #expect(Suggestions.closest(to: "帮组", in: ["帮助", "退出"]) == "帮助")
        #expect(Suggestions.closest(to: "安拍", in: ["安排", "登记"]) == "安排")
    }

    // MARK: - In messages

    @Test func theRegistrySuggestsACommandWithItsSlash() {
        let registry = CommandRegistry.standard
        #expect(registry.suggestion(for: "hlep") == "/help")
        #expect(registry.suggestion(for: "/hlep") == "/help")
        #expect(registry.suggestion(for: "／hlep") == "/help")
        #expect(registry.suggestion(for: "SHEDULE") == "/schedule")
        #expect(registry.suggestion(for: "帮组") == "/帮助")
        #expect(registry.suggestion(for: "zzzzzz") == nil)
    }

    @Test func aMistypedCommandIsAnsweredWithDidYouMeanInBothLanguages() async {
        for language in [Language.en, .zh] {
            let outcome = await CommandRunner(context: context(language)).execute("/shedule")
            #expect(outcome.status == .usageError)
            #expect(outcome.error?.code == "command.unknown")
            #expect(outcome.error?.field == "shedule")
            #expect(outcome.error?.message.en == "There is no command /shedule. Did you mean /schedule?")
            #expect(outcome.error?.message.zh == "没有命令 /shedule。您是不是想输入 /schedule？")
        }
    }

    @Test func aCommandFarFromAnyNamePointsAtHelp() async {
        let outcome = await CommandRunner(context: context(.en)).execute("/zzzzzz")
        #expect(outcome.error?.message.en == "There is no command /zzzzzz. Type /help to see all commands.")
        #expect(outcome.error?.message.zh == "没有命令 /zzzzzz。输入 /help 查看全部命令。")
    }

    @Test func aMistypedKeyIsAnsweredWithDidYouMean() async {
        let outcome = await CommandRunner(context: context(.en)).execute("/sessions cty=贵阳")
        #expect(outcome.status == .usageError)
        #expect(outcome.error?.code == "argument.unknownKey")
        #expect(outcome.error?.field == "cty")
        #expect(outcome.error?.message.en.hasPrefix("/sessions has no argument cty=. Accepted: ") == true)
        #expect(outcome.error?.message.en.hasSuffix(" Did you mean city=?") == true)
        #expect(outcome.error?.message.zh.hasPrefix("/sessions 没有参数 cty=。可用参数：") == true)
        #expect(outcome.error?.message.zh.hasSuffix("。您是不是想输入 city=？") == true)
    }
}
