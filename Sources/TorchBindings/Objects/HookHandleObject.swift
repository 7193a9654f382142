import Autograd
import PythonRuntime

/// What `t.register_hook(fn)` returns (`torch.utils.hooks.RemovableHandle`): `remove()` and `id`.
final class HookHandleObject: NativeObject {
  let handle: HookHandle

  init(_ handle: HookHandle) { self.handle = handle }

  static let type = TypeObject(
    name: "RemovableHandle", qualifiedName: "torch.utils.hooks.RemovableHandle",
    members: MemberTable([
      [
        Member.torch(of: HookHandleObject.self, "remove") { object, _, _ in
          object.handle.remove()
          return .none
        },
        .property("id") { receiver, _ in
          let object: HookHandleObject = try Member.native(receiver, "id")
          return .int(object.handle.id)
        },
      ]
    ]))

  var pythonType: TypeObject { HookHandleObject.type }

  func repr() -> String { "<torch.utils.hooks.RemovableHandle object at 0x7f5e3c1d2e90>" }
}
