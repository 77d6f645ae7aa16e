import Foundation
import Testing

@testable import EcoVolKit

/// A prompter that records the questions and defaults it was asked, and the field Tab would complete.
@MainActor final class RecordingPrompter: UserPrompter {
    var answers: [String?]
    var questions: [(question: String, defaultValue: String?, field: String?)] = []
    var shown: [String] = []
    init(_ answers: [String?]) { self.answers = answers }
    func ask(_ question: String, defaultValue: String?) async -> String? {
        questions.append((question, defaultValue, nil))
        guard !answers.isEmpty else { return nil }
        return answers.removeFirst()
    }
    func ask(_ question: String, defaultValue: String?, field key: String, of command: String) async -> String? {
        questions.append((question, defaultValue, key))
        guard !answers.isEmpty else { return nil }
        return answers.removeFirst()
    }
    func show(_ text: String) { shown.append(text) }
}

/// The guided `/schedule` dialogue: the one-line form's checks on every answer, re-asked
/// when wrong, the resolved start echoed, codes shown with their Chinese names, English
/// defaults in English, and Ctrl-C reported as abandoned with nothing saved.
@MainActor
@Suite struct ScheduleDialogueTests {
    @Test func badAnswersAreReaskedAndTheStartIsEchoed() async throws {
        let c = makeContext(temporaryStoreDirectory())
        let p = RecordingPrompter(["party", "supervision", "明天 25:00", "明天 9:30", "", "90分钟", "黔东南", "village"])
        c.prompter = p
        let outcome = await run(c, "/schedule title=河湖巡护")
        #expect(outcome.status == .succeeded, "\(String(describing: outcome.error?.message.zh)) \(p.shown)")
        #expect(p.questions.map(\.field) == ["type", "type", "start", "start", "duration", "city", "city", "audience"])
        #expect(p.questions[0].question.contains("supervision 社会监督"))
        #expect(p.shown.contains { $0.hasPrefix("= ") && $0.contains("09:30") })
        #expect(p.shown.contains { $0.contains("90分钟") })
        let session = try #require(try await c.outreachStore().state.sessions.values.first)
        #expect(session.city == "黔东南苗族侗族自治州")
        #expect(session.type == .supervision)
    }

    @Test func anUnknownPlaceIsAcceptedWhenTypedTwice() async throws {
        let c = makeContext(temporaryStoreDirectory())
        let p = RecordingPrompter(["", "", "", "上海", "上海", ""])
        c.prompter = p  // the context holds its prompter weakly
        let outcome = await run(c, "/schedule title=外地交流")
        #expect(p.questions.map(\.field) == ["type", "start", "duration", "city", "city", "audience"])
        #expect(outcome.status == .succeeded)
        #expect(try await c.outreachStore().state.sessions.values.first?.city == "上海")
    }

    @Test func ctrlCAbandonsWithoutAnErrorAndSavesNothing() async throws {
        let c = makeContext(temporaryStoreDirectory())
        let p = RecordingPrompter(["lecture", nil])
        c.prompter = p
        let outcome = await run(c, "/schedule title=中途放弃")
        #expect(p.questions.count == 2)
        #expect(outcome.status == .cancelled)
        #expect(outcome.error?.code == "dialogue.abandoned")
        let shown = OutcomePresenter.blocks(for: outcome, language: .zh, echoInput: true)
        let text = TextLayout(width: 80).lines(for: shown).map(\.plainText).joined()
        #expect(text == "已放弃，没有保存任何内容。")
        #expect(try await c.outreachStore().state.sessions.isEmpty)
    }

    @Test func englishDialogueHasEnglishDefaults() async {
        let c = makeContext(temporaryStoreDirectory(), language: .en)
        let p = RecordingPrompter([nil])
        c.prompter = p
        _ = await run(c, "/schedule title=Test type=lecture")
        let start = p.questions.first
        #expect(start?.field == "start")
        #expect(start?.defaultValue == "tomorrow 9:30")
        #expect(ScheduleCommand.defaultValue("city", [:], .en) == "Guiyang")
        #expect(!ScheduleCommand.question("city", .en).unicodeScalars.contains { DisplayWidth.of($0) == 2 })
    }
}
