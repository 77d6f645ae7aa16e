import Foundation
import PostgresNIO

/// How to reach a PostgreSQL server, read from a `postgresql://` URL the way psql reads it:
/// user, password, host, port and database from the URL; a missing password from
/// `$PGPASSWORD`, then `~/.pgpass` (or `$PGPASSFILE`); `sslmode` from the query string or
/// `$PGSSLMODE`; `host=/dir` in the query string for a Unix socket. Coordinators already
/// have these from their IT office, so nothing new to learn.
package struct PostgresSettings: Sendable, Equatable {
    package enum SSLMode: String, Sendable, CaseIterable {
        case disable, allow, prefer, require
        case verifyCA = "verify-ca"
        case verifyFull = "verify-full"
    }

    package var host: String
    package var port: Int
    /// A Unix-socket directory (`host=/var/run/postgresql`), when not TCP.
    package var socketDirectory: String?
    package var user: String
    package var password: String?
    package var database: String
    package var sslMode: SSLMode
    /// `sslrootcert=` for verify-ca / verify-full.
    package var rootCertificate: String?
    package var connectTimeout: Int

    /// Parses `url`, filling gaps from `environment` (PGUSER, PGPASSWORD, PGPASSFILE,
    /// PGSSLMODE, PGCONNECT_TIMEOUT, HOME, USER). Throws a message naming what is wrong.
    package static func parse(_ url: String, environment: [String: String]) throws -> PostgresSettings {
        guard StoreLocation.isServerURL(url), let parts = URLComponents(string: url) else {
            throw StoreError(.cannotConnect, L(.sharedStoreErrorBadURL, ["url": StoreLocation.redacted(url)]))
        }
        var query: [String: String] = [:]
        for item in parts.queryItems ?? [] { query[item.name.lowercased()] = item.value ?? "" }
        let known: Set<String> = [
            "sslmode", "host", "port", "user", "password", "dbname", "sslrootcert", "connect_timeout",
            "application_name",
        ]
        if let unknown = query.keys.sorted().first(where: { !known.contains($0) }) {
            throw StoreError(
                .cannotConnect,
                L(
                    .sharedStoreErrorBadURLParameter,
                    ["name": unknown, "accepted": known.sorted().joined(separator: ", ")]))
        }
        var settings = PostgresSettings(
            host: "localhost", port: 5432, socketDirectory: nil, user: "", password: nil, database: "",
            // Bounds the whole connect (TCP, TLS, start-up, authentication), which a loaded server
            // or a cold cluster can take seconds over; 10 s refused a busy CI machine's first connect.
            sslMode: .prefer, rootCertificate: query["sslrootcert"], connectTimeout: 30)
        let host = query["host"] ?? parts.percentEncodedHost.flatMap { $0.removingPercentEncoding } ?? ""
        if host.hasPrefix("/") {
            settings.socketDirectory = host
        } else if !host.isEmpty {
            settings.host = host
        } else {
            settings.socketDirectory = "/var/run/postgresql"
        }
        if let p = query["port"] ?? parts.port.map(String.init) {
            guard let port = Int(p), (1...65535).contains(port) else {
                throw StoreError(.cannotConnect, L(.sharedStoreErrorBadPort, ["port": p]))
            }
            settings.port = port
        }
        let fallbackUser = environment["PGUSER"] ?? environment["USER"] ?? environment["LOGNAME"] ?? "postgres"
        settings.user = query["user"] ?? parts.user.flatMap { $0.isEmpty ? nil : $0 } ?? fallbackUser
        let path = parts.path.hasPrefix("/") ? String(parts.path.dropFirst()) : parts.path
        settings.database = query["dbname"] ?? (path.isEmpty ? settings.user : path)
        let modeText = query["sslmode"] ?? environment["PGSSLMODE"] ?? "prefer"
        guard let mode = SSLMode(rawValue: modeText.lowercased()) else {
            throw StoreError(
                .cannotConnect,
                L(
                    .sharedStoreErrorBadSSLMode,
                    ["value": modeText, "accepted": SSLMode.allCases.map(\.rawValue).joined(separator: ", ")]))
        }
        settings.sslMode = mode
        if let t = query["connect_timeout"] ?? environment["PGCONNECT_TIMEOUT"], let seconds = Int(t), seconds > 0 {
            settings.connectTimeout = seconds
        }
        settings.password =
            query["password"] ?? parts.password ?? environment["PGPASSWORD"]
            ?? passwordFile(environment: environment).flatMap { lookUp(in: $0, settings) }
        return settings
    }

    /// The text of the password file, when it exists and only its owner may read it (psql
    /// ignores a group- or world-readable one, and so does ecovol).
    static func passwordFile(environment: [String: String]) -> String? {
        let path = environment["PGPASSFILE"] ?? (environment["HOME"] ?? NSHomeDirectory()) + "/.pgpass"
        var info = stat()
        guard stat(path, &info) == 0, info.st_mode & 0o077 == 0 else { return nil }
        return try? String(contentsOfFile: path, encoding: .utf8)
    }

    /// The first `hostname:port:database:username:password` line matching `settings`
    /// (`*` matches anything; `\:` and `\\` are escapes).
    static func lookUp(in text: String, _ settings: PostgresSettings) -> String? {
        let hostName = settings.socketDirectory == nil ? settings.host : "localhost"
        let wanted = [hostName, String(settings.port), settings.database, settings.user]
        for line in text.split(whereSeparator: \.isNewline) where !line.hasPrefix("#") {
            var fields: [String] = [""]
            var escaped = false
            for c in line {
                if escaped {
                    fields[fields.count - 1].append(c)
                    escaped = false
                } else if c == "\\" {
                    escaped = true
                } else if c == ":" {
                    fields.append("")
                } else {
                    fields[fields.count - 1].append(c)
                }
            }
            guard fields.count == 5 else { continue }
            if zip(fields.prefix(4), wanted).allSatisfy({ $0 == "*" || $0 == $1 }) { return fields[4] }
        }
        return nil
    }

    /// The server as messages name it: `host:port/database` (never the password).
    package var displayName: String {
        (socketDirectory.map { "\($0)" } ?? "\(host):\(port)") + "/" + database
    }

    /// The connection configuration postgres-nio takes.
    func configuration() throws -> PostgresConnection.Configuration {
        var configuration: PostgresConnection.Configuration
        if let socketDirectory {
            configuration = .init(
                unixSocketPath: socketDirectory + "/.s.PGSQL.\(port)", username: user, password: password,
                database: database)
        } else {
            configuration = .init(
                host: host, port: port, username: user, password: password, database: database, tls: try tls())
        }
        configuration.options.connectTimeout = .seconds(Int64(connectTimeout))
        configuration.options.additionalStartupParameters = [("application_name", "ecovol")]
        return configuration
    }

    private func tls() throws -> PostgresConnection.Configuration.TLS {
        var tls = TLSConfiguration.makeClientConfiguration()
        switch sslMode {
        case .disable: return .disable
        case .allow, .prefer, .require: tls.certificateVerification = .none
        case .verifyCA: tls.certificateVerification = .noHostnameVerification
        case .verifyFull: tls.certificateVerification = .fullVerification
        }
        if let rootCertificate { tls.trustRoots = .file(rootCertificate) }
        let context: NIOSSLContext
        do { context = try NIOSSLContext(configuration: tls) } catch {
            throw StoreError(.cannotConnect, L(.sharedStoreErrorTls, ["reason": String(describing: error)]))
        }
        return sslMode == .allow || sslMode == .prefer ? .prefer(context) : .require(context)
    }
}
