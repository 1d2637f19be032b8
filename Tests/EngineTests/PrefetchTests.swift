import Configuration
import Foundation
import Glibc
import Logging
import SharedFiles
import Testing

@testable import Engine

/// A run of small files is read ahead on a second thread (`Prefetch`) while the files before
/// them export. Whatever a file holds, it ends as it would read in its turn: a duplicate is
/// never read (the files after it still are), a broken or empty file or a failing document
/// keeps its outcome, and every good order is exported once.
@Suite struct PrefetchTests {
    func order(_ number: Int) -> String { OrderFlowRoot.order(number) }

    @Test func eachFileEndsAsItWouldReadInItsTurn() throws {
        let root = try OrderFlowRoot.make("ferry-prefetch")
        defer { try? FileManager.default.removeItem(atPath: root) }
        let inbox = root + "/inbox/orders"
        var files: [(String, String)] = (1...6).map { (String(format: "o%02d.json", $0), order($0)) }
        files.insert(("dup.json", order(1)), at: 2)  // the same bytes as o01.json, taken after it
        files.insert(("broken.json", "[{ not json"), at: 4)
        files.insert(("empty.json", "[]"), at: 6)
        files.insert(("partial.json", #"[\#(order(100)),{"orderDate":"2026-01-02"}]"#), at: 7)
        files += (7...12).map { (String(format: "o%02d.json", $0), order($0)) }
        // Oldest first: the order the pass takes them in.
        for (index, (name, content)) in files.enumerated() {
            try TestFile.write(content, to: inbox + "/" + name, atomically: false)
            var times = [timespec(tv_sec: 1_000 + index, tv_nsec: 0), timespec(tv_sec: 1_000 + index, tv_nsec: 0)]
            #expect(utimensat(AT_FDCWD, inbox + "/" + name, &times, 0) == 0)
        }
        let config = try OrderFlowRoot.config(allowEmpty: true)
        let engine = try Engine(root: root, config: config, logger: Logger(label: "test"))
        let report = engine.run(observe: false)
        let outcomes = Dictionary(uniqueKeysWithValues: report.taken.map { ($0.name, $0.outcome) })
        // Files that end at once are reported before the group members finished with them.
        #expect(report.taken.map(\.name).sorted() == files.map(\.0).sorted())
        #expect(outcomes["dup.json"] == .duplicate)
        #expect(outcomes["broken.json"] == .failed)
        #expect(outcomes["empty.json"] == .empty)
        #expect(outcomes["partial.json"] == .partial)
        #expect((1...12).allSatisfy { outcomes[String(format: "o%02d.json", $0)] == .exported })
        let payloads = try FileManager.default.contentsOfDirectory(atPath: root + "/outbox/orders/erp")
        #expect(payloads.count == 13, "\(payloads.sorted())")
        #expect(try FileManager.default.contentsOfDirectory(atPath: inbox).filter { !$0.hasPrefix(".") }.isEmpty)
    }
}

/// How far `Prefetch` reads ahead: at most `depth` files and `aheadBytes` input bytes from the
/// one being taken on; that one is always read, however large.
@Suite struct PrefetchBoundTests {
    func offsets(_ sizes: [Int64]) -> [Int64] { Prefetch.offsets(sizes) }

    @Test func smallFilesAreReadUpToTheDepthAhead() {
        let sizes = offsets(Array(repeating: 2_000, count: Prefetch.depth + 10))
        let depth = Prefetch.depth
        #expect(Prefetch.mayDecode(depth - 1, taking: 0, offsets: sizes))
        #expect(!Prefetch.mayDecode(depth, taking: 0, offsets: sizes))
        #expect(Prefetch.mayDecode(depth + 4, taking: 5, offsets: sizes))
        #expect(!Prefetch.mayDecode(depth + 5, taking: 5, offsets: sizes))
    }

    @Test func largeFilesAreReadAheadWithinTheByteBudget() {
        let mebibyte: Int64 = 1 << 20
        let sizes = offsets(Array(repeating: mebibyte, count: 20))
        let files = Int(Prefetch.aheadBytes / mebibyte)
        #expect(Prefetch.mayDecode(files - 1, taking: 0, offsets: sizes))
        #expect(!Prefetch.mayDecode(files, taking: 0, offsets: sizes))
        // The next file to take is read whatever its size.
        let huge = offsets([Prefetch.aheadBytes * 3, 10, 10])
        #expect(Prefetch.mayDecode(0, taking: 0, offsets: huge))
        #expect(!Prefetch.mayDecode(1, taking: 0, offsets: huge))
        #expect(Prefetch.mayDecode(2, taking: 1, offsets: huge))
    }
}
