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
    package func document(_ lang: Language, revealIdentity: Bool) -> ReportDocument {
        func t(_ key: MessageKey, _ args: [String: String] = [:]) -> String { L(key, args).text(lang) }
        let span = period.map { [$0.first, $0.last] } ?? [firstDay, lastDay].compactMap { $0 }
        let from = span.first.map { Self.longDate($0, lang) } ?? ""
        let to = span.last.map { Self.longDate($0, lang) } ?? ""
        let servicePeriod =
            from == to
            ? t(.certificatePeriodDay, ["date": from]) : t(.certificatePeriodRange, ["from": from, "to": to])
        let idNumber = person.idNumber.map { revealIdentity ? $0 : ResidentIDNumber.mask($0) }
        var byType: [(ServiceType, Int, CentiHours)] = []
        for type in ServiceType.allCases {
            let rows = service.filter { $0.session.type == type }
            if !rows.isEmpty {
                byType.append((type, rows.count, rows.reduce(CentiHours(0)) { $0 + credited($1.session) }))
            }
        }
        func times(_ n: Int) -> String { n == 1 ? t(.certificateOnce) : t(.certificateTimes, ["count": String(n)]) }
        let content = byType.map {
            t(
                .certificateContentPart,
                ["type": $0.0.label.text(lang), "count": times($0.1), "hours": $0.2.description])
        }.joined(separator: lang == .zh ? "；" : "; ")
        let table = DataTable(
            columns: [
                .init("no", t(.certificateColNo), numeric: true), .init("date", t(.reportsColDate)),
                .init("time", t(.certificateColTime)),
                .init("title", t(.certificateColActivity)), .init("place", t(.certificateColPlace)),
                .init("content", t(.certificateColContent)), .init("role", t(.certificateColRole)),
                .init("hours", t(.fieldHours), numeric: true),
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
            case "no": return .text(t(.certificateTotal))
            case "title":
                return .text(
                    service.count == 1
                        ? t(.certificateTotalCountOne) : t(.certificateTotalCount, ["count": String(service.count)])
                )
            case "hours": return .number(hours)
            default: return .empty
            }
        }
        let issuerName = issuer.name ?? Self.blank
        let blocks: [OutputBlock] = [
            .text(
                t(
                    .certificateStatementText,
                    [
                        "name": person.name, "id": person.id, "period": servicePeriod, "hours": total.description,
                        "count": times(service.count),
                    ])),
            .section(t(.certificateBlockIdentity)),
            .pairs([
                (t(.fieldName), person.name),
                (t(.certificateVolunteerNumber), person.id),
                (t(.certificateIdType), person.idNumber == nil ? t(.certificateIdNone) : t(.certificateIdCard)),
                (t(.certificateIdNumber), idNumber ?? "—"),
            ]),
            .section(t(.certificateBlockService)),
            .pairs([
                (t(.certificateServicePeriod), from == to ? from : from + " – " + to),
                (t(.certificateServiceHours), t(.certificateHoursValue, ["hours": total.description])),
                (t(.certificateServiceCount), String(service.count)),
                (t(.certificateServiceContent), content),
                (
                    t(.certificateDetails),
                    service.count == 1
                        ? t(.certificateSeeAttachmentOne)
                        : t(.certificateSeeAttachment, ["count": String(service.count)])
                ),
            ]),
            .section(t(.certificateBlockIssuer)),
            .pairs([
                (t(.certificateIssuerName), issuerName),
                (t(.certificateIssuerContact), issuer.contact ?? Self.blank),
                (t(.certificateIssuerHead), issuer.head ?? Self.blank),
                (t(.certificateIssuerHandler), issuer.handler ?? Self.blank),
            ]),
            .section(t(.certificateBlockOther)),
            .pairs([
                (t(.certificateNumber), number),
                (t(.certificateIssued), Self.longDate(issued, lang)),
                (
                    t(.certificateNotes),
                    overlaps.isEmpty
                        ? t(.certificateNotesText)
                        : t(.certificateNotesText) + " "
                            + t(
                                .certificateOverlapNote,
                                [
                                    "list": overlaps.map {
                                        "\($0.session.id)↔\($0.overlapsWith.joined(separator: ","))"
                                    }.joined(separator: " ")
                                ])
                ),
            ]),
            .seal(
                label: t(.certificateSeal), lines: [issuerName, Self.longDate(issued, lang)],
                signatures: [t(.certificateSignHead), t(.certificateSignHandler)]),
            .attachment(
                .init(
                    title: t(.certificateAttachment),
                    reference: t(.certificateAttachmentReference, ["number": number, "name": person.name]),
                    table: table,
                    flagged: Set(
                        service.indices.filter { ledger.row(session: service[$0].session.id)?.overlaps == true }),
                    total: totalRow)),
        ]
        return ReportDocument(
            title: t(.certificateTitle), subtitle: t(.certificateNumberLine, ["number": number]), language: lang,
            layout: .certificate, blocks: blocks)
    }

    /// Where a session took place, as short as stays unambiguous: the county and venue
    /// (the county implies the city; a venue that already names the county stands alone).
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
