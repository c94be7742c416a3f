"""Train the Swedish spaCy pipeline (models/sv_spacy) from UD Swedish-Talbanken.

Usage:
    python training/train_spacy.py --ud-dir ../shared/ud [--work training/work/spacy]
        [--out models/sv_spacy] [--max-steps 20000] [--max-seconds 3600]
        [--stage all|data|main|lemma|package]

Stages:
  data     convert the UD v1.0 train file to v2 (training/convert_v1.py), then
           `spacy convert` train/dev/test (10-sentence docs so the senter/parser learn
           sentence starts) and the 90/10 paragraph split of dev for the lemmatizer.
  main     `spacy train training/spacy_config.cfg` (tok2vec, tagger, morphologizer,
           parser, senter; seed 0; eval every 200 steps on v2 dev; model-best is kept).
           The run is time-boxed with SIGINT after --max-seconds (spaCy saves model-best
           at every evaluation, so an interrupted run is fine).
  lemma    `spacy train training/spacy_lemma.cfg`: sources the main model (frozen) and
           adds an edit-tree lemmatizer trained on the lemma-annotated v2 dev paragraphs.
  package  copy the result to --out, add the Swedish abbreviation tokenizer exceptions
           (ca., jfr., enl., resp., st. ...), write meta.json and LICENSE.md.

All commands run single-threaded (OMP/MKL/OpenBLAS threads = 1).
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import shutil
import signal
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from lemma_split import lemma_split  # noqa: E402

# Abbreviations the blank Swedish tokenizer splits ("ca." -> "ca" "."), which then
# end sentences wrongly. Lower-case and capitalised forms are added.
EXTRA_ABBREVIATIONS = ["ca.", "jfr.", "enl.", "resp.", "st.", "dvs.", "inkl.", "exkl.", "milj.", "mdr.",
                       "tkr.", "mkr.", "kl.", "nr.", "bl.a.", "t.ex.", "m.m.", "s.k.", "osv.", "p.g.a.",
                       "pga.", "fr.o.m.", "t.o.m.", "f.d.", "d.v.s.", "o.d.", "m.fl.", "e.d.", "ff.", "tf."]


def env1():
    return dict(os.environ, OMP_NUM_THREADS="1", MKL_NUM_THREADS="1", OPENBLAS_NUM_THREADS="1",
                PYTHONHASHSEED="0")


def run(cmd, log: Path | None = None, max_seconds: float | None = None, cwd=None):
    cmd = [str(c) for c in cmd]
    print("+", " ".join(cmd), flush=True)
    out = open(log, "a", encoding="utf8") if log else None
    try:
        p = subprocess.Popen(cmd, env=env1(), stdout=out or None, stderr=subprocess.STDOUT if out else None,
                             cwd=cwd)
        try:
            rc = p.wait(timeout=max_seconds)
        except subprocess.TimeoutExpired:
            print(f"time box of {max_seconds:.0f}s reached: SIGINT (spaCy keeps model-best)", flush=True)
            p.send_signal(signal.SIGINT)
            rc = p.wait()
            rc = 0
        if rc != 0:
            raise SystemExit(f"command failed ({rc}): {' '.join(cmd)}")
    finally:
        if out:
            out.close()


def stage_data(py, ud: Path, work: Path):
    data = work / "corpus"
    data.mkdir(parents=True, exist_ok=True)
    tb = ud / "talbanken"
    dev, test = tb / "sv_talbanken-ud-dev.conllu", tb / "sv_talbanken-ud-test.conllu"
    conv = work / "conllu"
    conv.mkdir(exist_ok=True)
    run([py, HERE / "convert_v1.py", tb / "sv-ud-v1-train.conll", conv / "train.conllu", "--dev", dev,
         "--report", work / "labels.txt"])
    lemma_split(dev, conv / "lemma_train.conllu", conv / "lemma_dev.conllu")
    shutil.copy(dev, conv / "dev.conllu")
    shutil.copy(test, conv / "test.conllu")
    for name in ("train", "dev", "test", "lemma_train", "lemma_dev"):
        tmp = work / f"convert_{name}"
        if tmp.exists():
            shutil.rmtree(tmp)
        tmp.mkdir()
        run([py, "-m", "spacy", "convert", conv / f"{name}.conllu", tmp, "--converter", "conllu",
             "--n-sents", 10])
        (tmp / f"{name}.spacy").replace(data / f"{name}.spacy")
        shutil.rmtree(tmp)


def stage_main(py, work: Path, max_steps: int, max_seconds: float | None):
    out = work / "out"
    if out.exists():
        shutil.rmtree(out)
    run([py, "-m", "spacy", "train", HERE / "spacy_config.cfg", "--output", out,
         "--paths.train", work / "corpus/train.spacy", "--paths.dev", work / "corpus/dev.spacy",
         "--training.max_steps", max_steps, "--training.eval_frequency", 200],
        log=work / "train_main.log", max_seconds=max_seconds)


def stage_lemma(py, work: Path, max_seconds: float | None):
    out = work / "out_lemma"
    if out.exists():
        shutil.rmtree(out)
    run([py, "-m", "spacy", "train", HERE / "spacy_lemma.cfg", "--output", out,
         "--paths.train", work / "corpus/lemma_train.spacy", "--paths.dev", work / "corpus/lemma_dev.spacy",
         "--paths.base", work / "out/model-best"],
        log=work / "train_lemma.log", max_seconds=max_seconds)


def dir_size(p: Path) -> int:
    return sum(f.stat().st_size for f in p.rglob("*") if f.is_file())


LICENSE_TEXT = """# Licence of this model

This model was trained on **UD Swedish-Talbanken** (Universal Dependencies), a treebank
of professional Swedish prose derived from Talbanken (Lund University), converted to
Universal Dependencies by the UD Swedish-Talbanken contributors. The treebank is licensed under
**Creative Commons Attribution-ShareAlike 4.0 International (CC BY-SA 4.0)**,
https://creativecommons.org/licenses/by-sa/4.0/ .

As a work derived from it, the model files in this directory are likewise licensed
**CC BY-SA 4.0**. You may share and adapt them, also commercially, provided you give
appropriate credit (name Talbanken / UD Swedish-Talbanken and this project), indicate
changes, and distribute your contributions under the same licence.

Attribution: "Trained on UD Swedish-Talbanken (https://universaldependencies.org/treebanks/sv_talbanken/),
CC BY-SA 4.0, by the sv-numclaims project." Data used: the UD v1.0 training file
(converted to UD v2 labels by training/convert_v1.py) and the current UD v2 development
file; the UD v2 test file was used for evaluation only. No treebank text is distributed
here. Get the treebank from https://universaldependencies.org/ .

The code of the sv-numclaims project (outside models/sv_*) is under its own licence (MIT).
"""


def stage_package(py, work: Path, out_dir: Path):
    import spacy

    src = work / "out_lemma" / "model-best"
    if not src.exists():
        print("no lemma stage output; packaging the main model without lemmatizer", flush=True)
        src = work / "out" / "model-best"
    nlp = spacy.load(src)
    for abbr in EXTRA_ABBREVIATIONS:
        for form in {abbr, abbr[0].upper() + abbr[1:]}:
            # keep existing exceptions (they may carry NORM); add only the missing ones
            if [t.text for t in nlp.tokenizer(form)] != [form]:
                nlp.tokenizer.add_special_case(form, [{"ORTH": form}])
    # The parser sets sentence boundaries; the senter is shipped but disabled
    # (enable it with spacy.load(..., enable=["senter"], disable=["parser"]) for speed).
    if "senter" in nlp.pipe_names:
        nlp.disable_pipe("senter")
    main_meta = json.loads((work / "out" / "model-best" / "meta.json").read_text())
    meta = nlp.meta
    meta.update({
        "name": "talbanken_efficiency",
        "version": "1.0.0",
        "description": "Swedish spaCy efficiency pipeline (tok2vec, tagger, morphologizer, parser, "
                       "senter, edit-tree lemmatizer) trained on UD Swedish-Talbanken for sv-numclaims.",
        "author": "sv-numclaims project",
        "license": "CC BY-SA 4.0",
        "sources": [{"name": "UD Swedish-Talbanken", "url": "https://universaldependencies.org/treebanks/sv_talbanken/",
                     "license": "CC BY-SA 4.0"}],
        "data": {
            "train": "UD Swedish-Talbanken v1.0 train (sv-ud-v1-train.conll, 4,287 sentences, 65,893 tokens), "
                     "converted to UD v2 labels by training/convert_v1.py",
            "lemmatizer_train": "UD Swedish-Talbanken v2 dev, 90% of paragraphs (training/lemma_split.py)",
            "dev": "UD Swedish-Talbanken v2 dev (model selection)",
            "test": "UD Swedish-Talbanken v2 test (scores in test_scores)",
        },
        "training": {
            "config": "training/spacy_config.cfg + training/spacy_lemma.cfg",
            "main_dev_performance": main_meta.get("performance", {}),
            "seed": 0,
        },
        "tokenizer_exceptions_added": EXTRA_ABBREVIATIONS,
        "date": dt.date.today().isoformat(),
    })
    # no training-only paths in the shipped config
    for key in list(nlp.config["paths"].keys()):
        nlp.config["paths"][key] = None
    if out_dir.exists():
        shutil.rmtree(out_dir)
    nlp.to_disk(out_dir)
    (out_dir / "LICENSE.md").write_text(LICENSE_TEXT, encoding="utf8")
    meta = json.loads((out_dir / "meta.json").read_text())
    meta["size_bytes"] = dir_size(out_dir)
    (out_dir / "meta.json").write_text(json.dumps(meta, indent=2, ensure_ascii=False) + "\n", encoding="utf8")
    print(f"packaged {out_dir} ({meta['size_bytes'] / 1e6:.1f} MB)")


def main(argv=None):
    ap = argparse.ArgumentParser()
    ap.add_argument("--ud-dir", default="../shared/ud")
    ap.add_argument("--work", default=str(HERE / "work" / "spacy"))
    ap.add_argument("--out", default=str(HERE.parent / "models" / "sv_spacy"))
    ap.add_argument("--max-steps", type=int, default=20000)
    ap.add_argument("--max-seconds", type=float, default=3600, help="time box for the main training stage")
    ap.add_argument("--lemma-max-seconds", type=float, default=900)
    ap.add_argument("--stage", choices=["all", "data", "main", "lemma", "package"], default="all")
    ap.add_argument("--python", default=sys.executable)
    args = ap.parse_args(argv)
    ud, work, out = Path(args.ud_dir).resolve(), Path(args.work).resolve(), Path(args.out).resolve()
    work.mkdir(parents=True, exist_ok=True)
    if args.stage in ("all", "data"):
        stage_data(args.python, ud, work)
    if args.stage in ("all", "main"):
        stage_main(args.python, work, args.max_steps, args.max_seconds)
    if args.stage in ("all", "lemma"):
        stage_lemma(args.python, work, args.lemma_max_seconds)
    if args.stage in ("all", "package"):
        stage_package(args.python, work, out)


if __name__ == "__main__":
    main()
