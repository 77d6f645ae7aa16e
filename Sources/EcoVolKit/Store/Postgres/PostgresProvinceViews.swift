/// The province-wide figures every office may read (`ecovol.city_totals`,
/// `ecovol.city_volunteers`): counts, hours and people reached by city, with no name, phone or
/// person id in them. They run with their owner's (the province's) rights, so they count every
/// city.
///
/// Why in SQL and not only in ecovol: a province reads them in psql, Metabase or Superset, and
/// they must say what every city's `/report` says. So they count the way `ActivityReport` and
/// `HoursLedger` do: cancelled sessions left out; an attended row credited only once its
/// session is over (marked done, or planned and past its end) or the person has checked out;
/// each person's time counted once where their sessions overlap — rows in the order of when the
/// person served (check-in, or the session's start), each credited the part of its time that no
/// earlier row already covers (every earlier row starts no later, so the covered part runs up to
/// where the latest-ending earlier row ends) — and hundredths of an hour per row, rounded half
/// up, as certificates show them.
enum PostgresProvinceViews {
    static let cityTotals = """
        CREATE VIEW ecovol.city_totals AS
        WITH served AS (
            SELECT p.person_id, s.id AS session_id, s.start AS session_start,
                   CASE WHEN p.check_in IS NOT NULL AND p.check_in < s."end"
                        THEN least(greatest(p.check_in, s.start - interval '2 hours'), s."end")
                        ELSE s.start END AS served_from,
                   CASE WHEN p.hours > 0 AND p.hours < 'Infinity'::float8
                        THEN round((p.hours * 3600)::numeric)::bigint ELSE 0 END AS seconds
            FROM ecovol.participations p JOIN ecovol.sessions s ON s.id = p.session_id
            WHERE p.status = 'attended' AND s.status <> 'cancelled'
              AND (s.status = 'done' OR s."end" <= now() OR p.check_out <= now())
        ), ordered AS (
            SELECT session_id, served_from, seconds,
                   max(served_from + make_interval(secs => seconds)) OVER (
                       PARTITION BY person_id ORDER BY served_from, session_start, session_id COLLATE "C"
                       ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) AS covered_until
            FROM served
        ), credited AS (
            SELECT session_id,
                   greatest(0, seconds - greatest(0, round(extract(epoch FROM
                       least(served_from + make_interval(secs => seconds), coalesce(covered_until, served_from))
                       - served_from))::bigint)) AS seconds
            FROM ordered
        )
        SELECT s.city,
               count(*) FILTER (WHERE s.status <> 'cancelled') AS sessions,
               count(*) FILTER (WHERE s.status = 'done') AS sessions_done,
               count(*) FILTER (WHERE s.status = 'cancelled') AS sessions_cancelled,
               coalesce(sum(s.reached) FILTER (WHERE s.status <> 'cancelled'), 0) AS reached,
               coalesce(sum(a.attended) FILTER (WHERE s.status <> 'cancelled'), 0) AS attendances,
               coalesce(sum(c.centi) FILTER (WHERE s.status <> 'cancelled'), 0) / 100.0 AS hours
        FROM ecovol.sessions s
        LEFT JOIN (SELECT session_id, count(*) AS attended FROM ecovol.participations
                   WHERE status = 'attended' GROUP BY session_id) a ON a.session_id = s.id
        LEFT JOIN (SELECT session_id, sum((seconds + 18) / 36) AS centi FROM credited GROUP BY session_id) c
               ON c.session_id = s.id
        GROUP BY s.city
        """

    static let cityVolunteers = """
        CREATE VIEW ecovol.city_volunteers AS
        SELECT s.city, count(DISTINCT p.person_id) AS volunteers
        FROM ecovol.participations p JOIN ecovol.sessions s ON s.id = p.session_id
        WHERE p.status = 'attended' AND s.status <> 'cancelled'
        GROUP BY s.city
        """
}
