import Autograd
import PythonRuntime

extension AutogradGraph {
  /// The graph `request` asks for, from a session's variables as they stand after a cell; an error when a name is not
  /// defined or holds no tensor.
  public static func draw(_ request: GraphRequest, from bindings: SessionBindings) -> Result<
    AutogradGraph, GraphRequestError
  > {
    do {
      let roots = try self.roots(request, bindings)
      let builder = GraphBuilder(request: request, names: TensorNames(bindings.globals))
      return .success(builder.build(from: roots))
    } catch let error as GraphRequestError {
      return .failure(error)
    } catch {
      return .failure(GraphRequestError("\(error)"))
    }
  }

  /// The tensors (or `grad_fn` nodes) to start from, without repeats.
  private static func roots(_ request: GraphRequest, _ bindings: SessionBindings) throws -> [GraphBuilder
    .Root]
  {
    var roots: [GraphBuilder.Root] = []
    if let names = request.roots {
      for name in names {
        guard let value = bindings.value(named: name) else {
          throw GraphRequestError("`\(name)` is not defined after this cell")
        }
        roots += try graphRoots(value, describedAs: "`\(name)`")
      }
    } else if let value = bindings.lastExpressionValue {
      roots = try graphRoots(value, describedAs: "the cell's last expression")
    } else if !bindings.lastAssignedNames.isEmpty {
      return try self.roots(
        GraphRequest(roots: bindings.lastAssignedNames, showsSaved: false, showsGrads: false), bindings)
    } else {
      throw GraphRequestError(
        "the cell ends with neither an expression nor an assignment, so there is nothing to draw by default; name the tensors with of=NAME"
      )
    }
    var seen: Set<ObjectIdentifier> = []
    return roots.filter { root in
      switch root {
      case .tensor(let tensor): return seen.insert(ObjectIdentifier(tensor)).inserted
      case .function(let node): return seen.insert(ObjectIdentifier(node)).inserted
      }
    }
  }

  /// A tensor, a `grad_fn` node, or a list or tuple of them.
  private static func graphRoots(_ value: Value, describedAs what: String) throws -> [GraphBuilder.Root] {
    if let root = graphRoot(value) { return [root] }
    if let elements = TensorNames.sequence(value), !elements.isEmpty,
      elements.count <= TensorNames.sequenceLimit
    {
      let roots = elements.compactMap(graphRoot)
      if roots.count == elements.count { return roots }
    }
    throw GraphRequestError(
      "\(what) is \(article(value.typeName)) \(value.typeName), not a tensor; a graph starts from tensors (or grad_fn nodes)"
    )
  }

  private static func graphRoot(_ value: Value) -> GraphBuilder.Root? {
    if let tensor = TorchValues.tensor(value) { return .tensor(tensor) }
    if case .native(let object as GradFnObject) = value { return .function(object.node) }
    return nil
  }

  private static func article(_ word: String) -> String {
    guard let first = word.lowercased().first else { return "a" }
    return "aeiou".contains(first) ? "an" : "a"
  }
}
