import Foundation
import Testing

/// A sender that pauses longer than the settle time but still has the file open for writing:
/// Ferry asks the kernel (a read lease) and leaves the file to settle again instead of taking
/// half of it.
@Suite struct SlowSenderTests {
    /// A small file (claimed ahead with others, `Engine.admit`) and one over
    /// `ExportGroup.smallFileBytes` (claimed alone): both ask the kernel before reading.
    @Test(arguments: [0, 1_200_000])
    func aFileStillOpenForWritingIsNotTaken(padding: Int) throws {
        let root = try FerryRoot(config: """
            flows:
              - name: orders
                kind: order
                format: json
                pickup: { settle: 0.2 }
                targets:
                  - { name: erp, format: json }
            """)
        defer { root.remove() }
        try FileManager.default.createDirectory(atPath: root.path + "/inbox/orders", withIntermediateDirectories: true)
        let path = root.path + "/inbox/orders/slow.json"
        let order = Samples.orderJSON(number: "SO-7201", lines: [("A", "1", "1.00"), ("B", "2", "2.00")])
        let half = String(order.prefix(order.count / 2))
        let rest = String(order.dropFirst(order.count / 2))
        // The sender writes half, pauses (file open), then writes the rest and closes.
        let sender = Process()
        sender.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        sender.arguments = [
            "python3", "-c",
            // Leading white space before the JSON makes the file as big as asked.
            "import sys,time\nf=open(sys.argv[1],'w')\nf.write(' '*int(sys.argv[4])+sys.argv[2]);f.flush()\nopen(sys.argv[1]+'.paused','w').close()\ntime.sleep(3)\nf.write(sys.argv[3]);f.close()",
            path, half, rest, String(padding),
        ]
        try sender.run()
        while !FileManager.default.fileExists(atPath: path + ".paused") { Thread.sleep(forTimeInterval: 0.05) }
        try FileManager.default.removeItem(atPath: path + ".paused")

        let during = try root.ferry(["run"])
        #expect(during.status == 0, "\(during.stdout)\(during.stderr)")
        #expect(during.stdout.contains("still open for writing"), "the run says why the file waits: \(during.stdout)")
        #expect(root.files(under: "archive").isEmpty, "nothing taken while the sender writes")
        #expect(FileManager.default.fileExists(atPath: path), "the file is back in the inbox")

        sender.waitUntilExit()
        let after = try root.ferry(["run"])
        #expect(after.status == 0, "\(after.stdout)\(after.stderr)")
        let lines = try root.jsonObject("outbox/orders/erp/order_canonical_sales_SO-7201.json")["lines"] as? [Any]
        #expect(lines?.count == 2, "the whole order, both lines")
    }
}
