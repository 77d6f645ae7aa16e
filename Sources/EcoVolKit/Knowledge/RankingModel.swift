// Written by Scripts/fit-ranking.py from the development halves of the question sets. Do not edit.

/// Coefficients of the re-ranking (see `RankFeatures`): a pairwise logistic model, each weight
/// divided by the weight the model gave the log score, so that ranking by
/// `score · exp(Σ weight · (x − mean))` orders as the model does.
///
/// Inputs, in order: coverage, ranked_coverage_sq, title_coverage, segment_coverage, word_coverage, intent, ask_in_title, exact, audience, log_title_length, title_said, ask_said, kind_point, kind_tip, kind_fact, kind_date, kind_qa, kind_activity, kind_case, cue0_point, cue0_tip, cue0_fact, cue0_date, cue0_qa, cue0_activity, cue0_case, cue1_point, cue1_tip, cue1_fact, cue1_date, cue1_qa, cue1_activity, cue1_case, cue2_point, cue2_tip, cue2_fact, cue2_date, cue2_qa, cue2_activity, cue2_case, cue3_point, cue3_tip, cue3_fact, cue3_date, cue3_qa, cue3_activity, cue3_case, cue4_point, cue4_tip, cue4_fact, cue4_date, cue4_qa, cue4_activity, cue4_case.
enum RankingModel {
    static let weights: [Double] = [
        0.697609, -0.688580, 0.637191, -0.139965,
        -0.138896, -0.061085, 0.305096, -0.057596,
        0.150482, 0.012158, 0.359546, 1.619512,
        -0.182786, 0.235121, 0.190662, -0.527330,
        0.112053, -0.040202, -0.132582, -0.067053,
        -0.018531, 0.074173, 0.334948, 0.049062,
        -0.259875, -0.733695, -0.095984, 0.421653,
        -0.260499, -1.912897, -0.144878, -0.579881,
        -0.085704, -0.173091, -0.165400, -0.164953,
        0.133847, -0.009933, 0.295307, -0.010081,
        0.323276, -1.530132, -0.649726, 0.116916,
        -0.075542, -0.132563, -0.167776, -0.022468,
        0.384806, 0.161230, -0.055753, -0.149363,
        -0.240526, -0.109247,
    ]
    static let means: [Double] = [
        0.668723, 0.564900, 0.546721, 0.713257,
        0.667906, 0.094664, 0.076781, 0.077207,
        0.577633, 2.895289, 0.143959, 0.179357,
        0.123616, 0.077065, 0.094380, 0.046409,
        0.142776, 0.029662, 0.018734, 0.042152,
        0.018024, 0.043855, 0.007380, 0.033068,
        0.005819, 0.003548, 0.013625, 0.039171,
        0.011780, 0.000993, 0.035623, 0.007380,
        0.004967, 0.012489, 0.004967, 0.004967,
        0.002838, 0.025830, 0.012773, 0.008515,
        0.008799, 0.000710, 0.004258, 0.020437,
        0.004684, 0.002838, 0.003548, 0.048538,
        0.011354, 0.017741, 0.003974, 0.022282,
        0.008515, 0.005393,
    ]
    /// Σ weight · mean, taken once from every re-ranked score.
    static let weightedMean = zip(weights, means).reduce(0) { $0 + $1.0 * $1.1 }
    /// The factor a score can be moved by, at most (e to this power, either way).
    static let maxLogFactor = 2.0
}
