@testable import Connectors
import Diagnostics
import Foundation
import Formats
import Testing

/// The group keys a reader has met (`SeenKeys`): the first ones in memory, the rest in a
/// scratch database, with the same answers either side of the move.
@Suite struct SeenKeysTests {
    let here = Location(file: "orders.csv")

    @Test func aKeyIsEarlierFromItsSecondMeetingOnEitherSideOfTheMove() throws {
        var seen = SeenKeys(inMemory: 3)
        // Ten keys: the first three in memory, then all of them move to the scratch database.
        for number in 1...10 {
            #expect(try seen.earlierLine(of: ["SO-\(number)"], startingAt: number * 10, location: here) == nil)
        }
        #expect(try seen.earlierLine(of: ["SO-2"], startingAt: 500, location: here) == 20)  // kept before the move
        #expect(try seen.earlierLine(of: ["SO-9"], startingAt: 510, location: here) == 90)  // kept after it
        #expect(try seen.earlierLine(of: ["SO-9"], startingAt: 520, location: here) == 90)  // its first line stays
        #expect(try seen.earlierLine(of: ["SO-11"], startingAt: 530, location: here) == nil)
    }

    @Test func keysOfSeveralPartsDoNotRunTogether() throws {
        for inMemory in [100, 0] {  // in memory, and in the scratch database from the first key
            var seen = SeenKeys(inMemory: inMemory)
            #expect(try seen.earlierLine(of: ["a", "bc"], startingAt: 1, location: here) == nil)
            #expect(try seen.earlierLine(of: ["ab", "c"], startingAt: 2, location: here) == nil)
            #expect(try seen.earlierLine(of: ["1:a", ""], startingAt: 3, location: here) == nil)
            #expect(try seen.earlierLine(of: ["a", "bc"], startingAt: 4, location: here) == 1)
        }
    }

    /// A CSV export whose orders come back after rows of others, read with room in memory
    /// for two keys: a comeback is found whether its first run was kept before or after the move.
    @Test func runsOfAReaderFindComebacksBeyondTheKeysInMemory() throws {
        let csv = "number;sku\nA;1\nA;2\nB;1\nC;1\nD;1\nB;2\nE;1\nD;2\nA;3\n"
        let path = try Support.temporaryFile("orders.csv", csv)
        defer { try? FileManager.default.removeItem(atPath: (path as NSString).deletingLastPathComponent) }
        let reader = try CSVReader(path: path, displayName: "orders.csv", options: CSVReaderOptions(delimiter: ";"))
        var runs = RecordRuns(reader, keysInMemory: 2)
        var found: [String] = []
        while let run = try runs.nextRun(by: { [$0["number"]?.text ?? ""] }) {
            found.append(run.key[0] + "×\(run.rows.count)" + (run.earlierLine.map { "@\($0)" } ?? ""))
        }
        #expect(found == ["A×2", "B×1", "C×1", "D×1", "B×1@4", "E×1", "D×1@6", "A×1@2"])
    }
}
