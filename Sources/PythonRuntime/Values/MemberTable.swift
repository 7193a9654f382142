/// The members one type declares, collected from its declaration groups (one file per group).
///
/// A name declared twice is kept once (the first) and recorded in ``duplicates``, which the tests
/// require to be empty, so no name can silently shadow another.
public struct MemberTable: Sendable {
  /// The members by name.
  public let byName: [String: Member]
  /// Names declared more than once across the groups, in declaration order.
  public let duplicates: [String]

  /// A table of `groups`' members.
  public init(_ groups: [[Member]] = []) {
    var byName: [String: Member] = [:]
    var duplicates: [String] = []
    for member in groups.joined() {
      if byName[member.name] == nil {
        byName[member.name] = member
      } else {
        duplicates.append(member.name)
      }
    }
    self.byName = byName
    self.duplicates = duplicates
  }

  /// The member `name`, if declared here.
  public subscript(name: String) -> Member? { byName[name] }

  /// The declared names, sorted.
  public var names: [String] { byName.keys.sorted() }
}
