/// The nine cities/prefectures (市州) of Guizhou plus 贵安新区, the units reports are made
/// for. Users type short forms (贵阳, 黔东南, qdn), so each has aliases.
public struct City: Sendable, Equatable {
    public let name: String
    package let english: String
    package let aliases: [String]

    public static let all: [City] = [
        City(name: "贵阳市", english: "Guiyang", aliases: ["贵阳", "筑", "gy", "guiyang"]),
        City(name: "六盘水市", english: "Liupanshui", aliases: ["六盘水", "lps", "liupanshui"]),
        City(name: "遵义市", english: "Zunyi", aliases: ["遵义", "zy", "zunyi"]),
        City(name: "安顺市", english: "Anshun", aliases: ["安顺", "as", "anshun"]),
        City(name: "毕节市", english: "Bijie", aliases: ["毕节", "bj", "bijie"]),
        City(name: "铜仁市", english: "Tongren", aliases: ["铜仁", "tr", "tongren"]),
        City(name: "黔西南布依族苗族自治州", english: "Qianxinan", aliases: ["黔西南州", "黔西南", "qxn", "qianxinan"]),
        City(name: "黔东南苗族侗族自治州", english: "Qiandongnan", aliases: ["黔东南州", "黔东南", "qdn", "qiandongnan"]),
        City(name: "黔南布依族苗族自治州", english: "Qiannan", aliases: ["黔南州", "黔南", "qn", "qiannan"]),
        City(name: "贵安新区", english: "Gui'an New Area", aliases: ["贵安", "ga", "guian", "gui'an"]),
    ]

    /// The city for a name, an alias or the English name (case-insensitive), nil if unknown.
    package static func find(_ text: String) -> City? {
        let v = text.trimmingCharacters(in: .whitespaces).lowercased()
        guard !v.isEmpty else { return nil }
        return all.first { $0.name == v || $0.english.lowercased() == v || $0.aliases.contains(v) }
    }

    /// The short name used in tables (黔东南州 rather than the full autonomous-prefecture name).
    package var shortName: String { aliases.first { !$0.allSatisfy(\.isASCII) && $0.hasSuffix("州") } ?? name }

    /// The English name as one word (`Gui'an New Area` → `Guian`), for completion: it is an
    /// alias, so the completed text finds the city again.
    package var completionName: String {
        english.contains(" ")
            ? english.replacingOccurrences(of: "'", with: "").components(separatedBy: " ")[0] : english
    }

    package static var acceptedText: String { all.map(\.shortName).joined(separator: " ") }
}
