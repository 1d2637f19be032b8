import Canonical
import Configuration
import Foundation

/// Where things live under a Ferry root.
///
/// ```
/// ferry.yml
/// inbox/<flow>/                 files arrive here
/// inbox/<flow>/.ferry-work/     claimed files, one folder per process and claim
/// outbox/<flow>/<target>/       payloads for partners
/// archive/<flow>/yyyy/mm/dd/    processed inputs, <name>.status.json, payload copies
/// .ferry/ledger.sqlite          the ledger
/// ```
public struct RootLayout: Sendable {
    public let root: String

    public init(root: String) {
        let absolute = root.hasPrefix("/") ? root : FileManager.default.currentDirectoryPath + "/" + root
        self.root = (absolute as NSString).standardizingPath
    }

    public var configPath: String { root + "/ferry.yml" }
    public var stateDirectory: String { root + "/.ferry" }
    public var ledgerPath: String { stateDirectory + "/ledger.sqlite" }

    public func resolve(_ path: String) -> String {
        path.hasPrefix("/") ? path : root + "/" + path
    }

    public func inbox(_ flow: FlowConfig) -> String { resolve(flow.inbox) }
    public func workDirectory(_ flow: FlowConfig) -> String { inbox(flow) + "/.ferry-work" }
    public func outbox(_ target: TargetConfig) -> String { resolve(target.outbox) }
    public func archiveDirectory(flow: String) -> String { root + "/archive/" + flow }

    /// `archive/<flow>/yyyy/mm/dd` for a UTC day.
    public func archiveDirectory(flow: String, day: Date) -> String {
        archiveDirectory(flow: flow) + "/" + UTCText.text(day, .dayFolder)
    }

    /// The folder of a day's archive that holds Ferry's own copy of every payload, one
    /// sub-folder per target. An input is never archived under this name (`Archiver`).
    public static let payloadCopiesFolder = "payloads"

    /// `archive/<flow>/yyyy/mm/dd/payloads/<target>` for a day's archive folder.
    public static func payloadCopies(inDay folder: String, target: String) -> String {
        folder + "/" + payloadCopiesFolder + "/" + target
    }

    /// A path relative to the root, for records and messages.
    public func relative(_ path: String) -> String {
        path.hasPrefix(root + "/") ? String(path.dropFirst(root.count + 1)) : path
    }
}
