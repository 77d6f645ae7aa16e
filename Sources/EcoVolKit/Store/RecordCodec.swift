import Foundation

/// Sessions, people and projects go through Foundation's Codable (they are few and their
/// shape changes more often than participation rows), with timestamps in the store's own
/// `ISOTimestamp` form on both sides.
enum RecordCodec {
    static func encoder() -> JSONEncoder {
        let e = JSONEncoder()
        e.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        e.dateEncodingStrategy = .custom { date, encoder in
            var c = encoder.singleValueContainer()
            try c.encode(ISOTimestamp.format(date))
        }
        return e
    }

    static func decoder() -> JSONDecoder {
        let d = JSONDecoder()
        d.dateDecodingStrategy = .custom { decoder in
            let c = try decoder.singleValueContainer()
            let text = try c.decode(String.self)
            guard let date = ISOTimestamp.parse(text) else {
                throw DecodingError.dataCorruptedError(in: c, debugDescription: "bad timestamp \(text)")
            }
            return date
        }
        return d
    }

    static func encode<T: Encodable>(_ value: T, with encoder: JSONEncoder) throws -> [UInt8] {
        var bytes = Array(try encoder.encode(value))
        // JSONEncoder leaves U+2028/2029 raw; escape them so a line is always one line.
        if bytes.contains(0xE2) {
            var text = String(decoding: bytes, as: UTF8.self)
            text = text.replacingOccurrences(of: "\u{2028}", with: "\\u2028").replacingOccurrences(
                of: "\u{2029}", with: "\\u2029")
            bytes = Array(text.utf8)
        }
        return bytes
    }
}
