// Written by Scripts/fit-ranking.py from the development halves of the question sets. Do not edit.

/// Coefficients of the re-ranking (see `RankFeatures`): a pairwise logistic model, each weight
/// divided by the weight the model gave the log score, so that ranking by
/// `score · exp(Σ weight · (x − mean))` orders as the model does.
///
/// Inputs, in order: coverage, ranked_coverage_sq, title_coverage, segment_coverage, word_coverage, intent, ask_in_title, exact, audience, log_title_length, title_said, ask_said, kind_point, kind_tip, kind_fact, kind_date, kind_qa, kind_activity, kind_case, cue0_point, cue0_tip, cue0_fact, cue0_date, cue0_qa, cue0_activity, cue0_case, cue1_point, cue1_tip, cue1_fact, cue1_date, cue1_qa, cue1_activity, cue1_case, cue2_point, cue2_tip, cue2_fact, cue2_date, cue2_qa, cue2_activity, cue2_case, cue3_point, cue3_tip, cue3_fact, cue3_date, cue3_qa, cue3_activity, cue3_case, cue4_point, cue4_tip, cue4_fact, cue4_date, cue4_qa, cue4_activity, cue4_case.
enum RankingModel {
    static let weights: [Double] = [
        0.631438, -0.577604, 0.664411, -0.108554,
        -0.175038, -0.062254, 0.300038, -0.053323,
        0.137804, 0.005258, 0.419007, 1.609738,
        -0.184925, 0.236498, 0.192743, -0.535529,
        0.111449, -0.032007, -0.133886, -0.066803,
        -0.036016, 0.084796, 0.325998, 0.047742,
        -0.242238, -0.747424, -0.109762, 0.439984,
        -0.272211, -1.911190, -0.149965, -0.575736,
        -0.082887, -0.162429, -0.174450, -0.151636,
        0.103805, -0.015334, 0.279463, 0.012752,
        0.350615, -1.527490, -0.653317, 0.108748,
        -0.069194, -0.139778, -0.171207, -0.016595,
        0.396814, 0.147699, -0.048324, -0.150742,
        -0.246198, -0.117255,
    ]
    static let means: [Double] = [
        0.671694, 0.569874, 0.545810, 0.716647,
        0.668455, 0.092961, 0.076781, 0.077207,
        0.577491, 2.895768, 0.143912, 0.179454,
        0.122907, 0.077633, 0.094664, 0.046551,
        0.142634, 0.029520, 0.018734, 0.042719,
        0.017741, 0.043429, 0.007380, 0.033068,
        0.005961, 0.003548, 0.014192, 0.038745,
        0.011922, 0.000993, 0.035481, 0.007380,
        0.004825, 0.012489, 0.004967, 0.004684,
        0.002838, 0.026114, 0.012915, 0.008374,
        0.008657, 0.000710, 0.004258, 0.020437,
        0.004825, 0.002838, 0.003548, 0.048112,
        0.011354, 0.017741, 0.003974, 0.022282,
        0.008799, 0.005535,
    ]
    /// Σ weight · mean, taken once from every re-ranked score.
    static let weightedMean = zip(weights, means).reduce(0) { $0 + $1.0 * $1.1 }
    /// The factor a score can be moved by, at most (e to this power, either way).
    static let maxLogFactor = 2.0
}
