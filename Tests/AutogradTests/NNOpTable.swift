import Autograd

/// The Swift side of `Data/nn_cases.py`'s `OPS`: the same call under the same name.
enum NNOpTable {
  typealias Op = @Sendable ([Tensor]) throws -> Tensor

  static let ops: [String: Op] = linearOps.merging(activationOps) { a, _ in a }.merging(lossOps) { a, _ in a }
    .merging(layerOps) { a, _ in a }.merging(shapeOps) { a, _ in a }

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

  static let layerOps: [String: Op] = [
    "batch_norm_train": {
      try Tensor.batchNorm(
        $0[0], runningMean: $0[1], runningVar: $0[2], weight: $0[3], bias: $0[4], training: true)
    },
    "batch_norm_train_noaffine": {
      try Tensor.batchNorm($0[0], runningMean: $0[1], runningVar: $0[2], training: true, momentum: 0.3)
    },
    "batch_norm_train_nostats": {
      try Tensor.batchNorm(
        $0[0], runningMean: nil, runningVar: nil, weight: $0[1], bias: $0[2], training: true)
    },
    "batch_norm_eval": {
      try Tensor.batchNorm(
        $0[0], runningMean: $0[1], runningVar: $0[2], weight: $0[3], bias: $0[4], training: false)
    },
    "conv2d": { try Tensor.conv2d($0[0], weight: $0[1], bias: $0[2]) },
    "conv2d_nobias": { try Tensor.conv2d($0[0], weight: $0[1]) },
    "conv2d_stride_pad": {
      try Tensor.conv2d($0[0], weight: $0[1], bias: $0[2], stride: [2], padding: .explicit([1]))
    },
    "conv2d_dilation": {
      try Tensor.conv2d($0[0], weight: $0[1], padding: .explicit([1, 0]), dilation: [2])
    },
    "conv2d_groups": { try Tensor.conv2d($0[0], weight: $0[1], bias: $0[2], groups: 2) },
    "conv2d_same_odd": { try Tensor.conv2d($0[0], weight: $0[1], padding: .same) },
    "conv2d_same_even": { try Tensor.conv2d($0[0], weight: $0[1], bias: $0[2], padding: .same) },
    "conv2d_valid": { try Tensor.conv2d($0[0], weight: $0[1], padding: .valid) },
    "conv2d_unbatched": { try Tensor.conv2d($0[0], weight: $0[1], bias: $0[2]) },
    "max_pool2d": { try $0[0].maxPool2d(kernelSize: [2]).values },
    "max_pool2d_stride_pad": { try $0[0].maxPool2d(kernelSize: [3], stride: [2], padding: [1]).values },
    "max_pool2d_ceil": { try $0[0].maxPool2d(kernelSize: [2], stride: [2], ceilMode: true).values },
    "max_pool2d_dilation": { try $0[0].maxPool2d(kernelSize: [2], stride: [1], dilation: [2]).values },
    "max_pool2d_ties": { try $0[0].maxPool2d(kernelSize: [2]).values },
    "max_pool2d_3d": { try $0[0].maxPool2d(kernelSize: [2, 1]).values },
    "avg_pool2d": { try $0[0].avgPool2d(kernelSize: [2]) },
    "avg_pool2d_pad": { try $0[0].avgPool2d(kernelSize: [3], stride: [2], padding: [1]) },
    "avg_pool2d_pad_exclude": {
      try $0[0].avgPool2d(kernelSize: [3], stride: [2], padding: [1], countIncludePad: false)
    },
    "avg_pool2d_ceil": { try $0[0].avgPool2d(kernelSize: [2], stride: [2], ceilMode: true) },
    "avg_pool2d_divisor": { try $0[0].avgPool2d(kernelSize: [2], divisorOverride: 3) },
    "adaptive_avg_pool2d": { try $0[0].adaptiveAvgPool2d(outputSize: [2, 3]) },
    "adaptive_avg_pool2d_1": { try $0[0].adaptiveAvgPool2d(outputSize: [1]) },
    "adaptive_avg_pool2d_none": { try $0[0].adaptiveAvgPool2d(outputSize: [nil, 2]) },
  ]

  static let shapeOps: [String: Op] = [
    "pad_constant": { try $0[0].pad([1, 2]) },
    "pad_constant_value": { try $0[0].pad([1, 1, 2, 0], value: -1.5) },
    "pad_constant_crop": { try $0[0].pad([-1, 1]) },
    "pad_reflect_1d": { try $0[0].pad([2, 1], mode: .reflect) },
    "pad_reflect_2d": { try $0[0].pad([1, 1, 2, 1], mode: .reflect) },
    "pad_replicate_1d": { try $0[0].pad([3, 1], mode: .replicate) },
    "pad_replicate_2d": { try $0[0].pad([1, 2, 0, 1], mode: .replicate) },
    "unflatten": { try $0[0].unflatten(dim: 1, sizes: [2, -1]) },
    "flatten": { try $0[0].flatten(startDim: 1) },
    "dropout_eval": { try $0[0].dropout(p: 0.5, training: false) },
    "dropout_p0": { try $0[0].dropout(p: 0, training: true) },
    "dropout_p1": { try $0[0].dropout(p: 1, training: true) },
  ]
}
