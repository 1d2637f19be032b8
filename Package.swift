// swift-tools-version:6.0
import PackageDescription

let strict: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
]

// Ferry runs on Linux only: the engine uses Glibc, inotify, renameat2 and flock directly.
// (No `platforms:` entry: SwiftPM's platform list names Apple systems only.)
let package = Package(
    name: "Ferry",
    products: [
        .executable(name: "ferry", targets: ["ferry"]),
        // For the fuzz package under Fuzz/, which must not build the `ferry` executable.
        .library(name: "FerryFormats", targets: ["Formats"]),
        .library(name: "FerryConnectors", targets: ["Connectors"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/apple/swift-crypto", from: "4.5.2"),
        .package(url: "https://github.com/apple/swift-collections", from: "1.6.0"),
        .package(url: "https://github.com/swhitty/FlyingFox", from: "0.27.1"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/swift-server/swift-prometheus", from: "2.4.1"),
    ],
    targets: [
        // Stable error codes, locations and their messages in four languages. No I/O.
        .target(name: "Diagnostics", swiftSettings: strict),
        // The canonical model: orders, articles, stock, shipments. Value types, no I/O.
        .target(name: "Canonical", dependencies: ["Diagnostics"], swiftSettings: strict),
        // libxml2, linked through pkg-config; its headers are only seen by CXMLBridge.
        .systemLibrary(name: "CLibXML2", pkgConfig: "libxml-2.0", providers: [.apt(["libxml2-dev"])]),
        .target(name: "CXMLBridge", dependencies: ["CLibXML2"]),
        // Syscalls Swift's Glibc module does not expose (renameat2 RENAME_NOREPLACE, umask read,
        // posix_spawn into a new process group for on-failure commands).
        .target(name: "CFerrySystem"),
        // Streaming CSV / JSON / XML readers into record trees, and writers back out.
        .target(
            name: "Formats",
            dependencies: [
                "Diagnostics", "CXMLBridge",
                .product(name: "OrderedCollections", package: "swift-collections"),
            ],
            swiftSettings: strict),
        // Systems Ferry talks to: record trees <-> canonical documents <-> payloads.
        .target(
            name: "Connectors",
            dependencies: [
                "Diagnostics", "Canonical", "Formats", "Mapping", "Rules",
                .product(name: "OrderedCollections", package: "swift-collections"), .product(name: "GRDB", package: "GRDB.swift"),
            ],
            swiftSettings: strict),
        // Pure value transforms the mapping language names: street lines, date patterns, units, VAT, text.
        .target(
            name: "Mapping",
            dependencies: ["Diagnostics", "Formats", "Canonical", .product(name: "OrderedCollections", package: "swift-collections")],
            swiftSettings: strict),
        // Business rules and filters a flow names, the master-data questions they ask, reference tables.
        .target(name: "Rules", dependencies: ["Canonical", "Diagnostics", "Formats"], swiftSettings: strict),
        // ferry.yml: flows, targets, pickup settings; validation with line numbers.
        .target(
            name: "Configuration",
            dependencies: ["Diagnostics", "Canonical", "Formats", "Mapping", "Rules", .product(name: "Yams", package: "Yams")],
            resources: [.copy("Default.yml")],
            swiftSettings: strict),
        // Pickup, claim, ledger, export protocol, outbox, archive, status records.
        .target(
            name: "Engine",
            dependencies: [
                "Diagnostics", "Canonical", "Formats", "Connectors", "Configuration", "Rules", "CFerrySystem",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: strict),
        // `ferry serve`: the operator console (HTML pages and /api/v1) over one root. Only `ferry` links it.
        // FlyingFox, not Hummingbird: Hummingbird's graph brings apple/swift-configuration, whose
        // `Configuration` module clashes with ours (docs/console.md).
        .target(
            name: "Console",
            dependencies: [
                "Engine", "Configuration", "Diagnostics",
                .product(name: "FlyingFox", package: "FlyingFox"),
                .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "Prometheus", package: "swift-prometheus"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: strict),
        // The command line: parse, call the engine, choose the exit code.
        .executableTarget(
            name: "ferry",
            dependencies: [
                "Engine", "Configuration", "Diagnostics", "Canonical", "Connectors", "Console",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ],
            resources: [.copy("Examples")],
            swiftSettings: strict),

        // Finds the shared reference folder (FERRY_SHARED) for the tests against the public corpus.
        .target(name: "SharedFiles", path: "Tests/SharedFiles", swiftSettings: strict),
        .testTarget(name: "DiagnosticsTests", dependencies: ["Diagnostics"], swiftSettings: strict),
        .testTarget(name: "CanonicalTests", dependencies: ["Canonical", "Connectors", "Formats"], swiftSettings: strict),
        .testTarget(
            name: "FormatsTests",
            dependencies: ["Formats", "Diagnostics", "SharedFiles", .product(name: "OrderedCollections", package: "swift-collections")],
            resources: [.copy("Fixtures")], swiftSettings: strict),
        .testTarget(name: "MappingTests", dependencies: ["Mapping", "Diagnostics", "Formats", "Canonical"], swiftSettings: strict),
        .testTarget(name: "ConfigurationTests", dependencies: ["Configuration", "Rules"], swiftSettings: strict),
        .testTarget(name: "RulesTests", dependencies: ["Rules", "Canonical", "Connectors", "Formats"], swiftSettings: strict),
        .testTarget(
            name: "EngineTests",
            dependencies: [
                "Engine", "Configuration", "Rules", "Canonical", "SharedFiles",
                .product(name: "GRDB", package: "GRDB.swift"), .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: strict),
        .testTarget(
            name: "MarketplaceConnectorTests",
            dependencies: ["Connectors", "Canonical", "Configuration", "Formats", "Diagnostics", "Mapping", "SharedFiles"],
            swiftSettings: strict),
        .testTarget(
            name: "UBLConnectorTests",
            dependencies: ["Connectors", "Canonical", "Configuration", "Formats", "Diagnostics", "Mapping", "SharedFiles"],
            swiftSettings: strict),
        .testTarget(
            name: "FerryEndToEndTests",
            dependencies: ["SharedFiles", .product(name: "GRDB", package: "GRDB.swift")],
            resources: [.copy("Fixtures")],
            swiftSettings: strict),
    ],
    swiftLanguageModes: [.v6]
)
