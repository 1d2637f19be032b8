import Foundation
import Testing

@Suite struct PickupTests {
    static func config(settle: Double, marker: Bool = false, enabled: Bool = true) -> String {
        """
        flows:
          - name: orders
            kind: order
            enabled: \(enabled)
            pickup: { settle: \(settle)\(marker ? ", marker: [\".done\"]" : ""), exclude: ["*.bak"] }
            targets:
              - { name: erp, format: json }
        """
    }

    @Test func statusSaysWhyEachFileWaits() throws {
        let root = try FerryRoot(config: Self.config(settle: 60))
        defer { root.remove() }
        try root.write("inbox/orders/new.json", Samples.orderJSON(number: "SO-7001", lines: [("A", "1", "1")]))
        try root.write("inbox/orders/old.bak", "x")
        try root.write("inbox/orders/.hidden.json", "x")
        try root.write("inbox/orders/upload.json.part", "x")
        let run = try root.ferry(["run", "--no-wait"])
        #expect(run.status == 0)
        #expect(root.files(under: "archive").isEmpty)
        let status = try root.ferry(["status"])
        #expect(status.stdout.contains("new.json: settling"))
        #expect(status.stdout.contains("old.bak: excluded by pattern"))
        #expect(!status.stdout.contains(".hidden.json"))
        #expect(!status.stdout.contains("upload.json.part"))
    }

    @Test func markerModeWaitsForTheMarkerAndArchivesIt() throws {
        let root = try FerryRoot(config: Self.config(settle: 0, marker: true))
        defer { root.remove() }
        try root.write("inbox/orders/o.json", Samples.orderJSON(number: "SO-7101", lines: [("A", "1", "1")]))
        try root.ferry(["run"])
        #expect(try root.ferry(["status"]).stdout.contains("o.json: waiting for marker"))
        #expect(root.files(under: "archive").isEmpty)
        try root.write("inbox/orders/o.json.done", "")
        #expect(try root.ferry(["run"]).status == 0)
        #expect(root.files(under: "archive").contains { $0.hasSuffix("/o.json.done") })
        #expect(try root.statusRecord(for: "o.json").outcome == "exported")
        #expect(root.files(under: "inbox/orders").isEmpty)
    }

    @Test func disabledFlowLeavesFilesWithAReason() throws {
        let root = try FerryRoot(config: Self.config(settle: 0, enabled: false))
        defer { root.remove() }
        try root.write("inbox/orders/o.json", Samples.orderJSON(number: "SO-7201", lines: [("A", "1", "1")]))
        try root.ferry(["run"])
        #expect(root.files(under: "archive").isEmpty)
        #expect(try root.ferry(["status"]).stdout.contains("o.json: flow disabled"))
    }

    /// `run` observes a new file for one settle period: a file still growing is left as
    /// settling; a complete one is taken in the same run.
    @Test func runTakesCompleteFilesAndLeavesGrowingOnes() throws {
        let root = try FerryRoot(config: Self.config(settle: 1))
        defer { root.remove() }
        try root.write("inbox/orders/complete.json", Samples.orderJSON(number: "SO-7301", lines: [("A", "1", "1")]))
        let growing = root.path + "/inbox/orders/growing.json"
        _ = FileManager.default.createFile(atPath: growing, contents: Data("{\"number\": \"SO-7302\",".utf8))
        let writer = Thread {
            // Keep appending for longer than the run observes.
            for index in 0..<12 {
                Thread.sleep(forTimeInterval: 0.2)
                if let handle = FileHandle(forWritingAtPath: growing) {
                    handle.seekToEndOfFile()
                    handle.write(Data(" \"notes\": \"part \(index)\"".utf8))
                    try? handle.close()
                }
            }
        }
        writer.start()
        let run = try root.ferry(["run"])
        #expect(run.status == 0)
        #expect(try root.statusRecord(for: "complete.json").outcome == "exported")
        #expect(!root.files(under: "archive").contains { $0.contains("growing.json") })
        #expect(run.stdout.contains("settling"))
        Thread.sleep(forTimeInterval: 1.5)
    }

    /// In watch, a file is taken within settle + 2 s of its last write, not before it is complete.
    @Test func watchTakesAFileWithinSettlePlusTwoSecondsOfItsLastWrite() throws {
        // A settle time well above the writer's pauses (0.3 s), so that a busy machine that
        // stretches a pause does not make the file look complete.
        let root = try FerryRoot(config: Self.config(settle: 2))
        defer { root.remove() }
        let watcher = try root.start(["watch"], captureOutput: false)
        defer { if watcher.isRunning { watcher.terminate() } }
        Thread.sleep(forTimeInterval: 0.5)
        let path = root.path + "/inbox/orders/slow.json"
        let order = Samples.orderJSON(number: "SO-7401", lines: [("A", "1", "1")])
        let bytes = Array(order.utf8)
        _ = FileManager.default.createFile(atPath: path, contents: Data(bytes[0..<10]))
        var written = 10
        // Write the rest in pieces over ~3.6 s: well beyond the settle time in total.
        while written < bytes.count {
            Thread.sleep(forTimeInterval: 0.3)
            let next = min(bytes.count, written + max(1, bytes.count / 12))
            let handle = try #require(FileHandle(forWritingAtPath: path))
            handle.seekToEndOfFile()
            handle.write(Data(bytes[written..<next]))
            try handle.close()
            written = next
            #expect(!root.files(under: "archive").contains { $0.contains("slow.json") }, "taken while still being written")
        }
        let lastWrite = Date()
        var takenAfter: TimeInterval?
        while Date().timeIntervalSince(lastWrite) < 8 {
            if root.files(under: "archive").contains(where: { $0.hasSuffix("slow.json.status.json") }) {
                takenAfter = Date().timeIntervalSince(lastWrite)
                break
            }
            Thread.sleep(forTimeInterval: 0.05)
        }
        let delay = try #require(takenAfter, "not taken within 8 s")
        #expect(delay <= 4.0, "taken \(delay) s after the last write; settle is 2 s")
        #expect(try root.statusRecord(for: "slow.json").outcome == "exported")

        watcher.terminate()  // SIGTERM
        watcher.waitUntilExit()
        #expect(watcher.terminationStatus == 0)
    }
}
