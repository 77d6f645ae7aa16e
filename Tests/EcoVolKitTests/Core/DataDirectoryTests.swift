import Foundation
import Testing

@testable import EcoVolKit

/// Where the data goes: `--store`, then `$ECOVOL_STORE`, then `$XDG_DATA_HOME/ecovol`, then
/// `~/.local/share/ecovol`. Every case reads a made-up environment, never the real one.
@Suite struct DataDirectoryResolutionTests {
    static let full = [
        "ECOVOL_STORE": "/srv/ecovol", "XDG_DATA_HOME": "/data/xdg", "HOME": "/home/zhang",
    ]

    static func resolved(_ explicit: String?, _ environment: [String: String]) -> String {
        DataDirectory.resolve(explicit: explicit, environment: environment).path
    }

    @Test func eachSourceWinsOverTheOnesAfterIt() {
        #expect(Self.resolved("/tmp/mine", Self.full) == "/tmp/mine")
        #expect(Self.resolved(nil, Self.full) == "/srv/ecovol")
        var noStore = Self.full
        noStore["ECOVOL_STORE"] = nil
        #expect(Self.resolved(nil, noStore) == "/data/xdg/ecovol")
        noStore["XDG_DATA_HOME"] = nil
        #expect(Self.resolved(nil, noStore) == "/home/zhang/.local/share/ecovol")
    }

    @Test func anEmptySettingCountsAsNotSet() {
        #expect(Self.resolved("", Self.full) == "/srv/ecovol")
        #expect(Self.resolved(nil, ["ECOVOL_STORE": "", "XDG_DATA_HOME": "/x", "HOME": "/h"]) == "/x/ecovol")
        #expect(
            Self.resolved(nil, ["ECOVOL_STORE": "", "XDG_DATA_HOME": "", "HOME": "/h"]) == "/h/.local/share/ecovol")
        // With no usable HOME the process's own home directory is used.
        #expect(Self.resolved(nil, ["HOME": ""]) == NSHomeDirectory() + "/.local/share/ecovol")
        #expect(Self.resolved(nil, [:]) == NSHomeDirectory() + "/.local/share/ecovol")
    }

    /// The XDG specification says a relative `$XDG_DATA_HOME` is invalid and must be ignored.
    @Test func aRelativeXDGDataHomeIsIgnored() {
        for relative in ["xdg", "./xdg", "../data", "~/xdg", "data/share"] {
            #expect(
                Self.resolved(nil, ["XDG_DATA_HOME": relative, "HOME": "/home/li"]) == "/home/li/.local/share/ecovol",
                "\(relative)")
        }
    }

    /// `--store` and `$ECOVOL_STORE` are used as given, relative or not; only a leading `~`
    /// is the home directory (`--store=~/d` reaches ecovol unexpanded).
    @Test func explicitPathsAreUsedAsGivenWithTheHomeTildeExpanded() {
        let env = ["HOME": "/home/zhang"]
        #expect(Self.resolved("store", env) == "store")
        #expect(Self.resolved("./a/b", env) == "./a/b")
        #expect(Self.resolved("~", env) == "/home/zhang")
        #expect(Self.resolved("~/ecovol", env) == "/home/zhang/ecovol")
        #expect(Self.resolved(nil, ["ECOVOL_STORE": "~/数据", "HOME": "/home/zhang"]) == "/home/zhang/数据")
        #expect(Self.resolved("/a/~/b", env) == "/a/~/b")
        #expect(Self.resolved("~/d", ["HOME": ""]) == NSHomeDirectory() + "/d")
    }

    /// `~li` is li's home directory, which ecovol does not look up: it must not become
    /// `/home/zhangli`, someone else's path built out of the current user's home.
    @Test func anotherUsersTildeIsNotGluedToThisHome() {
        let env = ["HOME": "/home/zhang"]
        #expect(Self.resolved("~li/store", env) == "~li/store")
        #expect(Self.resolved(nil, ["ECOVOL_STORE": "~li", "HOME": "/home/zhang"]) == "~li")
    }

    @Test func thePromptNameIsTheLastComponentAndTheHistoryLivesInside() {
        #expect(DataDirectory(path: "/home/zhang/.local/share/ecovol").displayName == "ecovol")
        #expect(DataDirectory(path: "/tmp/演示/").displayName == "演示")
        #expect(DataDirectory(path: "store").displayName == "store")
        #expect(DataDirectory(path: "/").displayName == "/")
        #expect(DataDirectory(path: "/srv/ecovol").historyFile == "/srv/ecovol/history")
    }

    @Test func failuresNameThePathInBothLanguages() {
        let notDirectory = DataDirectory.Failure.notDirectory(path: "/srv/ecovol")
        #expect(notDirectory.message == LocalizedText(zh: "/srv/ecovol 不是目录。", en: "/srv/ecovol is not a directory."))
        #expect(notDirectory.field == nil && notDirectory.column == nil)
        let cannot = DataDirectory.Failure.cannotCreate(path: "/srv/ecovol", reason: "Permission denied")
        #expect(cannot.code == "store.cannotCreate")
        #expect(cannot.message.zh == "无法创建目录 /srv/ecovol：Permission denied")
        #expect(cannot.message.en == "Cannot create directory /srv/ecovol: Permission denied")
    }

    @Test func anExistingDirectoryIsLeftAsItIs() throws {
        let dir = NSTemporaryDirectory() + "ecovol-dd-existing-" + UUID().uuidString
        try FileManager.default.createDirectory(
            atPath: dir, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o750])
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try DataDirectory(path: dir).ensureExists()
        // Its mode is the user's choice once it exists: only a new directory is made private.
        let mode = try FileManager.default.attributesOfItem(atPath: dir)[.posixPermissions] as? Int
        #expect(mode == 0o750)
    }
}
