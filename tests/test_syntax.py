"""What a parse adds: counted nouns and measured subjects, on hand-made parses (no model needed)."""
from __future__ import annotations

import pytest

from pipeline.nlp import Token
from pipeline.extraction.syntax import counted_noun, measured_subject


def parse(text, rows):
    """rows: (word, pos, head, dep); offsets are found in text in order."""
    out, pos = [], 0
    for word, upos, head, dep in rows:
        s = text.index(word, pos)
        out.append(Token(s, s + len(word), word, word.lower(), upos, head, dep))
        pos = s + len(word)
    return out


SENT = "Antalet unika hushåll har minskat med 1250 under 2021."
ROWS = [("Antalet", "NOUN", 4, "nsubj"), ("unika", "ADJ", 2, "amod"), ("hushåll", "NOUN", 0, "nmod"), ("har", "AUX", 4, "aux"),
        ("minskat", "VERB", 4, "root"), ("med", "ADP", 6, "case"), ("1250", "NUM", 4, "obl"), ("under", "ADP", 8, "case"),
        ("2021", "NUM", 4, "obl"), (".", "PUNCT", 4, "punct")]

SENT2 = "Varje dag startas det åtta nya företag i Malmö."
ROWS2 = [("Varje", "DET", 1, "det"), ("dag", "NOUN", 2, "obl"), ("startas", "VERB", 2, "root"), ("det", "PRON", 2, "expl"),
         ("åtta", "NUM", 6, "nummod"), ("nya", "ADJ", 6, "amod"), ("företag", "NOUN", 2, "nsubj:pass"), ("i", "ADP", 8, "case"),
         ("Malmö", "PROPN", 6, "nmod"), (".", "PUNCT", 2, "punct")]


@pytest.mark.parametrize("text,rows,anchor,noun", [(SENT2, ROWS2, "åtta", "företag"), (SENT, ROWS, "1250", None)])
def test_syntax_counted_noun(text, rows, anchor, noun):
    s = text.index(anchor)
    assert counted_noun(parse(text, rows), s, s + len(anchor)) == noun


@pytest.mark.parametrize("text,rows,anchor,subject", [(SENT, ROWS, "1250", "Antalet unika hushåll"), (SENT2, ROWS2, "åtta", None)])
def test_syntax_measured_subject(text, rows, anchor, subject):
    assert measured_subject(text, parse(text, rows), text.index(anchor)) == subject


def test_syntax_without_parse_gives_nothing():
    toks = [Token(0, 7, "Antalet", "antalet", "", -1, ""), Token(8, 12, "1250", "1250", "", -1, "")]
    assert counted_noun(toks, 8, 12) is None and measured_subject("Antalet 1250", toks, 8) is None


def test_syntax_subject_never_contains_the_figure():
    text = "Nästan en miljard kronor är välkommet."
    rows = [("Nästan", "ADV", 1, "advmod"), ("en", "NUM", 2, "nummod"), ("miljard", "NOUN", 3, "nummod"), ("kronor", "NOUN", 5, "nsubj"),
            ("är", "AUX", 5, "cop"), ("välkommet", "ADJ", 5, "root"), (".", "PUNCT", 5, "punct")]
    assert measured_subject(text, parse(text, rows), text.index("en")) is None
