/// PyTorch's default CPU generator (mt19937 plus the normal-sampling cache PyTorch keeps, if any).
public final class Generator {
  /// PyTorch's compiled-in default seed (`default_rng_seed_val`).
  public static let defaultSeed: UInt64 = 67280421310721

  /// The full 64-bit seed last set (`torch.initial_seed()`).
  public private(set) var initialSeed: UInt64

  public init(seed: UInt64 = Generator.defaultSeed) {
    initialSeed = seed
  }

  /// `torch.manual_seed(seed)`: reseeds the engine with the low 32 bits and clears the cached normal.
  public func manualSeed(_ seed: UInt64) {
    initialSeed = seed
  }

  /// `count` draws of torch.rand/uniform_(low, high) in `dtype` (float32 values are exact Floats, widened).
  public func uniform(count: Int, dtype: DType, low: Double, high: Double) -> [Double] {
    []
  }

  /// `count` draws of torch.randn/normal_(mean, std) for a tensor of `count` elements in `dtype`.
  public func normal(count: Int, dtype: DType, mean: Double, std: Double) -> [Double] {
    []
  }

  /// `count` draws of torch.randint(low, high) (int64).
  public func randint(count: Int, low: Int64, high: Int64) -> [Int64] {
    []
  }
}
