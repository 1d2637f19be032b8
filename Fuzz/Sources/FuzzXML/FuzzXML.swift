import Formats
import FuzzSupport

/// libFuzzer entry: the XML record reader with the `.auto` selector the canonical connector uses.
func fuzzXML(_ data: UnsafePointer<UInt8>?, _ count: Int) -> Int32 {
    let path = FuzzInput.write(data, count, name: "input.xml")
    let options = XMLReaderOptions(records: .auto(documentNames: ["Order", "Article", "Stock", "Shipment"]))
    FuzzInput.drain { try XMLRecordReader(path: path, displayName: "fuzz.xml", options: options) }
    return 0
}
