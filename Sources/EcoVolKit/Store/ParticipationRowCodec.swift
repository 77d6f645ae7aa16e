import Foundation

/// Participation rows on disk are compact JSON arrays under a `participation_columns`
/// header, `["s…","p…","volunteer","attended",2,2,null,null,null,null,"2026-06-05T01:30:00Z"]`:
/// still readable, a third smaller than keyed objects, and read by a hand-written parser,
/// because Foundation's JSONDecoder is far too slow at a million rows.
package enum ParticipationRowCodec {
    /// The columns of the current schema, in order.
    package static let columns = [
        "session", "person", "role", "status", "scheduled", "actual", "check_in", "check_out", "evaluation", "note",
        "logged",
    ]

    // MARK: - Writing

    package static func append(_ p: Participation, to out: inout [UInt8]) {
        out.append(0x5B)
        appendString(p.session, to: &out)
        out.append(0x2C)
        appendString(p.person, to: &out)
        out.append(0x2C)
        appendString(p.role.rawValue, to: &out)
        out.append(0x2C)
        appendString(p.status.rawValue, to: &out)
        out.append(0x2C)
        appendNumber(p.scheduledHours, to: &out)
        out.append(0x2C)
        appendNumber(p.actualHours, to: &out)
        out.append(0x2C)
        appendDate(p.checkIn, to: &out)
        out.append(0x2C)
        appendDate(p.checkOut, to: &out)
        out.append(0x2C)
        if let e = p.evaluation { out.append(contentsOf: Array(String(e).utf8)) } else { appendNull(&out) }
        out.append(0x2C)
        if let n = p.note { appendString(n, to: &out) } else { appendNull(&out) }
        out.append(0x2C)
        appendDate(p.logged, to: &out)
        out.append(0x5D)
    }

    static func appendNull(_ out: inout [UInt8]) { out.append(contentsOf: [0x6E, 0x75, 0x6C, 0x6C]) }

    static func appendDate(_ date: Date?, to out: inout [UInt8]) {
        guard let date else {
            appendNull(&out)
            return
        }
        out.append(0x22)
        ISOTimestamp.append(date, to: &out)
        out.append(0x22)
    }

    /// Whole numbers without a fraction; others in Swift's shortest round-trip form.
    static func appendNumber(_ value: Double, to out: inout [UInt8]) {
        if value.isFinite, value == value.rounded(), abs(value) < 1e15 {
            var v = Int(value)
            if v == 0 {
                out.append(0x30)
                return
            }
            if v < 0 {
                out.append(0x2D)
                v = -v
            }
            var digits: [UInt8] = []
            while v > 0 {
                digits.append(UInt8(0x30 + v % 10))
                v /= 10
            }
            out.append(contentsOf: digits.reversed())
        } else if value.isFinite {
            out.append(contentsOf: Array(value.description.utf8))
        } else {
            out.append(0x30)
        }
    }

    /// A JSON string literal, escaping what JSON requires (and U+2028/9 so lines stay lines).
    static func appendString(_ s: String, to out: inout [UInt8]) {
        out.append(0x22)
        var needsEscape = false
        for b in s.utf8 where b < 0x20 || b == 0x22 || b == 0x5C || b == 0xE2 {
            needsEscape = true
            break
        }
        if !needsEscape {
            out.append(contentsOf: s.utf8)
        } else {
            var quoted = ""
            JSONValue.writeString(s, into: &quoted)
            out.append(contentsOf: quoted.utf8.dropFirst().dropLast())
        }
        out.append(0x22)
    }

    // MARK: - Reading

    /// Reads one row whose columns are `map` (index of each file column in `columns`, or nil
    /// for a column this version does not know).
    static func read(_ s: inout ByteScanner, map: [Int?]?, knownSession: String? = nil) throws(ScanError)
        -> Participation
    {
        try s.expect(0x5B)
        var session = ""
        var person = ""
        var role = ParticipationRole.volunteer
        var status = ParticipationStatus.attended
        var scheduled = 0.0
        var actual: Double? = nil
        var checkIn: Date? = nil
        var checkOut: Date? = nil
        var evaluation: Int? = nil
        var note: String? = nil
        var logged = Date(timeIntervalSince1970: 0)
        var column = 0
        if !s.take(0x5D) {
            repeat {
                let field: Int? = if let map { column < map.count ? map[column] : nil } else { column }
                switch field {
                case 0?:
                    if let knownSession {
                        try s.skipValue()
                        session = knownSession
                    } else {
                        session = try s.string()
                    }
                case 1?: person = try s.string()
                case 2?: role = try readRole(&s)
                case 3?: status = try readStatus(&s)
                case 4?: scheduled = try s.double()
                case 5?: actual = s.takeNull() ? nil : try s.double()
                case 6?: checkIn = try readDate(&s)
                case 7?: checkOut = try readDate(&s)
                case 8?: evaluation = s.takeNull() ? nil : try s.int()
                case 9?: note = s.takeNull() ? nil : try s.string()
                case 10?: logged = try readDate(&s) ?? logged
                default: try s.skipValue()
                }
                column += 1
            } while s.take(0x2C)
            try s.expect(0x5D)
        }
        guard !session.isEmpty, !person.isEmpty else { throw s.fail("row without session or person") }
        return Participation(
            session: session, person: person, role: role, status: status, scheduledHours: scheduled,
            actualHours: actual ?? scheduled, checkIn: checkIn, checkOut: checkOut,
            evaluation: evaluation, note: note, logged: logged)
    }

    /// `raw` holds exactly the bytes of `literal`.
    @inline(__always) static func equals(_ raw: UnsafeRawBufferPointer, _ literal: StaticString) -> Bool {
        guard raw.count == literal.utf8CodeUnitCount, let start = raw.baseAddress else { return false }
        return memcmp(start, literal.utf8Start, raw.count) == 0
    }

    /// Enum columns matched on their bytes, without building a String per row. Length and first
    /// byte pick the candidate, the whole word must match: a damaged `attendeX` is refused, not
    /// read as `attended`.
    static func readRole(_ s: inout ByteScanner) throws(ScanError) -> ParticipationRole {
        guard let raw = try s.rawString() else { throw s.fail("unknown role") }
        switch (raw.count, raw.first) {
        case (9, 0x76?) where equals(raw, "volunteer"): return .volunteer
        case (8, 0x6C?) where equals(raw, "lecturer"): return .lecturer
        case (5, 0x73?) where equals(raw, "staff"): return .staff
        default:
            guard let r = ParticipationRole(rawValue: String(decoding: raw, as: UTF8.self)) else {
                throw s.fail("unknown role")
            }
            return r
        }
    }

    static func readStatus(_ s: inout ByteScanner) throws(ScanError) -> ParticipationStatus {
        guard let raw = try s.rawString() else { throw s.fail("unknown status") }
        switch (raw.count, raw.first) {
        case (8, 0x61?) where equals(raw, "attended"): return .attended
        case (9, 0x73?) where equals(raw, "signed_up"): return .signedUp
        case (10, 0x77?) where equals(raw, "waitlisted"): return .waitlisted
        case (7, 0x6E?) where equals(raw, "no_show"): return .noShow
        default: throw s.fail("unknown status")
        }
    }

    /// Reads the snapshot's row array into `state`. Rows of one session usually follow each
    /// other, so the session id is compared on its bytes with the previous row's and its
    /// String and slot are reused, leaving one hash lookup (the person) per row.
    static func readRows(_ s: inout ByteScanner, into state: inout OutreachState, map: [Int?]?) throws(ScanError) {
        try s.expect(0x5B)
        if s.take(0x5D) { return }
        var lastSessionBytes = UnsafeRawBufferPointer(start: nil, count: 0)
        var lastSession = ""
        var lastSlot: Int32 = -1
        repeat {
            if map != nil {
                let p = try read(&s, map: map)
                state.put(p)
                continue
            }
            s.skipSpace()
            let rowStart = s.position
            try s.expect(0x5B)
            if let raw = try s.rawString(), lastSlot >= 0, raw.count == lastSessionBytes.count, let a = raw.baseAddress,
                let b = lastSessionBytes.baseAddress, memcmp(a, b, raw.count) == 0
            {
                s.position = rowStart
                var p = try read(&s, map: nil, knownSession: lastSession)
                p.session = lastSession
                state.put(p, sessionSlot: lastSlot, personSlot: state.personSlot(p.person))
            } else {
                s.position = rowStart
                try s.expect(0x5B)
                let raw = try s.rawString()
                s.position = rowStart
                let p = try read(&s, map: nil)
                lastSession = p.session
                lastSlot = state.sessionSlot(p.session)
                state.put(p, sessionSlot: lastSlot, personSlot: state.personSlot(p.person))
                if let raw { lastSessionBytes = raw } else { lastSlot = -1 }
            }
        } while s.take(0x2C)
        try s.expect(0x5D)
    }

    static func readDate(_ s: inout ByteScanner) throws(ScanError) -> Date? {
        if s.takeNull() { return nil }
        if let raw = try s.rawString(), let d = ISOTimestamp.parse(raw) { return d }
        throw s.fail("bad timestamp")
    }

    /// The column map for a header, nil when it is the current one (the fast path).
    static func columnMap(_ header: [String]) -> [Int?]? {
        if header == columns { return nil }
        return header.map { columns.firstIndex(of: $0) }
    }

    /// Whole-second timestamps, as a replay would read them back.
    package static func normalized(_ p: Participation) -> Participation {
        var q = p
        q.checkIn = p.checkIn.map(ISOTimestamp.normalize)
        q.checkOut = p.checkOut.map(ISOTimestamp.normalize)
        q.logged = ISOTimestamp.normalize(p.logged)
        return q
    }
}
