"""Records what the scam check's rules said of each fresh batch BEFORE anyone read it.

Each fresh batch of real messages (tests/data/scam_real/fresh3.jsonl to fresh10.jsonl) was
collected apart while the rules were frozen, and measured once with the frozen code; only
then did it join the development data and get read. The rules of today have been tuned on
every development item, so on that data they look far better (recall 0.83) than on messages
nobody has read (0.38-0.56 on each fresh batch). The learned part's powers must be judged
beside rules as they are on UNREAD messages, so this script runs each batch through the
code of the freeze that preceded its measurement (a temporary git worktree of that commit)
and writes the verdicts to tests/data/scam_real/unseen_rules.json, which
scripts/build_scam_model.py reads. Run from the repository root, in a git checkout that has
those commits: `python scripts/record_unseen_rules.py`. Build-time only.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "tests" / "data" / "scam_real" / "unseen_rules.json"
# batch -> the commit that froze the rules before the batch was measured (issue 15)
FREEZES = {
    "fresh3.jsonl": ("1d2e699", "freeze: scam check round 3"),
    "fresh4.jsonl": ("0f5c9b3", "freeze: scam check round 4"),
    "fresh5.jsonl": ("58e22b1", "freeze: scam check round 5"),
    "fresh6.jsonl": ("80d20d9", "freeze: scam check round 6"),
    "fresh7.jsonl": ("1599793", "freeze: scam check round 7"),
    "fresh8.jsonl": ("d5c03fe", "freeze: learned part round 8 (rules as in round 7)"),
    "fresh9.jsonl": ("1e78257", "freeze: learned part round 9 (rules as in round 7)"),
    "fresh10.jsonl": ("e82959a", "freeze: scam check round 10"),
    "fresh11.jsonl": ("9ce7bfb", "freeze: scam check round 11"),
    "fresh12.jsonl": ("e2814af", "freeze: scam check round 12"),
    "fresh12b.jsonl": ("e2814af", "freeze: scam check round 12"),
    "fresh13.jsonl": ("e016ee3", "freeze: scam check round 13"),
    "fresh14.jsonl": ("b74ab7e", "freeze: scam check round 14"),
    "fresh14b.jsonl": ("b74ab7e", "freeze: scam check round 14"),
    "fresh15.jsonl": ("44c7890", "freeze: scam check round 15"),
    "fresh15b.jsonl": ("44c7890", "freeze: scam check round 15"),
    "fresh15c.jsonl": ("44c7890", "freeze: scam check round 15"),
    "fresh16.jsonl": ("6341331", "freeze: scam check round 16"),
    "fresh16b.jsonl": ("6341331", "freeze: scam check round 16"),
    "fresh17.jsonl": ("92bd97b", "freeze: scam check round 17"),
    "fresh17b.jsonl": ("92bd97b", "freeze: scam check round 17"),
    "fresh18.jsonl": ("690b5a7", "freeze: scam check round 18"),
    "fresh19.jsonl": ("4f4ce0b", "freeze: scam check round 19"),
    "fresh19b.jsonl": ("4f4ce0b", "freeze: scam check round 19"),
    "fresh19c.jsonl": ("4f4ce0b", "freeze: scam check round 19"),
    "fresh20.jsonl": ("defbe17", "freeze: round 20 of issue 15 and 13"),
    "fresh20b.jsonl": ("defbe17", "freeze: round 20 of issue 15 and 13"),
    "fresh21.jsonl": ("ebe2156", "freeze: round 22 of issue 15 and 13"),
    "fresh21b.jsonl": ("ebe2156", "freeze: round 22 of issue 15 and 13"),
}
# Run inside the old checkout: the rules alone (no learned model), as that code shipped them.
_SCAN = """
import json, sys
sys.path.insert(0, sys.argv[1])
import knowledge
assert knowledge.__file__.startswith(sys.argv[1]), knowledge.__file__
from knowledge.loader import load_knowledge
from knowledge.scam.red_flags import RedFlags
from knowledge.scam.scanner import Risk, ScamScanner
scanner = ScamScanner(load_knowledge().get(RedFlags))
out = {}
for line in open(sys.argv[2], encoding="utf-8"):
    if line.strip():
        row = json.loads(line)
        result = scanner.scan(row["text"])
        out[row["id"]] = [result.risk is not Risk.LOW, result.rule_points > 0]
json.dump(out, sys.stdout)
"""


def _verdicts(commit: str, batch: Path) -> dict[str, list[bool]]:
    with tempfile.TemporaryDirectory() as scratch:
        tree = str(Path(scratch) / "tree")
        add = ["git", "worktree", "add", "-q", "--detach", tree, commit]
        subprocess.run(add, check=True)  # noqa: S603 - our own commits, git on PATH
        try:
            done = subprocess.run(  # noqa: S603 - this interpreter, our own script
                [sys.executable, "-c", _SCAN, tree, str(batch)],
                check=True,
                capture_output=True,
                text=True,
                cwd=scratch,
            )
        finally:
            remove = ["git", "worktree", "remove", "--force", tree]
            subprocess.run(remove, check=True)  # noqa: S603 - as above
    found: dict[str, list[bool]] = json.loads(done.stdout)
    return found


def main() -> None:
    verdicts: dict[str, list[bool]] = {}
    for name, (commit, _) in FREEZES.items():
        verdicts.update(_verdicts(commit, ROOT / "tests" / "data" / "scam_real" / name))
    data = {
        "what": "rules-alone verdicts [medium or high, any rule finding] of each fresh batch "
        "by the code frozen before it was measured (scripts/record_unseen_rules.py)",
        "freezes": {name: commit for name, (commit, _) in FREEZES.items()},
        "verdicts": verdicts,
    }
    lines = [f'  "{key}": {json.dumps(value)}' for key, value in sorted(verdicts.items())]
    head = json.dumps({key: data[key] for key in ("what", "freezes")}, indent=1)[:-2]
    body = head + ',\n "verdicts": {\n' + ",\n".join(lines) + "\n }\n}\n"
    OUT.write_text(body, encoding="utf-8")
    print(f"wrote {OUT} ({len(verdicts)} items)")


if __name__ == "__main__":
    main()
