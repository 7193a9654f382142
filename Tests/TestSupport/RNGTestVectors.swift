/// PyTorch's CPU generator test vectors (`Tests/Fixtures/reference/rng_test_vectors.json`): raw MT19937 words
/// and a sequence of sampling calls after `torch.manual_seed(0)`.
public struct RNGTestVectors: Codable, Sendable {
  /// One sampling call (`randn(2,2)`, `randint(0,10,(5,))`) and what it returned.
  public struct Call: Codable, Sendable {
    public var call: String
    public var values: [Double]
    /// The float32 bit patterns of `values` (`0x3fc53f5c`); absent for integer calls.
    public var f32Bits: [String]?
    /// The tensor's repr; absent for integer calls.
    public var repr: String?
    /// As recorded by the vectors' producer: whether its own reimplementation reproduced the call.
    public var reimplMatches: Bool
  }

  public var torchVersion: String
  public var cpuCapability: String
  public var mt19937Seed0First8U32: [UInt32]
  public var mt19937Seed42First4U32: [UInt32]
  public var sequenceAfterManualSeed0: [Call]

  /// Reads the vectors; throws a `FixtureError` when the file is missing or malformed.
  public static func load() throws -> RNGTestVectors {
    try decodeFixture(RNGTestVectors.self, at: RepositoryPaths.fixture("reference/rng_test_vectors.json"))
  }
}
