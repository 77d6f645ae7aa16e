import Foundation
import Testing

@testable import EcoVolKit

/// The messages chosen at run time: each is a function of the value it depends on, so every
/// value has its own message and none is put together from a string.
@Suite("Messages chosen at run time")
struct MessageKeyMappingTests {
    @Test func everyLostPieceOfASnapshotIsNamedByItsKind() {
        let kinds: [SnapshotSalvage.SetAside.Kind] = [.header, .project, .person, .session, .participation, .unknown]
        #expect(kinds.map { L($0.label).zh } == ["文件头", "项目", "人员", "活动", "参与记录", "记录"])
        #expect(kinds.map { L($0.label).en } == ["header", "project", "person", "session", "participation", "record"])
    }

    @Test func aFailedSystemCallNamesThePathAndTheReasonInBothLanguages() {
        let failures: [StoreError.SystemFailure] = [
            .cannotCreate, .cannotLock, .corruptSnapshot, .corruptJournal, .readOnly, .writeFailed, .backupFailed,
        ]
        for failure in failures {
            let error = StoreError.system(failure, path: "/data/ecovol/journal.jsonl", errno: ENOSPC)
            #expect(error.code == "store.\(failure)", "\(failure)")
            #expect(error.message.zh.contains("/data/ecovol/journal.jsonl"), "\(failure)")
            #expect(error.message.en.contains("/data/ecovol/journal.jsonl"), "\(failure)")
            // errno is explained in each language, not only as the C library's English.
            #expect(error.message.zh.contains("磁盘空间已满"), "\(failure): \(error.message.zh)")
            #expect(error.message.en.contains("the disk is full"), "\(failure): \(error.message.en)")
            #expect(!error.message.zh.contains("{") && !error.message.en.contains("{"), "\(failure)")
        }
        #expect(Set(failures.map(\.message)).count == failures.count)
    }

    @Test func exactlyTheRefusalsAFlagConfirmsHaveAQuestion() {
        let refusals: [SessionTimeError] = [
            .pastStart(value: "6月5日", resolved: "2026-06-05"), .endBeforeStart(value: "08:00", start: "09:30"),
            .notAfterStart(field: "duration", value: "0h"), .overMaximum(field: "duration", value: "30h"),
            .long(field: "duration", hours: CentiHours(seconds: 13 * 3600)),
        ]
        for refusal in refusals {
            #expect((refusal.confirmFlag == nil) == (refusal.confirmQuestion == nil), "\(refusal)")
        }
        #expect(refusals.compactMap(\.confirmQuestion) == [.rulesAskPast, .rulesAskOvernight, .rulesAskLong])
        #expect(refusals.compactMap(\.confirmFlag) == ["past", "overnight", "long"])
    }
}
