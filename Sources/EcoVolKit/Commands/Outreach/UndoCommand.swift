/// `/undo`: reverts the last change made in this REPL by recording a new, compensating
/// change — history is never rewritten, so the journal still shows what happened.
package struct UndoCommand: Command {
    package static let configuration = CommandConfiguration(
        name: "undo",
        aliases: ["撤销"],
        group: .outreach,
        summary: LocalizedText(zh: "撤销本次会话中的上一次修改", en: "Undo the last change made in this session"),
        examples: ["/undo"]
    )

    package init() {}

    package func run(_ invocation: Invocation, context: CommandContext) async throws -> CommandOutput {
        guard let last = context[OutreachUndoKey.self].last else {
            throw StoreError(.nothingToUndo, L(.storeErrorNothingToUndo))
        }
        let store = try await context.outreachStore()
        let commit: StoreCommit?
        do {
            commit = try await store.commit(command: "undo", undoes: last.seq) { state in
                guard last.operations.allSatisfy(state.matches) else {
                    throw StoreError(.undoConflict, L(.storeErrorUndoConflict, ["seq": String(last.seq)]))
                }
                return last.inverse
            }
        } catch let error as StoreError where error.kind == .undoConflict {
            // The records changed again since: this change can never be undone from here. It
            // leaves the list, so the next /undo reaches the change before it instead of
            // meeting the same refusal for ever.
            context[OutreachUndoKey.self].removeLast()
            let older = context[OutreachUndoKey.self].last.map {
                L(.storeErrorUndoConflictOlder, ["seq": String($0.seq), "command": "/" + $0.command])
            }
            throw StoreError(.undoConflict, older.map { error.message.joined(with: $0) } ?? error.message)
        }
        context[OutreachUndoKey.self].removeLast()
        return CommandOutput(
            blocks: [
                .paragraph(
                    StyledText(
                        L(.outreachUndone, ["seq": String(last.seq), "command": "/" + last.command]).text(
                            context.language), .success))
            ],
            json: .obj([
                ("saved", true), Outreach.saved(commit), ("undone", .int(last.seq)), ("command", .string(last.command)),
            ]), warnings: store.drainWarnings())
    }
}
