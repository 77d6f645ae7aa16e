import Foundation
import PropertyBased
import Testing

@testable import EcoVolKit

/// The hand-written store decoders (ByteScanner, ParticipationRowCodec) read what the writers
/// wrote, for any text users type, and refuse truncated or garbled rows with a ScanError
/// instead of crashing or inventing a record.
@Suite struct StoreCodecPropertyTests {
    static func participation(_ session: String, _ person: String, _ code: Int, _ seconds: Int) -> Participation {
        let logged = Date(timeIntervalSince1970: TimeInterval(seconds))
        return Participation(
            session: session, person: person, role: ParticipationRole.allCases[code % 3],
            status: ParticipationStatus.allCases[code % ParticipationStatus.allCases.count],
            scheduledHours: Double(code % 241) / 10, actualHours: code % 2 == 0 ? nil : Double(code % 97) / 4,
            checkIn: code % 5 == 0 ? nil : logged.addingTimeInterval(3600),
            checkOut: code % 7 == 0 ? nil : logged.addingTimeInterval(7200),
            evaluation: code % 3 == 0 ? nil : code % 6, note: code % 4 == 0 ? nil : person + session, logged: logged)
    }

    static func row(_ p: Participation) -> [UInt8] {
        var out: [UInt8] = []
        ParticipationRowCodec.append(p, to: &out)
        return out
    }

    static func read(_ bytes: [UInt8]) throws(ScanError) -> Participation {
        let result: Result<Participation, ScanError> = bytes.withUnsafeBytes { buf in
            var scanner = ByteScanner(buf)
            do throws(ScanError) { return .success(try ParticipationRowCodec.read(&scanner, map: nil)) } catch {
                return .failure(error)
            }
        }
        return try result.get()
    }

    @Test func rowsRoundTrip() async {
        await propertyCheck(
            count: 200, input: TestGen.text(0...12), TestGen.text(0...12), Gen.int(in: 0...100_000),
            Gen.int(in: 0...2_000_000_000)
        ) { session, person, code, seconds in
            let p = Self.participation(session, person, code, seconds)
            let back = try Self.read(Self.row(p))
            #expect(back == ParticipationRowCodec.normalized(p))
        }
    }

    @Test func recordCodecRoundTrips() async {
        await propertyCheck(
            count: 100, input: TestGen.text(0...12), TestGen.text(0...12), Gen.int(in: 0...100_000),
            Gen.int(in: 0...2_000_000_000)
        ) { session, person, code, seconds in
            let p = Self.participation(session, person, code, seconds)
            let bytes = try RecordCodec.encode(p, with: RecordCodec.encoder())
            let back = try RecordCodec.decoder().decode(Participation.self, from: Data(bytes))
            #expect(back == ParticipationRowCodec.normalized(p))
        }
    }

    @Test func truncatedRowsAreRefused() async {
        await propertyCheck(count: 100, input: TestGen.text(0...8), Gen.int(in: 0...100_000), Gen.int(in: 0...1000)) {
            name, code, cut in
            let bytes = Self.row(Self.participation(name, name, code, 1_780_000_000))
            let prefix = Array(bytes.prefix(cut % bytes.count))
            #expect(throws: ScanError.self) { try Self.read(prefix) }
        }
    }

    @Test func garbledRowsNeverCrash() async {
        await propertyCheck(count: 300, input: Gen.int(in: 0...255).array(of: 0...80), Gen.int(in: 0...100_000)) {
            noise, code in
            // Noise alone, and a valid row with one byte replaced: either a ScanError or a
            // record whose re-encoding reads back the same (never a crash or a trap).
            var row = Self.row(Self.participation("S1", "P1", code, 1_780_000_000))
            if let first = noise.first { row[first % row.count] = UInt8(noise.count % 256) }
            for bytes in [noise.map { UInt8($0) }, row] {
                if let p = try? Self.read(bytes) {
                    #expect((try? Self.read(Self.row(p))) == ParticipationRowCodec.normalized(p))
                }
            }
        }
    }
}
