import GRDB

// The columns of the rows Ferry inserts once per file, per document or per payload, written
// straight into GRDB's container: the Codable path (an Encoder per row, then a dictionary of
// coding keys) cost more than the insert. Reading stays Codable. `LedgerRecordEncodingTests`
// checks that each writes exactly what its Codable encoding would: same columns, same values.

extension FileRecord {
    public func encode(to container: inout PersistenceContainer) {
        container["id"] = id
        container["flow"] = flow
        container["originalName"] = originalName
        container["sha256"] = sha256
        container["size"] = size
        container["receivedAt"] = receivedAt
        container["processedAt"] = processedAt
        container["attempt"] = attempt
        container["state"] = state.rawValue
        container["outcome"] = outcome
        container["claimToken"] = claimToken
        container["owner"] = owner
        container["takenBy"] = takenBy
        container["archivePath"] = archivePath
        container["markerPath"] = markerPath
        container["errorsJSON"] = errorsJSON
        container["resolvedAt"] = resolvedAt
        container["resolvedReason"] = resolvedReason
        container["timedOutAt"] = timedOutAt
    }
}

extension AttemptRecord {
    public func encode(to container: inout PersistenceContainer) {
        container["id"] = id
        container["fileId"] = fileId
        container["number"] = number
        container["startedAt"] = startedAt
        container["finishedAt"] = finishedAt
        container["outcome"] = outcome
        container["trigger"] = trigger
        container["reason"] = reason
        container["forced"] = forced
        container["inputPath"] = inputPath
        container["sha256"] = sha256
        container["size"] = size
        container["actor"] = actor
    }
}

extension DocumentRecord {
    public func encode(to container: inout PersistenceContainer) {
        container["id"] = id
        container["fileId"] = fileId
        container["attempt"] = attempt
        container["ordinal"] = ordinal
        container["kind"] = kind
        container["key"] = key
        container["outcome"] = outcome
        container["reason"] = reason
        container["outputsJSON"] = outputsJSON
        container["errorsJSON"] = errorsJSON
    }
}

extension ExportRecord {
    public func encode(to container: inout PersistenceContainer) {
        container["id"] = id
        container["target"] = target
        container["kind"] = kind
        container["key"] = key
        container["event"] = event
        container["generation"] = generation
        container["state"] = state.rawValue
        container["fileId"] = fileId
        container["attempt"] = attempt
        container["owner"] = owner
        container["contentHash"] = contentHash
        container["documentJSON"] = documentJSON
        container["tempPath"] = tempPath
        container["outputPath"] = outputPath
        container["copyPath"] = copyPath
        container["asOf"] = asOf
        container["forced"] = forced
        container["createdAt"] = createdAt
        container["exportedAt"] = exportedAt
    }
}

extension ActivityRecord {
    public func encode(to container: inout PersistenceContainer) {
        container["id"] = id
        container["at"] = at
        container["flow"] = flow
        container["fileId"] = fileId
        container["action"] = action
        container["key"] = key
        container["detail"] = detail
        container["actor"] = actor
    }
}
