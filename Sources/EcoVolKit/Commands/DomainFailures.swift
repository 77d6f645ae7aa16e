/// The command boundary for domain errors: a refusal by a rule outside the command layer
/// (`FieldError`, `SessionTimeError`, `ExportError`, `CertificateError`, …) becomes the
/// command failure the user sees — the same code, message and field, exit status 1.
extension CommandFailure {
    package init(_ error: some DomainError) {
        self.init(code: error.code, message: error.message, field: error.field)
    }

    /// `error` as a command presents it: a command failure (or any `EcoVolError`) as it is, a
    /// domain error mapped, nil for anything else.
    static func presentable(_ error: any Error) -> (any EcoVolError)? {
        if let failure = error as? any EcoVolError { return failure }
        if let refusal = error as? any DomainError { return CommandFailure(refusal) }
        return nil
    }
}
