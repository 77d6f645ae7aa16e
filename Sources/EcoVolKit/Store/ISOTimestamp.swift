import Foundation

/// Instants on disk as `2026-06-05T01:30:00Z` (UTC, whole seconds): readable, sortable, and
/// formatted and parsed by hand because Foundation's ISO 8601 formatter costs microseconds
/// per call, which at a million rows is most of the open time.
public enum ISOTimestamp {
    /// Stored instants keep whole seconds, so what is in memory equals what a replay reads.
    package static func normalize(_ date: Date) -> Date {
        Date(timeIntervalSince1970: floor(date.timeIntervalSince1970))
    }

    public static func format(_ date: Date) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(20)
        append(date, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    package static func append(_ date: Date, to out: inout [UInt8]) {
        let seconds = Int(floor(date.timeIntervalSince1970))
        let days = Int(floor(Double(seconds) / 86400))
        let secOfDay = seconds - days * 86400
        let d = CalendarDate(dayNumber: days)
        func two(_ v: Int) {
            out.append(UInt8(48 + v / 10))
            out.append(UInt8(48 + v % 10))
        }
        let y = d.year
        if y < 0 || y > 9999 {
            out.append(contentsOf: Array(String(format: "%04d", y).utf8))
        } else {
            two(y / 100)
            two(y % 100)
        }
        out.append(UInt8(ascii: "-"))
        two(d.month)
        out.append(UInt8(ascii: "-"))
        two(d.day)
        out.append(UInt8(ascii: "T"))
        two(secOfDay / 3600)
        out.append(UInt8(ascii: ":"))
        two(secOfDay / 60 % 60)
        out.append(UInt8(ascii: ":"))
        two(secOfDay % 60)
        out.append(UInt8(ascii: "Z"))
    }

    /// Parses `YYYY-MM-DDTHH:MM:SS(.fff)?(Z|±HH:MM)`; nil for anything else.
    package static func parse(_ text: String) -> Date? {
        var t = text
        return t.withUTF8 { parse(UnsafeRawBufferPointer($0)) }
    }

    package static func parse(_ b: UnsafeRawBufferPointer) -> Date? {
        guard b.count >= 20 else { return nil }
        func digit(_ i: Int) -> Int? {
            let v = Int(b[i]) - 48
            return (0...9).contains(v) ? v : nil
        }
        func num(_ i: Int, _ n: Int) -> Int? {
            var v = 0
            for k in i..<i + n {
                guard let d = digit(k) else { return nil }
                v = v * 10 + d
            }
            return v
        }
        guard let y = num(0, 4), b[4] == 45, let mo = num(5, 2), b[7] == 45, let d = num(8, 2),
            b[10] == 84 || b[10] == 32,
            let h = num(11, 2), b[13] == 58, let mi = num(14, 2), b[16] == 58, let s = num(17, 2),
            CalendarDate.isValid(year: y, month: mo, day: d), h < 24, mi < 60, s < 61
        else { return nil }
        var i = 19
        var fraction = 0.0
        if i < b.count, b[i] == 46 {
            i += 1
            var scale = 0.1
            while i < b.count, let dd = digit(i) {
                fraction += Double(dd) * scale
                scale /= 10
                i += 1
            }
        }
        var offset = 0
        guard i < b.count else { return nil }
        if b[i] == 90 {
            i += 1
        } else if b[i] == 43 || b[i] == 45, i + 6 <= b.count, let oh = num(i + 1, 2), b[i + 3] == 58,
            let om = num(i + 4, 2)
        {
            offset = (oh * 3600 + om * 60) * (b[i] == 43 ? 1 : -1)
            i += 6
        } else {
            return nil
        }
        guard i == b.count else { return nil }
        let days = CalendarDate(year: y, month: mo, day: d).dayNumber
        return Date(timeIntervalSince1970: Double(days * 86400 + h * 3600 + mi * 60 + s - offset) + fraction)
    }
}
