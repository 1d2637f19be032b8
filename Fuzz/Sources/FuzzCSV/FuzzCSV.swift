import Formats
import FuzzSupport

/// libFuzzer entry: the CSV reader with delimiter detection, then with a fixed delimiter.
func fuzzCSV(_ data: UnsafePointer<UInt8>?, _ count: Int) -> Int32 {
    let path = FuzzInput.write(data, count, name: "input.csv")
    FuzzInput.drain { try CSVReader(path: path, displayName: "fuzz.csv", options: CSVReaderOptions()) }
    // The input's length picks the fixed delimiter: mutations reach all four at a fifth of the cost.
    let fixed: [Character] = [";", ",", "\t", "|"]
    let delimiter = fixed[count % fixed.count]
    FuzzInput.drain {
        try CSVReader(path: path, displayName: "fuzz.csv", options: CSVReaderOptions(delimiter: delimiter))
    }
    return 0
}
