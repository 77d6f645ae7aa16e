import CEditLine

/// The C `stdout` stream, which Swift 6 cannot name directly (it is a shared mutable global).
var stdoutStream: UnsafeMutablePointer<FILE> { ecovol_stdout() }
