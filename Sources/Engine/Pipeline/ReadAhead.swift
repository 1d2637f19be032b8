import Canonical
import Connectors
import Foundation

/// Reads one file's documents on a second thread, a few hundred ahead of the pass that
/// exports them: one core parses and maps the export while the other decides, writes and
/// records it. Only the reading moves (`DocumentSource.next`, which touches nothing but the
/// file); every step with an effect stays on the pass's thread, in order, so the export
/// protocol and its crash analysis do not change. `Prefetch` does the same for a run of
/// small files, a file at a time.
///
/// For a flow whose documents reach the exporter as decoded, the reading thread also renders
/// each one's payloads and content (`Rendered`), which step 1 then takes as made, but only
/// while it is ahead (a chunk waits for the pass): when the pass waits for it, the reading
/// thread hands its documents on unrendered and step 1 renders them, so the work between the
/// two threads evens out by itself whichever is the slower.
///
/// Memory stays bounded: at most `depth` chunks of at most `chunkSize` items, and at most
/// `aheadWeight` order lines (or documents), wait (about one batch).
final class ReadAhead {
    static let chunkSize = 64
    static let depth = 4
    static let aheadWeight = FileProcessor.batchWeight

    private let channel = Channel()
    // The items of the chunk being taken (the pass's thread only).
    private var current: [Item] = []
    private var position = 0

    /// One item of the file, with what the reading thread rendered of it.
    typealias Item = (item: DecodeResult, rendered: Rendered?)

    /// Starts reading at once; `open` and `render` run on the reading thread.
    init(open: @escaping @Sendable () throws -> any DocumentSource, render: (@Sendable (any CanonicalDocument) -> Rendered?)? = nil) {
        let thread = Thread { [channel] in channel.read(open, render: render) }
        thread.name = "ferry-read-ahead"
        thread.start()
    }

    /// The pass is done with the file, at its end or early: the thread stops reading.
    deinit { channel.cancel() }

    /// The next document or document-level failure, waiting while it is read; nil at the
    /// end. Throws what the source threw, once the items read before it are taken.
    func next() throws -> Item? {
        if position == current.count {
            current = try channel.take()
            position = 0
            if current.isEmpty { return nil }
        }
        defer { position += 1 }
        return current[position]
    }

    /// What both threads share; the reading thread holds only this, so the pass letting go
    /// of its `ReadAhead` stops it.
    private final class Channel: @unchecked Sendable {
        private let condition = NSCondition()
        // Guarded by `condition`:
        private var chunks: [(items: [Item], weight: Int)] = []
        private var waiting = 0
        /// Set once reading stops: `.success` at the end of the file, or what it threw.
        private var end: Result<Void, any Error>?
        private var cancelled = false

        func read(_ open: () throws -> any DocumentSource, render: ((any CanonicalDocument) -> Rendered?)?) {
            var chunk: [Item] = []
            var weight = 0
            var outcome: Result<Void, any Error> = .success(())
            do {
                var source = try open()
                while let item = try source.next() {
                    if case .document(let document, _) = item {
                        weight += FileProcessor.weight(of: document)
                        chunk.append((item, isAhead() ? render?(document) : nil))
                    } else {
                        weight += 1
                        chunk.append((item, nil))
                    }
                    if chunk.count >= ReadAhead.chunkSize || weight >= ReadAhead.aheadWeight / 4 {
                        guard hand(chunk, weight: weight) else { return }
                        chunk.removeAll(keepingCapacity: true)
                        weight = 0
                    }
                }
            } catch {
                outcome = .failure(error)
            }
            // The items read before the end (or the error) come first, as from the source itself.
            if !chunk.isEmpty { guard hand(chunk, weight: weight) else { return } }
            finish(outcome)
        }

        /// Queues a chunk once there is room for it (a chunk heavier than the bound goes
        /// alone); false once cancelled.
        private func hand(_ chunk: [Item], weight: Int) -> Bool {
            condition.withLock {
                while !cancelled && !chunks.isEmpty && (chunks.count >= ReadAhead.depth || waiting + weight > ReadAhead.aheadWeight) {
                    condition.wait()
                }
                guard !cancelled else { return false }
                chunks.append((chunk, weight))
                waiting += weight
                condition.broadcast()
                return true
            }
        }

        /// Whether a chunk waits for the pass (then the pass is busy, and this thread may do
        /// some of its work).
        private func isAhead() -> Bool {
            condition.withLock { !chunks.isEmpty }
        }

        private func finish(_ result: Result<Void, any Error>) {
            condition.withLock {
                end = result
                condition.broadcast()
            }
        }

        /// The next chunk, waiting while it is read; empty at the end (or once cancelled).
        func take() throws -> [Item] {
            let taken: Result<[Item], any Error> = condition.withLock {
                while chunks.isEmpty && end == nil && !cancelled { condition.wait() }
                guard !chunks.isEmpty else { return (end ?? .success(())).map { [] } }
                let first = chunks.removeFirst()
                waiting -= first.weight
                condition.broadcast()
                return .success(first.items)
            }
            return try taken.get()
        }

        func cancel() {
            condition.withLock {
                cancelled = true
                chunks.removeAll()
                condition.broadcast()
            }
        }
    }
}
