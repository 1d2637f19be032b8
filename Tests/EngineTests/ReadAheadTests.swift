import Canonical
import Connectors
import Diagnostics
import Formats
import Foundation
import Synchronization
import Testing

@testable import Engine

/// A file's documents are read on a second thread (`ReadAhead`) while the pass exports the
/// ones before them: the pass sees every item in the file's order, then the end, or what
/// reading threw after the items before it; the reader stays a bounded distance ahead and
/// stops once the pass lets go.
@Suite struct ReadAheadTests {
    /// Counts every item handed out, from the reading thread, and sees the source let go.
    final class Counter: Sendable {
        let read = Atomic<Int>(0)
        let closed = Atomic<Bool>(false)
    }

    /// Stands for the open file: released with the source.
    final class Handle {
        let counter: Counter
        init(_ counter: Counter) { self.counter = counter }
        deinit { counter.closed.store(true, ordering: .relaxed) }
    }

    /// A file of `count` numbered items (document-level failures, keyed by their number),
    /// which throws `error` after them when given.
    struct NumberedSource: DocumentSource {
        let count: Int
        let counter: Counter
        var error: FerryError?
        var position = 0
        var format: FileFormat { .csv }
        let handle: Handle

        init(count: Int, counter: Counter, error: FerryError? = nil) {
            self.count = count
            self.counter = counter
            self.error = error
            handle = Handle(counter)
        }

        mutating func next() throws -> DecodeResult? {
            guard position < count else {
                if let error { throw error }
                return nil
            }
            position += 1
            counter.read.add(1, ordering: .relaxed)
            return .failure(key: String(position), errors: [], location: Location(file: "numbers.csv", record: position))
        }
    }

    func keys(_ ahead: ReadAhead) throws -> [String] {
        var keys: [String] = []
        while let (item, _) = try ahead.next() {
            guard case .failure(let key, _, _) = item else { continue }
            keys.append(key ?? "")
        }
        return keys
    }

    @Test func thePassSeesEveryItemInOrderThenTheEnd() throws {
        let counter = Counter()
        let ahead = ReadAhead(open: { NumberedSource(count: 1_000, counter: counter) })
        #expect(try keys(ahead) == (1...1_000).map(String.init))
        #expect(try ahead.next() == nil)  // and stays at the end
    }

    @Test func anEmptyFileEndsAtOnce() throws {
        let ahead = ReadAhead(open: { NumberedSource(count: 0, counter: Counter()) })
        #expect(try ahead.next() == nil)
    }

    @Test func whatReadingThrowsComesAfterTheItemsReadBeforeIt() throws {
        let broken = FerryError(.csvUnclosedQuote, at: Location(file: "numbers.csv", line: 201))
        let ahead = ReadAhead(open: { NumberedSource(count: 200, counter: Counter(), error: broken) })
        var taken = 0
        let thrown = #expect(throws: FerryError.self) {
            while try ahead.next() != nil { taken += 1 }
        }
        #expect(taken == 200)
        #expect(thrown?.code == .csvUnclosedQuote)
    }

    @Test func aFileThatCannotBeOpenedThrowsAtTheFirstItem() {
        let missing = FerryError(.ioFailure, at: Location(file: "gone.csv"))
        let ahead = ReadAhead(open: { throw missing })
        #expect(throws: FerryError.self) { try ahead.next() }
    }

    @Test func theReaderStaysABoundedDistanceAheadAndStopsWhenLetGo() throws {
        let counter = Counter()
        var ahead: ReadAhead? = ReadAhead(open: { NumberedSource(count: 1_000_000, counter: counter) })
        _ = try ahead?.next()
        // The chunk being taken, the queued chunks and the one the reader holds, at most.
        let bound = (ReadAhead.depth + 2) * ReadAhead.chunkSize
        try waitUntilSteady(counter)
        #expect(counter.read.load(ordering: .relaxed) <= bound)
        let openWhileTaking = !counter.closed.load(ordering: .relaxed)
        #expect(openWhileTaking)
        ahead = nil
        try waitUntilSteady(counter)
        let stopped = counter.read.load(ordering: .relaxed)
        Thread.sleep(forTimeInterval: 0.2)
        #expect(counter.read.load(ordering: .relaxed) == stopped)
        #expect(stopped <= bound)
        let closed = counter.closed.load(ordering: .relaxed)
        #expect(closed)  // the reading thread let go of the file
    }

    /// A file of `count` articles.
    struct ArticleSource: DocumentSource {
        let count: Int
        var position = 0
        var format: FileFormat { .csv }

        mutating func next() throws -> DecodeResult? {
            guard position < count else { return nil }
            position += 1
            return .document(Article(sku: "A-\(position)"), Location(file: "articles.csv", record: position))
        }
    }

    @Test func theReaderRendersOnlyWhileAChunkWaitsForThePass() throws {
        let ahead = ReadAhead(open: { ArticleSource(count: 3 * ReadAhead.chunkSize) }, render: { _ in Rendered(targets: []) })
        // The pass takes nothing for a while: the first chunk is read while nothing waits (the
        // pass would be waiting for it), the next ones while the first waits.
        Thread.sleep(forTimeInterval: 0.3)
        var rendered: [Bool] = []
        while let (_, made) = try ahead.next() { rendered.append(made != nil) }
        #expect(rendered.count == 3 * ReadAhead.chunkSize)
        #expect(rendered.prefix(ReadAhead.chunkSize).allSatisfy { !$0 })
        #expect(rendered.dropFirst(ReadAhead.chunkSize).allSatisfy { $0 })
    }

    /// Waits until the reader has read nothing more for 0.1 s (at most 5 s).
    private func waitUntilSteady(_ counter: Counter) throws {
        var last = -1
        for _ in 0..<50 {
            let now = counter.read.load(ordering: .relaxed)
            if now == last { return }
            last = now
            Thread.sleep(forTimeInterval: 0.1)
        }
    }
}
