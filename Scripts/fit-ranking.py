#!/usr/bin/env python3
"""Fit the re-ranking of a question's leading entries and write
Sources/EcoVolKit/Knowledge/RankingModel.swift.

Run from the package root:

    ECOVOL_RANK_FEATURES=/tmp/rank.tsv swift test --filter RankFeatureDump
    python3 Scripts/fit-ranking.py /tmp/rank.tsv

Rows are what `RankFeatureDump` writes: the first ten entries the hand-set ranking gives each
answerable question of the development halves (asked, unseen, spoken, winter, dawn, mixed) and
of the judged set; the held-out halves never reach the file. Model: pairwise logistic
regression (every acceptable entry against every other entry of the same question, each
question weighing the same), L2-regularised, on the log score and the features of
`RankFeatures`. Written out, each weight is divided by the log score's, so that Swift can rank
by score · exp(Σ weight · (x − mean)) in the model's order and keep the scores' scale.

Prints the development set's top-1 before and after, in the fit and by 5-fold
cross-validation over questions (the number to trust).
"""
import os
import sys

import numpy as np

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "Sources/EcoVolKit/Knowledge/RankingModel.swift")
L2 = float(os.environ.get("ECOVOL_RANK_L2", "1.0"))

path = sys.argv[1] if len(sys.argv) > 1 else "rank.tsv"
lines = open(path, encoding="utf-8").read().splitlines()
header = lines[0].split("\t")
names = header[4:]
rows = [l.split("\t") for l in lines[1:] if l]
qid = np.array([int(r[0]) for r in rows])
label = np.array([r[2] == "1" for r in rows])
logscore = np.array([float(r[3]) for r in rows])
X = np.array([[float(v) for v in r[4:]] for r in rows])
mean = X.mean(axis=0)
scale = X.std(axis=0)
scale[scale < 1e-6] = 1
Z = np.hstack([logscore[:, None], (X - mean) / scale])


def pairs(questions):
    """Feature differences (acceptable minus other) and each pair's weight."""
    diffs, weights = [], []
    for q in questions:
        idx = np.where(qid == q)[0]
        pos = [i for i in idx if label[i]]
        neg = [i for i in idx if not label[i]]
        if not pos or not neg:
            continue
        w = 1.0 / (len(pos) * len(neg))
        for i in pos:
            for j in neg:
                diffs.append(Z[i] - Z[j])
                weights.append(w)
    return np.array(diffs), np.array(weights)


def fit(questions):
    """Weights on Z's columns (log score first) by Newton's method."""
    D, w = pairs(questions)
    beta = np.zeros(Z.shape[1])
    beta[0] = 1.0
    reg = np.full(Z.shape[1], L2)
    reg[0] = 0.0
    for _ in range(50):
        p = 1 / (1 + np.exp(-D @ beta))
        grad = D.T @ (w * (p - 1)) + reg * beta
        H = (D * (w * p * (1 - p))[:, None]).T @ D + np.diag(reg) + 1e-9 * np.eye(len(beta))
        step = np.linalg.solve(H, grad)
        beta -= step
        if np.abs(step).max() < 1e-8:
            break
    return beta


def top1(questions, beta):
    """Share of questions whose best entry under beta is acceptable (of those with one ranked)."""
    right = total = 0
    for q in questions:
        idx = np.where(qid == q)[0]
        if not label[idx].any():
            continue
        total += 1
        best = idx[np.argmax(Z[idx] @ beta if beta is not None else logscore[idx])]
        right += bool(label[best])
    return right / max(total, 1), total


questions = np.unique(qid)
base, n = top1(questions, None)
beta = fit(questions)
print(f"questions with an acceptable entry in the first ten: {n}")
print(f"top-1 by match score alone: {base:.3f}; re-ranked, in the fit: {top1(questions, beta)[0]:.3f}")
rng = np.random.default_rng(7)
order = rng.permutation(questions)
folds = np.array_split(order, 5)
right = total = 0
for k in range(5):
    train = np.concatenate([folds[j] for j in range(5) if j != k])
    b = fit(train)
    share, count = top1(folds[k], b)
    right += share * count
    total += count
print(f"re-ranked, 5-fold cross-validated: {right / total:.3f}")
print("weights (standardised), log score first:")
for name, value in zip(["log_score"] + names, beta):
    print(f"  {name:20s} {value:+.3f}")

if beta[0] <= 0:
    sys.exit("the log score's weight is not positive: refusing to write the model")
weights = beta[1:] / scale / beta[0]


def fmt(values):
    return ",\n".join("        " + ", ".join(f"{v:.6f}" for v in values[k:k + 4]) for k in range(0, len(values), 4))


swift = f"""// Written by Scripts/fit-ranking.py from the development halves of the question sets. Do not edit.

/// Coefficients of the re-ranking (see `RankFeatures`): a pairwise logistic model, each weight
/// divided by the weight the model gave the log score, so that ranking by
/// `score · exp(Σ weight · (x − mean))` orders as the model does.
///
/// Inputs, in order: {", ".join(names)}.
enum RankingModel {{
    static let weights: [Double] = [
{fmt(weights)},
    ]
    static let means: [Double] = [
{fmt(mean)},
    ]
    /// Σ weight · mean, taken once from every re-ranked score.
    static let weightedMean = zip(weights, means).reduce(0) {{ $0 + $1.0 * $1.1 }}
    /// The factor a score can be moved by, at most (e to this power, either way).
    static let maxLogFactor = 2.0
}}
"""
open(OUT, "w", encoding="utf-8").write(swift)
print(f"wrote {os.path.relpath(OUT, ROOT)}")
