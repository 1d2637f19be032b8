import CXMLBridge
import Diagnostics
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension XMLPullReader {
    /// Turns the bridge's failure (`cxml_reader_failure`, `cxml_reader_error_*`) into a coded error.
    func failureError() -> FerryError {
        let errorLine = Int(cxml_reader_error_line(handle))
        var location = here
        if errorLine > 0 { location.line = errorLine }
        switch Int(cxml_reader_failure(handle)) {
        case CXML_FAIL_IO:
            return FerryError(.inputUnreadable, at: location,
                              ["reason": Self.describe(errno: cxml_reader_fail_errno(handle))])
        case CXML_FAIL_TOO_LARGE:
            return FerryError(.inputFieldTooLarge, at: location, ["limit": String(limits.maxFieldBytes)])
        case CXML_FAIL_CHANGED:
            return FerryError(.inputUnreadable, at: location, ["reason": "the file changed while it was being read"])
        case CXML_FAIL_ENTITY_DECL:
            return FerryError(.xmlEntityDeclared, at: location)
        case CXML_FAIL_EMPTY:
            return FerryError(.inputEmpty, at: Location(file: displayName))
        default:
            return parseError(at: location, line: errorLine)
        }
    }

    private func parseError(at location: Location, line errorLine: Int) -> FerryError {
        let message = cxml_reader_error_message(handle).map { String(cString: $0) } ?? "unknown error"
        let offset = cxml_reader_error_offset(handle)
        let offsetText = offset >= 0 ? String(offset) : "?"
        switch Int(cxml_reader_error_code(handle)) {
        case CXML_ERR_INVALID_CHAR where message.hasPrefix("Input is not proper UTF-8"):
            return FerryError(.inputUndecodable, at: location, ["encoding": "UTF-8", "offset": offsetText])
        case CXML_ERR_INVALID_ENCODING, CXML_ERR_CONV_FAILED:
            let encoding = cxml_reader_encoding(handle).map { String(cString: $0) } ?? "the declared encoding"
            return FerryError(.inputUndecodable, at: location, ["encoding": encoding, "offset": offsetText])
        case CXML_ERR_UNKNOWN_ENCODING, CXML_ERR_UNSUPPORTED_ENCODING:
            let encoding = message.split(separator: " ").last.map(String.init) ?? message
            return FerryError(.xmlUnsupportedEncoding, at: location, ["encoding": encoding])
        default:
            if message.hasPrefix("Excessive depth") {
                return FerryError(.inputTooDeep, at: location, ["limit": String(limits.maxDepth)])
            }
            let lineText = String(errorLine > 0 ? errorLine : line)
            return FerryError(.xmlNotWellFormed, at: location, ["reason": message, "line": lineText])
        }
    }

    /// `strerror(3)` text for an `errno` value.
    static func describe(errno code: Int32) -> String {
        guard let text = strerror(code) else { return "error \(code)" }
        return String(cString: text)
    }
}
