import Foundation

/// One flow's golden files under the root: inputs in `samples/<flow>/in/`, expected payloads
/// in `samples/<flow>/expected/<target>/`, and optionally `expected/outcomes.txt`.
struct SampleFolder {
    /// The root, absolute.
    let root: String
    let flow: String

    var path: String { root + "/samples/" + flow }
    var inputFolder: String { path + "/in" }
    var expectedFolder: String { path + "/expected" }
    var outcomesPath: String { expectedFolder + "/" + OutcomeList.fileName }

    /// Whether `samples/<flow>/in/` is a folder.
    var exists: Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: inputFolder, isDirectory: &isDirectory) && isDirectory.boolValue
    }

    /// The sample input names, sorted.
    var inputs: [String] { Self.files(in: inputFolder) }

    /// Regular files in `folder` whose names do not start with `.`, sorted; empty when it does not exist.
    static func files(in folder: String) -> [String] {
        FileIO.list(folder).filter { name in
            guard !name.hasPrefix(".") else { return false }
            var isDirectory: ObjCBool = false
            return FileManager.default.fileExists(atPath: folder + "/" + name, isDirectory: &isDirectory) && !isDirectory.boolValue
        }.sorted()
    }

    /// The folders to compare: the flow's targets, then any other folder already in `expected/`
    /// (a renamed or removed target, whose files are then missing).
    func folders(targets: [String]) -> [String] {
        let others = FileIO.list(expectedFolder).filter { name in
            var isDirectory: ObjCBool = false
            return !name.hasPrefix(".") && !targets.contains(name)
                && FileManager.default.fileExists(atPath: expectedFolder + "/" + name, isDirectory: &isDirectory) && isDirectory.boolValue
        }
        return targets + others.sorted()
    }

    /// Compares the payloads in `outbox(target)` with `expected/<target>/`, and `outcomes`
    /// with `expected/outcomes.txt` when that exists.
    func compare(
        outbox: (String) -> String, targets: [String], outcomes: OutcomeList
    ) -> (differences: [GoldenDifference], payloads: Int, outcomesCompared: Bool) {
        var differences: [GoldenDifference] = []
        var payloads = 0
        for folder in folders(targets: targets) {
            let actualFolder = outbox(folder)
            let wantedFolder = expectedFolder + "/" + folder
            let actual = Self.files(in: actualFolder)
            let wanted = Self.files(in: wantedFolder)
            for name in Set(actual).union(wanted).sorted() {
                payloads += 1
                let file = folder + "/" + name
                switch (wanted.contains(name), actual.contains(name)) {
                case (true, false):
                    differences.append(GoldenDifference(file: file, kind: .missing, details: []))
                case (false, true):
                    differences.append(GoldenDifference(file: file, kind: .unexpected, details: []))
                default:
                    let details = PayloadDiff.differences(
                        expected: wantedFolder + "/" + name, actual: actualFolder + "/" + name, name: file)
                    if !details.isEmpty { differences.append(GoldenDifference(file: file, kind: .changed, details: details)) }
                }
            }
        }
        guard let data = FileManager.default.contents(atPath: outcomesPath) else { return (differences, payloads, false) }
        let details = outcomes.differences(from: String(decoding: data, as: UTF8.self))
        if !details.isEmpty {
            differences.append(GoldenDifference(file: OutcomeList.fileName, kind: .changed, details: details))
        }
        return (differences, payloads, true)
    }

    /// Makes `expected/` match the actual output: writes new and changed payloads and
    /// `outcomes.txt`, removes expected files the run no longer writes.
    /// - Returns: what changed, `wrote samples/…` and `removed samples/…`.
    func update(outbox: (String) -> String, targets: [String], outcomes: OutcomeList) throws -> [String] {
        let manager = FileManager.default
        var changes: [String] = []
        for folder in folders(targets: targets) {
            let actualFolder = outbox(folder)
            let wantedFolder = expectedFolder + "/" + folder
            let actual = Self.files(in: actualFolder)
            for name in Self.files(in: wantedFolder) where !actual.contains(name) {
                try manager.removeItem(atPath: wantedFolder + "/" + name)
                changes.append("removed " + relative(wantedFolder + "/" + name))
            }
            for name in actual {
                let bytes = try FileIO.readAll(actualFolder + "/" + name)
                if try write(bytes, to: wantedFolder + "/" + name) { changes.append("wrote " + relative(wantedFolder + "/" + name)) }
            }
            if !targets.contains(folder) && FileIO.list(wantedFolder).isEmpty { try manager.removeItem(atPath: wantedFolder) }
        }
        if try write(Array(outcomes.text.utf8), to: outcomesPath) { changes.append("wrote " + relative(outcomesPath)) }
        return changes
    }

    /// Writes `bytes` to `path` (creating folders) unless it holds them already; whether it wrote.
    private func write(_ bytes: [UInt8], to path: String) throws -> Bool {
        if let current = FileManager.default.contents(atPath: path), [UInt8](current) == bytes { return false }
        try FileIO.makeDirectories(PathText.folder(of: path))
        try Data(bytes).write(to: URL(fileURLWithPath: path), options: .atomic)
        return true
    }

    private func relative(_ path: String) -> String { RootLayout(root: root).relative(path) }
}
