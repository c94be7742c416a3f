"""Installed size of the default dependencies vs. with the [stanza] extra (run in the project venv).

Sums the files listed in each installed distribution's RECORD over the dependency closure.
Usage: .venv/bin/python training/install_size.py
"""
import importlib.metadata as md
import os
import re

from packaging.requirements import Requirement

BASE = ["spacy", "pandas", "jsonschema", "tqdm"]
EXTRA = ["stanza", "torch"]


def size(d):
    tot = 0
    for f in d.files or []:
        try:
            tot += os.path.getsize(d.locate_file(f))
        except OSError:
            pass
    return tot


def closure(names):
    seen, stack = {}, list(names)
    while stack:
        n = stack.pop()
        key = re.sub(r"[-_.]+", "-", n).lower()
        if key in seen:
            continue
        try:
            d = md.distribution(n)
        except md.PackageNotFoundError:
            continue
        seen[key] = d
        for r in d.requires or []:
            req = Requirement(r)
            if req.marker and not req.marker.evaluate({"extra": ""}):
                continue
            stack.append(req.name)
    return seen


if __name__ == "__main__":
    base, full = closure(BASE), closure(BASE + EXTRA)
    bs, fs = sum(map(size, base.values())), sum(map(size, full.values()))
    print(f"default install: {bs / 1e6:.0f} MB in {len(base)} distributions")
    print(f"with [stanza]:   {fs / 1e6:.0f} MB in {len(full)} distributions (+{(fs - bs) / 1e6:.0f} MB)")
    for k in sorted(set(full) - set(base), key=lambda k: -size(full[k]))[:6]:
        print(f"  {k}: {size(full[k]) / 1e6:.1f} MB")
