/// Decides which link and image URLs the HTML report may keep: those a browser cannot run as script or send to
/// another machine's file share. The URL is read as a browser's URL parser reads it, since that reading is what a
/// click follows.
public enum LinkFilter {
  /// The schemes a report may link to; every other scheme (`javascript:`, `vbscript:`, `data:`, `file:`, …) is refused.
  public static let allowedSchemes: Set<String> = ["http", "https", "mailto"]

  /// Whether `url` (as cmark gives it: entities and backslash escapes already decoded) may be written into an `href` or
  /// `src`: an `http`, `https` or `mailto` URL, a relative path, a query or a fragment. Refused besides: URLs with
  /// other control characters (none is ever needed), and protocol-relative URLs (`//host`, `\\host`), which in a
  /// report opened from disk point at a file server.
  public static func allows(_ url: String) -> Bool {
    let scalars = browserNormalized(url)
    guard !scalars.contains(where: { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) }) else {
      return false
    }
    if let scheme = scheme(of: scalars) { return allowedSchemes.contains(scheme) }
    let isSlash: (Unicode.Scalar) -> Bool = { $0 == "/" || $0 == "\\" }
    return !(scalars.count >= 2 && isSlash(scalars[0]) && isSlash(scalars[1]))
  }

  /// What a browser's URL parser starts from: leading and trailing C0 controls and spaces dropped, and ASCII tabs and
  /// newlines removed wherever they are.
  static func browserNormalized(_ url: String) -> [Unicode.Scalar] {
    var scalars = Array(url.unicodeScalars)
    let isControlOrSpace: (Unicode.Scalar) -> Bool = { $0.value <= 0x20 }
    while let first = scalars.first, isControlOrSpace(first) { scalars.removeFirst() }
    while let last = scalars.last, isControlOrSpace(last) { scalars.removeLast() }
    scalars.removeAll { $0 == "\t" || $0 == "\n" || $0 == "\r" }
    return scalars
  }

  /// The scheme, lowercased, when the URL starts with one: an ASCII letter, then ASCII letters, digits, `+`, `-` or
  /// `.`, then `:`. Nil for a relative URL.
  static func scheme(of scalars: [Unicode.Scalar]) -> String? {
    guard let first = scalars.first, isASCIILetter(first) else { return nil }
    var scheme = String.UnicodeScalarView()
    for scalar in scalars {
      if scalar == ":" { return String(scheme).lowercased() }
      guard
        isASCIILetter(scalar) || ("0"..."9").contains(scalar) || scalar == "+" || scalar == "-"
          || scalar == "."
      else { return nil }
      scheme.append(scalar)
    }
    return nil
  }

  private static func isASCIILetter(_ scalar: Unicode.Scalar) -> Bool {
    ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar)
  }
}
