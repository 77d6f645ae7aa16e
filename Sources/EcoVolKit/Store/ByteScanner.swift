import Foundation

/// Why bytes could not be read as the store's JSON, with the byte offset for the report.
package struct ScanError: Error, Sendable, Equatable {
    package var offset: Int
    package var reason: String
}

/// A cursor over UTF-8 bytes that reads exactly the JSON the store writes (and any other
/// valid JSON), without building a tree: the snapshot's million participation rows are read
/// field by field straight into structs, which is what keeps opening a large store fast.
struct ByteScanner {
    let bytes: UnsafeRawBufferPointer
    var position: Int

    init(_ bytes: UnsafeRawBufferPointer, position: Int = 0) {
        self.bytes = bytes
        self.position = position
    }

    var atEnd: Bool { position >= bytes.count }

    func fail(_ reason: String) -> ScanError { ScanError(offset: position, reason: reason) }

    @inline(__always) mutating func skipSpace() {
        while position < bytes.count {
            let b = bytes[position]
            if b == 0x20 || b == 0x0A || b == 0x0D || b == 0x09 { position += 1 } else { return }
        }
    }

    @inline(__always) func peek() -> UInt8? {
        position < bytes.count ? bytes[position] : nil
    }

    @inline(__always) mutating func expect(_ byte: UInt8) throws(ScanError) {
        skipSpace()
        guard position < bytes.count, bytes[position] == byte else {
            throw fail("expected '\(Character(Unicode.Scalar(byte)))'")
        }
        position += 1
    }

    /// Consumes `byte` if it is next (after spaces).
    @inline(__always) mutating func take(_ byte: UInt8) -> Bool {
        skipSpace()
        if position < bytes.count, bytes[position] == byte {
            position += 1
            return true
        }
        return false
    }

    mutating func takeNull() -> Bool {
        skipSpace()
        if position + 4 <= bytes.count, bytes[position] == 0x6E, bytes[position + 1] == 0x75,
            bytes[position + 2] == 0x6C, bytes[position + 3] == 0x6C
        {
            position += 4
            return true
        }
        return false
    }

    /// The raw bytes of a string without escapes, or nil (position unchanged) if it has escapes.
    mutating func rawString() throws(ScanError) -> UnsafeRawBufferPointer? {
        try expect(0x22)
        let start = position
        while position < bytes.count {
            let b = bytes[position]
            if b == 0x22 {
                let slice = UnsafeRawBufferPointer(rebasing: bytes[start..<position])
                position += 1
                return slice
            }
            if b == 0x5C {
                position = start - 1
                return nil
            }
            if b < 0x20 { throw fail("control character in string") }
            position += 1
        }
        throw fail("unterminated string")
    }

    mutating func string() throws(ScanError) -> String {
        if let raw = try rawString() {
            return String(decoding: raw, as: UTF8.self)
        }
        try expect(0x22)
        var out: [UInt8] = []
        while position < bytes.count {
            let b = bytes[position]
            position += 1
            switch b {
            case 0x22:
                return String(decoding: out, as: UTF8.self)
            case 0x5C:
                guard position < bytes.count else { throw fail("bad escape") }
                let e = bytes[position]
                position += 1
                switch e {
                case 0x22, 0x5C, 0x2F: out.append(e)
                case 0x62: out.append(0x08)
                case 0x66: out.append(0x0C)
                case 0x6E: out.append(0x0A)
                case 0x72: out.append(0x0D)
                case 0x74: out.append(0x09)
                case 0x75:
                    var scalar = try hex4()
                    if (0xD800...0xDBFF).contains(scalar), position + 6 <= bytes.count, bytes[position] == 0x5C,
                        bytes[position + 1] == 0x75
                    {
                        position += 2
                        let low = try hex4()
                        guard (0xDC00...0xDFFF).contains(low) else { throw fail("bad surrogate pair") }
                        scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                    }
                    guard let u = Unicode.Scalar(scalar) else { throw fail("bad \\u escape") }
                    out.append(contentsOf: Array(String(Character(u)).utf8))
                default: throw fail("bad escape")
                }
            default:
                if b < 0x20 { throw fail("control character in string") }
                out.append(b)
            }
        }
        throw fail("unterminated string")
    }

    mutating func hex4() throws(ScanError) -> UInt32 {
        guard position + 4 <= bytes.count else { throw fail("bad \\u escape") }
        var v: UInt32 = 0
        for _ in 0..<4 {
            let b = bytes[position]
            position += 1
            let d: UInt32
            switch b {
            case 0x30...0x39: d = UInt32(b - 0x30)
            case 0x61...0x66: d = UInt32(b - 0x61 + 10)
            case 0x41...0x46: d = UInt32(b - 0x41 + 10)
            default: throw fail("bad \\u escape")
            }
            v = v << 4 | d
        }
        return v
    }

    static let powersOfTen: [Double] = (0...22).map { pow(10, Double($0)) }

    /// A JSON number. Fast path (Clinger): up to 15 significant digits and a small power of
    /// ten give the correctly rounded double directly; anything else goes through `Double(_:)`.
    mutating func double() throws(ScanError) -> Double {
        skipSpace()
        let start = position
        var negative = false
        if position < bytes.count, bytes[position] == 0x2D {
            negative = true
            position += 1
        }
        var mantissa: UInt64 = 0
        var digits = 0
        var fractionDigits = 0
        var sawDigit = false
        while position < bytes.count, bytes[position] &- 0x30 < 10 {
            mantissa = mantissa &* 10 &+ UInt64(bytes[position] - 0x30)
            digits += 1
            sawDigit = true
            position += 1
        }
        if position < bytes.count, bytes[position] == 0x2E {
            position += 1
            while position < bytes.count, bytes[position] &- 0x30 < 10 {
                mantissa = mantissa &* 10 &+ UInt64(bytes[position] - 0x30)
                digits += 1
                fractionDigits += 1
                position += 1
            }
        }
        guard sawDigit else { throw fail("expected a number") }
        if position < bytes.count, bytes[position] == 0x65 || bytes[position] == 0x45 {
            position += 1
            if position < bytes.count, bytes[position] == 0x2B || bytes[position] == 0x2D { position += 1 }
            while position < bytes.count, bytes[position] &- 0x30 < 10 { position += 1 }
            return try slowDouble(from: start)
        }
        if digits <= 15, fractionDigits <= 22 {
            let value = Double(mantissa) / Self.powersOfTen[fractionDigits]
            return negative ? -value : value
        }
        return try slowDouble(from: start)
    }

    private func slowDouble(from start: Int) throws(ScanError) -> Double {
        let text = String(decoding: UnsafeRawBufferPointer(rebasing: bytes[start..<position]), as: UTF8.self)
        guard let v = Double(text) else { throw ScanError(offset: start, reason: "bad number") }
        return v
    }

    mutating func int() throws(ScanError) -> Int {
        skipSpace()
        var negative = false
        if position < bytes.count, bytes[position] == 0x2D {
            negative = true
            position += 1
        }
        var value = 0
        var n = 0
        while position < bytes.count, bytes[position] &- 0x30 < 10 {
            value = value &* 10 &+ Int(bytes[position] - 0x30)
            n += 1
            position += 1
            if n > 18 { throw fail("number too large") }
        }
        guard n > 0 else { throw fail("expected a whole number") }
        if let b = peek(), b == 0x2E || b == 0x65 || b == 0x45 { throw fail("expected a whole number") }
        return negative ? -value : value
    }

    /// Skips one value of any kind and returns where it started.
    @discardableResult
    mutating func skipValue(depth: Int = 0) throws(ScanError) -> Range<Int> {
        guard depth < 64 else { throw fail("nested too deeply") }
        skipSpace()
        let start = position
        guard let b = peek() else { throw fail("unexpected end") }
        switch b {
        case 0x22:
            if try rawString() == nil { _ = try string() }
        case 0x7B:
            position += 1
            if take(0x7D) { break }
            repeat {
                skipSpace()
                if try rawString() == nil { _ = try string() }
                try expect(0x3A)
                try skipValue(depth: depth + 1)
            } while take(0x2C)
            try expect(0x7D)
        case 0x5B:
            position += 1
            if take(0x5D) { break }
            repeat { try skipValue(depth: depth + 1) } while take(0x2C)
            try expect(0x5D)
        case 0x74: try literal("true")
        case 0x66: try literal("false")
        case 0x6E: try literal("null")
        default: _ = try double()
        }
        return start..<position
    }

    mutating func literal(_ word: StaticString) throws(ScanError) {
        let n = word.utf8CodeUnitCount
        guard position + n <= bytes.count else { throw fail("unexpected end") }
        let ok = word.withUTF8Buffer { w in (0..<n).allSatisfy { bytes[position + $0] == w[$0] } }
        guard ok else { throw fail("unexpected word") }
        position += n
    }

    /// An array of strings, `["a","b"]`.
    mutating func stringArray() throws(ScanError) -> [String] {
        var names: [String] = []
        try expect(0x5B)
        if !take(0x5D) {
            repeat { names.append(try string()) } while take(0x2C)
            try expect(0x5D)
        }
        return names
    }

    /// Object keys one by one: `while let key = try scanner.nextKey(first: &first) { … }`.
    mutating func nextKey(first: inout Bool) throws(ScanError) -> String? {
        if first {
            first = false
            if take(0x7D) { return nil }
        } else {
            if take(0x7D) { return nil }
            try expect(0x2C)
        }
        let key = try string()
        try expect(0x3A)
        return key
    }
}
