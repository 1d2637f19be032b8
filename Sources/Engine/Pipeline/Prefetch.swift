import Foundation

/// Reads and decodes the small files a pass claimed ahead (`Engine.admit`) on a second
/// thread, a few files ahead of the one being exported: one core parses and maps while the
/// other records, writes and archives. Decoding only reads the claimed file
/// (`FileProcessor.decodeWhole`), and renders its documents' payloads where the flow allows
/// (`Rendered`); everything with an effect stays on the pass's thread, in order, so the
/// export protocol and its crash analysis do not change.
final class Prefetch: @unchecked Sendable {
    /// Files decoded and not yet taken, at most, and their input bytes at most, the file being
    /// taken included (that one is read whatever its size): together they bound the memory.
    /// A whole run, so that the next run (claimed before the last file of this one, `Engine.pass`) is read
    /// while the pass completes a group: the pass takes a file faster than it is decoded,
    /// and with 4 files ahead it waited for them a fifth of its time.
    static let depth = ExportGroup.capacity
    static let aheadBytes: Int64 = 4 << 20

    private let condition = NSCondition()
    private let paths: [String]
    /// The input bytes of the files before each index (`offsets[i]` = sizes of 0..<i).
    private let offsets: [Int64]
    // Guarded by `condition`:
    private var decoded: [Int: DecodedInput] = [:]
    private var nextToTake = 0
    private var cancelled = false

    init(_ admitted: [Admitted], flow: FlowRuntime) {
        paths = admitted.map(\.claim.path)
        offsets = Self.offsets(admitted.map(\.size))
        let files = admitted.map { (path: $0.claim.path, name: $0.claim.name) }
        let render = Rendered.maker(for: flow)
        let thread = Thread { [self] in
            for (index, file) in files.enumerated() {
                guard waitForRoom(before: index) else { return }
                let input = FileProcessor.decodeWhole(flow: flow, path: file.path, displayName: file.name, render: render)
                condition.withLock {
                    if index >= nextToTake { decoded[index] = input }
                    condition.broadcast()
                }
            }
        }
        thread.name = "ferry-prefetch"
        thread.start()
    }

    /// Waits until the file at `index` may be decoded (fewer than `depth` files and
    /// `aheadBytes` bytes ahead of the one being taken, or the one being taken itself); false
    /// once cancelled.
    private func waitForRoom(before index: Int) -> Bool {
        condition.withLock {
            while !cancelled && !Self.mayDecode(index, taking: nextToTake, offsets: offsets) { condition.wait() }
            return !cancelled
        }
    }

    /// `sizes` summed up to each index: `[0, s0, s0 + s1, ...]`.
    static func offsets(_ sizes: [Int64]) -> [Int64] {
        sizes.reduce(into: [0]) { $0.append($0[$0.count - 1] + $1) }
    }

    /// Whether the file at `index` may be decoded while the one at `taking` is the next to be
    /// taken (`offsets` as the property).
    static func mayDecode(_ index: Int, taking: Int, offsets: [Int64]) -> Bool {
        index <= taking || (index - taking < depth && offsets[index + 1] - offsets[taking] <= aheadBytes)
    }

    /// The file at `path` read whole, waiting while it is being read; nil for a path it was
    /// not given. The files before it that were not asked for (duplicates, files finished
    /// otherwise) are passed over.
    func take(_ path: String) -> DecodedInput? {
        guard let index = paths.firstIndex(of: path) else { return nil }
        return condition.withLock {
            guard index >= nextToTake else { return nil }
            for skipped in nextToTake..<index { decoded[skipped] = nil }
            nextToTake = index
            condition.broadcast()
            while decoded[index] == nil && !cancelled { condition.wait() }
            nextToTake = index + 1
            condition.broadcast()
            return decoded.removeValue(forKey: index)
        }
    }

    /// Stops reading ahead (the pass stopped; its claimed files go back to the inbox).
    func cancel() {
        condition.withLock {
            cancelled = true
            decoded.removeAll()
            condition.broadcast()
        }
    }
}
