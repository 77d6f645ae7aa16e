/// What a command's outcome says when the store it read is damaged (a journal line or a
/// snapshot record failed its checksum): the warning goes with every command's output (on
/// stderr and in the JSON `warnings`), and the commands whose documents leave the office —
/// reports, exports, certificates, records, nomination and star lists — fail with exit 1, so
/// a partial report is never sent without anyone knowing.
@MainActor
package enum StoreDamageNotice {
    /// Commands producing documents for others; from a damaged store they end as failed.
    package static let documentCommands: Set<String> = [
        "report", "export", "certificate", "record", "nominate", "stars",
    ]

    /// The damage of the store this REPL has open, if any.
    package static func current(_ context: CommandContext) -> LocalizedText? {
        (context[OutreachStoreKey.self] as? JSONOutreachStore)?.files.damage
    }

    /// Adds the notice to a finished command's outcome (succeeded or failed).
    package static func annotate(_ outcome: inout LineOutcome, command: String, context: CommandContext) {
        guard let damage = current(context) else { return }
        // A failed command ("no such person") may fail because of what is set aside.
        outcome.storeDamage = damage
        guard var output = outcome.output else { return }
        if !output.warnings.contains(damage) { output.warnings.append(damage) }
        outcome.output = output
        if documentCommands.contains(command) { outcome.status = .failed }
    }
}
