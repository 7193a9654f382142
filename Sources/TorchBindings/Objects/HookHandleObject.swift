import Autograd
import PythonRuntime

/// What `t.register_hook(fn)` and a module's `register_forward_hook(fn)` return
/// (`torch.utils.hooks.RemovableHandle`): `remove()` and `id`.
final class HookHandleObject: NativeObject {
  let id: Int
  private let removal: () -> Void

  init(_ handle: HookHandle) {
    id = handle.id
    removal = { handle.remove() }
  }

  /// A handle whose `remove()` runs `remove` (which must tolerate running twice).
  init(id: Int, remove: @escaping () -> Void) {
    self.id = id
    removal = remove
  }

  static let type = TypeObject(
    name: "RemovableHandle", qualifiedName: "torch.utils.hooks.RemovableHandle",
    members: MemberTable([
      [
        Member.torch(of: HookHandleObject.self, "remove") { object, _, _ in
          object.removal()
          return .none
        },
        .property("id") { receiver, _ in
          let object: HookHandleObject = try Member.native(receiver, "id")
          return .int(object.id)
        },
      ]
    ]))

  var pythonType: TypeObject { HookHandleObject.type }

  func repr() -> String { "<torch.utils.hooks.RemovableHandle object at 0x7f5e3c1d2e90>" }
}
