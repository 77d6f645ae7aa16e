import Foundation

/// The programme's home time zone, resolved without crashing on machines that ship no tzdata
/// (minimal containers): `Asia/Shanghai` when the system knows it, otherwise a fixed UTC+8,
/// which is the same clock because China has kept no daylight saving since 1991.
package enum ChinaTime {
    /// Seconds east of UTC of China Standard Time.
    package static let offset = 8 * 3600

    /// `Asia/Shanghai`, or a fixed UTC+8 when the system has no such zone.
    package static var zone: TimeZone { zone(identifier: "Asia/Shanghai") }

    /// The zone named `identifier`, or a fixed UTC+8 when the system does not know it.
    package static func zone(identifier: String) -> TimeZone {
        TimeZone(identifier: identifier) ?? fixed
    }

    /// A fixed UTC+8 zone; Foundation accepts any offset within ±18 hours, so the GMT
    /// fallback is never reached and only keeps the type non-optional.
    static var fixed: TimeZone { TimeZone(secondsFromGMT: offset) ?? .gmt }

    /// A Gregorian calendar in `zone`.
    package static var calendar: Calendar {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        return calendar
    }
}
