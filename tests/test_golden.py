"""Golden mini-corpus (Sparv style): every stage's output on tests/golden/mini-sv/source is compared with
the reviewed files in tests/golden/mini-sv/gold/. After an intended change, regenerate with `make golden`
and review the diff in git."""
from __future__ import annotations

import difflib
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

GOLDEN = Path(__file__).parent / "golden" / "mini-sv"
ROOT = Path(__file__).resolve().parent.parent
STAGES = ["interim/ingested.jsonl", "interim/segments.jsonl", "interim/extracted.jsonl", "claims.jsonl", "documents.jsonl",
          "checks.jsonl"]
MAX_DIFF_LINES = 25


def run_stages(source: Path, out: Path, cwd: Path) -> None:
    """Run the four stage commands as a user would (paths relative to cwd, so the records are portable). The
    checkout under test comes first on the path: cwd is elsewhere, and a relative PYTHONPATH would not find it."""
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))}
    for args in (["ingest", str(source.relative_to(cwd)), "--published", "2023-06-01"], ["segment"], ["extract"], ["records"]):
        subprocess.run([sys.executable, "-m", "pipeline", *args, "--out", str(out)], check=True, capture_output=True, cwd=cwd,
                       env=env)


@pytest.fixture(scope="module")
def golden_run(tmp_path_factory):
    work = tmp_path_factory.mktemp("golden")
    shutil.copytree(GOLDEN / "source", work / "source")
    run_stages(work / "source", work / "out", work)
    return work / "out"


def _pretty(path: Path) -> list[str]:
    return [json.dumps(json.loads(line), ensure_ascii=False, sort_keys=True, indent=1)
            for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.mark.parametrize("stage", STAGES)
def test_golden_stage_matches(golden_run, stage):
    gold = GOLDEN / "gold" / stage
    assert gold.exists(), f"no golden file {gold}: run `make golden`"
    got, want = _pretty(golden_run / stage), _pretty(gold)
    if got != want:
        diff = list(difflib.unified_diff("\n".join(want).splitlines(), "\n".join(got).splitlines(), "gold", "now", lineterm="", n=1))
        pytest.fail(f"{stage} differs from the golden file ({len(diff)} diff lines; `make golden` to accept):\n"
                    + "\n".join(diff[:MAX_DIFF_LINES]))


if __name__ == "__main__":      # `make golden`: regenerate the gold files
    import tempfile
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        shutil.copytree(GOLDEN / "source", work / "source")
        run_stages(work / "source", work / "out", work)
        for stage in STAGES:
            target = GOLDEN / "gold" / stage
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy(work / "out" / stage, target)
            print(f"wrote {target}")
