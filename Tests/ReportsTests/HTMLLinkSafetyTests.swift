import PythonRuntime
import Workbook
import XCTest

@testable import Reports

/// Links and images in the HTML report keep only URLs a browser cannot run as script: the URL is read as browsers
/// read it (entities decoded by cmark, leading C0 controls and spaces dropped, tabs and newlines removed anywhere,
/// the scheme case-insensitive), then only `http`, `https`, `mailto`, relative and fragment URLs pass.
final class HTMLLinkSafetyTests: XCTestCase {
  /// The `href`s and `src`s of the report of a lesson whose only paragraph is `markdown`.
  private func urls(_ markdown: String) throws -> [String] {
    let report = try ReportFixtures.report("# L\n\n" + markdown + "\n", [:])
    let page = HTMLReport().render(WorkbookReport(outcomes: [.ran(report)], duration: 0))
    // The lesson's own links: the page's header and contents link to its anchors.
    let html = page.components(separatedBy: "<main>").last ?? page
    var found: [String] = []
    for attribute in ["href=\"", "src=\""] {
      var rest = Substring(html)
      while let start = rest.range(of: attribute) {
        rest = rest[start.upperBound...]
        guard let end = rest.firstIndex(of: "\"") else { break }
        found.append(String(rest[..<end]))
        rest = rest[end...]
      }
    }
    return found
  }

  func testScriptURLsAreRefusedHoweverTheyAreSpelt() throws {
    let hostile = [
      "[a](&#1;javascript:alert(1))", "[a](java&#9;script:alert(1))", "[a](java&#10;script:alert(1))",
      "[a](JAVASCRIPT:alert(1))", "[a](&#32;javascript:alert(1))", "[a](<  javascript:alert(1)>)",
      "[a](javascript&colon;alert(1))", "[a](&#x1F;&#x0D;jAvAsCrIpT:alert(1))",
      "[a](data:text/html,%3Cscript%3Ealert(1)%3C/script%3E)", "[a](vbscript:msgbox(1))",
      "[a](file:///etc/passwd)", "[a](//evil.example/x)", "[a](\\\\\\\\evil.example/x)",
      "[a](/\\\\evil.example)",
      "![i](&#1;javascript:alert(1))", "![i](data:image/svg+xml,%3Csvg%20onload=alert(1)%3E)",
      "![i](//evil.example/x.png)", "[a](java&#1;script:alert(1))",
    ]
    for markdown in hostile {
      XCTAssertEqual(try urls(markdown), [], markdown)
    }
  }

  func testWebMailRelativeAndFragmentURLsStay() throws {
    XCTAssertEqual(
      try urls("[a](https://pytorch.org/docs?x=1&y=2)"), ["https://pytorch.org/docs?x=1&amp;y=2"])
    XCTAssertEqual(try urls("[a](HTTP://example.com)"), ["HTTP://example.com"])
    XCTAssertEqual(try urls("[a](mailto:someone@example.com)"), ["mailto:someone@example.com"])
    XCTAssertEqual(try urls("[a](02-backward-scalar.md)"), ["02-backward-scalar.md"])
    XCTAssertEqual(try urls("[a](../en/01.md#top)"), ["../en/01.md#top"])
    XCTAssertEqual(try urls("[a](/docs/a.html)"), ["/docs/a.html"])
    XCTAssertEqual(try urls("[a](#section-2)"), ["#section-2"])
    XCTAssertEqual(try urls("[a](?page=2)"), ["?page=2"])
    XCTAssertEqual(try urls("![i](images/graph.png)"), ["images/graph.png"])
    XCTAssertEqual(
      try urls("[a](ｊavascript:alert(1))"), ["ｊavascript:alert(1)"],
      "a fullwidth letter cannot start a scheme: browsers read this as a relative path, and so do we")
  }

  func testARefusedLinkKeepsItsTextAndARefusedImageItsDescription() throws {
    let report = try ReportFixtures.report(
      "# L\n\n[the *next* page](&#1;javascript:x) ![a graph](vbscript:x)\n", [:])
    let html = HTMLReport().render(WorkbookReport(outcomes: [.ran(report)], duration: 0))
    XCTAssertTrue(html.contains("<p>the <em>next</em> page a graph</p>"), html)
  }
}
