import Formats
import FuzzSupport

/// libFuzzer entry: the streaming JSON record reader through to its last record.
func fuzzJSON(_ data: UnsafePointer<UInt8>?, _ count: Int) -> Int32 {
    let path = FuzzInput.write(data, count, name: "input.json")
    FuzzInput.drain { try JSONRecordReader(path: path, displayName: "fuzz.json", options: JSONReaderOptions()) }
    return 0
}
