import Foundation
import Testing

/// What `run`, `status` and `log` print is safe for a terminal and honest about the outcome.
@Suite struct OperatorOutputTests {
    @Test func controlCharactersInNamesAreShownEscaped() throws {
        let root = try FerryRoot()
        defer { root.remove() }
        let name = "evil\u{1b}[2J\u{202e}.json"
        try root.drop(name, into: "orders", "{ broken")
        let run = try root.ferry(["run"])
        #expect(run.status == 1)
        for output in [run.stdout, run.stderr, try root.ferry(["status"]).stdout, try root.ferry(["log"]).stdout] {
            #expect(!output.contains("\u{1b}") && !output.contains("\u{202e}"), "\(output.debugDescription)")
        }
        #expect(run.stdout.contains("evil\\x1b[2J\\u{202E}.json"), "\(run.stdout)")
    }

    @Test func nothingToDoIsNotSaidWhenTheEnvironmentStoppedTheFlow() throws {
        let root = try FerryRoot()
        defer { root.remove() }
        try root.drop("o.json", into: "orders", Samples.orderJSON(number: "SO-7401", lines: [("A", "1", "1.00")]))
        let run = try root.ferry(["run"], environment: ["FERRY_FAULT": "afterTempWrite", "FERRY_FAULT_ACTION": "errno:EACCES"])
        #expect(run.status == 4, "\(run.stdout)\(run.stderr)")
        #expect(!run.stdout.contains("nothing to do"), "\(run.stdout)")
    }

    @Test func aRunStoppedBySIGTERMFinishesItsFileAndReportsIt() throws {
        let root = try FerryRoot()
        defer { root.remove() }
        for index in 0..<150 {
            try root.drop(String(format: "o%03d.json", index), into: "orders",
                          Samples.orderJSON(number: "SO-8\(index)", lines: [("A", "1", "1.00")]))
        }
        let process = try root.start(["run", "--no-wait"], captureOutput: false)
        // Stop it once it is well into the files.
        let deadline = Date().addingTimeInterval(60)
        while root.files(under: "archive").filter({ $0.hasSuffix(".status.json") }).count < 5 && Date() < deadline && process.isRunning {
            Thread.sleep(forTimeInterval: 0.02)
        }
        process.terminate()
        process.waitUntilExit()
        #expect(process.terminationReason == .exit, "ended by its own exit, not killed by the signal")
        let states = try root.ledger { try String.fetchAll($0, sql: "SELECT DISTINCT state FROM file") }
        #expect(states == ["archived"], "no file left half done: \(states)")
        #expect(root.files(under: "inbox/orders/.ferry-work").isEmpty)
        // What it did not take, the next run does, each order exactly once.
        #expect(try root.ferry(["run", "--no-wait"]).status == 0)
        #expect(root.outbox("orders", "orders-json").count == 150)
    }
}

/// `ferry log --key` finds exactly the key asked for; patterns are a separate, explicit option.
@Suite struct LogKeyTests {
    @Test func aKeyMatchesExactlyAndPatternsOnlyWhenAskedFor() throws {
        let root = try FerryRoot()
        defer { root.remove() }
        for number in ["SO-1001", "SO-10011", "so-1001", "SO_1001"] {
            try root.drop(number + ".json", into: "orders", Samples.orderJSON(number: number, lines: [("A", "1", "1.00")]))
        }
        #expect(try root.ferry(["run"]).status == 0)
        func keys(_ arguments: [String]) throws -> Set<String> {
            let result = try root.ferry(["log", "--json"] + arguments)
            let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
            return Set(((object["lineage"] as? [[String: Any]]) ?? []).compactMap { $0["key"] as? String })
        }
        #expect(try keys(["--key", "SO-1001"]) == ["canonical/sales/SO-1001"])
        #expect(try keys(["--key", "canonical/sales/SO-1001"]) == ["canonical/sales/SO-1001"])
        #expect(try keys(["--key", "%"]).isEmpty, "% is a plain character")
        #expect(try keys(["--key", "SO_1001"]) == ["canonical/sales/SO_1001"], "_ is a plain character")
        #expect(try keys(["--key-pattern", "SO-100*"]) == ["canonical/sales/SO-1001", "canonical/sales/SO-10011"])
        let none = try root.ferry(["log", "--key", "SO-9"])
        #expect(none.stdout.contains("SO-9"), "says there is no record of the key: \(none.stdout)")
    }
}
