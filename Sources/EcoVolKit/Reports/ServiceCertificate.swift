import Foundation

/// A service-hours certificate (志愿服务证明) with the four blocks 民发〔2015〕149号 asks
/// for — ① volunteer identity (name, ID type and number, volunteer number) ② service (hours,
/// content) ③ issuer (name, person in charge, handler, contact) ④ other (certificate number,
/// issue date, notes) — and a place for the issuer's official seal. Hours are the credited
/// actual service time (travel excluded), and the certificate is free of charge (条例 art. 19).
public struct ServiceCertificate: Sendable {
    /// The issuing organisation. Blank parts are printed as lines to fill in by hand.
    public struct Issuer: Sendable, Equatable {
        public var name: String?
        public var head: String?
        public var handler: String?
        public var contact: String?

        public init(name: String? = nil, head: String? = nil, handler: String? = nil, contact: String? = nil) {
            self.name = name
            self.head = head
            self.handler = handler
            self.contact = contact
        }

        /// Defaults from `ECOVOL_ISSUER`, `ECOVOL_ISSUER_HEAD`, `ECOVOL_ISSUER_HANDLER`, `ECOVOL_ISSUER_CONTACT`.
        public static func from(environment: [String: String]) -> Issuer {
            func v(_ key: String) -> String? { environment[key].flatMap { $0.trimmingCharacters(in: .whitespaces).isEmpty ? nil : $0 } }
            return Issuer(name: v("ECOVOL_ISSUER"), head: v("ECOVOL_ISSUER_HEAD"), handler: v("ECOVOL_ISSUER_HANDLER"), contact: v("ECOVOL_ISSUER_CONTACT"))
        }

        /// The parts still blank, by argument name.
        public var missing: [String] {
            [("issuer", name), ("head", head), ("handler", handler), ("contact", contact)].filter { $0.1 == nil }.map(\.0)
        }
    }

    public var person: Person
    public var period: ReportPeriod?
    public var service: [(session: Session, participation: Participation)]
    /// The credited figures of `service`, row by row (overlapping time counted once).
    public var ledger: HoursLedger
    public var issuer: Issuer
    public var issued: CalendarDate
    public var number: String

    /// The certified total: exactly the sum of the detail rows' figures.
    public var total: CentiHours { ledger.total }
    public var hours: Double { total.hours }
    /// Rows whose time overlaps an earlier row of the same person (only their extra time counts).
    public var overlaps: [HoursLedger.Row] { ledger.overlapping }
    public var firstDay: CalendarDate? { service.first.map { CalendarDate($0.session.start, in: $0.session.zone) } }
    public var lastDay: CalendarDate? { service.last.map { CalendarDate($0.session.start, in: $0.session.zone) } }

    /// The certificate for `person`'s attended service in `period` (all time when nil).
    /// Throws when there is nothing to certify (a certificate of zero hours is not one), and
    /// when sessions overlap unless `countOverlapsOnce` says the user has seen them and wants
    /// the overlapping time counted once — a certificate is never issued silently over them.
    @MainActor
    public static func build(state: OutreachState, person: Person, period: ReportPeriod?, issuer: Issuer, issued: CalendarDate,
                             countOverlapsOnce: Bool = false) throws -> ServiceCertificate {
        let ledger = HoursLedger.build(state: state, person: person.id).filtered { period?.contains($0) ?? true }
        let rows = ledger.rows.filter { $0.credited.value > 0 || $0.overlaps }
        let kept = HoursLedger(person: person.id, rows: rows)
        guard kept.total.value > 0 else {
            throw CommandFailure(code: "certificate.noService", message: L("certificate.noService", ["name": person.name, "period": period?.label ?? "—"]), field: period == nil ? "person" : "from")
        }
        if !kept.overlapping.isEmpty, !countOverlapsOnce {
            let list = kept.overlapping.map { "\($0.session.id)↔\($0.overlapsWith.joined(separator: ","))" }.joined(separator: " ")
            throw CommandFailure(code: "certificate.overlaps", message: L("certificate.overlapsRefused", ["name": person.name, "count": String(kept.overlapping.count), "list": list]), field: "overlaps")
        }
        let service = rows.map { (session: $0.session, participation: $0.participation) }
        let basis = [person.id, period?.first.iso ?? "", period?.last.iso ?? "", kept.total.description, String(service.count)].joined(separator: "|")
        let number = "EV" + String(format: "%04d%02d%02d", issued.year, issued.month, issued.day) + "-" + CRC32.hex(CRC32.checksum(basis)).uppercased()
        return ServiceCertificate(person: person, period: period, service: service, ledger: kept, issuer: issuer, issued: issued, number: number)
    }

    func credited(_ s: Session) -> CentiHours { ledger.row(session: s.id)?.credited ?? CentiHours(0) }

    static let blank = "________________"

    /// The certificate as a document. `revealIdentity` prints the full ID number (the file
    /// handed to the volunteer); the screen shows it masked.
    @MainActor
    public func document(_ lang: Language, revealIdentity: Bool) -> ReportDocument {
        func t(_ key: String, _ args: [String: String] = [:]) -> String { L(key, args).text(lang) }
        let span = (period.map { [$0.first, $0.last] } ?? [firstDay, lastDay].compactMap { $0 }).map(\.iso)
        let from = span.first ?? "", to = span.last ?? ""
        let idNumber = person.idNumber.map { revealIdentity ? $0 : ResidentIDNumber.mask($0) }
        var byType: [(ServiceType, Int, CentiHours)] = []
        for type in ServiceType.allCases {
            let rows = service.filter { $0.session.type == type }
            if !rows.isEmpty { byType.append((type, rows.count, rows.reduce(CentiHours(0)) { $0 + credited($1.session) })) }
        }
        let content = byType.map { t("certificate.contentItem", ["type": $0.0.label.text(lang), "count": String($0.1), "hours": $0.2.description]) }.joined(separator: lang.clauseSeparator)
        let table = DataTable(
            columns: [.init("date", t("reports.col.date")), .init("title", t("certificate.col.activity")), .init("place", t("certificate.col.place")),
                      .init("content", t("certificate.col.content")), .init("hours", t("field.hours"), numeric: true)],
            rows: service.map { s, p in
                [.text(CalendarDate(s.start, in: s.zone).iso), .text(s.title), .text([Outreach.cityShort(s.city, lang), s.county, s.venue].compactMap { $0 }.joined(separator: " ")),
                 .text(s.type.label.text(lang) + " · " + p.role.label.text(lang)), .number(credited(s).hours)]
            })
        let issuerName = issuer.name ?? Self.blank
        let blocks: [ReportDocument.Block] = [
            .paragraph(t("certificate.statement", ["name": person.name, "id": person.id, "from": from, "to": to, "hours": total.description, "count": String(service.count)]), .plain),
            .heading(t("certificate.block.identity")),
            .fields([
                (t("field.name"), person.name),
                (t("certificate.idType"), person.idNumber == nil ? t("certificate.idNone") : t("certificate.idCard")),
                (t("certificate.idNumber"), idNumber ?? "—"),
                (t("certificate.volunteerNumber"), person.id),
            ]),
            .heading(t("certificate.block.service")),
            .fields([
                (t("certificate.servicePeriod"), from + " – " + to),
                (t("certificate.serviceHours"), t("certificate.hoursValue", ["hours": total.description])),
                (t("certificate.serviceCount"), String(service.count)),
                (t("certificate.serviceContent"), content),
            ]),
            .table(title: t("certificate.details"), table, flagged: Set(service.indices.filter { ledger.row(session: service[$0].session.id)?.overlaps == true })),
            .heading(t("certificate.block.issuer")),
            .fields([
                (t("certificate.issuerName"), issuerName),
                (t("certificate.issuerHead"), issuer.head ?? Self.blank),
                (t("certificate.issuerHandler"), issuer.handler ?? Self.blank),
                (t("certificate.issuerContact"), issuer.contact ?? Self.blank),
            ]),
            .heading(t("certificate.block.other")),
            .fields([
                (t("certificate.number"), number),
                (t("certificate.issued"), issued.iso),
                (t("certificate.notes"), overlaps.isEmpty ? t("certificate.notesText")
                    : t("certificate.notesText") + " " + t("certificate.overlapNote", ["list": overlaps.map { "\($0.session.id)↔\($0.overlapsWith.joined(separator: ","))" }.joined(separator: " ")])),
            ]),
            .seal(label: t("certificate.seal"), lines: [t("certificate.sealIssuer", ["issuer": issuerName]), t("certificate.sealDate", ["date": issued.iso])]),
        ]
        return ReportDocument(title: t("certificate.title"), subtitle: number, language: lang, layout: .certificate, blocks: blocks)
    }

    public var json: JSONValue {
        .obj([
            ("number", .string(number)), ("issued", .string(issued.iso)),
            ("person", .obj([("id", .string(person.id)), ("name", .string(person.name)), ("id_number", person.maskedIDNumber.map { .string($0) })])),
            ("from", (period?.first ?? firstDay).map { .string($0.iso) }), ("to", (period?.last ?? lastDay).map { .string($0.iso) }),
            ("hours", .number(hours)), ("hours_text", .string(total.description)), ("sessions", .int(service.count)),
            ("overlaps_counted_once", .bool(!overlaps.isEmpty)),
            ("service", .array(service.map { s, p in
                .obj([("session", .string(s.id)), ("date", .string(CalendarDate(s.start, in: s.zone).iso)), ("title", .string(s.title)),
                      ("type", .string(s.type.rawValue)), ("role", .string(p.role.rawValue)), ("hours", .number(credited(s).hours)),
                      ("recorded_hours", .number(ledger.row(session: s.id)?.recorded.hours ?? 0)),
                      ("overlaps", .array((ledger.row(session: s.id)?.overlapsWith ?? []).map { .string($0) }))])
            })),
            ("issuer", .obj([("name", issuer.name.map { .string($0) }), ("head", issuer.head.map { .string($0) }),
                             ("handler", issuer.handler.map { .string($0) }), ("contact", issuer.contact.map { .string($0) })])),
        ])
    }
}
