import Foundation

@testable import EcoVolKit

/// The store the labelled requests are read against: a week of sessions around Tuesday
/// 2026-12-01 10:00 (Asia/Shanghai) and a handful of volunteers, two of them namesakes.
@MainActor
enum RequestFixture {
    static let zone = TimeZone(identifier: "Asia/Shanghai") ?? .current
    static let now = CalendarDate(year: 2026, month: 12, day: 1).at(hour: 10, minute: 0, in: zone)

    static func at(_ y: Int, _ m: Int, _ d: Int, _ h: Int, _ min: Int) -> Date {
        CalendarDate(year: y, month: m, day: d).at(hour: h, minute: min, in: zone)
    }

    static func session(
        _ id: String, _ title: String, _ type: ServiceType, _ day: (Int, Int), _ start: (Int, Int), hours: Double,
        city: String, county: String?,
        audience: Audience?
    ) -> Session {
        let s = at(2026, day.0, day.1, start.0, start.1)
        return Session(
            id: id, title: title, type: type, start: s, end: s.addingTimeInterval(hours * 3600), city: city,
            county: county, audience: audience,
            created: at(2026, 11, 1, 9, 0))
    }

    static let sessions: [Session] = [
        session(
            "sriver01", "南明河河道巡护", .supervision, (11, 30), (9, 0), hours: 3, city: "贵阳市", county: "南明区",
            audience: .community),
        session(
            "stalk005", "垃圾分类进社区讲座", .lecture, (12, 5), (14, 0), hours: 2, city: "贵阳市", county: "云岩区",
            audience: .community),
        session(
            "strain09", "志愿者岗前培训", .training, (12, 9), (9, 30), hours: 3, city: "遵义市", county: "汇川区", audience: nil),
        session(
            "swater04", "节约用水进校园", .education, (12, 4), (10, 0), hours: 1.5, city: "安顺市", county: "西秀区",
            audience: .school),
        session(
            "splant02", "植树护绿行动", .practice, (12, 2), (9, 0), hours: 2, city: "毕节市", county: "七星关区", audience: .family),
        session(
            "sagency1", "生态文明思想机关宣讲", .lecture, (12, 1), (15, 0), hours: 1.5, city: "遵义市", county: "红花岗区",
            audience: .agency),
        session(
            "svill025", "绿色低碳乡村行", .practice, (11, 25), (9, 30), hours: 4, city: "黔东南苗族侗族自治州", county: "凯里市",
            audience: .village),
        session(
            "sclean28", "锦江净滩清洁", .practice, (11, 28), (8, 30), hours: 3, city: "铜仁市", county: "碧江区",
            audience: .community),
        session(
            "swet1212", "湿地保护讲座", .lecture, (12, 12), (10, 0), hours: 1.5, city: "黔南布依族苗族自治州", county: "都匀市",
            audience: .school),
    ]

    static let people: [Person] = [
        Person(id: "pzhang3", name: "张三", registered: at(2026, 1, 5, 9, 0)),
        Person(id: "pli4", name: "李四", registered: at(2026, 1, 6, 9, 0)),
        Person(id: "pwang5", name: "王五", registered: at(2026, 1, 7, 9, 0)),
        Person(id: "pzhao6", name: "赵六", registered: at(2026, 2, 1, 9, 0)),
        Person(id: "pliuy", name: "刘洋", registered: at(2026, 3, 1, 9, 0)),
        Person(id: "pchenj", name: "陈静", registered: at(2026, 3, 2, 9, 0)),
        Person(id: "plina", name: "Li Na", registered: at(2026, 4, 1, 9, 0)),
        Person(id: "pwangf1", name: "王芳", registered: at(2026, 4, 2, 9, 0)),
        Person(id: "pwangf2", name: "王芳", registered: at(2026, 5, 2, 9, 0)),
    ]

    static func state() -> OutreachState {
        let state = OutreachState()
        for s in sessions { state.apply(.putSession(s)) }
        for p in people { state.apply(.putPerson(p)) }
        return state
    }

    static func interpreter(_ state: OutreachState) -> RequestInterpreter {
        RequestInterpreter(now: now, timeZone: zone, state: state)
    }
}
