"""``python -m pipeline.batch.speed``: the back-to-back comparison runs and reports in its format. No timing
assertions (the machine is shared); the code compared with itself must find the same records."""
import re

from pipeline.batch import speed
from pipeline.batch.bench import generate


def test_speed_against_its_own_code(tmp_path, capsys):
    generate(tmp_path / "corpus", 6)
    assert speed.main([str(speed.ROOT), "--corpus", str(tmp_path / "corpus"), "--rounds", "1"]) == 0
    out = capsys.readouterr().out
    assert re.search(r"^corpus: 6 documents, \d+ words; best of 1 rounds, CPU seconds$", out, re.M)
    this = re.search(r"^this  .+: ([\d,]+) words per CPU second \((\d+) records\)$", out, re.M)
    other = re.search(r"^other .+: ([\d,]+) words per CPU second \((\d+) records\)$", out, re.M)
    assert this and other and this.group(2) == other.group(2)
    assert float(re.search(r"^ratio this/other: (\d+\.\d{3})$", out, re.M).group(1)) > 0
