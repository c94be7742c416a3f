"""What a figure measures: the subject, decided from evidence by one ordered list of named rules.

Like the period (``resolve.TIME_RULES``), the subject is gathered as evidence and decided in one place:
``SUBJECT_RULES`` is read top-down, the first rule that yields a phrase wins, and the winner travels in the
record (``subject_source``: rule, phrase and offsets), so a reviewer sees why. The list goes from the nearest,
most specific evidence to the farthest:

- ``table``: a table cell's header (``subject_hint`` set by the table reader);
- ``adverbial_duration``: 'var avstängd i fyra timmar' is an adverbial: no subject (the list stops);
- ``prior_bracket``: a bracketed prior figure ('119 (68) Mkr') measures what its main figure measures;
- ``label``: a label line ('Antal besökare: 460');
- ``endpoint_count``: a count reached by a change or measure verb ('Utlåningen ... landade på 812 000 lån')
  measures the clause's subject, not its unit noun;
- ``counted_noun``: the noun counted right after the number ('752 000 brott', '40 nya vårdplatser');
- ``which_is``: 'vilket är/motsvarar N' restates the figure before it;
- ``of_those`` / ``share_of`` / ``share_of_previous`` / ``share_is``: what a part is of ('Av dem ... 312',
  '58 procent av patienterna', 'nio av tio bostadsbränder', '13 % skadegörelsebrott', a share opening its
  sentence: the group of the sentence before, 'varav 420 är deltidsbrandmän');
- ``changed_object``: the object an infinitive or imperative of change changes ('att utöka mässområdet med');
- ``noun_after``: the noun after a measure ('180 ton mat');
- ``noun_before``: a noun with 'på'/'om'/'av' before the figure ('ett underskott på 650 miljoner'); a change
  noun there ('en ökning med 5 procent') continues what changes;
- ``money_goal``: the goal of money ('28 mkr till äldreomsorgen'), or what it buys ('ett nytt bibliotek för
  45 miljoner', '800 operationer ... för 11 miljoner');
- ``continues_figure`` / ``compared_figure``: a figure linked to the one before it ('..., till 47 100 ton',
  'jämfört med 97') measures the same;
- ``appositive``: 'Den största avgiften, 50 miljoner kronor, gick ...';
- ``clause_subject``: the subject of the clause's measure or change verb, found by clause patterns (the default
  blank backend): before the verb ('Nettoomsättningen uppgick till ...'), after it behind a fronted adverbial
  ('Under 2023 ökade antalet klienter med ...'), shared with the clause before 'och', the antecedent of 'som',
  a headline's or a gapped clause's noun; a pronoun or singular change noun there ('Det är en ökning med
  3,5 procent') refers back to the sentence before;
- ``parse_subject``: the dependency parse's subject, when a model backend runs (after the patterns: measured
  better so).

A subject is the noun phrase as written, never a date, an adverbial or a piece of a number; ``None`` when the
text does not say. Swedish words are data (``models/lexicon/sv/subjects.json``); these are pure functions of a
sentence, its figures and time expressions.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from bisect import bisect_left, bisect_right
from functools import lru_cache

from pipeline import lexicon
from pipeline.lexicon import Lexicon
from pipeline.extraction import syntax
from pipeline.extraction.quantities import Quantity

# (?=\S): a scan steps over white space without trying each alternative there (speed, same tokens)
_TOKEN = re.compile(r"(?=\S)(?:[^\W\d_][\w\-]*(?::[a-zåäö]+)?|\d+(?:[\s\u00a0]\d{3})*(?:[.,]\d+)?|[^\w\s])")


@dataclass(slots=True)
class Tok:
    start: int
    end: int
    text: str
    low: str
    word: bool
    i: int = -1                 # its place in the sentence's tokens (no ``list.index`` scans)


@lru_cache(maxsize=64)
def tokens(text: str) -> tuple[Tok, ...]:
    """The subject rules' tokens of a sentence: words (with inner digits, hyphens and a ':s' ending), numbers with
    their group spaces and decimals, single other characters. Cached: every figure of a sentence reads them."""
    return tuple([Tok(m.start(), m.end(), w, w.lower(), w[0].isalpha(), i)       # a list first: faster than a generator
                  for i, m in enumerate(_TOKEN.finditer(text)) for w in (m.group(0),)])


@lru_cache(maxsize=64)
def _offsets(text: str) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """The starts and the ends of a sentence's ``tokens``, for bisection; cached with them (every view of the
    sentence reads the same)."""
    toks = tokens(text)
    return tuple([t.start for t in toks]), tuple([t.end for t in toks])


def _vocab(lex: Lexicon) -> dict:
    """The word sets the subject rules read, built once per lexicon (``lex.derived``)."""
    s = lex.subjects
    ch = lex.change
    out = {k: frozenset(v) for k, v in s.items() if isinstance(v, list)}
    out["change_verbs"] = frozenset(w for w in ch["increase"] + ch["decrease"] if " " not in w and len(w) > 3)
    out["change_words"] = frozenset(w for w in ch["increase"] + ch["decrease"] if " " not in w) \
        | frozenset(s["change_infinitives"])
    out["verbs"] = out["clause_verbs"] | frozenset(w for w in out["change_verbs"]
                                                   if not w.endswith(("ning", "ningen", "gång", "växt")))
    out["change_prefixes"] = tuple(s["change_nouns"])
    out["heads"] = frozenset(lex.entities["subject_heads"])
    out["max_words"] = s["max_words"]
    out["label_max_words"] = s["label_max_words"]
    out["max_continuation_words"] = s["max_continuation_words"]
    ent = lex.entities
    out["verbs"] = (out["verbs"] | out["lasting_verbs"] | frozenset(ent["finite_verbs"]) | frozenset(ent["possession_verbs"])) \
        - out["comparatives"] - frozenset(ch["comparatives"])    # 'fler', 'färre' are change words, not verbs
    out["passive_ending"] = s["passive_ending"]
    out["comparison_phrases"] = tuple(tuple(p.split()) for p in sorted(s["comparison_links"], key=len, reverse=True))
    for key in ("past_endings", "verb_endings", "present_endings", "definite_endings", "adjective_endings",
                "noun_endings", "headline_verb_endings"):
        out[key + "_t"] = tuple(s[key])                 # for str.endswith, built once
    return out


def _is_verb(L, toks, k: int) -> bool:
    """A finite verb of a clause: a listed one, or a passive in -s after a noun ('hållplatsen flyttas')."""
    t = toks[k]
    if t.low in L["verbs"]:
        return True
    if not t.word or t.text[0].isupper() or len(t.low) <= 5 or k == 0 or toks[k - 1].low in L["determiners"]:
        return False
    return t.low.endswith(L["passive_ending"]) or t.low.endswith(L["past_endings_t"]) and t.low.endswith("des")


class _View:
    """One sentence as the subject rules read it: its tokens (read once), their offsets for bisection, which tokens
    are verbs, and the clause starts asked for (every figure's rules ask for the same few). Shared by the cases of a
    sentence (speed; the same answers as scanning the tokens each time)."""
    __slots__ = ("text", "L", "toks", "starts", "ends", "_verb", "_clauses", "_labels", "lex")

    def __init__(self, text: str, L: dict, lex: Lexicon | None = None):
        self.text, self.L, self.lex = text, L, lex
        self.toks = tokens(text)
        self.starts, self.ends = _offsets(text)
        self._verb: dict = {}
        self._clauses: dict = {}
        self._labels = None

    def label_end(self, pos: int) -> int | None:
        """Where the numbered name a number at ``pos`` belongs to ends ('elområde 3 och 4', 'fas 2': the label
        protections of the quantity grammar), or None: such a number is part of a noun phrase."""
        if self._labels is None:
            from pipeline.extraction.quantities import protected_spans
            self._labels = [(s, e) for s, e, why in protected_spans(self.text, [], lex=self.lex) if why == "label"]
        return next((e for s, e in self._labels if s <= pos < e), None)

    def first(self, pos: int) -> int:
        """The index of the first token starting at or after ``pos``."""
        return bisect_left(self.starts, pos)

    def before(self, pos: int) -> list:
        """The tokens ending at or before ``pos``."""
        return list(self.toks[:bisect_right(self.ends, pos)])

    def within(self, a: int, b: int) -> list:
        """The tokens starting at or after ``a`` and ending at or before ``b``."""
        return list(self.toks[bisect_left(self.starts, a):bisect_right(self.ends, b)])

    def is_verb(self, k: int) -> bool:
        hit = self._verb.get(k)
        if hit is None:
            hit = self._verb[k] = _is_verb(self.L, self.toks, k)
        return hit

    def clause_start(self, pos: int, times=()) -> int:
        key = (pos, tuple((x.char_start, x.char_end) for x in times))
        hit = self._clauses.get(key)
        if hit is None:
            hit = self._clauses[key] = _clause_start(self, pos, times)
        return hit


@dataclass
class SubjectCase:
    """What the rules may look at for one figure."""
    text: str
    q: Quantity
    qs: list
    index: int
    times: list = field(default_factory=list)
    parse: list | None = None
    previous: object = None            # the subject of the sentence before (str, a lazy getter or None)
    earlier: list = field(default_factory=list)   # subjects (dict or None) of this sentence's earlier figures
    kind: str = "sentence"                          # the segment's kind: a heading may have no verb
    view: _View | None = None                       # the sentence's tokens, shared by its figures
    lex: Lexicon | None = None                      # the Swedish Defaults (``lexicon.load()`` when not given)

    def __post_init__(self):
        if self.view is None:
            lex = self.lex or lexicon.load()
            self.view = _View(self.text, lex.derived(_vocab), lex)

    @property
    def L(self) -> dict:
        return self.view.L

    def proxy(self, pos: int) -> "SubjectCase":
        """A case for an empty figure at ``pos`` of the same sentence: what a clause there is about."""
        q = Quantity(text="", char_start=pos, char_end=pos, value=None, unit=None, kind="number", core_start=pos, core_end=pos)
        return SubjectCase(self.text, q, [], 0, self.times, None, self.previous, [], self.kind, self.view)

    def in_time(self, start: int, end: int) -> bool:
        return any(t.char_start < end and start < t.char_end for t in self.times)

    def previous_text(self) -> str | None:
        p = self.previous
        if p is not None and hasattr(p, "get"):
            p = p.get()
        return p or None


def _subject(rule: str, text: str, start: int, end: int) -> dict | None:
    phrase = " ".join(text[start:end].split()).strip(" ,;:")
    return {"text": phrase, "rule": rule, "char_start": start, "char_end": end} if phrase else None


def _carried(rule: str, s) -> dict | None:
    """A subject taken from elsewhere (another figure, the sentence before): no offsets in this sentence."""
    if isinstance(s, dict):
        s = s.get("text")
    return {"text": s, "rule": rule, "char_start": None, "char_end": None} if s else None


# --- noun phrases ------------------------------------------------------------------------------

def _is_change_noun(L, low: str) -> bool:
    """'ökningen', 'en minskning' (a change of something named elsewhere); a plural ('Sänkningarna är 25 procent')
    names the changes themselves."""
    return low.startswith(L["change_prefixes"]) and not low.endswith(("arna", "erna"))


def _np_forward(case: SubjectCase, i: int, limit: int | None = None, allow_pp: bool = True) -> tuple[int, int] | None:
    """The noun phrase starting at token i: words up to a verb, a stop word, a digit, a time expression or the
    figure; a prepositional phrase of 'för/av/i/på/med/om…' whose object is a word is kept ('Kvoten för strömming
    i Bottenhavet')."""
    L = case.L
    toks = case.view.toks
    limit = len(case.text) if limit is None else limit
    start = end = None
    n = 0
    while i < len(toks) and toks[i].start < limit:
        t = toks[i]
        if t.low == "och" and start is not None and _coordinated_noun(case, toks, i, limit):
            end, i, n = toks[i + 1].end, i + 2, n + 2        # 'bränder i skog och mark', 'individ- och familjeomsorgen'
            continue
        label = case.view.label_end(t.start) if t.text[0].isdigit() and start is not None else None
        if label is not None:                        # 'mellan elområde 2 och elområde 3': a numbered name
            j = i
            while j < len(toks) and toks[j].start < label:
                j += 1
            end, i, n = toks[j - 1].end, j, n + 1
            continue
        if t.text[0].isdigit() and start is not None and toks[i - 1].word and toks[i - 1].low not in L["np_prepositions"] \
                and not case.q.char_start <= t.start < max(case.q.char_end, case.q.char_start + 1) \
                and not case.in_time(t.start, t.end):
            j = i                                    # 'barn i åldern 6–15 år': a number inside the phrase
            while j < len(toks) and toks[j].start < limit and (toks[j].text[0].isdigit() or toks[j].text in "–-"):
                j += 1
            if j < len(toks) and toks[j].start < limit and toks[j].word and toks[j].low not in L["np_stop"]:
                end, i, n = toks[j].end, j + 1, n + 2
                continue
            break
        if not t.word or case.in_time(t.start, t.end) or t.low in L["np_stop"] or t.low in L["adverbs"] and start is not None:
            break
        if start is not None and (t.low in L["verbs"] or t.low in L["pronouns"]
                                  or len(t.low) > 6 and t.low.endswith(L["verb_endings_t"])
                                  or t.low.endswith(L["past_endings_t"]) and toks[i - 1].low not in L["heads"]
                                  and toks[i - 1].low not in L["determiners"]
                                  or t.low.endswith(L["present_endings_t"]) and toks[i - 1].word
                                  and toks[i - 1].low.endswith(L["definite_endings_t"])
                                  and toks[i - 1].low not in L["heads"] and toks[i - 1].low not in L["determiners"]):
            break                      # 'eleverna klarade provet': a past verb after the head noun ends the phrase
        if t.low in L["np_prepositions"]:
            nxt = toks[i + 1] if i + 1 < len(toks) else None
            if start is None or not allow_pp or nxt is None or not nxt.word or nxt.start >= limit \
                    or case.in_time(nxt.start, nxt.end) or nxt.low in L["np_stop"] or nxt.low in L["pronouns"] \
                    or nxt.low in L["verbs"]:
                break
        elif start is None and t.low in L["determiners"] and i + 1 < len(toks) and toks[i + 1].word \
                and toks[i + 1].low not in L["verbs"] and toks[i + 1].low not in L["np_stop"]:
            pass                                             # 'av de avslutade ärendena'
        elif start is None and (t.low in L["pronouns"] or t.low in L["verbs"]):
            return None
        if start is None:
            start = t.start
        end = t.end
        n += 1
        i += 1
        if n > L["max_words"]:
            return None
    if start is None:
        return None
    return start, end


def _coordinated_noun(case: SubjectCase, toks, i: int, limit: int) -> bool:
    """Whether 'och' at token i joins one more noun to the phrase ('skog och mark', 'individ- och familjeomsorgen')
    rather than opening a new clause ('och marginalen förbättrades')."""
    L = case.L
    if i + 1 >= len(toks) or toks[i + 1].start >= limit:
        return False
    nxt = toks[i + 1]
    if toks[i - 1].text.endswith("-"):
        return nxt.word
    if not nxt.word or nxt.low in L["determiners"] or nxt.low in L["pronouns"] or nxt.low in L["np_stop"] \
            or nxt.low in L["verbs"] or nxt.low in L["adverbs"] or case.in_time(nxt.start, nxt.end) or nxt.text[0].isupper():
        return False
    after = toks[i + 2] if i + 2 < len(toks) else None
    return after is None or not after.word or after.start >= limit or not _is_verb(L, toks, i + 2) \
        and after.low not in L["pronouns"]


def _clean_np(case: SubjectCase, a: int, b: int) -> tuple[int, int] | None:
    """Trim leading conjunctions/adverbs and trailing prepositions/'som' of text[a:b]; None when nothing nominal
    is left (a pronoun, a date, a number)."""
    L = case.L
    toks = case.view.within(a, b)
    aside = lambda k, t: k and (t.text == "(" or t.text in "–—" and case.text[t.start - 1:t.start].isspace())
    if any(aside(k, t) for k, t in enumerate(toks)):   # 'Rörelseresultatet (EBIT)', 'Nyckeltalet – andelen … –'
        toks = toks[:next(k for k, t in enumerate(toks) if aside(k, t))]
    for k in range(1, len(toks) - 1):                  # '... för perioden januari – juni': a period is no part
        if toks[k].low in L["np_prepositions"] and toks[k + 1].low in L["period_nouns"]:
            toks = toks[:k]
            break
    while toks and (not toks[0].word or toks[0].low in L["lead_conjunctions"] or toks[0].low in L["adverbs"]):
        toks.pop(0)
    labelled = lambda t: t.text[0].isdigit() and case.view.label_end(t.start) is not None   # 'elområde 3'
    while toks and (not toks[-1].word and not labelled(toks[-1]) or toks[-1].low in L["np_prepositions"]
                    or toks[-1].low in L["np_stop"] or toks[-1].low in L["determiners"] or toks[-1].low in L["adverbs"]):
        toks.pop()
    if not toks or len(toks) > L["max_words"]:
        return None
    if all(t.low in L["pronouns"] or t.low in L["determiners"] for t in toks):
        return None
    if any(case.in_time(t.start, t.end) for t in toks[:1]) or not any(t.word for t in toks):
        return None
    if any(not t.word and t.text not in "-–" and not t.text[0].isdigit() for t in toks):
        return None                                      # digits inside are kept: 'en förpackning med 100 tabletter'
    if not toks[-1].word and not labelled(toks[-1]):
        return None
    return toks[0].start, toks[-1].end


# --- the rules ---------------------------------------------------------------------------------

def _rule_table(case: SubjectCase) -> dict | None:
    """A table cell: the row label or column header that names the measure, as the table reader
    (``tables.apply_table``) set it on the quantity (``subject_hint``)."""
    hint = getattr(case.q, "subject_hint", None)
    if isinstance(hint, dict):
        return {"rule": "table", "char_start": None, "char_end": None, **hint} if hint.get("text") else None
    if hint:
        return _carried("table", hint)
    return None


def _rule_adverbial(case: SubjectCase) -> dict | None:
    """'var avstängd i drygt fyra timmar', 'under tre veckor': a duration after a preposition is an adverbial of
    its clause, not a measure of a thing: no subject (the rules below are not asked)."""
    if case.q.kind != "duration":
        return None
    L = case.L
    a = case.view.clause_start(case.q.char_start, case.times)
    before = case.view.within(a, case.q.char_start)
    has_verb = any(case.view.is_verb(t.i) for t in before if t.word)
    if before and before[-1].low in L["duration_prepositions"] and has_verb \
            and not any(t.low in L["lasting_verbs"] for t in before):
        return {"text": None, "rule": "adverbial_duration", "char_start": None, "char_end": None, "stop": True}
    return None


def _rule_prior_bracket(case: SubjectCase) -> dict | None:
    """'119 (68) Mkr': the bracketed prior figure measures what its main figure measures."""
    main = getattr(case.q, "prior_of", None)
    if main is None:
        return None
    for o, s in zip(case.qs, case.earlier):
        if o is main and s:
            return {**s, "rule": "prior_bracket"}
    return None


def _rule_label(case: SubjectCase) -> dict | None:
    """'Antal läkemedel med sänkt pris: 40': a label line before a colon names what the figure after it is."""
    text, q = case.text, case.q
    colon = text.rfind(":", 0, q.char_start)
    if colon < 0 or text[colon + 1:q.char_start].strip():
        return None
    line = text.rfind("\n", 0, colon) + 1
    a = line
    label = text[a:colon]
    label = re.sub(r"\s*\([^)]*\)", lambda m: " " * len(m.group(0)), label)     # '(före skatt)'
    toks = case.view.within(a, colon)
    L = case.L
    if not toks or len(toks) > L["label_max_words"] or any(
            t.low in L["verbs"] and not (k and toks[k - 1].low == "som") for k, t in enumerate(toks)):
        return None                  # a sentence, not a label; 'Antal personer som når taket:' is one
    # a trailing ', 2025' or period: dropped
    keep = [t for t in toks if not case.in_time(t.start, t.end) and t.word and text[t.start] not in "("]
    inside = [(m.start(), m.end()) for m in re.finditer(r"\([^)]*\)", text[a:colon])]
    keep = [t for t in keep if not any(s <= t.start - a < e for s, e in inside)]
    if not keep:
        return None
    end = keep[-1].end
    cut = text.find(",", keep[0].start, end)
    if cut >= 0:
        keep = [t for t in keep if t.end <= cut]
        end = keep[-1].end if keep else end
    return _subject("label", text, keep[0].start, end)


def _after_number(case: SubjectCase) -> int:
    """Where the figure's number (and scale word) ends and its noun, if any, begins."""
    q = case.q
    end = q.core_end
    if q.scale_text:
        k = case.text.find(q.scale_text, end, q.char_end + 1)
        if k >= 0:
            end = k + len(q.scale_text)
    return end


def _rule_endpoint_count(case: SubjectCase) -> dict | None:
    """'Utlåningen minskade och landade på 812 000 lån', 'Bedrägerierna ökade till 213 000 brott': a count reached
    by a measure or change verb ('till', 'på' before it) measures the clause's subject, not its unit noun."""
    q = case.q
    if q.kind != "count" or not q.entity:
        return None
    L = case.L
    before = case.view.before(q.char_start)
    if len(before) < 2 or before[-1].low not in L["endpoint_links"]:
        return None
    link = before[-2]
    in_figure = any(o.char_start <= link.start < o.char_end for o in case.qs if o is not q)
    if link.word and link.low not in L["verbs"] and link.low not in L["adverbs"] and not in_figure:
        return None                                  # 'sänker priset på 40 läkemedel': 'på' belongs to a noun
    verbs = [t for t in before if t.low in L["verbs"]]
    if not verbs or not (verbs[-1].low in L["change_verbs"] or verbs[-1].low in L["measure_verbs"]):
        return None
    found = _rule_clause(case) or _rule_elliptic(case)
    return {**found, "rule": "endpoint_count"} if found else None


def _rule_counted(case: SubjectCase) -> dict | None:
    """'752 000 brott', '40 nya vårdplatser', '2 300 nya kriminalvårdare': the noun a count counts, with the
    adjectives written between the number and the noun."""
    q = case.q
    if q.kind != "count" or not q.entity:
        return None
    text = case.text
    L = case.L
    low = q.entity.lower()
    if low in L["verbs"] or low in L["determiners"] or low in L["pronouns"] or low in L["not_nouns_after"] \
            or len(low) > 5 and low.endswith(L["verb_endings_t"]):
        return None                                  # '2,7 miljoner investeras': a verb, not a counted noun
    a = _after_number(case)
    k = text.find(q.entity, a)
    between = text[a:k] if k >= 0 else ""
    if k < 0 or len(between) > 40 or any(c in between for c in ",.;:()"):
        return None              # the counted noun stands before the number ('Antalet X ... är 1,3 miljoner'): the clause
    end = k + len(q.entity)
    toks = case.view.toks
    j = case.view.first(end)
    if j < len(toks) and toks[j].start == end and text[end - 1] == "-" or text[end:end + 1] == "-":
        more = _np_forward(case, case.view.first(k), allow_pp=False)
        end = max(end, more[1]) if more else end  # '412 höft- och knäprotesoperationer': a suspended compound
    elif low.endswith(L["adjective_endings_t"]) and j < len(toks) and toks[j].word and not toks[j].text[0].isupper() \
            and not _is_verb(L, toks, j) and toks[j].low not in L["np_stop"] and toks[j].low not in L["adverbs"] \
            and toks[j].low not in L["pronouns"] and toks[j].low not in L["determiners"] \
            and toks[j].low not in L["np_prepositions"] and not toks[j].low.endswith(L["verb_endings_t"]):
        end = toks[j].end        # '20 400 anmälda brott', '4 105 lätta lastbilar': an adjective read as the noun
    span = _clean_np(case, a, end)
    if span is None:
        return _carried("counted_noun", q.entity)
    return _subject("counted_noun", text, *span)


def _rule_share_of(case: SubjectCase) -> dict | None:
    """'58 procent av patienterna', 'nio av tio bostadsbränder med dödlig utgång', 'Hälften av svenskarna',
    '13 % skadegörelsebrott', '3 procent fler personbilar': what a share or ratio is of."""
    q = case.q
    if q.kind not in ("percent", "ratio", "number", "count") or q.kind == "count" and q.entity:
        return None
    L = case.L
    toks = case.view.toks
    i = case.view.first(q.char_end)
    if i < len(toks) and toks[i].low in L["partitive_links"]:
        i += 1
    elif q.kind == "ratio":
        pass
    elif q.kind == "percent":
        while i < len(toks) and toks[i].low in L["comparatives"]:
            i += 1
        if i >= len(toks) or toks[i].low in L["not_nouns_after"] or toks[i].low in L["verbs"] \
                or not toks[i].word or toks[i].text[0].isupper() or toks[i].low.endswith(L["verb_endings_t"]):
            return None
    else:
        return None
    while i < len(toks) and toks[i].low in ("de", "dessa", "alla"):
        if toks[i].low != "de":
            i += 1
            break
        break
    span = _np_forward(case, i)
    if span is None:
        return None
    span = _clean_np(case, *span)
    return _subject("share_of", case.text, *span) if span else None


def _np_backward(case: SubjectCase, end: int) -> tuple[int, int] | None:
    """The determiner-led noun phrase ending at ``end``: 'ett underskott', 'en andra etapp', 'regionens budget'."""
    L = case.L
    toks = case.view.before(end)
    if not toks or not toks[-1].word or toks[-1].low in L["np_stop"] or toks[-1].low in L["verbs"]:
        return None
    for back in range(1, 6):
        if back > len(toks):
            return None
        t = toks[-back]
        if not t.word or t.low in L["verbs"] or t.low in L["np_stop"]:
            return None
        if t.low in L["determiners"] or (back > 1 and t.low.endswith("s") and t.text[0].isupper() is False
                                         and len(t.low) > 4 and toks[-back + 1].word):
            if t.low in L["pronouns"] and t.low not in ("en", "ett", "den", "det", "de", "denna", "detta", "dessa"):
                return None
            return t.start, toks[-1].end
    return None


def _bare_noun(L, toks, k: int) -> bool:
    """A noun standing alone before 'på'/'om' ('bakom investeringen på', 'om sanktionsavgifter på'): a definite or
    plural form after a word that is neither a determiner nor a verb."""
    t = toks[k]
    if not t.word or k == 0 or t.low in L["verbs"] or t.low in L["adverbs"] or t.low in L["np_stop"] \
            or t.low in L["pronouns"] or len(t.low) < 5 or not t.low.endswith(L["noun_endings_t"]):
        return False
    prev = toks[k - 1]
    return prev.word and prev.low not in L["determiners"] and not _is_verb(L, toks, k - 1) and not prev.low.endswith("s")


def _rule_noun_before(case: SubjectCase) -> dict | None:
    """'ett underskott på 650 miljoner', 'en utdelning om 1,30 kronor', 'en överföring av 104 MSEK': the noun the
    figure is the size of. A change noun there ('en ökning med 72 procent') measures what changes: the figure
    continues the one before it, else the sentence before."""
    L = case.L
    toks = case.view.before(case.q.char_start)
    while toks and toks[-1].low in L["adverbs"]:          # 'sanktionsavgifter på sammanlagt 156 miljoner'
        toks.pop()
    if len(toks) < 2 or toks[-1].low not in L["change_links"]:
        return None
    span = _np_backward(case, toks[-2].end)
    if span is None and toks[-1].low in L["before_links"] and _bare_noun(L, toks, len(toks) - 2):
        span = toks[-2].start, toks[-2].end
    if span is None:
        return None
    head = toks[-2].low
    if _is_change_noun(L, head):
        return _continued(case, "change_noun") or _carried("change_noun_previous", case.previous_text())
    if toks[-1].low not in L["before_links"]:
        return None
    return _subject("noun_before", case.text, *span)


def _rule_money_goal(case: SubjectCase) -> dict | None:
    """Money and what it goes to: '+28 mkr till äldreomsorgen', '2,5 miljoner satsas på nya åtgärder', or what it
    buys: 'bygga ett nytt bibliotek för 45 miljoner'."""
    q = case.q
    if q.kind != "money":
        return None
    L = case.L
    text = case.text
    toks = case.view.toks
    i = case.view.first(q.char_end)
    while i < len(toks) and (toks[i].low in L["goal_fillers"] or
                             i + 1 < len(toks) and f"{toks[i].low} {toks[i + 1].low}" in L["goal_fillers"]):
        i += 2 if i + 1 < len(toks) and f"{toks[i].low} {toks[i + 1].low}" in L["goal_fillers"] else 1
    if i < len(toks) and toks[i].low in L["goal_links"] and toks[i].start - q.char_end < 40 \
            and not (i + 1 < len(toks) and toks[i + 1].low in L["goal_stop"]):
        span = _np_forward(case, i + 1)
        if span and not case.in_time(*span):
            span = _clean_np(case, *span)
            if span:
                return _subject("money_goal", text, *span)
    before = [t for t in toks if t.end <= q.char_start]
    if before and before[-1].low in L["price_links"]:
        a = case.view.clause_start(q.char_start, case.times)
        for o, sub in zip(case.qs[:case.index], case.earlier):
            if a <= o.char_start and o.kind == "count" and sub and sub.get("rule") == "counted_noun":
                return {**sub, "rule": "money_object"}   # 'köpt 800 starroperationer ... för 11 miljoner kronor'
    if before and before[-1].low in L["price_links"]:
        # the determiner-led object before 'för', cut before a 'till X' goal of its own
        for back in range(2, 9):
            if back > len(before):
                break
            t = before[-back]
            if not t.word or t.low in L["verbs"]:
                break
            if t.low in ("en", "ett"):
                end = before[-2].end
                stop = next((u for u in before[-back:-1] if u.low in ("till",)), None)
                if stop is not None:
                    end = max(u.end for u in before[-back:-1] if u.start < stop.start)
                span = _clean_np(case, t.start, end)
                return _subject("money_object", text, *span) if span else None
    return None


def _continued(case: SubjectCase, rule: str) -> dict | None:
    """The subject of the figure before this one in the sentence, when one was found."""
    for s in reversed(case.earlier):
        if s:
            return {**s, "rule": rule}
        break
    return None


def _rule_continues(case: SubjectCase) -> dict | None:
    """'sänks med 43 procent, till 47 100 ton', 'jämfört med 97 i juli 2022', 'vilket är 620 fler', 'varav 22':
    a figure linked to the one before it by a few linking words measures the same."""
    if case.index == 0:
        return None
    prev = case.qs[case.index - 1]
    L = case.L
    after = prev.char_end
    last = case.earlier[-1] if case.earlier else None
    if last and last.get("char_start") is not None and after <= last["char_start"] < case.q.char_start:
        after = last["char_end"]                 # '2 300 ansökningar, vilket är 8 procent': past the counted noun
    gap = case.view.within(after, case.q.char_start)
    words = [t for t in gap if t.word and not case.in_time(t.start, t.end)]
    if len(words) > L["max_continuation_words"] or any(t.low not in L["continuation_words"] for t in words):
        return None
    if any(t.text in ".;" for t in gap):
        return None
    if any(t.low in L["split_words"] for t in words) and not (last and last.get("rule") == "counted_noun"):
        return None          # 'kostar 1,6 miljoner, varav 60 procent ...': a part of an amount is not its actor
    return _continued(case, "continues_figure")


def _rule_compared(case: SubjectCase) -> dict | None:
    """'58 procent av patienterna ..., jämfört med 71 procent i riket', 'till 12 nautiska mil, i stället för dagens
    4 nautiska mil': a figure compared with an earlier one of the same unit in the sentence measures the same."""
    if case.index == 0:
        return None
    L = case.L
    before = [t.low for t in case.view.before(case.q.char_start) if t.word][-6:]
    while before and before[-1] in L["adverbs"]:
        before.pop()                                     # 'mot tidigare 6'
    if not any(tuple(before[-len(p):]) == p for p in L["comparison_phrases"] if len(p) <= len(before)):
        return None
    counts = ("count", "number")
    for o, sub in zip(reversed(case.qs[:case.index]), reversed(case.earlier)):
        if o.unit == case.q.unit and o.kind == case.q.kind or o.kind in counts and case.q.kind in counts:
            return {**sub, "rule": "compared_figure"} if sub else None
    return None


def _rule_noun_after(case: SubjectCase) -> dict | None:
    """'180 ton mat', '1,8 kilometer nya spänger', '75 anställda' (no counted noun read): the noun phrase written
    right after a measure or a bare count is what it measures."""
    q = case.q
    if q.kind not in ("measure", "count") or q.kind == "count" and q.entity:
        return None
    L = case.L
    toks = case.view.toks
    i = case.view.first(q.char_end)
    if i >= len(toks) or not toks[i].word or toks[i].text[0].isupper() or toks[i].low in L["not_nouns_after"] \
            or toks[i].low in L["np_stop"] or _is_verb(L, toks, i) or toks[i].low in L["adverbs"] \
            or toks[i].low.endswith(L["verb_endings_t"]) or case.in_time(toks[i].start, toks[i].end):
        return None
    span = _np_forward(case, i)
    span = span and _clean_np(case, *span)
    return _subject("noun_after", case.text, *span) if span else None


def _rule_of_those(case: SubjectCase) -> dict | None:
    """'Av dem misstänktes 312 för rattfylleri', 'Av landets 64 000 skyddsrum bedöms 30 procent behöva åtgärdas': a
    clause opening with 'av'/'bland' + a group names what a part of it counts (a pronoun: the sentence before's)."""
    q = case.q
    if q.kind not in ("percent", "ratio", "count", "number") or q.kind == "count" and q.entity:
        return None
    L = case.L
    a = case.view.clause_start(q.char_start, case.times)
    toks = case.view.within(a, q.char_start)
    while toks and (toks[0].low in L["lead_conjunctions"] or not toks[0].word):
        toks.pop(0)
    if len(toks) < 2 or toks[0].low not in L["group_openers"]:
        return None
    pronoun = toks[1].low in L["group_pronouns"] or toks[1].low in L["anaphors"] and (
        len(toks) == 2 or case.view.is_verb(toks[2].i))
    if pronoun:                                          # 'Av dem', 'Bland dessa' (not 'Bland de tillfrågade')
        prev = case.previous_text()
        return _carried("of_those_previous", prev) if prev else None
    for o, sub in zip(case.qs[:case.index], case.earlier):
        if toks[0].start < o.char_start < q.char_start and sub:
            return {**sub, "rule": "of_those"}           # 'Av landets 64 000 skyddsrum': the group's counted noun
    span = _np_forward(case, case.view.first(toks[1].start), q.char_start, allow_pp=False)
    span = span and _clean_np(case, *span)
    return _subject("of_those", case.text, *span) if span else None


def _rule_share_of_previous(case: SubjectCase) -> dict | None:
    """'Hälften av svenskarna har spelat ... 4 procent har ett riskabelt spelande.': a share that opens its sentence
    as the subject of a verb, naming no group, is a share of the group the sentence before named."""
    q = case.q
    if q.kind not in ("percent", "ratio") or case.text[:q.char_start].strip(" \"”–-"):
        return None
    toks = case.view.toks
    i = case.view.first(q.char_end)
    if i >= len(toks) or not case.view.is_verb(i):
        return None
    prev = case.previous_text()
    return _carried("share_of_previous", prev) if prev else None


def _which_is(case: SubjectCase) -> dict | None:
    """'..., vilket är 620 fler än i fjol', 'vilket motsvarar 9 procent av allt vatten': a figure of the relative
    'vilket' + a copula restates the figure before it: it measures the same."""
    if case.index == 0:
        return None
    L = case.L
    before = [t.low for t in case.view.before(case.q.char_start) if t.word][-4:]
    while before and before[-1] in L["adverbs"]:
        before.pop()
    if len(before) < 2 or before[-2] != "vilket" or before[-1] not in L["restating_verbs"]:
        return None
    return _continued(case, "which_is")


def _rule_share_is(case: SubjectCase) -> dict | None:
    """'varav 420 är deltidsbrandmän', 'en tredjedel av dem är barnfamiljer, och var femte är pensionärer': a part of
    a group named after a copula is what the part counts."""
    q = case.q
    if q.kind not in ("percent", "ratio", "count", "number") or q.kind == "count" and q.entity:
        return None
    L = case.L
    toks = case.view.toks
    before = [t for t in toks if t.end <= q.char_start]
    i = case.view.first(q.char_end)
    if i + 1 < len(toks) and toks[i].low in L["partitive_links"] and toks[i + 1].low in L["pronouns"]:
        i += 2                                           # 'av dem'
    elif not before or before[-1].low not in L["share_openers"] and before[-1].text != ",":
        return None
    if i >= len(toks) or toks[i].low not in L["copulas"]:
        return None
    span = _np_forward(case, i + 1)
    span = span and _clean_np(case, *span)
    if not span:
        return None
    words = [t for t in toks if span[0] <= t.start and t.end <= span[1]]
    if words[-1].low.endswith("a") or words[0].low in L["comparatives"] or words[0].low in L["determiners"]:
        return None                                      # 'är nöjda', 'är äldre än': a property, not a group
    return _subject("share_is", case.text, *span)


def _rule_appositive(case: SubjectCase) -> dict | None:
    """'Den största avgiften, 50 miljoner kronor, gick till ...', 'stod för den största ökningen, 14 procent': a figure
    set off by commas right after a noun phrase is its size (a change noun: what changes, the clause's subject)."""
    text, q = case.text, case.q
    if not text[:q.char_start].rstrip().endswith(","):
        return None
    after = text[q.char_end:].lstrip()
    if after and after[0] not in ",.;:" and not after.startswith(("\n",)):
        return None
    comma = text[:q.char_start].rstrip()
    span = _np_backward(case, len(comma) - 1)
    if span is None:
        return None
    head = case.view.within(span[0], span[1])
    if any(_is_change_noun(case.L, t.low) for t in head[-1:]):
        found = _rule_clause(case.proxy(span[0]))
        return {**found, "rule": "appositive_change"} if found else None
    return _subject("appositive", text, *span)


def _rule_changed_object(case: SubjectCase) -> dict | None:
    """'planerar att utöka mässområdet med 3 000 kvadratmeter', 'skulle minska utsläppen med 12 000 ton', 'Höj lönerna
    med 3 000 kronor', 'sänka priset på periodkortet till 395 kronor': the object of an infinitive or imperative,
    changed by the figure after 'med' (or brought to it by 'till' after a change verb), is what changes."""
    L = case.L
    toks = case.view.before(case.q.char_start)
    while toks and toks[-1].low in L["adverbs"]:
        toks.pop()
    if len(toks) < 3 or toks[-1].low not in ("med", "till"):
        return None
    k = len(toks) - 2

    def is_head_verb(j: int) -> bool:
        t = toks[j]
        return _is_verb(L, toks, j) or t.low in L["change_words"] \
            or t.low.endswith("a") and j > 0 and (toks[j - 1].low == "att" or toks[j - 1].low in L["auxiliaries"])

    while k >= 0 and (toks[k].word or toks[k].text[0].isdigit()) and not is_head_verb(k) and len(toks) - k < 12:
        k -= 1
    if k < 0 or not toks[k].word or k + 1 >= len(toks) - 1:
        return None
    verb = toks[k]
    infinitive = verb.low.endswith("a") and k > 0 and (toks[k - 1].low == "att" or toks[k - 1].low in L["auxiliaries"])
    imperative = k == 0 and verb.low in L["change_words"]
    if not (infinitive or imperative) or toks[-1].low == "till" and verb.low not in L["change_words"]:
        return None                                      # 'att' or a modal + an infinitive, or an imperative of change
    if toks[k + 1].low in L["pronouns"] or toks[k + 1].low in L["np_stop"]:
        return None
    span = _clean_np(case, toks[k + 1].start, toks[-2].end)
    if span is None:
        return None
    return _subject("changed_object", case.text, *span)


def _rule_parse(case: SubjectCase) -> dict | None:
    """A model backend's dependency parse: the subject of the verb governing the figure."""
    if not case.parse:
        return None
    L = case.L
    a = case.view.clause_start(case.q.char_start, case.times)
    clause = [t.low for t in case.view.within(a, case.q.char_start)]
    if any(w in L["actor_verbs"] for w in clause) or case.q.kind == "duration" and not any(
            w in L["lasting_verbs"] for w in clause):
        return None                  # the same guards as the clause patterns: an actor, an adverbial duration
    phrase = syntax.measured_subject(case.text, case.parse, case.q.core_start)
    if not phrase:
        return None
    k = case.text.find(phrase)
    if k < 0:
        return _carried("parse_subject", phrase)
    span = _clean_np(case, k, k + len(phrase))
    if span is None:
        return None
    head = case.view.toks[case.view.first(span[0])].low
    if head in L["anaphors"] or _is_change_noun(L, head):
        return None
    return _subject("parse_subject", case.text, *span)


def clause_start(text: str, pos: int, times=(), lex: Lexicon | None = None) -> int:
    """Start of the clause holding ``pos``: after the last comma, semicolon, colon, dash, bracket or clause word
    ('och', 'men', 'att', 'som', 'vilket' …) before it. A dash inside a period ('januari – juni 2023') cuts nothing;
    'och' cuts only after a clause with a verb of its own ('bränder i skog och mark ökade' is one clause)."""
    return _View(text, (lex or lexicon.load()).derived(_vocab)).clause_start(pos, times)


def _clause_start(view: _View, pos: int, times) -> int:
    """``clause_start`` on a sentence's view (its verbs read once)."""
    L = view.L
    text = view.text
    start = 0
    toks = view.toks
    verb_since = False
    opened = []
    dash_open = None
    for k, t in enumerate(toks):
        if t.start >= pos:
            break
        if not t.word and any(x.char_start <= t.start < x.char_end for x in times):
            continue
        if t.text == "(":
            opened.append((start, verb_since))
        elif t.text == ")" and opened:
            start, verb_since = opened.pop()      # a closed bracket ('Rörelseresultatet (EBIT) uppgick') cuts nothing
            continue
        elif t.text in "–—" and not text[t.start - 1:t.start].isspace():
            continue                              # '1–5 år', 'Borås–Göteborg': a dash inside a phrase cuts nothing
        elif t.text in "–—" and dash_open is not None:
            start, dash_open = dash_open, None    # 'X – en förklaring – uppskattas till': an aside between dashes
            continue
        elif t.text in "–—" and any(u.text == t.text and u.start < pos for u in toks[k + 1:]) \
                and not any(u.text in ".;:" for u in toks[k + 1:] if u.start < pos):
            dash_open = start
        if t.low in ("och", "samt", "eller") and not verb_since:
            continue
        if t.text in ",;:–—()\"”" or t.low in L["clause_openers"]:
            start = t.start if t.word else t.end
            verb_since = False
        elif t.word and view.is_verb(k):
            verb_since = True
    return start


def _rule_clause(case: SubjectCase) -> dict | None:
    """The subject of the figure's clause verb: before it ('Nettoomsättningen uppgick till 1 124 MSEK'), or after it
    when the clause opens with an adverbial ('Under 2023 ökade antalet klienter i anstalt med 11 procent', 'Totalt
    omsatte detaljhandeln 66 miljarder'). A pronoun or change noun there refers back (rule 'previous')."""
    L = case.L
    text, q = case.text, case.q
    a = case.view.clause_start(q.char_start, case.times)
    toks = case.view.within(a, q.char_start)
    while toks and (toks[0].low in L["lead_conjunctions"] or toks[0].low == "som" and a > 0 or not toks[0].word):
        if toks[0].low == "som":
            return _relative_clause(case, a, toks)
        toks.pop(0)
    if not toks:
        return _rule_elliptic(case) if text[:a].rstrip().endswith(",") else None
    alltoks = case.view.toks
    first = toks[0].i
    verb = next((k for k in range(len(toks)) if case.view.is_verb(first + k)), None)
    if verb is None:
        return _verbless(case, toks)
    if toks[verb].low in L["actor_verbs"]:
        return None                  # 'Regeringen avsätter 250 miljoner': the subject is the actor, not the measure
    pre = toks[:verb]
    if not pre and a > 0:
        opener = next((t for t in alltoks if t.start == a), None)
        if opener is not None and opener.low in L["shared_subject_openers"]:
            return _shared_subject(case, opener.start)
    fronted = not pre or pre[0].low in L["fronted_openers"] or case.in_time(pre[0].start, pre[0].end) \
        or not pre[0].word or all(t.low in L["adverbs"] for t in pre)
    if not fronted:
        span = _clean_np(case, pre[0].start, pre[-1].end)
        if span is None:
            return _refers_back(case, pre)
        head = [t for t in pre if span[0] <= t.start and t.end <= span[1]]
        if head and (head[0].low in L["anaphors"] and len(head) == 1 or any(_is_change_noun(L, t.low) for t in head[-1:])):
            return _refers_back(case, head)
        return _subject("clause_subject", text, *span)
    # inverted: the subject follows the verb (and any auxiliaries, 'det', adverbs)
    i = case.view.first(toks[verb].end)
    while i < len(alltoks) and alltoks[i].start < q.char_start and (
            alltoks[i].low in L["auxiliaries"] or alltoks[i].low in L["adverbs"] or alltoks[i].low in L["verbs"]):
        if alltoks[i].low in L["anaphors"]:
            return None                    # 'I genomsnitt tog det 11,5 minuter': an expletive, no subject
        i += 1
    if i >= len(alltoks) or alltoks[i].start >= q.char_start:
        return None
    span = _np_forward(case, i, q.char_start)
    if span is None:
        return None
    span = _clean_np(case, *span)
    if span is None:
        return None
    head = [t for t in alltoks if span[0] <= t.start and t.end <= span[1]]
    if any(_is_change_noun(L, t.low) for t in head[-1:]):
        return _refers_back(case, head)
    return _subject("clause_subject_inverted", text, *span)


def _shared_subject(case: SubjectCase, pos: int) -> dict | None:
    """'Utlåningen minskade för tredje året och landade på 812 000 lån': a verb after 'och' shares the subject of
    the clause before it."""
    for _hop in range(2):        # 'X fortsätter att öka och är nu ...': past an infinitive clause to the subject
        found = _rule_clause(case.proxy(pos))
        if found and found.get("char_start") is not None:
            return {**found, "rule": "shared_subject"}
        b = case.view.clause_start(pos, case.times)
        if not case.text[b:].lower().startswith("att ") or b == 0:
            return None
        pos = b
    return None


def _verbless(case: SubjectCase, toks: list) -> dict | None:
    """A clause without a verb: a headline ('Beläggningen på anstalterna över 100 procent') names its subject
    before the figure; a fragment after a comma (', med 18 procent,') continues the clause before it."""
    L = case.L
    text = case.text
    a = toks[0].start
    before = text[:a].rstrip()
    if before.endswith(","):
        return _rule_elliptic(case)
    alltoks = case.view.toks
    if toks[0].low in L["fronted_openers"] or case.in_time(toks[0].start, toks[0].end) or len(toks) > 6 \
            or toks[-1].low in L["duration_prepositions"]:
        return None                       # 'i minst sju dygn' is an adverbial
    opener = next((t for t in reversed(alltoks) if t.end <= a), None)
    gapped = opener is not None and opener.low in L["share_openers"] and any(
        case.view.is_verb(k) for k in range(len(alltoks)) if alltoks[k].end <= opener.start)
    headline = case.kind in ("heading", "title") and not any(
        case.view.is_verb(k) or k and alltoks[k].low.endswith(L["headline_verb_endings_t"])
        for k in range(len(alltoks)) if alltoks[k].word and alltoks[k].end <= case.q.char_start)
    if not (gapped or headline):
        return None                       # 'Klädhandeln ökade med 6 % och skohandeln med 9 %'; 'Beläggningen över 100 %' 
    span = _clean_np(case, toks[0].start, toks[-1].end)
    if span is None:
        return None
    head = [t for t in toks if span[0] <= t.start and t.end <= span[1]]
    if any(t.low in L["pronouns"] or t.low in L["change_links"] or _is_change_noun(L, t.low) for t in head[-1:]):
        return None
    return _subject("headline_subject", text, *span)


def _rule_elliptic(case: SubjectCase) -> dict | None:
    """'E-boksutlånet ökade kraftigt, med 18 procent, till 96 400 lån': a fragment after a comma measures what the
    clause before it is about."""
    L = case.L
    a = case.view.clause_start(case.q.char_start, case.times)
    for _hop in range(3):
        comma = case.text.rfind(",", 0, a + 1)
        if comma <= 0:
            return None
        b = case.view.clause_start(comma, case.times)
        if b >= comma or case.text[b:comma].count(" ") > 25:
            return None
        words = case.view.within(b, comma)
        if any(t.low in L["verbs"] for t in words):
            break
        a = b                             # ', med 18 procent,': a fragment before this one; look further back
    else:
        return None
    if not any(t.low in L["change_verbs"] or t.low in L["measure_verbs"] or t.low in L["copulas"] for t in words):
        return None                       # only a figure that elaborates a change or a measure ('ökade, med 18 procent,')
    found = _rule_clause(case.proxy(comma))
    return {**found, "rule": "elliptic_clause"} if found and found.get("char_start") is not None else None


def _relative_clause(case: SubjectCase, a: int, toks: list) -> dict | None:
    """A clause opening with 'som': 'Andelen som nått behörighet ligger på 79 procent' (a restrictive relative
    clause inside the subject: the subject runs to the main verb) or 'prisbasbeloppet, som höjs till …' (the
    relative's own verb measures its antecedent)."""
    L = case.L
    verbs = [k for k, t in enumerate(toks) if t.low in L["verbs"]]
    before = case.text[:a].rstrip()
    if verbs and verbs[-1] > 1 and not before.endswith(","):
        start = case.view.clause_start(a)
        pre = case.view.within(start, toks[verbs[-1]].start)
        while pre and (pre[0].low in L["lead_conjunctions"] or not pre[0].word):
            pre.pop(0)
        if pre and pre[0].low not in L["fronted_openers"] and pre[0].low not in L["pronouns"] and len(pre) <= L["max_words"]:
            return _subject("clause_subject", case.text, pre[0].start, pre[-1].end)
    return _relative(case, a)


def _relative(case: SubjectCase, a: int) -> dict | None:
    """'prisbasbeloppet, som höjs från …': a relative clause's subject is the noun phrase before 'som'."""
    before = case.view.before(a)
    while before and not before[-1].word:
        before.pop()
    if not before:
        return None
    L = case.L
    last = before[-1]
    if last.low in L["pronouns"] or last.low in L["verbs"] or last.low in L["np_stop"]:
        return None
    start = last.start
    for t in reversed(before[-4:-1]):
        if t.word and (t.low in L["determiners"] or t.low.endswith(("a", "e")) and t.low not in L["verbs"]) \
                and t.low not in L["np_stop"] and t.low not in L["np_prepositions"]:
            start = t.start
        else:
            break
    span = _clean_np(case, start, last.end)
    return _subject("relative_antecedent", case.text, *span) if span else None


def _refers_back(case: SubjectCase, head) -> dict | None:
    """A pronoun or change noun as subject: the figure before in the sentence, else the sentence before."""
    return _continued(case, "refers_back") or _carried("previous_sentence", case.previous_text())


SUBJECT_RULES: tuple = (
    ("table", _rule_table),
    ("adverbial_duration", _rule_adverbial),
    ("prior_bracket", _rule_prior_bracket),
    ("label", _rule_label),
    ("endpoint_count", _rule_endpoint_count),
    ("counted_noun", _rule_counted),
    ("which_is", _which_is),
    ("of_those", _rule_of_those),
    ("share_of", _rule_share_of),
    ("share_of_previous", _rule_share_of_previous),
    ("changed_object", _rule_changed_object),
    ("noun_after", _rule_noun_after),
    ("share_is", _rule_share_is),
    ("noun_before", _rule_noun_before),
    ("money_goal", _rule_money_goal),
    ("continues_figure", _rule_continues),
    ("compared_figure", _rule_compared),
    ("appositive", _rule_appositive),
    ("clause_subject", _rule_clause),
    ("parse_subject", _rule_parse),
)


def decide(case: SubjectCase) -> dict | None:
    """The subject of one figure by ``SUBJECT_RULES``: {text, rule, char_start, char_end} (sentence offsets) or None."""
    for _name, rule in SUBJECT_RULES:
        found = rule(case)
        if found and found.get("stop"):
            return None
        if found and found.get("text"):
            return found
    return None


def sentence_subjects(text: str, qs: list[Quantity], times=(), parse=None, previous=None,
                      kind: str = "sentence", lex: Lexicon | None = None) -> list[dict | None]:
    """The subject of every figure of a sentence, in order (each figure sees the subjects of those before it)."""
    out: list[dict | None] = []
    if not qs:
        return out
    view = _View(text, (lex or lexicon.load()).derived(_vocab))
    for i, q in enumerate(qs):
        out.append(decide(SubjectCase(text, q, qs, i, list(times), parse, previous, list(out), kind, view)))
    return out


def lead_subject(text: str, lex: Lexicon | None = None) -> str | None:
    """The subject of a sentence without figures, for a later sentence that refers back to it: the noun phrase
    before its first clause verb ('Den svenska spelmarknaden växte kraftigt.')."""
    L = (lex or lexicon.load()).derived(_vocab)
    toks = tokens(text)
    verb = next((k for k, t in enumerate(toks) if t.low in L["verbs"]), None)
    if verb is None or verb == 0:
        return None
    pre = toks[:verb]
    if pre[0].low in L["fronted_openers"] or len(pre) == 1 and pre[0].low in L["anaphors"]:
        return None
    case = SubjectCase(text, Quantity(text="", char_start=len(text), char_end=len(text), value=None, unit=None,
                                      kind="number"), [], 0, view=_View(text, L))
    span = _clean_np(case, pre[0].start, pre[-1].end)
    return " ".join(text[span[0]:span[1]].split()) if span else None


def verb_first(text: str, lex: Lexicon) -> bool:
    """Whether ``text`` opens with a verb ('Planen: satsar 11 miljoner' after a headline's lead): a listed verb, a
    passive, or a present tense in -ar/-er."""
    L = lex.derived(_vocab)
    toks = tokens(text)
    return bool(toks) and toks[0].word and (toks[0].low in L["verbs"] or _is_verb(L, toks, 0)
                                            or toks[0].low.endswith(("ar", "er")))


def shift(subject: dict | None, offset: int) -> dict | None:
    """Sentence offsets -> document offsets."""
    if subject and subject.get("char_start") is not None:
        subject = {**subject, "char_start": subject["char_start"] + offset, "char_end": subject["char_end"] + offset}
    return subject
