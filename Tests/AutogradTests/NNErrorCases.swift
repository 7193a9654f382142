@testable import Autograd

/// The Swift side of `Data/nn_cases.py`'s `ERRORS`: each name runs the same call and returns what Python
/// would print for its result (the repr), or throws.
enum NNErrorCases {
  typealias Case = @Sendable () throws -> String

  static func ones(_ shape: [Int], _ dtype: DType = .float32) throws -> Tensor {
    try Tensor.ones(shape, dtype: dtype)
  }
  static func values(_ v: [Double], _ shape: [Int]? = nil, _ dtype: DType = .float32) -> Tensor {
    Tensor(shape: shape ?? [v.count], dtype: dtype, floats: v)
  }
  static func longs(_ v: [Int64], _ shape: [Int]? = nil) -> Tensor {
    Tensor(shape: shape ?? [v.count], dtype: .int64, integers: v)
  }
  static func text(_ tensor: Tensor) -> String { tensor.description }
  static func conv(
    _ input: Tensor, _ weight: Tensor, bias: Tensor? = nil, stride: [Int] = [1],
    padding: Tensor.ConvolutionPadding = .explicit([0]), dilation: [Int] = [1], groups: Int = 1
  ) throws -> String {
    text(
      try Tensor.conv2d(
        input, weight: weight, bias: bias, stride: stride, padding: padding, dilation: dilation,
        groups: groups))
  }
  static func infGradient() -> Tensor { values([1, .infinity]) }

  static let cases: [String: Case] = linear.merging(losses) { a, _ in a }.merging(layers) { a, _ in a }
    .merging(sampling) { a, _ in a }.merging(initialisers) { a, _ in a }

  static let linear: [String: Case] = [
    "linear_1d_wrong": {
      text(try Tensor.linear(try ones([5]), weight: try ones([2, 3]), bias: try ones([2])))
    },
    "linear_2d_wrong": {
      text(try Tensor.linear(try ones([4, 5]), weight: try ones([2, 3]), bias: try ones([2])))
    },
    "linear_3d_wrong_nobias": { text(try Tensor.linear(try ones([2, 4, 5]), weight: try ones([2, 3]))) },
    "linear_1d_wrong_nobias": { text(try Tensor.linear(try ones([5]), weight: try ones([2, 3]))) },
    "linear_int_input": {
      text(try Tensor.linear(longs([1, 2, 3], [1, 3]), weight: try ones([2, 3]), bias: try ones([2])))
    },
    "linear_int_input_nobias": {
      text(try Tensor.linear(try ones([2, 3], .int64), weight: try ones([2, 3])))
    },
    "linear_double_bias": {
      text(try Tensor.linear(try ones([2, 3]), weight: try ones([2, 3]), bias: try ones([2], .float64)))
    },
    "linear_bias_shape": {
      text(try Tensor.linear(try ones([2, 3]), weight: try ones([2, 3]), bias: try ones([3])))
    },
    "linear_scalar": {
      text(try Tensor.linear(try ones([]), weight: try ones([2, 3]), bias: try ones([2])))
    },
    "linear_weight_1d_bias": {
      text(try Tensor.linear(try ones([4, 3]), weight: try ones([3]), bias: try ones([])))
    },
    "addmm_self_1d_mat1": { text(try Tensor.addmm(try ones([2]), try ones([3]), try ones([3, 2]))) },
    "softmax_long": { text(try longs([1, 2]).softmax(dim: 0)) },
    "log_softmax_long": { text(try longs([1, 2]).logSoftmax(dim: 0)) },
    "softmax_dim_range": { text(try ones([2, 3]).softmax(dim: 2)) },
    "softmax_long_dim0": { text(try ones([2, 3], .int64).softmax(dim: 0)) },
    "leaky_relu_long": { text(try longs([1, -2]).leakyRelu()) },
    "softmax_implicit": {
      let x = values([1, 2, 3, 5], [2, 2])
      let (dim, warning) = Tensor.implicitSoftmaxDim(function: "softmax", rank: x.rank)
      AutogradContext.current.warn(warning)
      return text(try x.softmax(dim: dim))
    },
    "log_softmax_implicit_3d": {
      let x = try Tensor.zeros([1, 2, 2])
      let (dim, warning) = Tensor.implicitSoftmaxDim(function: "log_softmax", rank: x.rank)
      AutogradContext.current.warn(warning)
      return text(try x.logSoftmax(dim: dim))
    },
  ]

  static let losses: [String: Case] = [
    "mse_long": { text(try Tensor.mseLoss(try ones([3], .int64), try Tensor.zeros([3], dtype: .int64))) },
    "mse_not_broadcastable": { text(try Tensor.mseLoss(try ones([3]), try Tensor.zeros([4]))) },
    "reduction_invalid": {
      text(
        try Tensor.mseLoss(
          try ones([3]), try Tensor.zeros([3]), reduction: try LossReduction(pythonName: "avg")))
    },
    "l1_long": { text(try Tensor.l1Loss(try ones([3], .int64), try Tensor.zeros([3], dtype: .int64))) },
    "bce_input_range": { text(try Tensor.binaryCrossEntropy(values([1.5]), values([1]))) },
    "bce_nan_input": { text(try Tensor.binaryCrossEntropy(values([.nan]), values([1]))) },
    "bce_target_range": { text(try Tensor.binaryCrossEntropy(values([0.5]), values([1.5]))) },
    "bce_size": { text(try Tensor.binaryCrossEntropy(values([0.5, 0.5], [2, 1]), values([1, 0]))) },
    "bce_weight": {
      text(try Tensor.binaryCrossEntropy(values([0.5, 0.5]), values([1, 0]), weight: try ones([3])))
    },
    "bce_long_target": { text(try Tensor.binaryCrossEntropy(values([0.5, 0.5]), longs([1, 0]))) },
    "bce_double_target": { text(try Tensor.binaryCrossEntropy(values([0.5]), values([1], nil, .float64))) },
    "bce_edges": { text(try Tensor.binaryCrossEntropy(values([0, 1]), values([1, 0]))) },
    "bce_logits_size": { text(try Tensor.binaryCrossEntropyWithLogits(values([0.5, 0.5]), values([1]))) },
    "bce_logits_pos_weight": {
      text(
        try Tensor.binaryCrossEntropyWithLogits(
          values([0.5, 0.5]), values([1, 0]), posWeight: try ones([3])))
    },
    "bce_logits_long_target": {
      text(try Tensor.binaryCrossEntropyWithLogits(values([0.5, 0.5]), longs([1, 0])))
    },
    "nll_float_target": { text(try Tensor.nllLoss(try ones([4, 3]), values([0, 1, 2, 1]))) },
    "nll_batch": { text(try Tensor.nllLoss(try ones([4, 3]), longs([0, 1]))) },
    "nll_2d_target": {
      text(try Tensor.nllLoss(try ones([4, 3]), try Tensor.zeros([4, 2], dtype: .int64)))
    },
    "nll_out_of_bounds": { text(try Tensor.nllLoss(try ones([4, 3]), longs([0, 3, 1, 1]))) },
    "nll_negative_target": { text(try Tensor.nllLoss(try ones([4, 3]), longs([0, -1, 1, 1]))) },
    "nll_1d_out_of_bounds": { text(try Tensor.nllLoss(try ones([4]), longs([5], []))) },
    "nll_weight": {
      text(try Tensor.nllLoss(try ones([4, 3]), longs([0, 1, 2, 1]), weight: try ones([2])))
    },
    "nll_0d": { text(try Tensor.nllLoss(try ones([]), longs([0], []))) },
    "nll_spatial_target": {
      text(try Tensor.nllLoss(try ones([2, 3, 4]), try Tensor.zeros([2], dtype: .int64)))
    },
    "nll_long_input": { text(try Tensor.nllLoss(try ones([4, 3], .int64), longs([0, 1, 2, 1]))) },
    "nll_weight_dtype": {
      text(try Tensor.nllLoss(try ones([4, 3]), longs([0, 1, 2, 1]), weight: try ones([3], .float64)))
    },
    "nll_all_ignored": { text(try Tensor.nllLoss(try ones([4, 3]), longs([1, 1, 1, 1]), ignoreIndex: 1)) },
    "ce_float_indices": { text(try Tensor.crossEntropy(try ones([2, 3]), values([0, 1]))) },
    "ce_out_of_bounds": { text(try Tensor.crossEntropy(try ones([2, 3]), longs([0, 3]))) },
    "ce_long_probs": { text(try Tensor.crossEntropy(try ones([4, 3]), try ones([4, 3], .int64))) },
    "ce_probs_ignore": {
      text(try Tensor.crossEntropy(try ones([4, 3]), try Tensor.rand([4, 3]), ignoreIndex: 1))
    },
    "ce_probs_weight": {
      text(try Tensor.crossEntropy(try ones([4, 3]), try Tensor.rand([4, 3]), weight: try ones([2])))
    },
    "ce_smoothing_range": {
      text(try Tensor.crossEntropy(try ones([4, 3]), longs([0, 1, 2, 1]), labelSmoothing: 1.5))
    },
    "ce_long_input": { text(try Tensor.crossEntropy(try ones([4, 3], .int64), longs([0, 1, 2, 1]))) },
    "ce_scalar": { text(try Tensor.crossEntropy(try ones([]), longs([0], []))) },
    "ce_ignore_default": { text(try Tensor.crossEntropy(try ones([4, 3]), longs([0, 1, -100, 1]))) },
    "clip_nonfinite": {
      text(try GradClipping.clipGradNorm_([infGradient()], maxNorm: 1, errorIfNonfinite: true))
    },
    "clip_nonfinite_l1": {
      text(try GradClipping.clipGradNorm_([infGradient()], maxNorm: 1, normType: 1, errorIfNonfinite: true))
    },
  ]

  static func batchNorm(
    _ input: Tensor, _ mean: Tensor?, _ variance: Tensor?, weight: Tensor? = nil, training: Bool
  ) throws -> String {
    if training, let message = Tensor.batchNormBatchSizeError(input.shape) {
      throw AutogradError(.valueError, message)
    }
    return text(
      try Tensor.batchNorm(input, runningMean: mean, runningVar: variance, weight: weight, training: training)
    )
  }

  static let layers: [String: Case] = [
    "bn_batch_one": {
      try batchNorm(try ones([1, 3]), try Tensor.zeros([3]), try ones([3]), training: true)
    },
    "bn_running_size": {
      try batchNorm(try ones([2, 3]), try Tensor.zeros([4]), try ones([3]), training: true)
    },
    "bn_weight_size": {
      try batchNorm(
        try ones([2, 3]), try Tensor.zeros([3]), try ones([3]), weight: try ones([2]), training: true)
    },
    "bn_eval_no_stats": { try batchNorm(try ones([2, 3]), nil, nil, training: false) },
    "bn_eval_no_var": { try batchNorm(try ones([2, 3]), try Tensor.zeros([3]), nil, training: false) },
    "bn_long": {
      try batchNorm(try ones([2, 3], .int64), try Tensor.zeros([3]), try ones([3]), training: true)
    },
    "bn_mixed": {
      try batchNorm(try ones([2, 3], .float64), try Tensor.zeros([3]), try ones([3]), training: true)
    },
    "conv_same_stride": {
      try conv(try ones([1, 2, 5, 5]), try ones([3, 2, 2, 2]), stride: [2], padding: .same)
    },
    "conv_padding_string": {
      try conv(
        try ones([1, 2, 5, 5]), try ones([3, 2, 2, 2]),
        padding: try Tensor.ConvolutionPadding(string: "middle"))
    },
    "conv_channels": { try conv(try ones([1, 2, 5, 5]), try ones([3, 3, 2, 2])) },
    "conv_groups": { try conv(try ones([1, 2, 5, 5]), try ones([3, 1, 2, 2]), groups: 2) },
    "conv_kernel_too_big": { try conv(try ones([1, 2, 1, 1]), try ones([3, 2, 2, 2])) },
    "conv_input_2d": { try conv(try ones([5, 5]), try ones([3, 2, 2, 2])) },
    "conv_bias": { try conv(try ones([1, 2, 5, 5]), try ones([3, 2, 2, 2]), bias: try ones([2])) },
    "conv_stride_zero": { try conv(try ones([1, 2, 5, 5]), try ones([3, 2, 2, 2]), stride: [0]) },
    "conv_padding_negative": {
      try conv(try ones([1, 2, 5, 5]), try ones([3, 2, 2, 2]), padding: .explicit([-1]))
    },
    "conv_dilation_zero": { try conv(try ones([1, 2, 5, 5]), try ones([3, 2, 2, 2]), dilation: [0]) },
    "conv_groups_zero": { try conv(try ones([1, 2, 5, 5]), try ones([3, 2, 2, 2]), groups: 0) },
    "conv_stride_three": { try conv(try ones([1, 2, 5, 5]), try ones([3, 2, 2, 2]), stride: [1, 2, 3]) },
    "conv_double_input": { try conv(try ones([1, 2, 5, 5], .float64), try ones([3, 2, 2, 2])) },
    "maxpool_kernel_zero": { text(try ones([1, 1, 4, 4]).maxPool2d(kernelSize: [0]).values) },
    "maxpool_pad": { text(try ones([1, 1, 4, 4]).maxPool2d(kernelSize: [2], padding: [2]).values) },
    "maxpool_too_big": { text(try ones([1, 1, 4, 4]).maxPool2d(kernelSize: [5]).values) },
    "maxpool_kernel_tuple": { text(try ones([1, 1, 4, 4]).maxPool2d(kernelSize: [2, 2, 2]).values) },
    "maxpool_1d": { text(try ones([4]).maxPool2d(kernelSize: [2]).values) },
    "maxpool_dilation": { text(try ones([1, 1, 4, 4]).maxPool2d(kernelSize: [2], dilation: [0]).values) },
    "avgpool_divisor_zero": { text(try ones([1, 1, 4, 4]).avgPool2d(kernelSize: [2], divisorOverride: 0)) },
    "avgpool_too_big": { text(try ones([1, 1, 4, 4]).avgPool2d(kernelSize: [5])) },
    "adaptive_sizes": { text(try ones([1, 1, 4, 4]).adaptiveAvgPool2d(outputSize: [2, 2, 2])) },
    "adaptive_1d": { text(try ones([4]).adaptiveAvgPool2d(outputSize: [2])) },
    "adaptive_negative": { text(try ones([1, 1, 4, 4]).adaptiveAvgPool2d(outputSize: [-1])) },
    "adaptive_long": { text(try ones([1, 1, 4, 4], .int64).adaptiveAvgPool2d(outputSize: [2])) },
    "pad_odd": { text(try ones([1, 2, 3]).pad([1])) },
    "pad_too_long": { text(try ones([1, 2, 3]).pad([1, 1, 1, 1, 1, 1, 1, 1])) },
    "pad_reflect_size": { text(try ones([1, 2, 3]).pad([3, 3], mode: .reflect)) },
    "pad_reflect_value": { text(try ones([1, 2, 3]).pad([1, 1], mode: .reflect, value: 1)) },
    "pad_mode": { text(try ones([1, 2, 3]).pad([1, 1], mode: try Tensor.PaddingMode(name: "wrap"))) },
    "pad_reflect_1d_input": { text(try ones([3]).pad([1, 1], mode: .reflect)) },
    "pad_crop_too_much": { text(try ones([1, 2, 3]).pad([-3, -1])) },
    "one_hot_too_small": { text(try Tensor.oneHot(longs([0, 2, 1]), numClasses: 2)) },
    "one_hot_negative": { text(try Tensor.oneHot(longs([0, -1]))) },
    "one_hot_float": { text(try Tensor.oneHot(values([0, 1]))) },
    "one_hot_empty": { text(try Tensor.oneHot(longs([]))) },
    "unflatten_sizes": { text(try ones([1, 2, 3]).unflatten(dim: 2, sizes: [2, 2])) },
    "unflatten_empty": { text(try ones([1, 2, 3]).unflatten(dim: 2, sizes: [])) },
    "dropout_range": {
      if let message = Tensor.dropoutProbabilityError(.float(1.5)) {
        throw AutogradError(.valueError, message)
      }
      return "Dropout(p=1.5, inplace=False)"
    },
    "dropout_negative": {
      if let message = Tensor.dropoutProbabilityError(.float(-0.5)) {
        throw AutogradError(.valueError, message)
      }
      return text(try ones([2]).dropout(p: -0.5, training: true))
    },
  ]

  static let sampling: [String: Case] = [
    "randperm_negative": { text(try Tensor.randperm(-1)) },
    "randperm_bool": { text(try Tensor.randperm(3, dtype: .bool)) },
    "randperm_float_range": { text(try Tensor.randperm((1 << 24) + 2, dtype: .float32)) },
    "multinomial_too_many": { text(try values([0.5, 0.5]).multinomial(numSamples: 3)) },
    "multinomial_negative": { text(try values([-1, 1]).multinomial(numSamples: 1)) },
    "multinomial_zero_sum": { text(try values([0, 0]).multinomial(numSamples: 1)) },
    "multinomial_replacement_negative": {
      text(try values([-1, 2]).multinomial(numSamples: 2, replacement: true))
    },
    "multinomial_replacement_inf": {
      text(try values([.infinity, 2]).multinomial(numSamples: 2, replacement: true))
    },
    "multinomial_replacement_zero": {
      text(try values([0, 0]).multinomial(numSamples: 2, replacement: true))
    },
    "multinomial_long": { text(try longs([1, 2]).multinomial(numSamples: 1)) },
    "multinomial_3d": { text(try ones([2, 2, 2]).multinomial(numSamples: 1)) },
    "multinomial_zero_samples": { text(try ones([3]).multinomial(numSamples: 0)) },
    "bernoulli_p": { text(try ones([3]).bernoulli_(probability: 1.5)) },
    "bernoulli_tensor_p": { text(try Tensor.bernoulli(values([0.5, 1.5]))) },
    "bernoulli_long_p": { text(try Tensor.bernoulli(longs([1, 0]))) },
    "random_split_sum": {
      "\(try DataLoaderSampling.randomSplitLengths(count: 5, lengths: [.int(2), .int(2)]).lengths)"
    },
    "random_split_fraction": {
      "\(try DataLoaderSampling.randomSplitLengths(count: 5, lengths: [.float(1.5), .float(-0.5)]).lengths)"
    },
  ]

  static let initialisers: [String: Case] = [
    "init_fan_1d": { text(try NNInit.kaimingUniform_(try Tensor.zeros([3]))) },
    "init_mode": { text(try NNInit.kaimingNormal_(try Tensor.zeros([3, 3]), mode: "fan_avg")) },
    "init_nonlinearity": {
      text(try NNInit.kaimingUniform_(try Tensor.zeros([3, 3]), nonlinearity: "swish"))
    },
    "init_zero_element": { text(try NNInit.kaimingUniform_(try Tensor.zeros([0, 3]))) },
    "init_xavier_1d": { text(try NNInit.xavierUniform_(try Tensor.zeros([3]))) },
    "gain_tanh": { "\(try NNInit.calculateGain("tanh"))" },
    "gain_linear": { "\(try NNInit.calculateGain("linear"))" },
    "gain_leaky": { "\(try NNInit.calculateGain("leaky_relu", parameter: .float(0.2)))" },
    "gain_relu": { "\(try NNInit.calculateGain("relu"))" },
    "uniform_range": { text(try NNInit.uniform_(try Tensor.zeros([3]), low: 2, high: 1)) },
    "normal_std": { text(try NNInit.normal_(try Tensor.zeros([3]), mean: 0, std: -1)) },
  ]
}
