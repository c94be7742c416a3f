"""Split the v2 dev file into lemma-train / lemma-dev by paragraphs (every 10th paragraph -> dev).

The UD v1 training file has no lemmas, so both lemmatizers (spaCy edit-tree, Stanza seq2seq)
learn lemmas from the v2 dev file; the v2 test file stays untouched for the reported score.

Usage: python training/lemma_split.py DEV.conllu TRAIN_OUT.conllu DEV_OUT.conllu
"""
from __future__ import annotations

import sys
from pathlib import Path


def split_docs(path: Path):
    docs, cur = [], []
    for block in Path(path).read_text(encoding="utf8").split("\n\n"):
        if not block.strip():
            continue
        if ("# newpar" in block or "# newdoc" in block) and cur:
            docs.append(cur)
            cur = []
        cur.append(block.strip("\n"))
    if cur:
        docs.append(cur)
    return docs


def lemma_split(dev: Path, train_out: Path, dev_out: Path) -> tuple[int, int]:
    docs = split_docs(dev)
    ltrain = [b for i, d in enumerate(docs) if i % 10 != 9 for b in d]
    ldev = [b for i, d in enumerate(docs) if i % 10 == 9 for b in d]
    Path(train_out).write_text("\n\n".join(ltrain) + "\n\n", encoding="utf8")
    Path(dev_out).write_text("\n\n".join(ldev) + "\n\n", encoding="utf8")
    return len(ltrain), len(ldev)


if __name__ == "__main__":
    n_train, n_dev = lemma_split(*map(Path, sys.argv[1:4]))
    print(f"lemma split: {n_train} train / {n_dev} dev sentences", file=sys.stderr)
