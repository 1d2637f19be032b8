import Foundation
import Glibc
import SharedFiles
import Testing

@testable import Engine

/// The compact listing a pass goes through a slice at a time: oldest first, then by name;
/// hidden and partial names left out; names that are not UTF-8 kept apart for the report.
@Suite struct InboxListingTests {
    func folder() throws -> String { try TestFile.temporaryFolder("ferry-listing") }

    func write(_ name: String, in folder: String, modified seconds: Int) throws {
        try TestFile.write("{}", to: folder + "/" + name, atomically: false)
        var times = [timespec(tv_sec: seconds, tv_nsec: 0), timespec(tv_sec: seconds, tv_nsec: 0)]
        #expect(utimensat(AT_FDCWD, folder + "/" + name, &times, 0) == 0)
    }

    @Test func oldestFirstThenByNameWithoutHiddenOrPartialNames() throws {
        let folder = try folder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try write("c.json", in: folder, modified: 1_000)
        try write("b.json", in: folder, modified: 3_000)
        try write("a.json", in: folder, modified: 3_000)
        try write("z.json", in: folder, modified: 500)
        for ignored in [".hidden.json", "upload.json.part", "x.tmp", "draft~"] { try write(ignored, in: folder, modified: 10) }
        let listing = InboxListing(folder: folder)
        #expect(listing.count == 4)
        #expect((0..<listing.count).map(listing.name(at:)) == ["z.json", "c.json", "a.json", "b.json"])
        #expect(listing.contains("a.json") && listing.contains("z.json") && listing.contains("c.json"))
        #expect(!listing.contains("a.jso") && !listing.contains("d.json") && !listing.contains(".hidden.json"))
        #expect(listing.unreadable.isEmpty)
    }

    @Test func slicesCoverTheListingOnceInOrder() throws {
        let folder = try folder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        for number in 0..<25 { try write(String(format: "o%02d.json", number), in: folder, modified: 2_000 - number) }
        let listing = InboxListing(folder: folder)
        let slices = listing.slices(of: 10)
        #expect(slices == [0..<10, 10..<20, 20..<25])
        let names = slices.flatMap { $0.map(listing.name(at:)) }
        #expect(names == (0..<25).reversed().map { String(format: "o%02d.json", $0) })
        #expect(InboxListing(folder: folder + "/missing").slices(of: 10) == [0..<0])
    }

    @Test func aNameThatIsNotUTF8IsKeptApartForTheReport() throws {
        let folder = try folder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try write("ok.json", in: folder, modified: 100)
        let bad: [UInt8] = Array((folder + "/caf").utf8) + [0xE9] + Array(".json".utf8) + [0]
        let descriptor = bad.withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) { open($0, O_CREAT | O_WRONLY, 0o644) }
        }
        #expect(descriptor >= 0)
        close(descriptor)
        let listing = InboxListing(folder: folder)
        #expect(listing.count == 1)
        #expect(listing.unreadable == ["caf\\xE9.json"])
    }
}
