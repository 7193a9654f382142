/// `torch.einsum` for one or two operands without `...`: transposes, traces, diagonals, sums over indices,
/// outer and elementwise products, matrix and batched matrix products.
///
/// It is built from the same primitives, in the same order, as PyTorch's implementation (diagonal, permute,
/// sum, then `bmm` between views), so results carry PyTorch's grad_fn names.
extension Tensor {
  /// One parsed operand: its subscripts in order (as label numbers: `A`–`Z` are 0–25, `a`–`z` 26–51).
  private struct EinsumTerm {
    var labels: [Int]
  }

  /// PyTorch's label numbering; the implicit output lists labels in this order.
  private static func einsumLabel(_ character: Character) -> Int? {
    guard let ascii = character.asciiValue else { return nil }
    switch ascii {
    case 65...90: return Int(ascii) - 65
    case 97...122: return Int(ascii) - 97 + 26
    default: return nil
    }
  }

  private static func einsumLetter(_ label: Int) -> String {
    let base = label < 26 ? 65 : 97 - 26
    return String(UnicodeScalar(UInt8(base + label)))
  }

  /// `torch.einsum(equation, *operands)`.
  public static func einsum(_ equation: String, _ operands: [Tensor]) throws -> Tensor {
    let (terms, explicitOutput) = try parseEinsum(equation, operandCount: operands.count)
    // Sizes per label, with PyTorch's checks.
    var sizes: [Int: Int] = [:]
    for (number, (term, operand)) in zip(terms, operands).enumerated() {
      guard term.labels.count == operand.rank else {
        throw AutogradError.runtime(
          "einsum(): the number of subscripts in the equation (\(term.labels.count)) does not match the number of dimensions (\(operand.rank)) for operand \(number) and no ellipsis was given"
        )
      }
      var own: [Int: Int] = [:]
      for (dim, label) in term.labels.enumerated() {
        let size = operand.shape[dim]
        if let seen = own[label], seen != size {
          throw AutogradError.runtime(
            "einsum(): subscript \(einsumLetter(label)) is repeated for operand \(number) but the sizes don't match, \(size) != \(seen)"
          )
        }
        own[label] = size
      }
      for (label, size) in own {
        if let seen = sizes[label], seen != size, seen != 1, size != 1 {
          throw AutogradError.runtime(
            "einsum(): subscript \(einsumLetter(label)) has size \(size) for operand \(number) which does not broadcast with previously seen size \(seen)"
          )
        }
        sizes[label] = Swift.max(sizes[label] ?? 1, size)
      }
    }
    let output: [Int]
    if let explicit = explicitOutput {
      for label in explicit where sizes[label] == nil {
        throw AutogradError.runtime(
          "einsum(): output subscript \(einsumLetter(label)) does not appear in the equation for any input operand")
      }
      output = explicit
    } else {
      var counts: [Int: Int] = [:]
      for term in terms { for label in term.labels { counts[label, default: 0] += 1 } }
      output = counts.filter { $0.value == 1 }.map(\.key).sorted()
    }
    guard operands.count <= 2 else {
      throw AutogradError(
        .notImplementedError,
        "einsum(): Gradbook supports one or two operands; contract the first two with their own einsum first")
    }
    // Each operand: repeated labels become diagonals, then dims are ordered as the output lists them,
    // followed by the labels that are summed away.
    var prepared: [(tensor: Tensor, labels: [Int])] = []
    for (term, operand) in zip(terms, operands) {
      prepared.append(try operand.einsumDiagonals(term.labels))
    }
    if prepared.count == 1 {
      return try prepared[0].tensor.einsumSingle(labels: prepared[0].labels, output: output)
    }
    return try einsumPair(prepared[0], prepared[1], output: output, sizes: sizes)
  }

  /// Splits `equation` into terms and the explicit output (nil when there is no `->`), with PyTorch's errors.
  private static func parseEinsum(_ equation: String, operandCount: Int) throws -> ([EinsumTerm], [Int]?) {
    var terms: [EinsumTerm] = [EinsumTerm(labels: [])]
    var output: [Int]? = nil
    let characters = Array(equation)
    var position = 0
    while position < characters.count {
      let character = characters[position]
      if character == " " {
        position += 1
        continue
      }
      if character == "-", output == nil, position + 1 < characters.count, characters[position + 1] == ">" {
        output = []
        position += 2
        continue
      }
      if character == ",", output == nil {
        terms.append(EinsumTerm(labels: []))
        position += 1
        continue
      }
      if character == "." {
        throw AutogradError(
          .notImplementedError, "einsum(): Gradbook does not support '...' in equations; name every dimension")
      }
      guard let label = einsumLabel(character) else {
        throw AutogradError.runtime(
          "einsum(): invalid subscript given at index \(position) in the equation string, subscripts must be in [a-zA-Z]"
        )
      }
      if output != nil {
        if output?.contains(label) == true {
          throw AutogradError.runtime(
            "einsum(): output subscript \(einsumLetter(label)) appears more than once in the output")
        }
        output?.append(label)
      } else {
        terms[terms.count - 1].labels.append(label)
      }
      position += 1
    }
    if terms.count < operandCount {
      throw AutogradError.runtime("einsum(): more operands were provided than specified in the equation")
    }
    if terms.count > operandCount {
      throw AutogradError.runtime("einsum(): fewer operands were provided than specified in the equation")
    }
    return (terms, output)
  }

  /// Takes the diagonal over each label repeated within this operand; returns the tensor and its labels
  /// (each once, the diagonal dim where the label first appeared).
  private func einsumDiagonals(_ labels: [Int]) throws -> (tensor: Tensor, labels: [Int]) {
    var tensor = self
    var current = labels
    while let (first, second) = Tensor.firstRepeat(current) {
      // `diagonal` appends the merged dim last; PyTorch moves it back to where the label first appeared.
      var merged = try tensor.diagonal(dim1: first, dim2: second)
      var remaining = current
      remaining.remove(at: second)
      remaining.remove(at: first)
      var order = Array(0..<remaining.count)
      order.insert(remaining.count, at: first)
      merged = try merged.permute(order)
      remaining.insert(current[first], at: first)
      tensor = merged
      current = remaining
    }
    return (tensor, current)
  }

  private static func firstRepeat(_ labels: [Int]) -> (Int, Int)? {
    for i in 0..<labels.count {
      for j in (i + 1)..<labels.count where labels[i] == labels[j] { return (i, j) }
    }
    return nil
  }

  /// One operand: permute to the output's order followed by the summed labels, then sum those away.
  private func einsumSingle(labels: [Int], output: [Int]) throws -> Tensor {
    let summed = labels.filter { !output.contains($0) }
    let order = (output + summed).compactMap { labels.firstIndex(of: $0) }
    let permuted = try permute(order)
    if summed.isEmpty { return permuted }
    return try permuted.sum(dims: Array(output.count..<(output.count + summed.count)))
  }

  /// Two operands. A label outside the output is contracted when both operands have it with a size above
  /// one; otherwise each operand sums it on its own. With nothing to contract the product is elementwise
  /// (`MulBackward0`, viewed to the output shape when dims were summed); else it is a `bmm` over
  /// (batch, kept, contracted) dims, viewed, permuted and viewed again as PyTorch does.
  private static func einsumPair(
    _ left: (tensor: Tensor, labels: [Int]), _ right: (tensor: Tensor, labels: [Int]), output: [Int],
    sizes: [Int: Int]
  ) throws -> Tensor {
    func size(_ operand: (tensor: Tensor, labels: [Int]), _ label: Int) -> Int {
      operand.labels.firstIndex(of: label).map { operand.tensor.shape[$0] } ?? 1
    }
    let others = (left.labels + right.labels.filter { !left.labels.contains($0) }).filter { !output.contains($0) }
    let contracted = others.filter { size(left, $0) > 1 && size(right, $0) > 1 }
    let summedApart = others.filter { !contracted.contains($0) }

    if contracted.isEmpty {
      let a = try left.tensor.einsumAligned(labels: left.labels, to: output + summedApart, summing: summedApart)
      let b = try right.tensor.einsumAligned(labels: right.labels, to: output + summedApart, summing: summedApart)
      let product = try a.mul(.tensor(b))
      return summedApart.isEmpty ? product : try product.view(output.map { sizes[$0] ?? 1 })
    }
    if left.tensor.dtype != right.tensor.dtype {
      throw AutogradError.runtime(
        "expected scalar type \(left.tensor.dtype.scalarTypeName) but found \(right.tensor.dtype.scalarTypeName)")
    }
    let batch = output.filter { left.labels.contains($0) && right.labels.contains($0) }
    let leftOnly = output.filter { left.labels.contains($0) && !right.labels.contains($0) }
    let rightOnly = output.filter { right.labels.contains($0) && !left.labels.contains($0) }
    func extent(_ labels: [Int]) -> Int { Shape.count(labels.map { sizes[$0] ?? 1 }) }
    let leftMatrix = try left.tensor.einsumArranged(
      labels: left.labels, order: batch + leftOnly + contracted, summing: summedApart, sizes: sizes
    ).reshape([extent(batch), extent(leftOnly), extent(contracted)])
    let rightMatrix = try right.tensor.einsumArranged(
      labels: right.labels, order: batch + contracted + rightOnly, summing: summedApart, sizes: sizes
    ).reshape([extent(batch), extent(contracted), extent(rightOnly)])
    let product = try leftMatrix.bmm(rightMatrix)
    let grouped = batch + leftOnly + rightOnly
    let unflattened = try product.view(grouped.map { sizes[$0] ?? 1 })
    let order = output.compactMap { grouped.firstIndex(of: $0) }
    return try unflattened.permute(order).view(output.map { sizes[$0] ?? 1 })
  }

  /// Sums `summing` away, then orders the dims as `order` lists their labels, expanding size-1 dims.
  private func einsumArranged(labels: [Int], order: [Int], summing: [Int], sizes: [Int: Int]) throws -> Tensor {
    var tensor = self
    var current = labels
    let own = summing.filter { labels.contains($0) }
    if !own.isEmpty {
      tensor = try tensor.sum(dims: own.compactMap { labels.firstIndex(of: $0) })
      current = labels.filter { !own.contains($0) }
    }
    let permuted = try tensor.permute(order.compactMap { current.firstIndex(of: $0) })
    let target = order.map { sizes[$0] ?? 1 }
    return permuted.shape == target ? permuted : try permuted.expand(target)
  }

  /// Lays the dims out in `order` (labels this operand lacks become size-1 dims, unsqueezed first and then
  /// permuted, as PyTorch does); labels of `order` beyond the output are summed to size 1 where larger.
  private func einsumAligned(labels: [Int], to order: [Int], summing: [Int]) throws -> Tensor {
    var tensor = self
    let own = summing.compactMap { labels.firstIndex(of: $0) }.filter { shape[$0] > 1 }
    if !own.isEmpty { tensor = try tensor.sum(dims: own, keepdim: true) }
    var current = labels
    for label in order where !current.contains(label) {
      tensor = try tensor.unsqueeze(tensor.rank)
      current.append(label)
    }
    return try tensor.permute(order.compactMap { current.firstIndex(of: $0) })
  }
}
