import Diagnostics
import Foundation

extension Engine {
    /// Takes a document changed after export off the attention list: an operator has seen
    /// the change (and told the partner, or decided nothing is needed). Recorded in the
    /// activity log with the reason; a later attempt that amends it again asks again.
    /// `key` is the whole business key or its last parts (`SO-1001`), as `ferry log --key`.
    /// - Returns: the whole key acknowledged.
    /// - Throws: `FerryError` `CONSOLE-005` when the file has no such document awaiting attention.
    @discardableResult
    public func acknowledge(fileId: Int64, key: String, reason: String) throws -> String {
        guard let acknowledged = try context.ledger.acknowledgeAmendment(fileId: fileId, key: key, reason: reason, at: context.now()) else {
            throw FerryError(.consoleNoAmendment, ["id": "\(fileId)", "key": key])
        }
        return acknowledged
    }
}
