import Formats

/// The streaming record reader for one input file, as a flow's settings ask.
enum SourceReader {
    /// - Throws: the reader's `FerryError` when the file cannot be opened.
    static func open(path: String, displayName: String, format: FileFormat, settings: SourceSettings,
                     xmlRecords: XMLRecordSelector, laterJSONKeyWins: Bool = false) throws -> any RecordReader {
        switch format {
        case .csv:
            let options = CSVReaderOptions(delimiter: settings.csv.delimiter, encoding: settings.csv.encoding, limits: settings.limits)
            return try CSVReader(path: path, displayName: displayName, options: options)
        case .json:
            return try JSONRecordReader(
                path: path, displayName: displayName, options: JSONReaderOptions(limits: settings.limits, laterKeyWins: laterJSONKeyWins))
        case .xml:
            return try XMLRecordReader(path: path, displayName: displayName,
                                       options: XMLReaderOptions(records: xmlRecords, limits: settings.limits))
        }
    }
}
