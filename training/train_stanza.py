"""Train the Stanza Swedish tokenizer (sentence splitter) and lemmatizer offline.

Usage:
    python training/train_stanza.py --ud-dir ../shared/ud [--work training/work/stanza]
        [--out models/sv_stanza] [--tok-steps 2000] [--lemma-epochs 10] [--only tokenize|lemma]

Uses Stanza's own entry points (stanza.utils.datasets.prepare_*_treebank and
stanza.utils.training.run_*), with --no_charlm and (for the lemma data) --gold,
so nothing is downloaded. DATA_ROOT/UDBASE live under --work (git-ignored).

Data:
* tokenizer: train = Talbanken UD v1.0 train converted to v2 (training/convert_v1.py,
  SpaceAfter restored heuristically), dev = v2 dev, test = v2 test.
* lemmatizer: the v1 train file has no lemmas, so the lemmatizer is trained on the v2
  *dev* file only: its paragraphs are split 90/10 (training/lemma_split.py) into lemma-train / lemma-dev (model
  selection); the score reported is on the untouched v2 test file.

Everything runs single-threaded (OMP/MKL threads = 1) with Stanza's fixed seeds
(--seed 1234 is Stanza's default for both models).
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from lemma_split import lemma_split  # noqa: E402
TB = "UD_Swedish-Talbanken"
SHORT = "sv_talbanken"


def run(cmd, env, cwd, log):
    print("+", " ".join(map(str, cmd)), flush=True)
    with open(log, "a", encoding="utf8") as f:
        f.write("\n+ " + " ".join(map(str, cmd)) + "\n")
        f.flush()
        subprocess.run([str(c) for c in cmd], env=env, cwd=cwd, check=True, stdout=f, stderr=subprocess.STDOUT)


def main(argv=None):
    ap = argparse.ArgumentParser()
    ap.add_argument("--ud-dir", default="../shared/ud")
    ap.add_argument("--work", default=str(HERE / "work" / "stanza"))
    ap.add_argument("--out", default=str(HERE.parent / "models" / "sv_stanza"))
    ap.add_argument("--tok-steps", type=int, default=2000)
    ap.add_argument("--lemma-epochs", type=int, default=10)
    ap.add_argument("--only", choices=["tokenize", "lemma"], default=None)
    ap.add_argument("--python", default=sys.executable)
    args = ap.parse_args(argv)

    ud = Path(args.ud_dir).resolve() / "talbanken"
    work = Path(args.work).resolve()
    out = Path(args.out).resolve()
    py = args.python
    env = dict(os.environ, OMP_NUM_THREADS="1", MKL_NUM_THREADS="1", OPENBLAS_NUM_THREADS="1",
               HF_HUB_OFFLINE="1", PYTHONHASHSEED="0")
    log = work / "stanza_train.log"
    work.mkdir(parents=True, exist_ok=True)
    out.mkdir(parents=True, exist_ok=True)

    dev = ud / "sv_talbanken-ud-dev.conllu"
    test = ud / "sv_talbanken-ud-test.conllu"

    if args.only in (None, "tokenize"):
        tw = work / "tok"
        if tw.exists():
            shutil.rmtree(tw)
        tb = tw / "ud" / TB
        tb.mkdir(parents=True)
        run([py, HERE / "convert_v1.py", ud / "sv-ud-v1-train.conll", tb / f"{SHORT}-ud-train.conllu",
             "--dev", dev, "--report", tw / "labels.txt"], env, tw, log)
        shutil.copy(dev, tb / f"{SHORT}-ud-dev.conllu")
        shutil.copy(test, tb / f"{SHORT}-ud-test.conllu")
        tenv = dict(env, DATA_ROOT=str(tw / "data"), UDBASE=str(tw / "ud"))
        run([py, "-m", "stanza.utils.datasets.prepare_tokenizer_treebank", TB], tenv, tw, log)
        run([py, "-m", "stanza.utils.training.run_tokenizer", TB, "--no_charlm",
             "--steps", args.tok_steps, "--eval_steps", 200, "--seed", 1234,
             "--save_dir", tw / "saved_models"], tenv, tw, log)
        model = tw / "saved_models" / f"{SHORT}_tokenizer.pt"
        if not model.exists():
            cands = sorted((tw / "saved_models").glob("*tokenizer*.pt"))
            model = cands[0]
        shutil.copy(model, out / "sv_talbanken_tokenizer.pt")

    if args.only in (None, "lemma"):
        lw = work / "lemma"
        if lw.exists():
            shutil.rmtree(lw)
        tb = lw / "ud" / TB
        tb.mkdir(parents=True)
        n_tr, n_dev = lemma_split(dev, tb / f"{SHORT}-ud-train.conllu", tb / f"{SHORT}-ud-dev.conllu")
        shutil.copy(test, tb / f"{SHORT}-ud-test.conllu")
        print(f"lemma data: {n_tr} train / {n_dev} dev sentences (v2 dev split by paragraph)")
        lenv = dict(env, DATA_ROOT=str(lw / "data"), UDBASE=str(lw / "ud"))
        run([py, "-m", "stanza.utils.datasets.prepare_lemma_treebank", TB, "--gold"], lenv, lw, log)
        run([py, "-m", "stanza.utils.training.run_lemma", TB, "--no_charlm",
             "--num_epoch", args.lemma_epochs, "--seed", 1234,
             "--save_dir", lw / "saved_models"], lenv, lw, log)
        cands = sorted((lw / "saved_models").glob("*lemmatizer*.pt"))
        cands = [c for c in cands if "classifier" not in c.name]
        shutil.copy(cands[0], out / "sv_talbanken_lemmatizer.pt")

    (out / "resources.json").write_text("{}\n", encoding="utf8")
    write_meta(out)
    print("done:", sorted(p.name for p in out.iterdir()))


def write_meta(out: Path):
    import datetime as dt

    import stanza
    import torch

    from train_spacy import LICENSE_TEXT

    mp = out / "meta.json"
    meta = json.loads(mp.read_text(encoding="utf8")) if mp.exists() else {}
    meta.update({
        "name": "sv_stanza (Talbanken tokenizer + lemmatizer)",
        "description": "Stanza Swedish tokenizer/sentence splitter and seq2seq lemmatizer trained offline "
                       "on UD Swedish-Talbanken for sv-numclaims (no charlm, no pretrained vectors).",
        "license": "CC BY-SA 4.0",
        "sources": [{"name": "UD Swedish-Talbanken", "url": "https://universaldependencies.org/treebanks/sv_talbanken/",
                     "license": "CC BY-SA 4.0"}],
        "files": {"tokenizer": "sv_talbanken_tokenizer.pt", "lemmatizer": "sv_talbanken_lemmatizer.pt",
                  "resources.json": "empty resources file so stanza.Pipeline(download_method=None) loads offline"},
        "data": {
            "tokenizer_train": "UD Swedish-Talbanken v1.0 train converted to v2 (training/convert_v1.py; "
                               "SpaceAfter restored heuristically)",
            "tokenizer_dev": "UD Swedish-Talbanken v2 dev",
            "lemmatizer_train": "UD Swedish-Talbanken v2 dev, 90% of paragraphs (training/lemma_split.py)",
            "lemmatizer_dev": "UD Swedish-Talbanken v2 dev, the other 10% of paragraphs",
            "test": "UD Swedish-Talbanken v2 test (scores in test_scores)",
        },
        "training": {"script": "training/train_stanza.py", "seed": 1234,
                     "flags": "--no_charlm; lemma data prepared with --gold"},
        "versions": {"stanza": stanza.__version__, "torch": torch.__version__},
        "date": dt.date.today().isoformat(),
        "size_bytes": sum(f.stat().st_size for f in out.rglob("*") if f.is_file()),
    })
    mp.write_text(json.dumps(meta, indent=2, ensure_ascii=False) + "\n", encoding="utf8")
    (out / "LICENSE.md").write_text(LICENSE_TEXT, encoding="utf8")


if __name__ == "__main__":
    main()
