import Canonical
import Mapping

/// What `channable` reads and writes and the options it takes (docs/connectors/channable.md).
enum ChannableProfile {
    static let name = "channable"

    static let profile = SystemProfile(
        name: name, reads: [.order], writes: [.order, .stock],
        options: [
            OptionSpec("include-cancellations", .source, .bool),
            OptionSpec("tracking-wait", .target, .duration),
            OptionSpec("transporters", .target, .mapping),
        ],
        defaultFilters: defaultFilters)

    /// How long a completed order waits for a track & trace code by default: 3 hours.
    static let defaultTrackingWait: Double = 3 * 3600

    /// A flow reading Channable orders starts with `status: [open]`: an order that arrives
    /// already shipped or cancelled is `filtered` with the reason. With `include-cancellations:
    /// true` cancelled orders pass too, for a webshop target that cancels what it was sent.
    @Sendable static func defaultFilters(kind: DocumentKind, options: ConnectorOptions) -> String? {
        guard kind == .order else { return nil }
        let statuses = options.bool("include-cancellations") == true ? "open, cancelled" : "open"
        return "filters:\n  - status: [\(statuses)]\n"
    }
}

/// What `woocommerce` reads and writes and the options it takes (docs/connectors/woocommerce.md).
enum WooCommerceProfile {
    static let name = "woocommerce"

    static let profile = SystemProfile(
        name: name, reads: [.order, .stock], writes: [.order],
        options: [
            OptionSpec("statuses", .source, .text),
            OptionSpec("tracking-meta-keys", .source, .text),
            OptionSpec("order-status", .target, .choice(["pending", "processing", "on-hold"])),
            OptionSpec("shipping-method-id", .target, .text),
            OptionSpec("set-paid", .target, .bool),
        ],
        defaultFilters: defaultFilters)

    /// A flow reading webshop orders keeps those whose status asks something of the marketplace:
    /// option `statuses`, default `completed, cancelled` (canonical statuses; empty: no filter).
    @Sendable static func defaultFilters(kind: DocumentKind, options: ConnectorOptions) -> String? {
        guard kind == .order else { return nil }
        let statuses = list(options.text("statuses") ?? "completed, cancelled")
        return statuses.isEmpty ? nil : "filters:\n  - status: [\(statuses.joined(separator: ", "))]\n"
    }

    /// Meta keys of option `tracking-meta-keys` (comma-separated), searched before the defaults.
    static func trackingMetaKeys(_ options: ConnectorOptions) -> [String] {
        list(options.text("tracking-meta-keys") ?? "") + WooCommerceOrderReading.defaultTrackingMetaKeys
    }

    static func list(_ text: String) -> [String] {
        text.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }
}
