import Diagnostics
import Foundation

/// What completing a group leaves to do: its members' seal (status records, archive folder
/// fsyncs, marked archived), and the files it finishes once sealed.
struct GroupCompletion {
    var sealing: [(fileId: Int64, archivePath: String)]
    var files: [TakenFile]
    /// False: the completion failed and each member was failed alone (`groupFailed`); its
    /// files are final, nothing is left to seal.
    var completed = true
}

extension Engine {
    /// `complete`, with the errors handled by `groupFailed`.
    func completeIsolated(_ members: [ExportGroup.Member]) throws -> GroupCompletion {
        do {
            return try complete(members)
        } catch {
            return GroupCompletion(sealing: [], files: try groupFailed(members, error), completed: false)
        }
    }

    /// A group's completion or seal that failed, handled as `handleIsolated` handles a single
    /// file's: the environment's errors stop the pass (members with nothing exported go back
    /// to the inbox), Ferry's own fail each member alone (the files returned).
    func groupFailed(_ members: [ExportGroup.Member], _ error: any Error) throws -> [TakenFile] {
        switch error {
        case let failure as IOFailure where failure.isEnvironmental:
            for member in members { releaseIfUntouched(member.claim) }
            try? Recovery(context: context, includeOwn: true).removeOrphanTemporaries(
                outboxes: members.flatMap { $0.staged.exporter.job.flow.targets.map(\.outbox) },
                flows: Array(Set(members.map(\.file.flow))))
            throw failure
        case let locked as LedgerLocked:
            throw locked
        default:
            context.logger.error("group of files could not be finished", metadata: ["error": "\(error)"])
            var finishedFiles: [TakenFile] = []
            for member in members {
                let failure = FerryError(.engineInternal, at: Location(file: member.claim.name), ["reason": "\(error)"])
                do {
                    if let file = try quarantine(member.claim, flow: member.staged.exporter.job.flow, error: failure) { finishedFiles.append(file) }
                } catch {
                    context.logger.error("file left claimed", metadata: ["drop.file": "\(member.claim.name)", "error": "\(error)"])
                }
            }
            return finishedFiles
        }
    }

    /// Steps 3 to 5 of the export protocol and the moves into the archive of a group of staged
    /// files, each durable step once for the whole group (see `ExportGroup`); their seal is
    /// left to the caller.
    private func complete(_ members: [ExportGroup.Member]) throws -> GroupCompletion {
        var staged = members.map(\.staged)
        // Step 2's files and folders, then step 3: every file's intents in one transaction.
        try FileIO.syncFiles(staged.flatMap(\.staged.unsynced))
        try FileIO.syncDirectories(staged.reduce(into: Set<String>()) { $0.formUnion($1.staged.folders) })
        try context.faults.hit(.afterGroupSync)
        let outcomes = try context.ledger.commitIntents { transaction in
            try staged.map { file in
                try file.exporter.recordIntents(
                    file.staged.deliveries, documents: file.staged.documents, held: file.staged.held, in: transaction)
            }
        }
        try context.faults.hit(.afterIntentCommit)
        var winners: [[Exporter.Delivery]] = []
        for index in staged.indices {
            let exporter = staged[index].exporter
            var batch = staged[index].staged
            let (committed, retry) = exporter.settle(
                outcomes[index], of: batch.deliveries, decided: &batch.decided, held: &batch.held)
            winners.append(try committed + exporter.contend(retry, staged: &batch))
            staged[index].staged = batch
        }
        // Step 4: every rename, then one fsync per folder.
        let placed = try ExportPlacing.place(
            zip(staged, winners).flatMap { $0.exporter.placingItems($1) }, layout: context.layout, faults: context.faults)
        var placements: [[Placement]] = []
        var offset = 0
        for files in winners {
            placements.append(Array(placed[offset..<offset + files.count]))
            offset += files.count
        }
        // Step 5 and every file's outcome, in one transaction.
        let archiver = Archiver(context: context)
        let finished = context.now()
        var completions: [FileCompletion] = []
        var results: [ProcessResult] = []
        var destinations: [String] = []
        for index in staged.indices {
            let member = members[index]
            let exporter = staged[index].exporter
            let masterData = exporter.fold(winners[index], placements: placements[index], staged: &staged[index].staged)
            let summaries = Exporter.summaries(of: staged[index].staged.states)
            let recorded = exporter.lifecycleRecords(of: staged[index].staged.states)
            var result = staged[index].result
            result.add(summaries)
            if let change = Self.change(of: member.claim.path, since: member.claimed, size: member.size) {
                result.fileErrors.append(FerryError(.engineInputChanged, at: Location(file: member.claim.name), ["reason": change]))
            }
            let destination = try archiver.destination(
                flow: member.file.flow, name: member.claim.name, day: finished, excluding: Set(destinations))
            destinations.append(destination)
            let relative = context.layout.relative(destination)
            let outcome = result.outcome
            completions.append(
                FileCompletion(
                    placed: placements[index], documents: exporter.rows(of: summaries), masterData: masterData,
                    lifecycleStates: recorded.states, activity: recorded.activity,
                    outcome: OutcomeEntry(
                        fileId: member.file.id ?? 0, attempt: member.file.attempt, flow: member.file.flow, outcome: outcome.rawValue,
                        errors: result.fileErrors, note: nil, at: finished, detail: "\(member.claim.name): \(outcome.rawValue)",
                        state: .archiving, forgetArchivePath: true,
                        reserve: (relative, member.claim.archivedMarker(at: relative)))))
            results.append(result)
        }
        let reserved = try context.ledger.completeFiles(completions)
        try context.faults.hit(.afterExportsDone)
        // The inputs into the archive, then their records and the folders' fsyncs, together.
        var sealing: [(fileId: Int64, archivePath: String)] = []
        var finishedFiles: [TakenFile] = []
        for index in members.indices {
            let member = members[index]
            var file = member.file
            let outcome = results[index].outcome
            if reserved[index] {
                file.archivePath = completions[index].outcome.reserve?.archivePath
                file.markerPath = completions[index].outcome.reserve?.markerPath
            } else {
                file.archivePath = nil
                file.markerPath = nil
            }
            file.state = .archiving
            file.outcome = outcome.rawValue
            file.processedAt = finished
            try archiver.archive(member.claim, &file, preferred: reserved[index] ? destinations[index] : nil, seal: false)
            if let id = file.id, let archivePath = file.archivePath {
                sealing.append((id, context.layout.resolve(archivePath)))
            }
            logProcessed(file, outcome: outcome)
            var done = taken(file, outcome: outcome)
            done.amended = results[index].amended
            finishedFiles.append(done)
        }
        return GroupCompletion(sealing: sealing, files: finishedFiles)
    }
}
