/// Star rating (星级认定) from credited service hours. Thresholds differ by jurisdiction
/// (100/300/600/1000/1500 by default; Beijing uses 100/200/500/800/1000), so they are a
/// value, settable through `ECOVOL_STAR_HOURS=100,200,500,800,1000`.
package struct StarLevel: Sendable, Equatable {
    package var thresholds: [Double]

    package static let standard = StarLevel(thresholds: [100, 300, 600, 1000, 1500])

    package init(thresholds: [Double]) {
        self.thresholds = thresholds.sorted()
    }

    /// The thresholds from the environment, or the standard ones when unset or malformed.
    package static func from(environment: [String: String]) -> StarLevel {
        guard let text = environment["ECOVOL_STAR_HOURS"] else { return .standard }
        let values = text.split(separator: ",").compactMap { Double($0.trimmingCharacters(in: .whitespaces)) }
        guard values.count == 5, values.allSatisfy({ $0 > 0 }) else { return .standard }
        return StarLevel(thresholds: values)
    }

    /// 0 (no star yet) to 5.
    package func stars(forHours hours: Double) -> Int {
        thresholds.filter { hours + 1e-9 >= $0 }.count
    }

    /// Hours still needed for the next star, nil at five stars.
    package func hoursToNextStar(from hours: Double) -> Double? {
        guard let next = thresholds.first(where: { hours + 1e-9 < $0 }) else { return nil }
        return next - hours
    }

    package static func display(_ stars: Int) -> String {
        stars == 0 ? "—" : String(repeating: "★", count: stars) + String(repeating: "☆", count: 5 - stars)
    }
}
