import Foundation

/// The certificate as the document an office signs and stamps: one page with the
/// statement, the four blocks of 民发〔2015〕149号 and the seal's place over the issuer's name
/// and date, followed by every service it counts as an attached list (附表) whose pages
/// carry the certificate number — so the page that is stamped stays one page however long
/// the volunteer's history, and the detail behind the figure travels with it.
extension ServiceCertificate {
    static let blank = "________________"

    /// The certificate as a document. `revealIdentity` prints the full ID number (the file
    /// handed to the volunteer); the screen shows it masked.
    @MainActor
    public func document(_ lang: Language, revealIdentity: Bool) -> ReportDocument {
        func t(_ key: String, _ args: [String: String] = [:]) -> String { L(key, args).text(lang) }
        let span = period.map { [$0.first, $0.last] } ?? [firstDay, lastDay].compactMap { $0 }
        let from = span.first.map { Self.longDate($0, lang) } ?? ""
        let to = span.last.map { Self.longDate($0, lang) } ?? ""
        let servicePeriod =
            from == to
            ? t("certificate.periodDay", ["date": from]) : t("certificate.periodRange", ["from": from, "to": to])
        let idNumber = person.idNumber.map { revealIdentity ? $0 : ResidentIDNumber.mask($0) }
        var byType: [(ServiceType, Int, CentiHours)] = []
        for type in ServiceType.allCases {
            let rows = service.filter { $0.session.type == type }
            if !rows.isEmpty {
                byType.append((type, rows.count, rows.reduce(CentiHours(0)) { $0 + credited($1.session) }))
            }
        }
        func times(_ n: Int) -> String { n == 1 ? t("certificate.once") : t("certificate.times", ["count": String(n)]) }
        let content = byType.map {
            t(
                "certificate.contentPart",
                ["type": $0.0.label.text(lang), "count": times($0.1), "hours": $0.2.description])
        }.joined(separator: lang == .zh ? "；" : "; ")
        let table = DataTable(
            columns: [
                .init("no", t("certificate.col.no"), numeric: true), .init("date", t("reports.col.date")),
                .init("time", t("certificate.col.time")),
                .init("title", t("certificate.col.activity")), .init("place", t("certificate.col.place")),
                .init("content", t("certificate.col.content")), .init("role", t("certificate.col.role")),
                .init("hours", t("field.hours"), numeric: true),
            ],
            rows: service.enumerated().map { index, row in
                let (s, p) = row
                return [
                    .number(Double(index + 1)), .text(CalendarDate(s.start, in: s.zone).iso),
                    .text(OutreachFormat.clock(s.start, s.zone) + "–" + OutreachFormat.clock(s.end, s.zone)),
                    .text(s.title),
                    .text(Self.place(s, lang)), .text(s.type.label.text(lang)), .text(p.role.label.text(lang)),
                    .number(credited(s).hours),
                ]
            })
        // The closing row: the count under the activities, the hours under the hours.
        let totalRow: [DataTable.Cell] = table.columns.map { column in
            switch column.key {
            case "no": return .text(t("certificate.total"))
            case "title":
                return .text(
                    service.count == 1
                        ? t("certificate.totalCountOne") : t("certificate.totalCount", ["count": String(service.count)])
                )
            case "hours": return .number(hours)
            default: return .empty
            }
        }
        let issuerName = issuer.name ?? Self.blank
        let blocks: [ReportDocument.Block] = [
            .paragraph(
                t(
                    "certificate.statementText",
                    [
                        "name": person.name, "id": person.id, "period": servicePeriod, "hours": total.description,
                        "count": times(service.count),
                    ]), .plain),
            .heading(t("certificate.block.identity")),
            .fields([
                (t("field.name"), person.name),
                (t("certificate.volunteerNumber"), person.id),
                (t("certificate.idType"), person.idNumber == nil ? t("certificate.idNone") : t("certificate.idCard")),
                (t("certificate.idNumber"), idNumber ?? "—"),
            ]),
            .heading(t("certificate.block.service")),
            .fields([
                (t("certificate.servicePeriod"), from == to ? from : from + " – " + to),
                (t("certificate.serviceHours"), t("certificate.hoursValue", ["hours": total.description])),
                (t("certificate.serviceCount"), String(service.count)),
                (t("certificate.serviceContent"), content),
                (
                    t("certificate.details"),
                    service.count == 1
                        ? t("certificate.seeAttachmentOne")
                        : t("certificate.seeAttachment", ["count": String(service.count)])
                ),
            ]),
            .heading(t("certificate.block.issuer")),
            .fields([
                (t("certificate.issuerName"), issuerName),
                (t("certificate.issuerContact"), issuer.contact ?? Self.blank),
                (t("certificate.issuerHead"), issuer.head ?? Self.blank),
                (t("certificate.issuerHandler"), issuer.handler ?? Self.blank),
            ]),
            .heading(t("certificate.block.other")),
            .fields([
                (t("certificate.number"), number),
                (t("certificate.issued"), Self.longDate(issued, lang)),
                (
                    t("certificate.notes"),
                    overlaps.isEmpty
                        ? t("certificate.notesText")
                        : t("certificate.notesText") + " "
                            + t(
                                "certificate.overlapNote",
                                [
                                    "list": overlaps.map {
                                        "\($0.session.id)↔\($0.overlapsWith.joined(separator: ","))"
                                    }.joined(separator: " ")
                                ])
                ),
            ]),
            .seal(
                label: t("certificate.seal"), lines: [issuerName, Self.longDate(issued, lang)],
                signatures: [t("certificate.sign.head"), t("certificate.sign.handler")]),
            .attachment(
                .init(
                    title: t("certificate.attachment"),
                    reference: t("certificate.attachmentReference", ["number": number, "name": person.name]),
                    table: table,
                    flagged: Set(
                        service.indices.filter { ledger.row(session: service[$0].session.id)?.overlaps == true }),
                    total: totalRow)),
        ]
        return ReportDocument(
            title: t("certificate.title"), subtitle: t("certificate.numberLine", ["number": number]), language: lang,
            layout: .certificate, blocks: blocks)
    }

    /// Where a session took place, as short as stays unambiguous: the county and venue
    /// (the county implies the city; a venue that already names the county stands alone).
    @MainActor
    static func place(_ s: Session, _ lang: Language = .zh) -> String {
        switch (s.county, s.venue) {
        case (let county?, let venue?): return venue.hasPrefix(county) ? venue : county + " " + venue
        case (let county?, nil): return OutreachFormat.cityShort(s.city, lang) + " " + county
        case (nil, let venue?): return OutreachFormat.cityShort(s.city, lang) + " " + venue
        case (nil, nil): return OutreachFormat.cityShort(s.city, lang)
        }
    }

    static let englishMonths = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
        "December",
    ]

    /// A date as official documents write it: 2026年12月1日 (GB/T 9704: the year in full,
    /// no leading zeros) or 1 December 2026.
    static func longDate(_ d: CalendarDate, _ lang: Language) -> String {
        switch lang {
        case .zh: return "\(d.year)年\(d.month)月\(d.day)日"
        // No-break spaces: a date is one token on paper.
        case .en: return "\(d.day)\u{00A0}\(englishMonths[max(0, min(11, d.month - 1))])\u{00A0}\(d.year)"
        }
    }
}
