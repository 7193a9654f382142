/// The REPL's loop: lines in, replies out, until the input ends or `exit`.
public enum ReplDriver {
  /// Runs `session` on `source`; returns the exit status: 1 when some input raised an error, else 0.
  public static func run(_ session: ReplSession, source: LineSource, write: (String) -> Void) -> Int32 {
    loop: while true {
      switch source.readLine(prompt: session.prompt) {
      case .line(let line):
        let reply = session.enter(line)
        write(reply.text)
        if reply.exits { break loop }
      case .interrupt:
        session.cancelInput()
      case .endOfInput:
        write(session.finish().text)
        break loop
      }
    }
    return session.hasRaised ? 1 : 0
  }
}
