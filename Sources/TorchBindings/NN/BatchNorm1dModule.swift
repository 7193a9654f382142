import Autograd
import PythonRuntime

/// `nn.BatchNorm1d(num_features, eps=1e-05, momentum=0.1, affine=True, track_running_stats=True, *,
/// bias=True)` (PyTorch 2.15's signature):
/// batch statistics in training mode (updating the running ones), running statistics in eval mode.
final class BatchNorm1dModule: NNModule {
  static let type = moduleType("BatchNorm1d", BatchNorm1dModule.self, file: "batchnorm") {
    type, arguments, context in
    let call = try TorchCall(
      python: arguments, method: true,
      Signature(
        "BatchNorm1d.__init__",
        [
          "num_features", .init("eps", default: .float(1e-5)), .init("momentum", default: .float(0.1)),
          .init("affine", default: .bool(true)), .init("track_running_stats", default: .bool(true)),
          .init("device", default: .none), .init("dtype", default: .none),
          .init("bias", default: .bool(true), keywordOnly: true),
        ]))
    let features = try call.int("num_features")
    let dtype = try call.dtype("dtype") ?? .float32
    let module = BatchNorm1dModule(type: type)
    module.attributes["num_features"] = .int(features)
    module.attributes["eps"] = call["eps"]
    module.attributes["momentum"] = call["momentum"]
    let affine = try call.bool("affine")
    let track = try call.bool("track_running_stats")
    let useBias = try call.bool("bias")
    module.attributes["affine"] = .bool(affine)
    module.attributes["track_running_stats"] = .bool(track)
    try TorchBridge.run(context) {
      module.parameters.set(
        "weight", affine ? try ParameterObject.make(from: try Tensor.ones([features], dtype: dtype)) : nil)
      module.parameters.set(
        "bias",
        affine && useBias ? try ParameterObject.make(from: try Tensor.zeros([features], dtype: dtype)) : nil)
      module.buffers.set(
        "running_mean", track ? TensorObject.wrap(try Tensor.zeros([features], dtype: dtype)) : nil)
      module.buffers.set(
        "running_var", track ? TensorObject.wrap(try Tensor.ones([features], dtype: dtype)) : nil)
      module.buffers.set(
        "num_batches_tracked", track ? TensorObject.wrap(try Tensor.zeros([], dtype: .int64)) : nil)
    }
    return .native(module)
  }

  override func forward(_ arguments: Arguments, context: NativeContext) throws -> Value {
    let input = try forwardInput(arguments)
    guard input.rank == 2 || input.rank == 3 else {
      throw NNError.value("expected 2D or 3D input (got \(input.rank)D input)")
    }
    let track = try context.truthValue(setting("track_running_stats"))
    let eps = try setting("eps").asDouble()
    var momentum = setting("momentum").isNone ? 0.0 : try setting("momentum").asDouble()
    if training && track, let counter = bufferTensor("num_batches_tracked") {
      try TorchBridge.run(context) { _ = try counter.add_(.scalar(.int(1))) }
      if setting("momentum").isNone {
        let batches = Int(try TorchBridge.run(context) { try counter.item() }.int64Value)
        momentum = Tensor.cumulativeMomentum(batchesTracked: batches)
      }
    }
    let runningMean = bufferTensor("running_mean")
    let runningVar = bufferTensor("running_var")
    let useBatchStatistics = training || (runningMean == nil && runningVar == nil)
    let passRunning = !training || track
    if useBatchStatistics, let message = Tensor.batchNormBatchSizeError(input.shape) {
      throw NNError.value(message)
    }
    return try TorchBridge.run(context) {
      TensorObject.value(
        try Tensor.batchNorm(
          input, runningMean: passRunning ? runningMean : nil, runningVar: passRunning ? runningVar : nil,
          weight: parameterTensor("weight"), bias: parameterTensor("bias"), training: useBatchStatistics,
          momentum: momentum, eps: eps))
    }
  }

  override func extraRepr() -> String {
    let head = ["num_features", "eps", "momentum", "affine"].enumerated().map { offset, name in
      (offset == 0 ? "" : name + "=") + ValueFormatter.repr(setting(name))
    }
    let bias = "bias=" + NNModule.bool(parameterTensor("bias") != nil)
    return (head + [bias, "track_running_stats=" + ValueFormatter.repr(setting("track_running_stats"))])
      .joined(separator: ", ")
  }
}
