import CEditLine

/// Conversions between Swift strings and libedit's wide strings (one `wchar_t` per Unicode scalar).
enum WideString {
    /// A NUL-terminated wide string.
    static func make(_ string: String) -> [wchar_t] {
        string.unicodeScalars.map { wchar_t(bitPattern: $0.value) } + [0]
    }

    /// A heap copy that lives until freed (libedit keeps some pointers without copying).
    static func allocate(_ string: String) -> UnsafeMutablePointer<wchar_t> {
        let wide = make(string)
        let pointer = UnsafeMutablePointer<wchar_t>.allocate(capacity: wide.count)
        pointer.initialize(from: wide, count: wide.count)
        return pointer
    }

    /// Text from `start` up to (not including) `end`.
    static func string(from start: UnsafePointer<wchar_t>, to end: UnsafePointer<wchar_t>) -> String {
        var scalars = String.UnicodeScalarView()
        var p = start
        while p < end {
            if let scalar = Unicode.Scalar(UInt32(bitPattern: p.pointee)) { scalars.append(scalar) }
            p += 1
        }
        return String(scalars)
    }

    /// Text of a NUL-terminated wide string with `count` elements.
    static func string(_ pointer: UnsafePointer<wchar_t>, count: Int) -> String {
        string(from: pointer, to: pointer + count)
    }
}
