import Foundation

/// Small files of one flow exported together, so that the export protocol's durable steps
/// are paid per group instead of per file (docs/ARCHITECTURE.md, "Groups of small files").
///
/// A file whose documents form one batch stops after step 2 (its temporary files written and
/// fsynced) and waits here. `complete` then runs, for every file at once: one fsync per
/// folder of the temporaries, one intent transaction (step 3), the renames and one fsync per
/// folder (step 4), one transaction with every file's step 5 and outcome, the inputs' moves
/// into the archive; then, on a thread of its own while the pass goes on (`BackgroundSeal`),
/// their status records, one fsync per archive folder and one transaction marking them
/// archived. Each file keeps its own exactly-once units, names and records.
///
/// The group is completed before anything could see it half done: when it is full, before a
/// document whose key a member has, or whose exports a target keeps under a key a member's
/// exports have (a customer shared by orders; its lifecycle and exports are decided after the
/// member's are recorded), before a file with the bytes of a member (the duplicate check), before a
/// file larger than 1 MiB is read, before a file of more than one batch is exported, and at the
/// end of the flow's pass. Flows with rules are not grouped: a rule may read the master data a
/// member records in step 5. Sealed files go into the run's progress at once (what a
/// watchdog stop prints); a group's seal is waited for before the next group completes and at
/// the end of the pass (`finish`).
final class ExportGroup {
    struct Member {
        var claim: Claim
        var file: FileRecord
        /// The input's size, mtime and inode at the claim, and its size when read.
        var claimed: FileStat?
        var size: Int64
        var staged: StagedFile
    }

    /// Files per group: the durable steps are shared by this many files at most.
    static let capacity = 64
    /// A file larger than this completes the group before it is read.
    static let smallFileBytes: Int64 = 1 << 20

    private let engine: Engine
    private(set) var members: [Member] = []
    private var keys: Set<String> = []
    private var digests: Set<String> = []
    /// Files the group finished (already in the run's progress), for the pass's report (taken
    /// out by `drain`).
    private var finished: [TakenFile] = []
    private let seal = BackgroundSeal()
    /// The members whose seal is in flight, and the files it finishes.
    private var sealing: (members: [Member], files: [TakenFile])?

    init(engine: Engine) {
        self.engine = engine
    }

    var isFull: Bool { members.count >= Self.capacity }

    /// Whether a member has a document of one of `keys` (`kind/key`).
    func overlaps(_ keys: Set<String>) -> Bool { !self.keys.isDisjoint(with: keys) }

    /// Whether a member has these bytes.
    func contains(sha256: String) -> Bool { digests.contains(sha256) }

    func add(_ member: Member) {
        members.append(member)
        digests.insert(member.file.sha256)
        for state in member.staged.staged.states {
            if let key = state.key { keys.insert(state.kind + "/" + key) }
        }
        keys.formUnion(Exporter.unitKeys(member.staged.staged.deliveries))
    }

    /// Completes every member (see the type's description) and starts their seal, once the
    /// previous group's seal is done; an error of Ferry's own fails the members alone, an
    /// environment's stops the pass as for a single file.
    func complete() throws {
        try awaitSeal()
        guard !members.isEmpty else { return }
        let members = takeMembers()
        let completion = try engine.completeIsolated(members)
        guard completion.completed else {
            // Each member failed alone (quarantined, `on-failure` told): nothing to seal.
            report(completion.files)
            return
        }
        sealing = (members, completion.files)
        seal.start(completion.sealing, archiver: Archiver(context: engine.context))
    }

    /// Completes every member and waits for the seal: the end of the pass, or before a file
    /// that runs alone for long (its files then reported first).
    func finish() throws {
        try complete()
        try awaitSeal()
    }

    /// Reports the files of the seal in flight if it has ended (the pass asks after each file,
    /// so they are reported about when sealed, not only at the next group).
    func collectSealed() throws {
        if sealing != nil, seal.isDone { try awaitSeal() }
    }

    /// Waits for the seal in flight, whatever becomes of it (the pass is stopping, or cleaning
    /// up after its environment failed): a failed seal is logged, its files left `archiving`
    /// for recovery to seal.
    func settleSeal() {
        do {
            try awaitSeal()
        } catch {
            engine.context.logger.error("group of files could not be sealed", metadata: ["error": "\(error)"])
        }
    }

    /// Waits for the seal in flight; its files go into the progress (told at once to
    /// `onFileTaken`, printed by a watchdog stop) and into the pass's report at its next drain.
    /// The environment's errors stop the pass; any other leaves the files `archiving`, sealed
    /// by the next run's recovery, and reported with the outcomes recorded (their exports are
    /// done); their `on-failure` waits for a status record, so it is not told.
    private func awaitSeal() throws {
        guard let (members, files) = sealing else { return }
        sealing = nil
        do {
            try seal.wait()
        } catch {
            if error is LedgerLocked || (error as? IOFailure)?.isEnvironmental == true {
                _ = try engine.groupFailed(members, error)
            }
            engine.context.logger.error(
                "group of files could not be sealed; the next run seals them", metadata: ["error": "\(error)"])
            report(files)
            return
        }
        for file in files where !file.outcome.isSuccess { engine.notifyFailure(file) }
        report(files)
    }

    private func report(_ files: [TakenFile]) {
        for file in files { engine.context.progress.add(file) }
        finished += files
    }

    /// The pass stopped (its environment failed): the seal in flight is waited for (if it
    /// failed, its files stay `archiving` for recovery to seal), members with nothing
    /// exported go back to the inbox, the others stay claimed for the next pass or process to
    /// finish.
    func abandon() {
        settleSeal()
        for member in takeMembers() { engine.releaseIfUntouched(member.claim) }
    }

    /// Empties the group; returns what it held.
    private func takeMembers() -> [Member] {
        defer {
            members = []
            keys = []
            digests = []
        }
        return members
    }

    /// The files finished since the last call.
    func drain() -> [TakenFile] {
        defer { finished = [] }
        return finished
    }
}
