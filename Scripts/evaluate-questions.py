#!/usr/bin/env python3
"""Measure the built binary on the asked-question set, the way a user meets it: every
question goes through `ecovol --json --script`, and the answer (or refusal) is judged
against the acceptable entry ids.

    python3 Scripts/evaluate-questions.py [BINARY] [QUESTIONS.json] [KNOWLEDGE_DIR] [-v]

Prints top-1, top-3 and refusal rates per category for the dev and held-out halves. With -v
it also prints the misses of the development half; a held-out question's miss is counted,
never printed, so that tuning cannot read it.
A covered question counts for top-1 when it is answered with an acceptable entry, for top-3
when it is answered and an acceptable entry is among the first three results; an uncovered
or off-topic question counts as right when it is refused (`answered: false`).
"""
import json
import os
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
binary = os.path.join(ROOT, ".build/release/ecovol")
args = [a for a in sys.argv[1:] if a != "-v"]
binary = os.path.abspath(args[0]) if args else binary
path = args[1] if len(args) > 1 else os.path.join(ROOT, "Tests/EcoVolKitTests/Knowledge/AskedQuestions.json")
# The binary runs inside a scratch store, so relative paths must be resolved here first.
knowledge = os.path.abspath(args[2]) if len(args) > 2 else os.path.join(ROOT, "knowledge")
questions = json.load(open(path, encoding="utf-8"))

with tempfile.TemporaryDirectory() as store:
    script = os.path.join(store, "questions.txt")
    with open(script, "w", encoding="utf-8") as f:
        for q in questions:
            f.write(q["query"].replace("\n", " ") + "\n")
    out = subprocess.run(
        [binary, "--json", "--no-pager", "--store", store, "--knowledge", knowledge, "--script", script],
        capture_output=True, text=True, env=dict(os.environ, LANG="zh_CN.UTF-8"), cwd=store,
    ).stdout

docs = []
decoder = json.JSONDecoder()
k = 0
while k < len(out):
    while k < len(out) and out[k].isspace():
        k += 1
    if k >= len(out):
        break
    doc, k = decoder.raw_decode(out, k)
    docs.append(doc)
if len(docs) != len(questions):
    sys.exit(f"expected {len(questions)} answers, got {len(docs)}")

REFUSAL = {"uncovered", "offtopic"}
rows = {}
held_misses = 0
for q, doc in zip(questions, docs):
    answered = bool(doc.get("answered"))
    ids = [r["id"] for r in doc.get("results", [])]
    expect = q["expect"]
    if expect:
        ok1 = answered and ids[:1] and ids[0] in expect
        ok3 = answered and any(i in expect for i in ids[:3])
    else:
        ok1 = ok3 = not answered
    for half in (q["half"], "all"):
        r = rows.setdefault((half, q["category"]), [0, 0, 0, 0])
        r[0] += bool(ok1); r[1] += bool(ok3); r[2] += 0 if answered else 1; r[3] += 1
    if not ok1 and q["half"] != "dev":
        held_misses += 1
    elif not ok1 and "-v" in sys.argv:
        print(f"  {'top3' if ok3 else 'miss'} [{q['category']}/{q['half']}] {q['query']} -> {'answered' if answered else 'refused'} {ids[:3]} expected {expect[:3]}")

for half in ("dev", "held", "all"):
    if not any(h == half for h, _ in rows):
        continue  # a set may be all held out (or all development)
    print(f"{half}:  category          top-1   top-3  refused   n")
    t = [0, 0, 0, 0]
    covered = [0, 0, 0, 0]
    refusal = [0, 0, 0, 0]
    for (h, c), r in sorted(rows.items()):
        if h != half:
            continue
        print(f"      {c:<16} {r[0] / r[3]:6.1%}  {r[1] / r[3]:6.1%}  {r[2] / r[3]:6.1%}  {r[3]:3d}")
        t = [a + b for a, b in zip(t, r)]
        if c in REFUSAL:
            refusal = [a + b for a, b in zip(refusal, r)]
        else:
            covered = [a + b for a, b in zip(covered, r)]
    print(f"      {'ALL':<16} {t[0] / t[3]:6.1%}  {t[1] / t[3]:6.1%}  {t[2] / t[3]:6.1%}  {t[3]:3d}")
    if covered[3] and refusal[3]:
        print(f"      covered: top-1 {covered[0] / covered[3]:.1%}, top-3 {covered[1] / covered[3]:.1%} ({covered[3]});"
              f" must-refuse refused {refusal[2] / refusal[3]:.1%} ({refusal[3]})")
if "-v" in sys.argv and held_misses:
    print(f"{held_misses} held-out misses (counted above, not printed)")
