import Canonical
import Connectors
import Diagnostics
import Formats
import FuzzSupport

/// libFuzzer entry: the canonical connector (reader plus mapping) for each document kind, on a
/// file without extension, so the format is sniffed from the content.
func fuzzCanonical(_ data: UnsafePointer<UInt8>?, _ count: Int) -> Int32 {
    let path = FuzzInput.write(data, count, name: "input")
    for kind: DocumentKind in [.order, .article, .stock, .shipment] {
        do {
            var source = try CanonicalConnector().openSource(
                path: path, displayName: "fuzz", settings: SourceSettings(kind: kind))
            while try source.next() != nil {}
        } catch is FerryError {
            continue
        } catch {
            fatalError("connector threw a non-FerryError: \(error)")
        }
    }
    return 0
}
