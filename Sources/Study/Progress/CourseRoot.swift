import Foundation

/// The folder a course lives in: the one holding a `.gradbook` folder (made by `gradbook study`), found from inside
/// the course by walking up as git finds `.git`.
public enum CourseRoot {
  /// The folder that marks a course root and holds its progress, starter copies and backups.
  public static let folderName = ".gradbook"

  /// The nearest folder at or above `folder` that holds `.gradbook`; nil when there is none up to `/`.
  public static func find(from folder: String) -> String? {
    var current = URL(fileURLWithPath: folder).standardizedFileURL.path
    while true {
      var isFolder: ObjCBool = false
      if FileManager.default.fileExists(atPath: current + "/" + folderName, isDirectory: &isFolder),
        isFolder.boolValue
      {
        return current
      }
      let parent = (current as NSString).deletingLastPathComponent
      if parent == current || parent.isEmpty { return nil }
      current = parent
    }
  }

  /// Whether `folder` is itself a course root.
  public static func isRoot(_ folder: String) -> Bool {
    var isFolder: ObjCBool = false
    return FileManager.default.fileExists(atPath: folder + "/" + folderName, isDirectory: &isFolder)
      && isFolder.boolValue
  }
}
