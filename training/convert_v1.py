"""Convert the UD v1.0 Talbanken training file to UD v2 conventions.

Usage:
    python training/convert_v1.py IN.conll OUT.conllu [--dev DEV.conllu] [--report REPORT.txt]

The v1.0 file (January 2015) differs from the current v2 dev/test files in:

* relation labels: dobj->obj, nsubjpass->nsubj:pass, csubjpass->csubj:pass,
  auxpass->aux:pass, mwe->fixed, name->flat:name, foreign->flat:foreign,
  remnant->orphan, nmod:agent->obl:agent, neg->advmod (+Polarity=Neg), and
  nmod attached to a predicate (VERB/AUX/ADJ/ADV) -> obl (the v2 nmod/obl split);
* UPOS: CONJ->CCONJ; the v1 pseudo-tag DT (possessives and wh-determiners) ->
  PRON for possessives (XPOS PS), DET otherwise; verbs in aux/aux:pass/cop
  relations -> AUX; the negation particles inte/ej/icke -> PART;
* features: v2 adds Mood=Ind to finite non-imperative/non-subjunctive verbs,
  NumType=Card (XPOS RG) / NumType=Ord (XPOS RO), Abbr=Yes (XPOS ..|AN),
  Poss=Yes (XPOS PS), Polarity=Neg, PronType (on pronouns and determiners) and
  replaces Gender=Masc by Gender=Com;
* forms: v1 writes multi-part abbreviations with underscores (t_ex, bl_a, s_k, m_m,
  fr_o_m, o_s_v, d_v_s); v2 (and real text) has t.ex., bl.a., ... -> rewritten;
* structure: cc and the commas between conjuncts attach to the following conjunct
  (v1: to the first conjunct); adjectives in `det` (många, andra, samma, hela, första) ->
  amod; `case` under a verb ("för att", "genom att") -> mark; clause-introducing "när" ->
  SCONJ/mark;
* no lemmas (LEMMA stays "_"), no SpaceAfter and no document/paragraph marks.
  SpaceAfter=No is restored heuristically (no space before closing punctuation,
  none after opening brackets, paired quotes), because the Stanza tokenizer
  learns from the raw text.

PronType depends on the word, so it is read off a (form, XPOS-major) table
built from the v2 *dev* file (closed-class words only; the test file is never
read). Labels v2 has but v1 cannot produce (parataxis, acl:cleft, nsubj:outer,
...) stay absent; v1's `dep` (mostly relative `som`) is kept as is.
"""
from __future__ import annotations

import argparse
import re
import sys
from collections import Counter, defaultdict

DEPREL_MAP = {
    "dobj": "obj",
    "nsubjpass": "nsubj:pass",
    "csubjpass": "csubj:pass",
    "auxpass": "aux:pass",
    "mwe": "fixed",
    "name": "flat:name",
    "foreign": "flat:foreign",
    "remnant": "orphan",
    "nmod:agent": "obl:agent",
    "neg": "advmod",
}
UPOS_MAP = {"CONJ": "CCONJ"}
PREDICATE_UPOS = {"VERB", "AUX", "ADJ", "ADV"}
NEG_PART = {"inte", "ej", "icke"}
OPENING = {"(", "[", "{"}
CLOSING = {")", "]", "}", ",", ".", ":", ";", "!", "?", "%", "..."}
QUOTES = {'"', "'", "”", "“", "»", "«"}
PRONTYPE_XPOS = {"PN", "PS", "HP", "HS", "HD", "DT", "JJ", "AB", "HA"}


ABBR_UNDERSCORE = re.compile(r"[^\W\d_]+(?:_[^\W\d_]+)+")


def fix_form(form: str) -> str:
    """t_ex -> t.ex., fr_o_m -> fr.o.m. (v1 underscore abbreviations)."""
    if ABBR_UNDERSCORE.fullmatch(form) and all(len(p) <= 3 for p in form.split("_")):
        return form.replace("_", ".") + "."
    return form


def read_conll(path):
    sent, comments = [], []
    with open(path, encoding="utf8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line:
                if sent:
                    yield comments, sent
                sent, comments = [], []
            elif line.startswith("#"):
                comments.append(line)
            else:
                cols = line.split("\t")
                if "-" in cols[0] or "." in cols[0]:
                    continue
                sent.append(cols)
    if sent:
        yield comments, sent


def feats_dict(s):
    return {} if s == "_" else dict(x.split("=", 1) for x in s.split("|"))


def feats_str(d):
    return "|".join(f"{k}={d[k]}" for k in sorted(d, key=str.lower)) or "_"


def prontype_table(dev_path):
    """(lower form, xpos major) -> PronType, by majority, from the v2 dev file."""
    counts = defaultdict(Counter)
    if not dev_path:
        return {}
    for _, sent in read_conll(dev_path):
        for c in sent:
            f = feats_dict(c[5])
            if "PronType" in f:
                counts[(c[1].lower(), c[4].split("|")[0])][f["PronType"]] += 1
    return {k: v.most_common(1)[0][0] for k, v in counts.items()}


PRONTYPE_DEFAULT = {"PS": "Prs", "HP": "Rel", "HS": "Rel", "HD": "Int", "HA": None}


def convert_sentence(sent, prontypes):
    upos_v2 = []
    for c in sent:
        upos, xpos, dep = c[3], c[4], c[7]
        xmaj = xpos.split("|")[0]
        upos = UPOS_MAP.get(upos, upos)
        if upos == "DT":
            upos = "PRON" if xmaj == "PS" else "DET"
        if dep in ("aux", "auxpass", "cop") and upos == "VERB":
            upos = "AUX"
        if dep == "neg" and c[1].lower() in NEG_PART:
            upos = "PART"
        upos_v2.append(upos)
    out = []
    for i, c in enumerate(sent):
        form, xpos, dep, head = fix_form(c[1]), c[4], c[7], int(c[6])
        xparts = xpos.split("|")
        xmaj = xparts[0]
        upos = upos_v2[i]
        f = feats_dict(c[5])
        if f.get("Gender") == "Masc":
            f["Gender"] = "Com"
        if f.get("VerbForm") == "Fin" and "Mood" not in f:
            f["Mood"] = "Ind"
        if xmaj == "RG" and upos == "NUM":
            f["NumType"] = "Card"
        if xmaj == "RO":
            f["NumType"] = "Ord"
        if "AN" in xparts[1:]:
            f["Abbr"] = "Yes"
        if xmaj == "PS":
            f["Poss"] = "Yes"
        if upos in ("PRON", "DET") and xmaj in PRONTYPE_XPOS:
            pt = prontypes.get((form.lower(), xmaj)) or PRONTYPE_DEFAULT.get(xmaj)
            if pt is None and upos == "DET" and xmaj == "DT":
                pt = "Art" if form.lower() in ("en", "ett", "den", "det", "de") else None
            if pt is None and upos == "PRON" and xmaj == "PN":
                pt = "Prs"
            if pt:
                f["PronType"] = pt
        if dep == "neg":
            f["Polarity"] = "Neg"
        new_dep = DEPREL_MAP.get(dep, dep)
        if dep == "nmod" and head > 0 and upos_v2[head - 1] in PREDICATE_UPOS:
            new_dep = "obl"
        if dep == "det" and (upos == "ADJ" or form.lower() == "samma"):
            upos, new_dep = "ADJ", "amod"  # v2: adjectival quantifiers/ordinals are amod
        if dep == "case" and head > 0 and upos_v2[head - 1] in ("VERB", "AUX"):
            new_dep = "mark"  # "för att ...", "genom att ...": adpositions introducing clauses
        if form.lower() == "när" and dep == "advmod" and head > 0 and sent[head - 1][7] in (
                "advcl", "acl", "acl:relcl", "ccomp", "csubj", "xcomp"):
            upos, new_dep = "SCONJ", "mark"
        out.append([c[0], form, "_", upos, xpos, feats_str(f), c[6], new_dep, "_", "_"])
    reattach_coordination(out)
    restore_space_after(out)
    return out


def reattach_coordination(toks):
    """UD v2: cc and the punctuation between conjuncts attach to the *following* conjunct.

    v1 attached them to the first conjunct (the head of the conj relations).
    """
    heads = [int(t[6]) for t in toks]
    conjs = {}
    for i, t in enumerate(toks, start=1):
        if t[7] == "conj":
            conjs.setdefault(heads[i - 1], []).append(i)
    for i, t in enumerate(toks, start=1):
        h = heads[i - 1]
        if t[7] not in ("cc", "punct") or h not in conjs or i < h:
            continue
        following = [c for c in conjs[h] if c > i]
        if not following:
            continue
        if t[7] == "punct" and t[1] not in (",", ";", "/", "-", "–"):
            continue
        t[6] = str(min(following))


def restore_space_after(toks):
    """Heuristic SpaceAfter=No (v1 has no MISC column content)."""
    open_quote = {}
    for i, t in enumerate(toks):
        form = t[1]
        if form in QUOTES:
            # alternate opening/closing per quote character
            is_open = not open_quote.get(form, False)
            open_quote[form] = is_open
            t.append("open" if is_open else "close")
        else:
            t.append("")
    for i, t in enumerate(toks[:-1]):
        nxt = toks[i + 1]
        no_space = (
            nxt[1] in CLOSING
            or t[1] in OPENING
            or t[-1] == "open"
            or nxt[-1] == "close"
        )
        if no_space:
            t[9] = "SpaceAfter=No"
    for t in toks:
        t.pop()


def sentence_text(toks):
    parts = []
    for t in toks:
        parts.append(t[1])
        if t[9] != "SpaceAfter=No":
            parts.append(" ")
    return "".join(parts).rstrip()


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("inp")
    ap.add_argument("out")
    ap.add_argument("--dev", help="v2 dev file (PronType table + label-set check)")
    ap.add_argument("--report", help="write the label-set comparison here")
    ap.add_argument("--doc-size", type=int, default=10, help="sentences per # newdoc")
    args = ap.parse_args(argv)
    prontypes = prontype_table(args.dev)
    deps, upos = Counter(), Counter()
    n = 0
    with open(args.out, "w", encoding="utf8") as f:
        for i, (_, sent) in enumerate(read_conll(args.inp)):
            toks = convert_sentence(sent, prontypes)
            if i % args.doc_size == 0:
                f.write(f"# newdoc id = v1-train-{i // args.doc_size + 1}\n")
                f.write(f"# newpar id = v1-train-{i // args.doc_size + 1}.1\n")
            f.write(f"# sent_id = v1-train-{i + 1}\n# text = {sentence_text(toks)}\n")
            for t in toks:
                f.write("\t".join(t) + "\n")
                deps[t[7]] += 1
                upos[t[3]] += 1
            f.write("\n")
            n += 1
    lines = [f"converted {n} sentences, {sum(deps.values())} tokens -> {args.out}"]
    if args.dev:
        ddeps, dupos = Counter(), Counter()
        for _, sent in read_conll(args.dev):
            for c in sent:
                ddeps[c[7]] += 1
                dupos[c[3]] += 1
        lines.append("deprels only in converted train: "
                     + repr({k: v for k, v in deps.items() if k not in ddeps}))
        lines.append("deprels only in dev: " + repr({k: v for k, v in ddeps.items() if k not in deps}))
        lines.append("UPOS only in converted train: " + repr({k: v for k, v in upos.items() if k not in dupos}))
        lines.append("UPOS only in dev: " + repr({k: v for k, v in dupos.items() if k not in upos}))
    report = "\n".join(lines)
    print(report, file=sys.stderr)
    if args.report:
        with open(args.report, "w", encoding="utf8") as f:
            f.write(report + "\n")


if __name__ == "__main__":
    main()
