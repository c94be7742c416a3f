"""Evaluate the shipped models on UD Swedish-Talbanken v2 test and write the scores into meta.json.

Usage:
    python training/evaluate.py --ud-dir ../shared/ud [--backends spacy,stanza] [--write-meta]
        [--bench] [--json out.json]

Two kinds of figures:

* raw text (CoNLL 2018 shared-task scorer, udtools.udeval): the test paragraphs are
  rebuilt from the `# text` lines (sentences of a paragraph joined by a space, paragraphs
  separated by a blank line), run through pipeline.nlp's backend exactly as the pipeline
  does (sentences() then parse() per sentence), and scored against the gold CoNLL-U:
  Tokens/Sentences F1, UPOS, Lemmas, UAS, LAS (F1 over aligned words).
* gold tokenization: spaCy's own scorer on gold tokens (10-sentence docs), for the spaCy
  model: pos_acc, tag_acc, morph_acc, lemma_acc, dep_uas, dep_las, sents_f; for the Stanza
  lemmatizer: lemma accuracy given gold UPOS.

--bench measures load time (fresh process) and words/s per backend on corpus/*.txt
repeated to >= 20k words (1 thread).
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")
os.environ.setdefault("MKL_NUM_THREADS", "1")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pipeline.nlp import SPACY_MODEL, STANZA_MODEL, load_backend  # noqa: E402


def read_gold(path: Path):
    """-> list of paragraphs, each a list of sentence texts."""
    paras, cur, text = [], [], None
    for line in path.read_text(encoding="utf8").splitlines():
        if line.startswith("# newdoc") or line.startswith("# newpar"):
            if cur:
                paras.append(cur)
                cur = []
        elif line.startswith("# text = "):
            text = line[len("# text = "):]
        elif not line.strip():
            if text is not None:
                cur.append(text)
                text = None
    if cur:
        paras.append(cur)
    return paras


def system_conllu(backend, paras) -> tuple[str, int, float]:
    lines, n_tok = [], 0
    t0 = time.perf_counter()
    for p in paras:
        text = " ".join(p)
        spans = backend.sentences(text)
        if spans is None:
            spans = [(0, len(text))]
        for s, e in spans:
            toks = backend.parse(text[s:e])
            if not toks:
                continue
            roots = [i for i, t in enumerate(toks) if t.head in (-1, i)]
            for i, t in enumerate(toks):
                head = 0 if t.head in (-1, i) else t.head + 1
                dep = t.dep or ("root" if head == 0 else "dep")
                if head == 0 and i != roots[0]:
                    head, dep = roots[0] + 1, "parataxis"  # the scorer wants one root per sentence
                elif head == 0:
                    dep = "root"
                lines.append("\t".join([str(i + 1), t.text, t.lemma or "_", t.pos or "X", "_", "_", str(head), dep,
                                        "_", "_"]))
            lines.append("")
            n_tok += len(toks)
    return "\n".join(lines) + "\n", n_tok, time.perf_counter() - t0


def ud_scores(gold: Path, system_text: str) -> dict:
    from udtools import udeval

    with tempfile.NamedTemporaryFile("w", suffix=".conllu", delete=False, encoding="utf8") as f:
        f.write(system_text)
        sys_path = f.name
    try:
        g = udeval.load_conllu_file(str(gold))
        s = udeval.load_conllu_file(sys_path)
        ev = udeval.evaluate(g, s)
    finally:
        os.unlink(sys_path)
    out = {}
    for key, name in [("Tokens", "tokens_f"), ("Sentences", "sents_f"), ("Words", "words_f"), ("UPOS", "upos"),
                      ("Lemmas", "lemma"), ("UAS", "uas"), ("LAS", "las")]:
        out[name] = round(100 * ev[key].f1, 2)
    out["sents_p"] = round(100 * ev["Sentences"].precision, 2)
    out["sents_r"] = round(100 * ev["Sentences"].recall, 2)
    return out


def spacy_gold_scores(model_dir: Path, gold: Path) -> dict:
    import spacy
    from spacy.tokens import Doc
    from spacy.training import Example
    from spacy.training.converters import conllu_to_docs

    nlp = spacy.load(model_dir)
    docs = list(conllu_to_docs(gold.read_text(encoding="utf8"), n_sents=10, no_print=True))
    exs = []
    for d in docs:
        d = Doc(nlp.vocab).from_bytes(d.to_bytes())
        pred = Doc(nlp.vocab, words=[t.text for t in d], spaces=[bool(t.whitespace_) for t in d])
        exs.append(Example(pred, d))
    sc = nlp.evaluate(exs)
    keys = ["pos_acc", "tag_acc", "morph_acc", "lemma_acc", "dep_uas", "dep_las", "sents_p", "sents_r", "sents_f"]
    return {k: round(100 * sc[k], 2) for k in keys if sc.get(k) is not None}


def stanza_lemma_gold_upos(backend, gold: Path) -> float:
    import stanza

    sents, cur = [], []
    for line in gold.read_text(encoding="utf8").splitlines():
        if not line.strip():
            if cur:
                sents.append(cur)
                cur = []
            continue
        if line.startswith("#"):
            continue
        c = line.split("\t")
        if not c[0].isdigit():
            continue
        cur.append({"id": int(c[0]), "text": c[1], "upos": c[3], "lemma_gold": c[2]})
    if cur:
        sents.append(cur)
    golds = [w.pop("lemma_gold") for s in sents for w in s]
    doc = backend._lemma.process(stanza.Document(sents))
    pred = [w.lemma for s in doc.sentences for w in s.words]
    return round(100 * sum(p == g for p, g in zip(pred, golds)) / len(golds), 2)


def dir_size(p: Path) -> int:
    return sum(f.stat().st_size for f in p.rglob("*") if f.is_file())


def bench(spec: str, repeat_words: int = 20000) -> dict:
    code = (
        "import time,sys; t=time.perf_counter(); sys.path.insert(0, %r);"
        "from pipeline.nlp import load_backend; b=load_backend(%r); b.parse('Hej.'); "
        "print(time.perf_counter()-t)" % (str(ROOT), spec)
    )
    env = dict(os.environ, OMP_NUM_THREADS="1", MKL_NUM_THREADS="1")
    load = float(subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True,
                                check=True).stdout.strip().splitlines()[-1])
    texts = [p.read_text(encoding="utf8") for p in sorted((ROOT / "corpus").glob("*.txt"))]
    base = "\n\n".join(texts)
    n = max(1, -(-repeat_words // max(1, len(base.split()))))
    text = "\n\n".join([base] * n)
    paras = [p for p in text.split("\n\n") if p.strip()]
    b = load_backend(spec)
    t0, c0 = time.perf_counter(), time.process_time()
    n_tok = 0
    for p in paras:
        spans = b.sentences(p)
        if spans is None:
            spans = [(0, len(p))]
        for s, e in spans:
            n_tok += len(b.parse(p[s:e]))
    secs, cpu = time.perf_counter() - t0, time.process_time() - c0
    return {"load_seconds": round(load, 2), "tokens": n_tok, "seconds": round(secs, 2),
            "words_per_second": round(n_tok / secs), "words_per_cpu_second": round(n_tok / cpu),
            "load_average_1min": round(os.getloadavg()[0], 2)}


def update_meta(model_dir: Path, key: str, value):
    mp = model_dir / "meta.json"
    meta = json.loads(mp.read_text(encoding="utf8")) if mp.exists() else {}
    meta[key] = value
    meta["size_bytes"] = dir_size(model_dir)
    mp.write_text(json.dumps(meta, indent=2, ensure_ascii=False) + "\n", encoding="utf8")


def main(argv=None):
    ap = argparse.ArgumentParser()
    ap.add_argument("--ud-dir", default="../shared/ud")
    ap.add_argument("--backends", default="spacy,stanza")
    ap.add_argument("--write-meta", action="store_true")
    ap.add_argument("--bench", action="store_true")
    ap.add_argument("--json", default=None)
    args = ap.parse_args(argv)
    test = Path(args.ud_dir).resolve() / "talbanken" / "sv_talbanken-ud-test.conllu"
    paras = read_gold(test)
    results = {}
    for spec in [b for b in args.backends.split(",") if b]:
        res = {"evaluated_on": "UD Swedish-Talbanken v2 test (sv_talbanken-ud-test.conllu), raw text",
               "date": dt.date.today().isoformat(), "command": "python training/evaluate.py " + " ".join(
                   argv if argv is not None else sys.argv[1:])}
        backend = load_backend(spec)
        sys_text, n_tok, secs = system_conllu(backend, paras)
        res["raw_text"] = ud_scores(test, sys_text)
        res["raw_text"]["words_per_second_test"] = round(n_tok / secs)
        if spec == "spacy":
            res["gold_tokens"] = spacy_gold_scores(SPACY_MODEL, test)
        if spec == "stanza":
            res["lemma_acc_gold_tokens_gold_upos"] = stanza_lemma_gold_upos(backend, test)
        if args.bench:
            res["speed_corpus"] = bench(spec)
        results[spec] = res
        print(spec, json.dumps(res, indent=1), flush=True)
        if args.write_meta and spec in ("spacy", "stanza"):
            update_meta(SPACY_MODEL if spec == "spacy" else STANZA_MODEL, "test_scores", res)
    if args.bench:
        for spec in ("blank",):
            results[spec] = {"speed_corpus": bench(spec)}
            print(spec, results[spec], flush=True)
    results["machine"] = {"python": platform.python_version(), "cpus": os.cpu_count()}
    if args.json:
        Path(args.json).write_text(json.dumps(results, indent=2) + "\n", encoding="utf8")


if __name__ == "__main__":
    main()
