"""Who states a figure: the speaker, decided from evidence by one ordered list of named rules.

``SPEAKER_RULES`` is read top-down and the first rule that finds a speaker wins; the record says which kind of
evidence it was (``attribution.source``: quote | enligt | credited | publisher) and where it stands
(``attribution.evidence``: rule, text, offsets). The nearest evidence comes first:

- the sentence's own reported speech ('..., säger räddningschef Per Lindqvist');
- the sentence's own `enligt` with a named source ('enligt SCB', 'enligt siffror från Statistiska centralbyrån');
- the sentence's own credit: an organisation or person as the subject of a credit verb ('Styrelsen föreslår',
  'men Pensionsmyndigheten uppskattar att'), a show verb naming its source ('visar ny statistik från X',
  'Det visar Trafikanalys statistik'), a genitive with a credit noun ('Regeringens mål är'), a headline lead
  ('Spelinspektionen: ...');
- the paragraph's reported speech, then a lead-in line carried to the paragraphs after it ('VD Per Sjölund
  kommenterar:'), then a signature line closing a heading's section ('Anders Holmgren, vd' under 'VD har ordet');
- a back-referring show sentence in the paragraph ('... Det visar Trafikanalys statistik.');
- `enligt` with a noun phrase rather than a name ('enligt kommunens befolkningsprognos'; never a plan or decision);
- a first-person statement ('Vi föreslår', 'vår region') is the sender's: the document's publisher (the signed
  author of an opinion piece, else the site that publishes it, else a genitive credit in the title; name
  ``None`` when unknown, source "publisher").

A credit has a scope: a credit verb covers its complement ('men X uppskattar att ytterligare 100 000 ...'), a
relative 'som X rekommenderar' its own clause, an `enligt` its own main clause; an `enligt` or a credit verb is
never carried to the paragraph's other sentences. A generic organisation noun ('Myndigheten', 'Organisationen')
stands for the last name of that kind before it, else the last organisation credited, else the sender.

Swedish cue words are data (``attribution.json``); the rules are pure functions of a sentence, its paragraph and
the document context.
"""
from __future__ import annotations

import re

from pipeline import lexicon
from pipeline.extraction.firstchars import led
from pipeline.lexicon import Lexicon
from pipeline.extraction.text import WORD as _WORDS, sentence_lower as _lower, sentence_word_set

def _name_res(att: dict) -> tuple[str, str]:
    """(person name, organisation name) pattern sources, with the particles and links of attribution.json."""
    alt = lexicon.alternation
    name = rf"[A-ZÅÄÖ][\wåäöéü-]+(?:\s+(?:(?:{alt(att['name_particles'])})\s+)?[A-ZÅÄÖ][\wåäöéü-]+){{0,3}}"
    org = (rf"[A-ZÅÄÖ][\wåäöéü-]*(?:\s+(?:[A-ZÅÄÖ][\wåäöéü-]*|(?:{alt(att['org_name_links'])})\s+[\wåäöÅÄÖ][\wåäö-]*))"
           rf"{{0,4}}(?:\s*\([A-ZÅÄÖ]{{2,6}}\))?")
    return name, org


def _patterns(lex: Lexicon) -> dict:
    """The compiled patterns and word sets of the speaker rules, built once per lexicon (``lex.derived``)."""
    att = lex.attribution
    alt = lexicon.alternation
    NAME, ORG = _name_res(att)
    links = alt(att["source_links"])
    verbs = alt(att["speech_verbs"])
    roles = att.get("max_role_words", 5)
    quote = re.compile(
        rf"(?:^|[,.!?”\"]\s*|\s)(?:{verbs})\s+(?:(?P<role_before>[a-zåäö-]+(?:\s+[a-zåäö-]+){{0,{roles - 1}}})\s+)?"
        rf"(?P<name>{NAME})(?:\s*\((?P<party>[A-ZÅÄÖa-zåäö]{{1,3}})\))?(?:,\s*(?P<role>[^.,;\n]+))?")
    sources = alt(att["known_sources"])
    show = alt(att["show_verbs"])
    skip = alt(att["enligt_skip"])
    per = alt(att["according_to"])            # 'enligt'
    r_per = frozenset(w.lower() for w in att["according_to"])
    enligt_known = re.compile(rf"\b(?i:{per})\s+(?:(?i:{skip})\s+)*(?:[\wåäö-]+\s+(?:{links})\s+)?(?P<src>(?:{sources})\b(?:\s*\([A-ZÅÄÖ]{{2,6}}\))?)")
    enligt_name = re.compile(rf"\b(?i:{per})\s+(?:(?i:{skip})\s+)*(?:[\wåäö-]+\s+(?:{links})\s+)?(?P<src>{ORG}(?:\s*\([A-ZÅÄÖ]{{2,6}}\))?)")
    enligt_np = re.compile(rf"\b(?i:{per})\s+(?P<src>[a-zåäö][^,.;:\n]{{2,80}})")
    credits = alt(att["credit_verbs"])
    perfect = alt(lex.time["perfect_auxiliaries"])
    credit = re.compile(rf"(?:^|[,;]\s+|\s(?P<rel>{alt(att['relative_leads'])})\s+)(?P<name>{ORG})\s+(?:(?:{perfect})\s+)?(?:{credits})\b")
    credit_inverted = re.compile(rf"\b(?:{credits})\s+(?P<name>{ORG})\s+(?:{alt(att['reflexive_possessives'])})\b")
    credit_and = re.compile(rf"^(?P<name>{ORG})\s+[^.;:]*?\b(?:{alt(att['credit_and_links'])})\s+(?:{credits})\b")
    source_from = re.compile(rf"\b(?:{alt(att['source_before_show'])})\s+(?P<name>{ORG})\s+(?:{show})\b")
    show_from = re.compile(rf"\b(?:{show})\s+(?:[\wåäö-]+\s+){{0,3}}?(?:{links})\s+(?P<name>{ORG}(?:\s*\([A-ZÅÄÖ]{{2,6}}\))?)")
    show_name = re.compile(rf"\b(?:{show})\s+(?P<name>{ORG})")
    show_back = re.compile(rf"(?:^|[.!?]\s+)(?:{alt(att['back_references'])})\s+(?:{show})\s+(?P<name>{ORG})")
    genitive = re.compile(rf"^(?P<name>[A-ZÅÄÖ][\wåäöéü-]*?(?:\s+[a-zåäö][\wåäö-]+?)?)s\s+(?:[a-zåäö]+\s+)?(?:{alt(att['credit_nouns'])})\b")
    data_subject = re.compile(rf"^(?:(?i:{alt(lex.subjects['determiners'])})\s+)?(?:[a-zåäö]+\s+){{0,2}}(?:{alt(att['data_nouns'])})\b[^.;:]*?\b(?:{show})\b")
    headline = re.compile(rf"^(?P<name>{ORG}):\s")
    signature = re.compile(rf"^(?P<name>{NAME})(?:\s*\((?P<party>[A-ZÅÄÖa-zåäö]{{1,3}})\))?,\s*[a-zåäö][^\n]{{2,120}}$")
    byline = re.compile(rf"^\s*(?i:{alt(att['byline_words'])})\s+(?P<name>{NAME})\b")
    phrase_cut = re.compile(rf"\s(?:{alt(att['phrase_cuts'])})\s")
    clause_join = re.compile(rf",\s+(?:{alt(att['clause_joins'])})\s|;\s")
    # 'Bostadsverkets sammanställning', 'Livsmedelshandlarnas undersökning': a genitive owner of a credit noun
    owned = re.compile(rf"\s+(?:[a-zåäö]+\s+)?[a-zåäö]*?(?:{alt(att['credit_nouns'] + att['data_nouns'])})\b")
    lead_in = re.compile(rf"^\s*(?:(?P<role_before>[A-ZÅÄÖa-zåäö-]+(?:\s+[a-zåäö-]+){{0,{roles - 1}}})\s+)?(?P<name>{NAME})"
                         rf"(?:\s*\((?P<party>[A-ZÅÄÖa-zåäö]{{1,3}})\))?(?:,\s*(?P<role>[^.:\n]+))?\s+(?:{alt(att['lead_in_verbs'])})\s*:\s*$")
    first = re.compile(rf"\b(?:{alt(att['first_person'])})\b", re.I)     # case-blind throughout: led below
    heads = lambda words: frozenset(w.split()[0].lower() for w in words)      # noqa: E731
    gates = {   # a word every match of a credit pattern holds: a sentence without one skips the pattern (speed)
        "show": heads(att["show_verbs"]), "credit": heads(att["credit_verbs"]), "noun": heads(att["credit_nouns"]),
        "speech": heads(att["speech_verbs"])}
    gates["credited"] = gates["show"] | gates["credit"] | gates["noun"]     # one test for a sentence holding none
    out = {"gates": gates, "quote": quote, "enligt_known": enligt_known, "enligt_name": enligt_name, "enligt_np": enligt_np,
            "credit": credit, "credit_and": credit_and, "credit_inverted": credit_inverted, "source_from": source_from, "data_subject": data_subject,
            "generic": frozenset(att["generic_organisations"]), "show_from": show_from, "show_back": show_back,
            "not_sources": tuple(att["enligt_not_sources"]), "stem_endings": tuple(att["generic_endings"]), "show_name": show_name, "genitive": genitive,
            "headline": headline, "owned": owned, "signature": signature, "byline": byline, "org": re.compile(ORG),
            "phrase_cut": phrase_cut, "according_to": r_per, "clause_join": clause_join, "org_links": frozenset(att["org_name_links"]), "lead_in": lead_in, "first": first, "not_names": frozenset(att["not_names"]),
            "parties": att["parties"], "opinion": re.compile(rf"\b(?:{alt(att['opinion_markers'])})\b"),
            "phone_cues": frozenset(w.rstrip(".") for w in lex.entities["phone_cues"])}
    return {k: led(v) if isinstance(v, re.Pattern) else v for k, v in out.items()}   # same matches, faster (firstchars)


def _att(speaker, source: str, rule: str, m=None, offset: int = 0, group: str = "name", party=None, role=None) -> dict:
    ev = {"rule": rule, "text": None}
    if m is not None:
        ev = {"rule": rule, "text": m.group(group), "char_start": m.start(group) + offset, "char_end": m.end(group) + offset}
    return {"speaker": speaker, "party": party, "role": role, "source": source, "evidence": ev}




def _owner(r: dict, name: str, text: str, end: int) -> str:
    """'Bostadsverkets' before a credit noun ('… sammanställning') is Bostadsverket: the owner without its genitive
    -s (a name ending in -s of its own, 'Svenska kyrkans', loses only that one letter too)."""
    if len(name) > 3 and name.endswith("s") and r["owned"].match(text, end):
        return name[:-1]
    return name


def _clean_name(r: dict, name: str) -> str | None:
    """A name as written, without a trailing clause word; None for a pronoun or a sentence opener."""
    words = name.split()
    while words and words[-1] in r["org_links"]:
        words.pop()
    if not words or words[0] in r["not_names"]:
        return None
    return " ".join(words)


def quote(r: dict, text: str, offset: int = 0, rule: str = "quote") -> dict | None:
    """'..., säger räddningschef Per Lindqvist (S), ordförande': speaker, party, role."""
    if r["gates"]["speech"].isdisjoint(sentence_word_set(text)):
        return None                             # the pattern needs a speech verb, a whole word in lower case (speed)
    m = r["quote"].search(text)
    if not m or m.group("name").split()[0] in r["not_names"]:
        return None
    role = (m.group("role") or m.group("role_before") or "").strip() or None
    return _att(m.group("name"), "quote", rule, m, offset, party=m.group("party"), role=role)


def enligt(r: dict, text: str, offset: int = 0, rule: str = "enligt", noun_phrase: bool = False) -> dict | None:
    """'enligt SCB', 'enligt siffror från Statistiska centralbyrån (SCB)', 'Enligt en enkät från Myndigheten för
    samhällsskydd och beredskap'; with ``noun_phrase`` also 'enligt kommunens befolkningsprognos' (but not a plan,
    decision or rule: 'enligt åtgärdsplanen' says how, not who). It covers its own main clause: an earlier clause
    joined by ', och' or ';' is not its ('85 barn står i kö, och antalet väntas öka ... enligt prognosen')."""
    low = _lower(text)
    if not any(w in low for w in r["according_to"]):
        return None                             # every pattern opens with the word 'enligt', in any case (speed)
    found = None
    for key in ("enligt_known", "enligt_name"):
        m = r[key].search(text)
        if m and (name := _clean_name(r, m.group("src"))):
            name = _owner(r, name, text, m.end("src"))
            found = ({**_att(name, "enligt", rule, m, offset, group="src"), "cited_source": name}, m)
            break
    if found is None and noun_phrase:
        m = r["enligt_np"].search(text)
        if m:
            phrase = m.group("src").strip()
            phrase = r["phrase_cut"].split(phrase)[0]
            if not any(w.endswith(r["not_sources"]) for w in phrase.lower().split()):
                found = ({**_att(phrase, "enligt", rule + "_noun_phrase", m, offset, group="src"), "cited_source": phrase}, m)
    if found is None:
        return None
    att, m = found
    cuts = [c.end() for c in r["clause_join"].finditer(text[:m.start()])]
    if cuts:
        att["_scope"] = (offset + cuts[-1], offset + len(text))
    return att


_GATE = {"show_verb": "show", "credit_verb_inverted": "credit", "credit_verb": "credit", "credit_noun": "noun"}
_CHECKS_SHOW = (("show_from", "show_verb"), ("source_from", "show_verb"), ("show_name", "show_verb"))
_CHECKS_VERBS = _CHECKS_SHOW + (("credit_inverted", "credit_verb_inverted"), ("credit", "credit_verb"),
                                ("credit_and", "credit_verb"), ("genitive", "credit_noun"))
_CHECKS_HEADLINE = _CHECKS_VERBS + (("headline", "headline_lead"),)


def credited(lex, text: str, kind: str, offset: int = 0, verbs: bool = True) -> list[dict]:
    """Organisations or persons credited in the sentence, each with the span of figures it covers (``_scope``,
    document offsets): the source a show verb names ('visar ny statistik från X', 'Stilindex från X visar') and a
    genitive with a credit noun ('Regeringens mål') cover the sentence; the subject of a credit verb covers what
    follows the verb ('men X uppskattar att ytterligare 100 000 ...'), or what precedes a relative 'som X
    rekommenderar'; a headline's lead ('X: ...') covers the headline. ``verbs=False``: only show-verb sources (what a
    paragraph carries to its other sentences)."""
    r = lex.derived(_patterns)
    out = []
    whole = (offset, offset + len(text))
    checks = (_CHECKS_HEADLINE if kind in ("heading", "title") else _CHECKS_VERBS) if verbs else _CHECKS_SHOW
    words = sentence_word_set(text)
    gates = r["gates"]
    if checks is not _CHECKS_HEADLINE and words.isdisjoint(gates["credited"]):
        return out                              # every pattern left needs a word the sentence lacks (most sentences)
    shut = {g for g in ("show", "credit", "noun") if words.isdisjoint(gates[g])}
    for key, rule in checks:
        if _GATE.get(rule) in shut:
            continue
        for m in r[key].finditer(text):
            name = _clean_name(r, m.group("name"))
            if not name:
                continue
            name = _owner(r, name, text, m.end("name"))
            if rule == "headline_lead" and _verb_first(lex, text[m.end():]):
                continue                        # 'Planen: satsar 11 miljoner': the lead is the actor, not a source
            scope = whole
            if rule == "credit_verb":
                rel = m.groupdict().get("rel")
                if rel == "som":
                    from pipeline.extraction.subjects import clause_start
                    scope = (offset + clause_start(text, m.start("rel"), lex=lex), offset + m.start())
                else:
                    scope = (offset + m.end(), offset + len(text))
            out.append({**_att(name, "credited", rule, m, offset), "cited_source": name, "_scope": scope})
    return out


def _verb_first(lex, rest: str) -> bool:
    from pipeline.extraction import subjects
    return subjects.verb_first(rest, lex)


def data_credit(r: dict, text: str, offset: int, last_org: dict | None) -> dict | None:
    """'De preliminära siffrorna visar att ...': statistics that speak for the organisation named before."""
    if last_org is None or not r["data_subject"].search(text):
        return None
    name = last_org["speaker"]
    return {"speaker": name, "party": None, "role": None, "source": "credited", "cited_source": name,
            "evidence": {"rule": "data_of_named_source", "text": name}}


def lead_in(r: dict, text: str, offset: int = 0) -> dict | None:
    """'VD Per Sjölund kommenterar:': a line that credits the paragraphs after it."""
    if not text.rstrip().endswith(":"):
        return None                             # the pattern ends in a colon (speed)
    m = r["lead_in"].match(text)
    if not m or m.group("name").split()[0] in r["not_names"]:
        return None
    role = (m.group("role") or m.group("role_before") or "").strip() or None
    return _att(m.group("name"), "quote", "lead_in", m, offset, party=m.group("party"), role=role)


def first_person(r: dict, text: str) -> bool:
    """Whether the sentence speaks in the first person outside a quotation ('Vi föreslår', 'vår region')."""
    return r["first"].search(text) is not None


# --- the document's sender ---------------------------------------------------------------------



def document_publisher(text: str | None, title: str | None, site: str | None, lex: Lexicon | None = None) -> dict:
    """Who speaks in the document's first-person statements: the signed author when the text is signed
    ('Anna Lindqvist (MP), utbildningspolitisk talesperson' at its end) or is an opinion piece with a byline
    ('DEBATT: …', 'Av Anna Berg (C), regionråd'), else the site that publishes it, else unknown (name None)."""
    lex = lex or lexicon.load()
    r = lex.derived(_patterns)
    lines = [ln.strip() for ln in (text or "").splitlines() if ln.strip()]
    signed = None
    for ln in reversed(lines[-4:]):
        m = r["signature"].match(ln)
        if m and m.group("name").split()[0] not in r["not_names"]:
            signed = m.group("name")
        elif signed:
            break
    if signed:
        return {"name": signed, "rule": "signature"}
    if r["opinion"].search((title or "").lower()):
        for ln in lines[:12]:
            m = r["byline"].match(ln)
            if m:
                return {"name": m.group("name"), "rule": "byline"}
    if site:
        return {"name": site, "rule": "site"}
    m = r["genitive"].search(title or "")
    if m and (name := _clean_name(r, m.group("name"))):
        return {"name": name, "rule": "title_credit"}       # 'Rödgröna majoritetens budgetförslag för 2024'
    return {"name": None, "rule": "unknown"}


# --- deciding ----------------------------------------------------------------------------------
# Each rule returns a list of candidate attributions for the sentence; a candidate may carry ``_scope`` (document
# offsets of the figures it covers: a credit verb covers its complement, not the whole sentence). For each figure
# the first candidate, in rule order, whose scope holds it wins.

def _paragraph(seg, ctx) -> tuple[str, int]:
    bs = ctx.blocks.get(seg.block)
    if bs and ctx.doc_text is not None:
        return ctx.doc_text[bs[0].start:bs[-1].end], bs[0].start
    return seg.text, seg.start


def _one(found) -> list:
    return [found] if found else []


def _rule_sentence_quote(seg, ctx):
    return _one(quote(ctx.lex.derived(_patterns), seg.text, seg.start))


def _rule_sentence_enligt(seg, ctx):
    return _one(enligt(ctx.lex.derived(_patterns), seg.text, seg.start))


def _rule_sentence_credit(seg, ctx):
    found = credited(ctx.lex, seg.text, seg.kind, seg.start)
    return [_resolve_generic(c, ctx, seg.start) for c in found] + _one(data_credit(
        ctx.lex.derived(_patterns), seg.text, seg.start, ctx.speaker_state.get("last_org")))


def _resolve_generic(c: dict, ctx, upto: int) -> dict:
    """'Organisationen kräver ...': a generic organisation noun stands for the last name before it that is one
    ('Sveriges Fiskares Producentorganisation'), else for the document's sender ('Myndigheten' on an agency's page).
    The names are looked for in the 1 500 characters of the document before ``upto``."""
    r = ctx.lex.derived(_patterns)
    if c["speaker"] not in r["generic"]:
        return c
    before = ctx.doc_text[max(0, upto - 1500):upto] if ctx.doc_text is not None else ""
    stem = c["speaker"].lower()
    for e in r["stem_endings"]:
        if stem.endswith(e) and len(stem) - len(e) >= 4:
            stem = stem[:-len(e)]
            break
    names = [m.group(0) for m in r["org"].finditer(before) if stem in m.group(0).split()[-1].lower()
             and m.group(0).split()[0] not in r["not_names"] and m.group(0) not in r["generic"]]
    pub = ctx.publisher if isinstance(ctx.publisher, dict) else {"name": ctx.publisher}
    last = ctx.speaker_state.get("last_org")
    if names:
        name, how = names[-1], "_named_before"
    elif last:
        name, how = last["speaker"], "_credited_before"
    else:
        name, how = pub.get("name"), "_publisher"
    if not name:
        return c
    return {**c, "speaker": name, "cited_source": name, "evidence": {**c["evidence"], "rule": c["evidence"]["rule"] + how}}


def _per_paragraph(seg, ctx, key: str, find):
    """A paragraph-level finding, computed once per paragraph (a long paragraph is not searched per sentence)."""
    cache = ctx.speaker_state.setdefault(key, {})
    if seg.block not in cache:
        text, offset = _paragraph(seg, ctx)
        cache[seg.block] = find(text, offset)
    return cache[seg.block]


def _paragraph_lacks(seg, ctx, gate: frozenset) -> bool:
    """Whether no word of the sentence's paragraph is in ``gate``, read from its sentences' words (cached, read for
    the time rules already) when they tile it with white space between them: a long paragraph's words are not read
    once more (speed, same answer; False when it cannot tell)."""
    bs = ctx.blocks.get(seg.block)
    if not bs or ctx.doc_text is None:
        return gate.isdisjoint(sentence_word_set(seg.text))
    if any(b.start <= a.end for a, b in zip(bs, bs[1:])):
        return False
    return all(gate.isdisjoint(sentence_word_set(sg.text)) for sg in bs)


def _rule_paragraph_quote(seg, ctx):
    r = ctx.lex.derived(_patterns)
    return _one(_per_paragraph(seg, ctx, "paragraph_quote", lambda t, o: None if _paragraph_lacks(seg, ctx, r["gates"]["speech"])
                               else quote(r, t, o, "quote_paragraph")))


def _rule_lead_in(seg, ctx):
    return _one(ctx.speaker_state.get("lead_in"))


def _rule_paragraph_credit(seg, ctx):
    """'... 3 procent fler personbilar. Det visar Trafikanalys statistik.': a show-verb source covers its paragraph."""
    r = ctx.lex.derived(_patterns)
    found = _per_paragraph(seg, ctx, "paragraph_credit", lambda t, o: None if _paragraph_lacks(seg, ctx, r["gates"]["show"])
                           else _back_reference(r, t, o))
    return _one(found)


def _back_reference(r: dict, text: str, offset: int) -> dict | None:
    if r["gates"]["show"].isdisjoint(sentence_word_set(text)):
        return None                             # the pattern needs a show verb, a whole word in lower case (speed)
    m = r["show_back"].search(text)
    if not m or not (name := _clean_name(r, m.group("name"))):
        return None
    return {**_att(name, "credited", "show_verb_back", m, offset), "cited_source": name}


def _rule_enligt_noun_phrase(seg, ctx):
    return _one(enligt(ctx.lex.derived(_patterns), seg.text, seg.start, noun_phrase=True))


def _rule_publisher(seg, ctx):
    if not first_person(ctx.lex.derived(_patterns), seg.text):
        return []
    pub = ctx.publisher if isinstance(ctx.publisher, dict) else {"name": ctx.publisher, "rule": "site"}
    return [{"speaker": pub.get("name"), "party": None, "role": None, "source": "publisher",
             "evidence": {"rule": "publisher_" + str(pub.get("rule")), "text": pub.get("name")}}]


def _rule_section_signature(seg, ctx):
    if seg.heading is None or ctx.blocks is None:
        return []
    return _one(_signed_sections(ctx).get(seg.heading))


def _update_state(seg, ctx) -> None:
    """A lead-in line credits what follows until the next heading or lead-in."""
    found = lead_in(ctx.lex.derived(_patterns), seg.text, seg.start)
    if found:
        ctx.speaker_state["lead_in"] = found
    elif seg.kind in ("heading", "title"):
        ctx.speaker_state.pop("lead_in", None)


def _signed_sections(ctx) -> dict:
    """heading index -> the credit of a signature line closing that heading's section ('Anders Holmgren, vd och
    koncernchef' under 'VD har ordet'): the signer speaks the whole section. A contact line ('Anna Berg, tel. ...',
    entities.json phone_cues as whole words) is no signature."""
    if "signed" not in ctx.speaker_state:
        r = ctx.lex.derived(_patterns)
        signed = {}
        for segs in ctx.blocks.values():
            for sg in segs:
                if sg.heading is None or sg.kind == "title" or len(sg.text) > 160:
                    continue
                m = r["signature"].match(sg.text.strip())
                if m and m.group("name").split()[0] not in r["not_names"] and r["phone_cues"].isdisjoint(_WORDS.findall(sg.text.lower())):
                    signed.setdefault(sg.heading, _att(m.group("name"), "quote", "section_signature", m, sg.start
                                                       + len(sg.text) - len(sg.text.lstrip()), party=m.group("party")))
        ctx.speaker_state["signed"] = signed
    return ctx.speaker_state["signed"]


SPEAKER_RULES: tuple = (
    ("sentence_quote", _rule_sentence_quote),
    ("sentence_enligt", _rule_sentence_enligt),
    ("sentence_credit", _rule_sentence_credit),
    ("paragraph_quote", _rule_paragraph_quote),
    ("lead_in", _rule_lead_in),
    ("section_signature", _rule_section_signature),
    ("paragraph_credit", _rule_paragraph_credit),
    ("enligt_noun_phrase", _rule_enligt_noun_phrase),
    ("publisher", _rule_publisher),
)

# The rules whose candidates can name the last organisation credited ('enligt SCB', 'Styrelsen föreslår', 'Det visar
# Trafikanalys statistik'): a sentence without figures asks only these (``track``), in ``SPEAKER_RULES`` order. The
# others give quotes, lead-ins, signatures, 'enligt' noun phrases or the sender, which ``_last_org`` never takes.
_ORG_RULES: tuple = tuple((name, rule) for name, rule in SPEAKER_RULES
                          if name in ("sentence_enligt", "sentence_credit", "paragraph_credit"))


def _last_org(ctx, found: list[dict]) -> bool:
    """Keep the first organisation or source credited by name as the last one named; whether there was one."""
    if not found:
        return False                            # most sentences credit no one
    generic = ctx.lex.derived(_patterns)["generic"]
    for c in found:
        if c["source"] in ("enligt", "credited") and c.get("speaker") and c["speaker"] not in generic \
                and c["evidence"]["rule"] != "enligt_noun_phrase":
            ctx.speaker_state["last_org"] = c
            return True
    return False


def candidates(seg, ctx) -> list[dict]:
    """Every candidate speaker of a sentence, in ``SPEAKER_RULES`` order; updates the carried lead-in credit and the
    last organisation named (for 'Myndigheten ...' and 'De preliminära siffrorna visar ...' later)."""
    _update_state(seg, ctx)
    out = []
    for _name, rule in SPEAKER_RULES:
        out.extend(rule(seg, ctx))
    _last_org(ctx, out)
    return out


def track(seg, ctx) -> None:
    """What a sentence without figures leaves for the sentences after it, as ``candidates`` would leave it (the
    lead-in credit, the last organisation named), without asking the rules no later sentence depends on: most
    sentences hold no figure, so this is most of the speaker work (speed)."""
    _update_state(seg, ctx)
    for _name, rule in _ORG_RULES:
        if _last_org(ctx, rule(seg, ctx)):
            return


def for_figure(cands: list[dict], pos: int) -> dict | None:
    """The speaker of the figure at document offset ``pos``: the first candidate whose scope holds it."""
    for c in cands:
        scope = c.get("_scope")
        if scope is None or scope[0] <= pos < scope[1]:
            return {k: v for k, v in c.items() if k != "_scope"}
    return None
