import Autograd

/// The Swift side of `Data/nn_cases.py`'s `OPS`: the same call under the same name.
enum NNOpTable {
  typealias Op = ([Tensor]) throws -> Tensor

  static let ops: [String: Op] = linearOps.merging(activationOps) { a, _ in a }.merging(lossOps) { a, _ in a }

  static let linearOps: [String: Op] = [
    "linear_2d": { try Tensor.linear($0[0], weight: $0[1], bias: $0[2]) },
    "linear_1d": { try Tensor.linear($0[0], weight: $0[1], bias: $0[2]) },
    "linear_3d": { try Tensor.linear($0[0], weight: $0[1], bias: $0[2]) },
    "linear_nobias_2d": { try Tensor.linear($0[0], weight: $0[1]) },
    "linear_nobias_1d": { try Tensor.linear($0[0], weight: $0[1]) },
    "linear_nobias_3d": { try Tensor.linear($0[0], weight: $0[1]) },
    "linear_noncontig_3d": { try Tensor.linear($0[0].transpose(0, 1), weight: $0[1], bias: $0[2]) },
    "linear_scalar_bias_3d": { try Tensor.linear($0[0], weight: $0[1], bias: $0[2]) },
    "addmm": { try Tensor.addmm($0[0], $0[1], $0[2]) },
  ]

  static let activationOps: [String: Op] = [
    "relu": { try $0[0].relu() },
    "leaky_relu": { try $0[0].leakyRelu() },
    "leaky_relu_02": { try $0[0].leakyRelu(negativeSlope: 0.2) },
    "sigmoid": { try $0[0].sigmoid() },
    "tanh": { try $0[0].tanh() },
    "softmax_dim1": { try $0[0].softmax(dim: 1) },
    "softmax_dim0": { try $0[0].softmax(dim: 0) },
    "softmax_last3d": { try $0[0].softmax(dim: -1) },
    "softmax_mid3d": { try $0[0].softmax(dim: 1) },
    "softmax_1d": { try $0[0].softmax(dim: 0) },
    "softmax_double": { try $0[0].softmax(dim: 1, dtype: .float64) },
    "log_softmax_dim1": { try $0[0].logSoftmax(dim: 1) },
    "log_softmax_dim0": { try $0[0].logSoftmax(dim: 0) },
    "log_softmax_last3d": { try $0[0].logSoftmax(dim: -1) },
    "log_softmax_mid3d": { try $0[0].logSoftmax(dim: 1) },
    "log_softmax_wide": { try $0[0].logSoftmax(dim: 1) },
  ]

  static let lossOps: [String: Op] = [
    "mse_mean": { try Tensor.mseLoss($0[0], $0[1]) },
    "mse_sum": { try Tensor.mseLoss($0[0], $0[1], reduction: .sum) },
    "mse_none": { try Tensor.mseLoss($0[0], $0[1], reduction: .none) },
    "l1_mean": { try Tensor.l1Loss($0[0], $0[1]) },
    "l1_sum": { try Tensor.l1Loss($0[0], $0[1], reduction: .sum) },
    "l1_none": { try Tensor.l1Loss($0[0], $0[1], reduction: .none) },
    "bce_mean": { try Tensor.binaryCrossEntropy($0[0], $0[1]) },
    "bce_sum": { try Tensor.binaryCrossEntropy($0[0], $0[1], reduction: .sum) },
    "bce_none": { try Tensor.binaryCrossEntropy($0[0], $0[1], reduction: .none) },
    "bce_weight": { try Tensor.binaryCrossEntropy($0[0], $0[1], weight: $0[2]) },
    "bce_logits_mean": { try Tensor.binaryCrossEntropyWithLogits($0[0], $0[1]) },
    "bce_logits_none": { try Tensor.binaryCrossEntropyWithLogits($0[0], $0[1], reduction: .none) },
    "bce_logits_pos_weight": { try Tensor.binaryCrossEntropyWithLogits($0[0], $0[1], posWeight: $0[2]) },
    "bce_logits_weight_sum": {
      try Tensor.binaryCrossEntropyWithLogits($0[0], $0[1], weight: $0[2], reduction: .sum)
    },
    "nll_mean": { try Tensor.nllLoss($0[0], $0[1]) },
    "nll_sum": { try Tensor.nllLoss($0[0], $0[1], reduction: .sum) },
    "nll_none": { try Tensor.nllLoss($0[0], $0[1], reduction: .none) },
    "nll_weight": { try Tensor.nllLoss($0[0], $0[1], weight: $0[2]) },
    "nll_weight_sum": { try Tensor.nllLoss($0[0], $0[1], weight: $0[2], reduction: .sum) },
    "nll_ignore": { try Tensor.nllLoss($0[0], $0[1], ignoreIndex: 2) },
    "nll_1d": { try Tensor.nllLoss($0[0], $0[1]) },
    "nll_spatial": { try Tensor.nllLoss($0[0], $0[1]) },
    "nll_spatial_none": { try Tensor.nllLoss($0[0], $0[1], reduction: .none) },
    "nll_big_batch": { try Tensor.nllLoss($0[0], $0[1]) },
    "ce_mean": { try Tensor.crossEntropy($0[0], $0[1]) },
    "ce_sum": { try Tensor.crossEntropy($0[0], $0[1], reduction: .sum) },
    "ce_none": { try Tensor.crossEntropy($0[0], $0[1], reduction: .none) },
    "ce_weight": { try Tensor.crossEntropy($0[0], $0[1], weight: $0[2]) },
    "ce_ignore": { try Tensor.crossEntropy($0[0], $0[1], ignoreIndex: -100) },
    "ce_1d": { try Tensor.crossEntropy($0[0], $0[1]) },
    "ce_probs": { try Tensor.crossEntropy($0[0], $0[1]) },
    "ce_probs_sum": { try Tensor.crossEntropy($0[0], $0[1], reduction: .sum) },
    "ce_probs_none": { try Tensor.crossEntropy($0[0], $0[1], reduction: .none) },
    "ce_probs_weight": { try Tensor.crossEntropy($0[0], $0[1], weight: $0[2]) },
    "ce_probs_smooth": { try Tensor.crossEntropy($0[0], $0[1], labelSmoothing: 0.2) },
    "ce_smooth": { try Tensor.crossEntropy($0[0], $0[1], labelSmoothing: 0.1) },
    "ce_smooth_sum": { try Tensor.crossEntropy($0[0], $0[1], reduction: .sum, labelSmoothing: 0.1) },
    "ce_smooth_none": { try Tensor.crossEntropy($0[0], $0[1], reduction: .none, labelSmoothing: 0.3) },
    "ce_smooth_weight": { try Tensor.crossEntropy($0[0], $0[1], weight: $0[2], labelSmoothing: 0.25) },
    "ce_smooth_ignore": { try Tensor.crossEntropy($0[0], $0[1], ignoreIndex: 0, labelSmoothing: 0.1) },
    "ce_spatial": { try Tensor.crossEntropy($0[0], $0[1]) },
  ]
}
