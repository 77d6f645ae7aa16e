import Foundation

/// Everything that can go wrong with the store, each with a message that says what happened
/// to the user's data and what to do next. A write that fails is never reported as saved.
package struct StoreError: EcoVolError, Equatable {
    package enum Kind: String, Sendable {
        case cannotCreate, cannotLock, corruptSnapshot, corruptJournal, newerSchema, readOnly
        case writeFailed, insufficientSpace, journalMismatch, undoConflict, nothingToUndo, backupFailed
        case cannotConnect, refused, notInitialised
    }

    package var kind: Kind
    package var message: LocalizedText
    package var code: String { "store." + kind.rawValue }

    package init(_ kind: Kind, _ message: LocalizedText) {
        self.kind = kind
        self.message = message
    }

    /// The kinds a failed system call is reported as, each with its message.
    enum SystemFailure: Sendable {
        case cannotCreate, cannotLock, corruptSnapshot, corruptJournal, readOnly, writeFailed, backupFailed

        var kind: Kind {
            switch self {
            case .cannotCreate: .cannotCreate
            case .cannotLock: .cannotLock
            case .corruptSnapshot: .corruptSnapshot
            case .corruptJournal: .corruptJournal
            case .readOnly: .readOnly
            case .writeFailed: .writeFailed
            case .backupFailed: .backupFailed
            }
        }

        var message: MessageKey {
            switch self {
            case .cannotCreate: .storeErrorCannotCreate
            case .cannotLock: .storeErrorCannotLock
            case .corruptSnapshot: .storeErrorCorruptSnapshot
            case .corruptJournal: .storeErrorCorruptJournal
            case .readOnly: .storeErrorReadOnly
            case .writeFailed: .storeErrorWriteFailed
            case .backupFailed: .storeErrorBackupFailed
            }
        }
    }

    /// A failed system call on `path`, with errno explained in both languages.
    static func system(_ failure: SystemFailure, path: String, errno code: Int32) -> StoreError {
        StoreError(
            failure.kind,
            L(failure.message, ["path": path, "reason": "\(errnoText(code).zh)"])
                .mapEnglish(L(failure.message, ["path": path, "reason": errnoText(code).en])))
    }

    static func errnoText(_ code: Int32) -> LocalizedText {
        let en = String(cString: strerror(code))
        switch code {
        case ENOSPC: return LocalizedText(zh: "磁盘空间已满（\(en)）", en: "the disk is full (\(en))")
        case EFBIG: return LocalizedText(zh: "文件超过了允许的大小（\(en)）", en: "the file size limit was reached (\(en))")
        case EROFS: return LocalizedText(zh: "文件系统是只读的（\(en)）", en: "the file system is read-only (\(en))")
        case EACCES, EPERM: return LocalizedText(zh: "没有写入权限（\(en)）", en: "permission denied (\(en))")
        case EDQUOT: return LocalizedText(zh: "超出了磁盘配额（\(en)）", en: "the disk quota is exceeded (\(en))")
        case EIO: return LocalizedText(zh: "磁盘读写错误（\(en)）", en: "an input/output error (\(en))")
        default: return LocalizedText(zh: en, en: en)
        }
    }
}

extension LocalizedText {
    /// This text's Chinese with another's English.
    func mapEnglish(_ other: LocalizedText) -> LocalizedText { LocalizedText(zh: zh, en: other.en) }
}
