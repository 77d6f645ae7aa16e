import Foundation
import Testing

@testable import EcoVolKit

/// A command with a positional place, enumerated keys whose values hold spaces, quotes and
/// backslashes, and a key without completions.
private struct PlanCommand: Command {
    static let configuration = CommandConfiguration(
        name: "plan", aliases: ["计划", "p"], summary: LocalizedText(zh: "安排一次外出", en: "Plan an outing"),
        positionals: [
            ArgumentSpec(
                "place", help: LocalizedText(zh: "地点", en: "place"),
                completion: .values(["Guiyang", "Zunyi", "Red Cliff Park", "Red River"]))
        ],
        keys: [
            ArgumentSpec(
                "when", aliases: ["时间"], help: LocalizedText(zh: "时间", en: "time"),
                completion: .values(["明天 9:30", "明天 14:00", "tomorrow"])),
            ArgumentSpec(
                "kind", aliases: ["类型"], help: LocalizedText(zh: "类型", en: "kind"),
                completion: .values(["talk", "tour", "training"])),
            ArgumentSpec(
                "lead", help: LocalizedText(zh: "带队", en: "leader"),
                completion: .values(["say \"hi\"", "back\\slash"])),
            ArgumentSpec("note", help: LocalizedText(zh: "备注", en: "note")),
            ArgumentSpec(
                "venue", help: LocalizedText(zh: "场地", en: "venue"), completion: .values(["文化站 二楼"])),
        ]
    )

    func run(_ invocation: Invocation, context: CommandContext) async throws -> CommandOutput { CommandOutput() }
}

/// A command whose only positional takes any number of words.
private struct TagCommand: Command {
    static let configuration = CommandConfiguration(
        name: "tag", aliases: ["标签"], summary: LocalizedText(zh: "加标签", en: "Add tags"),
        positionals: [
            ArgumentSpec(
                "tags", help: LocalizedText(zh: "标签", en: "tags"), completion: .values(["air", "water", "wet land"]),
                variadic: true)
        ],
        keys: [
            ArgumentSpec(
                "limit", help: LocalizedText(zh: "上限", en: "limit"), completion: .values(["10", "20"]))
        ]
    )

    func run(_ invocation: Invocation, context: CommandContext) async throws -> CommandOutput { CommandOutput() }
}

/// Tab completion: command names and aliases, keys, values of enumerated arguments, ids and
/// names from the open store, quoting of values holding spaces, and the full-width `＝`.
@MainActor
@Suite("Completer")
struct CompleterTests {
    private static let registry = CommandRegistry(commands: [PlanCommand.self, TagCommand.self])

    private func completer(_ language: Language = .en) -> Completer {
        Completer(
            context: CommandContext(
                language: language, dataDirectory: DataDirectory(path: temporaryStoreDirectory()),
                registry: Self.registry))
    }

    /// Completes with the cursor at the end of `line`.
    private func complete(_ line: String, _ language: Language = .en) -> Completer.Result {
        completer(language).complete(line: line, cursor: line.count)
    }

    private func values(_ line: String) -> [String] {
        complete(line).candidates.map(\.value)
    }

    /// The line after Tab put in its text (replacing what it replaces).
    private func tabbed(_ line: String) -> String {
        let result = complete(line)
        #expect(line.hasSuffix(result.replacing))
        return String(line.dropLast(result.replacing.count)) + result.insertion
    }

    /// The arguments the parser reads from a completed line (the command name left out).
    private func parsedArguments(_ line: String) throws -> [ArgumentToken] {
        try CommandLineParser.parse(line).tokens
    }

    // MARK: - Command names

    @Test func aSlashAloneListsEveryNameAndChineseAliasInPinyinOrder() {
        let result = complete("/")
        #expect(result.candidates.map(\.value) == ["/标签", "/计划", "/plan", "/tag"])
        #expect(result.insertion == "")
        #expect(result.isAmbiguous)
        #expect(result.prefix == "/")
        // The short ASCII alias `p` works when typed but is not offered.
        #expect(!result.candidates.contains { $0.value == "/p" })
    }

    @Test func aUniqueNameIsCompletedWithASpace() {
        #expect(complete("/pl").insertion == "an ")
        #expect(complete("/pl").candidates.map(\.value) == ["/plan"])
        #expect(complete("/p").insertion == "lan ")
        #expect(complete("/计").insertion == "划 ")
        #expect(complete("/标").insertion == "签 ")
        #expect(complete("/t").insertion == "ag ")
        #expect(!complete("/t").isAmbiguous)
    }

    @Test func namesMatchIgnoringCaseAndTheFullWidthSlash() {
        #expect(complete("/PL").insertion == "an ")
        #expect(complete("／pl").insertion == "an ")
        #expect(complete("／pl").prefix == "/pl")
        #expect(complete("   /ta").insertion == "g ")
    }

    @Test func namesCarryTheSummaryInTheUsersLanguage() {
        #expect(complete("/pl", .en).candidates.first?.description == "Plan an outing")
        #expect(complete("/pl", .zh).candidates.first?.description == "安排一次外出")
        #expect(complete("/计", .zh).candidates.first?.description == "安排一次外出")
    }

    @Test func anUnknownNameCompletesNothing() {
        let none = complete("/x")
        #expect(none.candidates.isEmpty && none.insertion == "" && !none.isAmbiguous)
        let unknown = complete("/nosuch k")
        #expect(unknown == Completer.Result(prefix: "", candidates: [], insertion: ""))
    }

    @Test func standardAliasesComplete() {
        let context = CommandContext(
            language: .zh, dataDirectory: DataDirectory(path: temporaryStoreDirectory()))
        let completer = Completer(context: context)
        #expect(completer.complete(line: "/登", cursor: 2).insertion == "记 ")
        #expect(completer.complete(line: "/sched", cursor: 6).insertion == "ule ")
        #expect(completer.complete(line: "/he", cursor: 3).candidates.map(\.value) == ["/help"])
    }

    // MARK: - Keys and positionals

    /// Values and keys are offered together, in one pinyin order.
    @Test func afterTheNameComeThePositionalValuesAndTheKeys() {
        #expect(
            values("/plan ") == [
                "Guiyang", "kind=", "lead=", "note=", "\"Red Cliff Park\"", "\"Red River\"", "venue=", "when=", "Zunyi",
            ])
        #expect(complete("/plan ").insertion == "")
    }

    @Test func aKeyIsCompletedWithItsEqualsSignAndNoSpace() {
        #expect(complete("/plan wh").insertion == "en=")
        #expect(complete("/plan no").insertion == "te=")
        #expect(complete("/plan Guiyang k").insertion == "ind=")
        #expect(complete("/plan wh").candidates == [CompletionCandidate("when=", description: "time")])
        #expect(complete("/plan wh", .zh).candidates == [CompletionCandidate("when=", description: "时间")])
    }

    @Test func keysAlreadyGivenAreNotOfferedAgain() {
        #expect(
            values("/plan kind=talk ") == [
                "Guiyang", "lead=", "note=", "\"Red Cliff Park\"", "\"Red River\"", "venue=", "when=", "Zunyi",
            ])
        // An alias counts as its key.
        #expect(
            values("/plan 类型=talk 时间=tomorrow ") == [
                "Guiyang", "lead=", "note=", "\"Red Cliff Park\"", "\"Red River\"", "venue=", "Zunyi",
            ])
        // A key in capitals is the same key.
        #expect(values("/plan KIND=talk Zunyi ") == ["lead=", "note=", "venue=", "when="])
    }

    @Test func aSingleValuedPositionalIsOfferedOnlyOnce() {
        #expect(values("/plan Guiyang ") == ["kind=", "lead=", "note=", "venue=", "when="])
        #expect(values("/plan \"Red River\" ") == ["kind=", "lead=", "note=", "venue=", "when="])
    }

    @Test func aVariadicPositionalIsOfferedAfterEveryWord() {
        #expect(values("/tag ") == ["air", "limit=", "water", "\"wet land\""])
        #expect(values("/tag air water ") == ["air", "limit=", "water", "\"wet land\""])
        #expect(values("/tag air w") == ["water", "\"wet land\""])
        #expect(complete("/tag air w").insertion == "")
    }

    @Test func flagsAreNotPositionals() {
        #expect(
            values("/plan --json ") == [
                "Guiyang", "kind=", "lead=", "note=", "\"Red Cliff Park\"", "\"Red River\"", "venue=", "when=", "Zunyi",
            ])
        #expect(complete("/plan --json Gui").insertion == "yang ")
    }

    @Test func theCursorMayStandInsideTheLine() {
        let line = "/plan kind=ta note=x"
        #expect(completer().complete(line: line, cursor: 13).insertion == "lk ")
        #expect(completer().complete(line: line, cursor: 3).insertion == "an ")
    }

    // MARK: - Values

    @Test func valuesOfAnEnumeratedKey() {
        #expect(values("/plan kind=") == ["talk", "tour", "training"])
        #expect(complete("/plan kind=t").insertion == "")
        #expect(complete("/plan kind=t").prefix == "t")
        #expect(complete("/plan kind=tr").insertion == "aining ")
        #expect(complete("/plan kind=TR").insertion == "aining ")
        #expect(complete("/plan 类型=to").insertion == "ur ")
        #expect(complete("/plan kind=x").candidates.isEmpty)
    }

    @Test func aKeyWithoutCompletionsOrAnUnknownKeyOffersNothing() {
        #expect(complete("/plan note=") == Completer.Result(prefix: "", candidates: [], insertion: ""))
        #expect(complete("/plan colour=r") == Completer.Result(prefix: "r", candidates: [], insertion: ""))
    }

    @Test func aCommonPrefixIsInsertedWhenSeveralMatch() {
        let result = complete("/plan kind=tra")
        #expect(result.insertion == "ining ")
        let tags = complete("/tag wa")
        #expect(tags.insertion == "ter ")
    }

    // MARK: - Quoting

    @Test func valuesWithSpacesAreOfferedInDoubleQuotes() {
        let result = complete("/plan when=")
        #expect(result.candidates.map(\.value) == ["\"明天 14:00\"", "\"明天 9:30\"", "tomorrow"])
        #expect(result.insertion == "")
        #expect(result.isAmbiguous)
    }

    @Test func aUniqueValueWithASpaceIsInsertedQuoted() throws {
        #expect(complete("/tag wet").replacing == "wet" && complete("/tag wet").insertion == "\"wet land\" ")
        let line = tabbed("/tag wet")
        #expect(line == "/tag \"wet land\" ")
        #expect(try parsedArguments(line).map(\.text) == ["wet land"])
    }

    @Test func aUniqueValueTypedFromNothingIsWhollyQuoted() throws {
        let result = complete("/plan venue=")
        #expect(result.candidates.map(\.value) == ["\"文化站 二楼\""])
        #expect(result.insertion == "\"文化站 二楼\" ")
        #expect(try parsedArguments(tabbed("/plan venue=")).map(\.text) == ["文化站 二楼"])
        // With the quote typed first, only its closing is added.
        #expect(complete("/plan venue=\"").insertion == "文化站 二楼\" ")
        #expect(complete("/plan venue=\"文化站 ").insertion == "二楼\" ")
        #expect(complete("/tag \"we").insertion == "t land\" ")
        #expect(try parsedArguments(tabbed("/tag \"we")).map(\.text) == ["wet land"])
        #expect(complete("/tag \"w").candidates.map(\.value) == ["water", "\"wet land\""])
        #expect(complete("/tag \"w").insertion == "")
    }

    @Test func aCommonPartRunningPastASpaceOpensTheQuoteWhereTheValueStarts() throws {
        let first = complete("/plan when=明")
        #expect(first.replacing == "明" && first.insertion == "\"明天 ")
        #expect(first.candidates.map(\.value) == ["\"明天 14:00\"", "\"明天 9:30\""])
        var line = tabbed("/plan when=明")
        #expect(line == "/plan when=\"明天 ")
        // Inside the quote now: the rest completes and the quote is closed.
        line += "9"
        let second = complete(line)
        #expect(second.prefix == "\"明天 9" && second.replacing == "")
        #expect(second.insertion == ":30\" ")
        line += second.insertion
        let tokens = try parsedArguments(line)
        #expect(tokens.map(\.key) == ["when"])
        #expect(tokens.map(\.text) == ["明天 9:30"])
    }

    @Test func positionalValuesWithSpacesRoundTrip() throws {
        #expect(complete("/plan Red").insertion == "\"Red ")
        var line = tabbed("/plan Red")
        #expect(line == "/plan \"Red ")
        line += "C"
        #expect(complete(line).insertion == "liff Park\" ")
        line = tabbed(line)
        #expect(try parsedArguments(line).map(\.text) == ["Red Cliff Park"])
        #expect(try parsedArguments(line).map(\.key) == [nil])
        // And the place counts as given: only keys remain.
        #expect(values(line) == ["kind=", "lead=", "note=", "venue=", "when="])
    }

    @Test func insideAQuoteTheUserOpenedTheRestIsInsertedAndTheQuoteClosed() throws {
        #expect(complete("/plan when=\"明天 9").insertion == ":30\" ")
        #expect(complete("/plan when=\"to").insertion == "morrow\" ")
        #expect(complete("/plan \"Red R").insertion == "iver\" ")
        #expect(complete("/plan when='明天 1").insertion == "4:00' ")
        #expect(complete("/plan when=「明天 1").insertion == "4:00」 ")
        #expect(complete("/plan when=“明天 9").insertion == ":30” ")
        for line in ["/plan when='明天 1", "/plan when=「明天 1", "/plan when=“明天 9"] {
            let tokens = try parsedArguments(tabbed(line))
            #expect(tokens.count == 1 && tokens.first?.key == "when", "\(line)")
            #expect(["明天 14:00", "明天 9:30"].contains(tokens.first?.text ?? ""), "\(line)")
        }
        // A bare opening quote matches everything.
        #expect(values("/plan when=\"") == ["\"明天 14:00\"", "\"明天 9:30\"", "tomorrow"])
    }

    @Test func aBackslashEscapedSpaceCountsAsTyped() throws {
        // `明天\ 9` is the value "明天 9": the rest needs no quote.
        #expect(complete("/plan when=明天\\ 9").insertion == ":30 ")
        #expect(try parsedArguments(tabbed("/plan when=明天\\ 9")).map(\.text) == ["明天 9:30"])
    }

    @Test func quotesAndBackslashesInsideAValueAreEscaped() throws {
        #expect(values("/plan lead=") == ["\"back\\\\slash\"", "\"say \\\"hi\\\"\""])
        #expect(complete("/plan lead=s").insertion == "\"say \\\"hi\\\"\" ")
        #expect(try parsedArguments(tabbed("/plan lead=s")).map(\.text) == ["say \"hi\""])
        #expect(complete("/plan lead=b").insertion == "\"back\\\\slash\" ")
        #expect(try parsedArguments(tabbed("/plan lead=b")).map(\.text) == ["back\\slash"])
        // Inside single quotes a backslash is itself, so nothing is escaped.
        #expect(complete("/plan lead='b").insertion == "ack\\slash' ")
    }

    @Test func aQuotedWordIsAValueNeverAKey() {
        // `"k` cannot start `kind=`: a quoted word stays a positional.
        #expect(values("/plan \"k").isEmpty)
        #expect(values("/plan \"").contains("Guiyang"))
        #expect(!values("/plan \"").contains("kind="))
    }

    @Test func dialogueAnswersAreCompletedWithoutQuotes() {
        let completer = completer()
        let answer = completer.completeValue(of: "when", command: "plan", line: "明", cursor: 1)
        #expect(answer.candidates.map(\.value) == ["明天 14:00", "明天 9:30"])
        #expect(answer.insertion == "天 ")
        #expect(completer.completeValue(of: "when", command: "plan", line: "  tom", cursor: 5).insertion == "orrow")
        #expect(completer.completeValue(of: "kind", command: "plan", line: "", cursor: 0).candidates.count == 3)
        #expect(completer.completeValue(of: "nope", command: "plan", line: "x", cursor: 1).candidates.isEmpty)
        #expect(completer.completeValue(of: "when", command: "nosuch", line: "x", cursor: 1).prefix == "x")
    }

    // MARK: - Full-width ＝

    @Test func aFullWidthEqualsSignStartsAValue() {
        #expect(complete("/plan when＝to").insertion == "morrow ")
        #expect(complete("/plan kind＝tr").insertion == "aining ")
        #expect(complete("/plan 类型＝to").insertion == "ur ")
        #expect(complete("/plan kind＝t").prefix == "t")
        #expect(values("/plan when＝") == ["\"明天 14:00\"", "\"明天 9:30\"", "tomorrow"])
        #expect(complete("/plan when＝明").insertion == "\"明天 " && complete("/plan when＝明").replacing == "明")
    }

    @Test func aKeyGivenWithAFullWidthEqualsSignCountsAsGiven() {
        // Neither offered again nor taken for the place.
        #expect(
            values("/plan kind＝talk ") == [
                "Guiyang", "lead=", "note=", "\"Red Cliff Park\"", "\"Red River\"", "venue=", "when=", "Zunyi",
            ])
        #expect(values("/plan 类型＝talk Zunyi 时间＝tomorrow ") == ["lead=", "note=", "venue="])
        #expect(complete("/plan kind＝talk Gui").insertion == "yang ")
    }

    @Test func aQuotedEqualsSignIsPartOfAPositional() {
        // `"kind＝x"` is the place, so only keys remain and kind= is still among them.
        #expect(values("/plan \"kind＝x\" ") == ["kind=", "lead=", "note=", "venue=", "when="])
        #expect(values("/plan \"kind=x\" ") == ["kind=", "lead=", "note=", "venue=", "when="])
    }

    // MARK: - Free text

    @Test func freeTextCompletesTheVocabularyWithoutASpace() {
        let context = CommandContext(
            language: .zh, dataDirectory: DataDirectory(path: temporaryStoreDirectory()), registry: Self.registry)
        context[FreeTextVocabularyKey.self] = .values(["垃圾分类", "垃圾桶", "湿地"])
        let completer = Completer(context: context)
        let both = completer.complete(line: "怎么 垃", cursor: 4)
        #expect(both.prefix == "垃")
        #expect(both.candidates.map(\.value) == ["垃圾分类", "垃圾桶"])
        #expect(both.insertion == "圾")
        #expect(completer.complete(line: "湿", cursor: 1).insertion == "地")
        #expect(completer.complete(line: "", cursor: 0).candidates.count == 3)
        #expect(completer.complete(line: "森林", cursor: 2).candidates.isEmpty)
        #expect(completer.complete(line: "森林", cursor: 2).insertion == "")
    }

    @Test func freeTextWithoutAVocabularyOffersNothing() {
        #expect(complete("垃圾").candidates.isEmpty)
    }

    // MARK: - The store's sessions and people

    @Test func sessionIdsAndNamesComeFromTheOpenStore() async throws {
        let context = makeContext(temporaryStoreDirectory(), language: .en)
        let completer = Completer(context: context)
        let keys = ["consent=", "hours=", "id_number=", "name=", "note=", "org=", "phone=", "role="]
        // Before the store is opened, Tab never opens it: only the keys are offered.
        #expect(completer.complete(line: "/log ", cursor: 5).candidates.map(\.value) == keys)
        let id = try await scheduleSession(context, "start=\"2026-06-05 09:30\" duration=2h")
        #expect(await run(context, "/log \(id) 张三 \"Anna Lee\"").status == .succeeded)
        let sessions = completer.complete(line: "/log ", cursor: 5).candidates
        #expect(
            sessions.filter { !$0.value.hasSuffix("=") } == [CompletionCandidate(id, description: "2026-06-05 湿地保护")])
        #expect(sessions.map(\.value).filter { $0.hasSuffix("=") } == keys)
        let prefix = "/log " + String(id.prefix(3))
        #expect(completer.complete(line: prefix, cursor: prefix.count).insertion == String(id.dropFirst(3)) + " ")
        // The names follow the id, with the keys.
        let people = completer.complete(line: "/log \(id) ", cursor: id.count + 6).candidates.map(\.value)
        #expect(
            people == [
                "\"Anna Lee\"", "consent=", "hours=", "id_number=", "name=", "note=", "org=", "phone=", "role=", "张三",
            ])
        // A name with a space is quoted, and the completed line logs that one person.
        let typed = "/log \(id) An"
        let result = completer.complete(line: typed, cursor: typed.count)
        #expect(result.replacing == "An" && result.insertion == "\"Anna Lee\" ")
        #expect(try parsedArguments(String(typed.dropLast(2)) + result.insertion).map(\.text) == [id, "Anna Lee"])
        // name＝ completes names too, and counts as given.
        let key = "/log \(id) name＝张"
        #expect(completer.complete(line: key, cursor: key.count).insertion == "三 ")
        let after = "/log \(id) name＝张三 "
        let rest = completer.complete(line: after, cursor: after.count).candidates.map(\.value)
        #expect(!rest.contains("name=") && rest.contains("phone="))
        #expect(rest.contains("张三"))
    }
}
