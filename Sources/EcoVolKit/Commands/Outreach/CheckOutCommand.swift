/// `/checkout ID PERSON`: notes when a person left; actual service hours become the time
/// between check-in and check-out.
package struct CheckOutCommand: Command {
    package static let configuration = CommandConfiguration(
        name: "checkout",
        aliases: ["签退"],
        group: .people,
        summary: LocalizedText(zh: "签退（按签到签退时间计算服务时长）", en: "Check a person out (hours from check-in to check-out)"),
        examples: ["/checkout s7k2m9qa 张三", "/签退 s7k2m9qa p3x8n2bd"],
        positionals: [
            OutreachArguments.session.spec, OutreachArguments.person.spec,
        ]
    )

    package init() {}

    package func run(_ invocation: Invocation, context: CommandContext) async throws -> CommandOutput {
        try await CheckInCommand.stamp(invocation, context: context, checkingIn: false)
    }
}
