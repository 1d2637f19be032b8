import Diagnostics
import Foundation
import GRDB

extension Engine {
    /// Takes a document changed after export off the attention list: an operator has seen
    /// the change (and told the partner, or decided nothing is needed). Recorded in the
    /// activity log with the reason; a later attempt that amends it again asks again.
    /// `key` is the whole business key or its last parts (`SO-1001`), as `ferry log --key`.
    /// - Returns: the whole key acknowledged.
    /// - Throws: `FerryError` `CONSOLE-005` when the file has no such document awaiting attention.
    @discardableResult
    public func acknowledge(fileId: Int64, key: String, reason: String) throws -> String {
        let now = context.now()
        return try context.ledger.write { db in
            guard let found = try context.ledger.consoleAmendedAwaiting(fileId: fileId, key: key, db) else {
                throw FerryError(.consoleNoAmendment, ["id": "\(fileId)", "key": key])
            }
            try Activity.log(db, at: now, flow: found.flow, fileId: fileId, action: "acknowledged", key: found.key, detail: reason)
            return found.key
        }
    }
}
