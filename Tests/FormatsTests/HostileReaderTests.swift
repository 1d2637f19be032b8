import Diagnostics
import Foundation
import Testing
@testable import Formats

/// Hostile numbers and nesting at the reader level: values `Decimal` cannot hold exactly are
/// refused, never rounded; 100,000 levels of nesting are refused without exhausting the stack.
@Suite struct HostileReaderTests {
    @Test(arguments: [
        String(repeating: "1", count: 60),
        "1234567890123456789012345678901234567890.5",
        "0." + String(repeating: "1", count: 39),
        "-" + String(repeating: "9", count: 39),
        "1" + String(repeating: "0", count: 200),
        "0." + String(repeating: "0", count: 200) + "1",
    ])
    func decimalBeyondWhatDecimalHoldsIsRefused(text: String) {
        #expect(NumberFormat.point.decimal(text) == nil)
    }

    @Test(arguments: ["1e999999", "1E5", "1e-999999999", "-1e+99999999999999999999", "NaN", "Infinity", "0x10"])
    func exponentsAndSpecialValuesAreRefused(text: String) {
        #expect(NumberFormat.point.decimal(text) == nil)
    }

    @Test func thirtyEightSignificantDigitsAreKeptExactly() throws {
        let largest = String(repeating: "9", count: 38)
        #expect(try #require(NumberFormat.point.decimal(largest)).description == largest)
        let fraction = "1234567890123456789.0123456789012345678"
        #expect(try #require(NumberFormat.point.decimal(fraction)).description == fraction)
        // Zeros around the significant digits are no loss: 1e50 and 0.00…015 are exact.
        let big = "1" + String(repeating: "0", count: 50)
        #expect(try #require(NumberFormat.point.decimal(big + ".000")).description == big)
        let small = "0." + String(repeating: "0", count: 60) + "15"
        #expect(try #require(NumberFormat.point.decimal(small)).description == small)
        let grouped = NumberFormat(decimalSeparator: ",", groupingSeparator: ".")
        #expect(grouped.decimal("9.999.999.999.999.999.999.999.999.999.999.999.999,99") == nil)
        #expect(grouped.decimal("1.249,50") == Decimal(string: "1249.5"))
    }

    @Test(arguments: ["-0", "-0.0", "+0", "-000.000"])
    func negativeZeroIsZero(text: String) throws {
        let value = try #require(NumberFormat.point.decimal(text))
        #expect(value == 0)
        #expect(!value.isNaN)
        #expect(value.description == "0")
    }

    /// The JSON reader keeps an out-of-range literal as text; the connector decides.
    @Test func jsonKeepsHugeNumberLiteralsAsText() throws {
        let records = try JSONTestSupport.readAll("{\"a\": 1e999999, \"b\": -0, \"c\": \(String(repeating: "7", count: 500))}")
        let root = try #require(records.first?.root)
        #expect(root["a"]?.text == "1e999999")
        #expect(root["b"]?.text == "-0")
        #expect(root["c"]?.text?.count == 500)
    }

    @Test func jsonNestedAHundredThousandLevelsIsTooDeep() throws {
        let levels = 100_000
        for (open, close) in [("[", "]"), ("{\"a\":", "}")] {
            let text = "{\"x\": " + String(repeating: open, count: levels) + "1" + String(repeating: close, count: levels) + "}"
            let start = ContinuousClock.now
            let error = try JSONTestSupport.error(Array(text.utf8))
            #expect(error?.code == .inputTooDeep)
            #expect(ContinuousClock.now - start < .seconds(5))
        }
        // Unclosed, as a truncated file would be.
        let error = try JSONTestSupport.error(Array(String(repeating: "[", count: levels).utf8))
        #expect(error?.code == .inputTooDeep)
    }

    @Test func xmlNestedAHundredThousandLevelsIsTooDeep() throws {
        let levels = 100_000
        let text = String(repeating: "<a>", count: levels) + String(repeating: "</a>", count: levels)
        let start = ContinuousClock.now
        let error = XMLTestSupport.readError(try XMLTestSupport.file(text), .root)
        #expect(error?.code == .inputTooDeep)
        #expect(ContinuousClock.now - start < .seconds(5))
    }
}
