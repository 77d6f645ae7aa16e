import Foundation

/// Sessions as an RFC 5545 calendar that Outlook, Apple Calendar, Google Calendar and
/// phone calendars import. Each session keeps one UID (`<id>@ecovol`), so importing a
/// newer export updates events instead of duplicating them; SEQUENCE grows with every
/// edit; a cancelled session stays in the file as `STATUS:CANCELLED` so calendars remove
/// it. Times are written in the session's own zone with a VTIMEZONE (Asia/Shanghai has
/// had no daylight saving since 1991, so one STANDARD rule describes it); a zone that
/// changes offset around the sessions is written in UTC instead, which every client reads
/// correctly.
package struct ICalendarWriter: Sendable {
    /// When the file is produced (DTSTAMP).
    package var now: Date
    /// X-WR-CALNAME, shown by clients as the calendar's name.
    package var calendarName: String
    package var language: Language

    package init(now: Date, calendarName: String, language: Language) {
        self.now = now
        self.calendarName = calendarName
        self.language = language
    }

    package static let uidDomain = "ecovol"

    /// The calendar text, lines ended by CRLF and folded at 75 octets.
    package func calendar(_ sessions: [Session], state: OutreachState) -> String {
        let ordered = sessions.sorted { $0.start != $1.start ? $0.start < $1.start : $0.id < $1.id }
        var lines = [
            "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//ecovol//Eco-environment volunteer sessions//ZH",
            "CALSCALE:GREGORIAN", "METHOD:PUBLISH", "X-WR-CALNAME:" + Self.escape(calendarName),
        ]
        var fixedZones: [String: Int] = [:]
        for (identifier, group) in Dictionary(grouping: ordered, by: \.timeZone).sorted(by: { $0.key < $1.key }) {
            guard
                let offset = Self.fixedOffset(
                    of: group[0].zone, from: group.map(\.start).min() ?? group[0].start,
                    to: group.map(\.end).max() ?? group[0].end)
            else { continue }
            fixedZones[identifier] = offset
            lines += Self.timeZoneComponent(identifier: identifier, zone: group[0].zone, offset: offset)
        }
        if fixedZones["Asia/Shanghai"] != nil { lines.insert("X-WR-TIMEZONE:Asia/Shanghai", at: 6) }
        for session in ordered {
            lines += event(session, state: state, zoneIsFixed: fixedZones[session.timeZone] != nil)
        }
        lines.append("END:VCALENDAR")
        return lines.map(Self.fold).joined(separator: "\r\n") + "\r\n"
    }

    func event(_ s: Session, state: OutreachState, zoneIsFixed: Bool) -> [String] {
        func when(_ name: String, _ date: Date) -> String {
            zoneIsFixed ? name + ";TZID=" + s.timeZone + ":" + Self.local(date, s.zone) : name + ":" + Self.utc(date)
        }
        var lines = [
            "BEGIN:VEVENT",
            "UID:" + s.id + "@" + Self.uidDomain,
            "DTSTAMP:" + Self.utc(now),
            "CREATED:" + Self.utc(s.created),
            "LAST-MODIFIED:" + Self.utc(s.updated),
            "SEQUENCE:" + String(max(0, Int(s.updated.timeIntervalSince(s.created).rounded(.down)))),
            when("DTSTART", s.start),
            when("DTEND", s.end),
            "SUMMARY:" + Self.escape(s.title),
        ]
        let place = [s.venue, s.county, s.city].compactMap { $0 }.filter { !$0.isEmpty }
        if !place.isEmpty { lines.append("LOCATION:" + Self.escape(place.joined(separator: ", "))) }
        lines.append("DESCRIPTION:" + Self.escape(description(s, state: state)))
        lines.append(
            "CATEGORIES:"
                + [s.type.label.text(language), s.audience?.label.text(language)].compactMap { $0 }.map(Self.escape)
                .joined(separator: ","))
        lines.append("STATUS:" + (s.status == .cancelled ? "CANCELLED" : "CONFIRMED"))
        lines.append("TRANSP:OPAQUE")
        lines.append("END:VEVENT")
        return lines
    }

    func description(_ s: Session, state: OutreachState) -> String {
        var parts: [String] = []
        let colon = language == .zh ? "：" : ": "
        func add(_ key: MessageKey, _ value: String?) {
            guard let value, !value.isEmpty else { return }
            parts.append(L(key).text(language) + colon + value)
        }
        var type = s.type.label.text(language)
        if let level = s.trainingLevel { type += language.parenthesized(level.label.text(language)) }
        add(.fieldType, type)
        add(.fieldAudience, s.audience?.label.text(language))
        add(.fieldProject, s.project.map { state.projectName($0, language) })
        add(.fieldLecturer, s.lecturers.joined(separator: "、"))
        add(.fieldOrganiser, s.organiser)
        add(.fieldLeader, s.leader)
        add(.fieldCapacity, s.capacity.map(String.init))
        add(.fieldStatus, s.status.label.text(language) + (s.cancelReason.map { colon + $0 } ?? ""))
        add(.fieldNotes, s.notes)
        add(.fieldId, s.id)
        return parts.joined(separator: "\n")
    }

    // MARK: - RFC 5545 text rules

    /// TEXT escaping (3.3.11): backslash, semicolon, comma and line breaks; other control
    /// characters are not allowed in content lines and are dropped.
    package static func escape(_ text: String) -> String {
        var out = ""
        var previousWasCR = false
        for scalar in text.unicodeScalars {
            defer { previousWasCR = scalar == "\r" }
            switch scalar {
            case "\\": out += "\\\\"
            case ";": out += "\\;"
            case ",": out += "\\,"
            case "\r": out += "\\n"
            case "\n": if !previousWasCR { out += "\\n" }
            case "\t": out += " "
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// Folds a content line (3.1): no line longer than 75 octets, continuation lines start
    /// with one space, and a UTF-8 sequence is never split.
    package static func fold(_ line: String) -> String {
        guard line.utf8.count > 75 else { return line }
        var out = ""
        var current = 0
        var limit = 75
        for scalar in line.unicodeScalars {
            let size = String(scalar).utf8.count
            if current + size > limit {
                out += "\r\n "
                current = 0
                limit = 74
            }
            out.unicodeScalars.append(scalar)
            current += size
        }
        return out
    }

    static func utc(_ date: Date) -> String {
        stamp(date, offset: 0) + "Z"
    }

    static func local(_ date: Date, _ zone: TimeZone) -> String {
        stamp(date, offset: zone.secondsFromGMT(for: date))
    }

    static func stamp(_ date: Date, offset: Int) -> String {
        let seconds = Int(floor(date.timeIntervalSince1970)) + offset
        let day = CalendarDate(dayNumber: Int(floor(Double(seconds) / 86400)))
        let s = ((seconds % 86400) + 86400) % 86400
        return String(format: "%04d%02d%02dT%02d%02d%02d", day.year, day.month, day.day, s / 3600, s / 60 % 60, s % 60)
    }

    /// The zone's offset when it does not change between a year before `from` and a year
    /// after `to`; nil for zones with daylight saving in that span.
    static func fixedOffset(of zone: TimeZone, from: Date, to: Date) -> Int? {
        let start = from.addingTimeInterval(-366 * 86400)
        if let change = zone.nextDaylightSavingTimeTransition(after: start),
            change <= to.addingTimeInterval(366 * 86400)
        {
            return nil
        }
        return zone.secondsFromGMT(for: from)
    }

    static func timeZoneComponent(identifier: String, zone: TimeZone, offset: Int) -> [String] {
        let sign = offset < 0 ? "-" : "+"
        let text = sign + String(format: "%02d%02d", abs(offset) / 3600, abs(offset) / 60 % 60)
        var lines = [
            "BEGIN:VTIMEZONE", "TZID:" + identifier, "X-LIC-LOCATION:" + identifier, "BEGIN:STANDARD",
            "DTSTART:19700101T000000", "TZOFFSETFROM:" + text, "TZOFFSETTO:" + text,
        ]
        if let name = identifier == "Asia/Shanghai" ? "CST" : zone.abbreviation(),
            name.allSatisfy({ $0.isASCII && $0.isLetter })
        {
            lines.append("TZNAME:" + name)
        }
        return lines + ["END:STANDARD", "END:VTIMEZONE"]
    }
}
