/// PyTorch's exact message texts, kept in one place so tests and code agree.
///
/// Warnings omit PyTorch's build-specific ` (Triggered internally at <path>:<line>.)` tail, as the
/// conformance corpus records them.
public enum AutogradMessages {
  public static let implicitGradNonScalar = "grad can be implicitly created only for scalar outputs"
  public static let backwardTwice =
    "Trying to backward through the graph a second time (or directly access saved tensors after they have already been freed). Saved intermediate values of the graph are freed when you call .backward() or autograd.grad(). Specify retain_graph=True if you need to backward through the graph a second time or if you need to access saved tensors after calling backward."
  public static let leafInPlace = "a leaf Variable that requires grad is being used in an in-place operation."
  public static let viewOfLeafInPlace =
    "a view of a leaf Variable that requires grad is being used in an in-place operation."
  public static let factoryRequiresGradDType =
    "Only Tensors of floating point and complex dtype can require gradients"
  public static let methodRequiresGradDType = "only Tensors of floating point dtype can require gradients"
  public static let attributeRequiresGradDType =
    "only Tensors of floating point and complex dtype can require gradients"
  public static let nonLeafRequiresGradChange =
    "you can only change requires_grad flags of leaf variables. If you want to use a computed variable in a subgraph that doesn't require differentiation use var_no_grad = var.detach()."
  public static let retainGradWithoutGrad = "can't retain_grad on Tensor that has requires_grad=False"
  public static let nonLeafGradWarning =
    "UserWarning: The .grad attribute of a Tensor that is not a leaf Tensor is being accessed. Its .grad attribute won't be populated during autograd.backward(). If you indeed want the .grad field to be populated for a non-leaf Tensor, use .retain_grad() on the non-leaf Tensor. If you access the non-leaf Tensor by mistake, make sure you access the leaf Tensor instead. See github.com/pytorch/pytorch/pull/30531 for more information."
  public static let createGraphWarning =
    "UserWarning: Using backward() with create_graph=True will create a reference cycle between the parameter and its gradient which can cause a memory leak. We recommend using autograd.grad when creating the graph to avoid this. If you have to use this function, make sure to reset the .grad fields of your parameters to None after use to break the cycle and avoid the leak."
  public static let inferenceSaved =
    "Inference tensors cannot be saved for backward. Please do not use Tensors created in inference mode in computation tracked by autograd. To work around this, you can make a clone to get a normal tensor and use it in autograd, or use `torch.no_grad()` instead of `torch.inference_mode()`."
  public static let inferenceInPlace =
    "Inplace update to inference tensor outside InferenceMode is not allowed.You can make a clone to get a normal tensor before doing inplace update.See https://github.com/pytorch/rfcs/pull/17 for more details."

  static func doesNotRequireGrad(_ index: Int) -> String {
    "element \(index) of tensors does not require grad and does not have a grad_fn"
  }

  static func shapeMismatch(_ index: Int, grad: [Int], output: [Int]) -> String {
    "Mismatch in shape: grad_output[\(index)] has a shape of torch.Size(\(grad)) and output[\(index)] has a shape of torch.Size(\(output))."
  }

  static func unusedInput(_ index: Int) -> String {
    "The differentiated Tensor at index \(index) appears to not have been used in the graph. Set allow_unused=True if this is the desired behavior."
  }

  static func dimOutOfRange(_ dim: Int, rank: Int) -> String {
    let r = max(rank, 1)
    return "Dimension out of range (expected to be in range of [\(-r), \(r - 1)], but got \(dim))"
  }
}
