import Autograd
import XCTest

/// `Generator.stateBytes()` / `setState(bytes:)` beyond what PyTorch can be asked (its torch program is
/// Data/torch_programs/generators.py): a round trip mid-stream, and crafted states that would make the engine
/// read outside its 624 words, which PyTorch's own check lets through, refused instead of trapping.
final class GeneratorStateTests: XCTestCase {
  func testStateRoundTripResumesTheStreamAndTheSpareNormal() throws {
    let generator = Generator(seed: 7)
    _ = generator.normal(count: 3, dtype: .float64, mean: 0, std: 1)
    let saved = generator.stateBytes()
    XCTAssertEqual(saved.count, Generator.stateByteCount)
    let expected = generator.normal(count: 5, dtype: .float64, mean: 0, std: 1)
    let other = Generator(seed: 1)
    try other.setState(bytes: saved)
    XCTAssertEqual(other.normal(count: 5, dtype: .float64, mean: 0, std: 1), expected)
    XCTAssertEqual(other.initialSeed, 7)
  }

  func testStatesThatWouldReadPastTheWordsAreRefused() {
    var bytes = Generator(seed: 3).stateBytes()
    // left = 5 with next = 624: the next four draws would read words 624...627.
    bytes[8] = 5
    bytes[16] = 0x70
    bytes[17] = 0x02
    let generator = Generator()
    XCTAssertThrowsError(try generator.setState(bytes: bytes)) { error in
      XCTAssertEqual((error as? AutogradError)?.message, "Invalid mt19937 state")
    }
    // The refused state left the generator as it was.
    XCTAssertEqual(generator.initialSeed, Generator.defaultSeed)
  }
}
