"""Make blind A/B pairs: the bot's answer vs the practitioner's, order shuffled with a fixed seed."""
import csv
import json
import random
import subprocess
import sys

import yaml

# The folder holds thoughts.tsv; pairs.tsv and key.json are written there.
FOLDER = sys.argv[1] if len(sys.argv) > 1 else "/tmp/rating"
rows = list(csv.DictReader(open(f"{FOLDER}/thoughts.tsv", encoding="utf-8"), delimiter="\t"))
texts = "\n".join(r["thought"] for r in rows) + "\n"
out = subprocess.run(["/work/main/.venv/bin/wellspring", "classify"], input=texts, capture_output=True, text=True,
                     cwd="/tmp", check=True).stdout.splitlines()
answers = [json.loads(line) for line in out]
assert len(answers) == len(rows), (len(answers), len(rows))
care = yaml.safe_load(open("/work/main/dialogues/care.yaml"))
CHECK = " ".join(care["check"]["question"].split())
CRISIS = " ".join(care["crisis"]["reply"].split()) + " (followed by crisis phone lines)"
rng = random.Random(20261202)
pairs, key = [], []
for r, a in zip(rows, answers, strict=False):
    bot = a.get("reframe") or {"check": CHECK, "crisis": CRISIS}.get(a["kind"],
                                                                     "(no reply: the exercise simply continues)")
    if rng.random() < 0.5:
        A, B, bot_is = bot, r["practitioner"], "A"
    else:
        A, B, bot_is = r["practitioner"], bot, "B"
    pairs.append({"id": r["id"], "thought": r["thought"], "A": A, "B": B})
    key.append({"id": r["id"], "bot_is": bot_is, "kind": a["kind"], "theme": a.get("theme"), "trap": a.get("trap"),
                "true_trap": r["trap"], "area": r["area"], "bot": bot})
with open(f"{FOLDER}/pairs.tsv", "w", encoding="utf-8") as f:
    f.write("id\tthought\tA\tB\n")
    for p in pairs:
        f.write("\t".join(p[k].replace("\t", " ").replace("\n", " ") for k in ("id", "thought", "A", "B")) + "\n")
json.dump(key, open(f"{FOLDER}/key.json", "w"), indent=1)
kinds = {}
for k in key:
    kinds[k["kind"]] = kinds.get(k["kind"], 0) + 1
print("kinds", kinds, "distinct bot texts", len({k["bot"] for k in key}),
      "trap right", sum(k["trap"] == k["true_trap"] for k in key))
