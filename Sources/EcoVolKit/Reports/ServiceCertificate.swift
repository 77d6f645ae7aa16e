import Foundation

/// A service-hours certificate (志愿服务证明) with the four blocks 民发〔2015〕149号 asks
/// for — ① volunteer identity (name, ID type and number, volunteer number) ② service (hours,
/// content) ③ issuer (name, person in charge, handler, contact) ④ other (certificate number,
/// issue date, notes) — and a place for the issuer's official seal. Hours are the credited
/// actual service time (travel excluded), and the certificate is free of charge (条例 art. 19).
package struct ServiceCertificate: Sendable {
    /// The issuing organisation. Blank parts are printed as lines to fill in by hand.
    package struct Issuer: Sendable, Equatable {
        package var name: String?
        package var head: String?
        package var handler: String?
        package var contact: String?

        package init(name: String? = nil, head: String? = nil, handler: String? = nil, contact: String? = nil) {
            self.name = name
            self.head = head
            self.handler = handler
            self.contact = contact
        }

        /// Defaults from `ECOVOL_ISSUER`, `ECOVOL_ISSUER_HEAD`, `ECOVOL_ISSUER_HANDLER`, `ECOVOL_ISSUER_CONTACT`.
        package static func from(environment: [String: String]) -> Issuer {
            func v(_ key: String) -> String? {
                environment[key].flatMap { $0.trimmingCharacters(in: .whitespaces).isEmpty ? nil : $0 }
            }
            return Issuer(
                name: v("ECOVOL_ISSUER"), head: v("ECOVOL_ISSUER_HEAD"), handler: v("ECOVOL_ISSUER_HANDLER"),
                contact: v("ECOVOL_ISSUER_CONTACT"))
        }

        /// The parts still blank, by argument name.
        package var missing: [String] {
            [("issuer", name), ("head", head), ("handler", handler), ("contact", contact)].filter { $0.1 == nil }.map(
                \.0)
        }
    }

    package var person: Person
    package var period: ReportPeriod?
    package var service: [(session: Session, participation: Participation)]
    /// The credited figures of `service`, row by row (overlapping time counted once).
    package var ledger: HoursLedger
    package var issuer: Issuer
    /// Attended service in the period whose session is not over yet: left off, and said so.
    package var pending: [HoursLedger.PendingRow]
    package var issued: CalendarDate
    package var number: String

    /// The certified total: exactly the sum of the detail rows' figures.
    package var total: CentiHours { ledger.total }
    package var hours: Double { total.hours }
    /// Rows whose time overlaps an earlier row of the same person (only their extra time counts).
    package var overlaps: [HoursLedger.Row] { ledger.overlapping }
    package var firstDay: CalendarDate? { service.first.map { CalendarDate($0.session.start, in: $0.session.zone) } }
    package var lastDay: CalendarDate? { service.last.map { CalendarDate($0.session.start, in: $0.session.zone) } }

    /// The certificate for `person`'s attended service in `period` (all time when nil).
    /// Throws when there is nothing to certify (a certificate of zero hours is not one), and
    /// when sessions overlap unless `countOverlapsOnce` says the user has seen them and wants
    /// the overlapping time counted once — a certificate is never issued silently over them.
    package static func build(
        state: OutreachState, person: Person, period: ReportPeriod?, issuer: Issuer, issued: CalendarDate, now: Date,
        countOverlapsOnce: Bool = false
    ) throws(ReportError) -> ServiceCertificate {
        let ledger = HoursLedger.build(state: state, person: person.id, asOf: now).filtered {
            period?.contains($0) ?? true
        }
        let rows = ledger.rows.filter { $0.credited.value > 0 || $0.overlaps }
        let kept = HoursLedger(person: person.id, rows: rows)
        guard kept.total.value > 0 else {
            if !ledger.pending.isEmpty {
                throw .onlyPending(
                    name: person.name, list: ledger.pending.map(\.session.id).joined(separator: " "),
                    hours: ledger.pendingTotal.description)
            }
            throw .noService(name: person.name, period: period?.label)
        }
        if !kept.overlapping.isEmpty, !countOverlapsOnce {
            let list = kept.overlapping.map { "\($0.session.id)↔\($0.overlapsWith.joined(separator: ","))" }.joined(
                separator: " ")
            throw .overlaps(name: person.name, count: kept.overlapping.count, list: list)
        }
        let service = rows.map { (session: $0.session, participation: $0.participation) }
        let basis = [
            person.id, period?.first.iso ?? "", period?.last.iso ?? "", kept.total.description, String(service.count),
        ].joined(separator: "|")
        let number =
            "EV" + String(format: "%04d%02d%02d", issued.year, issued.month, issued.day) + "-"
            + CRC32.hex(CRC32.checksum(basis)).uppercased()
        return ServiceCertificate(
            person: person, period: period, service: service, ledger: kept, issuer: issuer, pending: ledger.pending,
            issued: issued, number: number)
    }

    func credited(_ s: Session) -> CentiHours { ledger.row(session: s.id)?.credited ?? CentiHours(0) }

    package var json: JSONValue {
        .obj([
            ("number", .string(number)), ("issued", .string(issued.iso)),
            (
                "person",
                .obj([
                    ("id", .string(person.id)), ("name", .string(person.name)),
                    ("id_number", person.maskedIDNumber.map { .string($0) }),
                ])
            ),
            ("from", (period?.first ?? firstDay).map { .string($0.iso) }),
            ("to", (period?.last ?? lastDay).map { .string($0.iso) }),
            ("hours", .number(hours)), ("hours_text", .string(total.description)), ("sessions", .int(service.count)),
            ("overlaps_counted_once", .bool(!overlaps.isEmpty)),
            (
                "service",
                .array(
                    service.map { s, p in
                        .obj([
                            ("session", .string(s.id)), ("date", .string(CalendarDate(s.start, in: s.zone).iso)),
                            ("title", .string(s.title)),
                            ("type", .string(s.type.rawValue)), ("role", .string(p.role.rawValue)),
                            ("hours", .number(credited(s).hours)),
                            ("recorded_hours", .number(ledger.row(session: s.id)?.recorded.hours ?? 0)),
                            ("overlaps", .array((ledger.row(session: s.id)?.overlapsWith ?? []).map { .string($0) })),
                        ])
                    })
            ),
            (
                "issuer",
                .obj([
                    ("name", issuer.name.map { .string($0) }), ("head", issuer.head.map { .string($0) }),
                    ("handler", issuer.handler.map { .string($0) }), ("contact", issuer.contact.map { .string($0) }),
                ])
            ),
        ])
    }
}
