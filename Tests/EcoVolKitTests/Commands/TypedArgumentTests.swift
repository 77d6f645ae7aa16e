import Foundation
import PropertyBased
import Testing

@testable import EcoVolKit

/// The value types of the command framework: each parser reads back its canonical text, the
/// closed vocabularies accept their codes, names and aliases, and the framework (not the
/// commands) refuses missing required arguments and writes usage lines.
@MainActor
@Suite struct TypedArgumentTests {
    let environment = ArgumentEnvironment(now: fixedNow, timeZone: ChinaTime.zone)

    func parse<V: ArgumentValue>(_ type: V.Type, _ text: String) -> V? {
        try? V.parse(argument: text, in: environment)
    }

    /// Every case of a closed vocabulary parses back from its code and its Chinese name.
    func checkChoices<V: ArgumentChoice & Equatable>(_ type: V.Type) {
        for value in V.allCases {
            #expect(parse(V.self, value.argumentText) == value, "\(V.self).\(value) from its code")
            #expect(parse(V.self, value.argumentText.uppercased()) == value, "\(V.self).\(value) upper-case")
            #expect(parse(V.self, " " + value.argumentText + " ") == value, "\(V.self).\(value) with spaces")
            #expect(V.choices.contains { $0.code == value.argumentText })
        }
        #expect(parse(V.self, "definitely-not-a-value") == nil)
        #expect(
            V.usagePlaceholder == (V.allCases.count <= 3 ? V.allCases.map(\.argumentText).joined(separator: "|") : "…"))
    }

    @Test func closedVocabulariesRoundTrip() {
        checkChoices(Audience.self)
        checkChoices(ServiceType.self)
        checkChoices(TrainingLevel.self)
        checkChoices(ParticipationRole.self)
        checkChoices(SupportKind.self)
        checkChoices(Language.self)
        checkChoices(RepeatRule.self)
        checkChoices(KnowledgeKind.self)
        checkChoices(ExportCommand.Kind.self)
        checkChoices(SessionRange.self)
        checkChoices(MarkStatus.self)
        checkChoices(ImportKind.self)
        checkChoices(KBAction.self)
        for value in Audience.allCases { #expect(Audience(argument: value.label.zh) == value) }
        for value in Audience.allCases { #expect(Audience(argument: "进" + value.label.zh) == value) }
        for value in ServiceType.allCases { #expect(ServiceType(argument: value.label.zh) == value) }
        for value in RepeatRule.allCases { #expect(RepeatRule(argument: value.label.zh) == value) }
    }

    @Test func oneAudienceTableForEveryReader() {
        for alias in Audience.aliases {
            #expect(Audience(argument: alias.word) == alias.audience, "\(alias.word)")
            #expect(KnowledgeVocabulary.audience(named: alias.word) == alias.audience.rawValue, "\(alias.word)")
            let words = KnowledgeVocabulary.audienceWords.first { $0.0 == alias.audience.rawValue }?.1 ?? []
            #expect(words.contains(alias.word), "knowledge search knows \(alias.word)")
            #expect(RequestSlots.audienceWords.contains { $0.0 == alias.word && $0.1 == alias.audience })
        }
        // The words the issue names.
        for word in ["小学生", "学生", "学校"] { #expect(Audience(argument: word) == .school) }
        for word in ["村民", "农村"] { #expect(Audience(argument: word) == .village) }
        // No word names two audiences.
        let words = Audience.aliases.map(\.word)
        #expect(Set(words).count == words.count)
    }

    @Test func oneServiceTypeTable() {
        for alias in ServiceType.aliases {
            #expect(ServiceType(argument: alias.word) == alias.type, "\(alias.word)")
            let words = KnowledgeVocabulary.serviceTypeWords.first { $0.0 == alias.type.rawValue }?.1 ?? []
            #expect(words.contains(alias.word))
        }
        let words = ServiceType.aliases.map(\.word)
        #expect(Set(words).count == words.count)
    }

    @Test func integersRoundTripAlsoFullWidth() async {
        await propertyCheck(input: Gen.int(in: -1_000_000...1_000_000)) { n in
            #expect(parse(Int.self, n.argumentText) == n)
            let fullWidth = String(
                String.UnicodeScalarView(
                    String(n).unicodeScalars.map { s in
                        ("0"..."9").contains(s) ? Unicode.Scalar(s.value + 0xFEE0) ?? s : s
                    }))
            #expect(parse(Int.self, fullWidth) == n, "\(fullWidth)")
        }
        #expect(parse(Int.self, "12a") == nil)
        #expect(parse(Int.self, "") == nil)
    }

    @Test func yesNoRoundTripsInBothLanguages() {
        for value in [true, false] { #expect(parse(Bool.self, value.argumentText) == value) }
        for word in ["是", "有", "对", "确认", "Y", "TRUE", "on"] { #expect(parse(Bool.self, word) == true, "\(word)") }
        for word in ["否", "无", "没有", "不", "N", "false", "off"] { #expect(parse(Bool.self, word) == false, "\(word)") }
        #expect(parse(Bool.self, "maybe") == nil)
        // The dialogue's confirmations read the same words.
        #expect((try? SessionTimeRules.flag("past", "确认")) == true)
        #expect((try? SessionTimeRules.flag("past", "有")) == true)
        #expect((try? SessionTimeRules.flag("past", "")) == false)
        #expect((try? SessionTimeRules.flag("past", "maybe")) == nil)
    }

    @Test func hoursRoundTripWithinTheDay() async {
        await propertyCheck(input: Gen.int(in: 1...2400)) { centi in
            let hours = Double(centi) / 100
            let value = HoursArgument(hours: hours)
            let back = parse(HoursArgument.self, value.argumentText)
            #expect(back.map { abs($0.hours - hours) < 0.0001 } == true, "\(value.argumentText)")
        }
        for refused in ["0h", "25h", "-1h", "soon", ""] {
            #expect(parse(HoursArgument.self, refused) == nil, "\(refused)")
        }
        #expect(parse(HoursArgument.self, "90分钟")?.hours == 1.5)
    }

    @Test func yearsRoundTripInRange() async {
        await propertyCheck(input: Gen.int(in: 1900...3100)) { y in
            let parsed = parse(YearArgument.self, String(y))
            #expect(parsed?.year == ((1970...2999).contains(y) ? y : nil))
            if (1970...2999).contains(y) {
                #expect(parse(YearArgument.self, YearArgument(year: y).argumentText)?.year == y)
                #expect(parse(YearArgument.self, "\(y)年")?.year == y)
            }
        }
    }

    @Test func daysRoundTripThroughTheirISOText() async {
        await propertyCheck(input: Gen.int(in: 2000...2099), Gen.int(in: 1...12), Gen.int(in: 1...31)) { y, m, d in
            guard CalendarDate.isValid(year: y, month: m, day: d) else {
                let text = String(format: "%04d-%02d-%02d", y, m, d)
                #expect(parse(DayArgument.self, text) == nil, "\(text)")
                return
            }
            let day = DayArgument(day: CalendarDate(year: y, month: m, day: d))
            #expect(parse(DayArgument.self, day.argumentText) == day)
        }
    }

    @Test func impossibleDatesSayWhatIsWrong() {
        #expect(throws: Never.self) { try DayArgument.parse(argument: "2026-02-28", in: environment) }
        do {
            _ = try DayArgument.parse(argument: "2026-02-30", in: environment)
            Issue.record("30 February accepted")
        } catch let rejection as ArgumentRejection {
            #expect(rejection.accepted.en.contains("2026-02-30") || rejection.accepted.en.contains("does not exist"))
        } catch {
            Issue.record("unexpected \(error)")
        }
    }

    @Test func starScalesRoundTrip() async {
        await propertyCheck(
            input: Gen.int(in: 1...500), Gen.int(in: 1...500), Gen.int(in: 1...500), Gen.int(in: 1...500),
            Gen.int(in: 1...500)
        ) { a, b, c, d, e in
            let level = StarLevel(thresholds: [a, b, c, d, e].map(Double.init))
            #expect(parse(StarLevel.self, level.argumentText) == level, "\(level.argumentText)")
        }
        #expect(parse(StarLevel.self, "100,200") == nil)
        #expect(parse(StarLevel.self, "100,200,300,400,-5") == nil)
        #expect(parse(StarLevel.self, "１００，２００，５００，８００，１０００")?.thresholds == [100, 200, 500, 800, 1000])
    }

    @Test func citiesByEveryNameAndOutsideTheList() {
        for city in City.all {
            let names = [city.name, city.english, city.shortName, city.completionName] + city.aliases
            for name in names { #expect(parse(CityName.self, name)?.city == city, "\(name)") }
            #expect(parse(CityName.self, CityName(city).argumentText) == CityName(city))
            #expect(!city.completionName.contains(" "))
        }
        let outside = parse(CityName.self, "昆明")
        #expect(outside?.city == nil && outside?.name == "昆明")
        #expect(parse(CityName.self, "   ") == nil)
    }

    @Test func textReferencesAreTrimmedAndNeverEmpty() async {
        await propertyCheck(input: TestGen.text(0...20)) { text in
            let trimmed = text.trimmingCharacters(in: .whitespaces)
            let parsed = parse(SessionIDArgument.self, text)
            #expect(parsed?.text == (trimmed.isEmpty ? nil : trimmed))
            if let parsed { #expect(parse(SessionIDArgument.self, parsed.argumentText) == parsed) }
            #expect(parse(PersonArgument.self, text)?.text == (trimmed.isEmpty ? nil : trimmed))
        }
    }

    @Test func periodsAreCheckedAgainstToday() {
        for word in ["2026", "2026-06", "2026-Q2", "this-month", "去年", "all", "全部"] {
            #expect(parse(PeriodArgument.self, word)?.text == word, "\(word)")
        }
        #expect(parse(PeriodArgument.self, "someday") == nil)
    }

    // MARK: - The framework

    struct Probe: Command {
        static let id = CommandArgument<SessionIDArgument>.positional(
            "id", help: LocalizedText(zh: "编号", en: "id"), required: true)
        static let period = CommandArgument<PeriodArgument>.positional(
            "period", help: LocalizedText(zh: "期间", en: "period"))
        static let reason = CommandArgument<String>.key(
            "reason", help: LocalizedText(zh: "原因", en: "reason"), required: true,
            accepted: L(.outreachAcceptedReason))
        static let asked = CommandArgument<String>.key(
            "title", help: LocalizedText(zh: "标题", en: "title"), prompted: true)
        static let rating = CommandArgument<Int>.key("rating", help: LocalizedText(zh: "评分", en: "rating"), in: 1...5)
        static let force = CommandArgument<Bool>.key("force", help: LocalizedText(zh: "强制", en: "force"))
        static let role = CommandArgument<ParticipationRole>.key("role", help: LocalizedText(zh: "角色", en: "role"))
        static let configuration = CommandConfiguration(
            name: "probe", summary: LocalizedText(zh: "试", en: "probe"), positionals: [id.spec, period.spec],
            keys: [rating.spec, force.spec, role.spec, reason.spec, asked.spec])
        func run(_ invocation: Invocation, context: CommandContext) async throws -> CommandOutput {
            let rating = try invocation.value(Self.rating)
            return CommandOutput(
                blocks: [],
                json: .obj([
                    ("id", .string(try invocation.required(Self.id).text)),
                    ("rating", rating.map { .int($0) }),
                    ("role", try invocation.value(Self.role).map { .string($0.rawValue) }),
                ]))
        }
    }

    @Test func usageIsGeneratedFromTheDeclaration() {
        #expect(
            Probe.configuration.usage
                == "/probe ID [PERIOD] reason=… title=… [rating=N] [force=yes|no] [role=lecturer|volunteer|staff]")
        // A hand-written usage still wins.
        let written = CommandConfiguration(name: "x", summary: LocalizedText(verbatim: "x"), usage: "/x THING")
        #expect(written.usage == "/x THING")
        // Every registered command's usage starts with its name and names its required positionals.
        for type in CommandRegistry.standard.commands {
            let c = type.configuration
            #expect(c.usage.hasPrefix("/" + c.name), "\(c.name): \(c.usage)")
            for spec in c.positionals where spec.isRequired {
                #expect(c.usage.contains(spec.usageItem(positional: true)), "\(c.name) shows \(spec.name)")
            }
        }
    }

    @Test func everyExampleInHelpPassesTheArgumentChecks() throws {
        // The lines /help offers to copy must get past the framework: keys known, required
        // arguments present, every typed value accepted (records they name may not exist).
        for type in CommandRegistry.standard.commands {
            let c = type.configuration
            for example in c.examples where example.hasPrefix("/") {
                let parsed = try CommandLineParser.parse(example)
                guard case .command(let name, _) = parsed.kind else { continue }
                let invocation = try Invocation.make(
                    line: example, parsed: parsed, name: name, configuration: c, environment: environment)
                #expect(throws: Never.self, "\(example)") { try invocation.validate(against: c) }
            }
        }
    }

    @Test func helpListsTheValuesOfAClosedType() {
        let type = SessionFilterArguments.type.spec
        #expect(type.helpText(.en) == "service type: lecture education supervision practice training")
        #expect(type.helpText(.zh).contains("lecture（理论宣讲）"))
        #expect(SessionFilterArguments.project.spec.helpText(.en) == "project id")
    }

    func runProbe(_ line: String) async -> LineOutcome {
        let context = CommandContext(
            language: .en, dataDirectory: DataDirectory(path: temporaryStoreDirectory()), now: { fixedNow },
            registry: CommandRegistry(commands: [Probe.self]))
        return await CommandRunner(context: context).execute(line)
    }

    @Test func requiredArgumentsAreRefusedByTheFramework() async {
        let noID = await runProbe("/probe reason=x")
        #expect(noID.status == .failed && noID.error?.code == "value.missing" && noID.error?.field == "id")
        #expect(noID.error?.message.en.contains("Give a session id") == true)
        let noReason = await runProbe("/probe s1")
        #expect(noReason.status == .failed && noReason.error?.field == "reason")
        #expect(
            noReason.error?.message.zh == L(.errorMissingValue, ["field": "reason"]).zh
                + L(.outreachAcceptedReason).zh)
        let blankReason = await runProbe("/probe s1 reason=\"  \"")
        #expect(blankReason.error?.field == "reason")
        // A prompted key is not refused up front: the command's dialogue asks for it.
        let ok = await runProbe("/probe s1 reason=x")
        #expect(ok.status == .succeeded, "\(String(describing: ok.error?.message.en))")
        #expect(ok.output?.json["id"]?.stringValue == "s1")
    }

    @Test func refusedValuesNameTheFieldTheTextAndWhatIsAccepted() async {
        let rating = await runProbe("/probe s1 reason=x rating=9")
        #expect(rating.status == .failed && rating.error?.code == "value.invalid" && rating.error?.field == "rating")
        #expect(rating.error?.message.en.contains("1 to 5") == true, "\(String(describing: rating.error?.message.en))")
        #expect(rating.error?.column != nil)
        let force = await runProbe("/probe s1 reason=x force=perhaps")
        #expect(force.error?.field == "force" && force.error?.message.en.contains("yes or no") == true)
        let role = await runProbe("/probe s1 reason=x role=讲师")
        #expect(role.status == .succeeded && role.output?.json["role"]?.stringValue == "lecturer")
        let period = await runProbe("/probe s1 someday reason=x")
        #expect(period.error?.field == "period")
        // Full-width digits are numbers.
        let wide = await runProbe("/probe s1 reason=x rating=４ --json")
        #expect(wide.output?.json["rating"] == .int(4))
    }

    @Test func theOldAccessorsStillWork() throws {
        let parsed = try CommandLineParser.parse("/probe s1 rating=3 force=是 reason=r")
        let invocation = try Invocation.make(
            line: "/probe s1", parsed: parsed, name: "probe", configuration: Probe.configuration,
            environment: environment)
        #expect(try invocation.int("rating", in: 1...5) == 3)
        #expect(try invocation.bool("force") == true)
        #expect(try invocation.require("reason", accepted: L(.outreachAcceptedReason)) == "r")
        #expect(invocation.positionals.first?.text == "s1")
        #expect(try invocation.value(Probe.id)?.text == "s1")
        #expect(try invocation.value(Probe.period) == nil)
    }

    @Test func everyReaderTakesTheSameAudienceWords() async {
        let c = makeContext(temporaryStoreDirectory())
        let report = await run(c, "/report audience=小学生 --json")
        #expect(report.status == .succeeded, "\(String(describing: report.error?.message.zh))")
        #expect(report.output?.json["filter"]?["audience"]?.stringValue == "school")
        let sessions = await run(c, "/sessions all audience=村民")
        #expect(sessions.status == .succeeded, "\(String(describing: sessions.error?.message.zh))")
        let ask = await run(c, "/ask 垃圾分类 audience=小学生")
        #expect(ask.status == .succeeded, "\(String(describing: ask.error?.message.zh))")
        let outline = await run(c, "/outline audience=村民 minutes=30 topic=垃圾分类")
        #expect(outline.status == .succeeded, "\(String(describing: outline.error?.message.zh))")
        let bad = await run(c, "/report audience=火星人")
        #expect(bad.status == .failed && bad.error?.field == "audience")
    }

    @Test func cityCompletionSpeaksTheUsersLanguage() {
        let english = makeContext(temporaryStoreDirectory(), language: .en)
        let en = Completer(context: english).complete(line: "/report city=", cursor: 13).candidates.map(\.value)
        #expect(en.contains("Guiyang") && en.contains("Qiandongnan") && en.contains("Guian"), "\(en)")
        #expect(!en.contains("贵阳"))
        for value in en { #expect(CityName.parse(value)?.city != nil, "\(value) completes to a city") }
        let chinese = makeContext(temporaryStoreDirectory(), language: .zh)
        let zh = Completer(context: chinese).complete(line: "/report city=", cursor: 13).candidates.map(\.value)
        #expect(zh.contains("贵阳市") && zh.contains("黔东南州") && !zh.contains("Guiyang"), "\(zh)")
        let typed = Completer(context: english).complete(line: "/sessions all city=Zu", cursor: 21)
        #expect(typed.insertion == "nyi ")
        // Audiences: codes, with the name in the user's language beside them.
        let audiences = Completer(context: english).complete(line: "/report audience=", cursor: 17).candidates
        #expect(audiences.map(\.value).sorted() == Audience.allCases.map(\.rawValue).sorted())
    }
}

extension CityName {
    /// Parsed in the home zone (cities do not depend on the clock).
    static func parse(_ text: String) -> CityName? {
        try? CityName.parse(argument: text, in: ArgumentEnvironment())
    }
}
