// Written by Scripts/fit-ranking.py from the development halves of the question sets. Do not edit.

/// Coefficients of the re-ranking (see `RankFeatures`): a pairwise logistic model, each weight
/// divided by the weight the model gave the log score, so that ranking by
/// `score · exp(Σ weight · (x − mean))` orders as the model does.
///
/// Inputs, in order: coverage, ranked_coverage_sq, title_coverage, segment_coverage, word_coverage, intent, ask_in_title, exact, audience, log_title_length, title_said, kind_point, kind_tip, kind_fact, kind_date, kind_qa, kind_activity, kind_case, cue0_point, cue0_tip, cue0_fact, cue0_date, cue0_qa, cue0_activity, cue0_case, cue1_point, cue1_tip, cue1_fact, cue1_date, cue1_qa, cue1_activity, cue1_case, cue2_point, cue2_tip, cue2_fact, cue2_date, cue2_qa, cue2_activity, cue2_case, cue3_point, cue3_tip, cue3_fact, cue3_date, cue3_qa, cue3_activity, cue3_case, cue4_point, cue4_tip, cue4_fact, cue4_date, cue4_qa, cue4_activity, cue4_case.
enum RankingModel {
    static let weights: [Double] = [
        0.605488, -0.724287, 0.564357, -0.132625,
        -0.223443, -0.109612, 0.261522, -0.092414,
        0.017763, 0.060788, 1.081374, -0.128206,
        0.171661, 0.185407, -0.524661, 0.099888,
        -0.006341, -0.177153, -0.037000, -0.063072,
        0.083981, 0.298242, 0.033305, -0.313843,
        -0.786389, -0.255178, 0.533108, -0.177754,
        -1.605581, -0.210231, -0.585927, -0.182498,
        -0.105293, -0.253464, -0.254983, 0.141150,
        -0.018574, 0.352467, -0.038948, 0.300773,
        -1.010972, -0.715235, 0.154667, -0.131475,
        -0.090396, -0.380840, -0.018385, 0.424148,
        0.117624, 0.042673, -0.170356, -0.111256,
        -0.204089,
    ]
    static let means: [Double] = [
        0.657189, 0.550033, 0.546857, 0.701797,
        0.655293, 0.092135, 0.077229, 0.077513,
        0.579003, 2.893750, 0.144028, 0.121948,
        0.077655, 0.094549, 0.046564, 0.143810,
        0.030664, 0.018739, 0.040886, 0.016610,
        0.043725, 0.008234, 0.033788, 0.005679,
        0.003549, 0.013203, 0.038614, 0.012209,
        0.001136, 0.035917, 0.007382, 0.005111,
        0.012351, 0.005253, 0.004969, 0.002697,
        0.025980, 0.012351, 0.008802, 0.009370,
        0.000852, 0.003833, 0.020017, 0.004827,
        0.002839, 0.003549, 0.048268, 0.010789,
        0.017320, 0.004259, 0.022714, 0.009228,
        0.005253,
    ]
    /// Σ weight · mean, taken once from every re-ranked score.
    static let weightedMean = zip(weights, means).reduce(0) { $0 + $1.0 * $1.1 }
    /// The factor a score can be moved by, at most (e to this power, either way).
    static let maxLogFactor = 2.0
}
