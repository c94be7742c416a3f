"""What a dependency parse adds to a claim: the noun a number counts and the subject a figure measures.

Used only when the NLP backend has a parser (``--nlp spacy`` or ``stanza``) and
only on sentences that hold a quantity; the rules in ``context`` and
``quantities`` remain the fallback. Pure functions over ``pipeline.nlp.Token``
lists (offsets relative to the sentence), so they are tested without a model.
"""
from __future__ import annotations

NOUNS = {"NOUN", "PROPN"}
SUBJECTS = {"nsubj", "nsubj:pass", "csubj"}


def _tokens_in(tokens, start: int, end: int) -> list[int]:
    return [i for i, t in enumerate(tokens) if t.start >= start and t.end <= end]


def _subtree(tokens, root: int) -> tuple[int, int]:
    """Character span of a token and everything it governs."""
    members = {root}
    changed = True
    while changed:
        changed = False
        for i, t in enumerate(tokens):
            if i not in members and t.head in members and t.head != i:
                members.add(i)
                changed = True
    return min(tokens[i].start for i in members), max(tokens[i].end for i in members)


def counted_noun(tokens, start: int, end: int) -> str | None:
    """The noun a number in text[start:end] modifies ('8 nya företag' -> 'företag'), from nummod arcs."""
    if not tokens or all(t.head < 0 for t in tokens):
        return None
    inside = _tokens_in(tokens, start, end)
    for i in inside:
        t = tokens[i]
        if t.dep.startswith("nummod") and 0 <= t.head < len(tokens) and t.head not in inside and tokens[t.head].pos in NOUNS:
            return tokens[t.head].text
    return None


def measured_subject(text: str, tokens, start: int) -> str | None:
    """The subject of the clause a figure at ``start`` stands in ('Antalet skjutningar har minskat med 70 procent')."""
    if not tokens or all(t.head < 0 for t in tokens):
        return None
    inside = [i for i, t in enumerate(tokens) if t.start <= start < t.end] or _tokens_in(tokens, start, start + 1)
    if not inside:
        return None
    # walk up from the number to the verb of its clause, then take that verb's subject
    node, seen = inside[0], set()
    while node not in seen and 0 <= node < len(tokens):
        seen.add(node)
        subjects = [i for i, t in enumerate(tokens) if t.head == node and i != node and t.dep in SUBJECTS]
        if subjects:
            s, e = _subtree(tokens, subjects[0])
            if e <= start:                     # a subject that holds the figure itself measures nothing
                phrase = text[s:e].strip()
                if tokens[subjects[0]].pos in NOUNS and len(phrase.split()) <= 12:
                    return phrase
            return None
        head = tokens[node].head
        if head == node or head < 0:
            break
        node = head
    return None
