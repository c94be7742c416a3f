"""The resolver: for each figure, the period it is about and the change it states, decided in one place.

Period: the candidates are gathered as evidence (a time expression in the figure's clause or elsewhere in its
sentence, a sequence continuing the figure before, a 'nu' in the clause, a period carried from an earlier
sentence, the governing heading, the table column's header, the publication date for a present-tense state or a
standing fact) and ``TIME_RULES`` decides by one stated rule: the first rule in the list that yields a period wins.
The list is ordered from the nearest, most specific evidence to the farthest, so reading it top-down is reading
the policy. The winning rule travels in the record (``time.evidence``: rule, text and offsets), so a reviewer
sees why.

Change: ``find_change`` reads from/to pairs, change words in the figure's clause (whole words, compounds with a
change noun as head, never letters inside another word), headline adverbs, coordination, comparatives, signs
and brackets; the word or sign that set the direction travels in the record (``change.cue``). A comparison
between two things at one time sets a baseline, not a direction (CONTRACT: direction vs comparison).
"""
from __future__ import annotations

import calendar
import dataclasses
import re
from dataclasses import dataclass, field
from datetime import date, timedelta

from pipeline import lexicon
from pipeline.extraction.firstchars import led, with_first_chars
from pipeline.extraction.context import _direction_in, _words, clause_of, direction_cue
from pipeline.extraction.numbers import parse_number_word
from pipeline.extraction.quantities import Quantity
from pipeline.extraction.text import HAS_DIGIT, LAST_WORD as _WORD_BEFORE, NEXT_WORD as _NEXT_WORD, WORD, ends_sentence, \
    sentence_word_set, words as words_of
from pipeline.extraction.times import TimeExpr, prior_period_label
from pipeline.extraction.time_rules import _future_cue_re, past_verb, shift_month
from pipeline.lexicon import Lexicon


@dataclass(frozen=True)
class ResolveWords:
    """Every compiled pattern and word set the resolver reads, built once per lexicon (``lex.derived``)."""
    present_words: re.Pattern       # 'nu', 'i dagsläget' ...: a clause about the present (time.json present_words)
    example_case: re.Pattern        # 'För en villa som använder ' before a figure: it defines an example (time.json)
    restating: re.Pattern           # ', vilket är', ', vilket motsvarar' ... opening a clause (time.json restating_leads)
    opener: re.Pattern              # 'Det motsvarar …' opening a sentence that follows the one before (time.json restating_openers)
    continuation: re.Pattern        # openers that go on with the sentence before ('Av dessa', 'Då'; time.json continuation_openers)
    anaphors: frozenset             # 'dessa', 'dem' early in a sentence: it goes on with the one before (time.json continuation_anaphors)
    deadline_words: re.Pattern      # deadline words at an open end's start (time.json deadline_words)
    target_end: re.Pattern          # 'till 2030' before a figure (time.json target_end_words)
    target_cues: re.Pattern         # target cues in a clause (time.json target_cues)
    forecast: frozenset             # the target cues of a forecast (time.json forecast_cues)
    then: re.Pattern                # 'då' opening a clause (time.json then_words)
    revision: re.Pattern            # 'har reviderats', 'skrevs upp' ... (change.json revision_words)
    next_sentence_lead: re.Pattern  # 'Det är en minskning' opening a sentence (change.json next_sentence_leads)
    next_sentence_difference: re.Pattern   # 'Det är 17 färre än …' (change.json next_sentence_difference)
    amount_after_cue: re.Pattern    # '… på ' after a change word: its amount follows (change.json noun_amount_links)
    imperative_direction: re.Pattern    # 'Korta tiden ' opening a sentence (change.json imperative_directions)
    imperative_directions: dict         # imperative -> the direction it demands
    restatement_gap: re.Pattern     # ', eller ' between two figures of one amount (change.json restatement_links)
    anaphor_change: re.Pattern      # 'Andelen har minskat' opening a sentence (change.json anaphor_change_next)
    share_subjects: frozenset       # 'andelen': the figure taken up is a share (change.json anaphor_change_next)
    apposition_relatives: frozenset     # 'som' after an apposition's noun ('en andel som ökat med'; change.json)
    topic_skip: frozenset               # words passed over before a lead's period to its topic (time.json topic_periods)
    topic_min_letters: int              # the shortest topic word (time.json topic_periods)
    topic_stem_letters: int             # the letters a heading word shares with a topic (time.json topic_periods)
    from_percent: re.Pattern        # 'från 58,4 procent': an earlier level in per cent (change.json from_words)
    pair_words: frozenset           # 'respektive' (change.json earlier_level_next)
    and_words: frozenset            # 'och' coordinating two figures (change.json level_links.and)
    earlier_words: frozenset        # 'tidigare', 'fjol' … in an opening time (change.json earlier_level_next)
    level_verbs: frozenset          # 'var', 'låg' … stating a level (change.json earlier_level_next)
    ago_words: frozenset            # 'sedan' after a duration, not opening: 'för ett år sedan' (change.json earlier_level_next)
    earlier_max_words: int          # words before the earlier level (change.json earlier_level_next)
    point_unit: re.Pattern              # 'procentenheter', 'p.e.': a difference of shares (units.json percentage_point)
    than_words: frozenset               # 'än': what a comparison runs through (change.json next_sentence_difference)
    then_and_now: re.Pattern            # '…, i dag är det ' between a figure of then and one of now (change.json)
    now_value: re.Pattern               # '… i stället för dagens ': a new value, then today's (change.json new_and_now)
    deficit_words: frozenset            # 'underskott', 'förlust': a value below zero (change.json deficit_words)
    vague_difference: re.Pattern        # ', något mindre än ': a difference without a figure (change.json vague_difference)
    average_restated: re.Pattern        # ', som ligger på ' after an average over years (change.json average_restated)
    new_then_now: re.Pattern            # '… från 1 januari 2027, i dag ': a new value's words, then today's value
    then_gap: re.Pattern                # ' då det var ' between a period and the figure it dates (time.json then_words)
    subject_relative: re.Pattern        # 'som (har) invandrat ' right before a period (time.json occasion_relatives)
    attribute_gap: re.Pattern           # ' medarbetare i ' between a figure and one in a phrase on its noun (change.json)
    imperative: re.Pattern          # 'Sänk …' opening a sentence (change.json imperatives)
    consequence: re.Pattern         # 'därmed' ... (change.json consequence_words)
    coordination_link: re.Pattern   # a comma or a coordination's link word (numbers.json coordination)
    coordination_finite: frozenset  # a member's own verb ends a coordination (entities.json finite_verbs)
    baseline_value: re.Pattern      # 'mot 324', 'jämfört med 40': a baseline figure (change.json baseline_cues)
    replaced_value: re.Pattern      # 'ned från', 'i stället för': the figure after is the value replaced
    from_to_gap: re.Pattern         # 'från X (år 2016/17) till Y', 'från X i december till Y'
    from_before: re.Pattern
    amount_before: re.Pattern
    baseline_before: re.Pattern
    baseline_start: re.Pattern
    baseline_in: re.Pattern
    baseline_pair: re.Pattern       # 'jämfört med nio döda och ' right before a figure: the second baseline of a pair
    apposition: re.Pattern          # ', en ökning': a change named after a level figure (change.json apposition_leads)
    apposition_adverb: re.Pattern   # ', ned 1,4': the same told by an adverb and the change's figure (apposition_adverbs)
    restatement: re.Pattern         # ', eller 6,2 procent': the change before, restated (change.json restatement_links)
    coordinated_level: re.Pattern   # '… och uppgick till': a level reached by the change before (change.json level_links)
    endpoint: re.Pattern            # ', till i genomsnitt', 'och landade på' (change.json endpoint_words, endpoint_links)
    compared_right_after: re.Pattern    # 'som', 'än' right after a figure (change.json comparison links)
    compared_later: re.Pattern          # ... or later in its clause
    label_before: re.Pattern            # 'Prissänkning: ' opening a sentence (change.json comparison label_max_words)
    temporal_words: frozenset           # 'än vid förra mätningen': compared over time (change.json comparison)
    share_links: frozenset              # 'av' in '212 procent av det normala' (change.json share_base links)
    occasion_counts: frozenset          # 'röster': counted at an occasion (time.json occasion_counts)
    look_back: frozenset                # 'förra', 'motsvarande': a sentence looking back (time.json look_back_words)
    fall_verbs: frozenset               # 'föll' before an amount of rain (change.json precipitation)
    fall_units: frozenset               # 'mm', 'cm' (change.json precipitation)
    possession: frozenset               # 'har', 'äger' ... (entities.json possession_verbs)
    before_number: dict                 # a headline's adverb before a figure (change.json before_number)
    comparatives_after: dict            # 'fler', 'mer' right after a figure (change.json comparatives_after)
    duration_comparatives: dict         # 'långsammare' right after a duration (change.json duration_comparatives_after)
    share_comparatives: dict            # 'bättre' right after percentage points (change.json share_comparatives_after)
    comparison_after_figure: dict       # 'under', 'över' right after a figure (change.json comparison_after_figure)
    to_words: frozenset                 # 'till' (change.json to_words)
    to_before: re.Pattern               # 'till' right before a figure
    from_words: frozenset               # 'från' (change.json from_words)
    apposition_adverbs: frozenset       # 'upp', 'ned' (change.json apposition_adverbs)
    signed_change_nouns: tuple          # 'värdeförändringar': an amount of change whose sign is its direction
    positive_signs: tuple               # '+4,6 %', 'plus 7,4 procent' (change.json positive_signs)
    signed_count_levels: tuple          # 'netto', 'överskott': a signed count after one is a level (change.json)
    anaphoric_years: frozenset          # 'året innan', 'föregående år' (time.json anaphoric_years)
    occasion_before: re.Pattern         # 'årsstämman den ' right before a date: when it meets (time.json occasion_nouns)
    occasion_relative: re.Pattern       # 'prisjusteringar vi gjorde ' right before a period (time.json occasion_relatives)
    time_words: dict                    # time.json, for ``time_rules.past_verb``
    relative_past_endings: tuple        # time.json occasion_relatives past_endings: 'inledde', 'körde'
    still: frozenset                    # 'fortfarande': a state still holding now (time.json still_words)
    occasion_verbs: frozenset           # 'fattade', 'behandlar': a day named with them is an occasion's (time.json)
    evaluative: tuple                   # 'förbättr': a judging change word; a prior's order decides (change.json)
    survey_nouns: frozenset             # 'statistiken': a standing fact about what a survey covers (time.json)
    twelve_month_rate: frozenset        # 'årstakt': a rate over the twelve months up to a month (time.json)
    change_nouns: tuple                 # 'tillväxt', 'ökning': nouns naming a change (subjects.json change_nouns)
    signed_rate_nouns: frozenset        # 'årstakten': a rate of change whose sign is its direction (change.json)
    period_before: frozenset            # 'innan', 'dessförinnan' after a named period (change.json compared_levels, time.json)
    year_leads: frozenset               # 'under', 'för' before a year (time.json year_prepositions, term_year_leads)
    and_link: re.Pattern                # 'och', 'samt' (change.json level_links and, numbers.json direction_links)
    pair_link: re.Pattern               # 'döda och ' between the two figures of a pair
    and_before: re.Pattern              # 'och omfattar nu ' right before a figure
    extra: tuple                        # ('extra' words, price verbs that make it a surcharge) right after a figure: on top of what there was (change.json)
    part_link: re.Pattern               # 'varav', 'därav' ... (entities.json bare_scaled_count part_links)
    supines: frozenset                  # 'gått', 'ökat' ... (time.json supines)
    determiners: frozenset              # 'den', 'det', 'ett' ... (entities.json determiners)
    distributive: re.Pattern            # 'respektive' (change.json distributive_words)
    respective_links: tuple             # 'och': what joins the periods figures listed with 'respektive' take
    perfect_auxiliaries: frozenset      # 'har', 'hade' (time.json perfect_auxiliaries)
    belief_verbs: frozenset             # 'tror', 'räknar': what respondents believe (time.json belief_verbs)
    supine_endings: tuple               # 'invandrat', 'nystartat': a supine's or participle's ending (time.json)
    spread_verbs: frozenset             # 'varierar': 'från … till' over places, no change (change.json spread_verbs)


def _and_links(words: tuple, and_words: tuple) -> dict:
    """The patterns of 'och'/'samt' the sentence-wide rules read (built once per lexicon)."""
    alt = lexicon.alternation
    return dict(and_link=re.compile(rf"(?<![^\W\d_])(?:{alt(words)})(?![^\W\d_])", re.I),
                pair_link=re.compile(rf"\s*(?:[^\W\d_]+\s+){{0,2}}(?:(?:{alt(words)})|,)\s*", re.I),
                # 'och omfattar nu ', 'och uppgick 2025 till ': the link and the verb's few words before the figure
                and_before=re.compile(rf"(?<![^\W\d_])(?:{alt(and_words)})\s+\S+(?:\s+\S+){{0,3}}\s*$", re.I))


def _pair_patterns(ch: dict) -> dict:
    """The patterns between two figures of a sentence-wide change rule (built once per lexicon): then and now ('…, i
    dag är det '), a coming value before today's (', i dag ', ' i stället för dagens '), a level before a difference
    without a figure (', något mindre än ')."""
    alt = lexicon.alternation
    tn = ch["then_and_now"]
    now = rf"(?:(?:{alt(tn['links'])})\s+)?(?:{alt(tn['now_words'])})(?:\s+(?:{alt(tn['fillers'])}))*\s+"
    return dict(
        then_and_now=re.compile(rf"(?:\s+[^\W\d_]+){{0,4}}\s*,\s*{now}", re.I),
        new_then_now=re.compile(rf"[^.;:\n]{{0,40}}?\s*,\s*{now}", re.I),
        vague_difference=re.compile(rf"[^,.;:\d]{{0,60}}?,\s*(?:(?:{alt(ch['vague_difference']['degrees'])})\s+)?"
                                    rf"(?P<comp>{alt(list(ch['comparatives_after']))})\s+(?:{alt(ch['next_sentence_difference']['than'])})\s",
                                    re.I),
        average_restated=re.compile(rf"\s*,\s*(?:(?:{alt(ch['average_restated']['relatives'])})\s+"
                                    rf"(?:{alt(ch['average_restated']['verbs'])})\s+(?:(?:{alt(ch['average_restated']['links'])})\s+)?)?",
                                    re.I),
        now_value=re.compile(rf"[^.;:\d]{{0,60}}?\s(?:{alt(ch['baseline_cues'])})\s+(?:{alt(ch['new_and_now']['now_genitives'])})"
                             rf"(?:\s+(?:{alt(tn['fillers'])}))*\s+", re.I))


def _gap_patterns(tl: dict, ch: dict) -> dict:
    """The patterns of what stands between a period or figure and the figure a rule is about (built once per lexicon):
    ' då det var ' (time.json then_words), 'som (har) invandrat ' (occasion_relatives, perfect_auxiliaries), ' medarbetare
    i ' (change.json attribute_prepositions)."""
    alt = lexicon.alternation
    return dict(
        then_gap=re.compile(rf"\s+(?:{alt(tl['then_words'])})\s+(?:[^\W\d_]+\s+){{0,4}}", re.I),
        subject_relative=re.compile(rf"(?<![^\W\d_])(?:{alt(tl['occasion_relatives']['relative_words'])})\s+"
                                    rf"(?:(?:{alt(tl['perfect_auxiliaries'])})\s+)?(?P<verb>[^\W\d_]+)(?:\s+[^\W\d_]{{1,4}})?\s+$",
                                    re.I),
        attribute_gap=re.compile(rf"\s+[^\W\d_]+\s+(?:{alt(ch['attribute_prepositions'])})\s+", re.I))


def _word_sets(lex: Lexicon) -> dict:
    """The resolver's plain word sets and tables (``resolve_words`` compiles the patterns)."""
    tl, ch, ent = lex.time, lex.change, lex.entities
    comparison = ch.get("comparison", {})
    return dict(
        temporal_words=frozenset(comparison.get("temporal_words", ())),
        share_links=frozenset(ch["share_base"]["links"]),
        occasion_counts=frozenset(tl.get("occasion_counts", ())),
        look_back=frozenset(tl.get("look_back_words", ())),
        fall_verbs=frozenset(ch.get("precipitation", {}).get("verbs", ())),
        fall_units=frozenset(ch.get("precipitation", {}).get("units", ())),
        possession=frozenset(ent["possession_verbs"]),
        before_number=ch["before_number"],
        comparatives_after=ch["comparatives_after"], deficit_words=frozenset(ch["deficit_words"]),
        duration_comparatives=ch.get("duration_comparatives_after", {}),
        share_comparatives=ch.get("share_comparatives_after", {}),
        comparison_after_figure=ch["comparison_after_figure"],
        to_words=frozenset(ch["to_words"]),
        from_words=frozenset(w.lower() for w in ch["from_words"]),
        apposition_adverbs=frozenset(w.lower() for w in ch["apposition_adverbs"]),
        signed_change_nouns=tuple(ch.get("signed_change_nouns", ())),
        positive_signs=tuple(ch["positive_signs"]),
        signed_count_levels=tuple(ch["signed_count_levels"]),
        anaphoric_years=frozenset(tl["anaphoric_years"]),
        topic_skip=frozenset(tl["topic_periods"]["skip"]),
        topic_min_letters=tl["topic_periods"]["min_letters"],
        topic_stem_letters=tl["topic_periods"]["stem_letters"],
        supines=frozenset(tl.get("supines", ())),
        determiners=frozenset(ent["determiners"]),
        respective_links=tuple(ent["label_links"]),
        perfect_auxiliaries=frozenset(tl.get("perfect_auxiliaries", ())),
        belief_verbs=frozenset(tl.get("belief_verbs", ())),
        supine_endings=tuple(tl["supine_endings"]),
        spread_verbs=frozenset(ch.get("spread_verbs", ())),
        time_words=tl,
        relative_past_endings=tuple(tl["occasion_relatives"]["past_endings"]),
        still=frozenset(tl["still_words"]),
        occasion_verbs=frozenset(tl["occasion_verbs"]),
        extra=(frozenset(ch["extra_words"]), frozenset(ch["extra_not_with"])),
        **_and_links(tuple(ch["level_links"]["and"]) + tuple(lex.numbers["coordination"]["direction_links"]),
                     tuple(ch["level_links"]["and"])),
        survey_nouns=frozenset(tl["survey_nouns"]),
        twelve_month_rate=frozenset(tl.get("twelve_month_rate", ())),
        change_nouns=tuple(lex.subjects["change_nouns"]),
        signed_rate_nouns=frozenset(ch.get("signed_rate_nouns", ())),
        period_before=frozenset(ch["compared_levels"]["earlier_words"]) | frozenset(tl.get("named_period_before", ())),
        year_leads=frozenset(tl.get("year_prepositions", ())) | frozenset(tl.get("term_year_leads", ())),
        evaluative=tuple(ch["evaluative_stems"]),
    )


def _example_case_re(spec: dict | None) -> re.Pattern:
    """The opening of a sentence that defines an example case up to a figure (time.json example_case)."""
    if not spec:
        return re.compile(r"(?!)")
    word = r"[^\W\d_][\w-]*[,]?\s+"
    return re.compile(rf"\s*(?:{lexicon.alternation(spec['leads'], flexible_spaces=True)})\s+(?:{word}){{0,{int(spec['before_link'])}}}"
                      rf"(?P<link>{lexicon.alternation(spec['links'])})\s+(?P<after>(?:{word}){{0,{int(spec['after_link'])}}})$", re.I)


def _next_sentence_patterns(lex: Lexicon) -> dict:
    """The patterns of a sentence telling the change of the figure before (``carry_back``; change.json
    next_sentence_leads, next_sentence_difference, anaphor_change_next, earlier_level_next)."""
    alt, ch = lexicon.alternation, lex.change
    leads = alt(ch.get("next_sentence_leads", ()), flexible_spaces=True) or "(?!)"
    after, earlier = ch["anaphor_change_next"], ch["earlier_level_next"]
    return dict(
        next_sentence_lead=re.compile(rf"\s*(?:(?:{alt(after['compared_leads'])})\s[^.;:]{{2,40}}?,?\s+(?:{alt(after['inverted_leads'])})"
                                      rf"|(?:{leads}))\s+(?P<noun>[^\W\d_]+)", re.I),   # 'Jämfört med … är det en ökning'
        anaphor_change=re.compile(rf"\s*(?P<subj>{alt(after['subjects'])})\s+(?:(?:{alt(after['auxiliaries'])})\s+)?"
                                  rf"(?P<verb>[^\W\d_]+)", re.I),
        share_subjects=frozenset(after["share_subjects"]),
        apposition_relatives=frozenset(ch.get("apposition_relatives", ())),
        amount_after_cue=re.compile(rf"[^\W\d_]*\s+(?:{alt(ch['noun_amount_links'])})\s+", re.I),   # its figure's
                                    # text holds a qualifier before it ('på drygt 1 000 kronor')
        restatement_gap=re.compile(rf"\s*,?\s*(?:{alt(ch.get('restatement_links', []))})\s*", re.I),
        from_percent=re.compile(rf"(?<![^\W\d_])(?:{alt(ch['from_words'])})\s+\d[\d\s ]*(?:,\d+)?\s*"
                                rf"(?:{alt(sorted(k for k, u in lex.unit_by_surface.items() if u.unit == 'percent'))})(?![^\W\d_])", re.I),
        pair_words=frozenset(earlier["pair_words"]),
        and_words=frozenset(ch["level_links"]["and"]),
        earlier_words=frozenset(earlier["time_words"]),
        ago_words=frozenset(earlier["ago_words"]),
        level_verbs=frozenset(earlier["level_verbs"]),
        earlier_max_words=int(earlier["max_lead_words"]),
        next_sentence_difference=re.compile(
            rf"\s*(?:{alt(ch['next_sentence_difference']['leads'], flexible_spaces=True)})\s+[^.;:]{{1,60}}?\s"
            rf"(?P<comp>{alt(list(ch['comparatives_after']) + list(ch.get('share_comparatives_after', {})))})\s+"
            rf"(?:[^\W\d_]+\s+){{0,{int(ch['next_sentence_difference']['max_words_before_than'])}}}"
            rf"(?:{alt(ch['next_sentence_difference']['than'])})\b", re.I),   # 'fler operationer än', 'mer i löpande priser än'
    )


def resolve_words(lex: Lexicon) -> ResolveWords:
    """The resolver's compiled form of ``lex``: obtained with ``lex.derived(resolve_words)``, so a lexicon loaded
    from another directory is obeyed and the default one is never disturbed."""
    alt, tl, ch = lexicon.alternation, lex.time, lex.change
    coord = lex.numbers["coordination"]
    links = [w for w in coord["unit_links"] if w.isalpha()] + coord["direction_links"]
    cons = alt(ch.get("consequence_words", ())) or "(?!)"
    comparison = ch.get("comparison", {})
    clinks = alt(comparison.get("links", ())) or "(?!)"
    n = int(comparison.get("label_max_words", 3))
    words = ResolveWords(
        **_word_sets(lex),
        present_words=re.compile(r"\b(?:" + alt([w.lower() for w in tl["present_words"]]) + r")\b"),
        example_case=_example_case_re(tl.get("example_case")),
        restating=re.compile(r"[\s,;–-]*(?:" + alt(tl["restating_leads"]) + r")(?![\w])", re.I),
        opener=re.compile(r"\s*(?:" + alt(tl.get("restating_openers", ()), flexible_spaces=True) + r")(?![\w])", re.I),
        anaphors=frozenset(tl.get("continuation_anaphors", ())),
        continuation=re.compile(r"\s*(?:" + alt(list(tl.get("restating_openers", ())) + list(tl.get("continuation_openers", ())),
                                                flexible_spaces=True) + r")(?![\w])", re.I),
        deadline_words=re.compile(r"(?:" + alt(tl["deadline_words"]) + r")(?![\w])", re.I),
        target_end=re.compile(r"(?:" + alt(tl["target_end_words"]) + r")\s+\d", re.I),
        target_cues=re.compile(r"(?<![\w])(?:" + alt(tl["target_cues"]) + r")(?![\w])", re.I),
        forecast=frozenset(tl.get("forecast_cues", ())),
        then=re.compile(r"[\s,;–-]*(?:" + alt(tl["then_words"]) + r")(?![\w])", re.I),
        revision=re.compile(r"(?<![\w])(?:" + alt(ch["revision_words"]) + r")(?![\w])", re.I),
        **_next_sentence_patterns(lex),
        imperative=re.compile(rf"\s*(?:{alt(ch.get('imperatives', []))})\b", re.I),
        imperative_direction=re.compile(rf"\s*({alt(list(ch['imperative_directions']))})\s+[^\W\d_]+"
                                        rf"(?:{alt(ch['baseline_phrases']['definite_endings'])})(?![^\W\d_])", re.I),
        imperative_directions=ch["imperative_directions"],
        than_words=frozenset(ch["next_sentence_difference"]["than"]),
        **_gap_patterns(tl, ch),
        **_pair_patterns(ch),
        point_unit=re.compile(rf"(?<![^\W\d_])(?:{alt(sorted(k for k, u in lex.unit_by_surface.items() if u.unit == 'percentage_point'))})"
                              rf"(?![^\W\d_])", re.I),
        consequence=re.compile(rf"(?<![^\W\d_])(?:{cons})(?![^\W\d_])", re.I),
        coordination_link=re.compile(rf"(?:,|\b(?:{'|'.join(map(re.escape, links))})\b)", re.I),
        coordination_finite=frozenset(lex.entities["finite_verbs"]),
        replaced_value=re.compile(rf"(?<![^\W\d_])(?:{alt(ch['replaced_value_cues'])})(?![^\W\d_])", re.I),
        baseline_value=re.compile(rf"[^.;:]{{0,60}}?,?\s*(?:(?:{alt(ch['baseline_cues'])})|(?:{alt(ch['baseline_far_cues'])})"
                                  rf"(?:\s+[^\W\d_]+){{1,3}}?)\s*", re.I),
        from_to_gap=re.compile(rf"\s*(?:\([^)]*\)|[^,.;()]{{0,30}}?)\s*(?:{alt(ch['to_words'])})\s*", re.I),
        from_before=re.compile(rf"\b(?:{alt(ch['from_words'])})\s*$", re.I),
        amount_before=re.compile(rf"\b(?:{alt(ch['amount_words'])})\s*$", re.I),
        baseline_before=with_first_chars(rf"\b(?:(?:{alt(ch['baseline_cues'])})(?:\s+(?:{alt(comparison.get('temporal_words', ()))}))?"
                                         rf"|(?:{alt(ch['baseline_far_cues'])})(?:\s+[^\W\d_]+){{1,3}}?)\s*$", re.I),   # 'mot normalt 640'
        baseline_start=re.compile(rf"\s*(?:{alt(ch['baseline_cues'])})\b", re.I),
        baseline_pair=re.compile(rf"\b(?:{alt(ch['baseline_cues'] + ch['from_words'])})\s+(?P<first>\d[\d\s ]*(?:,\d+)?|[^\W\d_]+)"
                                 rf"(?:\s+[^\W\d_]+){{1,4}}(?:\s+\d{{4}})?\s*(?:,|\b(?:{alt(ch['baseline_pair_links'])})\b)\s*$", re.I),   # '… 2024 och'
        baseline_in=re.compile(rf"(?<![^\W\d_])(?:{alt(ch['baseline_cues'])})(?![^\W\d_])", re.I),
        apposition=re.compile(rf"\s*[,–—-]\s*(?:{alt(ch.get('apposition_leads', []))})\s+(?P<noun>[^\W\d_]+)"
                              rf"(?:\s+(?P<noun2>[^\W\d_]+))?", re.I),
        apposition_adverb=re.compile(rf"\s*,\s*(?P<adverb>{alt(ch['apposition_adverbs'])})\s+(?:(?:{alt(ch['from_words'])})\s+)?(?=[-−+]?\d)", re.I),
        coordinated_level=re.compile(rf"[^.;:]*?\b(?:{alt(ch['level_links']['and'])})\s+"
                                     rf"(?:(?:{alt(ch['level_links'].get('adverbs', ()) or ['(?!)'])})\s+)?(?:(?:{alt(ch['level_links']['verbs'])})\b"
                                     rf"[^.;:]{{0,40}}?\b(?:{alt(ch['level_links']['to'])})|"
                                     rf"(?:{alt(ch['level_links'].get('direct_verbs', ()) or ['(?!)'])})"
                                     rf"(?:\s+(?:{alt(ch['level_links'].get('adverbs', ()) or ['(?!)'])}))?"
                                     rf"(?:\s+(?:{alt(ch['level_links'].get('time_leads', ()) or ['(?!)'])})\s+[^\W\d_]+(?:\s+\d{{4}})?)?)\s*",
                                     re.I),
        restatement=re.compile(rf"(?P<lead>[^.;:()]{{0,40}}?),\s*(?:{alt(ch.get('restatement_links', []))})\s*",
                               re.I),
        endpoint=re.compile(rf"[,;]?\s*(?:(?:{alt(ch['endpoint_links'])})\s+)?"
                            rf"(?:{alt(ch['endpoint_words'], flexible_spaces=True)})\s+(?:[^\W\d_]+\s+){{0,2}}", re.I),
        compared_right_after=re.compile(rf"\s*(?P<link>(?:{clinks}))\b", re.I),
        compared_later=re.compile(rf"(?:^|(?<=[\s(]))(?P<link>(?:{clinks}))\b", re.I),
        label_before=re.compile(rf"^\s*(?P<label>[^\W\d_][\w-]*(?:\s+[^\W\d_][\w-]*){{0,{n - 1}}})\s*:\s*(?:[^\W\d_]+\s+)?$"),
        to_before=re.compile(rf"\b(?:{alt(ch['to_words'])})\s*$", re.I),
        distributive=re.compile(rf"(?<![^\W\d_])(?:{alt(ch.get('distributive_words', ())) or '(?!)'})(?![^\W\d_])", re.I),
        part_link=re.compile(rf"(?<![^\W\d_])(?:{alt(lex.entities['bare_scaled_count'].get('part_links', ())) or '(?!)'})(?![^\W\d_])", re.I),
        occasion_relative=re.compile(rf"(?:(?<![^\W\d_])(?:{alt(tl['occasion_relatives']['relative_words'])})\s+|(?<![^\W\d_])(?!(?:{alt(tl['occasion_relatives']['not_after'])})\s)"
                                     rf"[^\W\d_]{{3,}}\s+)(?:{alt(tl['occasion_relatives']['pronouns'])})\s+(?P<verb>[^\W\d_]+)\s+$", re.I),
        occasion_before=re.compile(rf"(?<![^\W\d_])(?:{alt(tl.get('occasion_nouns', ())) or '(?!)'})\s+(?:(?:{alt(tl['pattern_words']['date_article'])})\s+)?$", re.I),
    )
    return dataclasses.replace(words, **{f.name: led(getattr(words, f.name)) for f in dataclasses.fields(words)   # same
                                         if isinstance(getattr(words, f.name), re.Pattern)})      # matches, faster


# --- period helpers -----------------------------------------------------------------------------

def _distance(q: Quantity, t: TimeExpr) -> int:
    if t.char_end <= q.char_start:
        return q.char_start - t.char_end
    if t.char_start >= q.char_end:
        return t.char_start - q.char_end
    return 0


def _nearness(case, t: TimeExpr) -> tuple:
    """How near a period stands to the figure: inside the figure's own bracket first ('(204 procent per den 31 december
    2025)'), then on its own line ('2022: 85,9' over '2023: 85,1' in a fact box), then by characters."""
    a, b = sorted((case.q.char_start, t.char_start))
    return not _in_own_bracket(case.text, t, case.q), "\n" in case.text[a:b], _distance(case.q, t)


def _as_time(t: TimeExpr, source: str, **extra) -> dict:
    d = {"text": t.text, "start": t.start, "end": t.end, "source": source, "grain": t.grain}
    if not t.resolved:
        d["unresolved"] = "no publication date" if t.type in ("relative", "duration_ago", "term") else "incomplete"
    d.update(extra)
    return d


def present_state(text: str, q: Quantity, lex: Lexicon) -> bool:
    """A present-tense state with the figure as its complement: 'ligger nu på 79,4 procent', 'är på 12,9 procent'."""
    w = _words(lex)
    a, _ = clause_of(text, q.core_start, lex)
    before = words_of(text[a:q.char_start])
    if not any(v in w["present"] for v in before):
        return False
    return not any(v in w["past"] for v in before)


def standing_fact(text: str, qs: list[Quantity], W: ResolveWords, lex: Lexicon) -> bool:
    """A sentence stating a standing fact in the present tense: a present state or possession verb at most two words
    before its first figure ('Kyrkoavgiften är i genomsnitt 1,04 procent', 'Förbundet har 14 brandstationer och
    cirka 950 anställda'), and no past marker or change word anywhere in it ('har ökat', 'var', 'minskade')."""
    if not qs:
        return False
    w = _words(lex)
    before = words_of(text[:qs[0].char_start])[-3:]
    possession = W.possession
    if not any(v in w["present"] or v in possession for v in before):
        return False
    words = words_of(text)     # 'har' is a past marker ('har ökat') and a possession verb ('har 14 stationer')
    return not any(v in w["past"] and v not in possession for v in words) and _direction_in(text, True, lex) is None \
        and W.supines.isdisjoint(words)       # 'Polisen har fått 40 nya tjänster': the perfect tense, a past event


def _labels_bracket_of(text: str, t: TimeExpr, q: Quantity) -> bool:
    """Whether ``t`` labels the bracket ``q`` stands in ('(2022: 41 procent)', see times.prior_period_label)."""
    if not (t.baseline and prior_period_label(text, t)):
        return False
    if t.char_end <= q.char_start:                      # '(2022: 41 procent)'
        return ")" not in text[t.char_end:q.char_start]
    return q.char_end <= t.char_start and not any(c in text[q.char_end:t.char_start] for c in "()") \
        and "(" in text[max(0, q.char_start - 3):q.char_start]      # '(25 procent 2024)'





# --- period -----------------------------------------------------------------------------------

@dataclass
class TimeCase:
    """Everything a period rule may look at for one figure."""
    text: str
    q: Quantity
    times: list
    prev_q_time: dict | None
    previous: list
    heading: list
    published: str | None
    published_year: int | None
    a: int = 0
    b: int = 0
    usable: list = None
    in_clause: list = None
    document: TimeExpr | None = None        # the period the document reports on (note_document_period)
    prev_q: Quantity | None = None          # the figure a restating clause restates (not a baseline figure)
    decided: dict = None                    # id(quantity) -> the period already decided for it in this sentence
    W: ResolveWords = None                  # the resolver's compiled lexicon (resolve_words)
    lex: Lexicon = None                     # the lexicon itself, for the context functions
    report: bool = False                    # the document reports on its period, already past (reports_past)
    others: list = field(default_factory=list)   # the sentence's other figures (their clauses hold their own times)
    titled: bool = False                    # the title names the document's period ('Årsredovisning 2025')



def _evidence(rule: str, t: TimeExpr | None = None, *, here: bool = True, text: str | None = None) -> dict:
    """What decided a period: the rule's name and, for a time expression in this sentence, its text and offsets."""
    if t is None:
        return {"rule": rule, "text": text}
    ev = {"rule": rule, "text": t.text}
    if getattr(t, "rule", None):
        ev["time_rule"] = t.rule                # the time grammar's rule that read the expression
    if here:
        ev["char_start"], ev["char_end"] = t.char_start, t.char_end
    return ev


def _publication(case: TimeCase, rule: str, cue: str | None = None) -> dict:
    return _on_publication(case.published, rule, cue=cue)


def _on_publication(published, rule: str, note: str | None = None, cue: str | None = None) -> dict:
    """The publication date as a figure's period, with the rule that chose it."""
    out = {"text": None, "start": str(published)[:10], "end": str(published)[:10], "source": "publication_date",
           "grain": "day", "evidence": _evidence(rule, text=cue)}
    if note:
        out["note"] = note
    return out


def _rule_example_case(case: TimeCase) -> dict | None:
    """'För en normalvilla som använder 20 MWh …', 'För den som tjänar 30 000 kronor i månaden innebär höjningen …': a
    figure defining an example case is about no period (its clause names none); the result after it is."""
    m = None if case.in_clause else case.W.example_case.match(case.text[:case.q.char_start])
    if m is None:
        return None
    finite = case.lex.entities["finite_verbs"]
    after = words_of(m.group("after"))
    after = after[1:] if m.group("link").lower() == "som" else after      # 'som använder': the relative clause's verb
    if any(v in finite for v in after):
        return None                      # 'För en familj med två barn blir avgiften 2 100 kronor': the main clause's
    return {}


def _rule_duration(case: TimeCase) -> dict | None:
    """A duration ('tio år i rad') is itself a span of time: only the period its own clause says it was measured
    in ('24 dagar i mars', 'väntade i snitt 12 veckor under 2023', 'Snittet för 2016–2025 var 118 minuter'), a
    present word before it ('I dag tar det 27 minuter', the publication date) or a heading places it (and nothing else
    may). A span of seasons ('under hösten', 'höstterminen') is no period a time is measured in."""
    if case.q.kind != "duration":
        return None
    then = _rule_then(case)              # '… lägre än i oktober 2025, då talet låg på 10,05 dagar'
    if then:
        return then
    b = max(case.b, clause_of(case.text, max(case.q.core_start, case.q.char_end - 1), case.lex)[1])
    clause = [t for t in case.usable if case.a <= t.char_start < b]    # '3 timmar och 58 minuter 2024': the whole figure
    within = [t for t in clause if t.start and t.grain in ("month", "quarter", "half", "year", "week")
              and (t.type in ("point", "relative", "duration_ago") or t.type == "range" and t.grain == "year")]
    if within:                     # 'låg ute i genomsnitt 24 dagar i mars': measured in the period its clause names
        t = min(within, key=lambda t: _distance(case.q, t))
        return _as_time(t, "explicit", note="the period the duration is measured in",
                        evidence=_evidence("duration_within", t))
    m = case.W.present_words.search(case.text[:case.b].lower()) if case.published_year is not None else None
    if m and not any(t.baseline and t.char_start <= m.start() < t.char_end for t in case.times):
        return _publication(case, "duration_now", m.group(0))   # 'I dag tar det i genomsnitt 27 minuter'
    h = case.heading
    return _as_time(h[-1], "document_context", evidence=_evidence("heading", h[-1], here=False)) if h else {}


def _rule_sequence(case: TimeCase) -> dict | None:
    """'därefter 116 Mkr per år': a sequence word continues the period of the figure before it; 'sedan dess'
    (time.json since_then_words) spans from it to the reported period or the publication year."""
    seq = [t for t in case.times if t.type == "sequence" and case.a <= t.char_start < case.b]
    if not (seq and case.prev_q_time and case.prev_q_time.get("end")):
        return None
    before = int(str(case.prev_q_time["end"])[:4])
    if " ".join(seq[0].text.lower().split()) in case.lex.time.get("since_then_words", ()):
        d = case.document if case.report else None
        end = d.end[:4] if d is not None and d.end else case.published_year
        if end is not None and int(end) > before:     # 'och minskningen sedan dess uppgår till 13 procent'
            return {"text": seq[0].text, "start": str(before), "end": str(end), "source": "explicit", "grain": "year",
                    "note": "the span since the period before", "evidence": _evidence("since_then", seq[0])}
    end_t = next((t for t in case.in_clause if t.type == "open_end"), None)
    text = case.text[seq[0].char_start:(end_t.char_end if end_t else seq[0].char_end)]
    return {"text": text, "start": str(before + 1), "end": end_t.end if end_t else None, "source": "explicit",
            "grain": "year", "note": "continues the sequence before it", "evidence": _evidence("sequence", seq[0])}


def _sum_over(case: TimeCase) -> bool:
    """A figure that adds up over the span to a target year rather than stating the level reached by it: a sum of
    money ('investera 1,2 miljarder kronor … fram till 2029') or a forecast rate of change ('väntas öka med 12
    procent fram till 2030'; a goal, 'ska öka med 50 procent till 2035', is the state at that year)."""
    q = case.q
    if q.kind == "money" and not q.per:
        return True
    clause = words_of(case.text[case.a:case.b])
    return q.kind in ("percent", "percentage_point") and not case.W.forecast.isdisjoint(clause) \
        and direction_cue(case.text[case.a:case.q.char_start], True, case.lex) is not None


def _stated(case: TimeCase, t: TimeExpr, rule: str) -> dict:
    """A period stated in the sentence, as the figure's time; an open end that is a deadline ('senast 2026', 'Till
    2026 ska ... öka till') gives the state at that point, not the span up to it."""
    if t.rule == "change_span" and case.report and case.document is not None and case.document.grain in _SPAN_REPORT_GRAINS:
        return _document_time(case.document, rule + "_change_span_in_report")   # a quarter's change
    if t.type == "open_end" and t.end and t.resolved:
        W = case.W
        words, end_word, target = W.deadline_words, W.target_end, W.target_cues
        a, b = clause_of(case.text, t.char_start, case.lex)
        if words.match(t.text) or end_word.match(t.text) and target.search(case.text, a, b) and not _sum_over(case):
            year = t.end[:4]
            return {"text": t.text, "start": year, "end": year, "source": "explicit", "grain": "year",
                    "note": "the state at a deadline", "evidence": _evidence(rule + "_deadline", t)}
    if t.type == "open_end" and t.end and not t.start:
        year = t.end[:4]            # an undated text: no 'now' to count from, so the year the claim reaches
        return {"text": t.text, "start": year, "end": year, "source": "explicit", "grain": "year",
                "note": "an open end in an undated text: the year it reaches", "evidence": _evidence(rule + "_open_end", t)}
    return _as_time(t, "explicit", evidence=_evidence(rule, t))


# 'steg med 3,4 procent på tolv månader' in a report on a quarter, half-year or year is that period's change (its
# year-on-year figure), as annotators date it; in a month's release or with no reported period, the span itself
_SPAN_REPORT_GRAINS = ("quarter", "half", "year")


def _rule_average_restated(case: TimeCase) -> dict | None:
    """'… 7 procent fler än genomsnittet för de senaste tio åren, som ligger på 3 658 larm per år': a figure right
    after an average over several earlier years (its apposition or a 'som ligger på' clause: change.json
    average_restated) is that average's value, about those years."""
    spans = [t for t in case.times if t.baseline and t.start and t.end and t.start[:4] != t.end[:4]
             and t.type != "open_start" and t.char_end <= case.q.char_start and case.W.average_restated.fullmatch(case.text, t.char_end, case.q.char_start)]
    if not spans:
        return None
    t = spans[-1]
    return {"text": t.text, "start": t.start[:4], "end": t.end[:4], "source": "explicit", "grain": "year",
            "note": "the value of an average over earlier years", "evidence": _evidence("average_restated", t)}


def _rule_same_clause(case: TimeCase) -> dict | None:
    """A period in the figure's own clause, the nearest one."""
    if not case.in_clause:
        return None
    t = min(case.in_clause, key=lambda t: _nearness(case, t))
    return _stated(case, t, "same_clause")


def _rule_then(case: TimeCase) -> dict | None:
    """'… än i oktober i fjol, då 20 personer omkom': a clause opened by 'då' right after a period is about that
    period (the comparison point's own figure)."""
    if not case.W.then.match(case.text, case.a, case.q.char_start):
        # without a comma: '… mindre än sommaren 2018 då över 900 hektar brann', '2024 då det var 17,1'
        right = [t for t in case.times if t.start and t.char_end <= case.q.char_start
                 and case.W.then_gap.fullmatch(case.text, t.char_end, case.q.char_start)]
        return _as_time(right[-1], "explicit", evidence=_evidence("then_clause", right[-1])) if right else None
    before = [t for t in case.times if t.start and t.char_end <= case.a and not case.text[t.char_end:case.a].strip(" ,;–-")]
    if not before:
        return None
    t = before[-1]
    if t.type == "open_start":           # '… sedan rekordsäsongen 2009, då snittet låg på 5 870': 'då' is the point
        t = dataclasses.replace(t, end=t.start, type="point")     # the span starts at, not the span
    return _as_time(t, "explicit", evidence=_evidence("then_clause", t))


def _rule_same_period(case: TimeCase) -> dict | None:
    """'… 40 procent mer än för tio år sedan, medan priserna har stigit med 27 procent under samma tid': 'under samma
    tid' in the figure's clause is the period of the figure before it in the sentence."""
    if not any(t.rule == "same_period" and case.a <= t.char_start < case.b for t in case.times):
        return None
    before = case.decided.get(id(case.prev_q)) if case.prev_q is not None else None
    return dict(before, evidence={"rule": "same_period", "text": (before.get("evidence") or {}).get("text")}) if before else None


def _rule_since_comparison(case: TimeCase) -> dict | None:
    """'Det är 40 procent mer än för tio år sedan', '45 miljoner kronor mer än för två år sedan': a difference
    against a point some years ago, with no period of its own, is about the span from that point to the
    publication year ('6 procent fler än i fjol' stays about this year)."""
    if case.published_year is None:
        return None
    after = WORD.search(case.text, case.q.char_end, case.q.char_end + 12)
    if not after or after.group(0).lower() not in case.W.comparatives_after:
        return None
    past = [t for t in case.times if t.baseline and t.type == "duration_ago" and t.start
            and after.end() <= t.char_start < case.b and int(t.start[:4]) <= case.published_year - 2]
    if not past:
        return None
    t = past[0]
    return {"text": t.text, "start": t.start[:4], "end": str(case.published_year), "source": "explicit", "grain": "year",
            "note": "the span from the point compared with to now", "evidence": _evidence("since_comparison", t)}


_YEAR4 = re.compile(r"\b\d{4}\b")


def _rule_restating(case: TimeCase) -> dict | None:
    """'... var 1,05 kr/kWh, vilket är 38 procent lägre än 2022': a figure restating the one before it in the
    sentence is about that figure's period (or, when that one names none, the document's), not the present of
    'är'; its own clause naming a period was decided before."""
    if case.prev_q is None or not case.W.restating.match(case.text, case.a, case.q.char_start):
        return None
    before = case.decided.get(id(case.prev_q))
    if before:
        return dict(before, evidence={"rule": "restating", "text": (before.get("evidence") or {}).get("text")})
    return _document_time(case.document, "restating_in_report") if case.document else None


def _rule_present_clause(case: TimeCase) -> dict | None:
    """'nu finns 1 900 km ... jämfört med ... för fem år sedan': the clause's 'nu' outranks the sentence's periods."""
    if case.published_year is None:
        return None
    m = _own_present(case)
    return _publication(case, "present_in_clause", m.group(0)) if m else None


def _own_present(case: TimeCase):
    """The first present word of the figure's clause ('nu', 'i dag') that is not a comparison point: '60 fler än i
    dag', '2 kronor mer än nu' compare with the present, they are not about it."""
    clause = case.text[case.a:case.b].lower()
    for m in case.W.present_words.finditer(clause):
        at = case.a + m.start()
        before = words_of(case.text[max(case.a, at - 12):at])[-1:]
        if not any(t.baseline and t.char_start <= at < t.char_end for t in case.times) \
                and not (before and before[0] in case.lex.change["comparison"]["links"]):
            return m
    return None


def _rule_sentence(case: TimeCase) -> dict | None:
    """A period elsewhere in the sentence, the nearest one; 'sedan 2016' or 'på tolv månader' in another clause
    dates the change stated there, not a level ('45 procent, en ökning ... sedan 2016')."""
    usable = case.usable
    if not _change_clause(case.text, case.q.core_start, case.lex):      # 'krympt med 4 procentenheter på femton år
        usable = [t for t in usable if t.type != "open_start" and t.rule != "change_span"     # men ligger på 24 procent'
                  or not _change_clause(case.text, t.char_start, case.lex)]
    usable = [t for t in usable if t.type != "open_start" or not _comment_clause(case, t)]
    usable = [t for t in usable if t.type != "open_start" or not _in_apposition_after(case, t)]
    usable = [t for t in usable if not _labels_next_figure(case, t) and not _trails_other_figure(case, t)
              and not _follows_other_figure(case, t)]
    if not usable:
        return None
    t = min(usable, key=lambda t: _nearness(case, t))
    return _stated(case, t, "same_sentence")


def _follows_other_figure(case: TimeCase, t: TimeExpr) -> bool:
    """'… som beräknas kosta 185 miljoner kronor fram till 2029, och ett särskilt boende med 60 platser': a span
    written right after another figure, outside this figure's clause, is that figure's."""
    if case.a <= t.char_start < case.b or t.type not in ("open_end", "open_start"):
        return False
    return any(o.char_end <= t.char_start and not case.text[o.char_end:t.char_start].strip() for o in case.others)


def _trails_other_figure(case: TimeCase, t: TimeExpr) -> bool:
    """'… var 1,9 procent, och målet är minst 5 procent år 2030': a period in a later clause with a verb of its own,
    after that clause's own figure, is that figure's. A period opening a clause before its figures ('…, och under
    2025 ökade …'), a clause without a verb ('214 tandläkare och 296 tandhygienister i tjänst i december') and an
    earlier clause's period still hold for the figure."""
    if case.a <= t.char_start < case.b or t.char_start < case.q.char_end:
        return False
    a, _ = clause_of(case.text, t.char_start, case.lex)
    return any(a <= o.char_start and o.char_end <= t.char_start and o.prior_of is None and o.char_start > case.q.char_end
               and not case.W.coordination_finite.isdisjoint(words_of(case.text[a:o.char_start]))
               for o in case.others)


_FIGURE_NEXT = re.compile(r"\s+[−–+-]?\d")


def _labels_next_figure(case: TimeCase, t: TimeExpr) -> bool:
    """'betalar 68 kronor per portion, i dag 62 kronor': a period after a comma standing right before another figure
    labels that figure, not the one before the comma."""
    q = case.q
    return t.char_start > q.char_end and "," in case.text[q.char_end:t.char_start] \
        and _FIGURE_NEXT.match(case.text, t.char_end) is not None


def labels_figure(text: str, t: TimeExpr) -> bool:
    """'kostar då 95 kronor, i dag 88 kronor': a period opening a part after a comma with a figure right after it is
    that figure's label only; it is carried to no later sentence ('Barn betalar 50 kronor, en höjning med 5 kronor.'
    is about the coming prices, not 'i dag')."""
    return text[:t.char_start].rstrip().endswith(",") and _FIGURE_NEXT.match(text, t.char_end) is not None


def _in_apposition_after(case: TimeCase, t: TimeExpr) -> bool:
    """'… och nådde 3 960 anmälningar, en ökning med 11 procent från 2024 och med 58 procent sedan 2020': a 'sedan'
    in the change named in apposition right after the figure dates that change; the level reached is about the
    period it was reached in."""
    q = case.q
    if t.char_start <= q.char_end or "." in case.text[q.char_end:t.char_start]:
        return False
    noun = _COUNTED_NOUN.match(case.text, q.char_end)            # '3 960 anmälningar, en ökning …'
    return case.W.apposition.match(case.text, noun.end()) is not None


_COUNTED_NOUN = re.compile(r"(?:\s+[^\W\d_]+){0,2}")


def _comment_clause(case: TimeCase, t: TimeExpr) -> bool:
    """'… fler än i fjol och det högsta antalet sedan mätningarna började 2012', '…, ett mönster som har återkommit
    varje vinter sedan 2019': a 'sedan' in a noun phrase after the figure's clause (opened by a determiner) comments
    on the figure; it dates a record or a habit, not the figure."""
    a, _ = clause_of(case.text, t.char_start, case.lex)
    if a <= case.q.char_start:
        return False                     # the figure's own clause, or one before it
    words = words_of(case.text[a:t.char_start])[:2]
    if words and case.W.coordination_link.fullmatch(words[0]):
        words = words[1:]                # '… och det högsta antalet'
    return bool(words) and words[0] in case.W.determiners


def _rule_perfect_to(case: TimeCase) -> dict | None:
    """'Antalet vårdplatser har minskat från 980 till 890 på fem år': the to-value of a change told in the present
    perfect ('har minskat', 'har ökat'), with no period of its own, is the state now (the publication date), not the
    period of the sentence before."""
    if case.published_year is None or not case.W.to_before.search(case.text, case.a, case.q.char_start):
        return None
    before = case.text[case.a:case.q.char_start]
    if case.W.perfect_auxiliaries.isdisjoint(words_of(before)) or direction_cue(before, False, case.lex) is None:
        return None
    d = case.document
    if case.report and case.titled and d is not None and d.grain == "year" and d.end and int(d.end[:4]) < case.published_year:
        return _document_time(d, "perfect_to_report_year")   # an annual report on 2025, published in March 2026:
                                                              # 'har ökat till 27 procent' is the year's end
    return _publication(case, "perfect_to_now")


_SPANS_OF_THEIR_SENTENCE = frozenset({"last_n", "last_n_inverted", "rolling_year", "open_end"})


def _rule_previous_sentence(case: TimeCase) -> dict | None:
    """The period an earlier sentence of the paragraph (or the paragraph before) stated: its first one, the main
    period ('antog budget 2026 och plan 2027–2028. Skattesatsen höjs …' is about 2026), passing over a day (a
    dateline or a decision date) when it named a longer period too."""
    if not case.previous:
        return None
    t = next((t for t in case.previous if t.grain != "day" or t.start != t.end), case.previous[0])
    if t.rule in _SPANS_OF_THEIR_SENTENCE and not _change_clause(case.text, case.q.core_start, case.lex):
        return None                      # 'De senaste tolv månaderna …. Soliditeten var 41 procent', 'investerar … fram
                                         # till 2029. Av dem går 310 mnkr till …': the span was its sentence's
    if t.type == "open_start" and not _change_clause(case.text, case.q.core_start, case.lex):
        return None                      # 'Priset har stigit med 12 procent sedan 2019. Andelen elbilar är 31
                                         # procent.': the span since dates the change told, not a later level
    if t.type in ("open_start", "open_end") and any(b.baseline for b in case.times):
        return None                      # 'Sedan november 2024 …. Elpriset var 11,5 procent lägre än för ett år sedan':
                                         # a figure compared with a point is about now, not the span before
    if t.start and any(b.baseline and b.start and b.start[:4] == t.start[:4] and _YEAR4.search(b.text) for b in case.times):
        return None                      # '… hälften så många som 2015': compared with that period, not about it
    return _as_time(t, "sentence_context", evidence=_evidence("previous_sentence", t, here=False))


def _rule_occasion_count(case: TimeCase) -> dict | None:
    """'Förslaget föll med 38 röster mot 33': what was counted at an occasion (votes; time.json occasion_counts) is
    about the day it was counted, the publication date, not the year a plan or budget is for."""
    if case.published_year is None or case.W.occasion_counts.isdisjoint(words_of(case.text[case.a:case.b])):
        return None
    day = next((t for t in case.times if t.grain == "day" and t.start and not t.baseline), None)
    if day is not None:                  # 'antog på tisdagen budgeten för 2026 med 48 röster': the day of the vote
        return _stated(case, day, "occasion_count")
    if case.previous and case.previous[0].grain == "day":
        return None                      # the day the sentence before named ('Beslutet fattades med 27 röster')
    return _publication(case, "occasion_count")


def _rule_present_tense(case: TimeCase) -> dict | None:
    """A present-tense state ('ligger nu på 79,4 procent') is about the publication date, or in a document about a
    coming period about that period; with no publication date, about the end of the heading's period when that
    runs to now."""
    own_present = _own_present(case) is not None
    if not (present_state(case.text, case.q, case.lex) or own_present):
        return None
    d = case.document
    if d is not None and case.published_year is not None and int(d.start[:4]) > case.published_year \
            and not own_present \
            and case.W.still.isdisjoint(words_of(case.text[case.a:case.b])) \
            and case.W.possession.isdisjoint(words_of(case.text[case.a:case.q.char_start])):
        # a document about a coming period (a budget, quotas, a tariff): 'Budgetomslutningen landar på 3,1
        # miljarder' is about it; 'nu', and what an organisation has ('äger 19 300 lägenheter'), are about now
        return _document_time(d, "present_in_plan")
    if d is not None and case.report \
            and not own_present \
            and case.W.possession.isdisjoint(words_of(case.text[case.a:case.q.char_start])):
        # a report on a period past: 'Inrikes transporter står för en tredjedel av utsläppen' is about that period
        return _document_time(d, "present_in_report")
    if case.published_year is not None:
        return _publication(case, "present_tense")
    if case.heading and case.heading[-1].end:
        t = case.heading[-1]
        return {"text": t.text, "start": t.end, "end": t.end, "source": "document_context", "grain": "year",
                "note": "present tense under a heading whose period runs to now",
                "evidence": _evidence("present_under_heading", t, here=False)}
    return None


def _rule_heading(case: TimeCase) -> dict | None:
    """The period of the heading that governs the figure's list or section."""
    if not case.heading:
        return None
    d = case.document
    t = next((h for h in case.heading if d is not None and (h.start, h.end) == (d.start, d.end)), case.heading[-1])
    if case.published_year is not None and t.start and int(t.start[:4]) >= case.published_year \
            and int((t.end or t.start)[:4]) > case.published_year \
            and preterite(case.text[case.a:case.b], case.lex) and not speaks_ahead(case.text, case.lex):
        return None     # 'Där inträffade 7 av dödsolyckorna' under '… målet för 2030', 'till 2030': what happened is
                        # no coming year's
    # ('Förslag till budget 2027 och plan för 2028–2029': the budget year the document is about, not the plan's)
    if d is not None and t.grain == "day" and t.start and t.start[:4] == d.start[:4] \
            and case.published_year is not None and int(d.start[:4]) > case.published_year:
        return _document_time(d, "document_period")    # 'VA-taxan höjs från 1 januari': the coming year it starts
    return _as_time(t, "document_context", evidence=_evidence("heading", t, here=False))


STANDING_NOTE = "a standing fact in the present tense"
YEARLESS_RULES = frozenset({"month", "season", "month_range"})   # time rules that may read a month with no year
REPORT_LAG_DAYS = 183   # a report on a period comes out within half a year of its end (annual, quarterly, monthly)


def reports_past(ctx) -> bool:
    """Whether the document reports on a period already past, so that its present tense ('Inrikes transporter står
    för en tredjedel av utsläppen') is about that period: its title names one up to the publication year
    ('Bokslutskommuniké 2025'), or its lead opens by naming one that ended within half a year before it was
    published ('Kommunens trafikmätningar för 2025 är klara', published in March 2026). A year the lead names later
    after another ('… sedan 2017. Under 2021 anmäldes …') or long before publication ('Intäkterna var 1,9 miljarder kronor 2023',
    published in December 2024) is a figure's period in a news item, and its present tense is about now."""
    d, pub = ctx.document_period, ctx.pub
    if d is None or not d.end or pub is None:
        return False
    if ctx.document_title_period:
        return int(d.end[:4]) <= pub.year
    if not ctx.document_period_opening:
        return False
    end = _last_day(d.end)
    return end is not None and end < pub and (pub - end).days <= REPORT_LAG_DAYS


def _last_day(iso: str) -> date | None:
    """'2025' -> 2025-12-31, '2025-03' -> 2025-03-31, '2025-03-14' itself."""
    try:
        parts = [int(x) for x in iso[:10].split("-")]
    except ValueError:
        return None
    if len(parts) == 1:
        return date(parts[0], 12, 31)
    if len(parts) == 2:
        return date(parts[0], parts[1], calendar.monthrange(parts[0], parts[1])[1])
    return date(*parts[:3])


def _whole_year(d: TimeExpr) -> bool:
    """A year, or the months of one whole year ('januari–december 2025')."""
    return d.grain == "year" or (d.start[:4] == d.end[:4] and d.start[5:7] == "01" and d.end[5:7] == "12")


def _rule_document(case: TimeCase) -> dict | None:
    """Nothing nearer names a period: the figure is about the period the document reports on."""
    return _document_time(case.document, "document_period") if case.document else None


def _document_time(t: TimeExpr, rule: str) -> dict:
    return _as_time(t, "document_context", note="the period the document reports on (its title or lead)",
                    evidence=_evidence(rule, t, here=False))


def _reported_period(t: TimeExpr, title: bool) -> bool:
    """A closed period within one calendar year that a document can report on: a year, half-year or quarter, or
    in a title also a month ('Arbetslösheten i oktober'); not a day (a dateline), not a month in the lead (the month
    a decision was taken), not 'sedan 2015', not a span of years (but a season or a split year: 'säsongen 2025/26'),
    not a comparison."""
    grains = ("year", "half", "quarter", "month") if title else ("year", "half", "quarter")
    months = t.grain == "month" and t.type == "range" and len(t.start or "") == len(t.end or "") == 7 \
        and int(t.end[5:7]) - int(t.start[5:7]) >= 2       # 'Delårsrapport januari–september 2026': months reported on
    split = t.rule == "year_slash" and t.start and t.end and int(t.end[:4]) - int(t.start[:4]) == 1   # '2025/26'
    return bool(t.start and t.end and t.resolved and not t.baseline and t.type in ("point", "range", "relative")
                and (t.grain in grains or months) and (t.start[:4] == t.end[:4] or split))


def anchor_named_periods(text: str, times: list[TimeExpr], ctx) -> None:
    """'JO tog under verksamhetsåret 2023/24 emot …' names a period; a later 'Under verksamhetsåret genomförde …'
    is that period (time.json named_periods). Remembers a named period when one of the nouns stands right before a
    stated period, and gives an unresolved later mention its start and end (in place). Also: 'Årets resultat', 'under
    helåret' in a document about a named year are that year (time.json report_year_words)."""
    nouns = ctx.lex.time["named_periods"]
    report_words = ctx.lex.time["report_year_words"]
    d = ctx.document_period
    for t in times:
        if t.rule == "average_years" and d is not None and _whole_year(d) and t.end and int(t.end[:4]) != int(d.start[:4]) - 1:
            n = int(t.end[:4]) - int(t.start[:4]) + 1           # 'femårssnittet' in a report on 2025: 2020-2024
            t.start, t.end = str(int(d.start[:4]) - n), str(int(d.start[:4]) - 1)
            continue
        if t.rule == "relative_year" and d is not None and _whole_year(d) and t.start and t.start[:4] != d.start[:4] \
                and " ".join(t.text.lower().split()) in report_words:
            t.start, t.end = d.start[:4], d.start[:4]       # 'Årets resultat' in a report on last year
            continue
        if t.rule == "term_year":
            _anchor_term_year(t, ctx)
            continue
        if t.rule == "named_period":
            named = ctx.named_periods.get(t.text.split()[-1].lower())
            if named is not None:
                t.start, t.end, t.grain, t.resolved, t.type = named.start, named.end, named.grain, True, named.type
                after = _NEXT_WORD.match(text, t.char_end)
                before = _WORD_BEFORE.search(text, max(0, t.char_start - 16), t.char_start)
                if t.start and t.end and (after and after.group(1).lower() in ctx.lex.derived(resolve_words).period_before
                                          or before and before.group(1).lower() in ctx.lex.time["season_previous"]):
                    # 'mot 66 procent säsongen innan', '260 älgar lägre än förra jaktåret': the period before the
                    # named one, a year earlier
                    t.start, t.end = _year_earlier(t.start), _year_earlier(t.end)
                    t.baseline = True
        elif t.start and not t.baseline:        # 'fler än under säsongen 2024/25' names the comparison, not the season
            m = _WORD_BEFORE.search(text, max(0, t.char_start - 30), t.char_start)
            if m and m.group(1).lower() in nouns and not (d is not None and d.start and t.end and t.end[:4] < d.start[:4]):
                ctx.named_periods[m.group(1).lower()] = t   # ('Rekordet från säsongen 2022/23' in a report on
                                                            # 2025/26 looks back: 'säsongen' stays the report's)
    _note_term(text, times, ctx)
    times[:] = [t for t in times if t.rule != "term_year" or t.start]     # 'första året' of no term names no period


def _anchor_term_year(t: TimeExpr, ctx) -> None:
    """'första året', 'år 2' of the term the document named last ('Avtalet gäller från 1 april 2026 till 31 mars
    2028'): the twelve months from its start on (time.json term_years), in place."""
    terms = [p for p in ctx.named_periods.values() if p.start and p.end and p.start[:4] != p.end[:4]]
    if not terms:
        return
    words = t.text.lower().split()
    if len(words) > 2 and words[0] in ctx.lex.time.get("term_year_leads", ()):
        words = words[1:]                                     # 'under första året'
    term, n = terms[-1], ctx.lex.time["term_years"].get(" ".join(words))
    if n is None:
        return
    y = int(term.start[:4]) + n - 1
    if len(term.start) >= 7 and term.start[5:7] != "01":       # a term from 1 April runs April to March
        t.start, t.end = f"{y}{term.start[4:]}", _last_day_before(f"{y + 1}{term.start[4:]}")
    else:
        t.start = t.end = str(y)
    t.resolved, t.type, t.grain = True, "point", ("day" if len(term.start) == 10 else "month" if len(term.start) == 7 else "year")


def _last_day_before(iso: str) -> str:
    """'2027-04-01' -> '2027-03-31', '2027-04' -> '2027-03'."""
    if len(iso) == 10:
        return (date.fromisoformat(iso) - timedelta(days=1)).isoformat()
    y, m = int(iso[:4]), int(iso[5:7])
    return f"{y - (m == 1)}-{(m - 2) % 12 + 1:02d}"


_DASHES = {"–", "-", "—"}


def _note_term(text: str, times: list[TimeExpr], ctx) -> None:
    """'Avtalet löper i två år, från 1 april 2025 till 31 mars 2027', 'Kollektivavtalet gäller 2025–2027': what runs
    for a term (time.json term_holders) states it, from its first stated date or year to its last; a later 'under
    avtalsperioden' is that term."""
    holders = ctx.lex.time.get("term_holders", {})
    stated = [t for t in times if t.start and t.end and t.type in ("point", "range") and not t.baseline]
    if not stated or not holders:
        return
    first, last = stated[0], stated[-1]
    if first is last and first.start[:4] == first.end[:4]:
        return                                   # one year or day is no term
    link = text[first.char_end:last.char_start].strip().lower()
    if first is not last and link not in _DASHES and link not in ctx.lex.change["to_words"]:
        return                                   # 'från 1 april 2025 till 31 mars 2027', '2025–2027'
    noun = next((holders[w] for w in words_of(text[:first.char_start]) if w in holders), None)
    if noun is not None and noun not in ctx.named_periods:
        ctx.named_periods[noun] = dataclasses.replace(first, text=text[first.char_start:last.char_end], end=last.end,
                                                      char_end=last.char_end, type="range")


LEAD_BLOCKS = 2     # a dateline or byline paragraph may come before the lead
_CLOSED = "closed"


def _masthead_line(text: str, times: list[TimeExpr]) -> bool:
    """A short line of the masthead above a report's name ('Rapport 2026:4', 'Pressmeddelande'): no sentence, no
    period, at most MASTHEAD_WORDS words."""
    return not any(t.start for t in times) and len(text.split()) <= MASTHEAD_WORDS \
        and not ends_sentence(text)


MASTHEAD_WORDS = 4


def note_document_period(seg, times: list[TimeExpr], ctx) -> None:
    """Remember the period the document reports on: the first one its title or the headings before the body name
    ('Årsredovisning 2023', 'Bokslutskommuniké 2023', 'kvoterna för Östersjön 2024'), else the one its lead
    paragraph names ('antog budgeten för 2025', 'minskade med 5 procent under 2023'). A lead naming two years ('I år
    är det 22 Mkr, 2019 71 Mkr') names no one period: then there is none; a past year after a lead told of a month
    of the publication year ('uppgick i september till …') is a look back from it, not the period reported on."""
    lead = ctx.document_period_block
    if lead == _CLOSED:
        return
    title = seg.kind in ("heading", "title")
    if title:
        if lead is not None:
            return                                    # a section heading inside the body
        found = next((t for t in times if _reported_period(t, True) and not ahead(seg.text, t, ctx.lex)), None)
        coming = None if found else next((y for t in times for y in (_coming_start(seg.text, t, ctx),) if y), None)
        found = measured_instead(found, ctx) if found else None
        if (found or coming) and ctx.document_period is None:
            ctx.document_period, ctx.document_title_period = reviewed(seg.text, found, ctx.lex) if found else coming, True
            ctx.document_coming = coming is not None
        return
    if ctx.document_title_period:
        ctx.document_period_block = _CLOSED
        return
    if lead is None and _masthead_line(seg.text, times):
        return              # 'Rapport 2026:4', 'Pressmeddelande' over the report's name: the body has not begun
    if lead is None:
        ctx.document_period_block = lead = [seg.block]
    elif seg.block not in lead:
        if len(lead) >= LEAD_BLOCKS or ctx.document_period is not None:
            ctx.document_period_block = _CLOSED
            return
        lead.append(seg.block)
    opening = ctx.lead_sentences == 0           # no period named in the lead before this sentence's
    ctx.lead_sentences += any(t.start for t in times)
    for t in times:
        coming = _coming_start(seg.text, t, ctx)
        if coming is not None:
            ctx.document_period, ctx.document_period_opening, ctx.document_coming = coming, opening, True
            continue
        if ctx.pub is not None and t.start and not t.baseline and t.start[:4] == str(ctx.pub.year) \
                and t.grain in ("month", "day", "week", "quarter"):
            ctx.lead_current = True             # 'Skulderna uppgick i september till …': the lead tells of now
        if not _reported_period(t, False) or occasion(seg.text, t, ctx.lex):
            continue
        if ctx.lead_current and ctx.document_period is None and t.end and t.end[:4] < str(ctx.pub.year):
            continue                            # '… Under 2024 låg ökningstakten på 1 procent': a look back from it
        if ctx.document_period is None:
            ctx.document_period, ctx.document_period_opening = t, opening
        elif ctx.document_coming and t.end and t.end[:4] < ctx.document_period.start[:4]:
            continue                                  # 'Inför 2025 höjdes den med 7 procent': a look back
        elif t.start[:4] != ctx.document_period.start[:4]:
            ctx.document_period, ctx.document_period_block = None, _CLOSED
            return


def measured_instead(t: TimeExpr, ctx) -> TimeExpr:
    """'Lönerapport 2026' over a survey measured in September 2025: a heading's year that is only the publication
    year gives way to the period the survey was measured in (``measured_period``)."""
    m = ctx.measured_period
    if m is None or ctx.pub is None or t.grain != "year" or not t.start or t.start[:4] != str(ctx.pub.year) \
            or not m.end or m.end[:4] > t.start[:4]:
        return t
    if m.grain in ("day", "week"):              # 'Fältperiod: 2–15 december 2025': the months of the fieldwork
        return dataclasses.replace(m, start=m.start[:7], end=m.end[:7], grain="month", type="range")
    return m


def bracket_period(segments, times_by_segment: list[list[TimeExpr]], lex: Lexicon) -> TimeExpr | None:
    """'Siffror inom parentes avser valet 2022', wherever the document says it: the period of its bracketed prior
    figures (time.json bracket_notes), when the note names one period with a year written out, else None (a
    relative note, 'avser motsvarande period föregående år', is what a bracket means anyway)."""
    notes = lex.time.get("bracket_notes", ())
    for seg, times in zip(segments, times_by_segment):
        low = seg.text.lower()
        if not any(n in low for n in notes):
            continue
        named = [t for t in times if t.start and t.type in ("point", "range") and HAS_DIGIT.search(t.text)]
        if len(named) == 1:
            return named[0]
    return None


def measured_period(segments, times_by_segment: list[list[TimeExpr]], lex: Lexicon) -> TimeExpr | None:
    """'Källa: förbundets lönestatistik, mätmånad september 2025 jämfört med september 2024': the period a survey
    or statistic was measured in (a closed period after one of time.json measured_leads), wherever the document
    says it, or None. A title naming only the publication year ('Lönerapport 2026') reports on it
    (``note_document_period``)."""
    leads, links = lex.time.get("measured_leads", ()), lex.time.get("measured_links", ())
    for seg, times in zip(segments, times_by_segment):
        for t in times:
            if not (t.start and t.end and t.resolved and not t.baseline):
                continue
            before = words_of(seg.text[max(0, t.char_start - 32):t.char_start])
            if before and before[-1] in links:
                before = before[:-1]            # 'Undersökningsperioden var november 2025'
            if before and before[-1] in leads:  # 'mätmånad september 2025', 'Fältperiod: 2–15 oktober 2025'
                return t
    return None


def seasons_of_coming_year(times: list[TimeExpr], ctx) -> None:
    """'Energipriset för vintermånaderna november–mars höjs till 69,5 öre', 'sommarpriset under april–oktober' in a
    tariff for a coming year: a span of months written without a year names the season a price holds in, every
    year, not a period of its own; the figure is about the year the tariff is for (in place)."""
    d, pub = ctx.document_period, ctx.pub
    if d is None or pub is None or not d.start or not d.start[:4].isdigit() or int(d.start[:4]) <= pub.year:
        return
    for t in times:
        if t.rule == "month_range" and t.type == "range" and not _YEAR4.search(t.text) and not t.baseline:
            t.start, t.end, t.grain, t.type = d.start[:4], d.start[:4], "year", "point"


def _coming_start(text: str, t: TimeExpr, ctx) -> TimeExpr | None:
    """'höjs med 9 procent från 1 januari 2026', said in November 2025: a change from a start in a coming year (a
    start lead of time.json coming_start_leads before a date or year) makes the document about that year (a tariff,
    a price list, a budget), as 'budgeten för 2026' does. The year, or None."""
    pub = ctx.pub
    if pub is None or not t.start or not t.resolved or t.baseline or t.type not in ("point", "open_start") \
            or not t.start[:4].isdigit() or int(t.start[:4]) <= pub.year or t.start[4:] not in ("", "-01", "-01-01"):
        return None                          # a start within the year ('från 1 april 2026') opens a term, not a year
    if not _led_by(text, t, ctx.lex.time.get("coming_start_leads", ()), 20):
        return None
    y = t.start[:4]
    return dataclasses.replace(t, start=y, end=y, grain="year", type="point")


def reviewed(text: str, t: TimeExpr, lex: Lexicon) -> TimeExpr:
    """'Årsmöte 2026': a meeting that reviews the year before (time.json review_meetings) reports on 2025."""
    m = _WORD_BEFORE.search(text, max(0, t.char_start - 30), t.char_start)
    if not (m and m.group(1).lower() in lex.time.get("review_meetings", ()) and t.grain == "year" and t.start):
        return t
    y = str(int(t.start[:4]) - 1)
    return dataclasses.replace(t, start=y, end=y)


def ahead(text: str, t: TimeExpr, lex: Lexicon) -> bool:
    """'Ljusare utsikter inför 2026': a title's period after a word looking ahead (time.json ahead_leads)."""
    return _led_by(text, t, lex.time.get("ahead_leads", ()), 16)


def _led_by(text: str, t: TimeExpr, leads, reach: int) -> bool:
    """Whether one of ``leads`` stands right before a time expression or opens it (a rule may have read the lead
    into the expression: 'inför 2026', 'från den 1 januari')."""
    before = " ".join(text[max(0, t.char_start - reach):t.char_start].lower().split())
    own = " ".join(t.text.lower().split())
    return any(before.endswith(w) or own.startswith(w + " ") for w in leads)


# The policy, top-down: the first rule that yields a period decides ({} from a rule means "no period, stop").
TIME_RULES: tuple = (
    ("example_case", _rule_example_case),
    ("duration", _rule_duration),
    ("sequence", _rule_sequence),
    ("occasion_count", _rule_occasion_count),
    ("average_restated", _rule_average_restated),
    ("same_clause", _rule_same_clause),
    ("then_clause", _rule_then),
    ("same_period", _rule_same_period),
    ("since_comparison", _rule_since_comparison),
    ("restating", _rule_restating),
    ("present_in_clause", _rule_present_clause),
    ("same_sentence", _rule_sentence),
    ("perfect_to_now", _rule_perfect_to),
    ("previous_sentence", _rule_previous_sentence),
    ("present_tense", _rule_present_tense),
    ("heading", _rule_heading),
    ("document_period", _rule_document),
)


def _carried(seg, ctx, W: ResolveWords, times: list[TimeExpr] = ()) -> list[TimeExpr]:
    """The periods an earlier sentence stated that this one may take (``previous_sentence``), or none: not a period
    before the one the document is about when
    - the document is about a coming year a change starts in and a new paragraph begins (a tariff for 2026: after
      'Inför 2025 höjdes den med 7 procent.', 'Den fasta avgiften blir 5 120 kronor' is about 2026; nor is 'i dag'
      for a sentence speaking of what comes, ``_speaks_of_coming``), or
    - the sentence that stated it looked back ('Motsvarande andel i juli förra året var 26,3 procent.') in a report
      on a past or current period, unless this is the very next sentence and goes on with it ('Av dessa var 120
      elbilar', 'Det var …'). In a plan the present is a look back too, and carries as before;
    - a span up to now ('sedan 2022') for a sentence in the preterite that does not name it again ('Under samma
      period …')."""
    previous, d, pub = ctx.previous_times, ctx.document_period, ctx.pub
    if any(t.type == "open_start" for t in previous) and not any(t.type == "anaphoric" for t in times) \
            and W.perfect_auxiliaries.isdisjoint(words_of(seg.text)):
        # 'Sedan maj 2024 har indikatorn legat under 90. Inom detaljhandeln föll den med 1,5 enheter': a span up to now
        # is no period of a sentence in the preterite; one in the perfect goes on with it ('Elpriset har stigit med 30
        # procent'), and one naming it again ('Under samma period …')
        previous = [t for t in previous if t.type != "open_start"]
    if previous and pub is not None and (d is None or d.start and int(d.start[:4]) <= pub.year) \
            and ctx.previous_times_block != seg.block and not ctx.document_coming \
            and all(t.start and t.start[:4] > str(pub.year) for t in previous):
        return []           # a report's look ahead ('60 procent av produktionen för 2027 är prissäkrad') is not the
                            # period of the next paragraph
    if ctx.document_coming and pub is not None and previous and _speaks_of_coming(seg.text, ctx.lex):
        today = pub.isoformat()          # a tariff for 2027: 'I dag betalar en villa 11 130 kronor. Med den nya
        previous = [t for t in previous if t.start != today]     # taxan blir kostnaden 12 133 kronor': now is the
        ctx.previous_times = previous    # contrast, the coming sentence (and those that go on from it) the coming
                                         # period's
    now = d.end[:4] if d is not None and d.end and d.end[:4] <= str(pub.year if pub else 9999) else pub and str(pub.year)
    if previous and now and all(t.start and t.start[:4] > now for t in previous) and not ctx.previous_preterite \
            and preterite(seg.text, ctx.lex):
        return []           # 'Målet är topp tre 2026.' (published in 2026, about 2025) 'Personalkostnaderna uppgick
                            # till 31,2 miljoner kronor': what was is not the year a target or plan is for (unless
                            # the sentence naming it told of the past too: 'Under 2023 ökade …', written earlier)
    if previous and pub is not None and all(t.end and t.end[:7] < _pub_prefix(pub, t.end[:7]) for t in previous) \
            and _speaks_of_coming(seg.text, ctx.lex):
        return []           # 'Intäkterna var 21,4 miljoner kronor förra året. Med de nya taxorna räknar förvaltningen
                            # med 4,5 miljoner kronor mer per år, pengar som ska …': what is coming is not the past year
                            # (nor a past month: 'Förra vintern var priset 149 öre. I januari kan det bli …')
    if not previous or d is None or not d.start or not all(t.end and t.end[:4] < d.start[:4] for t in previous):
        return previous
    if ctx.document_coming:
        return [] if ctx.previous_times_block != seg.block else previous
    if (ctx.previous_looks_back or reports_past(ctx)) and pub is not None and int(d.start[:4]) <= pub.year:
        # a look back, or in a report on a past year an earlier year named before ('År 2020 beviljades 112,3 mnkr.' in
        # a report on 2025, 'Rekordet från säsongen 2022/23 står sig.' in a report on 2025/26): unless the next
        # sentence goes on with it, the text turns back to its own period
        goes_on = ctx.previous_times_index == seg.index - 1 and ctx.previous_times_block == seg.block and (
            W.continuation.match(seg.text) or not W.anaphors.isdisjoint(words_of(seg.text)[:6]))
        return previous if goes_on else []
    if ctx.previous_times_block != seg.block and pub is not None and d.start[:4] == str(pub.year) \
            and len(d.start) == 4:
        return []           # a report on this year ('Skador av granbarkborre 2026'): an earlier year one paragraph
                            # compared with ('… som under åren före torkan 2018') is not the next paragraph's period
    return previous


def preterite(text: str, lex: Lexicon) -> bool:
    """A sentence with a verb in the preterite ('uppgick', 'kostade'); a word ending like a supine or participle
    ('nystartat', 'privat'; time.json supine_endings) is none."""
    W = lex.derived(resolve_words)
    return any(past_verb(w, W.time_words) and not w.endswith(W.supine_endings) for w in words_of(text))


def speaks_ahead(text: str, lex: Lexicon) -> bool:
    """A sentence of what is coming or expected: ``_speaks_of_coming`` or a verb of belief or plan (time.json
    belief_verbs: 'Vi räknar med att marginalen når 4 procent under 2027')."""
    return _speaks_of_coming(text, lex) or not lex.derived(resolve_words).belief_verbs.isdisjoint(words_of(text))


def _speaks_of_coming(text: str, lex: Lexicon) -> bool:
    """A sentence with a word of what is coming (time.json future_cues, 'höjs', 'kommer att') or becoming
    (time.json becoming_verbs, 'Med den nya taxan blir kostnaden 12 133 kronor')."""
    words = set(words_of(text))
    return not words.isdisjoint(lex.time.get("becoming_verbs", ())) \
        or lex.derived(_future_cue_re).search(" ".join(words_of(text))) is not None


def _plan_spans(times: list[TimeExpr], d: TimeExpr | None, pub: date | None) -> None:
    """'fram till 2029' in a budget for 2026 published in 2025 runs from the plan's first year, not from the
    publication year (in place)."""
    if d is None or pub is None or not d.start or int(d.start[:4]) <= pub.year:
        return
    for t in times:
        if t.type == "open_end" and t.start == str(pub.year) and t.end and t.end[:4] >= d.start[:4]:
            t.start = d.start[:4]


def reported_quarters(text: str, times: list[TimeExpr], pub: date | None) -> None:
    """A quarter a heading names without a year ('FJÄRDE KVARTALET', 'Tredje kvartalet i korthet') that has not
    begun at publication is the last one ended: the quarter a report is written about (in place). In a sentence the
    time grammar keeps this year's ('Linjen öppnar under tredje kvartalet')."""
    if pub is None:
        return
    for t in times:
        if t.grain == "quarter" and t.resolved and t.start and not _YEAR4.search(t.text) \
                and t.start[:7] > pub.isoformat()[:7]:
            t.start, t.end = _year_earlier(t.start), _year_earlier(t.end)


def topic_periods(text: str, times: list[TimeExpr], lex: Lexicon) -> list[tuple[str, TimeExpr]]:
    """'Avverkning 2025 och virkespriser första halvåret 2026': each period of a title or subtitle line (no sentence;
    the caller sees to that) with the topic word before it (time.json topic_periods), when the line names two
    different periods, so that a section heading naming a topic can take its period (``heading_topic``); else none."""
    W = lex.derived(resolve_words)
    found = []
    for t in times:
        if not t.start or t.baseline:
            continue
        m = _WORD_BEFORE.search(text, 0, t.char_start)
        while m and m.group(1).lower() in W.topic_skip:
            m = _WORD_BEFORE.search(text, 0, m.start(1))
        if m and len(m.group(1)) >= W.topic_min_letters:
            found.append((m.group(1).lower(), t))
    return found if len({(t.start, t.end) for _, t in found}) > 1 else []


def heading_topic(text: str, topics: list[tuple[str, TimeExpr]], lex: Lexicon) -> list[TimeExpr]:
    """The period of the lead's topic a section heading without a period of its own names ('Virkespriser' under
    'Avverkning 2025 och virkespriser första halvåret 2026'): words sharing their first letters (time.json
    topic_periods stem_letters); none when the heading names topics of different periods."""
    W = lex.derived(resolve_words)
    hits = {id(t): t for w in WORD.findall(text.lower()) if len(w) >= W.topic_min_letters
            for topic, t in topics if _same_stem(w, topic, W.topic_stem_letters)}
    return list(hits.values()) if len(hits) == 1 else []


def _same_stem(a: str, b: str, n: int) -> bool:
    """Whether two words share their first ``n`` letters, or the shorter is all of them ('avverkningen', 'avverkning')."""
    k = min(n, len(a), len(b))
    return a[:k] == b[:k]


def looks_back(text: str, lex: Lexicon) -> bool:
    """Whether a sentence marks its period as a look back from the one reported on ('Motsvarande andel i juli förra
    året var 26,3 procent', 'Vid förra mätningen, hösten 2023, …'; time.json look_back_words)."""
    return not lex.derived(resolve_words).look_back.isdisjoint(sentence_word_set(text))


def occasion(text: str, t: TimeExpr, lex: Lexicon) -> bool:
    """'årsstämman den 6 maj', 'med leverans 2028': the date of an occasion (time.json occasion_nouns) places an
    event, not the sentence's figures, and is carried to no later sentence; so does a period of a relative clause
    ('de prisjusteringar vi gjorde i vintras', ``_relative_occasion``)."""
    if t.rule == "named_day_span":
        return False                    # 'från invigningen den 3 maj till …': the occasions bound a span, not an event
    W = lex.derived(resolve_words)
    return _after_occasion_noun(text, t, W) or _relative_occasion(text, t, W) \
        or t.grain == "day" and not W.occasion_verbs.isdisjoint(sentence_word_set(text))   # 'fattade beslutet den 29 september'


def _after_occasion_noun(text: str, t: TimeExpr, W: "ResolveWords") -> bool:
    """'årsstämman den 6 maj': an occasion noun (time.json occasion_nouns) right before the date; not the occasions
    that bound a span of days ('från invigningen den 3 maj till avslutningen den 14 maj')."""
    return t.rule != "named_day_span" and W.occasion_before.search(text, max(0, t.char_start - 30), t.char_start) is not None


def _relative_occasion(text: str, t: TimeExpr, W: "ResolveWords") -> bool:
    """A period right after a relative clause's pronoun subject and its past verb ('de prisjusteringar vi gjorde i
    vintras', 'satsningen som vi inledde i våras'; time.json occasion_relatives): it dates what that clause tells."""
    m = W.occasion_relative.search(text, max(0, t.char_start - 50), t.char_start)
    if m is None:
        return False
    return past_verb(m.group("verb").lower(), W.time_words, W.relative_past_endings)


def baseline_figure(text: str, q: Quantity, times: list[TimeExpr], W: ResolveWords, lex: Lexicon,
                    a: int | None = None) -> bool:
    """A baseline figure ('jämfört med 6,4 procent i augusti', 'från 32 kronor i maj i fjol', '(2022: 41
    procent)'): it takes the baseline period as its own, and a later figure restating the comparison is not
    about it."""
    if a is None:
        a = clause_of(text, q.core_start, lex)[0]
    return bool(W.baseline_before.search(text[a:q.char_start])
                or W.from_before.search(text[a:q.char_start])
                or _baseline_pair(text[max(0, a - 60):q.char_start], W, lex)
                or any(_labels_bracket_of(text, t, q) for t in times))


def _in_subject_relative(text: str, t: TimeExpr, q: Quantity, W: ResolveWords) -> bool:
    """'Bland elever som invandrat under de senaste fyra åren var behörigheten 47,2 procent': a span reaching back right
    after 'som' and a verb in the past or the supine, before the figure, dates what the relative clause tells of the
    people or things the figure is about, not the figure."""
    if t.char_end > q.char_start or t.rule not in ("last_n", "last_n_bare", "open_start", "rolling_year"):
        return False            # a span reaching back; 'Av bilarna som såldes i oktober var 38 procent elbilar' keeps its month
    m = W.subject_relative.search(text, max(0, t.char_start - 40), t.char_start)
    if m is None:
        return False
    verb = m.group("verb").lower()
    return past_verb(verb, W.time_words) or verb in W.supines or verb.endswith(W.supine_endings)


def _in_own_bracket(text: str, t: TimeExpr, q: Quantity) -> bool:
    """'198 procent per den 30 september (204 procent per den 31 december 2025)': a period inside the bracket that
    holds the figure dates it, though it is the comparison point of the figure before the bracket."""
    opening = text.rfind("(", 0, q.char_start)
    if opening < 0 or text.find(")", opening, q.char_start) >= 0:
        return False
    closing = text.find(")", q.char_end)
    return closing >= 0 and opening < t.char_start < closing


def _in_other_figures_bracket(text: str, t: TimeExpr, q: Quantity) -> bool:
    """'412 miljoner kronor (368 miljoner kronor i januari 2025) för totalt 318 000 ersättningsdagar': a period
    inside a bracket that holds a figure of its own dates that figure, not the figures outside the bracket. A bracket
    holding nothing but a period ('5 procent (januari–mars 2025)') still labels the figure before it."""
    if "(" not in text:
        return False
    opening = text.rfind("(", 0, t.char_start)
    if opening < 0 or text.find(")", opening, t.char_start) >= 0:
        return False
    closing = text.find(")", t.char_end)
    if closing < 0 or opening < q.char_start < closing:
        return False
    return any(c.isdigit() for c in text[opening + 1:t.char_start] + text[t.char_end:closing])


def _baseline_pair(before: str, W: ResolveWords, lex: Lexicon) -> bool:
    """'jämfört med nio döda och 18 skadade året innan': the second figure of a pair after a comparison cue is a
    baseline too. The first must be a figure right after the cue (digits or a number word) with at most three words
    after it, so that 'jämfört med i fjol ökade exporten med 5 procent och …' is no pair."""
    m = W.baseline_pair.search(before)
    if not m:
        return False
    first = m.group("first")
    return first[0].isdigit() or parse_number_word(first.lower(), lex) is not None


def _endpoint(text: str, q: Quantity, W: ResolveWords) -> bool:
    """A figure right after 'från' or 'till': an end of a change, whose span ('på fem år') is not its period."""
    before = text[max(0, q.char_start - 12):q.char_start]
    return bool(W.from_before.search(before) or W.to_before.search(before))


def _believed(text: str, q: Quantity, t: TimeExpr, W: ResolveWords, a: int, b: int) -> bool:
    """'47 procent av mäklarna tror på oförändrade priser i vinter', '31 procent räknar med en nedgång under 2027': a
    period after a verb of belief that follows the figure is what the respondents believe about, not when the share
    was counted (time.json belief_verbs); so is a period of another clause when the figure's own clause is the belief
    ('…, medan 22 procent räknar med en nedgång')."""
    if t.char_start >= q.char_end and not W.belief_verbs.isdisjoint(words_of(text[q.char_end:t.char_start])):
        return True
    return not a <= t.char_start < b and not W.belief_verbs.isdisjoint(words_of(text[q.char_end:q.char_end + 30])[:2])


def attach_time(text: str, q: Quantity, times: list[TimeExpr], prev_q_time: dict | None,
                previous: list[TimeExpr], heading: list[TimeExpr], published: str | None,
                published_year: int | None, document: TimeExpr | None = None,
                prev_q: Quantity | None = None, decided: dict | None = None, *, W: ResolveWords,
                lex: Lexicon, report: bool = False, own_baseline: bool | None = None,
                others: list | None = None, titled: bool = False) -> dict | None:
    """The time frame of one quantity (contract: record.time) or None, decided by ``TIME_RULES``; ``report``: the
    document reports on its period, already past (``reports_past``). ``own_baseline``: ``baseline_figure`` of
    ``q`` when the caller has it already (None: worked out here)."""
    a, b = clause_of(text, q.core_start, lex)
    if own_baseline is None:
        own_baseline = baseline_figure(text, q, times, W, lex, a)
    usable = [t for t in times if (own_baseline or not t.baseline or _in_own_bracket(text, t, q))
              and t.type != "sequence" and t.rule != "same_period"
              and not _in_other_figures_bracket(text, t, q) and (t.type != "average" or a <= t.char_start < b)
              and not _after_occasion_noun(text, t, W)
              and not (not a <= t.char_start < b and _relative_occasion(text, t, W))   # another clause's occasion
              and not (t.rule == "change_span" and (_endpoint(text, q, W)       # the ends' period is not the span,
                                                    or not a <= t.char_start < b))   # nor another clause's change's
              and not (t.rule == "coming_year" and _not_horizon_of(text, q, t, a, b, lex))
              and not _believed(text, q, t, W, a, b)
              and not _in_subject_relative(text, t, q, W)]
    case = TimeCase(text, q, times, prev_q_time, previous, heading, published, published_year, a, b, usable,
                    [t for t in usable if a <= t.char_start < b], document, prev_q, decided or {}, W, lex, report,
                    [o for o in others or () if o is not q], titled)
    for _name, rule in TIME_RULES:
        found = rule(case)
        if found is not None:
            return found or None
    return None


def _not_horizon_of(text: str, q: Quantity, t: TimeExpr, a: int, b: int, lex: Lexicon) -> bool:
    """Whether a forecast horizon ('det kommande året') is not the period of ``q``: it stands in another clause, or
    after a noun rather than the verb, before the figure ('förväntningarna på den egna ekonomin det kommande året
    förbättrades med 4 enheter': expectations measured now). It dates a figure before it ('priserna stiger med 2,1
    procent det kommande året') or one after it when it opens the clause, alone or after one of time.json
    horizon_leads ('Under det närmaste året ska 40 byggas')."""
    if not a <= t.char_start < b:
        return True
    if t.char_start < q.char_start:
        opener = words_of(text[a:t.char_start])
        return len(opener) > 1 or bool(opener) and opener[0] not in lex.time.get("horizon_leads", ())
    return False


def _respective_periods(text: str, qs: list[Quantity], times: list[TimeExpr], W: ResolveWords) -> dict:
    """'I planen för 2028 och 2029 stiger resultatet till 188 respektive 231 miljoner kronor': figures listed with
    'respektive' (change.json distributive_words) after as many coordinated periods take them in order -> id(figure)
    -> its period."""
    out: dict = {}
    i = 0
    while i < len(qs) - 1:
        j = i
        while j + 1 < len(qs) and text[qs[j].char_end:qs[j + 1].char_start].strip() == ",":
            j += 1
        if j + 1 >= len(qs) or not W.distributive.fullmatch(text[qs[j].char_end:qs[j + 1].char_start].strip()):
            i = j + 1
            continue
        run = qs[i:j + 2]
        periods = [t for t in times if t.start and not t.baseline and t.char_end <= run[0].char_start][-len(run):]
        links = [text[a.char_end:b.char_start].strip().lower() for a, b in zip(periods, periods[1:])]
        if len(periods) == len(run) and all(link in (",", *W.respective_links) for link in links):
            out.update({id(q): t for q, t in zip(run, periods)})
        i = j + 2
    return out


def _in_document(time: dict | None, q: Quantity, text: str, times: list[TimeExpr], qs: list[Quantity], ctx, report: bool,
                 W: ResolveWords) -> dict | None:
    """What the document tells about a figure's period beyond its sentence: a yearless month in a report on a past
    year is that year's, 'sedan 2022' in such a report runs to its year, and what an organisation has or serves is
    about now."""
    pub, lex = ctx.pub, ctx.lex
    d = ctx.document_period
    if report and time and d is not None and d.start and pub and d.start[:4] < str(pub.year) \
            and (time.get("evidence") or {}).get("time_rule") in YEARLESS_RULES and time.get("start") \
            and not _YEAR4.search(time.get("text") or "") and time["start"][:4] != d.start[:4] \
            and (time.get("end") or "")[:4] == time["start"][:4]:
        y = d.start[:4]                   # 'Bara i juli reste 214 000 passagerare' in a report on 2025: July 2025
        time = dict(time, start=y + time["start"][4:], end=y + time["end"][4:],
                    note="a month without a year in a report on a past year: that year's")
    if report and time and (time.get("evidence") or {}).get("time_rule") == "open_start" and pub and d is not None \
            and d.end and (time.get("end") or str(pub.year))[:4] == str(pub.year) and d.end[:4] < str(pub.year) \
            and (time.get("start") or "")[:4] < d.end[:4]:
        time = dict(time, end=d.end[:4])       # 'har minskat med 9 procent sedan 2022' in a report on 2024: to 2024;
                                               # 'en ökning med 11 procent från 2024' in a report on 2025: to 2025
    if pub and time and (time.get("evidence") or {}).get("rule") in ("document_period", "present_in_plan", "heading") \
            and not any(t.start for t in times) and standing_fact(text, qs, W, lex) \
            and not W.possession.isdisjoint(words_of(text[:q.char_start])) \
            and W.survey_nouns.isdisjoint(words_of(text[:q.char_start])):
        # what the organisation has or serves ('Bolaget har 46 000 kunder', 'levererar vatten till 41 000
        # invånare') is a standing fact about now, not about the year a plan or a report is about
        time = _on_publication(ctx.published, "standing_fact", note=STANDING_NOTE)
    return time


def _twelve_months_to(text: str, q: Quantity, time: dict | None, W: ResolveWords, lex: Lexicon) -> dict | None:
    """'ökade med 3,1 procent i årstakt' in October, a cell under 'Årstakt, %', a sentence opening 'Årstakten, …': a
    rate over twelve months about a month is about the twelve months up to it (time.json twelve_month_rate), not the
    month alone."""
    if not time or q.kind not in ("percent", "percentage_point") or not W.twelve_month_rate:
        return time
    start, end = time.get("start") or "", time.get("end") or ""
    if len(start) != 7 or start != end:
        return time
    if q.header:
        named = not W.twelve_month_rate.isdisjoint(w.lower() for w in words_of(q.header))
    else:
        named = _named_for(text, *clause_of(text, q.char_start, lex), W.twelve_month_rate) is not None
    if not named:
        return time
    return dict(time, start=shift_month(end, -11), end=end, grain="month",
                note="a rate over the twelve months up to the month",
                evidence=dict(time.get("evidence") or {}, rule="twelve_month_rate"))


def _change_over_one_year(time: dict | None, change: dict | None) -> dict | None:
    """A cell '+3,9' under 'Förändring sedan 2025, %' in a table of 2026: a change column since the year before the
    table's is that year's change, about that year alone (as 'Förändring mot 2025' dates it), not a span of two
    years. Not in prose: 'en ökning med 11 procent från 2024' in a report on 2025 spans the two years."""
    ev = (time or {}).get("evidence") or {}
    if not time or not (change or {}).get("direction") or ev.get("time_rule") != "open_start" \
            or ev.get("rule") != "table_column":
        return time
    start, end = time.get("start") or "", time.get("end") or ""
    if len(start) != 4 or len(end) != 4 or int(end) - int(start) != 1:
        return time
    return dict(time, start=end, note="a change since the year before: that year's change")


def _cell_times(text: str, q: Quantity, times: list[TimeExpr], column_periods: dict) -> list[TimeExpr]:
    """The times a figure may take its period from: for a table cell whose column and row name no period
    (``tables.apply_table`` recorded None), only those on its own line, not a period heading another column
    ('Väntande | Inom 90 dagar, % | Inom 90 dagar okt 2025, %': '6 210' is not about October 2025)."""
    if id(q) not in column_periods or column_periods[id(q)] is not None or "\n" not in text:
        return times
    start, end = text.rfind("\n", 0, q.char_start) + 1, text.find("\n", q.char_end)
    end = len(text) if end < 0 else end
    return [t for t in times if start <= t.char_start and t.char_end <= end]


def resolve_sentence(seg, times: list[TimeExpr], qs: list[Quantity], ctx, governing: list[TimeExpr]) -> list[tuple]:
    """(time, change) for each figure of a sentence, in order: the period by ``TIME_RULES``, overridden by the
    period heading a figure's table column, or by the publication date for a standing fact in the present tense
    opening a new paragraph ('Stångåstaden äger cirka 19 300 lägenheter': not the period of the paragraph before)."""
    text, published, pub, lex = seg.text, ctx.published, ctx.pub, ctx.lex
    W = lex.derived(resolve_words)
    standing = bool(pub and qs and ctx.previous_times and ctx.previous_times_block != seg.block
                    and not any(t.start for t in times) and not W.opener.match(text) and standing_fact(text, qs, W, lex))
    out, prev_time, change, decided_time = [], None, None, {}
    report = reports_past(ctx)
    _plan_spans(times, ctx.document_period, pub)
    previous = _carried(seg, ctx, W, times)
    main = None                  # the latest figure before this one that is not a baseline: what a restating clause restates
    respective = _respective_periods(text, qs, times, W) if W.distributive.search(text) else {}
    for q_index, q in enumerate(qs):
        # whether the figure is a baseline: read once for its period and for what a later clause restates (the
        # sentence, its times and figures do not change while it is resolved)
        baseline = baseline_figure(text, q, times, W, lex)
        time = attach_time(text, q, _cell_times(text, q, times, ctx.column_periods), prev_time, previous, governing,
                           published, pub.year if pub else None, ctx.document_period, main, decided_time, W=W, lex=lex,
                           report=report, own_baseline=baseline, others=qs, titled=bool(ctx.document_title_period))
        time = _in_document(time, q, text, times, qs, ctx, report, W)
        if standing and time and time.get("source") == "sentence_context":
            d = ctx.document_period
            if d is not None and int(d.start[:4]) > pub.year and W.possession.isdisjoint(words_of(text[:q.char_start])) \
                    and W.still.isdisjoint(words_of(text)):
                time = _document_time(d, "present_in_plan")     # 'kvoten ligger kvar på 595 ton' in next year's quotas
            elif report \
                    and not W.present_words.search(text.lower()) \
                    and W.possession.isdisjoint(words_of(text[:q.char_start])):
                time = _document_time(d, "present_in_report")   # 'Transporter står för en tredjedel' in a 2024 report
            else:
                time = _on_publication(published, "standing_fact", note=STANDING_NOTE)
        if id(q) in respective and (time or {}).get("source") == "explicit":
            t = respective[id(q)]
            time = _as_time(t, "explicit", evidence=_evidence("respective", t))
        if q.prior_of is not None:
            time = _prior_period(decided_time.get(id(q.prior_of)), time, ctx.bracket_period)
        if ctx.column_periods.get(id(q)) is not None:
            t = ctx.column_periods[id(q)]
            time = _as_time(t, "document_context", note="the period heading its table column or row",
                            evidence=_evidence("table_column", t, here=False))
        time = _twelve_months_to(text, q, time, W, lex)
        prev_time = time
        decided_time[id(q)] = time
        if q.prior_of is None and not baseline:
            main = q                     # a bracketed prior figure ('131 (104) MSEK') is no figure a clause restates
        change = _prior_change(text, q, W, lex, change) if q.prior_of is not None \
            else find_change(text, q, qs, times, q_index, change, W=W, lex=lex)
        if q.prior_of is None and not (change or {}).get("direction"):
            hit = _consequence_change(text, q, ctx, W, [c for _, c in out])
            if hit:
                change = _directed(change, direction=hit[0], cue=hit[1])
        time = decided_time[id(q)] = _change_over_one_year(time, change)
        out.append((time, change))
    _from_to_periods(text, qs, out, W, lex, pub)
    _respective_pair(text, qs, out, W)
    _pair_against_pair(text, qs, out, times, W)
    _levels_before_respective(text, qs, out, W)
    _level_before_a_difference(text, qs, out, times, W)
    _level_before_a_vague_difference(text, qs, out, times, W)
    _level_before_a_factor(text, qs, out, times, W)
    _from_after_to(text, qs, out, W, lex, pub)
    _year_before_the_figure(text, qs, out, lex)
    _then_and_now(text, qs, out, W, pub)
    _new_and_now(text, qs, out, W, pub, lex)
    return out


def _year_before_the_figure(text: str, qs: list[Quantity], out: list[tuple], lex: Lexicon) -> None:
    """'Sjukvården gjorde 214 insatser, att jämföra med 136 året innan', 'sjönk till 3,1, från 4,4 året
    dessförinnan': an anaphoric year (time.json anaphoric_years) right after a figure that follows another figure
    counts from that figure's period, as decided (the race of 2026: 2025), not from the last year the text named
    before the sentence (in place), unless that period came from another clause of the sentence. A season's two
    years ('2025/26') both move."""
    offsets, anaphoric = lex.time["relative_years"], lex.derived(resolve_words).anaphoric_years
    for i, (time, change) in enumerate(out):
        ev = (time or {}).get("evidence") or {}
        key = (ev.get("text") or "").lower()
        if i == 0 or key not in anaphoric or not offsets.get(key) or ev.get("char_start") is None \
                or ev["char_start"] < qs[i].char_end or text[qs[i].char_end:ev["char_start"]].count(" ") > 3:
            continue
        main = next((out[j][0] for j in range(i - 1, -1, -1) if qs[j].prior_of is None and out[j][0]
                     and ((out[j][0].get("evidence") or {}).get("text") or "").lower() != key), None)
        if (main or {}).get("evidence", {}).get("rule") == "same_sentence":
            continue                    # its period from another clause ('…, så målet nåddes inte i år') is a weaker
                                        # guess than the year the text named last
        start, end = (main or {}).get("start") or "", (main or {}).get("end") or ""
        if not start[:4].isdigit() or not end[:4].isdigit():
            continue
        off = offsets[key]
        out[i] = (dict(time, start=str(int(start[:4]) + off), end=str(int(end[:4]) + off), grain="year",
                       note="the year before the figure it is compared with"), change)


def _then_and_now(text: str, qs: list[Quantity], out: list[tuple], W: ResolveWords, pub) -> None:
    """'För fem år sedan gick det 22 elever i en klass, i dag är det 26', 'för 30 år sedan gav den 65 procent av
    slutlönen, i dag bara 53 procent': a figure of an earlier time and then, after a comma, one labelled now
    (change.json then_and_now) tell a change: the later one takes its direction by the two values (in place)."""
    if pub is None:
        return
    for i in range(len(qs) - 1):
        a, b = qs[i], qs[i + 1]
        then, change = out[i][0] or {}, out[i + 1][1]
        if (change or {}).get("direction") or a.value is None or b.value is None or a.value == b.value \
                or not (then.get("start") and then["start"][:4] < str(pub.year)) \
                or not (a.unit == b.unit or b.unit_text is None and b.kind in ("count", "number")) \
                or not W.then_and_now.fullmatch(text, a.char_end, b.char_start):
            continue
        out[i + 1] = (out[i + 1][0], _directed(change, direction="increase" if b.value > a.value else "decrease",
                                               cue=_cue("then_and_now", a.char_start, b.char_end, text)))


def _pub_prefix(pub: date, iso: str) -> str:
    """The publication date at the grain of an ISO prefix ('2026', '2026-11', '2026-11-20'), to compare it with."""
    return pub.isoformat()[:len(iso)]


def _new_and_now(text: str, qs: list[Quantity], out: list[tuple], W: ResolveWords, pub, lex: Lexicon) -> None:
    """'kostar 38 kronor efter årsskiftet, i dag 36 kronor', 'blir det 20 kronor i timmen i stället för dagens 16':
    a figure of what is coming followed by today's value (change.json new_and_now) is the new value of a change: it
    takes its direction by the two values; today's value stays the from-value (in place). Coming: a period after
    the publication, or a sentence of what becomes or is coming; a figure of an earlier time is then's, not new."""
    for i in range(len(qs) - 1):
        a, b = qs[i], qs[i + 1]
        time, change = out[i]
        if (change or {}).get("direction") or a.value is None or b.value is None or a.value == b.value \
                or not (a.unit == b.unit or b.unit_text is None and b.kind in ("count", "number")):
            continue
        today = W.now_value.fullmatch(text, a.char_end, b.char_start) is not None
        if not today and not W.new_then_now.fullmatch(text, a.char_end, b.char_start):
            continue
        start = (time or {}).get("start") or ""
        ahead = bool(start) and pub is not None and start > _pub_prefix(pub, start)
        if start and not ahead and (pub is None or start[:4] < str(pub.year) or not today):
            continue
        said = text[:b.char_start]
        if not ahead and (preterite(said, lex) or not today and not _speaks_of_coming(said, lex)):
            continue
        rule = "new_and_now_in_document" if ahead and time.get("source") == "document_context" else "new_and_now"
        out[i] = (time, _directed(change, direction="increase" if a.value > b.value else "decrease",
                                  cue=_cue(rule, a.char_start, b.char_end, text)))   # the rule names a period the
                                                                                      # document gave


_APPOSITION_GAP = re.compile(r"\s*[,–—-]\s*(?:[^\W\d_]+\s+){0,2}$")


_AFTER_PAIR = frozenset({"comparison_after", "comparative_after", "change_word"})


def _respective_pair(text: str, qs: list[Quantity], out: list[tuple], W: ResolveWords) -> None:
    """'9 respektive 6 procent över femårsgenomsnittet', '4 respektive 2 procent mer än i fjol': the first figure of a
    pair joined by 'respektive' takes the change the words after the second state for both (in place)."""
    for i in range(len(qs) - 2, -1, -1):
        time, change = out[i]
        nxt = out[i + 1][1] or {}
        if (change or {}).get("direction") or not nxt.get("direction") \
                or (nxt.get("cue") or {}).get("rule") not in _AFTER_PAIR \
                or (nxt.get("cue") or {}).get("char_start", -1) < qs[i + 1].char_end \
                or not W.distributive.fullmatch(text[qs[i].char_end:qs[i + 1].char_start].strip()):
            continue
        out[i] = (time, _directed(change, direction=nxt["direction"], cue=dict(nxt["cue"], rule="respective_pair")))




def _levels_before_respective(text: str, qs: list[Quantity], out: list[tuple], W: ResolveWords) -> None:
    """'Vårkornet gav 5,1 ton per hektar och havren 4,4 ton, 9 respektive 6 procent över femårsgenomsnittet': two
    levels followed by their differences joined by 'respektive' take those differences' changes, in order (in place)."""
    for i in range(len(qs) - 3):
        a, b, c, d = qs[i:i + 4]
        dc, dd = (out[i + 2][1] or {}).get("direction"), (out[i + 3][1] or {}).get("direction")
        if not dc or not dd or (out[i][1] or {}).get("direction") or (out[i + 1][1] or {}).get("direction") \
                or text[b.char_end:c.char_start].strip() != "," \
                or not W.distributive.fullmatch(text[c.char_end:d.char_start].strip()) \
                or not W.and_link.search(text, a.char_end, b.char_start):
            continue
        for k, (direction, cue) in enumerate(((dc, out[i + 2][1]["cue"]), (dd, out[i + 3][1]["cue"]))):
            time, change = out[i + k]
            out[i + k] = (time, _directed(change, direction=direction, cue=dict(cue, rule="level_before_difference")))


def _pair_against_pair(text: str, qs: list[Quantity], out: list[tuple], times: list[TimeExpr], W: ResolveWords) -> None:
    """'dödades fem personer och elva skadades, jämfört med nio döda och 18 skadade året innan': two levels compared
    with two earlier values are each compared with its own, in order (in place; not the second level with the
    first earlier value)."""
    for i in range(len(qs) - 3):
        a, b, c, d = qs[i:i + 4]
        if not (a.kind == b.kind == c.kind == d.kind and None not in (a.value, b.value, c.value, d.value)
                and W.baseline_value.fullmatch(text[b.char_end:c.char_start])
                and W.pair_link.fullmatch(text, c.char_end, d.char_start)       # 'nio döda och 18'
                and W.and_link.search(text, a.char_end, b.char_start)):
            continue
        stop = _clause_end(text, d.char_end, len(text))
        if not any(d.char_end <= t.char_start < stop and t.start for t in times) \
                and W.temporal_words.isdisjoint(words_of(text[d.char_end:stop])):
            continue                     # compared with other things, not with an earlier time
        for k, (level, base) in enumerate(((a, c), (b, d))):
            if level.value == base.value:
                continue
            time, change = out[i + k]
            out[i + k] = (time, _directed(change, direction="increase" if level.value > base.value else "decrease",
                                     cue=_cue("baseline_value", level.char_start, base.char_end, text)))


def _directed(change: dict | None, **fields) -> dict:
    """A figure's change with the direction (and cue) a sentence-wide rule found, its other fields kept."""
    return dict(change or {"from_value": None, "to_value": None, "baseline": None}, **fields)


def _level_before_a_difference(text: str, qs: list[Quantity], out: list[tuple], times: list[TimeExpr],
                               W: ResolveWords) -> None:
    """'Antalet anställda var 2 184 vid årets slut, 36 fler än ett år tidigare', '2,91 miljoner gästnätter, 3
    procent fler än samma period i fjol', '1 142 vårdplatser på sina tre sjukhus under 2025, 26 fler än året innan':
    a level followed, after a comma and no verb of its own, by the difference against an earlier time is the new
    value after that change: it takes the difference's direction (in place). Figures between them that state no
    change are passed over."""
    used = set()                         # a difference is the change of one level, the first before it
    for i in range(len(qs) - 1):
        time, change = out[i]
        if (change or {}).get("direction") or qs[i].prior_of is not None:
            continue
        j = _difference_after(text, qs, out, i, W)
        if j is None or j in used:
            continue
        used.add(j)
        diff, nxt_change = qs[j], out[j][1]
        stop = _clause_end(text, diff.char_end, len(text))
        if not (_period_after(text, diff.char_end, stop, times, W)   # 'blir priset 1 250 kronor, alltså 60 kronor
                or W.than_words.isdisjoint(words_of(text[diff.char_end:stop]))):   # mer per månad': more than it was;
            continue                     # '40 anställda, 12 fler än konkurrenten': a comparison
        k = i if not _cannot_hold(qs[i], diff, nxt_change["direction"]) else next(
            (k for k in range(i - 1, -1, -1) if qs[k].unit == diff.unit and not (out[k][1] or {}).get("direction")
             and not _cannot_hold(qs[k], diff, nxt_change["direction"])), None)
        if k is None:                    # '1 642 080 åskådare ligans 240 matcher, vilket är 120 000 fler': a rise of
            continue                     # 120 000 is no rise of 240; the level before it
        out[k] = (out[k][0], _directed(out[k][1], direction=nxt_change["direction"],
                                       cue=dict(nxt_change["cue"], rule="level_before_difference")))


def _cannot_hold(level: Quantity, diff: Quantity, direction: str | None) -> bool:
    """Whether a rise of ``diff`` cannot end at ``level`` (``_rise_too_large``)."""
    return _rise_too_large(level.unit, level.value, diff, direction)


def _rise_too_large(unit: str | None, value: float | None, diff: Quantity, direction: str | None) -> bool:
    """Whether a rise of ``diff`` is larger than the level of ``unit`` and ``value`` it would end at: then that level
    is not the one that rose ('… 240 matcher, vilket är 120 000 fler')."""
    return direction == "increase" and unit == diff.unit and value is not None and bool(diff.value) \
        and abs(value) < abs(diff.value)


def _level_before_a_vague_difference(text: str, qs: list[Quantity], out: list[tuple], times: list[TimeExpr],
                                     W: ResolveWords) -> None:
    """'Kärnkraften levererade 4 020 GWh, något mindre än i fjol', 'Skolan hade 412 elever, betydligt fler än året
    innan': a level followed, after a comma, by a comparative without a figure of its own and 'än' an earlier time
    (change.json vague_difference) is the new value after that change (in place). Against another thing at the
    same time ('något fler än Malmö') it is a comparison."""
    for i, q in enumerate(qs):
        time, change = out[i]
        if (change or {}).get("direction") or q.prior_of is not None:
            continue
        m = W.vague_difference.match(text, q.char_end)
        if m is None:
            continue
        stop = min(_clause_end(text, m.end(), len(text)), m.end() + COMPARED_REACH)
        if not _period_after(text, m.end(), stop, times, W):
            continue
        at = min((t.char_start for t in times if m.end() <= t.char_start < stop), default=stop)
        if any(m.end() <= o.char_start < at for o in qs):
            continue                     # '…, något fler än de 412 i Malmö': a figure of its own compared with
        out[i] = (time, _directed(change, direction=W.comparatives_after[m.group("comp").lower()],
                                  cue=_cue("level_before_vague_difference", m.start("comp"), m.end("comp"), text)))


_FACTOR_GAP = re.compile(r"[^,.;:]{0,80},\s*(?:[^\W\d_]+\s+){0,3}$")


def _level_before_a_factor(text: str, qs: list[Quantity], out: list[tuple], times: list[TimeExpr],
                           W: ResolveWords) -> None:
    """'240 studenter, dubbelt så många som för fem år sedan', '13 900, vilket är knappt hälften så många som 2015',
    '112 mm nederbörd, nästan dubbelt så mycket som normalt': a level followed (the rest of its clause, a comma) by a
    factor compared with an earlier time (a comparison period or a temporal word after its 'som') changed by that
    factor: up for more than one, down for less (in place)."""
    for i in range(len(qs) - 1):
        time, change = out[i]
        level, factor = qs[i], qs[i + 1]
        if (change or {}).get("direction") or level.prior_of is not None or factor.value in (None, 1) \
                or not (factor.kind == "ratio" or factor.kind == "number" and factor.direction) \
                or not _FACTOR_GAP.fullmatch(text, level.char_end, factor.char_start):
            continue
        stop = _clause_end(text, factor.char_end, len(text))
        if not any(t.baseline and t.start and factor.char_end <= t.char_start < stop for t in times) \
                and not (W.compared_right_after.match(text, factor.char_end, stop)
                         and _compared_with(text, factor.char_end, len(text), times, W) is None):
            continue                     # 'dubbelt så stora som grannkommunens': a comparison, not a change
        direction = "increase" if factor.value > 1 else "decrease"
        out[i] = (time, _directed(change, direction=direction,
                             cue=_cue("level_before_factor", factor.char_start, factor.char_end, text)))


def _difference_after(text: str, qs: list[Quantity], out: list[tuple], i: int, W: ResolveWords) -> int | None:
    """The index of the difference ('26 fler än …') that follows level ``i`` after a comma, or None."""
    for j in range(i + 1, len(qs)):
        ch = out[j][1] or {}
        gap = text[qs[i].char_end:qs[j].char_start]
        lead = W.restating.search(gap)          # ', vilket är 0,3 TWh mer än …': the restating verb is no verb of its own
        words = words_of(gap[:lead.start()] + " " + gap[lead.end():] if lead else gap)
        if _perfect_before(text, qs[i].char_start, W):   # 'har 6 874 företag gått i konkurs, 2 procent fler': the supine
            words = [w for w in words if w not in W.supines]     # completes the level's own verb
        if len(gap) > 90 or any(c in gap for c in ".;:") \
                or any(w in W.coordination_finite for w in words) and not (j == i + 1 and _opens_sentence(text, qs[i])):
            return None              # the level's own verb after it when it opens its clause ('Drygt 64 000 patienter
                                     # har i dag ett avtal, 8 procent fler än för ett år sedan')
        if (ch.get("cue") or {}).get("rule") in ("comparative_after", "comparison_after") and ch.get("direction"):
            adjacent = all(not any(c.isdigit() for c in o.text) for o in qs[i + 1:j])   # only number words between
            return j if _APPOSITION_GAP.search(gap) and (adjacent or qs[j].unit == qs[i].unit) else None
        if ch.get("direction") or (qs[j].unit == qs[i].unit and any(c.isdigit() for c in qs[j].text)
                                   and not W.attribute_gap.fullmatch(text, qs[i].char_end, qs[j].char_start)):
            return None              # '640 elever och anställer 12 lärare, 3 fler …': the nearer count is the level;
                                     # not one in a phrase on the level's noun ('4 870 medarbetare i 14 länder, 120 färre')
    return None


def _opens_sentence(text: str, q: Quantity) -> bool:
    """Whether a figure (its qualifier included) opens its sentence: it is the subject its verb follows."""
    return not text[:q.char_start].strip()


def _perfect_before(text: str, pos: int, W: ResolveWords) -> bool:
    """A perfect auxiliary ('har', 'hade') among the few words before ``pos`` in its sentence."""
    return not W.perfect_auxiliaries.isdisjoint(words_of(text[max(0, pos - 40):pos])[-4:])


def _a_year_earlier(time: dict) -> dict:
    """A from-value's period: the period of its change a year earlier (both orders, 'från A till B', 'till B från A')."""
    return dict(time, start=_year_earlier(time.get("start")), end=_year_earlier(time.get("end")),
                note="the year before the change" if time.get("grain") == "year" else "the same period a year earlier",
                evidence=dict(time.get("evidence") or {}, rule="from_value"))


def _year_earlier(v: str | None) -> str | None:
    return None if not v else f"{int(v[:4]) - 1:04d}{v[4:]}"


# periods the text states for the pair (not the document's or the publication date: 'Sänk momsen från 6 till 0
# procent' is about now at both ends)
STATED_RULES = frozenset({"same_clause", "same_sentence", "previous_sentence", "heading"})
SPAN_RULES = frozenset({"year_range"})    # time rules that read a closed span of years


def _from_to_periods(text: str, qs: list[Quantity], out: list[tuple], W: ResolveWords, lex: Lexicon,
                     pub: date | None = None) -> None:
    """The two ends of a change stated as 'från A till B' share one period in the sentence; each end is about its
    own end of it (in place):
    - a span between two named years ('ökade från 410 till 690 mellan 2022 och 2023'): A is about the first year,
      B about the last (not 'under de kommande tre åren': a plan's end value is about the whole span);
    - one year, quarter or month ('prisbasbeloppet höjs från 57 300 till 58 800 kronor' under a heading '2025',
      'ökade från 34 till 41' under 'Tredje kvartalet 2025'): B is about that period, A about the same period a year
      earlier (the comparison a report makes); a year still ahead ('stiger från 5,9 procent till 8,6 procent 2035')
      is a forecast from now, so A is about the publication date (``_from_now``).
    Not for 'sedan 2019' or 'till 2030' (open periods: the change runs from or to them), a revision ('siffrorna
    för 2022 har reviderats från 210 till 213': no change over time), a period stated for A alone ('från 32
    kronor i maj i fjol') or a table column's period."""
    for i, (time, change) in enumerate(out):
        cue = (change or {}).get("cue") or {}
        if cue.get("rule") != "from_to" or not time or change.get("from_value") != qs[i].value:
            continue
        j = next((j for j in range(i + 1, len(out)) if ((out[j][1] or {}).get("cue") or {}) == cue), None)
        if j is None or not (out[j][1] or {}).get("direction") or not out[j][0] \
                or (out[j][0].get("start"), out[j][0].get("end")) != (time.get("start"), time.get("end")):
            continue
        if W.revision.search(text, clause_of(text, qs[i].core_start, lex)[0], qs[i].char_start) \
                or W.imperative.match(text):
            continue                    # a revision of one period's figure; a demand ('Sänk taxan från 40 till 30')
        ev = time.get("evidence") or {}
        start, end = time.get("start"), time.get("end")
        grain = time.get("grain")
        stated = ev.get("rule") in STATED_RULES or ev.get("rule") == "document_period" \
            and (ev.get("time_rule") != "relative_year"      # a title's 'tredje kvartalet', not a lead's 'i år',
                 or _from_now(time, pub) is not None)        # but a title's 'nästa år': a change ahead, from now
        if not start or not end or not stated or ev.get("time_rule") in ("open_start", "open_end"):
            continue
        if grain == "day" and start == end and _from_now(time, pub):
            out[i] = (_from_now(time, pub), change)    # 'sänks från 62,0 till 58,5 öre' from 1 January next year:
            continue                                   # the from-value is today's price
        if grain not in ("year", "quarter", "month"):
            continue
        if start[:4] != end[:4]:
            if grain != "year":
                continue
            if ev.get("time_rule") not in SPAN_RULES:
                continue
            out[j] = (dict(out[j][0], start=end[:4], end=end[:4], note="the end of the change's span",
                           evidence=dict(out[j][0].get("evidence") or {}, rule="from_to_span")), out[j][1])
            out[i] = (dict(time, start=start[:4], end=start[:4], note="the start of the change's span",
                           evidence=dict(ev, rule="from_to_span")), change)
        else:
            out[i] = (_from_now(time, pub) or _a_year_earlier(time), change)


def _from_now(time: dict, pub: date | None) -> dict | None:
    """A forecast's from-value: the publication date, when the change runs to a period after it (one starting after
    the publication year, or ending more than a year after it)."""
    if pub is None or not time.get("start") or not time.get("end"):
        return None
    ahead = int(time["start"][:4]) > pub.year or int(time["end"][:4]) > pub.year + 1
    if not ahead:
        return None
    return {"text": None, "start": pub.isoformat(), "end": pub.isoformat(), "source": "publication_date", "grain": "day",
            "note": "the state now, from which a forecast runs", "evidence": _evidence("from_now")}


def _from_after_to(text: str, qs: list[Quantity], out: list[tuple], W: ResolveWords, lex: Lexicon,
                   pub: date | None = None) -> None:
    """'sjunker till 25 procent från 29 procent', 'ökade till 61 procent, från 54 procent', '38 procent av
    gästnätterna, upp från 33 procent': the from-value written after the to-value is about the same period a year
    earlier (a season: the season before), as in 'från A till B' (``_from_to_periods``), when the pair shares one
    stated year, season, quarter or month and its change has a direction (in place)."""
    for k in range(1, len(qs)):
        to, frm = qs[k - 1], qs[k]
        time, change = out[k - 1]
        if not (change or {}).get("direction") or frm.kind != to.kind:
            continue
        plain = text[to.char_end:frm.char_start].strip().lower() in W.from_words     # 'till 61 procent från 54'
        gap = text[to.char_end:frm.char_start].strip(" ,").lower().split()
        if len(gap) > 1 and "," in text[to.char_end:frm.char_start] and _own_year_before(text[to.char_end:frm.char_start], W):
            gap = gap[-1:]                          # 'höjs till 7 400 kronor för 2026, från 6 950 kronor'
        if gap and gap[0] in W.apposition_adverbs:
            gap = gap[1:]                           # '38 procent av gästnätterna, upp från 33 procent'
        compared = ((change.get("baseline") or {}).get("value_text") == frm.text
                    and (change.get("cue") or {}).get("rule") == "apposition")
        if not (compared or len(gap) == 1 and gap[0] in W.from_words
                and W.to_before.search(text[max(0, to.char_start - 8):to.char_start])):
            continue                                # 'ökade till 430 kronor, från 420 kronor'
        if compared and not (gap and gap[-1] in W.from_words):
            continue
        if (out[k][1] or {}).get("direction"):      # the from-value states no change of its own, as in 'från A till B'
            out[k] = (out[k][0], dict(out[k][1], direction=None, from_value=frm.value, to_value=to.value,
                                      cue=_cue("from_to", to.char_start, frm.char_end, text)))
        own = out[k][0]
        if not time or not own or (own.get("start"), own.get("end")) != (time.get("start"), time.get("end")):
            continue
        ev = time.get("evidence") or {}
        start, end, grain = time.get("start"), time.get("end"), time.get("grain")
        season = ev.get("time_rule") == "year_slash"                 # 'säsongen 2025/26': the season before
        grains = ("year", "quarter", "month") if plain else ("year",)  # after a comma in a month's release: the
        if not start or not end or start[:4] != end[:4] and not season or grain not in grains \
                or ev.get("time_rule") in ("open_start", "open_end") or W.imperative.match(text) \
                or W.revision.search(text, clause_of(text, to.core_start, lex)[0], to.char_start):
            continue
        out[k] = (_from_now(time, pub) or _a_year_earlier(time), out[k][1])


def _own_year_before(gap: str, W: ResolveWords) -> bool:
    """Whether the words between a to-value and its from-value open with the to-value's own year before a comma
    ('… till 7 400 kronor för 2026, från 6 950 kronor')."""
    head = gap.rsplit(",", 1)[0].split()
    return 1 <= len(head) <= 2 and _YEAR4.fullmatch(head[-1]) is not None and all(w.lower() in W.year_leads for w in head[:-1])


def _prior_period(main: dict | None, own: dict | None, noted: TimeExpr | None = None) -> dict | None:
    """The period of a bracketed prior figure ('335 (303) Mkr'): the period its label names ('(2022: 41 procent)'),
    else the one the document's note on brackets names ('Siffror inom parentes avser valet 2022'), else the
    comparison period: the period of the figure before it, a year earlier."""
    if own and (own.get("evidence") or {}).get("rule") == "same_clause" and own.get("text") and main \
            and own.get("text") != main.get("text"):
        return own
    if noted is not None:
        return _as_time(noted, "document_context", note="the period the note on brackets names",
                        evidence=_evidence("bracket_note", noted, here=False))
    if not main or not main.get("start"):
        return None
    return {"text": main.get("text"), "start": _year_earlier(main["start"]), "end": _year_earlier(main.get("end")),
            "source": main["source"], "grain": main.get("grain"), "note": "the same period a year earlier",
            "evidence": {"rule": "prior_in_brackets", "text": main.get("text")}}


def carry_back(seg, ctx, times: list[TimeExpr] = (), qs: list[Quantity] = ()) -> None:
    """A sentence that tells how the figure of the sentence before changed gives that figure its direction, when it
    has none. Three ways of telling (change.json next_sentence_leads, next_sentence_difference, anaphor_change_next,
    earlier_level_next):

    - it opens with a change ('Det är en minskning med 2 procent', 'Jämfört med samma månad i fjol är det en ökning'),
      or a difference against an earlier time ('Det är 17 färre än i oktober förra året');
    - a noun or pronoun takes up the figure and a verb changes it ('Andelen har minskat med 2,3 procentenheter');
    - it opens with an earlier time and states that time's level ('Ett år tidigare var den 50 400 kronor'): the sign
      of the difference.

    Updates the earlier claims in place; the cue points into the later sentence (document offsets)."""
    prev = ctx.previous_claims
    if not prev or prev[-1].sentence["index"] != seg.index - 1:
        return
    W = ctx.lex.derived(resolve_words)
    found = _stated_change(seg, times, W, ctx.lex, "\n" in prev[-1].sentence["text"])
    if found is None:
        _earlier_level(seg, times, qs, prev, W, ctx.lex)
        return
    hit, m, group, shares = found
    if shares:                          # 'Det är 2,6 procentenheter bättre än …', 'Andelen …': the share before
        levels = [c for c in prev if c.quantity["kind"] == "percent"]
    else:
        levels = [c for c in prev if c.quantity["kind"] not in ("percent", "percentage_point", "ratio", "ordinal")]
    stated = [c for c in levels if c.quantity["bound"] in ("exact", "approx")]
    written = [c for c in stated if any(ch.isdigit() for ch in c.quantity["text"])
               and not _part_before(c, W)]    # not 'de tio flygplatser' beside '2 614 000 passagerare', nor 'varav 14 320'
    chosen = written or stated or levels      # '3 410 patienter … mer än 90 dagar': a threshold names the group
    if group == "comp" and qs and qs[0].kind not in ("percent", "percentage_point"):   # a difference fits in its
                                            # level ('Det är 1 380 fler än i fjol')
        chosen = [c for c in chosen if not _rise_too_large(c.quantity["unit"], c.quantity.get("value"), qs[0], hit[0])]
    if not chosen or chosen[-1].change and chosen[-1].change.get("direction"):
        return
    cue = {"rule": "next_sentence", "text": m.group(group), "char_start": seg.start + m.start(group),
           "char_end": seg.start + m.end(group)}
    n = _paired(seg.text, qs, W) if len(chosen) > 1 else 1    # '4,6 respektive 8,3 procent': the last two, in order
    if n == 1 and len(chosen) > 1 and _restates(chosen[-2], chosen[-1], W):
        n = 2                           # '71,2 miljoner kronor, eller 1 780 kronor per invånare': one amount twice
    for claim in chosen[-n:] + _ratios_restated(chosen[-n:], prev):
        if not (claim.change and claim.change.get("direction")):
            claim.change = dict(claim.change or {"from_value": None, "to_value": None, "baseline": None},
                                direction=hit[0], cue=cue)


RESTATED_SHARE_POINTS = 10      # 'sex av tio' and '62 procent' are one share written twice (percentage points apart)


def _ratios_restated(claims: list, prev: list) -> list:
    """The shares in words right before these per-cent figures that they restate ('Drygt sex av tio vuxna, 62
    procent, …'): a ratio within ``RESTATED_SHARE_POINTS`` of the per-cent figure, a comma between them."""
    out = []
    for c in claims:
        k = next((i for i, o in enumerate(prev) if o is c), None)
        if not k or c.quantity["kind"] != "percent" or c.quantity.get("value") is None:
            continue
        r = prev[k - 1]
        gap = _gap_between(r, c)
        if r.quantity["kind"] == "ratio" and r.quantity.get("value") is not None and "," in gap and len(gap) <= 30 \
                and abs(r.quantity["value"] * 100 - c.quantity["value"]) <= RESTATED_SHARE_POINTS:
            out.append(r)
    return out


def _stated_change(seg, times, W: ResolveWords, lex: Lexicon, table_before: bool = False) -> tuple | None:
    """(direction hit, match, group, about a share) when the sentence opens by telling a change of the figure
    before, else None (``carry_back``). After a table, 'Andelen har förbättrats i alla grupper' speaks of all its
    rows, not of the last cell."""
    m = W.next_sentence_lead.match(seg.text)
    hit = m and direction_cue(m.group("noun"), False, lex)
    if hit:
        return hit, m, "noun", _about_share(seg.text, m, W)
    m = W.anaphor_change.match(seg.text)
    hit = m and not table_before and direction_cue(m.group("verb"), False, lex)
    if hit:
        return hit, m, "verb", m.group("subj").lower() in W.share_subjects or _about_share(seg.text, m, W)
    m = W.next_sentence_difference.match(seg.text)
    rest = seg.text[m.end():] if m else ""
    if not m or not (any(t.char_start >= m.end() for t in times)
                     or any(w in W.temporal_words for w in words_of(rest))):
        return None                     # 'Det är 17 färre än …' needs an earlier time: a change, not a comparison
    comp = m.group("comp").lower()
    hit = (lex.change["comparatives_after"].get(comp) or lex.change["share_comparatives_after"][comp],)
    return hit, m, "comp", _about_share(seg.text, m, W)


def _about_share(text: str, m, W: ResolveWords) -> bool:
    """Whether a sentence telling the change of the figure before is about a share: it counts in percentage points
    ('Det är 2,6 procentenheter bättre än …'), names a share ('Andelen var …'), or gives the earlier level in per
    cent ('Det är en höjning från 58,4 procent')."""
    return bool(W.point_unit.search(text, 0, m.end() + 30) or W.share_subjects & sentence_word_set(text)
                or W.from_percent.search(text))


def _restates(a, b, W: ResolveWords) -> bool:
    """Whether claim ``b`` restates claim ``a`` right before it in one sentence ('…, eller 1 780 kronor per invånare';
    change.json restatement_links)."""
    return a.sentence["index"] == b.sentence["index"] and W.restatement_gap.fullmatch(_gap_between(a, b)) is not None


def _gap_between(a, b) -> str:
    """The text between two claims' figures in one sentence."""
    start = a.sentence["char_start"]
    return a.sentence["text"][a.quantity["char_end"] - start:b.quantity["char_start"] - start]


def _paired(text: str, qs: list[Quantity], W: ResolveWords) -> int:
    """How many figures of the sentence before a telling sentence speaks of: its own figures when they are paired
    with them ('4,6 respektive 8,3 procent', '6,8 procent fler kunskapsprov och 4,1 procent fler körprov'), else 1."""
    if len(qs) < 2 or qs[0].kind != qs[1].kind:
        return 1
    gap = text[qs[0].char_end:qs[1].char_start]
    words = set(words_of(gap))
    if W.pair_words & words or (len(qs) == 2 and W.and_words & words and "," not in gap
                                and any(w in W.comparatives_after for w in words)):
        return 2
    return 1


def _earlier_level(seg, times: list[TimeExpr], qs: list[Quantity], prev: list, W: ResolveWords, lex: Lexicon) -> None:
    """'Medianlönen var 52 300 kronor i september. Ett år tidigare var den 50 400 kronor.': a sentence opening with
    an earlier time, then a level of the unit (and rate, and counted noun) the sentence before stated, with no change
    word before it and no comparative after it ('… 2 350 kronor mer': a difference), makes the first such figure there
    that is not yet compared (no baseline, from-value or direction; parts such as 'varav 21' only when paired by
    'respektive') a new value: its direction the sign of the difference (change.json earlier_level_next)."""
    if not qs or not times or times[0].char_start > qs[0].char_start or "\n" in prev[-1].sentence["text"]:
        return
    lead, q0 = seg.text[:qs[0].char_start], qs[0]
    words = words_of(lead)
    marked = not (W.earlier_words.isdisjoint(words) and W.ago_words.isdisjoint(words[1:]))   # 'Ett år tidigare'
    if q0.bound not in ("exact", "approx") or not (marked or not W.level_verbs.isdisjoint(words)):
        return                          # 'År 2024 var siffran 144 liter': an earlier date, then a level's verb
    if len(words) > W.earlier_max_words or direction_cue(lead, True, lex) or W.amount_before.search(lead) \
            or any(w in W.comparatives_after for w in words_of(seg.text[q0.char_end:q0.char_end + 30])[:3]):
        return
    if _names_another(lead, times[0], prev[-1].sentence["text"]):
        return
    mine = [q for q in qs if q.unit == q0.unit and q.kind == q0.kind and q.value is not None]
    n = 2 if len(mine) > 1 and W.pair_words & set(words_of(seg.text[mine[0].char_end:mine[1].char_start])) else 1
    levels = [c for c in prev if _same_measure(c.quantity, q0) and c.quantity["bound"] in ("exact", "approx")
              and not (c.time and (c.time.get("evidence") or {}).get("rule") == "then_clause")]
    if n == 1:
        levels = [c for c in levels if not _part_before(c, W)]
    levels = [c for c in levels if not (c.change and any(c.change.get(k) is not None
                                                         for k in ("direction", "from_value", "baseline")))]
    t = times[0]
    for claim, q in zip(levels[:n], mine[:n]):     # the first: later ones restate, compare or break it down
        if claim.quantity["value"] == q.value or not (marked or _ends_before(t, claim.time)):
            continue                    # 'I oktober 2025 var andelen 68 procent' after October 2026: earlier too
        cue = {"rule": "earlier_level_next", "text": t.text, "char_start": seg.start + t.char_start,
               "char_end": seg.start + t.char_end}
        base = {"text": t.text, "start": t.start, "end": t.end, "value_text": q.text}
        claim.change = dict(claim.change or {"from_value": None, "to_value": None}, baseline=base, cue=cue,
                            direction="increase" if claim.quantity["value"] > q.value else "decrease")


def _ends_before(t: TimeExpr, time: dict | None) -> bool:
    """Whether period ``t`` ends before a claim's period starts (ISO prefixes compared at their common length)."""
    if not t.end or not time or not time.get("start"):
        return False
    n = min(len(t.end), len(time["start"]))
    return t.end[:n] < time["start"][:n]


def _names_another(lead: str, t: TimeExpr, before: str) -> bool:
    """Whether the words before an earlier level name something the sentence before does not: a name ('I fjol
    betalade villaägaren i Malmö …' after a sentence on Luleå) or a numbered label ('… i elområde 4 hela 149 öre'
    after elområde 3). Then the two figures are two things, not one at two times."""
    rest = " " * t.char_start + lead[t.char_start:t.char_end].translate(_BLANK_DIGITS) + lead[t.char_end:]
    if any(ch.isdigit() for ch in rest):
        return True
    names = [m.group() for m in WORD.finditer(rest) if m.start() > 0 and m.group()[0].isupper()]
    return any(w not in before for w in names)      # (the sentence's first word is capitalised anyway)


_BLANK_DIGITS = str.maketrans("0123456789", "          ")


def _same_measure(public: dict, q: Quantity) -> bool:
    """Whether an earlier claim's quantity and figure ``q`` can be one measure at two times: same unit and kind, a
    value, the same rate when ``q`` names one, and no two different counted nouns."""
    if public["unit"] != q.unit or public["kind"] != q.kind or public.get("value") is None:
        return False
    if q.per is not None and public.get("per") != q.per:
        return False
    a, b = (public.get("entity") or "").lower().split(), (q.entity or "").lower().split()
    return not (a and b and a[-1] != b[-1])


def _part_before(claim, W: ResolveWords) -> bool:
    """A figure after a part word of its sentence ('varav 14 320 planerade'): a part of the level before it."""
    text, start = claim.sentence["text"], claim.quantity["char_start"] - claim.sentence["char_start"]
    return W.part_link.search(text, 0, start) is not None     # '…, varav 160 miljoner till … och 45 miljoner till …'


def _consequence_change(text: str, q: Quantity, ctx, W: ResolveWords, earlier: list = ()) -> tuple | None:
    """'Budgeten utökas med 41 miljoner. Den nya budgeten uppgår därmed till 282 miljoner', '… innebär det 270 kronor
    mer i månaden, och hyran blir då 8 210 kronor': a figure stated as the consequence of the change just before, in
    its sentence (``earlier``: the changes decided there) or the one before, takes that change's direction
    (change.json consequence_words)."""
    a, _ = clause_of(text, q.core_start, ctx.lex)
    if not W.consequence.search(text, a, q.char_start):
        return None
    last = next((c for c in reversed(earlier) if c and c.get("direction")), None) \
        or next((c.change for c in reversed(ctx.previous_claims or ()) if c.change and c.change.get("direction")), None)
    if not last:
        return None
    return last["direction"], dict(last.get("cue") or {}, rule="consequence")


def shift_evidence(time: dict | None, change: dict | None, offset: int) -> None:
    """Sentence-relative evidence offsets -> document offsets (in place)."""
    for ev in ((time or {}).get("evidence"), (change or {}).get("cue")):
        if ev and "char_start" in ev:
            ev["char_start"] += offset
            ev["char_end"] += offset


# --- change -----------------------------------------------------------------------------------
def _change_clause(text: str, pos: int, lex: Lexicon) -> bool:
    """Whether the clause at ``pos`` states a change ('en ökning med 5 procentenheter sedan 2016')."""
    a, b = clause_of(text, pos, lex)
    return _direction_in(text[a:b], False, lex) is not None




def _coordinated(text: str, prev: Quantity, q: Quantity, W: ResolveWords, lex: Lexicon) -> bool:
    """Two figures of the same kind in one coordination: linked by a comma or 'och'/'eller'/'samt', at most 60
    characters apart, with no verb, change word or sentence punctuation of the second's own in between (the link
    words: numbers.json 'coordination' unit_links and direction_links; a member's own verb: entities.json
    finite_verbs)."""
    if prev.kind != q.kind or q.prior_value is not None or q.char_start - prev.char_end > 60:
        return False
    gap = text[prev.char_end:q.char_start]
    link, finite = W.coordination_link, W.coordination_finite
    if any(c in gap for c in ".;:()") or not link.search(gap) or W.baseline_in.search(gap):
        return False                            # '212 bussar, jämfört med 250': a baseline, not a member
    return not any(w in finite for w in words_of(gap)) and _direction_in(gap, True, lex) is None


@dataclass
class ChangeCase:
    """Everything a direction rule may look at for one figure."""
    text: str
    q: Quantity
    qs: list
    times: list
    idx: int
    previous: dict | None
    a: int
    b: int
    change: dict
    W: ResolveWords = None          # the resolver's compiled lexicon (resolve_words)
    lex: Lexicon = None             # the lexicon itself, for the context functions


def _spread(text: str, q: Quantity, W: ResolveWords) -> bool:
    """'Arbetslösheten varierar från 5,1 procent i Hedemo till 9,4 procent i Tallmo': a verb of spread (change.json
    spread_verbs) before a 'från … till' pair makes it a range over places or groups, not a change."""
    return not W.spread_verbs.isdisjoint(words_of(text[:q.char_start]))


def _d_to_value(c: ChangeCase):
    """'från 214,8 till 228,1': the to-value of a från/till pair; the direction is the values' order."""
    if c.idx == 0:
        return None
    R, prev, q = c.W, c.qs[c.idx - 1], c.q
    if R.from_before.search(c.text[max(0, prev.char_start - 8):prev.char_start]) and \
            R.from_to_gap.fullmatch(c.text[prev.char_end:q.char_start]) and not _spread(c.text, prev, R):
        c.change.update(from_value=prev.value, to_value=q.value)
        if prev.value is not None and q.value is not None and prev.value != q.value:
            return ("increase" if q.value > prev.value else "decrease"), _cue("from_to", prev.char_start, q.char_end, c.text)
    return None


def _d_change_word(c: ChangeCase):
    """A change word in the figure's clause: before it ('minskade med 12 procent'), else after it (not for a
    duration: 'Under de första nio månaderna har intäkterna ökat' names a period, not the change)."""
    hit = direction_cue(c.text[c.a:c.q.char_start], True, c.lex)
    if hit and _weather_fall(c, c.text[c.a + hit[1]:c.a + hit[2]]):
        hit = None                      # 'I Ekeslund föll 386 mm': rain fell, nothing decreased
    if hit and _amount_of_other(c, c.a + hit[2]):
        return None                     # 'En höjning på 1 000 kronor för alla 420 000 anställda …': the change's own
    if hit:                             # amount is another figure
        return hit[0], _cue("change_word", c.a + hit[1], c.a + hit[2], c.text)
    if c.q.kind != "duration":
        hit = direction_cue(c.text[c.q.char_end:c.b], False, c.lex)
        if hit:
            return hit[0], _cue("change_word", c.q.char_end + hit[1], c.q.char_end + hit[2], c.text)
    return None


def _amount_of_other(c: ChangeCase, cue_end: int) -> bool:
    """Whether the change word ending at ``cue_end`` has its amount in another figure before this one ('höjning på
    1 000 kronor', 'ökade med 5 procent'), so that this one, not after 'till', is no amount or new value of it."""
    if c.W.to_before.search(c.text[max(0, c.q.char_start - 8):c.q.char_start]):
        return False                    # 'ökade med 5 procent till 2 300': the new value
    m = c.W.amount_after_cue.match(c.text, cue_end)
    amount = m and next((o for o in c.qs if o is not c.q and o.char_start == m.end() and o.char_end <= c.q.char_start), None)
    if not amount:
        return False
    between = c.text[amount.char_end:c.q.char_start]   # not '… till i genomsnitt 48 600 kronor' (its new value), nor
    return c.W.to_words.isdisjoint(words_of(between)) and not c.W.restatement_gap.match(between)   # '… eller 3,6 procent'


def _weather_fall(c: ChangeCase, word: str) -> bool:
    """Whether a change word is the fall of rain or snow before an amount of it (change.json precipitation)."""
    return c.q.unit in c.W.fall_units and word.lower() in c.W.fall_verbs


def _d_label(c: ChangeCase):
    """'Prissänkning: 25 %': a short label before a colon."""
    label = _label_before(c.text, c.q.char_start, c.W)
    hit = label and direction_cue(c.text[label[0]:label[1]], False, c.lex)
    return (hit[0], _cue("label", label[0] + hit[1], label[0] + hit[2], c.text)) if hit else None


def _d_clause_before(c: ChangeCase):
    """'ökar långsammare än i fjol, 3,9 procent mot 4,8 procent': a clause of figures takes the change before it."""
    if c.a == 0 or not _bare_clause(c.text, c.a, c.q, c.b, c.W, c.lex):
        return None
    return _change_of_clause_before(c, "clause_before")


def _d_apposition(c: ChangeCase):
    """'4 105 lastbilar, en ökning med 12 procent': a level figure is the new value after the change named next."""
    q = c.q
    sole = not any(o is not q and c.a <= o.core_start < c.b for o in c.qs)     # '53 procent av de vuxna har övervikt,
    if q.kind in ("percentage_point", "ratio", "ordinal") or c.b >= len(c.text) or q.prior_value is not None \
            or not (_only_counted_noun(c.text[q.char_end:c.b], c.lex, not c.text[c.a:q.char_start].strip())
                    or sole and q.kind == "percent") \
            or baseline_figure(c.text, q, c.times, c.W, c.lex, c.a):    # en ökning med …': the clause's one share
        return None                      # a baseline ('jämfört med 402 …, vilket innebär en minskning') did not change
    m = c.W.apposition.match(c.text, c.b)
    if not m and c.idx + 1 < len(c.qs):
        # 'V får 7,8 procent och MP 5,0 procent, en ökning med 0,4 respektive 0,2 procentenheter': the change named
        # after a pair of levels and distributed over them ('respektive') is each level's change; so is one after
        # the level's baseline ('612 000 plogtimmar, jämfört med 498 000 föregående säsong, en ökning med 23 procent')
        a2, b2 = clause_of(c.text, c.qs[c.idx + 1].core_start, c.lex)
        compared = a2 == c.b and c.W.baseline_start.match(c.text, c.b + 1) is not None
        m = c.W.apposition.match(c.text, b2) if compared or c.qs[c.idx + 1].kind == q.kind else None
        if m and not compared and not c.W.distributive.search(c.text, m.end(), min(len(c.text), m.end() + 40)):
            m = None
    if not m:
        adverb = c.W.apposition_adverb.match(c.text, c.b)     # 'andelen var 12,9 procent, ned 1,4 procentenheter'
        if adverb is None or q.kind == "duration":            # 'inom fyra timmar, upp från 51,0 procent': a limit
            return None
        return c.W.before_number[adverb.group("adverb").lower()], \
            _cue("apposition", adverb.start("adverb"), adverb.end("adverb"), c.text)
    for group in ("noun", "noun2"):     # ', vilket är en marginell minskning': an adjective may come first
        hit = m.group(group) and direction_cue(m.group(group), False, c.lex)
        if hit:
            return hit[0], _cue("apposition", m.start(group), m.end(group), c.text)
    if (m.group("noun2") or "").lower() in c.W.apposition_relatives:
        # ', en andel som har vuxit från 41 procent', ', en andel som ökat med 6 procentenheter': the noun's change is
        # told in its relative clause, by one of its first words
        for w in list(WORD.finditer(c.text, m.end("noun2"), min(len(c.text), m.end("noun2") + 40)))[:RELATIVE_CHANGE_WORDS]:
            hit = direction_cue(w.group(0), False, c.lex)
            if hit:
                return hit[0], _cue("apposition", w.start(), w.end(), c.text)
    return None


def _d_adverb_before(c: ChangeCase):
    """'bostadsrätter upp 3 procent': a headline's adverb right before the figure."""
    before = _WORD_BEFORE.search(c.text, max(0, c.q.char_start - 12), c.q.char_start)
    direction = before and c.W.before_number.get(before.group(1).lower())
    return (direction, _cue("adverb_before", before.start(1), before.end(1), c.text)) if direction else None


def _d_compared_amount(c: ChangeCase):
    """'3,9 procent mot 4,8 procent': two amounts of the change stated before; not a figure with a comparative of
    its own ('steg med 0,5 procent jämfört med september men var 0,4 procent lägre än för ett år sedan')."""
    p = c.previous
    own = _word_right_after(c.text, c.q.char_end)
    if own is not None and own.group(0).lower() in c.W.comparatives_after:
        return None
    if c.idx > 0 and p and p.get("direction") and _compared_change(c.text, c.qs[c.idx - 1], c.q, p, c.W):
        return p["direction"], dict(p.get("cue") or {}, rule="compared_amount")
    return None


def _d_coordination(c: ChangeCase):
    """'4,1 procent det första året och 3,3 procent det andra året': a coordination shares its change; a figure with
    a sign of its own keeps it ('plus 7,4 procent för bostadsrätter och minus 2,1 procent för villor'), and so does
    one with its own comparative of the other way ('21 procent högre, medan … 38 procent mindre')."""
    p = c.previous
    if c.idx > 0 and p and p.get("direction") and _coordinated(c.text, c.qs[c.idx - 1], c.q, c.W, c.lex):
        own = _d_sign(c)
        if own is not None and own[0] != p["direction"]:
            return own
        after = _word_right_after(c.text, c.q.char_end)
        comp = after is not None and c.W.comparatives_after.get(after.group(0).lower())
        if comp and comp != p["direction"]:
            return None                 # '… 21 procent högre, medan kunderna … betalade 38 procent mindre': its own
        return p["direction"], dict(p.get("cue") or {}, rule="coordination")
    return None


def _d_part(c: ChangeCase):
    """'ett tillskott på 52 Mkr, varav 18 Mkr går till hemtjänsten', 'totalt 6,4 procent, varav 3,4 procent första
    året': a part of a changed figure (entities.json bare_scaled_count part_links) shares its change."""
    p = c.previous
    if c.idx == 0 or not (p and p.get("direction")):
        return None
    whole = next((o for o in reversed(c.qs[:c.idx]) if o.kind == c.q.kind), None)    # past 'under två år'
    gap = c.text[whole.char_end:c.q.char_start] if whole is not None else ""
    if not c.W.part_link.search(gap) or any(ch in gap for ch in ".;:()"):
        return None
    return p["direction"], dict(p.get("cue") or {}, rule="part")


def _d_restatement(c: ChangeCase):
    """'1,15 kronor billigare per liter, eller 6,2 procent', 'ökade med 340, det vill säga 2,1 procent': the change of
    the figure before, restated in another unit; no verb of the figure's own between them."""
    p = c.previous
    if c.idx == 0 or not p or not p.get("direction") or c.q.prior_value is not None:
        return None
    prev = c.qs[c.idx - 1]
    m = c.W.restatement.fullmatch(c.text, prev.char_end, c.q.char_start)
    if m is None or any(w in c.W.coordination_finite for w in words_of(m.group("lead"))):
        return None
    return p["direction"], dict(p.get("cue") or {}, rule="restatement")


def _d_coordinated_level(c: ChangeCase):
    """'Utlåningen ökade med 4,2 procent … och uppgick den 30 juni till 168,4 miljarder kronor': the level a verb of
    reaching names, in a clause coordinated with a change word's clause, is the new value after that change."""
    p = c.previous
    if c.idx == 0:                       # 'Snusandet har ökat och omfattar nu 19 procent': a change told with no figure
        m = c.W.coordinated_level.fullmatch(c.text, 0, c.q.char_start)
        link = m and c.W.and_before.search(c.text, 0, c.q.char_start)
        hit = link and direction_cue(c.text[:link.start()], False, c.lex)
        return (hit[0], _cue("coordinated_level", hit[1], hit[2], c.text)) if hit else None
    if not p or not p.get("direction") \
            or (p.get("cue") or {}).get("rule") not in ("change_word", "multiplicative", "comparative_after"):
        return None                      # ('har nästan tredubblats sedan 2019 och uppgick 2025 till 58 900')
    prev = c.qs[c.idx - 1]
    if not c.W.coordinated_level.fullmatch(c.text, prev.char_end, c.q.char_start):
        return None
    return p["direction"], dict(p.get("cue") or {}, rule="coordinated_level")


def _d_comparative_after(c: ChangeCase):
    """'6 procent fler än i fjol', '120 kronor mer', '5 000 fler poliser': a comparative right after the figure; with
    'än' and no period after it ('40 procent mer på rustningar än på utbildning') a comparison: a baseline only. A
    count may have its noun between ('2 900 TEU fler än i oktober 2025', '3 personer färre än förra året') when a
    period follows 'än'; a duration takes comparatives of speed ('47 minuter långsammare än förra årets snitt'),
    percentage points evaluative ones ('2,6 procentenheter bättre än i fjol')."""
    q, text = c.q, c.text
    if q.kind not in ("percent", "percentage_point", "money", "measure", "count", "duration", "ratio") \
            and not (q.kind == "number" and q.unit not in (None, "number")):
        return None                      # a duration too: 'drygt tre veckor längre än i fjol'; points: '4,6 poäng högre';
                                         # a fraction: 'en tredjedel lägre än i oktober förra året'
    after = _word_right_after(text, q.char_end)
    if after is None:
        return None
    word = after.group(0).lower()
    if q.kind == "count" and word not in _words(c.lex)["comparatives"]:
        nxt = _word_right_after(text, after.end())
        if nxt is None or nxt.group(0).lower() not in c.W.comparatives_after \
                or not _compared_over_time(text, nxt.end(), c.b, c.times, c.W):     # '260 älgar lägre än förra året'
            return None
        after, word = nxt, nxt.group(0).lower()
    direction = c.W.comparatives_after.get(word) or (q.kind == "duration" and c.W.duration_comparatives.get(word)) \
        or (q.kind == "percentage_point" and c.W.share_comparatives.get(word))
    if not direction:
        return None
    if q.kind != "count":
        compared = _compared_with(text, after.end(), c.b, c.times, c.W, anywhere=True)
        if compared is not None:
            c.change["baseline"] = compared
            return None
    return direction, _cue("comparative_after", after.start(), after.end(), text)


def _word_right_after(text: str, pos: int):
    """The word that follows ``pos`` after nothing but white space, or None."""
    m = WORD.search(text, pos, pos + 14)
    return m if m and not text[pos:m.start()].strip() else None


def _d_extra(c: ChangeCase):
    """'95 miljoner kronor extra', '4 extra vätskestationer': an amount on top of what there was is an increase
    (change.json extra_words)."""
    after = WORD.search(c.text, c.q.char_end, c.q.char_end + 14)
    if after is None or c.text[c.q.char_end:after.start()].strip() or after.group(0).lower() not in c.W.extra[0] \
            or not c.W.extra[1].isdisjoint(words_of(c.text[c.a:c.b])):
        return None                      # 'kostar 40 kronor extra för bagage': a surcharge
    return "increase", _cue("extra", after.start(), after.end(), c.text)


def _d_amount_before(c: ChangeCase):
    """'minskat antalet X som ... med 23 procent': 'med' before the figure points back to a change word."""
    if not c.W.amount_before.search(c.text[max(0, c.q.char_start - 6):c.q.char_start]):
        return None
    hit = direction_cue(c.text[:c.q.char_start], False, c.lex)
    return (hit[0], _cue("change_word", hit[1], hit[2], c.text)) if hit else None


def _d_comparison_after(c: ChangeCase):
    """'ligger 3 procent under förra året': a period compared with right after the figure; also a short phrase
    ending in one ('12 procent under toppen våren 2022') or naming an earlier level ('26 procent under
    femårssnittet': change.json comparison temporal_words)."""
    q, text = c.q, c.text
    m = WORD.search(text, q.char_end, q.char_end + 8)
    m = m if m and not text[q.char_end:m.start()].strip() else None
    comp = c.W.comparison_after_figure
    if not m or m.group(0).lower() not in comp or c.W.baseline_before.search(text[c.a:q.char_start]):
        return None                     # 'jämfört med 402 under samma månad förra året': the comparison's own figure
    stop = min(_clause_end(text, m.end(), len(text)), m.end() + COMPARED_REACH)
    if any(t.baseline and m.end() <= t.char_start < stop for t in c.times) \
            or any(w in c.W.temporal_words for w in words_of(text[m.end():stop])[:3]):
        return comp[m.group(0).lower()], _cue("comparison_after", m.start(), m.end(), text)
    return None


COMPARED_REACH = 30      # characters after 'under'/'över' in which the compared period or level must stand


def _d_endpoint(c: ChangeCase):
    """'minskade med 9 procent, till 1 020': a to-value clause after the change."""
    if c.a == 0 or not c.W.endpoint.fullmatch(c.text[c.a:c.q.char_start]):
        return None
    return _change_of_clause_before(c, "change_word")


def _d_amount_then_to(c: ChangeCase):
    """'ökade kraftigt, med 21 procent till 38 200': the to-value right after the size of a change ('med X till Y',
    also with the change's span between: 'med 19 procent på ett år till 142 kronor') takes that change's direction,
    also when a comma has cut the verb off into the clause before."""
    if c.idx == 0 or not c.previous or not c.previous.get("direction"):
        return None
    prev = c.qs[c.idx - 1]
    gap = c.text[prev.char_end:c.q.char_start]
    for t in c.times:                           # 'med 19 procent på ett år till 142 kronor': the change's span between
        if prev.char_end <= t.char_start and t.char_end <= c.q.char_start:
            gap = gap.replace(t.text, " ")
    if prev.char_start < c.a or gap.strip().lower() not in c.W.to_words \
            or not c.W.amount_before.search(c.text[c.a:prev.char_start]):
        return None
    return c.previous["direction"], _cue("amount_then_to", prev.char_start, c.q.char_end, c.text)


def _change_of_clause_before(c: ChangeCase, rule: str, reach: int = 120):
    """The change word nearest the end of the text just before the figure's clause (at most ``reach`` characters)."""
    lo = max(0, c.a - reach)
    hit = direction_cue(c.text[lo:c.a], False, c.lex)
    return (hit[0], _cue(rule, lo + hit[1], lo + hit[2], c.text)) if hit else None


def _d_bracket_sign(c: ChangeCase):
    """'lägre priser på el (−11,5 procent)': a signed rate standing alone in brackets states its own change, nearer
    than any change word of the clause ('Uppgången motverkades av …')."""
    q, text = c.q, c.text
    if q.kind not in ("percent", "percentage_point") \
            or text[max(0, q.char_start - 1):q.char_start] != "(" or text[q.char_end:q.char_end + 1] != ")":
        return None
    if q.text[:1] in "+−-":
        return _d_sign(c)
    # 'högre priser på kläder (6,8 procent)', 'prishöjningar på kläder och skor (1,8 procent)': an unsigned rate alone
    # in brackets after a noun phrase naming a change is that change's size
    lo = max(0, q.char_start - 1 - BRACKET_CHANGE_REACH)
    lo = max([lo] + [m.end() for m in _CLAUSE_END.finditer(text, lo, q.char_start - 1)])   # its own clause only
    hit = direction_cue(text[lo:q.char_start - 1], True, c.lex)
    if hit is None:                      # 'högre priser på kläder (6,8 procent)': a comparative before the noun
        m = next((m for m in reversed(list(WORD.finditer(text, lo, q.char_start - 1)))
                  if m.group(0).lower() in c.W.comparatives_after), None)
        hit = m and (c.W.comparatives_after[m.group(0).lower()], m.start() - lo, m.end() - lo)
    if hit and _compared_with(text, lo + hit[2], q.char_start - 1, c.times, c.W, anywhere=True) is not None:
        return None                      # 'Fler kvinnor än män (54 procent)': a comparison of two things
    return (hit[0], _cue("bracket_change", lo + hit[1], lo + hit[2], text)) if hit else None


RELATIVE_CHANGE_WORDS = 3     # words of an apposition's relative clause that may name its change ('som har vuxit')
BRACKET_CHANGE_REACH = 40      # characters before a bracketed rate in which the change it sizes is named


def _d_sign(c: ChangeCase):
    """'−2,1 %', '+4,6 %', 'plus 7,4 procent', 'influensa +44 fall': a signed rate, amount or count."""
    q = c.q
    if q.value is not None and q.value < 0 and q.kind in ("percent", "percentage_point"):
        return "decrease", _cue("sign", q.char_start, q.char_start + 1, c.text)
    if q.text.lower().startswith(c.W.positive_signs) and q.kind in ("percent", "percentage_point", "money"):
        return "increase", _cue("sign", q.char_start, q.char_start + 1, c.text)
    if _negative_change_amount(c.text, q, _label_start(c.text, c.a, q), q.char_start, c.W):
        return "decrease", _cue("sign", q.char_start, q.char_start + 1, c.text)   # 'Värdeförändringar … −54 Mkr'
    if q.kind == "count" and q.value and not q.header and q.text[:1] in "+−-" \
            and not any(part in w for w in words_of(c.text[c.a:q.char_start].lower()) for part in c.W.signed_count_levels):
        # 'influensa +44 fall', 'bussar −14 st': a signed count in prose is a change (not a net flow: 'flyttnetto')
        return "increase" if q.value > 0 else "decrease", _cue("sign", q.char_start, q.char_start + 1, c.text)
    return None


def _d_imperative(c: ChangeCase):
    """'Korta handläggningstiden för bygglov till högst fem veckor': a sentence opening with an imperative that
    demands a change (change.json imperative_directions) and its object, a definite noun, gives it to the figures
    of its first clause ('Korta köer …' opens with an adjective)."""
    m = c.W.imperative_direction.match(c.text)
    if m is None or c.a > m.end():
        return None
    return c.W.imperative_directions[m.group(1).lower()], _cue("imperative", m.start(1), m.end(1), c.text)


def _d_rate_noun(c: ChangeCase):
    """'Årstakten blev 3,1 procent', 'deras årstakt var −1,2 procent', 'tillväxttakten landade på 2,4 procent': a
    rate of change named by its noun (change.json signed_rate_nouns) states a change by its sign: up when positive,
    down when negative, none at zero."""
    q = c.q
    if q.kind not in ("percent", "percentage_point") or not q.value or not c.W.signed_rate_nouns:
        return None
    hit = _named_for(c.text, c.a, q.char_start, c.W.signed_rate_nouns)
    if hit is None:
        return None
    return ("increase" if q.value > 0 else "decrease"), _cue("rate_noun", hit.start(), hit.end(), c.text)


def _named_for(text: str, a: int, end: int, nouns: frozenset):
    """The last of ``nouns`` in text[a:end] (the figure's clause, or the part of it before the figure), else the word
    opening the sentence when it is one ('Årstakten, alltså förändringen mot oktober 2025, blev 3,1 procent'): the
    match, or None."""
    hit = None
    for m in WORD.finditer(text, a, end):
        if m.group(0).lower() in nouns:
            hit = m
    if hit is None:
        first = WORD.search(text, 0, end)
        hit = first if first and first.group(0).lower() in nouns else None
    return hit


def _negative_change_amount(text: str, q: Quantity, a: int, end: int, W: ResolveWords) -> bool:
    """A negative amount of money named by a change noun between ``a`` and ``end`` ('Värdeförändringar … −54 Mkr';
    change.json signed_change_nouns): its sign is its direction."""
    return q.value is not None and q.value < 0 and q.kind == "money" \
        and any(w.endswith(W.signed_change_nouns) for w in words_of(text[a:end]))


def _label_start(text: str, a: int, q: Quantity) -> int:
    """Where the words naming a figure begin: its clause, or the label before a colon right before it ('Orealiserade
    värdeförändringar på fastigheter: −64 Mkr')."""
    if text[a:q.char_start].strip(" :\t") or a == 0:
        return a
    colon = text.rfind(":", 0, q.char_start)
    return max(0, text.rfind("\n", 0, colon) + 1) if colon >= 0 and not text[colon + 1:q.char_start].strip() else a


def _prior_change(text: str, q: Quantity, W: ResolveWords, lex: Lexicon, main: dict | None = None) -> dict | None:
    """A bracketed prior figure states no change of its own ('201 (171) mkr', 'ökade till 201 (171) mkr': a level),
    except an amount of change whose sign is its direction ('Värdeförändringar … −142 (−388) Mkr': the −388 of the
    prior period was a decrease too) and the amount of a change its main figure is ('steg med 4,3 (1,9) procent',
    'Den organiska tillväxten uppgick till 9,4 procent (6,1)'): the prior period's change, in the same direction when
    unsigned, by its sign when signed."""
    a = _label_start(text, clause_of(text, q.prior_of.core_start, lex)[0], q.prior_of)
    if _negative_change_amount(text, q, a, q.prior_of.char_start, W):
        return {"direction": "decrease", "from_value": None, "to_value": None, "baseline": None,
                "cue": _cue("sign", q.char_start, q.char_start + 1, text)}
    cue = (main or {}).get("cue") or {}
    if not (main or {}).get("direction") or cue.get("rule") != "change_word" or q.value is None:
        return None
    p = q.prior_of
    amount = W.amount_before.search(text[max(0, p.core_start - 12):p.core_start]) \
        or any(w.startswith(W.change_nouns) for w in words_of(cue.get("text") or ""))
    if not amount:
        return None
    sign = q.text.lstrip()[:1]
    direction = "decrease" if q.value < 0 or sign in "−-–" and sign else "increase" if sign == "+" else main["direction"]
    return {"direction": direction, "from_value": None, "to_value": None, "baseline": None,
            "cue": dict(cue, rule="prior_of_change")}


def _d_share_of_earlier(c: ChangeCase):
    """'föll 386 mm, vilket är 212 procent av det normala', 'fick 98 mm, ungefär 55 procent av normal nederbörd': a
    level followed by its share of an earlier or normal level is the new value after a change, up above 100 percent,
    down below it (the share itself states none)."""
    if c.q.kind in ("percent", "percentage_point", "ratio") or c.idx + 1 >= len(c.qs):
        return None
    share = c.qs[c.idx + 1]
    if share.kind != "percent" or share.value is None or share.value == 100 or "." in c.text[c.q.char_end:share.char_start]:
        return None
    after = words_of(c.text[share.char_end:share.char_end + 60])[:5]
    if not after or after[0] not in c.W.share_links or c.W.temporal_words.isdisjoint(after[1:]):
        return None
    return ("increase" if share.value > 100 else "decrease"), _cue("share_of_earlier", c.q.char_start, share.char_end, c.text)


# The policy, top-down: the first rule that gives a direction decides (after the figure's own: a multiplicative or
# a table's change column); a baseline figure or a prior figure in brackets decides only when none did.
DIRECTION_RULES: tuple = (
    ("bracket_sign", _d_bracket_sign),
    ("to_value", _d_to_value),
    ("change_word", _d_change_word),
    ("label", _d_label),
    ("clause_before", _d_clause_before),
    ("apposition", _d_apposition),
    ("adverb_before", _d_adverb_before),
    ("compared_amount", _d_compared_amount),
    ("coordination", _d_coordination),
    ("part", _d_part),
    ("restatement", _d_restatement),
    ("coordinated_level", _d_coordinated_level),
    ("comparative_after", _d_comparative_after),
    ("extra", _d_extra),
    ("amount_before", _d_amount_before),
    ("comparison_after", _d_comparison_after),
    ("endpoint", _d_endpoint),
    ("amount_then_to", _d_amount_then_to),
    ("sign", _d_sign),
    ("rate_noun", _d_rate_noun),
    ("imperative", _d_imperative),
    ("share_of_earlier", _d_share_of_earlier),
)


def find_change(text: str, q: Quantity, qs: list[Quantity], times: list[TimeExpr], index: int | None = None,
                previous: dict | None = None, *, W: ResolveWords, lex: Lexicon) -> dict | None:
    """Direction, from/to values and baseline of the change a quantity states, or None; the direction by
    ``DIRECTION_RULES``, its cue in ``change.cue``.

    ``index``: the position of ``q`` in ``qs`` when the caller knows it (else found by identity).
    ``previous``: the change found for the figure before it in the sentence, if any (a coordination shares it).
    ``W``, ``lex``: the resolver's compiled lexicon (``lex.derived(resolve_words)``) and the lexicon."""
    if q.kind == "ordinal" or (q.direction_source == "table" and q.direction is None and q.prior_value is None):
        return None                 # a level cell of a table (tables.py): the words of other cells state no change of it
    a, b = clause_of(text, q.core_start, lex)
    if q.kind == "count" and not W.occasion_counts.isdisjoint(words_of(text[a:b])):
        return None                 # 'Förslaget föll med 38 röster mot 33': a vote's count, no change of anything
    idx = index if index is not None else next(i for i, x in enumerate(qs) if x is q)
    change: dict = {"direction": None, "from_value": None, "to_value": None, "baseline": None}
    direction, cue = _figure_direction(text, q, times, change, W)
    R = W
    if idx + 1 < len(qs):                       # 'från 214,8 (år 2016/17) till 228,1': the from-value states no change
        nxt = qs[idx + 1]
        if R.from_before.search(text[max(0, q.char_start - 8):q.char_start]) and \
                R.from_to_gap.fullmatch(text[q.char_end:nxt.char_start]) and not _spread(text, q, W):
            change.update(from_value=q.value, to_value=nxt.value, cue=_cue("from_to", q.char_start, nxt.char_end, text))
            return change
    case = ChangeCase(text, q, qs, times, idx, previous, a, b, change, W, lex)
    for _name, rule in DIRECTION_RULES:
        if direction is not None:
            break
        hit = rule(case)
        if hit:
            direction, cue = hit
    fallback = _baseline(case)
    if direction is None and fallback:
        direction, cue = fallback
    elif fallback and cue and (cue.get("text") or "").lower().startswith(W.evaluative) \
            and (fallback[1] or {}).get("rule") == "prior_in_brackets":
        direction, cue = fallback       # 'förbättrades till 68,4 (71,9) procent': the values' order, not the judgement
    if direction is None and change["baseline"] is None and change["from_value"] is None:
        return None
    change["direction"] = direction
    if direction is not None and cue is not None:
        change["cue"] = cue
    return change


def _figure_direction(text: str, q: Quantity, times: list[TimeExpr], change: dict, W: ResolveWords):
    """The direction the figure states itself: a multiplicative ('fördubblades') or a table's change column; a
    factor compared with another thing ('dubbelt så stora som ...') is a comparison: a baseline, no direction."""
    if not q.direction:
        return None, None
    if q.direction_source != "table":
        compared = _compared_with(text, q.char_end, len(text), times, W) \
            or (q.kind == "number" and _compared_with(text, q.char_end, len(text), times, W, anywhere=True))
        # 'tre gånger så många invånare som Gällivare': the link may come after the counted noun
        if compared is not None:
            change["baseline"] = compared
            return None, None
    rule = "table_change_column" if q.direction_source == "table" else "multiplicative"
    return q.direction, _cue(rule, q.char_start, q.char_end, text)


def _baseline(c: ChangeCase):
    """The baseline of the change (a compared period, the figure after 'mot'/'jämfört med', a prior figure in
    brackets), set on ``c.change``; returns the direction the values' order gives, if any, as a last resort."""
    text, q, qs, idx, change, R = c.text, c.q, c.qs, c.idx, c.change, c.W
    out = None
    base = [t for t in c.times if t.baseline and t.char_start > q.char_start]
    if base and change["baseline"] is None:
        t = min(base, key=lambda t: _distance(q, t))
        change["baseline"] = {"text": t.text, "start": t.start, "end": t.end}
    # 'steg till 201 mkr mot 324 året innan': the next figure, after 'mot'/'jämfört med', is the baseline value
    if idx + 1 < len(qs) and R.baseline_value.fullmatch(text[q.char_end:qs[idx + 1].char_start]):
        nxt = qs[idx + 1]
        change["baseline"] = dict(change["baseline"] or {}, value=nxt.value, value_text=nxt.text)
        level = q.value if q.value is not None else _range_beside(q, nxt.value)
        if level is not None and nxt.value is not None and level != nxt.value and nxt.unit == q.unit \
                and (R.replaced_value.search(text, q.char_end, nxt.char_start) or _earlier_after(c, nxt, True)):
            # 'jämfört med 38 000 kronor i Malmö' compares places: no change
            now, then = (_signed_value(text, q, R), _signed_value(text, nxt, R)) if q.value is not None else (level, nxt.value)
            if now < 0 and then < 0:     # 'ett underskott på 212 …, att jämföra med ett underskott på 348': the
                now, then = q.value, nxt.value   # deficit itself shrank (a decrease), as the annotators read it
            out = ("increase" if now > then else "decrease"), _cue("baseline_value", q.char_start, nxt.char_end, text)
    if out is None and "value" not in (change["baseline"] or {}):
        out = _baseline_over_time(c)
    # '201 (171) mkr': a prior-period figure in brackets
    if q.prior_value is not None and change["from_value"] is None:
        change["baseline"] = {"text": q.prior_text, "value": q.prior_value}
        change["from_value"], change["to_value"] = q.prior_value, q.value
        if out is None and q.value is not None and q.value != q.prior_value:
            out = ("increase" if q.value > q.prior_value else "decrease"), _cue("prior_in_brackets", q.char_start, q.char_end, text)
    return out


def _range_beside(q: Quantity, other: float | None) -> float | None:
    """A range's end nearest ``other`` when the whole range lies on one side of it ('mellan 1 300 och 1 350
    miljoner kronor, jämfört med 1 214 miljoner kronor 2025': above), else None."""
    if other is None or q.low is None or q.high is None:
        return None
    return q.low if q.low > other else q.high if q.high < other else None


def _signed_value(text: str, q: Quantity, W: ResolveWords) -> float:
    """A figure's value, below zero after a word of deficit ('ett underskott på 14 miljoner kronor': change.json
    deficit_words) when it is written without a sign: set against a surplus ('…, att jämföra med ett överskott på 9
    miljoner kronor') the result fell."""
    before = words_of(text[max(0, q.char_start - 30):q.char_start])[-3:]
    return -abs(q.value) if q.value > 0 and not W.deficit_words.isdisjoint(before) else q.value


BASELINE_REACH = 160      # characters from a figure to the figure it is compared with, across other figures


def _earlier_after(c: ChangeCase, base: Quantity, any_period: bool = False) -> bool:
    """Whether a comparison period or a temporal word follows the baseline figure in its clause ('mot 324 året
    innan', 'jämfört med 55 procent 2021', '… ett år tidigare'): the same measure at an earlier time. ``any_period``:
    any period there counts ('mot 1 timme och 9 minuter i november 2024')."""
    stop = _clause_end(c.text, base.char_end, len(c.text))
    return any(base.char_end <= t.char_start < stop and (t.baseline or any_period and t.start) for t in c.times) \
        or any(w in c.W.temporal_words for w in words_of(c.text[base.char_end:stop])) \
        or any(w in c.W.temporal_words for w in words_of(c.text[c.q.char_end:base.char_start])[-2:])   # 'mot normalt 640'


def _baseline_over_time(c: ChangeCase):
    """'68 procent av patienterna som väntat … högst 90 dagar, jämfört med 59 procent ett år tidigare', '62 procent
    har fler än 25 elever i klassen, jämfört med 55 procent 2021': the figure of the same unit after 'jämfört med' /
    'mot', past figures of other kinds, is the baseline; with an earlier period or a temporal word after it, the
    same measure at an earlier time: a change, its direction the values' order. With none ('jämfört med 12,6 i
    riket') it is a comparison: a baseline only."""
    text, q, qs, change, W = c.text, c.q, c.qs, c.change, c.W
    for nxt in qs[c.idx + 1:]:
        if nxt.char_start - q.char_end > BASELINE_REACH or any(ch in text[q.char_end:nxt.char_start] for ch in ".;"):
            return None
        if nxt.unit != q.unit or nxt.kind != q.kind:
            continue
        if not W.baseline_before.search(text[q.char_end:nxt.char_start]):
            return None
        change["baseline"] = dict(change["baseline"] or {}, value=nxt.value, value_text=nxt.text)
        if _earlier_after(c, nxt) and q.value is not None and nxt.value is not None and q.value != nxt.value:
            return ("increase" if q.value > nxt.value else "decrease"), _cue("baseline_over_time", q.char_start,
                                                                                nxt.char_end, text)
        return None
    return None


def _cue(rule: str, start: int, end: int, text: str) -> dict:
    """What set a change's direction: the rule and the words or sign, with sentence offsets (shifted later)."""
    return {"rule": rule, "text": text[start:end], "char_start": start, "char_end": end}


def _compared_with(text: str, pos: int, end: int, times: list[TimeExpr], W: ResolveWords,
                   anywhere: bool = False) -> dict | None:
    """The baseline of a comparison between two things at one time: a link ('som', 'än') right after ``pos`` (or,
    with ``anywhere``, later in the clause) not followed by a period ('än i fjol' compares times: a change)."""
    right_after, later = W.compared_right_after, W.compared_later
    m = right_after.match(text, pos, end) if not anywhere else later.search(text, pos, end)
    if not m:
        return None
    stop = _clause_end(text, m.end(), end)
    if _period_after(text, m.end(), stop, times, W):
        return None                             # 'än i fjol', 'än vid förra mätningen': compared over time, a change
    return {"text": text[m.start("link"):stop].strip(" ,.;:"), "start": None, "end": None}


def _period_after(text: str, pos: int, stop: int, times: list[TimeExpr], W: ResolveWords) -> bool:
    """Whether a period or one of the temporal words ('förra', 'fjol') stands in text[pos:stop]."""
    return any(pos <= t.char_start < stop for t in times) or any(w in W.temporal_words for w in words_of(text[pos:stop]))


def _compared_over_time(text: str, pos: int, end: int, times: list[TimeExpr], W: ResolveWords) -> bool:
    """'än i oktober 2025', 'än förra året': a link right after ``pos`` followed in its clause by a period or one of
    the temporal words: a comparison of times, that is a change."""
    m = W.compared_right_after.match(text, pos, end)
    return bool(m) and _period_after(text, m.end(), _clause_end(text, m.end(), end), times, W)


_CLAUSE_END = re.compile(r"[,;:.!?]\s|[,;:.!?]$")


def _clause_end(text: str, pos: int, end: int) -> int:
    """Where the clause that goes on at ``pos`` ends (punctuation), at most ``end``."""
    m = _CLAUSE_END.search(text, pos, end)
    return m.start() if m else end


def _label_before(text: str, pos: int, W: ResolveWords) -> tuple[int, int] | None:
    """A short label ending in a colon that opens the sentence, or a line of a list, before a figure
    ('Prissänkning: 25 %', 'Löneökningar: 3,4 procent år 1'), as offsets."""
    line = text.rfind("\n", 0, pos) + 1
    m = W.label_before.match(text[line:pos])
    return (line + m.start("label"), line + m.end("label")) if m else None


def _bare_clause(text: str, a: int, q: Quantity, b: int, W: ResolveWords, lex: Lexicon) -> bool:
    """A clause that is only figures ('…, 3,9 procent mot 4,8 procent'): it opens with the figure and holds no verb
    or change word of its own, so the change stated in the clause before is its change."""
    opener = " ".join(words_of(text[a:q.char_start]))
    if text[a] == ":" or opener and opener not in lex.change.get("amount_openers", ()):
        return False                            # 'Antal läkemedel med sänkt pris: 40': a label says what is counted;
                                                # '…, med i genomsnitt 4,5 procent': the amount of the change before
    rest = text[q.char_end:b]
    if rest.strip(" .;:!?") and not W.baseline_start.match(rest):
        return False                            # '..., ungefär 60 procent av det normala': a level, not the change
    finite = _words(lex)["finite"]
    return not any(w in finite for w in words_of(rest)) and direction_cue(rest, False, lex) is None


def _only_counted_noun(gap: str, lex: Lexicon, opens: bool = False) -> bool:
    """Whether the rest of a figure's clause is at most its noun phrase ('nya bussar', 'av den registerbaserade
    arbetskraften'), no verb of its own; a figure opening its clause may have a copula ('1 163 av dem var felaktiga
    larm, en minskning …': the figure is what the clause is about; subjects.json copulas)."""
    words = words_of(gap)
    finite = _words(lex)["finite"] - (frozenset(lex.subjects["copulas"]) if opens else frozenset())
    return len(words) <= NOUN_PHRASE_WORDS and not any(w in finite for w in words) and direction_cue(gap, True, lex) is None


NOUN_PHRASE_WORDS = 8     # words of a figure's noun phrase before an apposition ('av den registerbaserade arbetskraften i åldern 16–65 år')



def _compared_change(text: str, prev: Quantity, q: Quantity, previous: dict, W: ResolveWords) -> bool:
    """'ökar med 3,9 procent mot 4,8 procent': a percentage after a baseline cue, compared with an amount of change
    of the same kind stated with a change word, is an amount of that change too (not a level)."""
    rule = (previous.get("cue") or {}).get("rule")
    if rule not in ("change_word", "clause_before") or prev.kind != q.kind or q.kind not in ("percent", "percentage_point"):
        return False
    if W.from_before.search(text[max(0, prev.char_start - 8):prev.char_start]):
        return False
    to_words = W.to_words
    before = _WORD_BEFORE.search(text, max(0, prev.char_start - 12), prev.char_start)
    if before and before.group(1).lower() in to_words:      # 'ökade till 7,1 procent mot 6,8': levels
        return False
    return W.baseline_value.fullmatch(text[prev.char_end:q.char_start]) is not None
