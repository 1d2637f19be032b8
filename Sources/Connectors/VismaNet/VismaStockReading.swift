import Canonical
import Diagnostics
import Foundation
import Formats

/// Reads Visma.net stock as canonical stock levels, one per item, summed over its warehouses
/// (or only option `warehouse`): inventory items as `GET /v1/inventory/{number}` returns them
/// (`InventoryDto`, its `warehouseDetails[]`), a list of them, and inventory summaries
/// (`GET /v1/inventorysummary/{number}`: rows with `inventoryNumber`/`inventory.number`,
/// `warehouse`, `available`, `availableForShipment`, `onHand`, `soBooked`).
///
/// Which quantity counts (option `stock`): `available-minus-reservations` (default) is `available`
/// minus `soBooked` where a summary gives it, else `availableForShipment` (what is available and not
/// yet on a shipment); `available`; or `on-hand` (`quantityOnHand`/`onHand`).
public enum VismaStockReading {
    public enum Quantity: String, CaseIterable, Sendable {
        case availableMinusReservations = "available-minus-reservations"
        case available
        case onHand = "on-hand"
    }

    /// One inventory item (`InventoryDto`): its level, summed over its warehouses.
    public static func item(_ root: Node, details: [Node], quantity: Quantity, warehouse: String?) -> DecodeResult {
        var reading = NodeReading(naming: .camel)
        guard let sku = reading.requiredKeyText(root, "inventoryNumber") else {
            return .failure(key: nil, errors: reading.errors, location: root.location)
        }
        var total: Decimal = 0
        var latest: Date?
        for row in details where warehouse == nil || row["warehouse"]?.text == warehouse {
            let value: Decimal?
            switch quantity {
            case .availableMinusReservations: value = reading.decimal(row, "availableForShipment") ?? reading.decimal(row, "available")
            case .available: value = reading.decimal(row, "available")
            case .onHand: value = reading.decimal(row, "quantityOnHand")
            }
            total += value ?? 0
            latest = later(latest, row["lastModifiedDateTime"]?.text)
        }
        guard reading.errors.isEmpty else { return .failure(key: sku, errors: reading.errors, location: root.location) }
        return .document(StockLevel(sku: sku, available: max(total, 0), asOfDate: latest), root.location)
    }

    /// One inventory summary row: its item and quantity, nil when option `warehouse` leaves it out.
    public static func summaryRow(_ row: Node, quantity: Quantity, warehouse: String?) -> Result<(sku: String, quantity: Decimal)?, DecodeFailure> {
        var reading = NodeReading(naming: .camel)
        guard let sku = row["inventoryNumber"]?.text ?? row["inventory"]?["number"]?.text, !sku.isEmpty else {
            return .failure(DecodeFailure(key: nil, errors: [FerryError(.mapRequiredFieldMissing, at: row.location, ["field": "inventoryNumber"])],
                                          location: row.location))
        }
        let rowWarehouse = row["warehouse"]?.text ?? row["warehouse"]?["id"]?.text
        if let warehouse, rowWarehouse != warehouse { return .success(nil) }
        let value: Decimal?
        switch quantity {
        case .availableMinusReservations:
            if let available = reading.decimal(row, "available"), let booked = reading.decimal(row, "soBooked") {
                value = available - booked
            } else {
                value = reading.decimal(row, "availableForShipment") ?? reading.decimal(row, "available")
            }
        case .available: value = reading.decimal(row, "available")
        case .onHand: value = reading.decimal(row, "onHand") ?? reading.decimal(row, "quantityOnHand")
        }
        guard reading.errors.isEmpty else { return .failure(DecodeFailure(key: sku, errors: reading.errors, location: row.location)) }
        return .success((sku, value ?? 0))
    }

    public struct DecodeFailure: Error {
        public var key: String?
        public var errors: [FerryError]
        public var location: Location
    }

    private static func later(_ current: Date?, _ text: String?) -> Date? {
        guard let text, let date = ISODate.parse(text) else { return current }
        guard let current else { return date }
        return max(current, date)
    }
}

/// Visma.net stock files, one JSON record at a time.
struct VismaStockSource: DocumentSource {
    private var reader: JSONRecordReader
    private var queued: [DecodeResult] = []
    private let quantity: VismaStockReading.Quantity
    private let warehouse: String?
    var format: FileFormat { .json }

    init(path: String, displayName: String, settings: SourceSettings) throws {
        reader = try JSONRecordReader(path: path, displayName: displayName, options: JSONReaderOptions(limits: settings.limits))
        quantity = settings.options.text("stock").flatMap(VismaStockReading.Quantity.init(rawValue:)) ?? .availableMinusReservations
        warehouse = settings.options.text("warehouse")
    }

    /// Summary rows seen so far: per item, in order, its total and first location.
    private var totals: [String: (quantity: Decimal, location: Location)] = [:]
    private var order: [String] = []
    private var finished = false

    mutating func next() throws -> DecodeResult? {
        while queued.isEmpty {
            guard !finished else { return nil }
            guard let record = try reader.next() else {
                finished = true
                // Summaries: an item's rows (one per warehouse) may span the file; its level once all are read.
                queued = order.compactMap { sku in totals[sku].map { .document(StockLevel(sku: sku, available: max($0.quantity, 0)), $0.location) } }
                continue
            }
            let root = record.root
            if let details = root["warehouseDetails"]?.items {
                queued = [VismaStockReading.item(root, details: details, quantity: quantity, warehouse: warehouse)]
                continue
            }
            switch VismaStockReading.summaryRow(root, quantity: quantity, warehouse: warehouse) {
            case .success(let row?):
                if totals[row.sku] == nil { order.append(row.sku) }
                totals[row.sku] = ((totals[row.sku]?.quantity ?? 0) + row.quantity, totals[row.sku]?.location ?? root.location)
            case .success(nil):
                continue
            case .failure(let failure):
                queued = [.failure(key: failure.key, errors: failure.errors, location: failure.location)]
            }
        }
        return queued.removeFirst()
    }
}
