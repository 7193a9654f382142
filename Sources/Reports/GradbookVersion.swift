/// The version `gradbook --version` prints and reports carry.
public enum GradbookVersion {
  public static let current = "0.1.0"
}
