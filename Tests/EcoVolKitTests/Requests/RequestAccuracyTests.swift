import Foundation
import Testing

@testable import EcoVolKit

/// Measures the interpreter on the labelled set, both halves reported per command: the
/// right command (a question counts as right when it is not taken as a request), the right
/// arguments, and — the one error never allowed — a question turned into a change.
@MainActor
@Suite struct RequestAccuracyTests {
    struct Tally {
        var total = 0, command = 0, arguments = 0
    }

    static func argumentsMatch(_ p: RequestProposal, _ c: LabelledRequest) -> Bool {
        guard p.positionals == c.positionals else { return false }
        var actual: [String: String] = [:]
        for a in p.arguments { actual[a.key] = a.value }
        for (k, v) in c.arguments {
            guard let got = actual[k] else { return false }
            if v != "*", got != v { return false }
        }
        // Only the fields the words gave: nothing invented.
        // (a title and a county the words imply are not inventions).
        let allowedExtra: Set<String> = c.command == "schedule" ? ["title", "county"] : []
        return actual.keys.allSatisfy { c.arguments[$0] != nil || allowedExtra.contains($0) }
    }

    func measure(_ cases: [LabelledRequest], label: String) -> (
        tallies: [String: Tally], changes: [String], failures: [String]
    ) {
        let interpreter = RequestFixture.interpreter(RequestFixture.state())
        var tallies: [String: Tally] = [:]
        var changes: [String] = []
        var failures: [String] = []
        for c in cases {
            let key = c.command ?? "question"
            var tally = tallies[key] ?? Tally()
            tally.total += 1
            let reading = interpreter.interpret(c.text)
            if let command = c.command {
                if reading.decision == .request, let best = reading.best, best.command == command {
                    tally.command += 1
                    if Self.argumentsMatch(best, c) {
                        tally.arguments += 1
                    } else {
                        failures.append("[\(label)] args  \(c.text) → \(best.line)")
                    }
                } else {
                    failures.append("[\(label)] cmd   \(c.text) → \(reading.decision) \(reading.best?.line ?? "")")
                }
            } else {
                if reading.decision == .request, let best = reading.best {
                    if best.changesRecords { changes.append(c.text + " → " + best.line) }
                    failures.append("[\(label)] quest \(c.text) → \(best.line)")
                } else {
                    tally.command += 1
                    tally.arguments += 1
                }
            }
            tallies[key] = tally
        }
        return (tallies, changes, failures)
    }

    func report(_ tallies: [String: Tally], label: String) -> (command: Double, arguments: Double) {
        var lines = ["\(label): command, arguments right per command"]
        var total = Tally()
        for (k, t) in tallies.sorted(by: { $0.key < $1.key }) {
            lines.append(
                String(
                    format: "  %@ %3d  command %5.1f %%  arguments %5.1f %%", k as NSString, t.total,
                    100.0 * Double(t.command) / Double(t.total), 100.0 * Double(t.arguments) / Double(t.total)))
            total.total += t.total
            total.command += t.command
            total.arguments += t.arguments
        }
        let c = Double(total.command) / Double(total.total)
        let a = Double(total.arguments) / Double(total.total)
        lines.append(
            String(
                format: "  %@ %3d  command %5.1f %%  arguments %5.1f %%", "all" as NSString, total.total, 100 * c,
                100 * a))
        print(lines.joined(separator: "\n"))
        return (c, a)
    }

    @Test func labelledSetIsLargeAndCoversEveryRecordCommand() {
        #expect(LabelledRequests.all.count >= 150)
        #expect(HeldOutRequests.all.count >= 60)
        let commands = Set(LabelledRequests.all.compactMap(\.command))
        for c in [
            "schedule", "log", "done", "cancel", "edit", "person", "report", "sessions", "outline", "certificate",
            "stars", "people", "export",
        ] {
            #expect(commands.contains(c), "no labelled case for \(c)")
        }
        #expect(LabelledRequests.all.filter { $0.command == nil }.count >= 40)
    }

    @Test(arguments: ["tuning", "held-out", "probe"])
    func accuracy(half: String) {
        let cases =
            half == "tuning" ? LabelledRequests.all : half == "held-out" ? HeldOutRequests.all : ProbeRequests.all
        let result = measure(cases, label: half)
        for f in result.failures { print(f) }
        let (command, arguments) = report(result.tallies, label: half)
        // The request-or-question decision, both ways.
        let interpreter = RequestFixture.interpreter(RequestFixture.state())
        let requests = cases.filter { $0.command != nil }
        let questions = cases.filter { $0.command == nil }
        let asRequests = requests.filter { interpreter.interpret($0.text).decision == .request }.count
        let asQuestions = questions.filter { interpreter.interpret($0.text).decision != .request }.count
        print(
            "\(half): requests read as requests \(asRequests)/\(requests.count), questions kept as questions \(asQuestions)/\(questions.count)"
        )
        #expect(Double(asRequests) / Double(max(1, requests.count)) >= 0.90)
        #expect(result.changes.isEmpty, "questions turned into changes: \(result.changes)")
        #expect(command >= 0.90, "right command \(command)")
        #expect(arguments >= 0.85, "right arguments \(arguments)")
    }
}
