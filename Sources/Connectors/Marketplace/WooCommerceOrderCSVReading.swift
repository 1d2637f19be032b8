import Canonical
import Diagnostics
import Formats
import Foundation
import Mapping

/// Reads the order CSV of SkyVerge's "WooCommerce Customer/Order CSV Export" plugin (4.x; now
/// sold as "Customer/Order/Coupon Export"), export format "Default - One Row per Item"
/// (`default_one_row_per_item`): one row per line item, the order's columns repeated on each
/// (`order_id`, `order_number`, `date`, `status`, `shipping_total`, `order_currency`,
/// `payment_method`, `shipping_method`, `customer_id`, `billing_*`, `shipping_*`, `customer_note`,
/// `item_name`, `item_sku`, `item_quantity`, `item_subtotal`, `item_total`, `item_total_tax`, …).
///
/// The mapping is the bundled layout `woocommerce-order-csv` (`WooCommerceProfile.layouts`, with
/// a flow's `fields:` over it), read by `LayoutSource`: rows with the same `order_id` are one
/// order, each row one line. Before the layout the connector fills two columns a table cannot
/// compute: `order_number` from `order_id` when it is empty (it holds the Sequential Order
/// Numbers plugin's number; without that plugin the order id is the number, as `number` is in the
/// REST API), and `item_discount`, a coupon's share of the line (`item_subtotal − item_total`,
/// only where positive), the same discount `WooCommerceOrderReading` takes from the JSON.
public enum WooCommerceOrderCSVReading {
    /// The export's columns the connector reads or fills.
    public enum Column {
        public static let orderId = "order_id"
        public static let orderNumber = "order_number"
        public static let itemSubtotal = "item_subtotal"
        public static let itemTotal = "item_total"
        /// Not in the export: written by the connector (`prepared`).
        public static let itemDiscount = "item_discount"
    }

    /// A row as the layout reads it: `order_number` filled from `order_id` when empty, and
    /// `item_discount` when the line's subtotal exceeds its total (a coupon). Filled cells keep
    /// the location of the cell they come from.
    static func prepared(_ row: Node) -> Node {
        guard case .object(var fields) = row.value else { return row }
        if fields[Column.orderNumber]?.text?.isBlankText ?? true, let id = fields[Column.orderId], !(id.text ?? "").isBlankText {
            fields[Column.orderNumber] = id
        }
        if let subtotal = fields[Column.itemSubtotal].flatMap(amount), let totalCell = fields[Column.itemTotal],
           let total = amount(totalCell), subtotal > total {
            fields[Column.itemDiscount] = Node(.scalar(NodeBuilding.plain(subtotal - total)), at: totalCell.location)
        }
        return Node(.object(fields), at: row.location)
    }

    /// A money cell as the plugin writes it (`wc_format_decimal`: a point, no thousands).
    private static func amount(_ cell: Node) -> Decimal? {
        cell.text.flatMap { NumberFormat.point.decimal($0.trimmingCharacters(in: .whitespaces)) }
    }

    /// The orders of one export file through `layout` (the flow's `woocommerce-order-csv`).
    static func source(path: String, displayName: String, settings: SourceSettings, layout: Layout) throws -> any DocumentSource {
        let reader = try SourceReader.open(path: path, displayName: displayName, format: .csv, settings: settings, xmlRecords: .root)
        return LayoutSource(reader: PreparedRows(base: reader), evaluator: LayoutEvaluator(layout), numberFormat: settings.numberFormat,
                            displayName: displayName, notesPathUsage: settings.notesPathUsage)
    }

    /// The export's rows, each `prepared` before grouping and mapping.
    struct PreparedRows: RecordReader {
        var base: any RecordReader

        mutating func next() throws -> Record? {
            guard var record = try base.next() else { return nil }
            record.root = WooCommerceOrderCSVReading.prepared(record.root)
            return record
        }
    }
}
