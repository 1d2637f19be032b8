import Diagnostics
import Foundation

/// A status record as the rebuild reads it back: the keys `StatusRecordWriter` documents.
extension LedgerRebuilder {
    struct Record: Decodable {
        struct Document: Decodable {
            var kind: String
            var key: String?
            var outcome: String
            var reason: String?
            var outputs: [String]
            var errors: [RecordedError]
            /// The timers the attempt scheduled for the document (records written before Ferry
            /// kept them: none).
            var waits: [StatusRecordWriter.WaitEntry]?
        }
        /// An error as the record shows it: its code and place (the rendered texts stay in the record).
        struct RecordedError: Decodable {
            var code: String
            var location: String?
            var error: FerryError { FerryError(ErrorCode(code), at: location.map { Location(file: $0) }) }
        }
        struct Earlier: Decodable {
            var attempt: Int
            var startedAt: Date?
            var processedAt: Date?
            var outcome: String?
            var trigger: String
            var reason: String?
            var forced: Bool
            /// The input the attempt read, and its bytes (records from before they were kept: nil).
            var input: String?
            var sha256: String?
            var size: Int64?
            var by: String?
        }
        struct Resolution: Decodable {
            var at: Date
            var reason: String
            var by: String?
        }
        struct Acknowledgement: Decodable {
            var key: String?
            var at: Date
            var reason: String
            var by: String?
        }
        var id: Int64
        var file: String
        var sha256: String
        var size: Int64
        /// The input the latest attempt read (a corrected copy after `reprocess --with`); nil in
        /// records from before it was kept: the archived input next to the record.
        var input: String?
        var flow: String
        var receivedAt: Date
        var processedAt: Date?
        var attempt: Int
        var trigger: String
        var reason: String?
        var forced: Bool
        var outcome: String?
        var resolved: Resolution?
        /// Who started the latest attempt (a reprocess), and the acknowledged amendments (records
        /// from before they were kept: nil).
        var by: String?
        var acknowledged: [Acknowledgement]?
        var errors: [RecordedError]
        var documents: [Document]
        var previousAttempts: [Earlier]
    }
}
