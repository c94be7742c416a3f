"""Swedish language facts, loaded once from ``models/lexicon/sv/*.json`` and validated.

Why data and not code: number words, units, qualifiers and cue words change
as we meet new texts, and reviewers who are not programmers can extend them.
Every file is checked on load (duplicate keys, unknown bounds, unit codes
outside the contract's vocabulary, surfaces claimed by two units) so that a
typo fails loudly at start-up instead of silently dropping quantities.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from pipeline.errors import LexiconError

LEXICON_DIR = Path(__file__).resolve().parent.parent / "models" / "lexicon" / "sv"

BOUNDS = {"exact", "approx", "more_than", "at_least", "less_than", "at_most"}
KINDS = {"money", "percent", "percentage_point", "ratio", "count", "duration", "measure", "number", "ordinal"}
DIRECTIONS = {"increase", "decrease"}


def _no_duplicates(pairs):
    seen = {}
    for key, value in pairs:
        if key in seen:
            raise ValueError(f"duplicate key {key!r}")
        seen[key] = value
    return seen


def _strip_about(obj):
    """Drop documentation keys ('_about') at any depth."""
    if isinstance(obj, dict):
        return {k: _strip_about(v) for k, v in obj.items() if not k.startswith("_")}
    if isinstance(obj, list):
        return [_strip_about(v) for v in obj]
    return obj


def load_json(name: str, directory: Path | None = None) -> dict:
    """Read one lexicon file, rejecting duplicate keys; raise LexiconError with the file name."""
    path = (directory or LEXICON_DIR) / name
    try:
        with open(path, encoding="utf-8") as fh:
            return _strip_about(json.load(fh, object_pairs_hook=_no_duplicates))
    except FileNotFoundError:
        raise LexiconError(f"[E001] lexicon file missing: {path}") from None
    except (ValueError, json.JSONDecodeError) as exc:
        raise LexiconError(f"[E002] {path.name}: {exc}") from None


def _check(cond: bool, file: str, message: str) -> None:
    if not cond:
        raise LexiconError(f"[E003] {file}: {message}")


def _unique_list(values: list, file: str, what: str) -> list:
    dupes = sorted({v for v in values if values.count(v) > 1})
    _check(not dupes, file, f"{what} listed twice: {dupes}")
    return values


@dataclass(frozen=True)
class Unit:
    surface: str
    unit: str
    kind: str
    scale: float = 1.0
    case_exact: bool = False
    glued: bool = False
    needs_number: bool = True
    prefix: bool = False          # may stand before the number ('$5', 'EUR 20')


@dataclass(frozen=True, eq=False)
class Lexicon:
    """The one Swedish Defaults object: every lexicon file, validated once (``load``). Frozen, and hashed and
    compared by identity, so that a module's compiled form of it can be cached per lexicon (``derived``)."""
    numbers: dict
    units: list[Unit]
    unit_by_surface: dict[str, Unit]
    unit_by_surface_exact: dict[str, Unit]
    compounds: dict[str, str]
    unit_heads: dict[str, str]          # units.json compound_heads: 'soltimmar' ends in 'timmar', an hour
    unit_heads_not: frozenset           # units.json compound_heads_not: 'tisdagar' ends in 'dagar' but counts Tuesdays
    qualifiers_before: dict[str, str]
    qualifiers_after: dict[str, str]
    rates_after: dict[str, str]
    rates_clause: dict[str, str]
    time: dict
    abbreviations: frozenset[str]
    change: dict
    furniture: dict
    attribution: dict
    claims: dict
    entities: dict
    files: list[str] = field(default_factory=list)
    rates_denominators: dict[str, str] = field(default_factory=dict)
    rates_not_denominators: frozenset = frozenset()
    rates_denominator_modifiers: frozenset = frozenset()
    rates_distributive: dict = field(default_factory=dict)
    rates_money: dict[str, str] = field(default_factory=dict)
    rates_elided: dict = field(default_factory=dict)
    rates_carried: dict = field(default_factory=dict)   # rates.json 'carried': a rate kept by the next sentence
    rates_accounts: dict = field(default_factory=dict)  # rates.json 'accounts': 'en liter … kostade X kronor' 
    rates_price_words: tuple = ()                        # rates.json 'price_words': 'bensinpriset' (context.priced_rates)
    rates_past_occasions: tuple = ()                     # rates.json 'past_occasions': 'kostade i veckan' is when
    rates_each_words: tuple = ()                         # rates.json 'each_words': 'på varje lärare' is 'per lärare'
    rates_sentence_leads: tuple = ()                     # rates.json 'sentence_leads': 'Räknat per invånare …'
    rates_per_word: str = "per"                          # rates.json 'per_word'
    qualifiers_spread: frozenset[str] = frozenset()
    qualifiers_price_from: dict = field(default_factory=dict)
    qualifiers_during: dict = field(default_factory=dict)
    qualifiers_passing: dict = field(default_factory=dict)
    qualifiers_negated: dict = field(default_factory=dict)
    unit_stated_after: tuple = ()
    units_definite_durations: tuple = ()    # units.json definite_durations: 'månaden' after a figure is no unit
    subjects: dict = field(default_factory=dict)
    tables: dict = field(default_factory=dict)
    checks: dict = field(default_factory=dict)       # checks.json: cue words of the arithmetic checks
    _derived: dict = field(default_factory=dict, repr=False, compare=False)

    def derived(self, builder):
        """``builder(self)`` computed once per lexicon: the compiled patterns and word sets a module needs.

        Why here: a module receives the lexicon (the one Swedish Defaults object) and asks it for its compiled
        form, instead of calling ``load()`` and keeping a cache of its own; a test that loads another lexicon
        directory gets patterns built from that lexicon, never stale ones from the default.
        """
        try:
            return self._derived[builder]
        except KeyError:
            value = self._derived[builder] = builder(self)
            return value


def _load_units(raw: dict) -> list[Unit]:
    units = []
    for entry in raw["units"]:
        _check(entry.get("kind") in KINDS, "units.json", f"unknown kind in {entry}")
        _check(isinstance(entry.get("surfaces"), list) and entry["surfaces"], "units.json", f"no surfaces in {entry}")
        for surface in entry["surfaces"]:
            units.append(Unit(surface=surface, unit=entry["unit"], kind=entry["kind"], scale=float(entry.get("scale", 1.0)),
                              case_exact=entry.get("case") == "exact", glued=bool(entry.get("glued")),
                              needs_number=bool(entry.get("needs_number", True)), prefix=bool(entry.get("prefix"))))
    return units


def validate(lex: Lexicon) -> None:
    """Cross-file checks that single-file loading cannot make, one step per file validated."""
    _validate_qualifiers(lex)
    _validate_units(lex)
    _validate_numbers(lex)
    _validate_rates(lex)
    _validate_entities(lex)
    _validate_change(lex)
    _validate_time(lex)
    _validate_furniture(lex)
    _validate_attribution(lex)


def _validate_qualifiers(lex: Lexicon) -> None:
    """qualifiers.json: bounds are known ones; the negation, 'från' and 'under' rules complete."""
    for table, name in ((lex.qualifiers_before, "qualifiers.json before"), (lex.qualifiers_after, "qualifiers.json after")):
        bad = {k: v for k, v in table.items() if v not in BOUNDS}
        _check(not bad, name, f"unknown bounds {bad}")
    neg = lex.qualifiers_negated
    if neg:
        _check(all(isinstance(w, str) and w.isalpha() for w in neg.get("words", [])) and isinstance(neg.get("max_words"), int)
               and all(isinstance(w, str) and w.isalpha() for w in neg.get("clause_stops", []))
               and set(neg.get("flip", {})) | set(neg.get("flip", {}).values()) <= BOUNDS, "qualifiers.json",
               "'negated' needs words, max_words and a flip between bounds")
    pf = lex.qualifiers_price_from
    _check(not pf or (isinstance(pf.get("word"), str) and pf.get("after") and pf.get("bound") in BOUNDS), "qualifiers.json",
           "'price_from' needs a word, the words it follows and a bound")
    ps = lex.qualifiers_passing
    _check(not ps or (isinstance(ps.get("words"), list) and all(w in lex.qualifiers_before for w in ps["words"])
                      and isinstance(ps.get("level_after"), list) and all(isinstance(w, str) and w for w in ps["level_after"])),
           "qualifiers.json", "'passing' needs words of 'before' and a list of level_after words")
    du = lex.qualifiers_during
    _check(not du or (isinstance(du.get("word"), str) and du["word"] in lex.qualifiers_before
                      and isinstance(du.get("units"), list) and set(du["units"]) <= {"minute", "hour", "day", "week", "month", "year"}
                      and isinstance(du.get("bound_after"), list) and all(isinstance(w, str) and w for w in du["bound_after"])),
           "qualifiers.json", "'during' needs a bound word of 'before', duration units and a list of bound_after words")


def _validate_units(lex: Lexicon) -> None:
    """units.json: lower-case 'stated_after'; no surface claimed by two units; compounds name known units."""
    _check(all(w in lex.unit_by_surface and lex.unit_by_surface[w].kind == "duration" for w in lex.units_definite_durations),
           "units.json", "'definite_durations' must be surfaces of duration units")
    _check(all(isinstance(w, str) and w == w.lower() for w in lex.unit_stated_after), "units.json",
           "'stated_after' must be lower-case phrases")
    seen: dict[str, Unit] = {}
    for unit in lex.units:
        key = unit.surface if unit.case_exact else unit.surface.lower()
        other = seen.get(key)
        _check(other is None or (other.unit, other.scale) == (unit.unit, unit.scale), "units.json",
               f"surface {unit.surface!r} maps to two units ({other and other.unit} and {unit.unit})")
        seen[key] = unit
    codes = {u.unit: u.kind for u in lex.units}
    bad = {k: v for k, v in lex.compounds.items() if v not in codes}
    _check(not bad, "units.json", f"compounds name unknown units {bad}")
    _check(all(k.isalpha() and k == k.lower() and k in lex.unit_by_surface and lex.unit_by_surface[k].unit == v
               for k, v in lex.unit_heads.items()), "units.json",
           "'compound_heads' maps lower-case unit words to the unit they are a surface of")


def _validate_numbers(lex: Lexicon) -> None:
    """numbers.json: the number-word tables, partitives, coordination links, fraction and decimal words,
    approximate suffixes, frequency words and multiplicatives."""
    for key in ("units", "tens", "multipliers", "scales", "ordinals"):
        _check(isinstance(lex.numbers.get(key), dict) and lex.numbers[key], "numbers.json", f"missing table {key!r}")
    part = lex.numbers.get("partitive") or {}
    _check(isinstance(part.get("determiners"), list) and isinstance(part.get("pronouns"), list)
           and set(part["pronouns"]) <= set(part["determiners"]), "numbers.json",
           "'partitive' needs determiners and pronouns lists")
    coord = lex.numbers.get("coordination") or {}
    _check(all(coord.get(k) for k in ("unit_links", "qualifier_links", "range_open", "range_link", "direction_links")),
           "numbers.json", "'coordination' needs unit_links, qualifier_links, range_open, range_link and direction_links")
    _check(isinstance(coord.get("word_range_links"), list) and coord["word_range_links"]
           and set(coord["word_range_links"]) <= set(coord["unit_links"]) | {"–", "—", "-"}, "numbers.json",
           "'coordination' 'word_range_links' must be a non-empty list of unit links or dashes")
    for key in ("fraction_link", "decimal_word"):
        _check(isinstance(lex.numbers.get(key), str) and lex.numbers[key], "numbers.json", f"{key!r} must be a word")
    sfx = lex.numbers.get("approx_suffixes")
    _check(isinstance(sfx, dict) and sfx and set(sfx.values()) <= BOUNDS and all(k.isalpha() and k == k.lower() for k in sfx),
           "numbers.json", "'approx_suffixes' maps lower-case words to bounds")
    parts = {k: v for k, v in lex.numbers.get("duration_parts", {}).items() if not k.startswith("_")}
    _check(all(isinstance(v, list) and len(v) == 2 and isinstance(v[0], str) and isinstance(v[1], int) and v[1] > 1
               for v in parts.values()), "numbers.json", "'duration_parts' maps a unit to [smaller unit, how many]")
    _check(isinstance(lex.numbers.get("bare_word_figure_from"), int) and lex.numbers["bare_word_figure_from"] > 0,
           "numbers.json", "'bare_word_figure_from' must be a positive whole number")
    freq = lex.numbers.get("frequency") or {}
    _check(isinstance(freq.get("words"), dict) and all(isinstance(v, int) and v >= 2 for v in freq["words"].values())
           and isinstance(freq.get("periods"), dict) and freq["periods"]
           and set(freq["periods"].values()) <= {"year", "month", "week", "day", "hour", "minute"},
           "numbers.json", "'frequency' needs 'words' (intervals >= 2) and 'periods' (word -> duration unit)")
    for word, spec in lex.numbers["multiplicatives"].items():
        _check(spec.get("direction") in DIRECTIONS, "numbers.json", f"multiplicative {word!r} lacks a direction")


def _validate_rates(lex: Lexicon) -> None:
    """rates.json: the elided-rate links and limits."""
    el = lex.rates_elided
    _check(not el or (all(isinstance(el.get(k), list) and all(isinstance(w, str) and w.strip() for w in el[k])
                          for k in ("links", "before_links", "after"))
                      and isinstance(el.get("max_gap"), int) and el["max_gap"] > 0
                      and isinstance(el.get("max_ratio"), (int, float)) and el["max_ratio"] >= 1), "rates.json",
           "'elided' needs links, before_links and after (lists of words), a positive whole max_gap and a max_ratio >= 1")
    _check(all(isinstance(w, str) and w == w.lower() and w.strip() for w in lex.rates_not_denominators), "rates.json",
           "'not_denominators' must be lower-case words")
    _check(all(isinstance(w, str) and w == w.lower() and w.strip() for w in lex.rates_price_words), "rates.json",
           "'price_words' must be lower-case words")
    _check(all(isinstance(w, str) and w == w.lower() and len(w.split()) == 2 for w in lex.rates_each_words), "rates.json",
           "'each_words' must be lower-case two-word phrases ('på varje')")
    _check(isinstance(lex.rates_per_word, str) and lex.rates_per_word.isalpha() and lex.rates_per_word.islower(),
           "rates.json", "'per_word' must be one lower-case word")
    _check(all(isinstance(w, str) and w == w.lower() and " " not in w for w in lex.rates_sentence_leads), "rates.json",
           "'sentence_leads' must be lower-case words")
    _check(all(w in lex.rates_clause for w in lex.rates_past_occasions), "rates.json",
           "'past_occasions' must be phrases of 'clause'")


def _validate_entities(lex: Lexicon) -> None:
    """entities.json: number idioms, inflection endings (with numbers.json's fraction endings),
    adjective participles, title ordinals."""
    idioms = lex.entities.get("number_idioms") or {}
    _check(isinstance(idioms.get("phrases"), list) and all(isinstance(x, str) and x.strip() for x in idioms["phrases"]),
           "entities.json", "'number_idioms' needs a list of phrases")
    infl = lex.entities.get("inflection") or {}
    _check(all(isinstance(infl.get(k), list) and infl[k] for k in ("passive_suffixes", "genitive_suffixes"))
           and lex.numbers.get("fraction_suffixes") and isinstance(lex.numbers.get("ordinal_multiplier_suffix"), str),
           "entities.json/numbers.json", "need inflection endings, fraction_suffixes and ordinal_multiplier_suffix")
    adj = lex.entities.get("adjective_participle") or {}
    _check(all(isinstance(adj.get(k), list) and adj[k] for k in ("participle_endings", "definite_endings")),
           "entities.json", "'adjective_participle' needs participle_endings and definite_endings")
    _check(all(isinstance(w, str) and w.isalpha() and w == w.lower() for w in lex.entities.get("title_ordinal_words", [])),
           "entities.json", "'title_ordinal_words' must be lower-case words")
    _check(all(isinstance(w, str) and w.isalpha() and w == w.lower() for w in lex.entities.get("label_compound_heads", [])),
           "entities.json", "'label_compound_heads' must be lower-case words")
    ages = lex.entities.get("age_bands", {})
    _check(all(isinstance(ages.get(k), list) and all(isinstance(w, str) and w == w.lower() for w in ages[k])
               for k in ("unit_words", "open_ends", "duration_leads", "population_words", "limit_leads", "limit_nouns",
                         "turned_words")), "entities.json",
           "'age_bands' needs lower-case lists unit_words, open_ends, duration_leads, population_words, limit_leads, "
           "limit_nouns and turned_words")
    _lower_lists(lex.entities, ("service_number_figure_leads",), "entities.json")
    legends = lex.entities.get("legends")
    _check(isinstance(legends, dict) and all(isinstance(legends.get(k), list) and legends[k]
                                             and all(isinstance(w, str) and w.strip() for w in legends[k])
                                             for k in ("units", "after")), "entities.json",
           "'legends' needs non-empty lists 'units' and 'after'")


def _base_rates(spec: dict | None) -> dict:
    """The rate phrases over a round base ('per 100 elever', 'på 100 000 invånare'; rates.json base_denominators),
    each link, base and noun combined."""
    if not spec:
        return {}
    _check(all(isinstance(spec.get(k), list) and spec[k] for k in ("links", "bases"))
           and isinstance(spec.get("nouns"), dict) and spec["nouns"], "rates.json",
           "'base_denominators' needs lists 'links' and 'bases' and a map 'nouns'")
    return {f"{link} {base} {noun}": per for link in spec["links"] for base in spec["bases"]
            for noun, per in spec["nouns"].items()}


def _lower_lists(table: dict, keys: tuple, file: str, where: str = "") -> None:
    """Each of ``keys`` in ``table`` is a non-empty list of lower-case words or phrases."""
    for key in keys:
        _check(isinstance(table.get(key), list) and table[key]
               and all(isinstance(w, str) and w.strip() and w == w.lower() for w in table[key]), file,
               f"'{where}{key}' needs a list of lower-case words")


def _validate_next_sentence(ch: dict) -> None:
    """The entries of a sentence telling the change of the figure before (resolve.carry_back), of a change word's
    amount and of an imperative's change (resolve._amount_of_other, _d_imperative)."""
    _lower_lists(ch["anaphor_change_next"], ("subjects", "share_subjects", "auxiliaries", "compared_leads",
                                             "inverted_leads"), "change.json", "anaphor_change_next.")
    _lower_lists(ch["earlier_level_next"], ("time_words", "ago_words", "level_verbs", "pair_words"), "change.json",
                 "earlier_level_next.")
    _lower_lists(ch, ("noun_amount_links",), "change.json")
    imp = ch.get("imperative_directions")
    _check(isinstance(imp, dict) and imp and all(isinstance(k, str) and k == k.lower() and v in ("increase", "decrease")
                                                for k, v in imp.items()), "change.json",
           "'imperative_directions' maps lower-case imperatives to 'increase' or 'decrease'")
    _check(isinstance(ch["earlier_level_next"].get("max_lead_words"), int), "change.json",
           "'earlier_level_next.max_lead_words' needs a whole number of words")
    _check(isinstance(ch["next_sentence_difference"].get("max_words_before_than"), int), "change.json",
           "'next_sentence_difference.max_words_before_than' needs a whole number of words")


def _validate_change(lex: Lexicon) -> None:
    """change.json: the direction words and the comparison, endpoint and baseline tables."""
    _check(set(lex.change) >= {"increase", "decrease"}, "change.json", "needs 'increase' and 'decrease'")
    _unique_list(lex.change["increase"] + lex.change["decrease"], "change.json", "change word")
    _check(set(lex.change.get("compound_heads", {}).values()) <= DIRECTIONS, "change.json", "compound_heads need a direction")
    comp = lex.change.get("comparison", {})
    _check(isinstance(comp, dict) and all(isinstance(w, str) and w.isalpha() for w in comp.get("links", []))
           and isinstance(comp.get("label_max_words", 0), int), "change.json", "'comparison' needs links and label_max_words")
    _check(all(isinstance(w, str) and w == w.lower() and w.isalpha() for w in lex.change.get("not_compounds", [])),
           "change.json", "'not_compounds' must be lower-case letters")
    _check(all(isinstance(w, str) and w == w.lower() and w.isalpha() and isinstance(after, list)
               and all(isinstance(a, str) and a == a.lower() and a.isalpha() for a in after)
               for w, after in lex.change.get("not_change_before", {}).items()),
           "change.json", "'not_change_before' maps lower-case words to lists of lower-case particles")
    _check(isinstance(lex.change.get("positive_signs"), list) and lex.change["positive_signs"]
           and all(isinstance(w, str) and w and w == w.lower() for w in lex.change["positive_signs"]), "change.json",
           "'positive_signs' needs a list of lower-case sign strings ('+', 'plus ')")
    _check(isinstance(lex.change.get("before_number"), dict) and set(lex.change["before_number"].values()) <= DIRECTIONS,
           "change.json", "'before_number' maps words to a direction")
    _check(isinstance(lex.change.get("share_comparatives_after", {}), dict)
           and set(lex.change.get("share_comparatives_after", {}).values()) <= DIRECTIONS, "change.json",
           "'share_comparatives_after' maps evaluative comparatives to a direction")
    _check(isinstance(lex.change.get("duration_comparatives_after", {}), dict)
           and set(lex.change.get("duration_comparatives_after", {}).values()) <= DIRECTIONS, "change.json",
           "'duration_comparatives_after' maps comparatives of speed to a direction")
    _check(isinstance(lex.change.get("comparison_after_figure", {}), dict)
           and set(lex.change.get("comparison_after_figure", {}).values()) <= DIRECTIONS, "change.json",
           "'comparison_after_figure' maps prepositions to a direction")
    levels = lex.change.get("compared_levels")
    _check(isinstance(levels, dict) and all(isinstance(levels.get(k), list) and levels[k]
                                            and all(isinstance(w, str) and w == w.lower() and w.strip() for w in levels[k])
                                            for k in ("nouns", "links", "earlier_words", "period_nouns", "genitive_links")), "change.json",
           "'compared_levels' needs lists 'nouns', 'links', 'earlier_words', 'period_nouns' and 'genitive_links' of "
           "lower-case words")
    sp = lex.change.get("split_particles")
    _check(isinstance(sp, dict) and isinstance(sp.get("groups"), list) and sp["groups"]
           and all(isinstance(g, dict) and isinstance(g.get("verbs"), list) and g["verbs"]
                   and all(isinstance(w, str) and w == w.lower() and " " not in w for w in g["verbs"])
                   and isinstance(g.get("particles"), dict) and g["particles"] and set(g["particles"].values()) <= DIRECTIONS
                   for g in sp["groups"])
           and isinstance(sp.get("max_between"), int) and 1 <= sp["max_between"] <= 5, "change.json",
           "'split_particles' needs 'groups' of 'verbs' (words) and 'particles' (word -> direction), and 'max_between' (1-5)")
    _check(len({v for g in sp["groups"] for v in g["verbs"]}) == sum(len(g["verbs"]) for g in sp["groups"]),
           "change.json", "a verb of 'split_particles' stands in one group only")
    _check(isinstance(lex.change.get("apposition_adverbs"), list)
           and all(w in lex.change["before_number"] for w in lex.change["apposition_adverbs"]), "change.json",
           "'apposition_adverbs' must be words of 'before_number' (their direction)")
    _check(all(isinstance(w, str) and w.strip() for w in lex.change.get("endpoint_links", [None])), "change.json",
           "'endpoint_links' must be words")
    _check(all(isinstance(w, str) and w.strip() for w in lex.change.get("endpoint_words", [])), "change.json",
           "'endpoint_words' must be words")
    _check(isinstance(lex.change.get("baseline_far_cues"), list)
           and all(isinstance(w, str) and w.strip() for w in lex.change["baseline_far_cues"]), "change.json",
           "'baseline_far_cues' must be a list of words")
    ll = lex.change.get("level_links", {})
    _check(isinstance(ll, dict) and all(ll.get(k) and all(isinstance(w, str) and w.isalpha() for w in ll[k])
                                        for k in ("and", "verbs", "to")), "change.json",
           "'level_links' needs 'and', 'verbs' and 'to' word lists")
    _check(all(isinstance(w, str) and w.strip() for w in lex.change.get("restatement_links", [])), "change.json",
           "'restatement_links' must be words")
    _check(all(isinstance(w, str) and w == w.lower() and w.strip() for w in lex.change.get("amount_openers", [])),
           "change.json", "'amount_openers' must be lower-case phrases")
    pr = lex.change.get("precipitation", {})
    _check(isinstance(pr, dict) and all(isinstance(w, str) and w == w.lower() for w in pr.get("verbs", []))
           and all(isinstance(u, str) for u in pr.get("units", [])), "change.json",
           "'precipitation' needs lower-case 'verbs' and a list of 'units'")
    _check(all(isinstance(w, str) and w == w.lower() for w in lex.change.get("level_links", {}).get("direct_verbs", [])),
           "change.json", "'level_links' 'direct_verbs' must be lower-case words")
    sb = lex.change.get("share_base", {})
    _check(isinstance(sb, dict) and sb.get("links") and sb.get("nouns") and sb.get("earlier_genitives")
           and all(isinstance(w, str) and w == w.lower() for k in ("links", "nouns", "earlier_genitives") for w in sb[k]),
           "change.json", "'share_base' needs lower-case 'links', 'nouns' and 'earlier_genitives' lists")
    bp = lex.change.get("baseline_phrases", {})
    _check(all(bp.get(k) for k in ("cues", "links", "definite_endings", "max_words")), "change.json",
           "'baseline_phrases' needs cues, links, definite_endings and max_words")
    _lower_lists(lex.change, ("deficit_words",), "change.json")
    _lower_lists(lex.change["vague_difference"], ("degrees",), "change.json", "vague_difference.")
    _lower_lists(lex.change["average_restated"], ("relatives", "verbs", "links"), "change.json", "average_restated.")
    _lower_lists(lex.change["new_and_now"], ("now_genitives",), "change.json", "new_and_now.")
    _validate_next_sentence(lex.change)


def _validate_time(lex: Lexicon) -> None:
    """time.json: the electoral term, months, seasons, days, anaphora and pattern words."""
    for key in ("still_words", "occasion_verbs", "season_previous", "survey_nouns"):
        _check(isinstance(lex.time.get(key), list) and all(isinstance(w, str) and w == w.lower() and " " not in w
                                                           for w in lex.time[key]), "time.json",
               f"'{key}' needs a list of lower-case single words")
    spans = lex.time.get("named_day_spans")
    _check(isinstance(spans, dict) and all(isinstance(spans.get(k), list) and spans[k] and all(isinstance(w, str)
                                               and w == w.lower() and w.strip() for w in spans[k]) for k in ("leads", "links"))
           and isinstance(spans.get("max_words"), int) and 0 < spans["max_words"] <= 5, "time.json",
           "'named_day_spans' needs lists 'leads' and 'links' of lower-case words and 'max_words' (1-5)")
    topics = lex.time.get("topic_periods")
    _check(isinstance(topics, dict) and isinstance(topics.get("skip"), list)
           and all(isinstance(w, str) and w == w.lower() for w in topics["skip"])
           and all(isinstance(topics.get(k), int) and 2 <= topics[k] <= 12 for k in ("min_letters", "stem_letters")),
           "time.json", "'topic_periods' needs a list 'skip' of lower-case words and 'min_letters', 'stem_letters' (2-12)")
    rel = lex.time.get("occasion_relatives")
    _check(isinstance(rel, dict) and all(isinstance(rel.get(k), list) and rel[k]
                                         and all(isinstance(w, str) and w == w.lower() for w in rel[k])
                                         for k in ("relative_words", "pronouns", "not_after", "past_endings")), "time.json",
           "'occasion_relatives' needs lists 'relative_words', 'pronouns', 'not_after' and 'past_endings' of lower-case words")
    term = lex.time.get("electoral_term") or {}
    _check(all(isinstance(term.get(k), int) for k in ("first_election_year", "length_years", "term_start_month"))
           and 1 <= term["term_start_month"] <= 12, "time.json",
           "'electoral_term' needs first_election_year, length_years and term_start_month (1..12)")
    _check(all(1 <= m <= 12 for m in lex.time["months"].values()), "time.json", "month numbers must be 1..12")
    _check(all(1 <= a <= 12 and 1 <= b <= 12 for a, b in lex.time["seasons"].values()), "time.json",
           "seasons must be [first, last] months 1..12 (first > last: the season runs over the new year)")
    _check_days(lex.time)
    for key in ("season_adverbs", "past_season_adverbs"):
        _check(all(v in lex.time["seasons"] for v in lex.time.get(key, {}).values()), "time.json",
               f"'{key}' must map each adverb to a season of 'seasons'")
    _check(set(lex.time["anaphoric_years"]) <= set(lex.time["relative_years"]), "time.json", "anaphoric_years must be relative_years")
    _check(set(lex.time.get("anaphoric_offsets", [])) <= set(lex.time["relative_offsets"]), "time.json",
           "anaphoric_offsets must be relative_offsets")
    _check(all(isinstance(w, str) and w.strip() and w == w.lower() for w in lex.time.get("restating_openers", [])),
           "time.json", "'restating_openers' needs a list of lower-case phrases")
    turn = lex.time.get("year_turn", {})
    _check(all(isinstance(turn.get(k), list) and all(isinstance(w, str) and w == w.lower() for w in turn[k])
               for k in ("nouns", "past", "next")) and 1 <= turn.get("last_before_month", 7) <= 13, "time.json",
           "'year_turn' needs lower-case lists nouns, past, next and last_before_month 1..13")
    _check(all(isinstance(n, int) and n > 1 for n in lex.time.get("average_years", {}).values()), "time.json",
           "'average_years' maps each word to its number of years (> 1)")
    for key in ("occasion_nouns", "review_meetings", "forecast_cues", "term_year_leads", "infinitive_markers",
                "coming_start_leads", "occasion_counts", "continuation_openers", "continuation_anaphors",
                "look_back_words", "normal_period_nouns", "measured_leads", "measured_links", "since_then_words", "horizon_leads", "becoming_verbs"):
        _check(all(isinstance(w, str) and w.strip() and w == w.lower() for w in lex.time.get(key, [])), "time.json",
               f"'{key}' needs a list of lower-case words")
    _check(set(lex.time.get("forecast_cues", [])) <= set(lex.time.get("target_cues", [])), "time.json",
           "'forecast_cues' must be target_cues")
    _check(all(isinstance(n, int) and n >= 1 for n in lex.time.get("term_years", {}).values()), "time.json",
           "'term_years' maps each phrase to its year of the term (1, 2, ...)")
    holders = lex.time.get("term_holders", {})
    _check(all(w == w.lower() and v in lex.time["named_periods"] for w, v in holders.items()), "time.json",
           "'term_holders' maps lower-case nouns to a noun of 'named_periods'")
    pw = lex.time["pattern_words"]
    _check(isinstance(pw.get("coming_years_from_month", 13), int) and 1 <= pw.get("coming_years_from_month", 13) <= 13,
           "time.json", "pattern_words 'coming_years_from_month' must be a month 1..12 (13: never)")
    for key in ("year_genitive", "future_before", "future_verbs", "rolling_year"):
        _check(isinstance(pw.get(key), list) and pw[key] and all(isinstance(w, str) and w.strip() and w == w.lower() for w in pw[key]),
               "time.json", f"pattern_words {key!r} needs a list of lower-case words")
    _lower_lists(lex.time, ("coming_season_leads",), "time.json")
    _check(isinstance(lex.time.get("summer_first_month"), int) and 1 <= lex.time["summer_first_month"] <= 12,
           "time.json", "'summer_first_month' needs a month number (1-12)")


ATTRIBUTION_WORD_LISTS = ("name_particles", "org_name_links", "relative_leads", "reflexive_possessives", "phrase_cuts",
                          "clause_joins", "byline_words", "credit_and_links", "source_before_show", "according_to",
                          "source_links")

def _validate_attribution(lex: Lexicon) -> None:
    """attribution.json: the words the speaker patterns are built from are non-empty lists of lower-case words."""
    for key in ATTRIBUTION_WORD_LISTS:
        words = lex.attribution.get(key)
        _check(isinstance(words, list) and words and all(isinstance(w, str) and w and w == w.lower() for w in words),
               "attribution.json", f"{key!r} needs a list of lower-case words")
        _unique_list(words, "attribution.json", key)


def _validate_furniture(lex: Lexicon) -> None:
    """furniture.json: cue lists, the page-chrome tables (lower case, never <main>/<article>), contact-line
    limits and patterns that compile."""
    for key in ("published_cues", "clock_cues", "dateline_not_after"):
        words = lex.furniture.get(key)
        _check(isinstance(words, list) and words and all(isinstance(w, str) and w.strip() for w in words), "furniture.json",
               f"{key!r} needs a list of words")
        _unique_list(words, "furniture.json", key)
    html = lex.furniture.get("html")
    _check(isinstance(html, dict), "furniture.json", "'html' needs the page-chrome tables")
    for key in ("chrome_tags", "chrome_roles", "chrome_words", "chrome_substrings", "date_meta", "title_meta", "ld_date_keys",
                "ld_title_keys"):
        words = html.get(key)
        _check(isinstance(words, list) and words and all(isinstance(w, str) and w.strip() for w in words), "furniture.json",
               f"'html' needs a list of words for {key!r}")
        _unique_list(words, "furniture.json", f"html {key}")
    lowered = [w for key in ("chrome_tags", "chrome_roles", "chrome_words", "chrome_substrings", "date_meta", "title_meta")
               for w in html[key] if w != w.lower()]
    _check(not lowered, "furniture.json", f"html tag, role, class and meta words are matched lower-cased: {lowered}")
    _check("main" not in html["chrome_tags"] and "article" not in html["chrome_tags"], "furniture.json",
           "<main> and <article> hold the content and cannot be chrome tags")
    for key in ("contact_line_max_words", "contact_line_longest_words"):
        _check(isinstance(lex.furniture.get(key), int) and lex.furniture[key] > 0, "furniture.json", f"{key!r} needs a positive integer")
    _check(isinstance(lex.furniture.get("contact_line_patterns"), list) and lex.furniture["contact_line_patterns"],
           "furniture.json", "'contact_line_patterns' needs a list of patterns")
    for name, pattern_list in (("line_patterns", lex.furniture["line_patterns"]),
                               ("contact_line_patterns", lex.furniture["contact_line_patterns"])):
        for pattern in pattern_list:
            try:
                re.compile(pattern)
            except re.error as exc:
                raise LexiconError(f"[E003] furniture.json: bad {name} pattern {pattern!r}: {exc}") from None

CHECK_WORD_LISTS = ("total_cues", "subset_cues", "whole_of", "comparison_breaks", "change_links", "by_links", "to_links",
                    "from_links", "equivalence_links", "share_cues", "multiple_answers", "population_nouns", "part_anaphora", "restrictors",
                    "table_total_headers", "table_percent_headers", "share_nouns", "base_links")
CHECK_TOLERANCES = ("approx_tolerance", "factor_tolerance", "ratio_word_tolerance")


def validate_checks(checks: dict) -> None:
    """checks.json: every cue list a non-empty list of distinct lower-case words, the sides 'below'/'above',
    the tolerances fractions in (0, 1)."""
    for key in CHECK_WORD_LISTS:
        words = checks.get(key)
        _check(isinstance(words, list) and words and all(isinstance(w, str) and w.strip() and w == w.lower() for w in words),
               "checks.json", f"{key!r} needs a list of lower-case words")
        _unique_list(words, "checks.json", key)
    sides = checks.get("qualifier_sides")
    _check(isinstance(sides, dict) and set(sides.values()) <= {"below", "above"}, "checks.json",
           "'qualifier_sides' maps qualifiers to 'below' or 'above'")
    for key in CHECK_TOLERANCES:
        v = checks.get(key)
        _check(isinstance(v, (int, float)) and 0 < v < 1, "checks.json", f"{key!r} must be a fraction between 0 and 1")
    for key in ("max_link_chars", "lead_sentences"):
        _check(isinstance(checks.get(key), int) and checks[key] > 0, "checks.json", f"{key!r} must be a positive whole number")


def alternation(words, flexible_spaces: bool = False) -> str:
    """A regex alternation of lexicon words or phrases, escaped and longest first, so that a phrase wins
    over its own prefix ('fram till och med' before 'fram till'). ``flexible_spaces``: the words of a
    phrase may be separated by any white space."""
    words = sorted(words, key=len, reverse=True)
    if flexible_spaces:
        return "|".join(r"\s+".join(map(re.escape, w.split())) for w in words)
    return "|".join(map(re.escape, words))


SUBJECT_LISTS = ("clause_verbs", "auxiliaries", "fronted_openers", "adverbs", "lead_conjunctions", "clause_openers",
                 "np_prepositions", "np_stop", "pronouns", "anaphors", "determiners", "change_nouns", "comparatives",
                 "partitive_links", "before_links", "change_links", "goal_links", "goal_fillers", "price_links",
                 "continuation_words", "not_nouns_after", "verb_endings", "actor_verbs", "duration_prepositions", "endpoint_links", "measure_verbs", "split_words", "past_endings", "lasting_verbs",
                 "comparison_links", "goal_stop", "copulas", "share_openers", "noun_endings",
                 "period_nouns", "headline_verb_endings", "shared_subject_openers",
                 "adjective_endings", "group_openers", "restating_verbs",
                 "group_pronouns", "change_infinitives",
                 "present_endings", "definite_endings")


def _load_subjects(d: Path) -> dict:
    """subjects.json: every list present, non-empty, lower-case, without repeats; the limits positive integers."""
    s = load_json("subjects.json", d)
    for key in SUBJECT_LISTS:
        _check(isinstance(s.get(key), list) and s[key], "subjects.json", f"'{key}' must be a non-empty list")
        _unique_list(s[key], "subjects.json", key)
        _check(all(isinstance(w, str) and w == w.lower() and w.strip() == w and w for w in s[key]), "subjects.json",
               f"'{key}' must hold lower-case words")
    for key in ("max_words", "label_max_words", "max_continuation_words"):
        _check(isinstance(s.get(key), int) and s[key] > 0, "subjects.json", f"'{key}' must be a positive integer")
    _check(set(s["anaphors"]) <= set(s["pronouns"]), "subjects.json", "anaphors must be pronouns")
    return s
def _check_days(t: dict) -> None:
    """time.json's day-level data: weekday abbreviations, holidays, the words of the day rules."""
    abbr = {k: v for k, v in t.get("weekday_abbreviations", {}).items() if not k.startswith("_")}
    _check(all(k == k.lower() and k.isalpha() and v in range(7) for k, v in abbr.items()), "time.json",
           "'weekday_abbreviations' maps lower-case words to weekdays 0..6")
    for name, spec in t.get("holidays", {}).items():
        if name.startswith("_"):
            continue
        kinds = [k for k in ("date", "weekday", "easter") if k in spec]
        ok = len(kinds) == 1 and spec.get("direction", "past") == "past" and name == name.lower()
        if ok and kinds == ["date"]:
            mo, d = spec["date"]
            ok = 1 <= mo <= 12 and 1 <= d <= 31
        elif ok and kinds == ["weekday"]:
            mo, d = spec.get("on_or_after", [0, 0])
            ok = spec["weekday"] in range(7) and 1 <= mo <= 12 and 1 <= d <= 31
        elif ok:
            e = spec["easter"]
            ok = isinstance(e, int) or (isinstance(e, list) and len(e) == 2 and e[0] < e[1])
        _check(ok, "time.json", f"holiday {name!r} needs one of date [month, day], weekday + on_or_after, easter "
                                "(days or [first, last]), and may only have direction 'past'")
    pw = t["pattern_words"]
    for key in ("weekday_abbreviation_not_after", "weekday_week_link", "nth_last", "nth_links", "nth_days", "nth_weeks",
                "bare_last_past", "bare_last_future", "this_season"):
        _check(isinstance(pw.get(key), list) and pw[key] and all(isinstance(w, str) and w.strip() and w == w.lower() for w in pw[key]),
               "time.json", f"pattern_words {key!r} needs a list of lower-case words")


@lru_cache(maxsize=4)
def load(directory: str | None = None) -> Lexicon:
    """Load and validate every lexicon file once per process."""
    d = Path(directory) if directory else LEXICON_DIR
    units_raw = load_json("units.json", d)
    units = _load_units(units_raw)
    qualifiers = load_json("qualifiers.json", d)
    rates = load_json("rates.json", d)
    abbreviations = load_json("abbreviations.json", d)["abbreviations"]
    _unique_list(abbreviations, "abbreviations.json", "abbreviation")
    entities = load_json("entities.json", d)
    for key in ("skip", "not_nouns", "not_counted", "subject_heads", "nominal_adjectives", "possession_verbs", "mass_nouns", "noun_followers"):
        _unique_list(entities[key], "entities.json", key)
    idx = entities.get("index_sentences")
    _check(isinstance(idx, dict) and all(isinstance(idx.get(k), list) and idx[k]
                                         and all(isinstance(w, str) and w == w.lower() for w in idx[k]) for k in ("heads", "units")),
           "entities.json", "'index_sentences' needs lists 'heads' and 'units' of lower-case words")
    _check(set(entities["nominal_adjectives"]) <= set(entities["skip"]), "entities.json",
           "nominal_adjectives must be 'skip' words")
    lex = Lexicon(
        numbers=load_json("numbers.json", d),
        units=units,
        unit_by_surface={u.surface.lower(): u for u in units if not u.case_exact},
        unit_by_surface_exact={u.surface: u for u in units if u.case_exact},
        compounds=units_raw.get("compounds", {}),
        unit_heads={k: v for k, v in units_raw.get("compound_heads", {}).items() if not k.startswith("_")},
        unit_heads_not=frozenset(units_raw.get("compound_heads_not", ())),
        qualifiers_before=qualifiers["before"],
        qualifiers_after=qualifiers["after"],
        rates_after={**_base_rates(rates.get("base_denominators")), **rates["after"]},
        rates_clause=rates["clause"],
        time=load_json("time.json", d),
        abbreviations=frozenset(a.lower() for a in abbreviations),
        change=load_json("change.json", d),
        furniture=load_json("furniture.json", d),
        attribution=load_json("attribution.json", d),
        claims=load_json("claims.json", d),
        entities=entities,
        files=sorted(p.name for p in d.glob("*.json")),
        rates_denominators=rates.get("denominators", {}),
        rates_not_denominators=frozenset(rates.get("not_denominators", ())),
        rates_denominator_modifiers=frozenset(rates.get("denominator_modifiers", ())),
        rates_distributive={k: v for k, v in rates.get("distributive_subjects", {}).items() if not k.startswith("_")},
        rates_money=rates.get("money_words", {}),
        rates_elided=rates.get("elided", {}),
        rates_carried=rates.get("carried", {}),
        rates_accounts=rates.get("accounts", {}),
        rates_price_words=tuple(rates.get("price_words", ())),
        rates_past_occasions=tuple(rates.get("past_occasions", ())),
        rates_each_words=tuple(rates.get("each_words", ())),
        rates_sentence_leads=tuple(rates.get("sentence_leads", ())),
        rates_per_word=rates["per_word"],
        qualifiers_spread=frozenset(qualifiers.get("spread", [])),
        qualifiers_price_from=qualifiers.get("price_from", {}),
        qualifiers_during=qualifiers.get("during", {}),
        qualifiers_passing=qualifiers.get("passing", {}),
        qualifiers_negated=qualifiers.get("negated", {}),
        unit_stated_after=tuple(units_raw.get("stated_after", ())),
        units_definite_durations=tuple(units_raw.get("definite_durations", ())),
        subjects=_load_subjects(d),
        tables=load_json("tables.json", d),
        checks=load_json("checks.json", d),
    )
    validate(lex)
    _validate_tables(lex.tables, lex.unit_by_surface)
    validate_checks(lex.checks)
    return lex


def _validate_tables(t: dict, surfaces: dict) -> None:
    """tables.json: change headers map lower-case words to a direction, scales and rates are positive / named."""
    heads = t.get("change_headers")
    _check(isinstance(heads, dict) and heads and all(isinstance(w, str) and w == w.lower() and w.strip() == w and w
                                                     for w in heads), "tables.json",
           "'change_headers' maps lower-case words to a direction")
    _check(set(heads.values()) <= DIRECTIONS | {"change"}, "tables.json",
           "a change header's direction is 'change', 'increase' or 'decrease'")
    for key in ("span_month_words", "now_words"):
        _check(all(isinstance(w, str) and w.strip() and w == w.lower() and " " not in w for w in t.get(key, [])), "tables.json",
               f"'{key}' needs a list of lower-case words")
    _check(set(t.get("change_header_compounds", ())) <= set(heads), "tables.json",
           "'change_header_compounds' are change_headers")
    _check(isinstance(t.get("signed_levels", []), list) and all(isinstance(w, str) and w == w.lower() and w
                                                                  for w in t.get("signed_levels", [])),
           "tables.json", "'signed_levels' is a list of lower-case words")
    _check(isinstance(t.get("scales"), dict) and all(isinstance(v, (int, float)) and v > 0 for v in t["scales"].values()),
           "tables.json", "'scales' maps words to positive factors")
    _check(isinstance(t.get("per"), dict) and all(isinstance(v, str) and v for v in t["per"].values()), "tables.json",
           "'per' maps rate words to a denominator")
    _check(all(isinstance(w, str) and w == w.lower() for w in t.get("ratio_labels", [])), "tables.json",
           "'ratio_labels' is a list of lower-case words")
    _lower_lists(t, ("count_labels", "unless_stated"), "tables.json")
    _check(t.get("split_year_first_month", 7) in range(1, 13), "tables.json",
           "'split_year_first_month' is a month number, 1 to 12")
    _check(isinstance(t.get("unit_words"), dict) and all(k == k.lower() and v in surfaces
                                                       for k, v in t["unit_words"].items()), "tables.json",
           "'unit_words' maps lower-case header words to a unit surface of units.json")
    _check(all(k == k.lower() and v in ("ordinal", "number") for k, v in t.get("column_units", {}).items()
               if not k.startswith("_")), "tables.json", "'column_units' maps lower-case headers to 'ordinal' or 'number'")
    _check(isinstance(t.get("not_names"), list) and all(isinstance(w, str) and w == w.lower() for w in t["not_names"]),
           "tables.json", "'not_names' is a list of lower-case words")
    _check(isinstance(t.get("label_max_chars"), int) and t["label_max_chars"] > 0, "tables.json",
           "'label_max_chars' is a positive integer")
