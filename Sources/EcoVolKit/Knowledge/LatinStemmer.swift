/// Light English stemming: plural endings (an "S-stemmer" with a few `-es` rules), then the
/// derivational and inflectional endings people vary when they type a topic: `-ity`
/// (neutrality → neutral, so `carbon neutral` finds `carbon neutrality`), `-ness`, `-ing`,
/// `-ed`, the `-ion` of a long `-tion` word (pollution, polluted → pollut) and a final silent
/// `-e` (recycle, recycled, recycling → recycl). Why no Porter:
/// it over-stems short domain words; these few rules only fold forms of one word together,
/// the same way at index and query time. Works on lower-case ASCII bytes; words of digits
/// or shorter than five letters are left alone.
enum LatinStemmer {
    static func stem(_ w: inout [UInt8]) {
        guard w.count >= 4, isLetters(w) else { return }
        stripPlural(&w)
        stripSuffixes(&w)
    }

    private static func ends(_ w: [UInt8], _ suffix: String) -> Bool {
        let s = Array(suffix.utf8)
        return w.count >= s.count && Array(w[(w.count - s.count)...]) == s
    }

    private static func stripPlural(_ w: inout [UInt8]) {
        let n = w.count
        guard n >= 4, w[n - 1] == UInt8(ascii: "s") else { return }
        if ends(w, "ies"), !ends(w, "eies"), !ends(w, "aies"), n >= 5 {
            w.removeLast(3)
            w.append(UInt8(ascii: "y"))
        } else if ends(w, "sses") {
            w.removeLast(2)
        } else if ends(w, "xes") || ends(w, "ches") || ends(w, "shes") || ends(w, "zzes") {
            w.removeLast(2)
        } else if ends(w, "ss") || ends(w, "us") || ends(w, "is") {
            return
        } else {
            w.removeLast()
        }
    }

    private static func stripSuffixes(_ w: inout [UInt8]) {
        if w.count >= 7, ends(w, "ity") {
            w.removeLast(3)
        } else if w.count >= 7, ends(w, "ness") {
            w.removeLast(4)
        } else if w.count >= 6, ends(w, "ing") {
            w.removeLast(3)
            undouble(&w)
            return
        } else if w.count >= 8, ends(w, "tion") {
            // pollution → pollut, the stem of polluted, polluting and pollute.
            w.removeLast(3)
            return
        } else if w.count >= 5, ends(w, "ed"), !ends(w, "eed") {
            w.removeLast(2)
            undouble(&w)
            return
        }
        if w.count >= 5, w[w.count - 1] == UInt8(ascii: "e") { w.removeLast() }
    }

    /// planning → plann → plan; not for l, s, z (recall, glass, buzz keep theirs).
    private static func undouble(_ w: inout [UInt8]) {
        let n = w.count
        guard n >= 4, w[n - 1] == w[n - 2], !"aeiouylsz".utf8.contains(w[n - 1]) else { return }
        w.removeLast()
    }

    private static func isLetters(_ w: [UInt8]) -> Bool {
        w.allSatisfy { $0 >= 0x61 && $0 <= 0x7A }
    }
}
