import Foundation

/// Where step 2 writes one batch's temporary files: the day's archive folder (for Ferry's
/// copies), the folders already made, and the hidden names, `.<uuid>-<n>.<owner>.tmp`: one
/// random part per batch and a counter, so that each name is still unique, and still ends in
/// the owner's token that recovery reads.
struct StagingPlace {
    let day: String
    let owner: String
    private let batch = UUID().uuidString.lowercased()
    private var count = 0
    private var made: Set<String> = []

    init(day: String, owner: String) {
        self.day = day
        self.owner = owner
    }

    mutating func nextName() -> String {
        count += 1
        return "." + batch + "-" + String(count) + "." + owner + ".tmp"
    }

    /// `FileIO.makeDirectories`, once per folder.
    mutating func makeFolder(_ path: String) throws {
        guard !made.contains(path) else { return }
        try FileIO.makeDirectories(path)
        made.insert(path)
    }
}
