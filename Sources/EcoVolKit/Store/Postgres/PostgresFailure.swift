import Foundation
import PostgresNIO

/// Turns what postgres-nio throws into a `StoreError` a coordinator can act on, in both
/// languages: the server is not reachable, the password is wrong, the database does not
/// exist, the schema is missing, a rule refused the write. Never an internal error name.
enum PostgresFailure {
    /// SQLSTATE of a server error, if the error came from the server.
    static func sqlState(_ error: any Error) -> String? {
        (error as? PSQLError)?.serverInfo?[.sqlState]
    }

    static func serverMessage(_ error: any Error) -> String? {
        (error as? PSQLError)?.serverInfo?[.message]
    }

    /// True when the connection cannot be used any more (dropped, closed, never made).
    static func isConnectionLoss(_ error: any Error) -> Bool {
        if error is PostgresDeadline.Expired || error is PostgresDeadline.Lost { return true }
        guard let error = error as? PSQLError else { return false }
        switch error.code {
        case .server:
            return ["57P01", "57P02", "57P03", "08006", "08003", "08000"].contains(error.serverInfo?[.sqlState] ?? "")
        default: return true
        }
    }

    /// The message for a failure while connecting to `settings`.
    static func connecting(_ error: any Error, _ settings: PostgresSettings) -> StoreError {
        if let mapped = error as? StoreError { return mapped }
        let server = settings.displayName
        if let expired = error as? PostgresDeadline.Expired {
            return StoreError(
                .cannotConnect, L(.sharedStoreErrorNoAnswer, ["server": server, "seconds": String(expired.seconds)]))
        }
        switch sqlState(error) {
        case "28P01":
            return StoreError(
                .cannotConnect, L(.sharedStoreErrorPassword, ["user": settings.user, "server": server]))
        case "28000":
            return StoreError(
                .cannotConnect,
                L(
                    .sharedStoreErrorNotAllowed,
                    ["user": settings.user, "server": server, "reason": serverMessage(error) ?? ""]))
        case "3D000":
            return StoreError(
                .cannotConnect, L(.sharedStoreErrorNoDatabase, ["database": settings.database, "server": server]))
        case "57P03":
            return StoreError(.cannotConnect, L(.sharedStoreErrorStarting, ["server": server]))
        case "53300":
            return StoreError(.cannotConnect, L(.sharedStoreErrorTooMany, ["server": server]))
        default:
            break
        }
        if let psql = error as? PSQLError {
            switch psql.code {
            case .authMechanismRequiresPassword:
                return StoreError(
                    .cannotConnect, L(.sharedStoreErrorNeedsPassword, ["user": settings.user, "server": server]))
            case .sslUnsupported:
                return StoreError(.cannotConnect, L(.sharedStoreErrorSslUnsupported, ["server": server]))
            default:
                break
            }
        }
        return StoreError(
            .cannotConnect, L(.sharedStoreErrorUnreachable, ["server": server, "reason": reason(error)]))
    }

    /// The message for a failure while reading or writing once connected.
    static func working(_ error: any Error, _ settings: PostgresSettings, writing: Bool) -> StoreError {
        if let mapped = error as? StoreError { return mapped }
        let server = settings.displayName
        switch sqlState(error) {
        case "42501":
            return StoreError(
                .refused,
                L(.sharedStoreErrorPermission, ["user": settings.user, "reason": serverMessage(error) ?? ""]))
        case "3F000", "42P01":
            return StoreError(.notInitialised, L(.sharedStoreErrorNotInitialised, ["server": server]))
        case "25006":
            return StoreError(.readOnly, L(.sharedStoreErrorReadOnlyServer, ["server": server]))
        default:
            break
        }
        if let expired = error as? PostgresDeadline.Expired {
            return StoreError(
                writing ? .writeFailed : .cannotConnect,
                L(
                    writing ? .sharedStoreErrorNoAnswerWhileSaving : .sharedStoreErrorNoAnswer,
                    ["server": server, "seconds": String(expired.seconds)]))
        }
        if isConnectionLoss(error) {
            return StoreError(
                writing ? .writeFailed : .cannotConnect,
                L(
                    writing ? .sharedStoreErrorLostWhileSaving : .sharedStoreErrorLost,
                    ["server": server, "reason": reason(error)]))
        }
        return StoreError(
            writing ? .writeFailed : .cannotConnect,
            L(.sharedStoreErrorServer, ["server": server, "reason": serverMessage(error) ?? reason(error)]))
    }

    /// A short reason: the server's message, the socket error, or postgres-nio's code.
    static func reason(_ error: any Error) -> String {
        if let expired = error as? PostgresDeadline.Expired { return "no answer within \(expired.seconds) s" }
        if error is PostgresDeadline.Lost { return "the connection closed" }
        if let psql = error as? PSQLError {
            if let message = psql.serverInfo?[.message] { return message }
            // A lost connection can carry the error that closed it, itself a PSQLError, whose
            // description is postgres-nio's generic text: read the inner one instead.
            if let underlying = psql.underlying { return reason(underlying) }
            return String(describing: psql.code)
        }
        return String(describing: error)
    }
}
