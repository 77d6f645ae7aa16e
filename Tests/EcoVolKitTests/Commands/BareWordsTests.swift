import Foundation
import Testing

@testable import EcoVolKit

/// What a shell user types on its own at the prompt — clear, exit, help, history — does what
/// a shell does (or says why it cannot), and is never answered from the knowledge base.
@MainActor
@Suite struct BareWordsTests {
    func context(_ dir: String, interactive: Bool = true, language: Language = .zh) -> CommandContext {
        CommandContext(
            language: language, dataDirectory: DataDirectory(path: dir), isInteractive: interactive,
            now: { fixedNow })
    }

    @Test func clearClearsTheScreenInTheReplAndExplainsElsewhere() async {
        let dir = temporaryStoreDirectory()
        for word in ["clear", "Clear", " cls ", "清屏", "/clear"] {
            let outcome = await run(context(dir), word)
            #expect(outcome.status == .succeeded, "\(word)")
            #expect(outcome.output?.clearsScreen == true, "\(word)")
            #expect(outcome.output?.blocks.isEmpty == true, "\(word): nothing answered")
        }
        let batch = await run(context(dir, interactive: false, language: .en), "clear")
        #expect(batch.output?.clearsScreen == false)
        #expect(batch.output?.json["cleared"] == .bool(false))
        let said = batch.output.map { TextLayout(width: 80).lines(for: $0.blocks).map(\.plainText).joined() } ?? ""
        #expect(said.contains("only means something in the REPL"))
    }

    @Test func exitQuitAndHelpAreTheCommands() async {
        let dir = temporaryStoreDirectory()
        for word in ["exit", "quit", "q", "bye", "退出", "exit."] {
            #expect(await run(context(dir), word).status == .quit, "\(word)")
        }
        for word in ["help", "?", "帮助", "man"] {
            let outcome = await run(context(dir), word)
            #expect(outcome.status == .succeeded)
            #expect(outcome.output?.json["groups"] != nil, "\(word): the command list, not a knowledge answer")
        }
        let one = await run(context(dir), "help log")
        #expect(one.output?.json["name"]?.stringValue == "log")
        // A sentence that starts with "help" is still read as words.
        let asked = await run(context(dir), "help me plan a river clean-up")
        #expect(asked.output?.json["groups"] == nil)
    }

    @Test func historyListsWhatWasTyped() async {
        let dir = temporaryStoreDirectory()
        let c = context(dir)
        let empty = await run(c, "history")
        #expect(empty.output?.json["history"]?.arrayValue?.isEmpty == true)
        let file = HistoryFile(path: c.dataDirectory.historyFile)
        try? FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        for line in ["/sessions", "垃圾分类怎么分", "/report this-month"] { file.append(line) }
        let all = await run(c, "history")
        #expect(
            all.output?.json["history"]?.arrayValue?.compactMap(\.stringValue) == [
                "/sessions", "垃圾分类怎么分", "/report this-month",
            ])
        let last = await run(c, "history 2")
        #expect(last.output?.json["history"]?.arrayValue?.count == 2)
        #expect(await run(c, "/history 0").status == .failed)
    }
}
