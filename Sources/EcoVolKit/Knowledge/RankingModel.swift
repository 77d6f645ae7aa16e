// Written by Scripts/fit-ranking.py from the development halves of the question sets. Do not edit.

/// Coefficients of the re-ranking (see `RankFeatures`): a pairwise logistic model, each weight
/// divided by the weight the model gave the log score, so that ranking by
/// `score · exp(Σ weight · (x − mean))` orders as the model does.
///
/// Inputs, in order: coverage, ranked_coverage_sq, title_coverage, segment_coverage, word_coverage, intent, ask_in_title, exact, audience, log_title_length, title_said, kind_point, kind_tip, kind_fact, kind_date, kind_qa, kind_activity, kind_case, cue0_point, cue0_tip, cue0_fact, cue0_date, cue0_qa, cue0_activity, cue0_case, cue1_point, cue1_tip, cue1_fact, cue1_date, cue1_qa, cue1_activity, cue1_case, cue2_point, cue2_tip, cue2_fact, cue2_date, cue2_qa, cue2_activity, cue2_case, cue3_point, cue3_tip, cue3_fact, cue3_date, cue3_qa, cue3_activity, cue3_case, cue4_point, cue4_tip, cue4_fact, cue4_date, cue4_qa, cue4_activity, cue4_case.
enum RankingModel {
    static let weights: [Double] = [
        0.599052, -0.713822, 0.571094, -0.146721,
        -0.216669, -0.108440, 0.261143, -0.093734,
        -0.004738, 0.064186, 1.080787, -0.131901,
        0.195566, 0.185714, -0.506341, 0.092712,
        -0.025192, -0.199752, -0.038590, -0.060823,
        0.084677, 0.301574, 0.032041, -0.313241,
        -0.784351, -0.251262, 0.518181, -0.178296,
        -1.606939, -0.196237, -0.570666, -0.163912,
        -0.104413, -0.246759, -0.254642, 0.142271,
        -0.019451, 0.351222, -0.040448, 0.306582,
        -1.007330, -0.713230, 0.148504, -0.128066,
        -0.068728, -0.366060, -0.018738, 0.422559,
        0.119205, 0.045413, -0.170256, -0.110772,
        -0.206388,
    ]
    static let means: [Double] = [
        0.656709, 0.549638, 0.546413, 0.701411,
        0.654843, 0.090432, 0.076803, 0.077513,
        0.579145, 2.893639, 0.144001, 0.122516,
        0.078648, 0.094407, 0.047274, 0.144804,
        0.031232, 0.019307, 0.040886, 0.016610,
        0.043725, 0.008234, 0.033788, 0.005679,
        0.003549, 0.013345, 0.037337, 0.012209,
        0.001136, 0.034923, 0.006956, 0.004827,
        0.012351, 0.005253, 0.004969, 0.002697,
        0.025980, 0.012351, 0.008802, 0.009086,
        0.000852, 0.003833, 0.019307, 0.004827,
        0.002697, 0.003265, 0.048268, 0.010789,
        0.017320, 0.004259, 0.022714, 0.009228,
        0.005253,
    ]
    /// Σ weight · mean, taken once from every re-ranked score.
    static let weightedMean = zip(weights, means).reduce(0) { $0 + $1.0 * $1.1 }
    /// The factor a score can be moved by, at most (e to this power, either way).
    static let maxLogFactor = 2.0
}
