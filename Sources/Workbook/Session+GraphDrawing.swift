import PythonRuntime
import TorchBindings

extension Session: GraphDrawing {
  /// The graph `request` asks for, from this session's variables, drawn on the thread cells run on.
  public func drawGraph(_ request: GraphRequest) -> Result<AutogradGraph, GraphRequestError> {
    withBindings { AutogradGraph.draw(request, from: $0) }
  }
}
