import Foundation

extension FerryRoot {
    /// Every file and folder under the root, hidden ones included, with its bytes and
    /// modification time: equal snapshots mean nothing was written, moved or touched.
    func snapshot() throws -> [String: String] {
        var result: [String: String] = [:]
        let manager = FileManager.default
        guard let enumerator = manager.enumerator(atPath: path) else { return result }
        while let item = enumerator.nextObject() as? String {
            let full = path + "/" + item
            let attributes = try manager.attributesOfItem(atPath: full)
            let modified = (attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
            if attributes[.type] as? FileAttributeType == .typeDirectory {
                result[item + "/"] = "folder \(modified)"
            } else {
                let bytes = try Data(contentsOf: URL(fileURLWithPath: full))
                result[item] = "\(modified) " + bytes.base64EncodedString()
            }
        }
        return result
    }
}
