/// Phrases about autograd graphs, in the lesson's language.
extension Phrasebook {
  /// Above the graph drawn after a cell.
  public var graphHeading: String { isKorean ? "이 셀 다음의 autograd 그래프" : "autograd graph after this cell" }

  /// Where a picture would be when Graphviz is missing.
  public var graphvizMissing: String {
    isKorean
      ? "그래프 그림을 보려면 Graphviz를 설치하세요 (apt-get install graphviz). 아래는 텍스트 형태입니다."
      : "Install Graphviz to see this graph drawn (apt-get install graphviz); here is its text form."
  }

  /// Where a picture would be when Graphviz failed or took too long.
  public var graphvizFailed: String {
    isKorean
      ? "Graphviz가 이 그래프를 그리지 못했습니다. 아래는 텍스트 형태입니다."
      : "Graphviz could not draw this graph; here is its text form."
  }
}
