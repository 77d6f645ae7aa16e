import Foundation

/// The start-up greeting's "sessions of the next seven days" block, so coordinators see what
/// is coming as soon as ecovol opens.
package enum OutreachGreeting {
    /// Blocks listing the sessions starting within seven days (nothing when there are none or
    /// the store cannot be opened — the greeting must never fail).
    @MainActor
    package static func upcomingSessions(context: CommandContext, days: Int = 7) async -> [OutputBlock] {
        // A store of many years (hundreds of thousands of records) takes seconds to open, and
        // a server may be slow to answer; the prompt must not wait for either. Such a store
        // opens on first use instead, and the greeting says how to see the week.
        if context[OutreachStoreKey.self] == nil, !StoreFactory.opensQuickly(context.storeLocation) {
            let key: MessageKey =
                context.storeLocation.isServer ? .sharedStoreGreetingDeferred : .outreachGreetingDeferred
            return [.paragraph(StyledText(L(key).text(context.language), .dim))]
        }
        let store: any OutreachStore
        do { store = try await context.outreachStore() } catch {
            // A store that cannot be opened is said at once, not at the first command.
            let message =
                (error as? any EcoVolError)?.message ?? L(.runnerInternalError, ["detail": String(describing: error)])
            return [
                .paragraph(
                    StyledText([
                        StyledSpan(L(.labelWarning).text(context.language), .warning),
                        StyledSpan(message.text(context.language)),
                    ]))
            ]
        }
        let damage: [OutputBlock] =
            StoreDamageNotice.current(context).map {
                [
                    .paragraph(
                        StyledText([
                            StyledSpan(L(.labelWarning).text(context.language), .warning),
                            StyledSpan($0.text(context.language)),
                        ]))
                ]
            } ?? []
        let now = context.now()
        let limit = now.addingTimeInterval(Double(days) * 86400)
        let list = store.state.sessions.values.filter { $0.status == .planned && $0.end >= now && $0.start < limit }
            .sorted { $0.start < $1.start }
        guard !list.isEmpty else { return damage }
        let lang = context.language
        return damage + [.heading(L(.outreachGreeting, ["count": String(list.count)]).text(lang))]
            + SessionsCommand.output(list, state: store.state, lang: lang).blocks
    }
}
