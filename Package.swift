// swift-tools-version:6.1
import PackageDescription

let package = Package(
    name: "ecovol",
    products: [
        .executable(name: "ecovol", targets: ["ecovol"]),
        .library(name: "EcoVolKit", targets: ["EcoVolKit"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/yaslab/CSV.swift", from: "2.5.2"),
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.1"),
        .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.2"),
    ],
    targets: [
        // libedit through pkg-config, with a header of fixed-arity wrappers around its variadic setters.
        .systemLibrary(
            name: "CEditLine",
            pkgConfig: "libedit",
            providers: [.apt(["libedit-dev"])]
        ),
        // Signals delivered through a pipe to a Swift thread (dispatch signal sources lose some).
        .target(name: "CSignalPipe"),
        // All logic: knowledge, store, commands, layout. Knows nothing of terminals.
        .target(
            name: "EcoVolKit",
            dependencies: [
                .product(name: "Yams", package: "Yams"),
                .product(name: "CSV", package: "CSV.swift"),
                .product(name: "PostgresNIO", package: "postgres-nio"),
            ]
        ),
        // The thin executable: arguments, the line editor, ANSI rendering, the pager.
        .executableTarget(
            name: "ecovol",
            dependencies: [
                "EcoVolKit",
                "CEditLine",
                "CSignalPipe",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(
            name: "EcoVolKitTests",
            dependencies: [
                "EcoVolKit",
                "JSONTestSupport",
                .product(name: "PropertyBased", package: "swift-property-based"),
            ],
            // Read through #filePath by the judged-query and labelled-request tests, or by
            // Scripts/evaluate-questions.py (the fresh, December, spoken, winter, dawn and mixed question
            // sets), not bundled.
            exclude: [
                "Knowledge/JudgedQueries.json", "Knowledge/AskedQuestions.json", "Knowledge/UnseenQuestions.json",
                "Knowledge/FreshQuestions.json", "Knowledge/FreshQuestions.draft.txt",
                "Knowledge/DecemberQuestions.json", "Knowledge/DecemberQuestions.draft.txt",
                "Knowledge/SpokenQuestions.json", "Knowledge/SpokenQuestions.draft.txt",
                "Knowledge/WinterQuestions.json", "Knowledge/WinterQuestions.draft.txt",
                "Knowledge/DawnQuestions.json", "Knowledge/DawnQuestions.draft.txt",
                "Knowledge/MixedQuestions.json", "Knowledge/MixedQuestions.draft.txt",
                "Knowledge/AutumnQuestions.json", "Knowledge/AutumnQuestions.draft.txt",
                "Requests/Labelled",
            ]
        ),
        .testTarget(
            name: "EndToEndTests",
            dependencies: ["EcoVolKit", "JSONTestSupport"]
        ),
        // Test-only code both test targets share: a JSON reader for `--json` output.
        .target(name: "JSONTestSupport", dependencies: ["EcoVolKit"], path: "Tests/JSONTestSupport"),
    ],
    swiftLanguageModes: [.v6]
)
