import Diagnostics

extension Location {
    /// The name error messages use for the value being transformed.
    var valueName: String { field ?? path ?? "value" }
}

extension FerryError {
    /// MAP-109 for a transform setting out of range.
    static func badSetting(_ transform: String, _ setting: String, _ value: String, at location: Location) -> FerryError {
        FerryError(
            .mapInvalidTransformSetting, at: location, ["transform": transform, "setting": setting, "value": value])
    }
}
