"""NLP backend switch: tokens, lemmas, UPOS and dependencies for Swedish text.

    from pipeline.nlp import load_backend
    nlp = load_backend("spacy")            # "blank" | "spacy" | "spacy:NAME_OR_PATH" | "stanza" | "stanza:DIR"
    spans = nlp.sentences(text)            # [(start, end), ...] or None (= use the rule-based splitter)
    toks = nlp.parse(text[start:end])      # [Token(start, end, text, lemma, pos, head, dep), ...]

Backends
--------
``blank``
    ``spacy.blank("sv")``: tokenizer only. ``sentences()`` returns None, ``parse()`` gives
    tokens with ``lemma = text.lower()``, ``pos = dep = ""`` and ``head = -1``.
``spacy`` / ``spacy:NAME_OR_PATH``
    A trained spaCy pipeline (default: the shipped ``models/sv_spacy``). Sentences come from
    the dependency parser, lemmas from its trainable lemmatizer.
``stanza`` / ``stanza:DIR``
    Stanza's neural tokenizer/sentence splitter and lemmatizer (default: the shipped
    ``models/sv_stanza``; ``DIR`` may also be a Stanza resources directory with a
    downloaded Swedish model), with the shipped spaCy model for UPOS and syntax. Needs
    the optional extra: ``pip install 'sv-numclaims[stanza]'``. Stanza and PyTorch are
    imported only when this backend is requested.

Offsets are code-point offsets into the string passed to the method. Whitespace is
never returned as a token. Backends are cached: one load per spec and process.
"""
from __future__ import annotations

import os
import threading
from pathlib import Path
from typing import NamedTuple

MODELS_DIR = Path(__file__).resolve().parent.parent / "models"
SPACY_MODEL = MODELS_DIR / "sv_spacy"
STANZA_MODEL = MODELS_DIR / "sv_stanza"

STANZA_MISSING = (
    "The 'stanza' backend needs Stanza and PyTorch, which are not installed. "
    "Install the optional extra: pip install 'sv-numclaims[stanza]'"
)


class Token(NamedTuple):
    start: int  # char offset relative to the text passed to parse()
    end: int
    text: str
    lemma: str
    pos: str  # UPOS, "" if unknown
    head: int  # index of the head token within the returned list (== own index for root); -1 if no parse
    dep: str  # UD relation, "" if unknown


class Backend:
    """Base class. Subclasses implement sentences() and parse()."""

    name: str = "base"
    has_parser: bool = False

    def sentences(self, text: str) -> list[tuple[int, int]] | None:
        return None

    def parse(self, text: str) -> list[Token]:  # pragma: no cover - abstract
        raise NotImplementedError

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.name!r}>"


def _tokens_from_doc(doc, base: int = 0, parsed: bool = True, span=None) -> list[Token]:
    """Convert spaCy tokens (of doc or span) to Token, dropping whitespace tokens.

    Heads are re-indexed into the returned list; a head that is a dropped whitespace
    token is followed up to the next kept ancestor (or the token itself).
    """
    toks = list(span if span is not None else doc)
    keep = [t for t in toks if not t.is_space]
    index = {t.i: k for k, t in enumerate(keep)}
    first = toks[0].idx if toks else 0
    out = []
    for k, t in enumerate(keep):
        if parsed:
            h = t.head
            seen = 0
            while h.i not in index and h.head.i != h.i and seen < 1000:
                h = h.head
                seen += 1
            head = index.get(h.i, k)
            dep = "root" if t.dep_ == "ROOT" else t.dep_
        else:
            head, dep = -1, ""
        start = t.idx - first + base if span is not None else t.idx + base
        lemma = t.lemma_ or t.text.lower()
        out.append(Token(start, start + len(t.text), t.text, lemma, t.pos_ if t.pos_ not in ("", "SPACE") else "",
                         head, dep))
    return out


def _parse_one_sentence(nlp, doc, skip=()):
    """Run nlp's components on doc as ONE sentence (one tree): the parser respects preset starts."""
    for t in doc[1:]:
        t.is_sent_start = False
    for pname, proc in nlp.pipeline:
        if pname in ("senter",) or pname in skip:
            continue
        doc = proc(doc)
    return doc


class BlankBackend(Backend):
    name = "blank"
    has_parser = False

    def __init__(self):
        import spacy

        self.nlp = spacy.blank("sv")

    def sentences(self, text: str) -> None:
        return None

    def parse(self, text: str) -> list[Token]:
        doc = self.nlp(text)
        return [Token(t.idx, t.idx + len(t.text), t.text, t.text.lower(), "", -1, "") for t in doc if not t.is_space]


def _chunks(text: str, size: int):
    """(start, end) pieces of text of about <= size chars, cut at blank lines (else newlines, else spaces)."""
    n, a = len(text), 0
    while a < n:
        if n - a <= size:
            yield a, n
            return
        b = -1
        for sep in ("\n\n", "\n", " "):
            b = text.rfind(sep, a + 1, a + size)
            if b > a:
                b += len(sep)
                break
        if b <= a:
            b = a + size
        yield a, b
        a = b


class SpacyBackend(Backend):
    """A trained spaCy pipeline. sentences() uses the parser (or senter) boundaries."""

    CHUNK_CHARS = 100_000

    def __init__(self, name_or_path: str | os.PathLike = SPACY_MODEL, name: str = "spacy"):
        import spacy

        self.name = name
        self.path = str(name_or_path)
        try:
            self.nlp = spacy.load(name_or_path)
        except OSError as e:
            raise OSError(
                f"Cannot load the spaCy model {self.path!r}. The shipped model lives in {SPACY_MODEL}; "
                f"rebuild it with `make models`."
            ) from e
        self.has_parser = "parser" in self.nlp.pipe_names
        self._has_sents = self.has_parser or "senter" in self.nlp.pipe_names
        self._lock = threading.Lock()
        self._cache_text: str | None = None
        self._cache: dict[str, list[Token]] = {}

    def sentences(self, text: str) -> list[tuple[int, int]] | None:
        if not self._has_sents:
            return None
        spans, cache = [], {}
        chunks = list(_chunks(text, self.CHUNK_CHARS))
        for (base, _), doc in zip(chunks, self.nlp.pipe(text[a:b] for a, b in chunks)):
            for s in doc.sents:
                toks = [t for t in s if not t.is_space]
                if not toks:
                    continue
                start, end = base + toks[0].idx, base + toks[-1].idx + len(toks[-1].text)
                spans.append((start, end))
                # keep the parse of each sentence: parse() of the same string reuses it
                sub = doc[toks[0].i: toks[-1].i + 1]
                cache[text[start:end]] = _tokens_from_doc(doc, 0, self.has_parser, span=sub)
        with self._lock:
            self._cache_text, self._cache = text, cache
        return spans

    def parse(self, text: str) -> list[Token]:
        with self._lock:
            hit = self._cache.get(text)
        if hit is not None:
            return list(hit)
        return _tokens_from_doc(_parse_one_sentence(self.nlp, self.nlp.make_doc(text)), 0, self.has_parser)


class StanzaBackend(Backend):
    """Stanza tokenizer + sentence splitter and lemmatizer; spaCy (shipped model) for syntax."""

    has_parser = True

    def __init__(self, model_dir: str | os.PathLike = STANZA_MODEL, name: str = "stanza",
                 spacy_model: str | os.PathLike = SPACY_MODEL):
        try:
            import stanza  # noqa: F401  (lazy: pulls in torch)
        except ImportError as e:
            raise ImportError(STANZA_MISSING) from e
        import stanza
        import torch

        torch.set_num_threads(int(os.environ.get("SV_NUMCLAIMS_TORCH_THREADS", "1")))
        self.name = name
        d = Path(model_dir).expanduser().resolve()
        if not d.is_dir():
            raise OSError(f"Stanza model directory {str(d)!r} does not exist")
        kwargs = dict(lang="sv", dir=str(d), download_method=None, processors="tokenize,lemma",
                      lemma_pretagged=True, lemma_store_results=True, use_gpu=False,
                      logging_level="ERROR")
        tok = sorted(d.glob("*tokenizer*.pt"))
        lem = sorted(p for p in d.glob("*lemmatizer*.pt") if "classifier" not in p.name)
        if tok:
            kwargs["tokenize_model_path"] = str(tok[0])
        if lem:
            kwargs["lemma_model_path"] = str(lem[0])
        if (tok or lem) and not (d / "resources.json").exists():
            raise OSError(f"{d} needs a resources.json (it may contain just {{}})")
        if tok and lem:
            kwargs["allow_unknown_language"] = True
        self.pipe = stanza.Pipeline(**kwargs)
        self._tokenizer = self.pipe.processors["tokenize"]
        self._lemma = self.pipe.processors["lemma"]
        self._Document = stanza.Document
        self.spacy = _load_cached(f"spacy:{spacy_model}") if str(spacy_model) != str(SPACY_MODEL) else _load_cached("spacy")
        self._cache_text: str | None = None
        self._cache: dict[str, list] = {}

    # --- helpers -------------------------------------------------------------------------------
    def _tokenize(self, text: str):
        """Stanza sentences as lists of (start, end) code-point offsets into text."""
        doc = self._tokenizer.process(text)
        sents = []
        for s in doc.sentences:
            offs = []
            for t in s.tokens:
                start, end = t.start_char, t.end_char
                if start is None or end is None or text[start:end] != t.text:
                    # should not happen; search for the token text after the previous one
                    pos = offs[-1][1] if offs else (sents[-1][-1][1] if sents else 0)
                    start = text.find(t.text, pos)
                    if start < 0:
                        continue
                    end = start + len(t.text)
                offs.append((start, end))
            if offs:
                sents.append(offs)
        return sents

    def _analyse(self, text: str, sents: list[list[tuple[int, int]]]) -> list[list[Token]]:
        """Tag/parse each sentence (one tree each) with spaCy, lemmatize all in one Stanza batch.

        sents holds each sentence's token offsets into text; Token offsets are relative to the
        sentence's first token.
        """
        from spacy.tokens import Doc

        sents = [offs for offs in sents if offs]
        if not sents:
            return []
        nlp = self.spacy.nlp
        docs = []
        for offs in sents:
            words = [text[s:e] for s, e in offs]
            spaces = [offs[i][1] < offs[i + 1][0] for i in range(len(offs) - 1)] + [False]
            doc = Doc(nlp.vocab, words=words, spaces=spaces)
            for t in doc[1:]:
                t.is_sent_start = False  # one tree per sentence: the parser respects preset starts
            docs.append(doc)
        for pname, proc in nlp.pipeline:
            if pname in ("senter", "lemmatizer", "trainable_lemmatizer"):
                continue
            docs = list(proc.pipe(docs)) if hasattr(proc, "pipe") else [proc(d) for d in docs]
        # Stanza lemmatizer with spaCy's UPOS, all sentences in one batch
        sdoc = self._Document([[{"id": i + 1, "text": t.text, "upos": (t.pos_ or "X")} for i, t in enumerate(doc)]
                               for doc in docs])
        sdoc = self._lemma.process(sdoc)
        out = []
        for doc, offs, ssent in zip(docs, sents, sdoc.sentences):
            base = offs[0][0]
            toks = []
            for k, (t, (s, e), w) in enumerate(zip(doc, offs, ssent.words)):
                dep = "root" if t.dep_ == "ROOT" else t.dep_
                toks.append(Token(s - base, e - base, t.text, w.lemma or t.text.lower(), t.pos_ or "", t.head.i, dep))
            out.append(toks)
        return out

    # --- API -----------------------------------------------------------------------------------
    def sentences(self, text: str) -> list[tuple[int, int]]:
        sents = self._tokenize(text)
        spans = [(offs[0][0], offs[-1][1]) for offs in sents]
        cache = {}
        for (start, end), toks in zip(spans, self._analyse(text, sents)):
            cache[text[start:end]] = toks
        self._cache_text, self._cache = text, cache
        return spans

    def parse(self, text: str) -> list[Token]:
        hit = self._cache.get(text)
        if hit is not None:
            return list(hit)
        offs = [o for s in self._tokenize(text) for o in s]
        if not offs:
            return []
        toks = self._analyse(text, [offs])[0]
        shift = offs[0][0]
        return [t._replace(start=t.start + shift, end=t.end + shift) for t in toks]


_BACKENDS: dict[str, Backend] = {}
_LOAD_LOCK = threading.RLock()


def _load_cached(spec: str) -> Backend:
    with _LOAD_LOCK:
        b = _BACKENDS.get(spec)
        if b is None:
            b = _create(spec)
            _BACKENDS[spec] = b
        return b


def _create(spec: str) -> Backend:
    kind, _, arg = spec.partition(":")
    kind = kind.strip().lower()
    arg = arg.strip()
    if kind == "blank" and not arg:
        return BlankBackend()
    if kind == "spacy":
        if not arg:
            return SpacyBackend(SPACY_MODEL, name="spacy")
        return SpacyBackend(arg, name=spec)
    if kind == "stanza":
        if not arg:
            return StanzaBackend(STANZA_MODEL, name="stanza")
        return StanzaBackend(arg, name=spec)
    raise ValueError(f"unknown NLP backend {spec!r}; use blank, spacy, spacy:NAME_OR_PATH, stanza or stanza:DIR")


def load_backend(spec: str = "blank") -> Backend:
    """Return the (cached) backend for spec: blank | spacy | spacy:NAME_OR_PATH | stanza | stanza:DIR."""
    return _load_cached((spec or "blank").strip())


def get_backend(spec: str | None):
    """The backend the extraction uses for ``--nlp SPEC``: None for the rule-only default (no backend object at
    all), else the cached backend."""
    if spec in (None, "", "blank", "rules"):
        return None
    return load_backend(spec)
