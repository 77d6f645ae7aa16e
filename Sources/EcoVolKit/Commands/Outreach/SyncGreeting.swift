import Foundation

/// The greeting's line about offline sync: how many changes wait to go to the server, and
/// open conflicts, so a coordinator back in network range knows to sync.
package enum SyncGreeting {
    @MainActor
    package static func blocks(context: CommandContext) async -> [OutputBlock] {
        guard case .directory(let directory) = context.storeLocation,
            let state = try? SyncState.load(directory: directory), let link = state.link
        else { return [] }
        var seq: Int?
        if let store = context[OutreachStoreKey.self] {
            seq = store.seq
        } else if StoreFactory.opensQuickly(context.storeLocation) {
            seq = try? await context.outreachStore().seq
        }
        var lines: [LocalizedText] = []
        if let seq, seq > max(state.syncedSeq, state.pushedThrough) {
            let waiting = seq - max(state.syncedSeq, state.pushedThrough)
            lines.append(L(.syncGreetingWaiting, ["count": String(waiting), "link": link]))
        }
        if !state.openConflicts.isEmpty {
            lines.append(L(.syncGreetingConflicts, ["count": String(state.openConflicts.count)]))
        }
        return lines.map { .paragraph(StyledText($0.text(context.language), .dim)) }
    }
}
