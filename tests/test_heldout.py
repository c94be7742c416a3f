"""Held-out set (tests/heldout): Swedish texts written or adapted for evaluation, annotated before the rules were tuned
on them (12 press texts, then 12 'r2_' texts in other genres: debate, interpellation, manifesto, council minutes, wage
agreement, NGO report, research, sport, weather, farming, health advice, news agency; then 12 'r3_' texts: interim
report, monetary policy, employment statistics, housing-market page, opinion poll, municipal investments, emissions,
defence budget, tourism, tax refunds and benefits, labour-force tables, one long sentence of figures; then 10 'w_' saved
web pages with their page chrome: newsroom, government, municipality, region, party, newspaper, press-release service,
police, agency statistics, charity; then 12 'r4_' texts: local budget news, wolf-hunting decision, hospital annual
report, university admissions, rent negotiation, sports club annual meeting, water tariff, church statistics, airport
statistics, food prices, teacher survey, a ski company's quarters, half-years and seasons; then 10 'r5_' texts: fire and
rescue summary, library report, national park visitors, fishing quotas, medicine prices, prison service, ombudsman's
complaints, pension notice, gaming authority, a county politician's opinion piece; then 18 'r6_' texts (issues 13 and
14, sources in heldout/r6_sources.md): retail sales with a change column, interim and quarterly reports with bracketed
prior figures, result and statistics tables whose unit and period stand in the headers, crime and traffic statistics,
opinion pieces with comparisons, municipal and regional budgets, texts without a publication date, a saved web page);
then 16 'r7_', 16 'r8_' and 16 'r9_' texts (issue 13, each round written and annotated before the pipeline ran on it:
sources in heldout/r7_sources.md, r8_sources.md, r9_sources.md).

The scorer in ../shared is run on the pipeline's output, as for the dev set in test_records.py. The rounds before r6
keep the floors they had (a little below their figures after tuning); r6 has its own floors a little below its
before-tuning figures (heldout/BEFORE_TUNING.md), so the suite passes today and any regression fails. Rounds r5, r6
and w_ also carry subject and speaker gold (issue 14), scored by heldout/score_fields.py."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

HELDOUT = Path(__file__).parent / "heldout"
sys.path.insert(0, str(HELDOUT))
import score_fields  # noqa: E402  (tests/heldout is not a package)

NEW_ROUND = "r6_"
R7 = "r7_"
R8 = "r8_"
R9 = "r9_"
R10 = "r10_"
R11 = "r11_"
R12 = "r12_"
R13 = "r13_"
R14 = "r14_"
R15 = "r15_"
R16 = "r16_"
R17 = "r17_"
R18 = "r18_"
R19 = "r19_"
R20 = "r20_"
R21 = "r21_"
R22 = "r22_"
R23 = "r23_"
R24 = "r24_"
R25 = "r25_"
R26 = "r26_"
R27 = "r27_"
R28 = "r28_"
R29 = "r29_"
R30 = "r30_"
R31 = "r31_"
R32 = "r32_"
R33 = "r33_"
R34 = "r34_"
R35 = "r35_"
R36 = "r36_"
R37 = "r37_"
R38 = "r38_"
R39 = "r39_"
R40 = "r40_"
R41 = "r41_"
SUBJECT_ROUNDS = ("r5_", "r6_", "w_", "r7_", "r8_", "r9_", "r10_", "r11_", "r12_", "r13_", "r14_", "r15_", "r16_", "r17_", "r18_", "r19_", "r20_", "r21_", "r22_", "r23_", "r24_", "r25_", "r26_", "r27_", "r28_", "r29_", "r30_", "r31_", "r32_", "r33_", "r34_", "r35_", "r36_", "r37_", "r38_", "r39_", "r40_", "r41_")  # every mention of these rounds has subject and speaker gold
# Rounds 1-5 and w_ (68 texts, 1,090 scored mentions), measured after their tuning: F1 0.999, value 0.999,
# unit 0.995, bound 0.998, per 0.996, time 0.942, direction 0.963, end-to-end 0.944.
# Session 4 (issue 13's resolver rules, written from kinds with made-up examples): F1 0.999, time 0.981, direction
# 0.975, end-to-end 0.972.
FLOORS = {"f1": 0.99, "value": 0.99, "unit": 0.99, "bound": 0.99, "per": 0.99, "time": 0.97, "direction": 0.97,
          "end_to_end": 0.96}
# r6 before tuning with the default backend (BEFORE_TUNING.md): F1 0.946, value 0.909, unit 0.918, bound 1.000,
# per 0.977, time 0.781, direction 0.901, end-to-end 0.638, one never-quantity span hit ('2:e vice ordförande').
# Floors a little below; raise them as issue 13's fixes land (its target: time, direction >= 0.90, unit >= 0.97,
# end-to-end >= 0.85 before tuning on the next unseen round).
# After tables as a model (pipeline/tables.py: unit, scale, rate and change per cell by column, row label, caption),
# on r6 with the resolver fixes of main at 953797e: value 1.000, unit 0.996, per 0.996, end-to-end 0.951 (main
# alone: value 0.967, unit 0.942, per 0.979, end-to-end 0.881).
# Session 4: time 0.963, direction 0.971, end-to-end 0.955.
R6_FLOORS = {"f1": 0.99, "value": 0.99, "unit": 0.99, "bound": 0.99, "per": 0.99, "time": 0.95, "direction": 0.96,
             "end_to_end": 0.95}
R6_MAX_NEGATIVES_HIT = 0   # was 1 before tuning (the title ordinal "2:e vice ordförande")
# Subject and speaker with the default backend over r5, r6 and w_ (530 scored mentions, 506 matched), before tuning:
# exact 0.067, head 0.099, coverage 0.127, wrong where none 0.091 (1 of 11), quotes found 0.333 (6 of 18),
# 'enligt' found 0.700 (7 of 10), speaker accuracy 0.874. Floors just below (ceilings just above for the error rate);
# (found_quote 0.316 = 6 of 19 once bracketed prior figures became records of their own: one more quote is matched.)
# issue 14's target is head >= 0.75, exact >= 0.50, wrong where none <= 0.10, quotes and 'enligt' >= 0.90.
# After issue 14 (subjects.SUBJECT_RULES, speakers.SPEAKER_RULES; 535 scored, 534 matched): exact 0.836, head 0.899,
# coverage 0.960, wrong where none 0.000 (0 of 11), quotes 1.000 (19), 'enligt' 1.000 (10), credited 0.893 (28),
# publisher 0.889 (18), speaker accuracy 0.985. Floors just below (one more miss where n is small); these rounds
# were tuned on for issue 14, so the next unseen round gives the honest figure.
FIELD_FLOORS = {"exact": 0.82, "head": 0.88, "coverage": 0.95, "found_quote": 0.94, "found_enligt": 0.90,
                "found_credited": 0.85, "found_publisher": 0.83, "speaker_accuracy": 0.97}
FIELD_CEILINGS = {"wrong_where_none": 0.10}
# r7 before tuning (BEFORE_TUNING.md, default backend, main at 05ed1cd): F1 0.966, value 0.956, unit 0.940, bound
# 0.995, per 0.893, time 0.808, direction 0.881, end-to-end 0.671, 17 never-quantity spans hit; subject exact 0.483,
# head 0.573, coverage 0.855, wrong where none 1.000, quotes 0.800, 'enligt' 1.000, credited 0.308, publisher 0.143,
# speaker accuracy 0.943. Floors a little below what main gives now; raise them as general fixes land.
# After the round's general fixes (each a rule, lexicon entry or table rule with made-up examples; README): F1 0.987,
# value 0.997, unit 0.997, bound 0.995, per 0.982, time 0.959, direction 0.960, end-to-end 0.915, no never-quantity
# span hit; subject exact 0.652, head 0.726, coverage 0.894, quotes 0.800, 'enligt' 1.000, speaker accuracy 0.956.
R7_FLOORS = {"f1": 0.98, "value": 0.99, "unit": 0.99, "bound": 0.99, "per": 0.98, "time": 0.96, "direction": 0.95,
             "end_to_end": 0.92}
R7_MAX_NEGATIVES_HIT = 0
# r8 before tuning (BEFORE_TUNING.md, default backend, main at f295b31): F1 0.982, value 1.000, unit 0.931, bound 0.995,
# per 0.931, time 0.870, direction 0.799, end-to-end 0.721, 10 never-quantity spans hit; subject exact 0.677, head
# 0.727, coverage 0.924, quotes 1.000, 'enligt' 0.800, speaker accuracy 0.968. Floors a little below what main gives.
# After the round's general fixes (Markdown headers, signed change columns, prices per the unit they are for,
# report years, differences in the next sentence; README): F1 0.991, value 1.000, unit 0.947, per 0.947, time 0.950,
# direction 0.964, end-to-end 0.852, 4 never-quantity spans hit; subject exact 0.694, head 0.743.
R8_FLOORS = {"f1": 0.98, "value": 0.99, "unit": 0.94, "bound": 0.99, "per": 0.94, "time": 0.94, "direction": 0.95,
             "end_to_end": 0.84}
R8_MAX_NEGATIVES_HIT = 4
R8_FIELD_FLOORS = {"exact": 0.68, "head": 0.73, "coverage": 0.91, "found_quote": 0.95, "speaker_accuracy": 0.95}
# r9 before tuning (BEFORE_TUNING.md, default backend, main at 8189a2e): F1 0.992, value 0.992, unit 0.955, bound 1.000,
# per 0.984, time 0.870, direction 0.935, end-to-end 0.819, 3 never-quantity spans hit; subject exact 0.607, head
# 0.745. After the round's general fixes (README): F1 0.995, value 1.000, unit 0.981, per 0.992, time 0.970,
# direction 0.975, end-to-end 0.934, 2 spans hit; subject exact 0.612, head 0.755, speaker accuracy 0.971.
R9_FLOORS = {"f1": 0.99, "value": 0.99, "unit": 0.975, "bound": 0.99, "per": 0.98, "time": 0.96, "direction": 0.97,
             "end_to_end": 0.92}
R9_MAX_NEGATIVES_HIT = 2
R9_FIELD_FLOORS = {"exact": 0.60, "head": 0.74, "coverage": 0.93, "found_quote": 0.95, "speaker_accuracy": 0.96}
# r10 before tuning (BEFORE_TUNING.md, main at a9cdb3c): F1 0.983, value 0.984, unit 0.976, bound 0.994, per 0.988,
# time 0.915, direction 0.829, end-to-end 0.794, 5 never-quantity spans hit; subject exact 0.706, head 0.755. After
# the round's general fixes (README): F1 0.991, value 0.998, unit 0.976, per 0.988, time 0.961, direction 0.940,
# end-to-end 0.895, 5 spans hit; subject exact 0.690, head 0.739, speaker accuracy 0.889.
R10_FLOORS = {"f1": 0.985, "value": 0.99, "unit": 0.97, "bound": 0.99, "per": 0.98, "time": 0.95, "direction": 0.93,
              "end_to_end": 0.88}
R10_MAX_NEGATIVES_HIT = 5
R10_FIELD_FLOORS = {"exact": 0.68, "head": 0.73, "coverage": 0.91, "found_quote": 0.95, "speaker_accuracy": 0.88}
# r11 before tuning (BEFORE_TUNING.md, main at d3e2f09): F1 0.990, value 1.000, unit 0.994, bound 0.998, per 0.981,
# time 0.904, direction 0.877, end-to-end 0.842, 9 never-quantity spans hit; subject exact 0.597, head 0.725. After the
# first of its fixes (end of session 5: rate-of-change captions, levels before differences and factors, bracket year
# labels, points): time 0.908, direction 0.962, end-to-end 0.884. After session 6's fixes (past-report periods,
# restating openers, year turns, baseline pairs): time 0.957, direction 0.972, end-to-end 0.934; in the all-rounds test.
R11_FLOORS = {"f1": 0.985, "value": 0.99, "unit": 0.99, "bound": 0.99, "per": 0.98, "time": 0.95, "direction": 0.965,
              "end_to_end": 0.925}
R11_MAX_NEGATIVES_HIT = 9
R11_FIELD_FLOORS = {"exact": 0.56, "head": 0.69, "coverage": 0.91, "found_quote": 0.95, "speaker_accuracy": 0.85}
# r12 before tuning (BEFORE_TUNING.md, main at 69d58f3): F1 0.971, value 0.991, unit 0.960, bound 0.996, per 0.960,
# time 0.846, direction 0.874, end-to-end 0.780, 27 never-quantity spans hit; subject exact 0.658, head 0.744. After
# session 7's general fixes (terms and term years, per-noun names, age bands, caption counts and units, ratio rows,
# review meetings, comment clauses, contributions, distributed changes, prices, forecasts): F1 0.989, unit 0.998,
# per 0.993, time 0.958, direction 0.964, end-to-end 0.933, 10 spans hit; in the all-rounds test.
R12_FLOORS = {"f1": 0.985, "value": 0.99, "unit": 0.99, "bound": 0.99, "per": 0.98, "time": 0.95, "direction": 0.95,
              "end_to_end": 0.915}
R12_MAX_NEGATIVES_HIT = 10
R12_FIELD_FLOORS = {"exact": 0.65, "head": 0.74, "coverage": 0.94, "found_quote": 0.95, "speaker_accuracy": 0.95}
# r13 before tuning (BEFORE_TUNING.md, main at af9a55c): F1 0.985, value 0.998, unit 0.928, bound 1.000, per 0.963,
# time 0.909, direction 0.978, end-to-end 0.831, 8 never-quantity spans hit. After a first pass of fixes: unit 0.955,
# per 0.985, time 0.920, direction 0.985, end-to-end 0.871. After session 8's general fixes (coming-year documents, shares
# and rates, label units, look-backs): unit 1.000, per 1.000, time 0.948, direction 0.985, end-to-end 0.945; in the
# all-rounds test.
R13_FLOORS = {"f1": 0.98, "value": 0.99, "unit": 0.99, "bound": 0.99, "per": 0.99, "time": 0.94, "direction": 0.98,
              "end_to_end": 0.935}
R13_MAX_NEGATIVES_HIT = 7
R13_FIELD_FLOORS = {"exact": 0.64, "head": 0.73, "coverage": 0.94, "speaker_accuracy": 0.95}
# r14 before tuning (BEFORE_TUNING.md, main at 61effe3, 24 texts): F1 0.989, value 0.999, unit 0.985, bound 0.998,
# per 0.949, time 0.857, direction 0.898, end-to-end 0.782, 5 never-quantity spans hit. After session 8's general fixes
# (R14_FLOORS a little under what they reach); out of the all-rounds test until tuned further.
R14_FLOORS = {"f1": 0.985, "value": 0.99, "unit": 0.99, "bound": 0.99, "per": 0.94, "time": 0.96, "direction": 0.935,
              "end_to_end": 0.895}   # session 10: time 0.969, direction 0.944, end-to-end 0.904
R14_MAX_NEGATIVES_HIT = 6
R14_FIELD_FLOORS = {"exact": 0.66, "head": 0.74, "coverage": 0.90, "speaker_accuracy": 0.88}
# r15 before tuning (BEFORE_TUNING.md, main at fe8d518, 16 texts): F1 0.972, value 0.992, unit 0.906, bound 0.998,
# per 0.956, time 0.878, direction 0.819, end-to-end 0.750, 13 never-quantity spans hit. After its first fixes (span
# columns, a header ending 'p.e.', ranges over the new year): unit 0.967, time 0.918, direction 0.891, end-to-end 0.828;
# floors a little under that; out of the all-rounds test until tuned further.
R15_FLOORS = {"f1": 0.97, "value": 0.98, "unit": 0.965, "bound": 0.99, "per": 0.95, "time": 0.94, "direction": 0.93,
              "end_to_end": 0.865}   # session 10: time 0.948, direction 0.938, end-to-end 0.872
R15_MAX_NEGATIVES_HIT = 14
R15_FIELD_FLOORS = {"exact": 0.60, "head": 0.67, "coverage": 0.90, "speaker_accuracy": 0.82}
# r16 before tuning (BEFORE_TUNING.md, main at cadb949 = code of 7824698, 16 texts): F1 0.980, value 0.988, unit
# 0.974, bound 1.000, per 0.940, time 0.903, direction 0.890, end-to-end 0.823, 8 never-quantity spans hit. After
# session 9's general fixes: unit 0.988, per 0.962, time 0.932, direction 0.919, end-to-end 0.873; floors a little
# under that; out of the all-rounds test until tuned further.
R16_FLOORS = {"f1": 0.985, "value": 0.985, "unit": 0.98, "bound": 0.99, "per": 0.955, "time": 0.955, "direction": 0.935,
              "end_to_end": 0.90}   # session 10: time 0.965, direction 0.943, end-to-end 0.908
R16_MAX_NEGATIVES_HIT = 3
R16_FIELD_FLOORS = {"exact": 0.57, "head": 0.75, "coverage": 0.94, "speaker_accuracy": 0.90}
# r17 before tuning (BEFORE_TUNING.md, main at 0b7905e = code of 55006ed, 16 texts): F1 0.970, value 1.000, unit
# 0.984, bound 0.998, per 0.926, time 0.854, direction 0.882, end-to-end 0.729, 21 never-quantity spans hit. After
# session 10's general fixes: F1 0.982, unit 0.987, per 0.965, time 0.953, direction 0.943, end-to-end 0.871; floors a
# little under that; out of the all-rounds test until tuned further.
R17_FLOORS = {"f1": 0.975, "value": 0.995, "unit": 0.98, "bound": 0.99, "per": 0.955, "time": 0.95, "direction": 0.95,
              "end_to_end": 0.875}   # session 10 end: time 0.960, direction 0.963, end-to-end 0.883
R17_MAX_NEGATIVES_HIT = 7
R17_FIELD_FLOORS = {"exact": 0.55, "head": 0.75, "coverage": 0.88, "speaker_accuracy": 0.86}
# r18 before tuning (BEFORE_TUNING.md, main at fc84dfd = code of 4eccb97, 16 texts): F1 0.976, value 1.000, unit 0.944,
# bound 0.998, per 0.955, time 0.891, direction 0.869, end-to-end 0.788, 13 never-quantity spans hit. After session
# 10's later fixes: unit 0.971, time 0.932, direction 0.919, end-to-end 0.858; floors a little under that; out of the
# all-rounds test until tuned further (subject exact 0.574, head 0.728, coverage 0.927, speaker 0.791).
R18_FLOORS = {"f1": 0.97, "value": 0.995, "unit": 0.965, "bound": 0.99, "per": 0.96, "time": 0.925, "direction": 0.91,
              "end_to_end": 0.85}
R18_MAX_NEGATIVES_HIT = 14
R18_FIELD_FLOORS = {"exact": 0.55, "head": 0.70, "coverage": 0.92, "speaker_accuracy": 0.78}
# r19 before tuning (BEFORE_TUNING.md, main at 9a6f871 = code of 5803c83, 16 texts): F1 0.971, value 0.997, unit 0.974,
# bound 0.997, per 0.972, time 0.764, direction 0.847, end-to-end 0.718, 13 never-quantity spans hit. After the first of
# its fixes (caption periods over compared columns, named periods not taken from a comparison, two-line captions):
# unit 0.995, time 0.873, direction 0.918, end-to-end 0.834; with earlier years not carried in reports and adjacent-
# year change columns, rolling columns: time 0.905, end-to-end 0.862; floors a little under that; out of the pooled
# and all-rounds tests.
R19_FLOORS = {"f1": 0.965, "value": 0.99, "unit": 0.99, "bound": 0.99, "per": 0.965, "time": 0.895, "direction": 0.91,
              "end_to_end": 0.855}
R19_MAX_NEGATIVES_HIT = 14
R19_FIELD_FLOORS = {"exact": 0.545, "head": 0.745, "coverage": 0.93, "speaker_accuracy": 0.66}   # exact 0.553, head 0.753 (0.575, 0.772 before the two-line caption made the caption name the GDP rows), speaker 0.675
# r20 before tuning (BEFORE_TUNING.md, main at 3efab3f = code of 91f9228, 16 texts): F1 0.971, value 0.993, unit 0.963,
# bound 1.000, per 0.938, time 0.770, direction 0.918, end-to-end 0.700, 17 never-quantity spans hit. After session
# 11's fixes (two-line table headers, a lone dated column as a comparison, sentence ends inside table lines, dashed
# sub-rows, season reports, closing datelines, 'sedan' spans, month-pair columns, …): F1 0.972, unit 1.000, per
# 0.957, time 0.930, direction 0.939, end-to-end 0.869 (subject exact 0.595, head 0.714, coverage 0.943, speaker
# 0.935); floors a little under that; out of the pooled and all-rounds tests until tuned further.
R20_FLOORS = {"f1": 0.965, "value": 0.995, "unit": 0.995, "bound": 0.995, "per": 0.95, "time": 0.92, "direction": 0.93,
              "end_to_end": 0.86}
R20_MAX_NEGATIVES_HIT = 16
R20_FIELD_FLOORS = {"exact": 0.585, "head": 0.70, "coverage": 0.93, "speaker_accuracy": 0.92}
# r21 before tuning (BEFORE_TUNING.md, main at fb97b83 = code of 0ab4f2b, 16 texts): F1 0.980, value 0.998, unit 0.936,
# bound 1.000, per 0.977, time 0.958, direction 0.905, end-to-end 0.837, 9 never-quantity spans hit. After the caption-
# parts fix: unit 0.986, end-to-end 0.887 (subject exact 0.683, head 0.815, coverage 0.955, speaker 0.922); floors a
# little under that; out of the pooled and all-rounds tests until tuned further.
R21_FLOORS = {"f1": 0.975, "value": 0.995, "unit": 0.98, "bound": 0.995, "per": 0.97, "time": 0.95, "direction": 0.90,
              "end_to_end": 0.88}
R21_MAX_NEGATIVES_HIT = 10
R21_FIELD_FLOORS = {"exact": 0.67, "head": 0.80, "coverage": 0.94, "speaker_accuracy": 0.91}
# r22 before tuning (BEFORE_TUNING.md, main at de3af92 = code of e5975af, 16 texts): F1 0.966, value 0.979, unit 0.921,
# bound 0.997, per 0.919, time 0.911, direction 0.840, end-to-end 0.771, 15 never-quantity spans hit. After its first
# fixes (captions naming levels and changes, span-of-months headers, scale words in labels, rolling spans beside
# quarters, 'Basundersökning', 'per besök'): value 1.000, unit 0.979, per 0.971, time 0.907, direction 0.920, end-to-end
# 0.839 (subject exact 0.531, head 0.777, coverage 0.924, speaker 0.948); floors a little under that; out of the
# pooled and all-rounds tests until tuned further.
R22_FLOORS = {"f1": 0.96, "value": 0.995, "unit": 0.97, "bound": 0.99, "per": 0.965, "time": 0.90, "direction": 0.91,
              "end_to_end": 0.83}
R22_MAX_NEGATIVES_HIT = 16
R22_FIELD_FLOORS = {"exact": 0.52, "head": 0.76, "coverage": 0.91, "speaker_accuracy": 0.93}
# r23 before tuning (BEFORE_TUNING.md, main at 3f53b71 = code of c8a140f, 16 texts): F1 0.987, value 1.000, unit 0.981,
# bound 0.997, per 0.957, time 0.855, direction 0.916, end-to-end 0.800, 5 never-quantity spans hit (subject exact
# 0.565, head 0.832, coverage 0.938, speaker 0.920); floors a little under the figures after its fixes; out of the
# pooled and all-rounds tests until tuned further.
R23_FLOORS = {"f1": 0.98, "value": 0.995, "unit": 0.985, "bound": 0.99, "per": 0.95, "time": 0.91, "direction": 0.935,
              "end_to_end": 0.85}
R23_MAX_NEGATIVES_HIT = 6
R23_FIELD_FLOORS = {"exact": 0.55, "head": 0.82, "coverage": 0.93, "speaker_accuracy": 0.91}
# r24 before tuning (BEFORE_TUNING.md, main at e1389b5 = code of 996e343, 16 texts): F1 0.981, value 0.980, unit 0.960,
# bound 0.998, per 0.914, time 0.960, direction 0.935, end-to-end 0.819, 11 never-quantity spans hit (subject exact
# 0.570, head 0.652, coverage 0.966, speaker 0.849); floors a little under the figures after its fixes
# (session 12: unit 0.978, per 0.961, time 0.972, end-to-end 0.899); out of the pooled and all-rounds tests until tuned.
R24_FLOORS = {"f1": 0.975, "value": 0.975, "unit": 0.97, "bound": 0.99, "per": 0.955, "time": 0.965, "direction": 0.935,
              "end_to_end": 0.89}
R24_MAX_NEGATIVES_HIT = 12
R24_FIELD_FLOORS = {"exact": 0.56, "head": 0.64, "coverage": 0.96, "speaker_accuracy": 0.84}
# r25 before tuning (BEFORE_TUNING.md, main at 459e7ef = code of 2bd32bf, 16 texts): F1 0.985, value 0.977, unit 0.871,
# bound 0.995, per 0.906, time 0.933, direction 0.936, end-to-end 0.755, 6 never-quantity spans hit (subject exact
# 0.580, head 0.730, coverage 0.960, speaker 0.657); floors a little under the figures after its fixes
# (session 12: value 1.000, unit 0.976, per 0.984, time 0.941, end-to-end 0.892, head 0.787); out of the pooled and
# all-rounds tests until tuned.
R25_FLOORS = {"f1": 0.98, "value": 0.995, "unit": 0.97, "bound": 0.99, "per": 0.975, "time": 0.935, "direction": 0.93,
              "end_to_end": 0.885}
R25_MAX_NEGATIVES_HIT = 7
R25_FIELD_FLOORS = {"exact": 0.57, "head": 0.78, "coverage": 0.95, "speaker_accuracy": 0.65}
# r26 before tuning (BEFORE_TUNING.md, main at decfde5 = code of 8faf2ba, 16 texts): F1 0.979, value 0.989, unit 0.970,
# bound 0.994, per 0.924, time 0.854, direction 0.902, end-to-end 0.741, 11 never-quantity spans hit (subject exact
# 0.525, head 0.678, coverage 0.926, speaker 0.846); floors a little under the figures after its fixes (session 13:
# value 1.000, unit 1.000, per 0.979, time 0.948, direction 0.973, end-to-end 0.922, 6 spans hit); out of the pooled
# and all-rounds tests until tuned further.
R26_FLOORS = {"f1": 0.98, "value": 0.995, "unit": 0.99, "bound": 0.99, "per": 0.97, "time": 0.94, "direction": 0.965,
              "end_to_end": 0.915}
R26_MAX_NEGATIVES_HIT = 7
R26_FIELD_FLOORS = {"exact": 0.54, "head": 0.72, "coverage": 0.94, "speaker_accuracy": 0.84}
# r27 before tuning (BEFORE_TUNING.md, main at f48e070 = code of a6ebf39, 16 texts): F1 0.989, value 1.000, unit 0.986,
# bound 0.998, per 0.937, time 0.888, direction 0.935, end-to-end 0.803, 6 never-quantity spans hit (subject exact
# 0.658, head 0.789, coverage 0.959, speaker 0.935); floors a little under the figures after its first fixes
# (session 13: unit 0.991, per 0.972, time 0.945, end-to-end 0.894); out of the pooled and all-rounds tests until
# tuned further.
R27_FLOORS = {"f1": 0.985, "value": 0.995, "unit": 0.985, "bound": 0.99, "per": 0.965, "time": 0.94, "direction": 0.93,
              "end_to_end": 0.885}
R27_MAX_NEGATIVES_HIT = 7
R27_FIELD_FLOORS = {"exact": 0.67, "head": 0.79, "coverage": 0.95, "speaker_accuracy": 0.93}
# r28 before tuning (BEFORE_TUNING.md, main at 5e27d13 = code of 3c8ff93, 16 texts): F1 0.978, value 0.969, unit 0.971,
# bound 0.995, per 0.950, time 0.886, direction 0.910, end-to-end 0.787, 11 never-quantity spans hit (subject exact
# 0.658, head 0.708, coverage 0.942, speaker 0.913); floors a little under the figures after its fixes in session 14
# (value 0.993, unit 0.995, per 0.967, time 0.931, direction 0.911, end-to-end 0.866, 9 spans hit); out of the pooled
# and all-rounds tests.
R28_FLOORS = {"f1": 0.975, "value": 0.99, "unit": 0.99, "bound": 0.99, "per": 0.96, "time": 0.925, "direction": 0.905,
              "end_to_end": 0.86}
R28_MAX_NEGATIVES_HIT = 10
R28_FIELD_FLOORS = {"exact": 0.65, "head": 0.70, "coverage": 0.935, "speaker_accuracy": 0.90}
# r29 before tuning (BEFORE_TUNING.md, main at d33fe03 = code of 935cee0, 16 texts): F1 0.983, value 0.997, unit
# 0.973, bound 1.000, per 0.947, time 0.932, direction 0.957, end-to-end 0.856 (the first whole round to meet issue
# 13's four before-tuning targets), 12 never-quantity spans hit (subject exact 0.570, head 0.752, coverage 0.965,
# speaker 0.891); floors a little under the figures after session 14's later fixes (unit 0.993, time 0.960, direction
# 0.965, end-to-end 0.896); out of the pooled and all-rounds tests.
R29_FLOORS = {"f1": 0.98, "value": 0.99, "unit": 0.985, "bound": 0.99, "per": 0.94, "time": 0.955, "direction": 0.96,
              "end_to_end": 0.89}
R29_MAX_NEGATIVES_HIT = 13
R29_FIELD_FLOORS = {"exact": 0.56, "head": 0.74, "coverage": 0.955, "speaker_accuracy": 0.88}
# r30 before tuning (BEFORE_TUNING.md, main at 4d90fed = code of 18dd85c, 16 texts): F1 0.986, value 1.000, unit
# 0.913, bound 0.999, per 0.987, time 0.899, direction 0.915, end-to-end 0.793, 6 never-quantity spans hit (subject
# exact 0.583, head 0.725, coverage 0.919, speaker 0.794); floors a little under the figures after its first fixes in
# session 14 (unit 0.980, time 0.924, direction 0.915, end-to-end 0.873); out of the pooled and all-rounds tests.
R30_FLOORS = {"f1": 0.98, "value": 0.99, "unit": 0.975, "bound": 0.99, "per": 0.98, "time": 0.915, "direction": 0.905,
              "end_to_end": 0.865}
R30_MAX_NEGATIVES_HIT = 7
R30_FIELD_FLOORS = {"exact": 0.57, "head": 0.715, "coverage": 0.91, "speaker_accuracy": 0.785}
# r31 before tuning (BEFORE_TUNING.md, main at 84b9dc0 = code of 93f315a, 16 texts): F1 0.981, value 1.000, unit
# 0.966, bound 1.000, per 0.980, time 0.934, direction 0.905, end-to-end 0.861, 5 never-quantity spans hit (subject
# exact 0.594, head 0.731, coverage 0.893, speaker 0.862); floors a little under the figures after its first fixes in
# session 15 (unit 0.997, per 0.987, time 0.961, direction 0.968, end-to-end 0.920); out of the pooled and all-rounds
# tests.
R31_FLOORS = {"f1": 0.975, "value": 0.99, "unit": 0.99, "bound": 0.99, "per": 0.98, "time": 0.955, "direction": 0.96,
              "end_to_end": 0.91}
R31_MAX_NEGATIVES_HIT = 6
R31_FIELD_FLOORS = {"exact": 0.60, "head": 0.74, "coverage": 0.92, "speaker_accuracy": 0.85}
# r32 before tuning (BEFORE_TUNING.md, main at 39f8d31 = code of c5ca3a3, 16 texts): F1 0.989, value 1.000, unit
# 0.942, bound 1.000, per 0.970, time 0.973, direction 0.936, end-to-end 0.872, 7 never-quantity spans hit (subject
# exact 0.630, head 0.834, coverage 0.963, speaker 0.935); floors a little under the figures after its first fixes in
# session 15 (unit 0.997, per 0.984, time 0.978, direction 0.936, end-to-end 0.944); out of the pooled and all-rounds
# tests.
R32_FLOORS = {"f1": 0.98, "value": 0.99, "unit": 0.99, "bound": 0.99, "per": 0.975, "time": 0.97, "direction": 0.93,
              "end_to_end": 0.935}
R32_MAX_NEGATIVES_HIT = 7
R32_FIELD_FLOORS = {"exact": 0.62, "head": 0.82, "coverage": 0.955, "speaker_accuracy": 0.92}
# r33 before tuning (BEFORE_TUNING.md, main at f3e6561 = code of c77ca86, 16 texts): F1 0.993, value 0.993, unit
# 0.991, bound 1.000, per 0.981, time 0.974, direction 0.988, end-to-end 0.945, 3 never-quantity spans hit (subject
# exact 0.522, head 0.753, coverage 0.955, speaker 0.881): every field >= 0.97 before tuning; floors a little under
# these; out of the pooled and all-rounds tests.
R33_FLOORS = {"f1": 0.985, "value": 0.985, "unit": 0.985, "bound": 0.99, "per": 0.97, "time": 0.965, "direction": 0.975,
              "end_to_end": 0.935}
R33_MAX_NEGATIVES_HIT = 4
R33_FIELD_FLOORS = {"exact": 0.51, "head": 0.74, "coverage": 0.945, "speaker_accuracy": 0.87}
# r34 before tuning (BEFORE_TUNING.md, main at 80a3f3e = code of 232ba83, 16 texts): F1 0.979, value 0.999, unit
# 0.966, bound 0.999, per 0.984, time 0.921, direction 0.961, end-to-end 0.871, 15 never-quantity spans hit (subject
# exact 0.585, head 0.707, coverage 0.927, speaker 0.921); floors a little under the figures after its first fixes in
# session 15 (unit 0.995, per 0.984, time 0.945, direction 0.970, end-to-end 0.913); out of the pooled and all-rounds
# tests.
R34_FLOORS = {"f1": 0.97, "value": 0.99, "unit": 0.99, "bound": 0.99, "per": 0.975, "time": 0.935, "direction": 0.96,
              "end_to_end": 0.90}
R34_MAX_NEGATIVES_HIT = 16
R34_FIELD_FLOORS = {"exact": 0.57, "head": 0.70, "coverage": 0.915, "speaker_accuracy": 0.91}   # coverage 0.92 -> 0.915 in
# session 16: six more change cells of the golf table found (a date no longer swallows a cell), none given a subject
# r35 before tuning (BEFORE_TUNING.md, main at ef085b8 = code of 2e9228a, 16 texts): F1 0.992, value 0.998, unit
# 0.944, bound 1.000, per 0.945, time 0.955, direction 0.936, end-to-end 0.821, 1 never-quantity span hit (subject
# exact 0.492, head 0.759, coverage 0.953, speaker 0.897); floors a little under the figures after its first fixes in
# session 16 (unit 0.998, per 0.980, time 0.960, direction 0.968, end-to-end 0.925); out of the pooled and all-rounds
# tests.
R35_FLOORS = {"f1": 0.985, "value": 0.99, "unit": 0.99, "bound": 0.99, "per": 0.97, "time": 0.95, "direction": 0.955,
              "end_to_end": 0.91}
R35_MAX_NEGATIVES_HIT = 3
R35_FIELD_FLOORS = {"exact": 0.47, "head": 0.74, "coverage": 0.94, "speaker_accuracy": 0.88}
# r36 before tuning (BEFORE_TUNING.md, main at 9db6174 = code of 13a6e73, 16 texts): F1 0.982, value 1.000, unit
# 0.980, bound 0.996, per 0.967, time 0.939, direction 0.983, end-to-end 0.893, 8 never-quantity spans hit (subject
# exact 0.585, head 0.785, coverage 0.961, speaker 0.906): issue 13's four before-tuning targets met; floors a little
# under the figures after its first fixes in session 16 (unit 0.996, per 0.973, time 0.956, end-to-end 0.927); out of
# the pooled and all-rounds tests.
R36_FLOORS = {"f1": 0.98, "value": 0.99, "unit": 0.99, "bound": 0.99, "per": 0.965, "time": 0.945, "direction": 0.975,
              "end_to_end": 0.915}
R36_MAX_NEGATIVES_HIT = 3
R36_FIELD_FLOORS = {"exact": 0.57, "head": 0.77, "coverage": 0.95, "speaker_accuracy": 0.89}
# r37 before tuning (BEFORE_TUNING.md, main at a79e82e = code of d60822b, 16 texts): F1 0.984, value 1.000, unit
# 0.984, bound 0.996, per 0.971, time 0.914, direction 0.955, end-to-end 0.871, 6 never-quantity spans hit (subject
# exact 0.586, head 0.768, coverage 0.929, speaker 0.877): issue 13's four before-tuning targets met; floors a little
# under the figures after its first fixes in session 16 (F1 0.989, unit 0.991, per 0.980, time 0.937, direction
# 0.959, end-to-end 0.905); out of the pooled and all-rounds tests.
R37_FLOORS = {"f1": 0.985, "value": 0.99, "unit": 0.985, "bound": 0.99, "per": 0.975, "time": 0.93, "direction": 0.95,
              "end_to_end": 0.895}
R37_MAX_NEGATIVES_HIT = 6
R37_FIELD_FLOORS = {"exact": 0.56, "head": 0.74, "coverage": 0.91, "speaker_accuracy": 0.86}
# r38 before tuning (BEFORE_TUNING.md, main at 4c1bd87 = code of 84162da, 16 texts): F1 0.988, value 0.980, unit
# 0.978, bound 0.996, per 0.948, time 0.922, direction 0.890, end-to-end 0.844, 5 never-quantity spans hit (subject
# exact 0.586, head 0.708, coverage 0.940, speaker 0.968): issue 13's targets for time and unit met, direction and
# end-to-end missed; floors a little under the figures after its first fixes in session 17 (value 0.999, unit 0.994,
# per 0.980, time 0.971, direction 0.965, end-to-end 0.935); out of the pooled and all-rounds tests.
R38_FLOORS = {"f1": 0.985, "value": 0.99, "unit": 0.99, "bound": 0.99, "per": 0.975, "time": 0.965, "direction": 0.96,
              "end_to_end": 0.925}
R38_MAX_NEGATIVES_HIT = 5
R38_FIELD_FLOORS = {"exact": 0.56, "head": 0.68, "coverage": 0.92, "speaker_accuracy": 0.94}
# r39 before tuning (BEFORE_TUNING.md, main at e701273 = code of de1a68f, 16 texts): F1 0.988, value 0.997, unit
# 0.972, bound 0.996, per 0.989, time 0.926, direction 0.926, end-to-end 0.891, 7 never-quantity spans hit (subject
# exact 0.588, head 0.739, coverage 0.897, speaker 0.935): issue 13's four before-tuning targets met; floors a little
# under the figures after its first fixes in session 17 (unit 0.993, per 0.993, time 0.970, direction 0.968,
# end-to-end 0.945); out of the pooled and all-rounds tests.
R39_FLOORS = {"f1": 0.985, "value": 0.99, "unit": 0.99, "bound": 0.99, "per": 0.985, "time": 0.965, "direction": 0.96,
              "end_to_end": 0.935}
R39_MAX_NEGATIVES_HIT = 4
R39_FIELD_FLOORS = {"exact": 0.56, "head": 0.71, "coverage": 0.91, "speaker_accuracy": 0.91}
# r40 before tuning (BEFORE_TUNING.md, main at 70a5364 = code of ce6edc8, 16 texts): F1 0.997, value 1.000, unit
# 1.000, bound 0.997, per 0.983, time 0.930, direction 0.931, end-to-end 0.901, 2 never-quantity spans hit (subject
# exact 0.528, head 0.734, coverage 0.918, speaker 0.902): issue 13's four before-tuning targets met; floors a little
# under the figures after its first fixes in session 18 (bound 0.999, per 0.992, time 0.938, direction 0.960,
# end-to-end 0.926); out of the pooled and all-rounds tests.
R40_FLOORS = {"f1": 0.99, "value": 0.99, "unit": 0.99, "bound": 0.99, "per": 0.985, "time": 0.93, "direction": 0.95,
              "end_to_end": 0.915}
R40_MAX_NEGATIVES_HIT = 2
R40_FIELD_FLOORS = {"exact": 0.50, "head": 0.71, "coverage": 0.90, "speaker_accuracy": 0.88}
# r41 before tuning (BEFORE_TUNING.md, main at 9715103 = code of 412dd54, 16 texts): F1 0.985, value 1.000, unit
# 0.998, bound 1.000, per 0.970, time 0.969, direction 0.883, end-to-end 0.913, 14 never-quantity spans hit (subject
# exact 0.587, head 0.768, coverage 0.958, speaker 0.920): issue 13's targets for time, unit and end-to-end met,
# direction missed; floors a little under the figures after its first fixes in session 18 (F1 0.990, unit 1.000,
# per 0.980, time 0.975, direction 0.973, end-to-end 0.948, 9 never-quantity spans hit); out of the pooled and
# all-rounds tests.
R41_FLOORS = {"f1": 0.985, "value": 0.99, "unit": 0.99, "bound": 0.99, "per": 0.97, "time": 0.965, "direction": 0.96,
              "end_to_end": 0.935}
R41_MAX_NEGATIVES_HIT = 10
R41_FIELD_FLOORS = {"exact": 0.55, "head": 0.74, "coverage": 0.94, "speaker_accuracy": 0.90}
R7_FIELD_FLOORS = {"exact": 0.64, "head": 0.71, "coverage": 0.88, "found_quote": 0.79, "found_enligt": 0.90,
                   "speaker_accuracy": 0.95}


def _gold(name: str, keep) -> list[dict]:
    return [json.loads(line) for line in (HELDOUT / name).read_text(encoding="utf-8").splitlines()
            if keep(json.loads(line)["doc"])]


@pytest.fixture(scope="module")
def heldout_run(tmp_path_factory):
    from pipeline.batch import Options, run_batch
    out = tmp_path_factory.mktemp("heldout_run")
    run_batch([str(HELDOUT / "corpus")], out, Options(), progress=False)
    return out


def _score(out: Path, shared_dir: Path, keep) -> dict:
    """score_claims.py on the gold of the documents `keep` selects (its predictions outside them are out of scope)."""
    for name in ("gold_quantities.jsonl", "gold_negatives.jsonl"):
        (out / f"sel_{name}").write_text("".join(json.dumps(g, ensure_ascii=False) + "\n" for g in _gold(name, keep)),
                                         encoding="utf-8")
    r = subprocess.run([sys.executable, str(shared_dir / "tools" / "score_claims.py"), "--pred", str(out / "claims.jsonl"),
                        "--gold", str(out / "sel_gold_quantities.jsonl"), "--neg", str(out / "sel_gold_negatives.jsonl"),
                        "--json"], capture_output=True, text=True, check=True)
    return json.loads(r.stdout)


@pytest.fixture(scope="module")
def heldout_score(heldout_run, shared_dir):
    """The rounds before r6."""
    return _score(heldout_run, shared_dir, lambda doc: not doc.startswith((NEW_ROUND, R7, R8, R9, R10, R11, R12, R13, R14, R15, R16, R17, R18, R19, R20, R21, R22, R23, R24, R25, R26, R27, R28, R29, R30, R31, R32, R33, R34, R35, R36, R37, R38, R39, R40, R41)))


@pytest.fixture(scope="module")
def r7_score(heldout_run, shared_dir, tmp_path_factory):
    out = tmp_path_factory.mktemp("r7_score")
    (out / "claims.jsonl").write_bytes((heldout_run / "claims.jsonl").read_bytes())
    return _score(out, shared_dir, lambda doc: doc.startswith(R7))


@pytest.fixture(scope="module")
def r6_score(heldout_run, shared_dir, tmp_path_factory):
    out = tmp_path_factory.mktemp("r6_score")
    (out / "claims.jsonl").write_bytes((heldout_run / "claims.jsonl").read_bytes())
    return _score(out, shared_dir, lambda doc: doc.startswith(NEW_ROUND))


def test_heldout_gold_offsets_match_the_ingested_text():
    """The gold offsets address the text ingest produces (for HTML: the extracted text); rebuild them with
    tests/heldout/build_gold.py when ingest changes."""
    from pipeline.ingest import ingest_path
    corpus = HELDOUT / "corpus"
    texts = {}
    for p in corpus.iterdir():
        if not p.name.endswith(".meta.json"):
            doc = ingest_path(p, corpus)
            texts[doc.doc_id] = doc.text
    for name in ("gold_quantities.jsonl", "gold_negatives.jsonl"):
        for line in (HELDOUT / name).read_text(encoding="utf-8").splitlines():
            g = json.loads(line)
            assert texts[g["doc"]][g["char_start"]:g["char_end"]] == g["anchor"], g


def test_subject_gold_is_complete_where_annotated():
    """A round annotated for issue 14 has subject, head and speaker on every mention; the head is a word of the
    subject; the speaker's evidence is one of the four kinds; older rounds carry no subject keys."""
    rows = _gold("gold_quantities.jsonl", lambda doc: True)
    annotated = {g["doc"] for g in rows if "subject" in g}
    assert annotated == {g["doc"] for g in rows if g["doc"].startswith(SUBJECT_ROUNDS)}
    assert sum(1 for g in rows if "subject" in g and not g["optional"]) >= 300
    for g in rows:
        if g["doc"] in annotated:
            assert {"subject", "subject_head", "speaker", "speaker_source"} <= set(g), g
            assert (g["subject"] is None) == (g["subject_head"] is None), g
            if g["subject"]:
                assert g["subject_head"].lower() in score_fields.words(g["subject"]), g
            assert (g["speaker"] is None) == (g["speaker_source"] is None), g
            assert g["speaker_source"] in (None, *score_fields.KINDS), g


def test_heldout_f1_and_negatives(heldout_score):
    assert heldout_score["f1"] >= FLOORS["f1"], (heldout_score["missed"], heldout_score["spurious"])
    assert not heldout_score["negatives_hit"]


@pytest.mark.parametrize("field", ["value", "unit", "bound", "per", "time", "direction"])
def test_heldout_field_accuracy(heldout_score, field):
    acc = heldout_score["accuracy_on_matched"][field]
    assert acc >= FLOORS[field], [e for e in heldout_score["field_errors"] if field in e["wrong"]]


def test_heldout_end_to_end(heldout_score):
    assert heldout_score["end_to_end"] >= FLOORS["end_to_end"]


def test_r6_f1_and_negatives(r6_score):
    assert r6_score["f1"] >= R6_FLOORS["f1"], (r6_score["missed"], r6_score["spurious"])
    assert len(r6_score["negatives_hit"]) <= R6_MAX_NEGATIVES_HIT, r6_score["negatives_hit"]


@pytest.mark.parametrize("field", ["value", "unit", "bound", "per", "time", "direction"])
def test_r6_field_accuracy(r6_score, field):
    acc = r6_score["accuracy_on_matched"][field]
    assert acc >= R6_FLOORS[field], [e for e in r6_score["field_errors"] if field in e["wrong"]]


def test_r6_end_to_end(r6_score):
    assert r6_score["end_to_end"] >= R6_FLOORS["end_to_end"]


def test_r7_f1_and_negatives(r7_score):
    assert r7_score["f1"] >= R7_FLOORS["f1"], (r7_score["missed"], r7_score["spurious"])
    assert len(r7_score["negatives_hit"]) <= R7_MAX_NEGATIVES_HIT, r7_score["negatives_hit"]


@pytest.mark.parametrize("field", ["value", "unit", "bound", "per", "time", "direction"])
def test_r7_field_accuracy(r7_score, field):
    acc = r7_score["accuracy_on_matched"][field]
    assert acc >= R7_FLOORS[field], [e for e in r7_score["field_errors"] if field in e["wrong"]]


def test_r7_end_to_end(r7_score):
    assert r7_score["end_to_end"] >= R7_FLOORS["end_to_end"]


@pytest.fixture(scope="module")
def r8_score(heldout_run, shared_dir, tmp_path_factory):
    out = tmp_path_factory.mktemp("r8_score")
    (out / "claims.jsonl").write_bytes((heldout_run / "claims.jsonl").read_bytes())
    return _score(out, shared_dir, lambda doc: doc.startswith(R8))


def test_r8_f1_and_negatives(r8_score):
    assert r8_score["f1"] >= R8_FLOORS["f1"], (r8_score["missed"], r8_score["spurious"])
    assert len(r8_score["negatives_hit"]) <= R8_MAX_NEGATIVES_HIT, r8_score["negatives_hit"]


@pytest.mark.parametrize("field", ["value", "unit", "bound", "per", "time", "direction"])
def test_r8_field_accuracy(r8_score, field):
    acc = r8_score["accuracy_on_matched"][field]
    assert acc >= R8_FLOORS[field], [e for e in r8_score["field_errors"] if field in e["wrong"]]


def test_r8_end_to_end(r8_score):
    assert r8_score["end_to_end"] >= R8_FLOORS["end_to_end"]


@pytest.fixture(scope="module")
def r8_fields_score(heldout_run):
    preds = score_fields.read_jsonl(heldout_run / "claims.jsonl")
    gold = [g for g in score_fields.read_jsonl(HELDOUT / "gold_quantities.jsonl") if g["doc"].startswith(R8)]
    return score_fields.score(preds, gold)


@pytest.mark.parametrize("metric", sorted(R8_FIELD_FLOORS))
def test_r8_subject_and_speaker_floors(r8_fields_score, metric):
    assert r8_fields_score["all"][metric] >= R8_FIELD_FLOORS[metric], r8_fields_score["all"]


@pytest.fixture(scope="module")
def fields_score(heldout_run):
    """Subject and speaker on the rounds tuned for issue 14 (r5, r6, w_): r7 is scored on its own."""
    preds = score_fields.read_jsonl(heldout_run / "claims.jsonl")
    gold = [g for g in score_fields.read_jsonl(HELDOUT / "gold_quantities.jsonl") if not g["doc"].startswith((R7, R8, R9, R10, R11, R12, R13, R14, R15, R16, R17, R18, R19, R20, R21, R22, R23, R24, R25, R26, R27, R28, R29, R30, R31, R32, R33, R34, R35, R36, R37, R38, R39, R40, R41))]
    return score_fields.score(preds, gold)


@pytest.fixture(scope="module")
def r7_fields_score(heldout_run):
    preds = score_fields.read_jsonl(heldout_run / "claims.jsonl")
    gold = [g for g in score_fields.read_jsonl(HELDOUT / "gold_quantities.jsonl") if g["doc"].startswith(R7)]
    return score_fields.score(preds, gold)


@pytest.mark.parametrize("metric", sorted(R7_FIELD_FLOORS))
def test_r7_subject_and_speaker_floors(r7_fields_score, metric):
    assert r7_fields_score["all"][metric] >= R7_FIELD_FLOORS[metric], r7_fields_score["all"]


@pytest.mark.parametrize("metric", sorted(FIELD_FLOORS))
def test_subject_and_speaker_floors(fields_score, metric):
    assert fields_score["all"][metric] >= FIELD_FLOORS[metric], (
        fields_score["all"], [e for e in fields_score["errors"] if e["gold"]["speaker"] or "subject" in e["wrong"]][:20])


@pytest.mark.parametrize("metric", sorted(FIELD_CEILINGS))
def test_subject_error_ceilings(fields_score, metric):
    assert fields_score["all"][metric] <= FIELD_CEILINGS[metric], fields_score["all"]


# --- the field scorer itself -------------------------------------------------------------------------------------

@pytest.mark.parametrize("head, subject, strict, inflected", [
    ("försäljning", "Detaljhandelns försäljning", True, True),
    ("försäljning", "försäljningen av kläder", False, True),     # definite ending: only the inflection rule accepts
    ("brott", "de anmälda brotten", False, True),
    ("Antalet", "antalet anmälda våldtäkter", True, True),       # compared lower-cased
    ("tak", "ett nytt takfönster", False, False),               # a longer compound is not the head
    ("lastbilar", None, False, False),
    ("elbilar", "personbilar", False, False),
])
def test_head_noun_rule(head, subject, strict, inflected):
    assert score_fields.head_ok(head, subject) is strict
    assert score_fields.head_ok(head, subject, inflect=True) is inflected


@pytest.mark.parametrize("gold, pred, same", [
    ("Statistiska centralbyrån (SCB)", "Statistiska centralbyrån", True),
    ("Anna Lindqvist", "Anna Lindqvist (MP), utbildningspolitisk talesperson", True),
    ("HUI Research", "hui research", True),
    ("Brå", None, False),
    ("Per Ek", "Sara Lund", False),
])
def test_speaker_match_rule(gold, pred, same):
    assert score_fields.same_speaker(gold, pred) is same


def test_field_scorer_counts_each_kind_of_error():
    """Two documents, one figure each kind: an exact subject, a head-only subject, a missing subject, a subject where
    gold has none, a found and a missed speaker, a spurious direction."""
    def g(doc, s, e, subject, head, speaker=None, kind=None, direction=None):
        return {"doc": doc, "anchor": "x", "occurrence": 1, "char_start": s, "char_end": e, "optional": False,
                "direction": direction, "subject": subject, "subject_head": head, "speaker": speaker,
                "speaker_source": kind}

    def p(doc, s, e, subject=None, speaker=None, direction=None):
        return {"doc_id": doc, "quantity": {"char_start": s, "char_end": e}, "subject": subject,
                "attribution": {"speaker": speaker} if speaker else None, "change": {"direction": direction}}

    gold = [g("r6_a", 0, 5, "Nettoomsättningen", "Nettoomsättningen", "Per Ek", "quote"),
            g("r6_a", 10, 15, "antalet omkomna i vägtrafiken", "antalet", "Trafikverket", "enligt"),
            g("r6_a", 20, 25, "förare", "förare"),
            g("w_b", 0, 5, None, None, direction="increase"),
            g("w_b", 10, 15, "bränder", "bränder")]
    preds = [p("r6_a", 0, 5, "nettoomsättningen ", "Per Ek"), p("r6_a", 11, 14, "antalet omkomna", None),
             p("r6_a", 20, 25), p("w_b", 0, 5, "Kommunen", direction="increase"),
             p("w_b", 10, 15, direction="decrease")]
    r = score_fields.score(preds, gold)
    a = r["all"]
    assert (a["exact"], a["head"], a["coverage"]) == (0.25, 0.5, 0.5)
    assert a["wrong_where_none"] == 1.0 and a["found_quote"] == 1.0 and a["found_enligt"] == 0.0
    assert a["speaker_accuracy"] == 0.8 and a["direction_where_none"] == 0.25
    assert r["rounds"]["r6"]["matched"] == 3 and r["rounds"]["w"]["gold"] == 2


# The rounds of issue 13 written after session 4: (prefix, field floors, negatives allowed, subject/speaker floors).
NEW_ROUNDS = {R9: (R9_FLOORS, R9_MAX_NEGATIVES_HIT, R9_FIELD_FLOORS),
              R10: (R10_FLOORS, R10_MAX_NEGATIVES_HIT, R10_FIELD_FLOORS),
              R11: (R11_FLOORS, R11_MAX_NEGATIVES_HIT, R11_FIELD_FLOORS),
              R12: (R12_FLOORS, R12_MAX_NEGATIVES_HIT, R12_FIELD_FLOORS),
              R13: (R13_FLOORS, R13_MAX_NEGATIVES_HIT, R13_FIELD_FLOORS),
              R14: (R14_FLOORS, R14_MAX_NEGATIVES_HIT, R14_FIELD_FLOORS),
              R15: (R15_FLOORS, R15_MAX_NEGATIVES_HIT, R15_FIELD_FLOORS),
              R16: (R16_FLOORS, R16_MAX_NEGATIVES_HIT, R16_FIELD_FLOORS),
              R17: (R17_FLOORS, R17_MAX_NEGATIVES_HIT, R17_FIELD_FLOORS),
              R18: (R18_FLOORS, R18_MAX_NEGATIVES_HIT, R18_FIELD_FLOORS),
              R19: (R19_FLOORS, R19_MAX_NEGATIVES_HIT, R19_FIELD_FLOORS),
              R20: (R20_FLOORS, R20_MAX_NEGATIVES_HIT, R20_FIELD_FLOORS),
              R21: (R21_FLOORS, R21_MAX_NEGATIVES_HIT, R21_FIELD_FLOORS),
              R22: (R22_FLOORS, R22_MAX_NEGATIVES_HIT, R22_FIELD_FLOORS),
              R23: (R23_FLOORS, R23_MAX_NEGATIVES_HIT, R23_FIELD_FLOORS),
              R24: (R24_FLOORS, R24_MAX_NEGATIVES_HIT, R24_FIELD_FLOORS),
              R25: (R25_FLOORS, R25_MAX_NEGATIVES_HIT, R25_FIELD_FLOORS),
              R26: (R26_FLOORS, R26_MAX_NEGATIVES_HIT, R26_FIELD_FLOORS),
              R27: (R27_FLOORS, R27_MAX_NEGATIVES_HIT, R27_FIELD_FLOORS),
              R28: (R28_FLOORS, R28_MAX_NEGATIVES_HIT, R28_FIELD_FLOORS),
              R29: (R29_FLOORS, R29_MAX_NEGATIVES_HIT, R29_FIELD_FLOORS),
              R30: (R30_FLOORS, R30_MAX_NEGATIVES_HIT, R30_FIELD_FLOORS),
              R31: (R31_FLOORS, R31_MAX_NEGATIVES_HIT, R31_FIELD_FLOORS),
              R32: (R32_FLOORS, R32_MAX_NEGATIVES_HIT, R32_FIELD_FLOORS),
              R33: (R33_FLOORS, R33_MAX_NEGATIVES_HIT, R33_FIELD_FLOORS),
              R34: (R34_FLOORS, R34_MAX_NEGATIVES_HIT, R34_FIELD_FLOORS),
              R35: (R35_FLOORS, R35_MAX_NEGATIVES_HIT, R35_FIELD_FLOORS),
              R36: (R36_FLOORS, R36_MAX_NEGATIVES_HIT, R36_FIELD_FLOORS),
              R37: (R37_FLOORS, R37_MAX_NEGATIVES_HIT, R37_FIELD_FLOORS),
              R38: (R38_FLOORS, R38_MAX_NEGATIVES_HIT, R38_FIELD_FLOORS),
              R39: (R39_FLOORS, R39_MAX_NEGATIVES_HIT, R39_FIELD_FLOORS),
              R40: (R40_FLOORS, R40_MAX_NEGATIVES_HIT, R40_FIELD_FLOORS),
              R41: (R41_FLOORS, R41_MAX_NEGATIVES_HIT, R41_FIELD_FLOORS)}
@pytest.fixture(scope="module")
def round_score(heldout_run, shared_dir, tmp_path_factory):
    """score_claims.py on one round's gold (by prefix), once per round for the module."""
    scores: dict = {}

    def get(prefix: str) -> dict:
        if prefix not in scores:
            out = tmp_path_factory.mktemp(prefix + "score")
            (out / "claims.jsonl").write_bytes((heldout_run / "claims.jsonl").read_bytes())
            scores[prefix] = _score(out, shared_dir, lambda doc: doc.startswith(prefix))
        return scores[prefix]
    return get


@pytest.mark.parametrize("prefix", sorted(NEW_ROUNDS))
def test_new_round_f1_and_negatives(prefix, round_score):
    score, (floors, max_negatives, _) = round_score(prefix), NEW_ROUNDS[prefix]
    assert score["f1"] >= floors["f1"], (score["missed"], score["spurious"])
    assert len(score["negatives_hit"]) <= max_negatives, score["negatives_hit"]


@pytest.mark.parametrize("prefix", sorted(NEW_ROUNDS))
@pytest.mark.parametrize("field", ["value", "unit", "bound", "per", "time", "direction", "end_to_end"])
def test_new_round_field_accuracy(prefix, field, round_score):
    score, floors = round_score(prefix), NEW_ROUNDS[prefix][0]
    acc = score["end_to_end"] if field == "end_to_end" else score["accuracy_on_matched"][field]
    assert acc >= floors[field], [e for e in score["field_errors"] if field in e["wrong"]]


@pytest.mark.parametrize("prefix, metric", [(p, m) for p in sorted(NEW_ROUNDS) for m in sorted(NEW_ROUNDS[p][2])])
def test_new_round_subject_and_speaker_floors(prefix, metric, heldout_run):
    preds = score_fields.read_jsonl(heldout_run / "claims.jsonl")
    gold = [g for g in score_fields.read_jsonl(HELDOUT / "gold_quantities.jsonl") if g["doc"].startswith(prefix)]
    assert score_fields.score(preds, gold)["all"][metric] >= NEW_ROUNDS[prefix][2][metric]


def test_every_field_on_all_rounds(heldout_run, shared_dir, tmp_path_factory):
    """Issue 13's target after its fixes: on all held-out rounds together, every field >= 0.97 (the 182 texts up to
    r12 at the end of session 7: time 0.972, direction 0.975, unit 0.995, per 0.992; with r13, tuned in session 8:
    time 0.971, direction 0.977, unit 0.996, per 0.994). From session 10 every round, r14 to r17 too (270 texts, 7,276
    required mentions): value 0.998, unit 0.993, bound 0.999, per 0.982, time 0.970, direction 0.970. The newest rounds,
    r18 to r41, are left out until they have been tuned."""
    out = tmp_path_factory.mktemp("all_rounds")
    (out / "claims.jsonl").write_bytes((heldout_run / "claims.jsonl").read_bytes())
    score = _score(out, shared_dir, lambda doc: not doc.startswith((R18, R19, R20, R21, R22, R23, R24, R25, R26, R27, R28, R29, R30, R31, R32, R33, R34, R35, R36, R37, R38, R39, R40, R41)))
    low = {f: a for f, a in score["accuracy_on_matched"].items() if f != "all" and a < 0.97}
    assert not low, low
