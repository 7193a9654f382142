import Autograd
import PythonRuntime

/// Matrix products: `matmul`, `mm`, `mv`, `dot`, `bmm` (each also `torch.<name>(input, …)`).
extension TensorMethods {
  static let linearAlgebra: [TensorMethod] = [
    withTensor("matmul", torch: .same) { try $0.matmul($1) },
    withTensor("mm", "mat2", torch: .same) { try $0.mm($1) },
    withTensor("mv", "vec", torch: .same) { try $0.mv($1) },
    withTensor("dot", "tensor", torch: .same) { try $0.dot($1) },
    withTensor("bmm", "mat2", torch: .same) { try $0.bmm($1) },
  ]
}
