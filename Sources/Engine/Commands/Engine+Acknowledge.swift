import Diagnostics
import Foundation
import Glibc

extension Engine {
    /// Takes a document changed after export off the attention list: an operator has seen
    /// the change (and told the partner, or decided nothing is needed). Recorded in the
    /// activity log with the reason and who (`actor`; nil: this process's OS user) and in the
    /// file's status record (`acknowledged`); a later attempt that amends it again asks again.
    /// `key` is the whole business key or its last parts (`SO-1001`), as `ferry log --key`.
    /// - Returns: the whole key acknowledged.
    /// - Throws: `FerryError` `CONSOLE-005` when the file has no such document awaiting attention.
    @discardableResult
    public func acknowledge(fileId: Int64, key: String, reason: String, actor: String? = nil) throws -> String {
        guard
            let acknowledged = try context.ledger.acknowledgeAmendment(
                fileId: fileId, key: key, reason: reason, at: context.now(), actor: actor ?? Engine.osUser)
        else {
            throw FerryError(.consoleNoAmendment, ["id": "\(fileId)", "key": key])
        }
        // The status record carries it, as it carries a resolution (docs/status-record.md).
        try StatusRecordWriter(context: context).write(fileId: fileId)
        return acknowledged
    }
}

extension Engine {
    /// The user this process runs as (recorded as who resolved, reprocessed or acknowledged
    /// from the command line); `uid N` when the system has no name for it.
    public static var osUser: String {
        if let entry = getpwuid(getuid()), let name = entry.pointee.pw_name { return String(cString: name) }
        return "uid \(getuid())"
    }
}

extension ReprocessRequest {
    func with(actor: String) -> ReprocessRequest {
        var request = self
        request.actor = actor
        return request
    }
}
