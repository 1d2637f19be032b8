import Foundation
import SharedFiles
import Testing

@testable import Engine

/// What Ferry compares after processing a file: a file written to after the claim fails with
/// ENGINE-003 instead of passing for complete.
@Suite struct InputChangeTests {
    @Test func growthAndRewritesAreNoticed() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("ferry-change-" + UUID().uuidString).path
        defer { try? FileManager.default.removeItem(atPath: path) }
        try TestFile.write("abc", to: path)
        let claimed = FileStat(path: path)
        #expect(Engine.change(of: path, since: claimed, size: 3) == nil)
        let handle = try #require(FileHandle(forWritingAtPath: path))
        try handle.seekToEnd()
        try handle.write(contentsOf: Data("def".utf8))
        try handle.close()
        #expect(Engine.change(of: path, since: claimed, size: 3)?.contains("from 3 to 6") == true)
        try FileManager.default.removeItem(atPath: path)
        #expect(Engine.change(of: path, since: claimed, size: 3) == "it is gone")
    }
}
