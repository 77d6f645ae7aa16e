/// Light English stemming: plural endings only (an "S-stemmer" with a few `-es` rules), so
/// `batteries` finds `battery` and `bags` finds `bag` without Porter's over-stemming of
/// short domain words. Works on lower-case ASCII bytes.
enum LatinStemmer {
    static func stem(_ w: inout [UInt8]) {
        let n = w.count
        guard n >= 4, w[n - 1] == UInt8(ascii: "s"), isLetters(w) else { return }
        func ends(_ suffix: String) -> Bool {
            let s = Array(suffix.utf8)
            return n >= s.count && Array(w[(n - s.count)...]) == s
        }
        if ends("ies"), !ends("eies"), !ends("aies"), n >= 5 {
            w.removeLast(3)
            w.append(UInt8(ascii: "y"))
        } else if ends("sses") {
            w.removeLast(2)
        } else if ends("xes") || ends("ches") || ends("shes") || ends("zzes") {
            w.removeLast(2)
        } else if ends("ss") || ends("us") || ends("is") {
            return
        } else {
            w.removeLast()
        }
    }

    private static func isLetters(_ w: [UInt8]) -> Bool {
        w.allSatisfy { $0 >= 0x61 && $0 <= 0x7A }
    }
}
