import CSQLite
import EcoVolKit
import Foundation

/// A minimal wrapper over the system SQLite: just what the reference runs need.
public final class SQLiteDB: @unchecked Sendable {
    public struct Failure: Error, CustomStringConvertible {
        public var description: String
    }

    let handle: OpaquePointer

    public init(path: String) throws {
        var db: OpaquePointer?
        guard sqlite3_open_v2(path, &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nil) == SQLITE_OK, let db else {
            throw Failure(description: "cannot open \(path)")
        }
        handle = db
    }

    deinit { sqlite3_close_v2(handle) }

    public static var version: String { String(cString: sqlite3_libversion()) }

    public func exec(_ sql: String) throws {
        var message: UnsafeMutablePointer<CChar>?
        if sqlite3_exec(handle, sql, nil, nil, &message) != SQLITE_OK {
            let text = message.map { String(cString: $0) } ?? "?"
            sqlite3_free(message)
            throw Failure(description: "\(text) in \(sql)")
        }
    }

    public func prepare(_ sql: String) throws -> Statement {
        var stmt: OpaquePointer?
        guard sqlite3_prepare_v3(handle, sql, -1, UInt32(SQLITE_PREPARE_PERSISTENT), &stmt, nil) == SQLITE_OK, let stmt else {
            throw Failure(description: String(cString: sqlite3_errmsg(handle)) + " in \(sql)")
        }
        return Statement(stmt, db: handle)
    }

    public final class Statement: @unchecked Sendable {
        let stmt: OpaquePointer
        let db: OpaquePointer

        init(_ stmt: OpaquePointer, db: OpaquePointer) {
            self.stmt = stmt
            self.db = db
        }

        deinit { sqlite3_finalize(stmt) }

        public func reset() {
            sqlite3_reset(stmt)
            sqlite3_clear_bindings(stmt)
        }

        public func bind(_ index: Int32, _ text: String) {
            sqlite3_bind_text(stmt, index, text, -1, csqlite_transient())
        }

        public func bind(_ index: Int32, _ value: Double) {
            sqlite3_bind_double(stmt, index, value)
        }

        /// Steps to the end; returns the number of rows.
        @discardableResult
        public func run() throws -> Int {
            var rows = 0
            while true {
                let rc = sqlite3_step(stmt)
                if rc == SQLITE_ROW { rows += 1; continue }
                if rc == SQLITE_DONE { break }
                throw Failure(description: String(cString: sqlite3_errmsg(db)))
            }
            return rows
        }

        /// The first column of the first row as a double.
        public func double() throws -> Double {
            let rc = sqlite3_step(stmt)
            guard rc == SQLITE_ROW else {
                if rc == SQLITE_DONE { return 0 }
                throw Failure(description: String(cString: sqlite3_errmsg(db)))
            }
            let value = sqlite3_column_double(stmt, 0)
            sqlite3_reset(stmt)
            return value
        }
    }
}

/// The SQLite reference: FTS5 with the trigram tokenizer over the same entries, and a WAL,
/// synchronous=FULL participation table holding the same records as the JSON store.
public enum SQLiteReference {
    /// An in-memory FTS5 trigram table over title, keywords (with the English title and
    /// summary) and body, filled in one transaction.
    public static func fts5(_ entries: [KnowledgeEntry]) throws -> SQLiteDB {
        let db = try SQLiteDB(path: ":memory:")
        try db.exec("CREATE VIRTUAL TABLE kb USING fts5(title, keywords, body, tokenize='trigram')")
        try db.exec("BEGIN")
        let insert = try db.prepare("INSERT INTO kb(title, keywords, body) VALUES (?, ?, ?)")
        for e in entries {
            insert.reset()
            insert.bind(1, e.title)
            insert.bind(2, (e.keywords + [e.titleEn, e.summaryEn]).joined(separator: " "))
            insert.bind(3, e.body)
            try insert.run()
        }
        try db.exec("COMMIT")
        return db
    }

    /// The query the design note's baseline used: OR of every 3-character window of each
    /// term (a term shorter than 3 characters matches nothing under trigram); nil when the
    /// question has no such window.
    public static func fts5Match(_ query: String) -> String? {
        var grams: [String] = []
        for term in query.lowercased().split(whereSeparator: { $0.isWhitespace || $0.isPunctuation }) {
            let chars = Array(term)
            guard chars.count >= 3 else { continue }
            for i in 0...(chars.count - 3) {
                let gram = String(chars[i..<(i + 3)]).replacingOccurrences(of: "\"", with: "\"\"")
                grams.append("\"\(gram)\"")
            }
        }
        return grams.isEmpty ? nil : grams.joined(separator: " OR ")
    }

    public static func fts5Search(_ db: SQLiteDB) throws -> SQLiteDB.Statement {
        try db.prepare("SELECT rowid FROM kb WHERE kb MATCH ? ORDER BY bm25(kb, 3.0, 2.0, 1.0) LIMIT 10")
    }

    /// Opens a participation database with the settings the comparison is about.
    public static func openParticipations(_ path: String) throws -> SQLiteDB {
        let db = try SQLiteDB(path: path)
        try db.exec("PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL;")
        return db
    }

    /// The cached database with the same participation rows as the store of that size.
    public static func participationsDatabase(_ participations: Int) throws -> String {
        let path = BenchPaths.data + "/sqlite-\(participations)-\(StoreData.version).db"
        let marker = path + ".complete"
        if FileManager.default.fileExists(atPath: marker) { return path }
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
        let db = try openParticipations(path)
        try db.exec("""
            CREATE TABLE participation(session TEXT NOT NULL, person TEXT NOT NULL, role TEXT NOT NULL, status TEXT NOT NULL,
              scheduled REAL NOT NULL, actual REAL NOT NULL, logged TEXT NOT NULL, PRIMARY KEY(session, person));
            CREATE INDEX participation_person ON participation(person);
            """)
        try db.exec("BEGIN")
        let insert = try insertStatement(db)
        for p in StoreData.rows(participations) { try insert(p) }
        try db.exec("COMMIT")
        try db.exec("PRAGMA wal_checkpoint(TRUNCATE)")
        _ = FileManager.default.createFile(atPath: marker, contents: Data())
        return path
    }

    /// Copies the cached database (with its WAL) for a benchmark that writes.
    public static func copyParticipations(_ participations: Int, name: String) throws -> String {
        let source = try participationsDatabase(participations)
        let target = BenchPaths.scratch(name) + "/participations.db"
        try BenchPaths.copy(source, to: target)
        return target
    }

    public static func insertStatement(_ db: SQLiteDB) throws -> (Participation) throws -> Void {
        let insert = try db.prepare("INSERT INTO participation VALUES (?, ?, ?, ?, ?, ?, ?)")
        return { p in
            insert.reset()
            insert.bind(1, p.session)
            insert.bind(2, p.person)
            insert.bind(3, p.role.rawValue)
            insert.bind(4, p.status.rawValue)
            insert.bind(5, p.scheduledHours)
            insert.bind(6, p.actualHours)
            insert.bind(7, ISOTimestamp.format(p.logged))
            try insert.run()
        }
    }

    public static func totalStatement(_ db: SQLiteDB) throws -> SQLiteDB.Statement {
        try db.prepare("SELECT coalesce(sum(actual), 0) FROM participation WHERE person = ? AND status = 'attended'")
    }
}
