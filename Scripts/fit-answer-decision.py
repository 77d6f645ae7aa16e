#!/usr/bin/env python3
"""Fit the answer decision (whether the best-ranked entry is presented as the answer) and
write Sources/EcoVolKit/Knowledge/AnswerDecisionModel.swift.

Run from the package root:

    ECOVOL_DECISION_FEATURES=/tmp/features.tsv swift test --filter AnswerDecisionFeatureDump
    python3 Scripts/fit-answer-decision.py /tmp/features.tsv

Training rows are the development halves of Tests/EcoVolKitTests/Knowledge/AskedQuestions.json
and UnseenQuestions.json, and
the judged set (JudgedQueries.json); the held-out halves are never
read here. A row is positive when an acceptable entry is among the first three results (then
answering is right), negative when the question must be refused or nothing acceptable was
ranked. Model: L2-regularised logistic regression on standardised features (Newton's
method, both classes weighing the same); the threshold is chosen on out-of-fold
probabilities to maximise the mean of the share of answerable questions answered and the
share of must-refuse questions refused, among the thresholds that keep the judged set's own
goal (top-3 ≥ 98 %, counting a refused answerable query as a miss).
"""
import os
import sys

import numpy as np

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "Sources/EcoVolKit/Knowledge/AnswerDecisionModel.swift")
L2 = 1.0

path = sys.argv[1] if len(sys.argv) > 1 else "features.tsv"
lines = open(path, encoding="utf-8").read().splitlines()
header = lines[0].split("\t")
names = header[7:]
rows = [l.split("\t") for l in lines[1:] if l]
train = [r for r in rows if r[1] == "dev"]
X_all = np.array([[float(v) for v in r[7:]] for r in train])
y_all = np.array([float(r[4]) for r in train])
must_refuse_all = np.array([r[6] == "1" for r in train])

# A floor under the logistic model: the best entry must account for a share of the whole
# question, of its best clause or of its asking clause. A linear model over these inputs
# extrapolates badly to long questions it has few of (a cough-medicine question with 11 %
# coverage scored like an answer); the floor is the largest multiple of 0.05 that no
# answerable development question falls under, at most 0.5. Rows under it are refused by the
# floor and the model is fitted on the rest.
COVERED = [names.index(n) for n in ("coverage", "segment_coverage", "ask_coverage") if n in names]
best_cover = X_all[:, COVERED].max(axis=1)
floor = min(0.5, np.floor(best_cover[y_all == 1].min() * 20 + 1e-9) / 20)
above = best_cover >= floor
X, y, must_refuse = X_all[above], y_all[above], must_refuse_all[above]
train = [r for r, a in zip(train, above) if a]

def fit(X, y):
    """Weights (intercept first), means and scales of a logistic fit on X."""
    mean = X.mean(axis=0)
    scale = X.std(axis=0)
    scale[scale < 1e-6] = 1
    A = np.hstack([np.ones((len(X), 1)), (X - mean) / scale])
    w = np.zeros(A.shape[1])
    reg = np.full(A.shape[1], L2)
    reg[0] = 0
    # Classes weigh the same in the fit: there are many more answerable questions than ones
    # to refuse, and an unweighted fit would buy recall with the refusals.
    sw = np.where(y == 1, 0.5 / max(y.mean(), 1e-9), 0.5 / max(1 - y.mean(), 1e-9))
    for _ in range(100):
        p = 1 / (1 + np.exp(-A @ w))
        grad = A.T @ (sw * (p - y)) + reg * w
        H = (A * (sw * p * (1 - p))[:, None]).T @ A + np.diag(reg)
        step = np.linalg.solve(H, grad)
        w -= step
        if np.abs(step).max() < 1e-8:
            break
    return w, mean, scale


def predict(model, X):
    w, mean, scale = model
    return 1 / (1 + np.exp(-(w[0] + ((X - mean) / scale) @ w[1:])))


# The threshold is chosen on out-of-fold probabilities (five folds), so it is not flattered
# by rows the model was fitted on; it maximises the mean of the share of answerable questions
# answered and the share of must-refuse questions refused (both directions count the same).
order = np.random.default_rng(0).permutation(len(y))
oof = np.zeros(len(y))
for fold in np.array_split(order, 5):
    rest = np.setdiff1d(order, fold)
    oof[fold] = predict(fit(X[rest], y[rest]), X[fold])
model = fit(X, y)
p_in = predict(model, X)
judged = np.array([r[0] == "judged" for r in train])
# The judged set keeps its own goal (top-3 ≥ 98 %, answers included): thresholds that would
# break it on the fitted model are not taken.
JUDGED_TOP3 = 0.98
best_t, best_score = 0.05, -1
for t in np.arange(0.05, 0.96, 0.01):
    judged_ok = np.where(y == 1, p_in >= t, p_in < t)[judged].mean()
    if judged_ok < JUDGED_TOP3 - 1e-9:
        continue
    answer = oof >= t
    # Shares of all development rows: an answerable row under the floor is lost, a
    # must-refuse row under it refused.
    refused = (~answer & must_refuse).sum() + (~above & must_refuse_all).sum()
    score = (answer & (y == 1)).sum() / max((y_all == 1).sum(), 1) + refused / max(must_refuse_all.sum(), 1)
    if score > best_score + 1e-9:
        best_t, best_score = float(t), score
w, mean, scale = model
p = predict(model, X)

answer = oof >= best_t
under = int((~above & must_refuse_all).sum())
print(f"training rows {len(train)} of {len(X_all)} above the coverage floor {floor:.2f} "
      f"(positive {int(y.sum())} of {int(y_all.sum())}), threshold {best_t:.2f}")
print(f"  out of fold: answered and right {int((answer & (y == 1)).sum())}/{int(y_all.sum())}, "
      f"must-refuse refused {int((~answer & must_refuse).sum()) + under}/{int(must_refuse_all.sum())} "
      f"({under} by the floor)")
for n, c in zip(["intercept"] + names, w):
    print(f"  {n:<18} {c:+.3f}")

def arr(v):
    return "[" + ", ".join(f"{x:.6f}" for x in v) + "]"

with open(OUT, "w", encoding="utf-8") as f:
    f.write(f"""// Generated by Scripts/fit-answer-decision.py — do not edit by hand.
// Fitted on {len(train)} rows (the development halves of AskedQuestions.json and
// UnseenQuestions.json, and JudgedQueries.json, above the coverage floor), {int(y.sum())} of them
// positive; inputs, in order: {", ".join(names)}.

/// Coefficients of `AnswerDecision` (standardised inputs: (x − mean) / scale).
enum AnswerDecisionModel {{
    static let intercept = {w[0]:.6f}
    static let means: [Double] = {arr(mean)}
    static let scales: [Double] = {arr(scale)}
    static let weights: [Double] = {arr(w[1:])}
    static let threshold = {best_t:.2f}
    /// The least share of the question, its best clause or its asking clause the best entry
    /// must account for, whatever the model says.
    static let minimumCoverage = {floor:.2f}
}}
""")
# The package's formatter settles line length and trailing commas (make test lints Sources).
import subprocess
subprocess.run(["swift", "format", "--in-place", OUT], check=True)
print("wrote", os.path.relpath(OUT, ROOT))
