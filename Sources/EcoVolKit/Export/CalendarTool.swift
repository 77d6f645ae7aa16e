import Foundation

/// What `ecovol calendar [FILE]` produced and how it ended.
package struct CalendarToolResult: Sendable {
    /// The calendar text when no file was given (written to stdout as is: CRLF line ends).
    package var calendar: String?
    /// A message for the terminal (the file written, or what went wrong), no terminal codes.
    package var message: String
    /// 0 done, 1 the store could not be read or the file not written, 2 a usage mistake.
    package var exitStatus: Int32
    package var json: JSONValue
}

/// `ecovol calendar [--store DIR|URL] [FILE]`: every session as an iCalendar file from the
/// shell, for a cron job that keeps a shared calendar current. Opens the store read-only,
/// so it never competes with a running REPL for the write lock.
@MainActor
package enum CalendarTool {
    /// The calendar of every session in the store at `location`. With `file` it is written
    /// atomically (an existing file only replaced when `force`); without, it is returned.
    package static func run(
        location: StoreLocation, dataDirectory: DataDirectory? = nil, environment: [String: String] = [:],
        file: String?, force: Bool,
        language: Language, now: Date = Date()
    ) async -> CalendarToolResult {
        let state: OutreachState
        var damage: LocalizedText?
        do {
            let local = dataDirectory ?? DataDirectory(path: location.displayText)
            if let store = try await StoreFactory.openForReading(
                location, dataDirectory: local, environment: environment, now: { now })
            {
                state = store.state
                // Like the document commands: a calendar from a damaged store is not sent on.
                damage = (store as? JSONOutreachStore)?.files.damage
                await store.close()
            } else {
                state = OutreachState()
            }
        } catch let error as any EcoVolError {
            return CalendarToolResult(
                calendar: nil, message: error.message.text(language), exitStatus: 1,
                json: .obj([("error", .string(error.code))]))
        } catch {
            return CalendarToolResult(
                calendar: nil, message: String(describing: error), exitStatus: 1,
                json: .obj([("error", .string("internal"))]))
        }
        if let damage {
            return CalendarToolResult(
                calendar: nil, message: damage.text(language), exitStatus: 1,
                json: .obj([
                    ("error", .string("store.damaged")), ("warnings", .array([.string(damage.text(language))])),
                ]))
        }
        let sessions = Array(state.sessions.values)
        let text = ICalendarWriter(now: now, calendarName: L(.exportCalendarName).text(language), language: language)
            .calendar(sessions, state: state)
        guard let file else {
            return CalendarToolResult(
                calendar: text, message: "", exitStatus: 0, json: .obj([("events", .int(sessions.count))]))
        }
        do throws(ExportError) {
            _ = try ExportFormat.of(file, allowed: [.ics])
            let path = try AtomicFileWriter.write(Data(text.utf8), to: file, replace: force)
            return CalendarToolResult(
                calendar: nil,
                message: L(.exportWrittenEvents, ["path": path, "events": String(sessions.count)]).text(language),
                exitStatus: 0,
                json: .obj([("written", .string(path)), ("events", .int(sessions.count))]))
        } catch {
            return CalendarToolResult(
                calendar: nil, message: error.message.text(language), exitStatus: 1,
                json: .obj([("error", .string(error.code))]))
        }
    }
}
