import Autograd
import PythonRuntime

/// Tensor methods (`x.sum(dim=0)`, `x.backward()`, `x.view(2, 3)`, …), shared with the torch
/// functions that take the tensor as `input` (`torch.sum(x, dim=0)`).
extension TensorObject {
  /// Every method name a tensor answers to.
  static let methodNames: Set<String> = [
    "size", "dim", "ndimension", "numel", "nelement", "element_size", "item", "tolist", "backward", "detach",
    "clone", "contiguous", "float", "double", "long", "bool", "int", "half", "to", "type", "numpy", "cpu",
    "t",
    "view", "view_as", "reshape", "reshape_as", "unsqueeze", "squeeze", "flatten", "transpose", "permute",
    "expand", "expand_as", "narrow", "select", "requires_grad_", "retain_grad", "zero_", "fill_", "copy_",
    "add_",
    "sub_", "mul_", "div_", "pow_", "clamp_", "clip_", "uniform_", "normal_", "add", "sub", "mul", "div",
    "pow",
    "neg", "negative", "exp", "log", "sin", "cos", "tanh", "sigmoid", "relu", "sqrt", "abs", "sign",
    "reciprocal",
    "rsqrt", "clamp", "clip", "square", "floor_divide", "remainder", "sum", "mean", "max", "min", "argmax",
    "argmin", "matmul", "mm", "mv", "dot", "bmm", "eq", "ne", "lt", "le", "gt", "ge", "allclose", "equal",
    "masked_fill", "logical_not", "logical_and", "is_inference", "is_contiguous", "is_floating_point",
    "data_ptr", "new_zeros", "new_ones", "new_full", "new_empty", "new_tensor", "where", "get_device",
    "detach_", "maximum", "minimum", "floor_divide_", "remainder_", "bitwise_and", "bitwise_or",
    "bitwise_xor",
    "bitwise_not", "bitwise_and_", "bitwise_or_", "bitwise_xor_", "bitwise_not_",
  ]

  func hasMethod(_ name: String) -> Bool { TensorObject.methodNames.contains(name) }

  func callMethod(_ name: String, arguments: Arguments, context: NativeContext) throws -> Value? {
    guard TensorObject.methodNames.contains(name) else { return nil }
    return try TorchBridge.run(context) {
      try TensorObject.invoke(name, on: tensor, arguments, context: context)
    }
  }

  /// Runs method `name` on `tensor`; `arguments` exclude the tensor itself.
  static func invoke(_ name: String, on tensor: Tensor, _ arguments: Arguments, context: NativeContext) throws
    -> Value
  {
    func none() throws { _ = try TorchCall(arguments, Signature(name, [])) }
    func unary(_ operation: (Tensor) throws -> Tensor) throws -> Value {
      try none()
      return value(try operation(tensor))
    }
    func binary(_ parameter: String, _ operation: (Operand) throws -> Tensor) throws -> Value {
      let call = try TorchCall(arguments, Signature(name, [.init(parameter)]))
      return value(try operation(try call.operand(parameter)))
    }
    func tensorArgument(_ parameter: String, _ operation: (Tensor) throws -> Tensor) throws -> Value {
      let call = try TorchCall(arguments, Signature(name, [.init(parameter)]))
      return value(try operation(try call.tensor(parameter)))
    }
    switch name {
    // MARK: Shape and values
    case "size":
      let call = try TorchCall(arguments, Signature(name, [.init("dim", default: .none)]))
      guard let dim = try call.optionalInt("dim") else { return SizeObject.value(tensor.shape) }
      return .int(try tensor.size(dim))
    case "dim", "ndimension":
      try none()
      return .int(tensor.rank)
    case "numel", "nelement":
      try none()
      return .int(tensor.count)
    case "element_size":
      try none()
      return .int(tensor.dtype == .float32 ? 4 : tensor.dtype == .bool ? 1 : 8)
    case "item":
      try none()
      return TorchValues.value(try tensor.item())
    case "tolist":
      try none()
      let data = try tensor.tolist()
      try context.chargeSteps(tensor.count)
      return TorchValues.value(data)
    case "numpy":
      throw PythonError(
        .runtimeError,
        "numpy is not available in Gradbook; use .tolist() or .item() to get Python numbers")
    case "is_inference":
      try none()
      return .bool(tensor.isInference)
    case "is_contiguous":
      try none()
      return .bool(tensor.isContiguous)
    case "is_floating_point":
      try none()
      return .bool(tensor.dtype.isFloatingPoint)
    case "data_ptr":
      try none()
      return .int(tensor.dataPointer)
    case "get_device":
      try none()
      return .int(-1)

    // MARK: Autograd
    case "backward":
      let call = try TorchCall(
        arguments,
        Signature(
          "Tensor.backward",
          [
            .init("gradient", default: .none), .init("retain_graph", default: .none),
            .init("create_graph", default: .bool(false)), .init("inputs", default: .none),
          ]))
      if call.has("inputs") {
        throw PythonError(
          .notImplementedError, "backward(inputs=...) is not supported in Gradbook")
      }
      let retain: Bool? = call.has("retain_graph") ? try context.truthValue(call["retain_graph"]) : nil
      try tensor.backward(
        gradient: try call.optionalTensor("gradient"), retainGraph: retain,
        createGraph: try context.truthValue(call["create_graph"]))
      return .none
    case "detach":
      try none()
      return value(tensor.detach())
    case "detach_": return try unary { try $0.detach_() }
    case "requires_grad_":
      let call = try TorchCall(arguments, Signature(name, [.init("requires_grad", default: .bool(true))]))
      return value(try tensor.requiresGrad_(try call.bool("requires_grad")))
    case "retain_grad":
      try none()
      try tensor.retainGrad()
      return .none

    // MARK: Copies and dtypes
    case "clone":
      _ = try TorchCall(
        arguments, Signature(name, [.init("memory_format", default: .none, keywordOnly: true)]))
      return value(try tensor.clone())
    case "contiguous":
      try none()
      return value(try tensor.contiguous())
    case "cpu":
      try none()
      return value(tensor)
    case "float": return try unary { try $0.float() }
    case "double": return try unary { try $0.double() }
    case "long": return try unary { try $0.long() }
    case "bool": return try unary { try $0.bool() }
    case "int", "half":
      throw PythonError(
        .typeError,
        "\(name)() is not supported in Gradbook: tensors are torch.float32, torch.float64, torch.int64 or torch.bool (try .float(), .double() or .long())"
      )
    case "to":
      return value(try convert(tensor, arguments))
    case "type":
      let call = try TorchCall(arguments, Signature(name, [.init("dtype", default: .none)]))
      switch call["dtype"] {
      case .none: return .string(tensor.dtype.tensorTypeName)
      case .string(let typeName):
        guard let dtype = DType.allCases.first(where: { $0.tensorTypeName == typeName }) else {
          throw PythonError(.valueError, "invalid type: '\(typeName)'")
        }
        return value(try tensor.to(dtype))
      default:
        guard let dtype = try call.dtype("dtype") else { return value(tensor) }
        return value(try tensor.to(dtype))
      }

    // MARK: Views
    case "t": return try unary { try $0.t() }
    case "view":
      let call = try TorchCall(
        arguments, Signature(name, [.init("size", default: .none)], variadicPositional: "sizes"))
      return value(try tensor.view(try call.shape()))
    case "reshape":
      let call = try TorchCall(
        arguments, Signature(name, [.init("shape", default: .none)], variadicPositional: "sizes"))
      return value(try tensor.reshape(try call.shape("shape")))
    case "view_as": return try tensorArgument("other") { try tensor.viewAs($0) }
    case "reshape_as": return try tensorArgument("other") { try tensor.reshape($0.shape) }
    case "expand":
      let call = try TorchCall(
        arguments, Signature(name, [.init("size", default: .none)], variadicPositional: "sizes"))
      return value(try tensor.expand(try call.shape()))
    case "expand_as": return try tensorArgument("other") { try tensor.expandAs($0) }
    case "permute":
      let call = try TorchCall(
        arguments, Signature(name, [.init("dims", default: .none)], variadicPositional: "more"))
      return value(try tensor.permute(try call.shape("dims")))
    case "unsqueeze":
      let call = try TorchCall(arguments, Signature(name, ["dim"]))
      return value(try tensor.unsqueeze(try call.int("dim")))
    case "squeeze":
      let call = try TorchCall(arguments, Signature(name, [.init("dim", default: .none)]))
      if case .int = call["dim"] { return value(try tensor.squeeze(dim: try call.int("dim"))) }
      if call.has("dim"), let dims = try call.dims("dim") {
        var result = tensor
        for dim in dims.map({ $0 < 0 ? $0 + tensor.rank : $0 }).sorted(by: >) {
          result = try result.squeeze(dim: dim)
        }
        return value(result)
      }
      return value(try tensor.squeeze())
    case "flatten":
      let call = try TorchCall(
        arguments,
        Signature(name, [.init("start_dim", default: .int(0)), .init("end_dim", default: .int(-1))]))
      return value(try tensor.flatten(startDim: try call.int("start_dim"), endDim: try call.int("end_dim")))
    case "transpose":
      let call = try TorchCall(arguments, Signature(name, ["dim0", "dim1"]))
      return value(try tensor.transpose(try call.int("dim0"), try call.int("dim1")))
    case "narrow":
      let call = try TorchCall(arguments, Signature(name, ["dim", "start", "length"]))
      return value(
        try tensor.narrow(
          dim: try call.int("dim"), start: try call.int("start"), length: try call.int("length")))
    case "select":
      let call = try TorchCall(arguments, Signature(name, ["dim", "index"]))
      return value(try tensor.select(dim: try call.int("dim"), index: try call.int("index")))

    // MARK: In place
    case "zero_": return try unary { try $0.zero_() }
    case "fill_":
      let call = try TorchCall(arguments, Signature(name, ["value"]))
      return value(try tensor.fill_(try call.scalar("value")))
    case "copy_":
      let call = try TorchCall(
        arguments, Signature(name, ["src", .init("non_blocking", default: .bool(false))]))
      return value(try tensor.copy_(try call.operand("src")))
    case "add_", "sub_":
      let call = try TorchCall(
        arguments, Signature(name, ["other", .init("alpha", default: .int(1), keywordOnly: true)]))
      let alpha = try call.scalar("alpha")
      let operand = try call.operand("other")
      return value(
        name == "add_" ? try tensor.add_(operand, alpha: alpha) : try tensor.sub_(operand, alpha: alpha))
    case "mul_": return try binary("other") { try tensor.mul_($0) }
    case "div_": return try binary("other") { try tensor.div_($0) }
    case "pow_": return try binary("exponent") { try tensor.pow_($0) }
    case "clamp_", "clip_":
      let call = try TorchCall(
        arguments, Signature(name, [.init("min", default: .none), .init("max", default: .none)]))
      return value(
        try tensor.clamp_(min: try call.optionalScalar("min"), max: try call.optionalScalar("max")))
    case "uniform_":
      let call = try TorchCall(
        arguments, Signature(name, [.init("from", default: .int(0)), .init("to", default: .int(1))]))
      return value(try tensor.uniform_(low: try call.double("from"), high: try call.double("to")))
    case "normal_":
      let call = try TorchCall(
        arguments, Signature(name, [.init("mean", default: .int(0)), .init("std", default: .int(1))]))
      return value(try tensor.normal_(mean: try call.double("mean"), std: try call.double("std")))

    // MARK: Arithmetic
    case "add", "sub":
      let call = try TorchCall(
        arguments, Signature(name, ["other", .init("alpha", default: .int(1), keywordOnly: true)]))
      let alpha = try call.scalar("alpha")
      let operand = try call.operand("other")
      return value(
        name == "add" ? try tensor.add(operand, alpha: alpha) : try tensor.sub(operand, alpha: alpha))
    case "mul": return try binary("other") { try tensor.mul($0) }
    case "div": return try binary("other") { try tensor.div($0) }
    case "pow": return try binary("exponent") { try tensor.pow($0) }
    case "floor_divide": return try binary("other") { try tensor.floorDivide($0) }
    case "remainder": return try binary("other") { try tensor.remainder($0) }
    case "floor_divide_": return try binary("other") { try tensor.floorDivide_($0) }
    case "remainder_": return try binary("other") { try tensor.remainder_($0) }
    case "bitwise_and", "bitwise_or", "bitwise_xor":
      guard let operation = Tensor.BitwiseOperation(rawValue: name) else { return .none }
      return try binary("other") { try Tensor.bitwise(operation, .tensor(tensor), $0) }
    case "bitwise_and_", "bitwise_or_", "bitwise_xor_":
      guard let operation = Tensor.BitwiseOperation(rawValue: String(name.dropLast())) else { return .none }
      return try binary("other") { try tensor.bitwise_(operation, $0) }
    case "bitwise_not": return try unary { try $0.bitwiseNot() }
    case "bitwise_not_":
      return try unary { tensor in try tensor.inPlace(operands: []) { try $0.bitwiseNot() } }
    case "neg", "negative": return try unary { try $0.neg() }
    case "exp": return try unary { try $0.exp() }
    case "log": return try unary { try $0.log() }
    case "sin": return try unary { try $0.sin() }
    case "cos": return try unary { try $0.cos() }
    case "tanh": return try unary { try $0.tanh() }
    case "sigmoid": return try unary { try $0.sigmoid() }
    case "relu": return try unary { try $0.relu() }
    case "sqrt": return try unary { try $0.sqrt() }
    case "abs": return try unary { try $0.abs() }
    case "sign": return try unary { try $0.sign() }
    case "reciprocal": return try unary { try $0.reciprocal() }
    case "rsqrt": return try unary { try $0.rsqrt() }
    case "square": return try unary { try $0.square() }
    case "clamp", "clip":
      let call = try TorchCall(
        arguments, Signature(name, [.init("min", default: .none), .init("max", default: .none)]))
      let lower = try call.optionalScalar("min")
      let upper = try call.optionalScalar("max")
      if lower == nil && upper == nil {
        throw PythonError(
          .runtimeError, "torch.clamp: At least one of 'min' or 'max' must not be None")
      }
      return value(try tensor.clamp(min: lower, max: upper))

    // MARK: Reductions
    case "sum", "mean":
      let call = try TorchCall(
        arguments,
        Signature(
          name,
          [
            .init("dim", default: .none), .init("keepdim", default: .bool(false)),
            .init("dtype", default: .none, keywordOnly: true),
          ]))
      let dtype = try call.dtype("dtype")
      let keepdim = try call.bool("keepdim")
      if let dims = try call.dims("dim") {
        return value(
          name == "sum"
            ? try tensor.sum(dims: dims, keepdim: keepdim, dtype: dtype)
            : try tensor.mean(dims: dims, keepdim: keepdim, dtype: dtype))
      }
      return value(name == "sum" ? try tensor.sum(dtype: dtype) : try tensor.mean(dtype: dtype))
    case "max", "min":
      let call = try TorchCall(
        arguments, Signature(name, [.init("dim", default: .none), .init("keepdim", default: .bool(false))]))
      if let other = TorchValues.tensor(call["dim"]) {
        return value(name == "max" ? try Tensor.maximum(tensor, other) : try Tensor.minimum(tensor, other))
      }
      guard let dim = try call.optionalInt("dim") else {
        return value(name == "max" ? try tensor.max() : try tensor.min())
      }
      let keepdim = try call.bool("keepdim")
      let pair =
        name == "max"
        ? try tensor.max(dim: dim, keepdim: keepdim) : try tensor.min(dim: dim, keepdim: keepdim)
      return .native(
        ReturnTypesObject(
          ReductionResult(typeName: "torch.return_types.\(name)", values: pair.values, indices: pair.indices))
      )
    case "argmax", "argmin":
      let call = try TorchCall(
        arguments, Signature(name, [.init("dim", default: .none), .init("keepdim", default: .bool(false))]))
      let keepdim = try call.bool("keepdim")
      guard let dim = try call.optionalInt("dim") else {
        return value(name == "argmax" ? try tensor.argmax() : try tensor.argmin())
      }
      return value(
        name == "argmax"
          ? try tensor.argmax(dim: dim, keepdim: keepdim) : try tensor.argmin(dim: dim, keepdim: keepdim))

    // MARK: Linear algebra
    case "matmul": return try tensorArgument("other") { try tensor.matmul($0) }
    case "mm": return try tensorArgument("mat2") { try tensor.mm($0) }
    case "mv": return try tensorArgument("vec") { try tensor.mv($0) }
    case "dot": return try tensorArgument("tensor") { try tensor.dot($0) }
    case "bmm": return try tensorArgument("mat2") { try tensor.bmm($0) }

    // MARK: Comparisons
    case "eq": return try binary("other") { try tensor.eq($0) }
    case "ne": return try binary("other") { try tensor.ne($0) }
    case "lt": return try binary("other") { try tensor.lt($0) }
    case "le": return try binary("other") { try tensor.le($0) }
    case "gt": return try binary("other") { try tensor.gt($0) }
    case "ge": return try binary("other") { try tensor.ge($0) }
    case "allclose":
      let call = try TorchCall(
        arguments,
        Signature(
          name,
          [
            "other", .init("rtol", default: .float(1e-5)), .init("atol", default: .float(1e-8)),
            .init("equal_nan", default: .bool(false)),
          ]))
      return .bool(
        try tensor.allclose(
          try call.tensor("other"), rtol: try call.double("rtol"), atol: try call.double("atol"),
          equalNaN: try call.bool("equal_nan")))
    case "equal":
      let call = try TorchCall(arguments, Signature(name, ["other"]))
      return .bool(try tensor.equal(try call.tensor("other")))
    case "masked_fill":
      let call = try TorchCall(arguments, Signature(name, ["mask", "value"]))
      return value(try tensor.maskedFill(try call.tensor("mask"), try call.scalar("value")))
    case "maximum": return try tensorArgument("other") { try Tensor.maximum(tensor, $0) }
    case "minimum": return try tensorArgument("other") { try Tensor.minimum(tensor, $0) }
    case "logical_not": return try unary { try $0.logicalNot() }
    case "logical_and": return try tensorArgument("other") { try tensor.logicalAnd($0) }
    case "where":
      let call = try TorchCall(arguments, Signature(name, ["condition", "other"]))
      return value(
        try Tensor.whereSelect(try call.tensor("condition"), .tensor(tensor), try call.operand("other")))

    // MARK: New tensors like this one
    case "new_zeros", "new_ones", "new_empty":
      let call = try TorchCall(
        arguments,
        Signature(
          name,
          [
            .init("size", default: .none), .init("dtype", default: .none, keywordOnly: true),
            .init("device", default: .none, keywordOnly: true),
            .init("requires_grad", default: .bool(false), keywordOnly: true),
          ], variadicPositional: "sizes"))
      let dtype = try call.dtype("dtype") ?? tensor.dtype
      let fill: Scalar = name == "new_ones" ? .int(1) : .int(0)
      return value(
        try Tensor.full(try call.shape(), fill, dtype: dtype, requiresGrad: try call.bool("requires_grad")))
    case "new_full":
      let call = try TorchCall(
        arguments,
        Signature(
          name,
          [
            "size", "fill_value", .init("dtype", default: .none, keywordOnly: true),
            .init("device", default: .none, keywordOnly: true),
            .init("requires_grad", default: .bool(false), keywordOnly: true),
          ]))
      return value(
        try Tensor.full(
          try call.intList("size"), try call.scalar("fill_value"),
          dtype: try call.dtype("dtype") ?? tensor.dtype,
          requiresGrad: try call.bool("requires_grad")))
    case "new_tensor":
      let call = try TorchCall(
        arguments,
        Signature(
          name,
          [
            "data", .init("dtype", default: .none, keywordOnly: true),
            .init("device", default: .none, keywordOnly: true),
            .init("requires_grad", default: .bool(false), keywordOnly: true),
          ]))
      return value(
        try Tensor.tensor(
          try TorchValues.tensorData(call["data"]), dtype: try call.dtype("dtype") ?? tensor.dtype,
          requiresGrad: try call.bool("requires_grad")))
    default:
      throw PythonError.attributeError("'Tensor' object has no attribute '\(name)'")
    }
  }

  /// `x.to(dtype)`, `x.to(other)`, `x.to("cpu")`, `x.to(device, dtype)`, `x.to(dtype=...)`.
  private static func convert(_ tensor: Tensor, _ arguments: Arguments) throws -> Tensor {
    var target: DType?
    for argument in arguments.positional {
      switch argument {
      case .native(let object as DTypeObject): target = object.dtype
      case .native(let object as TensorObject): target = object.tensor.dtype
      case .native(let object) where object is DeviceObject: continue
      case .string(let device):
        guard device == "cpu" else {
          throw PythonError(
            .runtimeError, "Gradbook runs on the CPU only (got device '\(device)')")
        }
      default:
        throw PythonError(
          .typeError,
          "to() received an invalid combination of arguments - got (\(argument.typeName)), but expected (torch.dtype dtype) or (Tensor other)"
        )
      }
    }
    for (name, argument) in arguments.keywords {
      switch (name, argument) {
      case ("dtype", .native(let object as DTypeObject)): target = object.dtype
      case ("device", _), ("copy", _), ("non_blocking", _): continue
      default:
        throw PythonError(.typeError, "to() got an unexpected keyword argument '\(name)'")
      }
    }
    guard let target else { return tensor }
    return try tensor.to(target)
  }

  /// A shape as PyTorch's C++ messages print it: `[2, 3]`.
  static func shapeList(_ shape: [Int]) -> String {
    "[" + shape.map(String.init).joined(separator: ", ") + "]"
  }
}
