/// Rebuilds an SVG drawing (Graphviz's) from a short list of harmless elements and attributes, so it can be inlined into
/// a report although its labels hold learner-controlled text.
///
/// The drawing is parsed, not filtered as text: what comes out is written anew, every attribute value and text through
/// `HTMLEscaping.escape`. Kept: `svg`, `g`, `polygon`, `polyline`, `path`, `ellipse`, `text` and their geometry and
/// paint. Dropped with everything inside: any other element (`script`, `foreignObject`, `image`, `a`, `style`, `title`,
/// …). Dropped: event attributes, `style`, `id`, `href` and every other attribute not listed, and any paint that
/// refers to something (`url(…)`). A document that does not parse, or holds CDATA, gives nil.
public enum SVGSanitizer {
  static let elements: Set<String> = ["svg", "g", "polygon", "polyline", "path", "ellipse", "text"]
  static let attributes: Set<String> = [
    "width", "height", "viewBox", "transform", "class", "fill", "stroke", "stroke-width", "stroke-dasharray",
    "stroke-opacity", "fill-opacity", "points", "d", "cx", "cy", "rx", "ry", "x", "y", "text-anchor",
    "font-family",
    "font-size", "font-weight", "font-style",
  ]

  /// The drawing rebuilt, or nil when `svg` is not a well-formed document with one `svg` root.
  public static func sanitize(_ svg: String) -> String? {
    guard let nodes = SVGScanner.scan(svg) else { return nil }
    var output = ""
    var open: [String] = []
    // Depth inside a dropped element (its content goes too), 0 when not in one.
    var dropping = 0
    var roots = 0
    for node in nodes {
      switch node {
      case .start(let name, let attributes, let selfClosing):
        if dropping > 0 || !elements.contains(name) || (open.isEmpty && name != "svg") {
          if !selfClosing { dropping += 1 }
          continue
        }
        if open.isEmpty { roots += 1 }
        output += "<" + name
        for (attribute, value) in attributes where isAllowed(attribute, value) {
          output += " " + attribute + "=\"" + HTMLEscaping.escape(value) + "\""
        }
        if selfClosing {
          output += "/>"
        } else {
          output += ">"
          open.append(name)
        }
      case .end(let name):
        if dropping > 0 {
          dropping -= 1
          continue
        }
        guard open.last == name else { return nil }
        open.removeLast()
        output += "</" + name + ">"
      case .text(let text):
        guard dropping == 0, !open.isEmpty else { continue }
        output += HTMLEscaping.escape(text)
      }
    }
    guard open.isEmpty, dropping == 0, roots == 1 else { return nil }
    return output
  }

  /// Whether an attribute may stay: listed, and no reference to anything outside the drawing in its value.
  static func isAllowed(_ name: String, _ value: String) -> Bool {
    guard attributes.contains(name) else { return false }
    if name == "transform" {
      // Graphviz writes `scale(1 1) rotate(0) translate(4 129.74)`: functions of numbers only.
      return value.unicodeScalars.allSatisfy { scalar in
        "0123456789.,-+eE ()".unicodeScalars.contains(scalar)
          || ("a"..."z").contains(scalar)
      } && !value.lowercased().contains("url")
    }
    if name == "class" {
      return value.unicodeScalars.allSatisfy {
        $0.properties.isAlphabetic || " _-0123456789".unicodeScalars.contains($0)
      }
    }
    return !value.contains("(") && !value.contains(":") && !value.contains("&")
  }
}

/// What `SVGScanner` reads: start tags (with attributes in order), end tags and text, entities decoded.
enum SVGNode: Equatable {
  case start(String, [(String, String)], selfClosing: Bool)
  case end(String)
  case text(String)

  static func == (left: SVGNode, right: SVGNode) -> Bool {
    switch (left, right) {
    case (.start(let a, let x, let c), .start(let b, let y, let d)):
      return a == b && c == d && x.map { [$0.0, $0.1] } == y.map { [$0.0, $0.1] }
    case (.end(let a), .end(let b)): return a == b
    case (.text(let a), .text(let b)): return a == b
    default: return false
    }
  }
}

/// A small, strict XML scanner for the documents Graphviz writes: the declaration, the doctype and comments are
/// skipped; CDATA, unknown entities, unquoted attributes and unterminated constructs make the document unreadable.
enum SVGScanner {
  /// The document's nodes, or nil when it is not well formed as far as this scanner reads XML.
  static func scan(_ document: String) -> [SVGNode]? {
    let scalars = Array(document.unicodeScalars)
    var nodes: [SVGNode] = []
    var index = 0
    var text = String.UnicodeScalarView()
    func flushText() -> Bool {
      guard !text.isEmpty else { return true }
      guard let decoded = decodeEntities(String(text)) else { return false }
      nodes.append(.text(decoded))
      text = String.UnicodeScalarView()
      return true
    }
    func starts(_ prefix: String, at position: Int) -> Bool {
      let wanted = Array(prefix.unicodeScalars)
      guard position + wanted.count <= scalars.count else { return false }
      return Array(scalars[position..<(position + wanted.count)]) == wanted
    }
    func find(_ terminator: String, from position: Int) -> Int? {
      var cursor = position
      while cursor < scalars.count {
        if starts(terminator, at: cursor) { return cursor }
        cursor += 1
      }
      return nil
    }
    while index < scalars.count {
      guard scalars[index] == "<" else {
        text.append(scalars[index])
        index += 1
        continue
      }
      guard flushText() else { return nil }
      if starts("<!--", at: index) {
        guard let end = find("-->", from: index + 4) else { return nil }
        index = end + 3
      } else if starts("<?", at: index) {
        guard let end = find("?>", from: index + 2) else { return nil }
        index = end + 2
      } else if starts("<![CDATA[", at: index) {
        return nil
      } else if starts("<!", at: index) {
        // The doctype (Graphviz's has no internal subset, so no `[` may appear).
        guard let end = find(">", from: index + 2) else { return nil }
        if scalars[index..<end].contains("[") { return nil }
        index = end + 1
      } else {
        guard let end = find(">", from: index + 1) else { return nil }
        guard let node = tag(String(String.UnicodeScalarView(scalars[(index + 1)..<end]))) else { return nil }
        nodes.append(node)
        index = end + 1
      }
    }
    guard flushText() else { return nil }
    return nodes
  }

  /// A start or end tag's inside (between `<` and `>`).
  private static func tag(_ inside: String) -> SVGNode? {
    var body = inside
    if body.hasPrefix("/") {
      let name = body.dropFirst().trimmingCharacters(in: " \t\r\n")
      return isName(name) ? .end(name) : nil
    }
    var selfClosing = false
    if body.hasSuffix("/") {
      selfClosing = true
      body.removeLast()
    }
    let scalars = Array(body.unicodeScalars)
    var index = 0
    func skipSpace() {
      while index < scalars.count, " \t\r\n".unicodeScalars.contains(scalars[index]) { index += 1 }
    }
    func readName() -> String {
      var name = String.UnicodeScalarView()
      while index < scalars.count, !" \t\r\n=".unicodeScalars.contains(scalars[index]) {
        name.append(scalars[index])
        index += 1
      }
      return String(name)
    }
    let name = readName()
    guard isName(name) else { return nil }
    var attributes: [(String, String)] = []
    while true {
      skipSpace()
      guard index < scalars.count else { break }
      let attribute = readName()
      skipSpace()
      guard isName(attribute), index < scalars.count, scalars[index] == "=" else { return nil }
      index += 1
      skipSpace()
      guard index < scalars.count, scalars[index] == "\"" || scalars[index] == "'" else { return nil }
      let quote = scalars[index]
      index += 1
      var value = String.UnicodeScalarView()
      while index < scalars.count, scalars[index] != quote {
        value.append(scalars[index])
        index += 1
      }
      guard index < scalars.count, let decoded = decodeEntities(String(value)) else { return nil }
      index += 1
      attributes.append((attribute, decoded))
    }
    return .start(name, attributes, selfClosing: selfClosing)
  }

  /// XML names as Graphviz writes them: letters, digits, `-`, `_`, `.`, `:`.
  private static func isName(_ text: String) -> Bool {
    guard let first = text.unicodeScalars.first, first.properties.isAlphabetic || first == "_" else {
      return false
    }
    return text.unicodeScalars.allSatisfy {
      $0.properties.isAlphabetic || "0123456789-_.:".unicodeScalars.contains($0)
    }
  }

  /// `&lt;` `&gt;` `&amp;` `&quot;` `&apos;` and numeric references decoded; nil for any other entity or a bare `&`.
  static func decodeEntities(_ text: String) -> String? {
    guard text.contains("&") else { return text }
    var output = String.UnicodeScalarView()
    let scalars = Array(text.unicodeScalars)
    var index = 0
    while index < scalars.count {
      guard scalars[index] == "&" else {
        output.append(scalars[index])
        index += 1
        continue
      }
      guard let semicolon = scalars[index..<min(index + 12, scalars.count)].firstIndex(of: ";") else {
        return nil
      }
      let entity = String(String.UnicodeScalarView(scalars[(index + 1)..<semicolon]))
      switch entity {
      case "lt": output.append("<")
      case "gt": output.append(">")
      case "amp": output.append("&")
      case "quot": output.append("\"")
      case "apos": output.append("'")
      default:
        guard entity.hasPrefix("#") else { return nil }
        let digits = entity.dropFirst()
        let value = digits.hasPrefix("x") ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits, radix: 10)
        guard let value, let scalar = Unicode.Scalar(value) else { return nil }
        output.append(scalar)
      }
      index = semicolon + 1
    }
    return String(output)
  }
}

extension Substring {
  fileprivate func trimmingCharacters(in set: String) -> String {
    let characters = Set(set)
    return String(drop { characters.contains($0) }.reversed().drop { characters.contains($0) }.reversed())
  }
}
