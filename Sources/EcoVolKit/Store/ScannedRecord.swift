import Foundation

/// A record the store reads straight from its JSON bytes, with the same keys and rules as its
/// Codable form (a missing required member, a null where a value must be, an unknown enum
/// value or a wrong type is refused; unknown members are skipped). Foundation's JSONDecoder
/// took half of a million-record open on sessions and people alone; this reads them in a
/// fraction of that, and the snapshot and the journal read them the same way.
protocol ScannedRecord: Decodable, Sendable {
    static func scan(_ s: inout ByteScanner) throws(ScanError) -> Self
}

extension ScannedRecord {
    /// A keyed table `{"id":{…},"id":{…}}`, the object's keys as the dictionary's.
    static func scanTable(_ s: inout ByteScanner, capacity: Int = 0) throws(ScanError) -> [String: Self] {
        var table: [String: Self] = [:]
        table.reserveCapacity(capacity)
        try s.expect(0x7B)
        var first = true
        while let key = try s.nextKey(first: &first) {
            table[key] = try scan(&s)
        }
        return table
    }

    /// One record from a buffer holding exactly it (a journal line's value), nothing after it.
    static func scan(exactly b: UnsafeRawBufferPointer) throws(ScanError) -> Self {
        var s = ByteScanner(b)
        let record = try scan(&s)
        s.skipSpace()
        guard s.atEnd else { throw s.fail("unexpected bytes after the record") }
        return record
    }
}

/// The member names of a record type, matched on their bytes (no String per key). Members are
/// written in sorted order, so the one after the last match is tried first.
struct RecordFields<Field: RawRepresentable & CaseIterable & Sendable>: Sendable where Field.RawValue == String {
    private let names: [[UInt8]]
    private let fields: [Field]

    init() {
        fields = Array(Field.allCases)
        names = fields.map { Array($0.rawValue.utf8) }
    }

    /// The field whose name is `key`, nil for a member this version does not know; `hint` is
    /// where to look first and moves past the match.
    func field(_ key: UnsafeRawBufferPointer, hint: inout Int) -> Field? {
        let count = names.count
        var i = hint
        for _ in 0..<count {
            if i >= count { i = 0 }
            let name = names[i]
            if name.count == key.count,
                name.withUnsafeBytes({ Self.same($0, key) })
            {
                hint = i + 1
                return fields[i]
            }
            i += 1
        }
        return nil
    }

    private static func same(_ a: UnsafeRawBufferPointer, _ b: UnsafeRawBufferPointer) -> Bool {
        guard let x = a.baseAddress, let y = b.baseAddress else { return a.count == b.count }
        return memcmp(x, y, a.count) == 0
    }

    /// Each member of the object at the scanner: `body` gets its field (nil when unknown, and
    /// then the value is skipped unless `body` reads it) with the scanner at the value.
    func members(
        _ s: inout ByteScanner, _ body: (Field?, inout ByteScanner) throws(ScanError) -> Bool
    ) throws(ScanError) {
        try s.expect(0x7B)
        if s.take(0x7D) { return }
        var hint = 0
        repeat {
            s.skipSpace()
            let field: Field?
            if let raw = try s.rawString() {
                field = self.field(raw, hint: &hint)
            } else {
                // A key with escapes (never written by ecovol, but valid JSON): compare its text.
                let name = try s.string()
                field = fields.first { $0.rawValue == name }
            }
            try s.expect(0x3A)
            if try !body(field, &s) { try s.skipValue() }
        } while s.take(0x2C)
        try s.expect(0x7D)
    }
}

extension ByteScanner {
    mutating func optionalString() throws(ScanError) -> String? {
        takeNull() ? nil : try string()
    }

    mutating func optionalInt() throws(ScanError) -> Int? {
        takeNull() ? nil : try int()
    }

    /// A timestamp in the store's form; null is refused (use `ParticipationRowCodec.readDate` for optional ones).
    mutating func date(_ member: String) throws(ScanError) -> Date {
        guard let date = try ParticipationRowCodec.readDate(&self) else { throw fail("\(member) is null") }
        return date
    }

    /// An enumeration's code, refused when this version does not know it.
    mutating func code<E: RawRepresentable>(_ type: E.Type, _ member: String) throws(ScanError) -> E
    where E.RawValue == String {
        skipSpace()
        let start = position
        let text = try string()
        guard let value = E(rawValue: text) else {
            throw ScanError(offset: start, reason: "unknown \(member) \"\(text)\"")
        }
        return value
    }

    mutating func optionalCode<E: RawRepresentable>(_ type: E.Type, _ member: String) throws(ScanError) -> E?
    where E.RawValue == String {
        takeNull() ? nil : try code(type, member)
    }

    /// The value of a required member, or the refusal that names it.
    func required<T>(_ value: T?, _ member: String, in record: String) throws(ScanError) -> T {
        guard let value else { throw fail("\(record) without \(member)") }
        return value
    }
}
