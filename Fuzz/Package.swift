// swift-tools-version:6.0
import PackageDescription

// libFuzzer targets for Ferry's readers. Built apart from the main package because
// `-sanitize=fuzzer` over the whole package fails to link the `ferry` executable;
// build and run them with `scripts/fuzz` (see README.md).
let package = Package(
    name: "FerryFuzz",
    dependencies: [
        .package(name: "Ferry", path: ".."),
    ],
    targets: [
        .target(name: "CFuzzDriver"),
        .target(
            name: "FuzzSupport",
            dependencies: ["CFuzzDriver", .product(name: "FerryFormats", package: "Ferry")]),
        .executableTarget(
            name: "FuzzCSV",
            dependencies: ["FuzzSupport", .product(name: "FerryFormats", package: "Ferry")]),
        .executableTarget(
            name: "FuzzJSON",
            dependencies: ["FuzzSupport", .product(name: "FerryFormats", package: "Ferry")]),
        .executableTarget(
            name: "FuzzXML",
            dependencies: ["FuzzSupport", .product(name: "FerryFormats", package: "Ferry")]),
        .executableTarget(
            name: "FuzzCanonical",
            dependencies: [
                "FuzzSupport",
                .product(name: "FerryFormats", package: "Ferry"),
                .product(name: "FerryConnectors", package: "Ferry"),
            ]),
    ],
    swiftLanguageModes: [.v6]
)
