import Foundation

/// What the framework knows of an argument's value type, kept on its `ArgumentSpec` without
/// the type: what is accepted, the usage placeholder and a check run before the command.
package struct ArgumentValueInfo: Sendable {
    package var accepted: LocalizedText
    package var placeholder: String
    /// Parses and checks one value's text; throws the error the user sees.
    package var check: @Sendable (String, ArgumentEnvironment) throws -> Void
    /// The closed list of values (empty for open ones), shown by `/help`.
    package var choices: [ArgumentChoiceItem] = []
}

/// One typed argument of a command, declared once as a static property and read back as a
/// value: `invocation.value(Self.rating)` is an `Int` already checked against its range.
/// `spec` is what goes into the configuration's `positionals` or `keys`.
package struct CommandArgument<Value: ArgumentValue>: Sendable {
    package let spec: ArgumentSpec
    let validate: @Sendable (Value) -> LocalizedText?
    /// Said instead of the type's sentence when a value is refused (declared `accepted:`).
    let acceptedOverride: LocalizedText?

    package var name: String { spec.name }

    init(
        spec: ArgumentSpec, validate: @escaping @Sendable (Value) -> LocalizedText?,
        acceptedOverride: LocalizedText? = nil
    ) {
        var spec = spec
        spec.value = ArgumentValueInfo(
            accepted: acceptedOverride ?? spec.value?.accepted ?? Value.acceptedValues,
            placeholder: spec.value?.placeholder ?? Value.usagePlaceholder,
            check: { text, environment in
                _ = try CommandArgument.read(text, validate: validate, override: acceptedOverride, in: environment)
            }, choices: Value.choices)
        self.spec = spec
        self.validate = validate
        self.acceptedOverride = acceptedOverride
    }

    /// A `key=value` argument. `required` is enforced before `run`; `prompted` marks one a
    /// dialogue asks for when missing (shown as required in usage, not refused up front).
    package static func key(
        _ name: String, aliases: [String] = [], help: LocalizedText, completion: Completion? = nil,
        required: Bool = false, prompted: Bool = false, accepted: LocalizedText? = nil, placeholder: String? = nil
    ) -> CommandArgument {
        CommandArgument(
            spec: spec(name, aliases, help, completion, required, prompted, variadic: false, placeholder),
            validate: { _ in nil }, acceptedOverride: accepted)
    }

    /// A positional argument; the last one may be `variadic` (all remaining words).
    package static func positional(
        _ name: String, help: LocalizedText, completion: Completion? = nil, required: Bool = false,
        variadic: Bool = false, accepted: LocalizedText? = nil, placeholder: String? = nil
    ) -> CommandArgument {
        CommandArgument(
            spec: spec(name, [], help, completion, required, false, variadic: variadic, placeholder),
            validate: { _ in nil }, acceptedOverride: accepted)
    }

    private static func spec(
        _ name: String, _ aliases: [String], _ help: LocalizedText, _ completion: Completion?, _ required: Bool,
        _ prompted: Bool, variadic: Bool, _ placeholder: String?
    ) -> ArgumentSpec {
        var spec = ArgumentSpec(
            name, aliases: aliases, help: help, completion: completion ?? Value.completion, required: required,
            variadic: variadic)
        spec.isPrompted = prompted
        if let placeholder {
            spec.value = ArgumentValueInfo(accepted: Value.acceptedValues, placeholder: placeholder, check: { _, _ in })
        }
        return spec
    }

    /// The same argument, also refusing values `rule` answers with what is accepted.
    package func checked(_ rule: @escaping @Sendable (Value) -> LocalizedText?) -> CommandArgument {
        let previous = validate
        return CommandArgument(spec: spec, validate: { previous($0) ?? rule($0) }, acceptedOverride: acceptedOverride)
    }

    /// The same argument under another help text (one value type, several meanings).
    package func with(help: LocalizedText) -> CommandArgument {
        var spec = spec
        spec.help = help
        return CommandArgument(spec: spec, validate: validate, acceptedOverride: acceptedOverride)
    }

    static func read(
        _ text: String, validate: @Sendable (Value) -> LocalizedText?, override: LocalizedText?,
        in environment: ArgumentEnvironment
    ) throws -> Value {
        let value: Value
        do {
            value = try Value.parse(argument: text, in: environment)
        } catch let rejection as ArgumentRejection {
            throw override.map { ArgumentRejection(accepted: $0) } ?? rejection
        }
        if let refused = validate(value) { throw ArgumentRejection(accepted: refused) }
        return value
    }

    func read(_ text: String, in environment: ArgumentEnvironment) throws -> Value {
        try CommandArgument.read(text, validate: validate, override: acceptedOverride, in: environment)
    }
}

extension CommandArgument where Value == Int {
    /// An integer argument within `range`; the accepted text says the range.
    package static func key(
        _ name: String, aliases: [String] = [], help: LocalizedText, completion: Completion? = nil,
        required: Bool = false, in range: ClosedRange<Int>
    ) -> CommandArgument {
        let accepted = L(.argIntegerRange, ["min": String(range.lowerBound), "max": String(range.upperBound)])
        return CommandArgument.key(
            name, aliases: aliases, help: help, completion: completion, required: required, accepted: accepted
        ).checked { range.contains($0) ? nil : accepted }
    }
}

extension ArgumentSpec {
    /// What the user may write for this argument: the value type's sentence, else the help.
    package var accepted: LocalizedText { value?.accepted ?? help }

    /// The help line with the closed list of values, if any: `service type: lecture(理论宣讲) …`
    /// in Chinese, `service type: lecture education …` in English.
    package func helpText(_ language: Language) -> String {
        guard let choices = value?.choices, !choices.isEmpty else { return help.text(language) }
        let list = choices.map { choice in
            language == .zh && choice.label.zh != choice.code ? "\(choice.code)（\(choice.label.zh)）" : choice.code
        }
        return help.text(language) + (language == .zh ? "：" : ": ") + list.joined(separator: " ")
    }

    /// How the argument appears in a usage line: `ID`, `[PERIOD]`, `city=…`, `[rating=N]`.
    func usageItem(positional: Bool) -> String {
        let placeholder = value?.placeholder ?? "…"
        let shown: String
        if positional {
            let word = placeholder == "…" || placeholder.contains("|") ? name.uppercased() : placeholder
            shown = isVariadic ? word + "…" : word
        } else {
            shown = name + "=" + placeholder
        }
        return isRequired || isPrompted ? shown : "[" + shown + "]"
    }
}

extension CommandConfiguration {
    /// The usage line made from the declaration: `/name`, the positionals, the required keys,
    /// then the optional ones, each with its placeholder.
    package var generatedUsage: String {
        let keyItems =
            keys.filter { $0.isRequired || $0.isPrompted } + keys.filter { !$0.isRequired && !$0.isPrompted }
        return
            (["/" + name] + positionals.map { $0.usageItem(positional: true) }
            + keyItems.map { $0.usageItem(positional: false) })
            .joined(separator: " ")
    }
}

extension Invocation {
    /// Refuses a missing required argument (naming it and what it accepts) and any value its
    /// type does not accept (naming the argument, the text and what is accepted). Called by
    /// the runner before `run`, so commands never re-check either.
    package func validate(against configuration: CommandConfiguration) throws {
        for (index, spec) in configuration.positionals.enumerated() where spec.isRequired {
            let given =
                index < positionals.count && !positionals[index].text.trimmingCharacters(in: .whitespaces).isEmpty
            if !given { throw CommandFailure.missing(field: spec.name, accepted: spec.accepted) }
        }
        // The words in the order they are typed: `/project frobnicate` is refused for its action
        // before anything is said about the keys after it.
        for (index, token) in positionals.enumerated() {
            let specIndex = min(index, configuration.positionals.count - 1)
            guard specIndex >= 0,
                index < configuration.positionals.count || configuration.positionals[specIndex].isVariadic
            else { continue }
            try check(token, spec: configuration.positionals[specIndex])
        }
        for spec in configuration.keys where spec.isRequired {
            guard let text = string(spec.name), !text.trimmingCharacters(in: .whitespaces).isEmpty else {
                throw CommandFailure.missing(field: spec.name, accepted: spec.accepted)
            }
        }
        for (key, token) in options {
            guard let spec = configuration.keySpec(key) else { continue }
            // An empty value (`audience=`) is given and empty: commands that clear a field read it.
            guard !token.text.trimmingCharacters(in: .whitespaces).isEmpty else { continue }
            try check(token, spec: spec)
        }
    }

    private func check(_ token: ArgumentToken, spec: ArgumentSpec) throws {
        guard let info = spec.value else { return }
        do {
            try info.check(token.text, environment)
        } catch {
            throw Self.refusal(error, field: spec.name, token: token)
        }
    }

    /// What a value's parser threw, as the failure the user sees, pointing at the token: a
    /// command failure keeps its own column if it has one, a domain refusal is mapped, a
    /// rejection names the field and what is accepted. Anything else passes unchanged.
    private static func refusal(_ error: any Error, field: String, token: ArgumentToken) -> any Error {
        var failure: CommandFailure
        switch error {
        case let thrown as CommandFailure: failure = thrown
        case let domain as any DomainError: failure = CommandFailure(domain)
        case let rejection as ArgumentRejection:
            failure = .invalidValue(field: field, value: token.text, accepted: rejection.accepted)
        default: return error
        }
        failure.column = failure.column ?? token.column
        return failure
    }

    /// The token an argument was given as: a key's value, or the positional at the
    /// argument's place in the declaration.
    func token<V>(for argument: CommandArgument<V>) -> ArgumentToken? {
        if let index = positionalNames.firstIndex(of: argument.name) {
            return index < positionals.count ? positionals[index] : nil
        }
        return token(argument.name)
    }

    /// The typed value, nil when the argument was not given. A refused value throws the
    /// same failure the framework's check does.
    package func value<V>(_ argument: CommandArgument<V>) throws -> V? {
        guard let token = token(for: argument) else { return nil }
        do {
            return try argument.read(token.text, in: environment)
        } catch {
            throw Self.refusal(error, field: argument.name, token: token)
        }
    }

    /// The typed value or `fallback` when not given.
    package func value<V>(_ argument: CommandArgument<V>, default fallback: V) throws -> V {
        try value(argument) ?? fallback
    }

    /// The typed value of a required argument (the runner refused its absence already; a
    /// direct caller gets the same refusal).
    package func required<V>(_ argument: CommandArgument<V>) throws -> V {
        guard let token = token(for: argument), !token.text.trimmingCharacters(in: .whitespaces).isEmpty,
            let value = try value(argument)
        else { throw CommandFailure.missing(field: argument.name, accepted: argument.spec.accepted) }
        return value
    }

    /// Every value of a variadic positional, from its place to the end.
    package func values<V>(_ argument: CommandArgument<V>) throws -> [V] {
        guard let index = positionalNames.firstIndex(of: argument.name), index < positionals.count else { return [] }
        return try positionals[index...].map { token in
            do {
                return try argument.read(token.text, in: environment)
            } catch {
                throw Self.refusal(error, field: argument.name, token: token)
            }
        }
    }
}
