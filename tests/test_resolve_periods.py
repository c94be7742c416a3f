"""Resolver (extraction/resolve.py): periods decided from document evidence, made-up examples unlike the held-out
texts that showed the kinds. Each row: a document (title and paragraphs), its publication date, a figure's text and
the year its period must start (and end) in, or None."""
import pytest

from conftest import claim_for
from pipeline.extraction.document import extract_document
from pipeline.ingest import ingest_bytes
from pipeline.segment import segment_text


def _claims(text: str, published: str | None):
    doc = ingest_bytes(text.encode(), "t", "t.txt", published=published)
    return [c.to_dict() for c in extract_document(doc, segment_text(doc.text, doc.furniture))]


def _time_of(claims, figure):
    hits = [c for c in claims if c["quantity"]["text"] == figure]
    assert hits, f"no claim {figure!r} in {[c['quantity']['text'] for c in claims]}"
    t = hits[0]["time"]
    return (t["start"][:4], t["end"][:4] if t["end"] else None) if t else None


RESTATING = [
    # a restating clause restates the main figure, not its bracketed prior one
    ("Under helåret 2025 uppgick rörelseresultatet till 131 (104) MSEK, vilket motsvarar en marginal om 11,7 (9,7) "
     "procent.", "2026-02-12", "11,7", ("2025", "2025")),
    # a figure in a 'vilket är/motsvarar/innebär' clause is about the period of the figure it restates
    ("Vattenförbrukningen var 140 liter per person under 2021, vilket är 12 procent mindre än 2015.",
     "2023-05-02", "12 procent", ("2021", "2021")),
    ("Styrelsen föreslår 3 kronor per aktie för 2022, vilket motsvarar 210 miljoner kronor.",
     "2023-02-10", "210 miljoner kronor", ("2022", "2022")),
    ("I mars 2020 såldes 4 100 bilar, jämfört med 5 000 i mars 2019, vilket innebär en minskning med 18 procent.",
     "2020-04-03", "18 procent", ("2020", "2020")),
]

DOCUMENT_PERIOD = [
    # the title names the period the report is about: a restating figure without a period of its own takes it
    ("Årsrapport 2021 för Västra hamnen\n\nHamnens intäkter uppgick till 820 miljoner kronor, vilket är 45 miljoner "
     "kronor mer än budget.\n", "2022-03-15", "45 miljoner kronor", ("2021", "2021")),
    # the lead paragraph names it (a dateline before it is not it)
    ("Nytt rekord för museet\n\nVÄXJÖ 12 januari 2023.\n\nMuseet tog emot besökare hela året under 2022.\n\n"
     "Butiken sålde böcker för 2,3 miljoner kronor, vilket var 9 procent mer än väntat.\n", "2023-01-12",
     "9 procent", ("2022", "2022")),
]

FROM_TO = [
    # a span of years: the from-figure is about its first year, the to-figure about its last
    ("Antalet elever ökade från 1 200 till 1 450 mellan 2019 och 2022.", "2023-01-01", "1 200", ("2019", "2019")),
    ("Antalet elever ökade från 1 200 till 1 450 mellan 2019 och 2022.", "2023-01-01", "1 450", ("2022", "2022")),
    # a plan over the coming years: its end value is about the whole span
    ("Under de kommande tre åren väntas skulden öka från 610 till 900 miljoner kronor.", "2025-03-20",
     "900 miljoner kronor", ("2025", "2027")),
    # one year: the from-figure is about the year before the change
    ("Under 2026 höjs avgiften från 450 kronor till 480 kronor.", "2025-11-01", "450 kronor", ("2025", "2025")),
    ("Under 2026 höjs avgiften från 450 kronor till 480 kronor.", "2025-11-01", "480 kronor", ("2026", "2026")),
    # a title's quarter counts as stated too; a demand's from-value is the level now
    ("Delårsrapport tredje kvartalet 2025\n\nAntalet anlöp ökade från 310 till 352.\n", "2025-10-20", "310",
     ("2024", "2024")),
    ("Rapport 2025\n\nSänk avgiften från 40 till 30 kronor.\n", "2025-03-01", "40", ("2025", "2025")),
    # one quarter or month: the same period a year earlier
    ("Tredje kvartalet 2025\n\nAntalet avgångar ökade från 34 till 41 i veckan.\n", "2025-10-20", "34", ("2024", "2024")),
    # not for an open period ('sedan 2015'), nor a revision of one year's figure
    ("Andelen har sjunkit från 61 till 44 procent sedan 2015.", "2024-06-01", "61", ("2015", "2024")),
    ("Utfallet för 2021 har justerats från 96 till 98 miljoner kronor.", "2022-06-01", "96", ("2021", "2021")),
]

DEADLINE = [
    # 'senast X', or 'till X' in a clause stating a target: the state at the deadline
    ("Vi ska ha minst 400 laddplatser senast 2027.", "2024-03-01", "minst 400", ("2027", "2027")),
    ("Till 2030 ska andelen ekologisk mat öka till 60 procent.", "2024-03-01", "60 procent", ("2030", "2030")),
    # 'fram till X' with a goal or a forecast of a level or a count: the state at X
    ("Regionen vill anställa 300 fler sjuksköterskor fram till 2029.", "2025-03-01", "300", ("2029", "2029")),
    ("Befolkningen väntas öka med 4 000 personer fram till 2035.", "2025-03-01", "4 000", ("2035", "2035")),
    ("Cyklandet ska öka med 30 procent till 2030.", "2025-03-01", "30 procent", ("2030", "2030")),
    # ... a forecast rate of change up to X, and a sum of money, are about the span
    ("Antalet äldre väntas öka med 18 procent fram till 2032.", "2025-03-01", "18 procent", ("2025", "2032")),
    ("Bolaget ska investera 800 miljoner kronor fram till 2028.", "2025-03-01", "800 miljoner kronor", ("2025", "2028")),
    # an amount over the years up to it stays a span
    ("Staden investerar 300 miljoner kronor i cykelbanor fram till 2028.", "2024-03-01", "300 miljoner kronor",
     ("2024", "2028")),
    # an undated text has no 'now' to count an open end from: the year the claim reaches
    ("Vi vill bygga 250 kilometer ny cykelväg fram till 2031.", None, "250 kilometer", ("2031", "2031")),
    ("Kommunen lägger 40 miljoner kronor på upprustning av skolgårdar till 2029.", None, "40 miljoner kronor",
     ("2029", "2029")),
    ("Partiet lovar 1 200 nya lärare till 2034, ungefär 40 per kommun.", None, "1 200", ("2034", "2034")),
]

TRAILING_OTHER_FIGURE = [
    # a period in a later clause with its own verb, after that clause's figure, is that figure's
    ("Cykelbokslut 2025\n\nAndelen som cyklade till jobbet var 14 procent, och kommunens mål är 25 procent år 2035.\n",
     "2026-02-02", "14 procent", ("2025", "2025")),
    ("Bostadsbyggandet 2025\n\nPåbörjandet ökade med 4 procent och ligger nu 35 procent under toppåret 2021.\n",
     "2026-02-02", "4 procent", ("2025", "2025")),
    # a span right after another figure in another clause is that figure's ('185 miljoner kronor fram till 2029')
    ("Budget 2027\n\nSkolan beräknas kosta 185 miljoner kronor fram till 2029, och ett boende med 60 platser byggs.\n",
     "2026-10-21", "60", ("2027", "2027")),
    ("Plan 2027\n\nVi satsar 40 miljoner kronor sedan 2024, medan 12 nya tjänster tillkommer.\n",
     "2026-10-21", "12", ("2027", "2027")),
    # ... a clause without a verb of its own, or a period before the figures, holds for the figure
    ("Vården\n\nKliniken hade 88 läkare och 140 sjuksköterskor i tjänst i mars.\n", "2026-05-02", "88", ("2026", "2026")),
    ("Budget\n\nUnder 2025 ökade intäkterna med 3 procent, och kostnaderna steg med 5 procent.\n", "2026-05-02", "5 procent",
     ("2025", "2025")),
]

PERFECT_IN_AN_ANNUAL_REPORT = [
    # a to-value told in the present perfect is the state now; in a report on a past year, the year's end
    ("Årsredovisning 2025\n\nAndelen elbilar i kommunens fordonsflotta har ökat till 64 procent.\n", "2026-03-20",
     "64 procent", ("2025", "2025")),
    ("Miljöbokslut 2025\n\nUtsläppen har minskat från 9 100 till 7 400 ton på tre år.\n", "2026-04-02", "7 400 ton",
     ("2025", "2025")),
    # ... in a news item about now, the publication date
    ("Bolån\n\nBolåneräntan har sjunkit till runt 3 procent.\n", "2026-02-05", "runt 3 procent", ("2026", "2026")),
]

LAST_N_NOT_CARRIED = [
    # a span of the last n months or years, or up to a year ('fram till 2029'), belongs to what its sentence tells;
    # a level in the next sentence keeps the report's period
    ("Delårsrapport januari–juni 2026\n\nOmsättningen under de senaste tolv månaderna ökade med 6 procent. "
     "Soliditeten var 41 procent.\n", "2026-07-20", "41 procent", ("2026", "2026")),
    ("Bokslut 2025\n\nUnder de senaste fem åren har kundstocken vuxit med 30 procent. Antalet anställda var 812.\n",
     "2026-02-20", "812", ("2025", "2025")),
    ("Budget 2026\n\nRegionen investerar 2,1 miljarder kronor fram till 2029. Av dem går 310 mnkr till nya bussar.\n",
     "2025-11-20", "310 mnkr", ("2026", "2026")),
    # ... a change in the next sentence may still take it
    ("Delårsrapport januari–juni 2026\n\nDe senaste tolv månaderna har varit starka. Omsättningen ökade med 6 procent.\n",
     "2026-07-20", "6 procent", ("2025", "2026")),
]

TOPIC_PERIODS = [
    # a subtitle naming two topics with their own periods: a section heading naming one of them takes its period
    ("Kommunfakta\nBefolkning 2025 och prognos 2026–2030\n\nBefolkning\nFolkmängden ökade med 412 personer.\n\n"
     "Prognosen\nFolkmängden väntas öka med 3 900 personer.\n", "2026-03-10", "3 900", ("2026", "2030")),
    ("Kommunfakta\nBefolkning 2025 och prognos 2026–2030\n\nBefolkning\nFolkmängden ökade med 412 personer.\n\n"
     "Prognosen\nFolkmängden väntas öka med 3 900 personer.\n", "2026-03-10", "412", ("2025", "2025")),
    ("Rapport: Försäljning 2025 och investeringar 2026\n\nFörsäljningen\nBolaget sålde 41 000 enheter.\n\n"
     "Investeringar\nBolaget satsar 120 miljoner kronor på en ny fabrik.\n", "2026-02-01", "120 miljoner kronor",
     ("2026", "2026")),
    # ... not from a sentence of the lead ('förändringen under de senaste tolv månaderna' names no topic)
    ("# KPI, november 2025\n\nInflationstakten, det vill säga förändringen under de senaste tolv månaderna, var 2,4 "
     "procent i november 2025.\n\n## Månadens förändring\n\nTill nedgången bidrog drivmedel (−2,3 procent).\n",
     "2025-12-11", "−2,3 procent", ("2025", "2025")),
]

AVERAGE_RESTATED = [
    # a figure right after an average over earlier years (its apposition, a 'som ligger på' clause) is that
    # average's value, about those years
    ("Räddning 2025\n\nKåren larmades 3 804 gånger, 7 procent fler än genomsnittet för de senaste tio åren, som "
     "ligger på 3 558 larm per år.\n", "2026-02-02", "3 558", ("2016", "2025")),
    ("Brott\n\nAnmälningarna var 40 300, något under genomsnittet för de tre senaste åren, 41 520.\n", "2026-08-02",
     "41 520", ("2023", "2025")),
    # ... also an average of one month or season over those years
    ("Olyckor i augusti\n\nI augusti skadades 212 personer, något under genomsnittet för augusti de senaste fem åren, "
     "som låg på 230.\n", "2026-09-03", "230", ("2021", "2025")),
    ("Bränder\n\nSommaren gav 88 bränder, långt fler än snittet för de tio senaste somrarna, 61 bränder.\n",
     "2026-09-10", "61", ("2016", "2025")),
    # ... the level before it keeps its own period
    ("Räddning 2025\n\nKåren larmades 3 804 gånger, 7 procent fler än genomsnittet för de senaste tio åren, som "
     "ligger på 3 558 larm per år.\n", "2026-02-02", "3 804", ("2025", "2025")),
]

PREVIOUS_WINTER = [
    # 'förra vintern' told from summer on is the last winter; told in spring, the one before the winter just ended
    ("El\n\nFörra vintern låg snittpriset på 96 öre per kWh.\n", "2026-10-15", "96 öre per kWh", ("2025", "2026")),
    ("Skidor\n\nFörra vintern såldes 41 000 liftkort.\n", "2026-04-20", "41 000", ("2024", "2025")),
    # ... a past winter is not carried to a sentence of what is coming
    ("El\n\nFörra vintern låg snittpriset på 96 öre per kWh. I vinter väntas priset bli 70 öre.\n", "2026-10-15",
     "70 öre", ("2026", "2027")),
]

COMING_SEASON = [
    # a season without a year after 'till'/'inför' (time.json coming_season_leads), ended this year by publication and
    # not in the past tense: the coming one
    ("Fler sökande till vårterminen\n\nAntalet sökande är 4 200.", "2026-11-20", "4 200", ("2027", "2027")),
    ("Inför sommaren anställer kommunen 120 feriearbetare.", "2026-10-01", "120", ("2027", "2027")),
    # ... not in the past tense, nor when this year's has not ended
    ("Inför sommaren anställdes 120 feriearbetare.", "2026-10-01", "120", ("2026", "2026")),
    ("Till hösten börjar 340 nya elever.", "2026-03-01", "340", ("2026", "2026")),
]

DURATION_WITHIN = [
    # a duration measured in a period its clause names takes it
    ("Patienterna väntade i snitt 47 dagar i oktober.", "2023-11-20", "47 dagar", ("2023", "2023")),
    ("Handläggningen tog i genomsnitt 9 veckor under 2021, att jämföra med 13 veckor under 2020.", "2022-02-01",
     "13 veckor", ("2020", "2020")),
    # ... also a span of years ('Snittet för 2016–2025'), not a season's span (a closure 'under hösten' is no period
    # the time is measured in)
    ("Tioårsgenomsnittet för 2016–2025 är 118 minuter per kund.", "2026-03-18", "118 minuter per kund", ("2016", "2025")),
    ("Under 2019–2023 var väntetiden i snitt 41 dagar.", "2024-05-02", "41 dagar", ("2019", "2023")),
    # ... a present word before it ('I dag', 'nu') places it at the publication date, also a compared duration
    ("I dag tar det i snitt 31 minuter för ambulansen att komma fram, jämfört med 14 minuter i staden.", "2025-03-02",
     "14 minuter", ("2025", "2025")),
    ("Handläggningen tar nu sex veckor.", "2024-09-12", "sex veckor", ("2024", "2024")),
]

COMPARISON_PERIOD = [
    # 'lika mycket som i år' is a comparison point, not the figure's period
    ("Nästa år blir anslaget 55 miljoner kronor, lika mycket som i år.", "2024-10-01", "55 miljoner kronor",
     ("2025", "2025")),
    # 'mot 980 samma kvartal i fjol': the comparison's period belongs to 980, not to the figure before it
    ("Delårsrapport tredje kvartalet 2024\n\nVi sålde 1 200 cyklar under kvartalet, mot 980 samma kvartal i fjol.\n",
     "2024-10-20", "1 200", ("2024", "2024")),
    ("Delårsrapport tredje kvartalet 2024\n\nVi sålde 1 200 cyklar under kvartalet, mot 980 samma kvartal i fjol.\n",
     "2024-10-20", "980", ("2023", "2023")),
]

BASELINE_PHRASE = [
    # 'än inför', 'än vintern', 'än säsongen' before a period: the period compared with, not the figure's
    ("Antagning\n\nInför vårterminen 2027 sökte 9 400 personer, 310 fler än inför vårterminen 2026.\n", "2026-11-20",
     "310", ("2027", "2027")),
    # a short phrase after a link between the comparison figure and its period keeps the period the comparison's
    ("Delårsrapport januari–september 2024. Nettoskulden var 88 Mkr, jämfört med 97 Mkr vid utgången av 2023.",
     "2024-10-20", "88 Mkr", ("2024", "2024")),
    ("Andelen nöjda är 64 procent, att jämföra med 58 procent i förra mätningen för tre år sedan.", "2024-10-20",
     "64 procent", ("2024", "2024")),
    ("Andelen nöjda är 64 procent, att jämföra med 58 procent i förra mätningen för tre år sedan.", "2024-10-20",
     "58 procent", ("2021", "2021")),
]

AVERAGE_AND_YEAR = [
    # 'snittet för samma period …' is a comparison point, not the figure's period
    ("Det är 12 fler än snittet för samma månad 2015–2019.", "2024-10-20", "12", ("2024", "2024")),
    # 'för helåret' is the year in course
    ("För helåret räknar vi med 4 200 nya medlemmar.", "2024-10-20", "4 200", ("2024", "2024")),
    # a demand's two ends are both about now when no period is stated: no year before for the from-figure
    ("# Lägre taxor nu\n\nUnder 2025 har taxorna stigit kraftigt.\n\n## Våra krav\n\nSänk taxan från 40 till 30 "
     "kronor.\n", "2025-03-01", "40", ("2025", "2025")),
]

PREVIOUS_MAIN = [
    # the sentence before names its main period first ('budget 2026 och plan 2027–2028')
    ("Fullmäktige antog budget 2026 och plan 2027–2028. Skattesatsen höjs med 25 öre.", "2025-11-20", "25 öre",
     ("2026", "2026")),
    # a decision day before it is passed over for the period it names
    ("Den 18 juni 2024 beslutade nämnden om taxan för 2025. Avgiften blir 640 kronor.", "2024-06-20",
     "640 kronor", ("2025", "2025")),
]

PLAN_PRESENT = [
    # a document about a coming period: its present tense is about that period ...
    ("Kommunens budget för 2026\n\nFullmäktige antog i går budgeten.\n\nOmslutningen landar på 4,2 miljarder kronor.\n",
     "2025-11-20", "4,2 miljarder kronor", ("2026", "2026")),
    # ... but 'nu' is about now
    ("Kommunens budget för 2026\n\nFullmäktige antog i går budgeten.\n\nSkattesatsen är nu 21,50 kronor.\n",
     "2025-11-20", "21,50 kronor", ("2025", "2025")),
    # a report on a past period: its present tense is about that period (issue 13) ...
    ("Avfallet i länet 2024\n\nUnder 2024 samlades 41 000 ton in.\n\nMatavfall står för en fjärdedel av mängden, "
     "10 200 ton.\n", "2025-03-02", "10 200 ton", ("2024", "2024")),
    ("Resor 2024\n\nUnder 2024 gjordes 2,1 miljoner resor.\n\nPendlare är 62 procent av resenärerna.\n",
     "2025-02-11", "62 procent", ("2024", "2024")),
    # a title's period it looks ahead to ('inför 2026') is not the one the document reports on (nor a heading period)
    ("Barometern: Ljusare utsikter inför 2026\n\nFöretagen, 3 december 2025\n\nAndelen som vill anställa steg till "
     "31 procent.\n", "2025-12-03", "31 procent", None),
    # ... but what someone has, and 'nu', are about now
    ("Resor 2024\n\nUnder 2024 gjordes 2,1 miljoner resor.\n\nBolaget har 140 bussar.\n", "2025-02-11", "140",
     ("2025", "2025")),
]

NAMED_PERIOD = [
    # a period named once with its years and later without them ('verksamhetsåret', 'läsåret')
    ("Rapport\n\nUnder verksamhetsåret 2022/23 kom 8 100 ärenden in.\n\nUnder verksamhetsåret avslutades 7 900 ärenden.\n",
     "2023-10-01", "7 900", ("2022", "2023")),
    ("Skolan\n\nLäsåret 2024/25 började 640 elever.\n\nUnder läsåret fick 112 elever extra stöd.\n",
     "2025-06-10", "112", ("2024", "2025")),
]

REPORT_YEAR = [
    # 'Årets resultat', 'under helåret' in a report on a named year published the year after
    ("Årsredovisning 2024\n\nÅrets resultat blev 38,6 miljoner kronor.\n", "2025-03-20", "38,6 miljoner kronor",
     ("2024", "2024")),
    ("Bokslutskommuniké 2025\n\nKassaflödet uppgick under helåret till 561 MSEK.\n", "2026-02-12", "561 MSEK",
     ("2025", "2025")),
    # a yearless date still ahead at publication, in the past tense, is last year's
    ("Rapport\n\nSoliditeten uppgick den 31 december till 52 procent.\n", "2026-02-12", "52 procent", ("2025", "2025")),
    # 'de senaste fem åren': the five years before the publication year; 'de kommande tre åren': three from it
    ("Under de senaste fem åren har 1 240 företag startats.", "2025-04-03", "1 240", ("2020", "2024")),
    ("Under de kommande tre åren investerar kommunen 800 miljoner kronor.", "2025-03-20", "800 miljoner kronor",
     ("2025", "2027")),
]

SINCE_AND_SAME = [
    # a difference against a point some years ago is about the span since; 'under samma tid' repeats a period
    ("Biljetterna kostar 60 procent mer än för tio år sedan, medan lönerna har stigit med 31 procent under samma tid.",
     "2025-09-02", "60 procent", ("2015", "2025")),
    ("Biljetterna kostar 60 procent mer än för tio år sedan, medan lönerna har stigit med 31 procent under samma tid.",
     "2025-09-02", "31 procent", ("2015", "2025")),
    # against last year: this year's figure
    ("I år kom 1 240 besökare, 6 procent fler än i fjol.", "2025-09-02", "6 procent", ("2025", "2025")),
]

BRACKET_YEAR_AFTER = [
    # '(25 procent 2024)': a year closing a bracket after a figure labels that prior figure only
    ("Biblioteken 2025\n\nUnder 2025 lånades 210 000 böcker. Av invånarna var 27 procent aktiva låntagare (25 procent "
     "2024).\n", "2026-03-18", "27 procent", ("2025", "2025")),
    ("Biblioteken 2025\n\nUnder 2025 lånades 210 000 böcker. Av invånarna var 27 procent aktiva låntagare (25 procent "
     "2024).\n", "2026-03-18", "25 procent", ("2024", "2024")),
]

OPEN_SPAN_NOT_CARRIED = [
    # a figure compared with a point ('för ett år sedan', 'i dag') is about now, not the open span before it
    ("Priser i maj 2025\n\nSedan januari 2024 har matpriserna stigit med 6,1 procent. Kaffet var 9,2 procent dyrare "
     "än för ett år sedan.\n", "2025-06-10", "9,2 procent", ("2025", "2025")),
]

FROM_AFTER_TO = [
    # 'till B från A': the from-value after the to-value is about the same period a year earlier, as 'från A till B'
    ("Elen i maj 2025\n\nVindkraftens andel steg därmed till 31 procent från 26 procent.\n", "2025-06-12",
     "26 procent", ("2024", "2024")),
    ("Elen i maj 2025\n\nVindkraftens andel steg därmed till 31 procent från 26 procent.\n", "2025-06-12",
     "31 procent", ("2025", "2025")),
    # the to-value's own year before a comma, then the from-value: the year before
    ("Avgifter\n\nÅrsavgiften höjs till 7 400 kronor för 2026, från 6 950 kronor.\n", "2025-11-20", "6 950 kronor",
     ("2025", "2025")),
    ("Taxor\n\nTimtaxan sänks till 980 kronor under 2027, från 1 040 kronor.\n", "2026-10-02", "1 040 kronor",
     ("2026", "2026")),
    # a period after a comma right before another figure labels that figure, not the one before the comma
    ("Priser 2027\n\nPersonal betalar 68 kronor per portion, i dag 62 kronor.\n", "2026-11-24", "68 kronor per portion",
     ("2027", "2027")),
    ("Taxa 2027\n\nEn villa betalar 9 400 kronor om året, 2026 8 900 kronor.\n", "2026-11-24", "9 400 kronor om året",
     ("2027", "2027")),
    # a figure defining an example case is about no period; the result after it is about the document's year
    ("Taxa 2027\n\nFör en normalvilla som använder 20 MWh per år ökar kostnaden med 660 kronor.\n", "2026-11-01",
     "20 MWh per år", None),
    ("Taxa 2027\n\nFör en normalvilla som använder 20 MWh per år ökar kostnaden med 660 kronor.\n", "2026-11-01",
     "660 kronor", ("2027", "2027")),
    ("Skatt 2027\n\nFör den som tjänar 31 000 kronor i månaden innebär höjningen 90 kronor mer i skatt.\n", "2026-11-01",
     "31 000 kronor i månaden", None),
    ("Avgift 2027\n\nFör en familj med två barn blir avgiften 2 100 kronor.\n", "2026-11-01", "2 100 kronor", ("2027", "2027")),
    # an earlier season named in a report (a record) is not carried to the next sentence of the same paragraph
    ("Säsongen 2025/26 i Björnfjället\n\nUnder säsongen sålde anläggningen 612 000 skiddagar. Rekordet från säsongen "
     "2022/23, då 648 000 skiddagar såldes, står sig alltså. Antalet unika besökare uppskattas till 94 500.\n",
     "2026-04-24", "94 500", ("2025", "2026")),
    # a named period ('säsongen') in a report on a season is the report's, not an earlier season named as a record;
    # 'säsongen innan' is the one before it
    ("Säsongen 2025/26 i Björnfjället\nPublicerad 24 april 2026\n\nUnder säsongen såldes 612 000 skiddagar. Rekordet "
     "från säsongen 2022/23, då 648 000 skiddagar såldes, står sig.\n\nOmsättningen för säsongen landade på 486 "
     "miljoner kronor.\n", "2026-04-24", "486 miljoner kronor", ("2025", "2026")),
    ("Säsongen 2025/26 i Björnfjället\nPublicerad 24 april 2026\n\nUnder säsongen såldes 612 000 skiddagar.\n\n"
     "Beläggningen blev 71 procent, mot 66 procent säsongen innan.\n", "2026-04-24", "66 procent", ("2024", "2025")),
    # a yearless span of days in the past tense, written before it comes round again: last year's
    ("Verksamhetsberättelse 2025\n\nFestivalen arrangerades den 10–12 juli. Då registrerades 31 600 besök.\n",
     "2026-03-01", "31 600", ("2025", "2025")),
    # a week column of last year ('V 47 i fjol') beside this year's
    ("Mjölkpris vecka 47\n\nProdukt          V 47     V 46     V 47 i fjol\nMjölk            5,12     5,10     4,74\n",
     "2026-11-20", "4,74", ("2025", "2025")),
]

SINCE_BASE_YEAR = [
    # a change or difference against a base year two or more years back: the figure's own year (the base year is
    # its baseline), not the span from the base
    ("Avfall 2024\n\nUnder 2024 samlades 41 000 ton in. Det är 3 procent mindre än året innan och 22 procent mindre "
     "än 2010.\n", "2025-03-02", "22 procent", ("2024", "2024")),
    ("Energi\n\nEnligt planen ska förbrukningen minska med 30 procent till 2030 jämfört med 2015.\n", "2025-03-02",
     "30 procent", ("2030", "2030")),
    ("Trafik\n\nI fjol reste 4,1 miljoner med pendeltågen, 12 procent fler än rekordåret 2019.\n", "2026-02-10",
     "12 procent", ("2025", "2025")),
    # against last year, or restating the figure before it: the figure's own period
    ("Avfall 2024\n\nUnder 2024 samlades 41 000 ton in, 3 procent mindre än 2023.\n", "2025-03-02", "3 procent",
     ("2024", "2024")),
]

YEAR_BEFORE = [
    # 'året innan' counts from the year just named, also 'i fjol', and from a school year
    ("Anmälningarna sjönk i fjol till 412, från 480 året innan.", "2025-04-03", "480", ("2023", "2023")),
    ("Skolan\n\nLäsåret 2024/25 blev meritvärdet 231,5, jämfört med 226,0 året innan.\n", "2025-09-01", "226,0",
     ("2023", "2024")),
    # 'året före' says what 'året innan' says, also after a month ('i augusti året före')
    ("Olyckor\n\nUnder 2025 omkom 31 personer, mot 24 året före.\n", "2026-02-10", "24", ("2024", "2024")),
    ("Trafik\n\nI augusti omkom 4 personer, att jämföra med 7 i augusti året före.\n", "2025-09-10", "7",
     ("2024", "2024")),
    # a season after 'förra' compared with ('än förra våren') is the comparison point, not the figure's period
    ("Skolresultat 2026\n\nMeritvärdet blev 231,4 poäng, vilket är 4,2 poäng högre än förra våren.\n", "2026-06-20",
     "4,2 poäng", ("2026", "2026")),
    ("Badsäsongen 2026\n\nBaden hade 9 000 besökare, 400 fler än förra sommaren.\n", "2026-09-01", "9 000",
     ("2026", "2026")),
]

THEN_CLAUSE = [
    # a 'då' clause right after a period is about that period
    ("Tågen var färre än i mars i fjol, då 812 avgångar ställdes in.", "2025-06-01", "812", ("2024", "2024")),
    ("Andelen är lägre än vid förra enkäten 2019, då 48 procent svarade ja.", "2023-04-01", "48 procent",
     ("2019", "2019")),
    # 'en nedgång från oktober' (published in December): the October passed, not the next one
    ("Det är en nedgång från oktober, då räntan var 4,1 procent.", "2025-12-11", "4,1 procent", ("2025", "2025")),
    # after 'sedan' the 'då' clause is about the point the span starts at, not the span up to now
    ("Det är det bästa resultatet sedan 2011, då vinsten var 212 miljoner kronor.", "2026-02-20",
     "212 miljoner kronor", ("2011", "2011")),
    ("Antalet är det högsta sedan rekordåret 2017, då 4 950 ansökningar kom in.", "2026-01-15", "4 950",
     ("2017", "2017")),
    # without a comma before 'då'
    ("Sommaren 2026\n\nDet brann 46 hektar, betydligt mindre än sommaren 2018 då över 900 hektar brann.\n",
     "2026-09-03", "över 900 hektar", ("2018", "2018")),
    ("Luften 2025\n\nÅrsmedelvärdet var 17,8 mikrogram, marginellt högre än 2024 då det var 17,1.\n", "2026-02-14",
     "17,1", ("2024", "2024")),
]

FAR_BASELINE = [
    # after 'jämfört med', words may name the baseline figure before it; its period is the comparison point only
    ("Exporten i mars\n\nI mars 2025 var överskottet 6,2 miljarder kronor, jämfört med ett underskott på 1,4 "
     "miljarder kronor i mars 2024.\nImporten minskade med 3 procent.\n", "2025-04-20", "1,4 miljarder kronor",
     ("2024", "2024")),
    ("Exporten i mars\n\nI mars 2025 var överskottet 6,2 miljarder kronor, jämfört med ett underskott på 1,4 "
     "miljarder kronor i mars 2024.\nImporten minskade med 3 procent.\n", "2025-04-20", "3 procent", ("2025", "2025")),
    # a bare number word after the cue is the baseline figure, with its noun left out
    ("Olyckor i maj\n\nI maj 2025 omkom fem personer i länets trafik, jämfört med två i maj 2024.\n", "2025-06-03",
     "två", ("2024", "2024")),
    ("Olyckor i maj\n\nI maj 2025 omkom fem personer i länets trafik, jämfört med två i maj 2024.\n", "2025-06-03",
     "fem", ("2025", "2025")),
    # a sentence saying what the brackets refer to names a comparison point, not a period to carry on
    ("Hamnen i maj\n\nI maj 2025 hanterades 1,2 miljoner ton (1,1). Siffror inom parentes avser maj 2024.\n"
     "Containertrafiken ökade med 6 procent.\n", "2025-06-10", "6 procent", ("2025", "2025")),
    # a sentence about an earlier year, then a figure compared with that year: neither it nor the next is about it
    ("Brott 2024\n\nUnder 2024 anmäldes 1,4 miljoner brott. År 2010 var andelen stölder 48 procent. Cykelstölderna "
     "var 41 000, vilket är hälften så många som 2010.\nBedrägerierna ökade med 6 procent.\n", "2025-03-20",
     "6 procent", ("2024", "2024")),
    ("Bank\n\nUnder första halvåret 2025 ökade utlåningen med 3,1 procent jämfört med samma tidpunkt i fjol.\n",
     "2025-07-18", "3,1 procent", ("2025", "2025")),
    # a factor compared with a time ago: that time is the comparison point, not the figure's period
    ("Antagning\n\nUtbildningen tar i höst emot 90 studenter, tre gånger så många som för tio år sedan.\n"
     "Söktrycket ökade med 8 procent.\n", "2025-07-15", "8 procent", ("2025", "2025")),
]


# session 6 (round 11's kinds): a lead's past year governs present-tense statistics; 'Det motsvarar' follows the
# sentence before; 'årets' in a report on 'januari–december'; a bracket's own period; the coming years late in a year
PAST_LEAD = [
    # a lead naming a year already over at publication: present-tense statistics in new paragraphs are about it
    ("Parkeringen vid sjukhuset\n\nKommunens mätningar för 2024 är klara. Under 2024 parkerade i snitt 1 900 bilar "
     "per dag.\n\nPå helgerna är beläggningen lägre, 1 100 bilar per dag.\n", "2025-02-20", "1 100", ("2024", "2024")),
    ("Skördeåret\n\nLänsstyrelsens sammanställning för 2023 är klar. Skörden blev 41 000 ton vete, mot 38 000 ton året "
     "innan.\n\nHöstvetet står för 30 000 ton.\n", "2024-01-30", "30 000 ton", ("2023", "2023")),
    # a sentence opened by 'Det motsvarar', 'Det innebär' follows the figure before it, also after a paragraph break
    ("Hamnen\n\nUnder 2024 lossades 2,1 miljoner ton gods.\n\nAndelen containergods var 41 procent. Det motsvarar "
     "ungefär 860 000 ton.\n", "2025-06-20", "ungefär 860 000 ton", ("2024", "2024")),
    ("Hamnen\n\nHamnens statistik för 2024 är klar. Under 2024 lossades 2,1 miljoner ton gods, mot 1,9 miljoner ton "
     "året innan.\n\nDet motsvarar ungefär 5 700 ton per dag.\n", "2025-06-20", "ungefär 5 700 ton per dag",
     ("2024", "2024")),
    # ... while a possession in a new paragraph is still about now
    ("Hamnen\n\nUnder 2024 lossades 2,1 miljoner ton gods.\n\nHamnen har 14 kranar.\n", "2025-06-20", "14",
     ("2025", "2025")),
    # ... and a news item is no report: a year its lead names after opening on something else, or long before it was
    # published, is a figure's period, and the present tense after it is about now
    ("Färre bränder\n\nAntalet bränder har minskat sedan 2018. Under 2023 larmades räddningstjänsten 312 gånger.\n\n"
     "Kostnaden för räddningstjänsten är 48 miljoner kronor om året.\n", "2024-05-02", "48 miljoner kronor om året", ("2024", "2024")),
    ("Kyrkan\n\nIntäkterna var 2,3 miljarder kronor 2023.\n\nAvgiften är i genomsnitt 1,1 procent av inkomsten.\n",
     "2024-11-20", "1,1 procent", ("2024", "2024")),
    # ... a lead sentence naming no period before it does not make the report a news item
    ("Trafiken\n\nNu är siffrorna klara. Under 2024 passerade i snitt 24 000 fordon per dygn.\n\nPå helgerna är "
     "trafiken lägre, 16 000 fordon per dygn.\n", "2025-02-10", "16 000", ("2024", "2024")),
    ("Simhallen\n\nUnder 2022 hade simhallen 210 000 besök.\n\nAndelen unga besökare är 35 procent.\n",
     "2023-09-01", "35 procent", ("2023", "2023")),
    # 'årets' in a report on the twelve months of a year published the year after
    ("Bokslutskommuniké januari–december 2024\n\nSoliditeten var vid årets slut 38 procent.\n", "2025-02-05",
     "38 procent", ("2024", "2024")),
    ("Helårsrapport januari–december 2023\n\nAntalet medarbetare var vid årets utgång 412.\n", "2024-02-09",
     "412", ("2023", "2023")),
    # a period inside a bracket holding a figure of its own dates that figure, not the figures after the bracket
    ("Rapport\n\nUnder mars betalade vi ut 52 miljoner kronor i bidrag (47 miljoner kronor i mars 2024) för totalt "
     "9 100 ärenden.\n", "2025-04-10", "9 100", ("2025", "2025")),
    ("Rapport\n\nI april sålde butiken cyklar för 3,1 miljoner kronor (2,8 miljoner kronor i april 2023) till totalt "
     "1 400 kunder.\n", "2024-05-05", "1 400", ("2024", "2024")),
    # ... a bracket holding only a period still labels the figure before it
    ("Rapport\n\nFörsäljningen ökade med 4 procent (januari–mars 2023).\n", "2024-06-05", "4 procent",
     ("2023", "2023")),
    # 'de kommande N åren' said late in a year: the N years after it
    ("Nätbolaget\n\nVi investerar 200 miljoner kronor under de kommande fyra åren.\n", "2025-11-14",
     "200 miljoner kronor", ("2026", "2029")),
    ("Skolan\n\nKommunen satsar 45 miljoner kronor de kommande två åren.\n", "2024-10-02",
     "45 miljoner kronor", ("2025", "2026")),
]

TERM_HOLDER = [
    # what runs for a term states it ('Avtalet löper … från … till …'); a later 'under avtalsperioden' is that term,
    # and a paragraph after it carries the term, not a single day named before
    ("Nytt avtal\n\nAvtalet löper från 1 maj 2024 till 30 april 2026. Lönerna höjs från 1 maj.\n\nUnder "
     "avtalsperioden höjs lönerna med totalt 6 procent.\n", "2024-04-28", "6 procent", ("2024", "2026")),
    ("Avtal klart\n\nKollektivavtalet gäller 2025–2027.\n\nUnder avtalsperioden ökar avsättningen med 0,5 "
     "procentenheter.\n", "2025-02-10", "0,5 procentenheter", ("2025", "2027")),
    ("Avtal\n\nLöneavtalet löper från 1 oktober 2023 till 30 september 2025. Under avtalsperioden höjs lägstalönerna "
     "med 1 400 kronor från 1 oktober.\n\nOB-tillägget höjs med sammanlagt 4 procent.\n", "2023-09-20",
     "4 procent", ("2023", "2025")),
]

TERM_CAPTION = [
    # a caption's 'Förändring mot höstterminen 2024' names the comparison term: the table is about the term before it
    ("Antagning\n\nTabell. Sökande per program, höstterminen 2025. Förändring mot höstterminen 2024 i procent.\n\n"
     "Program            Sökande  Förändring, %\nJuristprogrammet     1 450             +4\nLäkarprogrammet      "
     "2 120             −2\n", "2025-09-01", "1 450", ("2025", "2025")),
]

BASELINE_APPOSED = [
    # a year in apposition to a comparison point ('Jämfört med före pandemin, 2019, …') is a baseline too, so a later
    # 'året innan' counts from the year the text is about, not from it
    ("Färjan\n\nUnder 2025 reste 4,1 miljoner med färjan. Jämfört med före pandemin, 2019, är resandet 5 procent "
     "högre.\n\nEn vanlig vardag reste 11 000, mot 10 400 resenärer per vardag året innan.\n", "2026-02-01",
     "10 400", ("2024", "2024")),
    # ... and a baseline figure with up to three words after it ('mot 10 400 resenärer per vardag året innan') leaves
    # the main figure its own period
    ("Färjan\n\nUnder 2025 reste 4,1 miljoner med färjan.\n\nEn vanlig vardag reste 11 000, mot 10 400 resenärer "
     "per vardag året innan.\n", "2026-02-01", "11 000", ("2025", "2025")),
]

OCCASION = [
    # a meeting's date ('årsstämman den 6 maj 2026') is when it meets, not the period of the figure it is asked about
    ("Bokslutskommuniké 2025\n\nStyrelsen föreslår årsstämman den 6 maj 2026 en utdelning om 3,50 kronor per aktie.\n",
     "2026-02-10", "3,50 kronor per aktie", ("2025", "2025")),
    ("Årsredovisning 2024\n\nStyrelsen föreslår att bolagsstämman den 24 april 2025 beslutar om en utdelning på 1,20 "
     "kronor per aktie, totalt 48 miljoner kronor.\n", "2025-03-01", "48 miljoner kronor", ("2024", "2024")),
    ("Delårsrapport januari–september 2025\n\nExtrastämman den 2 december 2025 föreslås besluta om en "
     "extrautdelning på 2 kronor per aktie.\n", "2025-10-20", "2 kronor per aktie", ("2025", "2025")),
]

PRESENT_BASELINE = [
    # 'i dag' after 'än' is the comparison point: the difference is about the clause's period, not about now
    ("Personal\n\nKommunen räknar med att ha 4 350 årsarbetare nästa år, ungefär 60 fler än i dag.\n", "2025-11-25",
     "ungefär 60", ("2026", "2026")),
    ("Vården\n\nRegionen vill ha 900 vårdplatser 2028, cirka 40 fler än i dag.\n", "2025-05-02", "cirka 40",
     ("2028", "2028")),
    # ... while a clause's own 'i dag' or 'nu' still dates its figure
    ("Laddning\n\nI dag finns 1 900 laddpunkter i länet, mot 600 år 2020.\n", "2025-05-02", "1 900", ("2025", "2025")),
]

TERM_YEAR = [
    # 'första året', 'år 2' of a term the document names: the twelve months from the term's start on
    ("Avtal\n\nAvtalet gäller från 1 maj 2025 till 30 april 2027. Lönerna höjs med 3,2 procent första året och 2,9 "
     "procent andra året.\n", "2025-04-10", "2,9 procent", ("2026", "2027")),
    ("Avtal\n\nKollektivavtalet löper från 1 oktober 2024 till 30 september 2026.\n\nLöneökningar: 3,1 procent år 1, "
     "2,8 procent år 2\n", "2024-09-20", "3,1 procent", ("2024", "2025")),
    # ... with no term named, 'första året' names no period and the figure keeps the one it has
    ("Skolan\n\nUnder 2024 klarade 88 procent av eleverna första året.\n", "2025-01-10", "88 procent",
     ("2024", "2024")),
]

FORECAST_FROM_NOW = [
    # a change forecast to a year ahead runs from now: its from-value is about the publication date
    ("Prognos\n\nAndelen över 80 år stiger från 5,9 procent till 8,6 procent 2035.\n", "2025-05-02", "5,9 procent",
     ("2025", "2025")),
    ("Vården\n\nAntalet vårdplatser ska öka från 410 till 470 år 2028.\n", "2025-05-02", "410", ("2025", "2025")),
    # ... a change within the year reported compares with the year before
    ("Skolan 2024\n\nAntalet elever ökade från 380 till 412.\n", "2025-01-20", "380", ("2023", "2023")),
]

PERFECT_TO_NOW = [
    # the to-value of a change told in the present perfect, with no period of its own, is the state now
    ("Vården\n\nUnder 2023 hade regionen 1 200 anställda.\n\nSamtidigt har antalet vårdplatser minskat från 980 till "
     "890 på fem år.\n", "2024-03-01", "890", ("2024", "2024")),
    ("Skolan\n\nUnder 2023 gick 410 elever på skolan.\n\nAndelen behöriga lärare har ökat från 71 till 78 procent.\n",
     "2025-01-10", "78 procent", ("2025", "2025")),
    # ... a preterite change keeps the period of the sentence before
    ("Skolan\n\nUnder 2023 gick 410 elever på skolan.\n\nAndelen behöriga lärare ökade från 71 till 78 procent.\n",
     "2025-01-10", "78 procent", ("2023", "2023")),
]

SAME_SHARE_BASELINE = [
    # 'samma andel/antal som förra året' names the comparison point, not the figure's period
    ("Löner\n\nKvinnornas lön är 95 procent av männens, samma andel som förra året.\n", "2025-10-03", "95 procent",
     ("2025", "2025")),
    ("Skolan\n\nSkolan har nu 412 elever, samma antal som i fjol.\n", "2025-10-03", "412", ("2025", "2025")),
]

SAME_DAY_BASELINE = [
    # 'jämfört med samma dag/vecka i fjol' names the comparison point: a difference in the clause is about now
    ("Bensin\n\nJämfört med samma dag i fjol är bensinen 1,12 kronor billigare per liter.\n", "2025-11-20",
     "1,12 kronor", ("2025", "2025")),
    ("Försäljning\n\nJämfört med motsvarande vecka i fjol säljer butiken nu 8 procent fler cyklar.\n", "2025-05-20",
     "8 procent", ("2025", "2025")),
]

COMMENT_CLAUSE = [
    # 'sedan X' in a noun phrase commenting on the figure dates a record, not the figure
    ("Resor\n\nI oktober gjordes 4,1 miljoner resor. Det är 3 procent fler än i oktober i fjol och det högsta "
     "antalet för en enskild månad sedan mätningarna började 2010.\n", "2025-11-05", "3 procent", ("2025", "2025")),
    ("Brott\n\nUnder 2025 anmäldes 204 skjutningar. Det är 12 procent färre än året innan och det lägsta antalet "
     "på ett enskilt år sedan 2009.\n", "2026-01-20", "12 procent", ("2025", "2025")),
    # ... while 'sedan X' in the figure's own clause is its span
    ("Priser\n\nPriserna har stigit med 14 procent sedan 2021.\n", "2025-05-05", "14 procent", ("2021", "2025")),
]

REVIEW_MEETING = [
    # a title naming a meeting that reviews the year before ('Årsmöte 2026') reports on that year
    ("Årsmöte 2026 – Hagaby SK\n\nFöreningen hade 412 medlemmar vid verksamhetsårets slut.\n", "2026-03-10", "412",
     ("2025", "2025")),
    ("Årsstämma 2025\n\nOmsättningen uppgick till 84 miljoner kronor.\n", "2025-04-20", "84 miljoner kronor",
     ("2024", "2024")),
    ("Verksamhetsberättelse 2025\n\nOmsättningen uppgick till 84 miljoner kronor.\n", "2026-02-20",
     "84 miljoner kronor", ("2025", "2025")),
]

BASELINE_PAIR = [
    # the second figure of a pair after 'jämfört med' is a baseline too, about the comparison period
    ("Olyckor 2024\n\nUnder 2024 omkom sju personer och 40 skadades svårt, jämfört med tio döda och 52 svårt "
     "skadade året innan.\n", "2025-01-15", "52", ("2023", "2023")),
    ("Skolan\n\nI år gick 31 elever ut med A och 12 med F, jämfört med 24 respektive 15 i fjol.\n", "2025-06-15",
     "15", ("2024", "2024")),
]

COMPARED_PAIR_PERIODS = [
    # a period after the second figure of a compared pair is a comparison point too: not the level's period
    ("Brottsstatistik 2025\n\nUppklaringen var 17 procent, att jämföra med 15 procent 2024 och 13 procent 2020.\n",
     "2026-02-19", "17 procent", ("2025", "2025")),
    ("Brottsstatistik 2025\n\nUppklaringen var 17 procent, att jämföra med 15 procent 2024 och 13 procent 2020.\n",
     "2026-02-19", "13 procent", ("2020", "2020")),
    ("Bokslut 2025\n\nOmsättningen blev 40 miljoner kronor, mot 35 miljoner kronor i fjol och 30 miljoner kronor "
     "2023.\n", "2026-02-19", "30 miljoner kronor", ("2023", "2023")),
    ("Föreningen 2025\n\nAndelen kvinnor har stigit till 31,5 procent, från 28,9 procent 2024 och 22 procent 2020.\n",
     "2026-02-19", "22 procent", ("2020", "2020")),
    ("Medlemmar 2025\n\nKlubben hade 820 medlemmar, jämfört med 760 år 2024 samt 600 år 2021. Av dem var 300 "
     "kvinnor.\n", "2026-03-01", "300", ("2025", "2025")),
]

DAY_NAMED_BEFORE = [
    # a day named without a year after the same day was named with one is that day again
    ("Hemtjänst\n\nFrån och med den 1 mars 2027 höjs avgiften. Efter den 1 mars blir avgiften 480 kronor.\n",
     "2026-11-14", "480 kronor", ("2027", "2027")),
    ("Badhuset\n\nNya priser gäller från 15 januari 2027.\n\nFrån 15 januari kostar ett vuxenbad 95 kronor.\n",
     "2026-12-01", "95 kronor", ("2027", "2027")),
    # named with two years: which one is meant is not said, so the day keeps its own reading
    ("Avtalet\n\nLönerna höjs från 1 april 2025 och från 1 april 2026. Lägstalönen blir 26 850 kronor från "
     "1 april.\n", "2025-03-20", "26 850 kronor", ("2025", "2025")),
]

MEASURED_PERIOD = [
    # a title naming its publication year reports on the period its survey says it was measured in
    ("Lönerapport 2026\n\nMedianlönen var 41 200 kronor i månaden.\n\nKälla: lönestatistik, mätmånad september "
     "2025.\n", "2026-06-10", "41 200 kronor i månaden", ("2025", "2025")),
    ("Väljarbarometer 2026\n\nPartiet ligger på 33,5 procent.\n\nFältperiod: 2–15 december 2025.\n",
     "2026-01-12", "33,5 procent", ("2025", "2025")),
    ("Medlemsenkät 2026\n\nAndelen nöjda är 81 procent.\n\nUndersökningsperioden var november 2025.\n",
     "2026-02-02", "81 procent", ("2025", "2025")),
    # no measurement named: the title's year stays
    ("Lönerapport 2026\n\nMedianlönen var 41 200 kronor i månaden.\n\nKälla: förbundets lönestatistik.\n",
     "2026-06-10", "41 200 kronor i månaden", ("2026", "2026")),
]

SINCE_NOT_CARRIED_TO_A_LEVEL = [
    # a 'sedan' span dates the change its sentence tells; a level in the next sentence is not about it
    ("Elbilar\n\nPriset har stigit med 12 procent sedan 2019. Andelen elbilar är 31 procent.\n", "2026-11-14",
     "31 procent", ("2026", "2026")),
    ("Hamnen\n\nGodsmängden har ökat med en tredjedel sedan 2018. Hamnen har i dag 240 anställda.\n",
     "2026-05-04", "240", ("2026", "2026")),
    # a change in the next sentence goes on with the span
    ("Elbilar\n\nPriset har stigit med 12 procent sedan 2019. Elpriset har stigit med 30 procent.\n",
     "2026-11-14", "30 procent", ("2019", "2026")),
]

SINCE_THEN = [
    # 'sedan dess' after a figure's period spans from it to the reported period or the publication year
    ("Brott i Hamra 2025\n\n2020 anmäldes 19 310 brott, och minskningen sedan dess uppgår till 13 procent.\n",
     "2026-02-19", "13 procent", ("2020", "2025")),
    ("Bolaget\n\nBolaget hade 40 anställda 2019 och antalet har sedan dess ökat med 25.\n", "2026-05-04", "25",
     ("2019", "2026")),
    # 'därefter' is the years after it
    ("Bolaget\n\nAnslaget är 100 Mkr 2026 och därefter 116 Mkr per år.\n", "2026-05-04", "116 Mkr per år",
     ("2027", None)),
]

SINCE_IN_APPOSITION = [
    # a 'sedan' in the change named in apposition after a level dates that change, not the level
    ("Brott i Hamra 2025\n\nBedrägerierna ökade och nådde 3 960 anmälningar, en ökning med 58 procent sedan 2020.\n",
     "2026-02-19", "3 960", ("2025", "2025")),
    ("Brott i Hamra 2025\n\nBedrägerierna ökade och nådde 3 960 anmälningar, en ökning med 58 procent sedan 2020.\n",
     "2026-02-19", "58 procent", ("2020", "2025")),
    ("Hamnen 2025\n\nGodsmängden växte till 4,1 miljoner ton, vilket är en ökning med 20 procent sedan 2019.\n",
     "2026-03-02", "4,1 miljoner ton", ("2025", "2025")),
]

FROM_IN_A_REPORT = [
    # a change 'från' an earlier year in a report on a past year runs to that year
    ("Brott i Hamra 2025\n\nBedrägerierna nådde 3 960 anmälningar, en ökning med 11 procent från 2024.\n",
     "2026-02-19", "11 procent", ("2024", "2025")),
    ("Årsrapport 2025\n\nAntalet besökare ökade med 8 procent från 2023.\n", "2026-03-10", "8 procent",
     ("2023", "2025")),
]

COMING_YEAR_HORIZON = [
    # 'det kommande året' dates the forecast it ends or opens, not a level told elsewhere
    ("Barometern oktober 2026\n\nHushållen väntar sig att priserna stiger med 2,1 procent det kommande året.\n",
     "2026-10-29", "2,1 procent", ("2026", "2027")),
    ("Bostäder\n\nUnder det närmaste året ska 40 lägenheter byggas.\n", "2026-03-01", "40", ("2026", "2027")),
    ("Barometern oktober 2026\n\nFörväntningarna på ekonomin det kommande året förbättrades med 4 enheter till +14.\n",
     "2026-10-29", "+14", ("2026", "2026")),
    ("Barometern oktober 2026\n\nPriserna väntas stiga med 2,1 procent det kommande året. Andelen som räknar med "
     "högre räntor sjönk till 31 procent.\n", "2026-10-29", "31 procent", ("2026", "2026")),
]

TODAY_AS_CONTRAST = [
    # in a notice of a coming tariff, 'i dag' of one sentence is the contrast: what becomes is the coming period's
    ("Ny VA-taxa från den 1 januari 2027\n\nTaxan höjs med 9 procent från den 1 januari 2027.\n\nEn villa betalar "
     "i dag 11 130 kronor om året. Med den nya taxan blir kostnaden 12 133 kronor. Det motsvarar 33 kronor per "
     "dygn.\n", "2026-11-05", "33 kronor per dygn", ("2027", "2027")),
    ("Nya avgifter från 1 januari 2027\n\nAvgiften höjs från den 1 januari 2027.\n\nI dag kostar en plats 1 200 "
     "kronor. Nästa år blir priset 1 320 kronor.\n", "2026-11-20", "1 320 kronor", ("2027", "2027")),
    # a present fact after it goes on with 'i dag'
    ("Ny taxa från den 1 januari 2027\n\nTaxan höjs med 5 procent från den 1 januari 2027.\n\nI dag har kommunen "
     "2 340 barn i förskolan. Avgifterna täcker knappt 7 procent av kostnaderna.\n", "2026-11-20",
     "knappt 7 procent", ("2026", "2026")),
]

NOW_COMPARED = [
    # 'än nu' is the comparison point, not the figure's present: in a notice of a coming tariff, its year
    ("Parkering 2027\n\nI zon C blir taxan 12 kronor, alltså 2 kronor mer än nu.\n", "2026-11-05", "2 kronor",
     ("2027", "2027")),
    ("Parkering 2027\n\nPriset ligger nu på 45 kronor.\n", "2026-11-05", "45 kronor", ("2026", "2026")),
]

AFTER_A_TABLE = [
    # the prose after a table continues neither the table's periods nor those of the prose before it; a title
    # naming a budget year and plan years governs by the budget year the document is about
    ("Förslag till budget 2027 och plan för 2028–2029\n\nSkattesatsen lämnas orörd under 2027.\n\nFör planåren "
     "räknar vi med 74 miljoner kronor 2028 och 89 miljoner kronor 2029.\n\nNettokostnader per nämnd, mnkr\n"
     "Nämnd              Budget 2026   Förslag 2027\nSkola                 1 412          1 468\n"
     "Omsorg                1 187          1 239\n\nSkolan får det största tillskottet, 56 miljoner kronor.\n",
     "2026-10-14", "56 miljoner kronor", ("2027", "2027")),
    ("Budget 2027 och plan 2028–2030\n\nNämnden får 12 miljoner kronor mer.\n", "2026-10-14", "12 miljoner kronor",
     ("2027", "2027")),
]

FROM_AFTER_A_COMMA = [
    # a from-value after the to-value and a comma ('…, från 420 kronor', '…, upp från 33 procent') is about the year
    # (or season) before, as 'från A till B' is
    ("Säsongen 2025/26\n\nIntäkten per skiddag ökade till 430 kronor, från 420 kronor.\n", "2026-05-02", "420 kronor",
     ("2024", "2025")),
    ("Årsrapport 2025\n\nAndelen utländska gäster var 38 procent, upp från 33 procent.\n", "2026-03-02", "33 procent",
     ("2024", "2024")),
    ("Verksamhetsåret 2025\n\nOmsättningen uppgick till 184 miljoner kronor, upp från 162 miljoner.\n", "2026-03-02",
     "162 miljoner", ("2024", "2024")),
    # in a month's release the month before is as likely, and unsaid: no year earlier there
    ("Barometern oktober 2026\n\nAndelen sjönk till 41 procent, från 47 procent.\n", "2026-10-29", "47 procent",
     ("2026", "2026")),
]

SEASONS_OF_A_TARIFF = [
    # in a tariff for a coming year, a span of months with no year names the season a price holds in
    ("Nya fjärrvärmepriser 2027\n\nEnergipriset för vintermånaderna november–mars höjs till 69,5 öre per kWh, medan "
     "sommarpriset under april–oktober ligger kvar på 38,0 öre per kWh.\n", "2026-10-20", "38,0 öre per kWh",
     ("2027", "2027")),
    ("Avfallstaxa 2027\n\nUnder maj–september töms kärlet varje vecka, vilket kostar 1 180 kronor.\n", "2026-11-02",
     "1 180 kronor", ("2027", "2027")),
    # a span of months with its year, or in a report on a past period, stays as written
    ("Rapport 2025\n\nUnder april–oktober sålde vi 3 400 biljetter.\n", "2026-02-01", "3 400", ("2025", "2025")),
]

YEAR_TURN = [
    # 'vid årsskiftet' in spring: the turn just past, also as a from-value before a forecast year
    ("Prognos\n\nAntalet elever väntas öka från 5 400 vid årsskiftet till 6 100 år 2030.\n", "2025-04-02", "5 400",
     ("2024", "2024")),
    ("Medlemmar\n\nVid senaste årsskiftet hade föreningen 2 150 medlemmar.\n", "2025-09-02", "2 150", ("2024", "2024")),
]

AVERAGE_YEARS = [
    # 'femårssnittet' as what a figure is: the five years before the year reported on (or before publication)
    ("Trafiken 2024\n\nUnder 2024 omkom 31 personer i länet.\n\nTioårssnittet ligger på 38 döda per år.\n",
     "2025-01-20", "38", ("2014", "2023")),
    ("Viltolyckor\n\nFemårsgenomsnittet är 4 100 olyckor per år.\n", "2025-06-01", "4 100", ("2020", "2024")),
    # ... as what a figure is compared with: the comparison point, the figure keeps its own period
    ("Skörden 2024\n\nUnder 2024 gav rågen 6,2 ton per hektar, 12 procent över femårssnittet.\n", "2025-01-20",
     "12 procent", ("2024", "2024")),
    # ... and never carried to the next sentence
    ("Bränder 2024\n\nUnder 2024 brann det i 120 bostäder. Femårssnittet ligger på 140 bränder.\n\n"
     "Räddningstjänsten gjorde 1 900 insatser.\n", "2025-02-01", "1 900", ("2024", "2024")),
]


COMING_START = [
    # a change from a start in a coming year makes the document about that year: a tariff, a fee list, a price notice
    ("Avgiften för hemtjänst höjs\n\nNämnden beslutade i går att avgiften höjs med 4 procent från 1 januari 2027. "
     "Inför 2026 höjdes den med 2 procent.\n\nMaxtaxan blir 2 540 kronor i månaden.\n", "2026-11-20",
     "2 540 kronor i månaden", ("2027", "2027")),
    ("Nya priser på fjärrvärme\n\nPriset på fjärrvärme sänks med 3 procent från och med 1 januari 2026.\n\n"
     "En normalvilla betalar då 21 300 kronor per år.\n", "2025-10-01", "21 300 kronor per år", ("2026", "2026")),
    # a heading's start date stands for its coming year
    ("Parkeringen blir dyrare från 1 januari\n\nFrån 1 januari 2026 kostar en boendeparkering 950 kronor i "
     "månaden.\n\nEn besöksparkering kostar 30 kronor i timmen.\n", "2025-12-02", "30 kronor i timmen", ("2026", "2026")),
    # the look back keeps its own period
    ("Avgiften för hemtjänst höjs\n\nNämnden beslutade i går att avgiften höjs med 4 procent från 1 januari 2027. "
     "Inför 2026 höjdes den med 2 procent.\n", "2026-11-20", "2 procent", ("2026", "2026")),
    # a start within the publication year is no coming year: the news item stays about now
    ("Nya taxor\n\nTaxan höjs med 5 procent från 1 juli 2025.\n\nDen fasta avgiften är i dag 4 100 kronor.\n",
     "2025-05-10", "4 100 kronor", ("2025", "2025")),
]

OCCASIONS = [
    # a vote's count is about the day it was counted, not the year a budget is for
    ("Budget 2026\n\nRegionfullmäktige antog budgeten för 2026 i går.\n\nOppositionen ville spara 140 mnkr.\n\n"
     "Förslaget föll med 38 röster mot 33.\n", "2025-11-26", "33", ("2025", "2025")),
    ("Taxor 2027\n\nNämnden föreslår nya taxor för 2027.\n\nBeslutet togs med 9 röster mot 4.\n", "2026-10-02", "9",
     ("2026", "2026")),
    # a delivery or start year places an event: the sentence's figures keep the document's period, and the next
    # sentence does not take it
    ("Budget 2026\n\nRegionen antog budgeten för 2026. Regionen köper in 6 nya tåg för 780 mnkr, med leverans 2028. "
     "Därtill avsätts 48 mnkr till vårdcentraler.\n", "2025-11-26", "48 mnkr", ("2026", "2026")),
    ("Budget 2026\n\nRegionen antog budgeten för 2026. Skolan byggs om för 120 mnkr, med byggstart 2027.\n",
     "2025-11-26", "120 mnkr", ("2026", "2026")),
]

LOOK_BACK = [
    # a sentence looking back from the period reported on carries its period only to a sentence going on with it
    ("Gästnätter i juli\n\nUnder juli ökade gästnätterna med 4 procent. Motsvarande andel i juli förra året var 26,3 "
     "procent.\n\nTyskland var den största marknaden med 812 000 gästnätter.\n", "2025-09-05", "812 000", ("2025", "2025")),
    ("Trygghetsmätning 2025\n\nAndelen otrygga har sjunkit till 21 procent. Vid förra mätningen, hösten 2023, låg "
     "andelen på 26 procent.\n\nEnkäten gick ut till 4 000 invånare.\n", "2025-12-03", "4 000", ("2025", "2025")),
    ("Försäljningen 2025\n\nBolaget sålde 400 bilar under 2025. Förra året sålde bolaget 300 bilar. Av dessa var 120 "
     "elbilar.\n", "2025-12-20", "120", ("2024", "2024")),
    ("Försäljningen 2025\n\nBolaget sålde 400 bilar under 2025. Förra året sålde bolaget 300 bilar.\n\nFabriken har "
     "210 anställda.\n", "2025-12-20", "210", ("2025", "2025")),
    # a plain earlier period (no look back) still carries ('under 2022' in a text published later)
    # a sentence in between: 'Av dem' goes on with it, not with the look back
    ("Trygghet 2025\n\nAndelen otrygga sjönk till 21 procent. Vid förra mätningen, hösten 2023, låg andelen på 26 "
     "procent. Enkäten gick ut till 4 000 invånare. Av dem svarade 1 912.\n", "2025-12-03", "1 912", ("2025", "2025")),
    ("Skogen\n\nGranbarkborren dödade 3,2 miljoner kubikmeter skog under 2022. De totala avverkningarna uppgick till "
     "93 miljoner skogskubikmeter.\n", "2023-05-10", "93 miljoner skogskubikmeter", ("2022", "2022")),
]

COMPARED_POINTS = [
    # a top year or an average compared with is a comparison point, not the figure's period
    ("Antagningen hösten 2026\n\nAntalet sökande sjönk till 341, nästan hälften så många som toppåret 2021.\n",
     "2026-07-14", "341", ("2026", "2026")),
    ("Skörden 2025\n\nSkörden blev 412 000 ton och ligger 6 procent över genomsnittet för de senaste fem åren.\n",
     "2025-10-08", "6 procent", ("2025", "2025")),
    # a start already made in a past-tense clause after 'att' ('ställdes in från och med juni')
    ("Flyget i augusti\n\nKallmora tappade passagerare. Det beror på att morgonturen ställdes in från och med juni, "
     "och resandet föll med 8 procent.\n", "2026-09-09", "8 procent", ("2026", "2026")),
    # 'från januari till och med augusti': the months so far this year
    ("Flyget\n\nFrån januari till och med augusti har 4,38 miljoner passagerare rest via flygplatserna.\n",
     "2026-09-09", "4,38 miljoner", ("2026", "2026")),
]

PLAN_SPANS = [
    # 'fram till 2029' in a budget for a coming year runs from that year
    ("Budget 2026\n\nRegionen antog budgeten för 2026. Akutintaget beräknas kosta 520 mnkr fram till 2029.\n",
     "2025-11-26", "520 mnkr", ("2026", "2029")),
    # a from-value of a change from 1 January next year is today's price
    ("Nya priser\n\nEnergipriset sänks från 62,0 till 58,5 öre/kWh från den 1 januari 2026.\n", "2025-10-30", "62,0",
     ("2025", "2025")),
    ("Taxa 2027\n\nAvgiften höjs från 410 till 450 kronor från den 1 januari 2027.\n", "2026-11-02", "450 kronor",
     ("2027", "2027")),
    # a vote on the day a past-tense sentence names ('på tisdagen')
    ("Budget 2026\n\nRegionfullmäktige antog på tisdagen budgeten för 2026 med 48 röster mot 33.\n", "2025-11-26",
     "33", ("2025", "2025")),
]

QUARTER_HEADINGS = [
    # a quarter named in a heading without a year, not yet begun at publication: the last one ended
    ("Bokslutskommuniké 2025\n\nFJÄRDE KVARTALET\n\n- Orderingången steg med 12 procent till 1 386 MSEK.\n",
     "2026-02-12", "1 386 MSEK", ("2025", "2025")),
    ("Delårsrapport\n\nTredje kvartalet i korthet\n\n- Intäkterna ökade till 310 MSEK.\n", "2026-02-20", "310 MSEK",
     ("2025", "2025")),
]

ROLLING_YEAR = [
    # 'det senaste året': the twelve months before the publication month
    ("Inflationen\n\nUnder det senaste året har hyrorna ökat med 4 procent.\n", "2025-10-03", "4 procent",
     ("2024", "2025")),
    ("Lönerna\n\nDet senaste året steg medellönen med 2,1 procent.\n", "2026-03-10", "2,1 procent", ("2025", "2026")),
    # a change 'på tolv månader' in a report on a quarter is about the quarter's year, as annotators read it
    ("Bostadspriser tredje kvartalet 2025\n\nPriserna på villor steg med 3,4 procent på tolv månader.\n",
     "2025-10-05", "3,4 procent", ("2025", "2025")),
]

RESPECTIVE = [
    # figures listed with 'respektive' after as many coordinated periods take them in order
    ("Plan\n\nI planen för 2028 och 2029 stiger resultatet till 188 respektive 231 miljoner kronor.\n", "2026-10-07",
     "188", ("2028", "2028")),
    ("Andelen\n\nÅr 2022, 2023 och 2024 var andelen 12, 14 respektive 17 procent.\n", "2025-03-01", "14",
     ("2023", "2023")),
    # ... not when the listed things are places, not periods
    ("Bidrag\n\nMalmö och Lund fick 40 respektive 20 miljoner kronor 2025.\n", "2026-01-10", "40", ("2025", "2025")),
]

CHANGE_SPAN = [
    # 'på tolv månader', 'på ett år' after a change told in the past: the months up to publication (time_rules
    # change_span), in a month's release or with no reported period
    ("Hyrorna i maj\n\nHyrorna har stigit med 2,2 procent på tolv månader.\n", "2026-06-04", "2,2 procent",
     ("2025", "2026")),
    ("Skogen\n\nPå ett år har virkespriset gått upp med 9 procent, visar nya siffror.\n", "2026-02-20",
     "9 procent", ("2025", "2026")),
    ("Elpriset\n\nPriset har sjunkit med 8 procent på en månad.\n", "2026-03-02", "8 procent", ("2026", "2026")),
    # ... it dates the change, not a level in another clause, nor the ends of a change from one level to another
    ("Löner\n\nGapet har minskat med 2 procentenheter på tio år men ligger fortfarande på 11 procent.\n",
     "2026-03-02", "11 procent", ("2026", "2026")),
    ("Vården\n\nAntalet vårdplatser har minskat från 1 200 till 1 050 på fem år.\n", "2026-03-02", "1 050",
     ("2026", "2026")),
]

COMING_YEAR_NOW = [
    # a document about next year (its title says 'nästa år'): a change's from-value is the level now
    ("Så blir avfallstaxan nästa år\n\nHämtningsavgiften går upp från 1 940 till 2 080 kronor.\n", "2026-11-02",
     "1 940", ("2026", "2026")),
    # ... what the organisation has or serves is a standing fact about now, and so is a state that still holds
    ("Nya nätavgifter nästa år\n\nAvgifterna höjs med 5 procent från 1 januari 2027.\n\n"
     "Bolaget betjänar omkring 31 000 hushåll i fyra kommuner.\n", "2026-10-01", "omkring 31 000", ("2026", "2026")),
    ("Nya nätavgifter nästa år\n\nAvgifterna höjs med 5 procent från 1 januari 2027.\n\n"
     "Vi ligger fortfarande 4 procent under snittet i länet.\n", "2026-10-01", "4 procent", ("2026", "2026")),
    # ... while a plan's present tense is about the coming year
    ("Budget för nästa år\n\nSkattesatsen höjs med 20 öre från 1 januari 2027.\n\n"
     "Budgetens omslutning landar på 4,1 miljarder kronor.\n", "2026-10-01", "4,1 miljarder kronor", ("2027", "2027")),
]

PAST_BEFORE_YEAR = [
    # 'före 1998', 'innan 1975' bound what happened before a year already past: no period for the figure
    ("Ledningsnätet\n\nUngefär 30 procent av ledningarna lades före 1970.\n", "2026-05-01", "Ungefär 30 procent", None),
    # a deadline ahead is still the span up to it
    ("Klimat\n\nUtsläppen ska minska med 60 procent till 2035.\n", "2026-05-01", "60 procent", ("2035", "2035")),
]

LIKENED_AND_FROM = [
    # a period after 'ungefär som', 'liksom' is what the figure is likened to; 'från året innan' is where a change
    # runs from: neither is the figure's own period (change.json same_as_periods)
    ("Årsrapport 2025\n\nMjölkavkastningen blev 10 400 kilo per ko, ungefär som i fjol.\n", "2026-02-10",
     "10 400 kilo", ("2025", "2025")),
    ("Årsrapport 2025\n\nMedlemmarna blev 3 120, en ökning med 85 från året innan.\n", "2026-02-10",
     "85", ("2025", "2025")),
    # 'året dessförinnan' is the year before the one named
    ("Årsrapport 2025\n\nKlubben hade 410 medlemmar, jämfört med 377 året dessförinnan.\n", "2026-02-10",
     "377", ("2024", "2024")),
    # a date without a year still ahead of publication in a past-tense sentence is last year's
    ("Befolkning\n\nDen 30 november bodde 8 412 personer i socknen.\n", "2026-02-10", "8 412", ("2025", "2025")),
    # a forecast revised ('sänker prognosen', 'justeras prognosen'): both ends are about the forecast's period
    ("Prognos\n\nVi sänker prognosen för nästa år från 2,9 till 2,5 procent.\n", "2026-06-10", "2,9",
     ("2027", "2027")),
    # ... while a fee adjusted from one level to another starts from now
    ("Taxa\n\nAvgiften justeras från 900 till 950 kronor 2027.\n", "2026-06-10", "900", ("2026", "2026")),
]

LOOK_AHEAD_NOT_CARRIED = [
    # a report's look ahead to a year after publication is not the period of the next paragraph (here it has none)
    ("Delårsrapport\n\nOmsättningen ökade med 6 procent under tredje kvartalet 2026. Hälften av volymen för 2028 är redan "
     "såld.\n\nPersonalen ökade med 12 personer.\n", "2026-10-20", "12", None),
    # a baseline figure written with a slashed unit ('mot 52 öre/kWh under …') still marks its period as compared:
    # the main figure does not take it (here it has no period of its own)
    ("Kvartalet\n\nPriset blev 44 öre/kWh, mot 52 öre/kWh under andra kvartalet i fjol.\n",
     "2026-08-01", "44 öre/kWh", None),
]

OCCASION_DAYS_NOT_CARRIED = [
    # a day named in a sentence telling a decision or a meeting is that occasion's: the next sentence does not take it
    ("Årsredovisning 2025\n\nFullmäktige godkände årsredovisningen den 14 april.\n\n"
     "Resultatet blev 22 miljoner kronor.\n", "2026-04-20", "22 miljoner kronor", ("2025", "2025")),
    ("Ny taxa 2027\n\nStyrelsen fattade beslutet den 2 oktober.\n\nEn villa betalar 640 kronor mer.\n",
     "2026-10-12", "640 kronor", ("2027", "2027")),
]

SINCE_IN_A_REPORT = [
    # 'sedan 2019' in a report on a past year runs to that year, not to publication
    ("Årsrapport 2025\n\nResandet med tåg har ökat med 18 procent sedan 2019.\n", "2026-02-10", "18 procent",
     ("2019", "2025")),
    # ... also when the report's name stands in a heading under a masthead line ('Rapport 2026:4')
    ("Region Västerdal\nRapport 2026:4\n\nHälsa och levnadsvanor 2025\n\nAlkohol\n14 procent har riskabla vanor. Det är "
     "en minskning med 2 procentenheter sedan 2021.\n", "2026-06-09", "2 procentenheter", ("2021", "2025")),
    ("Pressmeddelande\n\nTrafiken 2025\n\nResandet har ökat med 9 procent sedan 2019.\n", "2026-02-10", "9 procent",
     ("2019", "2025")),
]

STANDING_IN_A_REPORT = [
    # what an organisation has is about now also in a report on a past year; what a survey covers is not
    ("Bokslut 2025\n\nResultatet blev 40 miljoner kronor.\n\nFöreningen har 2 300 medlemmar och fyra anläggningar.\n",
     "2026-03-01", "2 300", ("2026", "2026")),
    ("Lönestatistik 2025\n\nMedellönen var 38 200 kronor.\n\nUndersökningen omfattar cirka 1,1 miljoner anställda.\n",
     "2026-03-01", "cirka 1,1 miljoner", ("2025", "2025")),
    # 'har' with a supine is the perfect tense, a past event of the report's period, not a standing fact
    ("Bokslut 2025\n\nResultatet blev 40 miljoner kronor.\n\nFöreningen har fått 120 nya medlemmar.\n",
     "2026-03-01", "120", ("2025", "2025")),
]

ANAPHORIC_AND_FIRST_MONTHS = [
    # 'året innan' counts from the year the text is about, not from a meeting's day named after it; a look back with
    # it is not carried into the next paragraph
    ("Bokslut 2025\n\nKommunen redovisar ett bättre resultat för 2025. Fullmäktige behandlar bokslutet den 20 maj.\n\n"
     "Året innan var resultatet 9 miljoner kronor.\n\nSkatteintäkterna ökade med 4 procent.\n", "2026-04-15",
     "9 miljoner kronor", ("2024", "2024")),
    ("Bokslut 2025\n\nKommunen redovisar ett bättre resultat för 2025. Fullmäktige behandlar bokslutet den 20 maj.\n\n"
     "Året innan var resultatet 9 miljoner kronor.\n\nSkatteintäkterna ökade med 4 procent.\n", "2026-04-15",
     "4 procent", ("2025", "2025")),
    # the first N months of a year are a period; compared with after 'än' they are the comparison point
    ("Flyget\n\nUnder årets första nio månader reste 4,2 miljoner passagerare, 2 procent fler än under de första "
     "nio månaderna 2024.\n", "2025-10-10", "2 procent", ("2025", "2025")),
]

REPORTED_MONTHS = [
    # a lead naming a span of months ('januari–september 2026') is the period a report is about
    ("Bolaget AB\nDelårsrapport januari–september 2026\n\nSammandrag\n\n- Omsättningen ökade till 812 (760) Mkr.\n",
     "2026-10-20", "760", ("2025", "2025")),
    # a month without a year in a report on a past year is that year's month
    ("Årsrapport 2025\n\nResandet ökade med 4 procent under året. Bara i augusti reste 96 000 personer med bussarna.\n",
     "2026-02-10", "96 000", ("2025", "2025")),
]

SINCE_EVENT_IN_REPORT = [
    # 'sedan börsintroduktionen 2009' in a report on a past year runs to that year, as 'sedan 2009' does
    ("Bokslutskommuniké 2025\n\nSedan börsintroduktionen 2009 har substansvärdet vuxit med 11,8 procent per år.\n",
     "2026-02-05", "11,8 procent per år", ("2009", "2025")),
]

DAY_BEFORE_REPORT = [
    # a day before the period a report is about ('vid årsskiftet' in a report on January–September) dates its own
    # sentence's figure only; the next sentence is about the report's period again ('i dag' is carried on)
    ("Delårsrapport januari–september 2026\n\nUtlåningen var 27,4 miljarder kronor, mot 26,3 miljarder vid årsskiftet. "
     "Inlåningen ökade till 24,9 miljarder kronor.\n", "2026-10-22", "24,9 miljarder kronor", ("2026", "2026")),
    ("Delårsrapport januari–juni 2026\n\nVakanserna steg när 6 200 kvadratmeter blev lediga vid årsskiftet. Samtidigt "
     "tecknades avtal om 11 400 kvadratmeter.\n", "2026-07-20", "11 400 kvadratmeter", ("2026", "2026")),
]

SEASON_REPORT = [
    # a season or split year named in the lead ('Vintern 2025/26', 'verksamhetsåret 2024/25') is the period a report
    # is about; a month named in one paragraph is a detail of it, which the next paragraph does not continue
    ("Badsäsongen\n\nSäsongen 2025/26 blev lång. I januari kom 4 000 badgäster.\n\nKaféet sålde 9 800 glassar.\n",
     "2026-05-02", "9 800", ("2025", "2026")),
    ("Föreningen\n\nVerksamhetsåret 2024/25 gick bra. I mars hölls 12 kurser.\n\nMedlemmarna var 410 till antalet.\n",
     "2025-09-10", "410", ("2024", "2025")),
    # a level or season noun between a comparison word and the period marks a comparison point, not the claim's
    ("Turism\n\nVintern 2025/26 kom 61 000 gäster, 12 procent över nivån säsongen 2018/19.\n\nHotellen hade 540 "
     "anställda.\n", "2026-04-22", "540", ("2025", "2026")),
    ("Turism\n\nSommaren 2026 kom 30 000 gäster, 8 procent fler än sommaren 2019. Campingen hade 210 platser.\n",
     "2026-09-01", "210", ("2026", "2026")),
    # two dates each after the occasion it names are one span of days
    ("Mässan\n\nFrån invigningen den 3 maj till avslutningen den 14 maj kom 22 000 besökare.\n", "2026-06-01",
     "22 000", ("2026", "2026")),
    ("Skidor\n\nFrån premiären den 5 december till sista åkdagen den 6 april såldes 81 000 liftkort.\n",
     "2026-04-20", "81 000", ("2025", "2026")),
]

def test_a_named_period_compared_with_is_not_the_one_told():
    """'säsongen' named with a period compared with is not the season the text is about."""
    claims = _claims("Säsongen\n\nTeatern hade 48 000 besökare, 6 procent fler än under säsongen 2024/25.\n\n"
                     "Under säsongen gavs 140 föreställningar.\n", "2026-06-10")
    t = next(c for c in claims if c["quantity"]["text"] == "140")["time"] or {}
    assert not (t.get("start") or "").startswith("2024")

EARLIER_YEAR_NOT_CARRIED = [
    # in a report on a past year, an earlier year named in one paragraph is not the period of the next
    ("Årsrapport 2025\n\nFöreningen fick 410 medlemmar under året.\n\nÅr 2019 hade den 240 medlemmar.\n\n"
     "Styrelsen sammanträdde 11 gånger.\n", "2026-03-01", "11", ("2025", "2025")),
]


TWELVE_MONTH_RATE = [
    # a rate over twelve months ('i årstakt', a column 'Årstakt, %') in a month: the twelve months up to that month;
    # the month's own change stays the month, and so does 'på årsbasis' (dated to the month's year)
    ("Bankutlåning oktober\n\nUtlåningen till företagen ökade i oktober med 2,4 procent i årstakt.\n", "2026-11-12",
     "2,4 procent", ("2025", "2026")),
    ("Löner mars\n\nI mars var snittlönen 41 000 kronor, en uppgång på 3,2 procent på årsbasis.\n", "2026-05-20",
     "3,2 procent", ("2026", "2026")),
    ("Bankutlåning oktober\n\nÅrstakten, det vill säga förändringen mot oktober i fjol, blev 2,9 procent.\n",
     "2026-11-12", "2,9 procent", ("2025", "2026")),
    ("Bankutlåning oktober\n\nI oktober ökade utlåningen med 0,4 procent.\n", "2026-11-12", "0,4 procent",
     ("2026", "2026")),
    ("Krediter augusti 2026\n\nSektor    Stock, mdkr    Årstakt, %\nHushåll    4 862    +3,1\nFöretag    2 100    −1,2\n",
     "2026-09-14", "−1,2", ("2025", "2026")),
    ("Krediter augusti 2026\n\nSektor    Stock, mdkr    Årstakt, %\nHushåll    4 862    +3,1\nFöretag    2 100    −1,2\n",
     "2026-09-14", "4 862", ("2026", "2026")),
]


LABEL_NOT_CARRIED = [
    # a period opening a part after a comma with a figure right after it labels that figure only; the next sentence
    # of a page about coming prices is about the coming period, not 'i dag'
    ("Nya priser från 1 mars 2027\n\nEtt bad kostar då 95 kronor, i dag 88 kronor. Ett årskort blir 3 450 kronor.\n",
     "2026-11-02", "3 450 kronor", ("2027", "2027")),
    ("Ny taxa för hemtjänst från 1 januari 2027\n\nEn timme kostar 420 kronor, i dag 395 kronor. Maxtaxan landar på "
     "2 640 kronor i månaden.\n", "2026-10-12", "2 640 kronor i månaden", ("2027", "2027")),
]
PAST_NOT_CARRIED_TO_COMING = [
    # a sentence speaking of what is coming ('väntas', 'ska') does not take the past year the sentence before named
    ("Nya hamntaxor från 1 april 2027\n\nKommunfullmäktige har beslutat om en ny taxa för gästhamnen.\n\nIntäkterna "
     "var 12 miljoner kronor förra året. Med den nya taxan väntas 3 miljoner kronor mer per år.\n", "2026-10-01",
     "3 miljoner kronor", ("2027", "2027")),
    ("Ny filial från 1 april 2027\n\nStadsbiblioteket får en ny filial i Norrby.\n\nBesöken var 41 000 i fjol. "
     "Nämnden räknar med att de ska bli 45 000 när filialen öppnar.\n", "2026-10-01", "45 000", ("2027", "2027")),
    # what goes on about the past year still takes it
    ("Ny filial från 1 april 2027\n\nStadsbiblioteket får en ny filial i Norrby.\n\nBesöken var 41 000 i fjol. "
     "Av dem var 12 000 barn.\n", "2026-10-01", "12 000", ("2025", "2025")),
]

TARGET_NOT_CARRIED_TO_PAST = [
    # a sentence in the past tense does not take a later year a target or plan named before it: it tells of the
    # period reported on
    ("Verksamhetsberättelse 2025\n\nFöreningen hade 410 medlemmar. Målet är 500 medlemmar 2027. Intäkterna uppgick "
     "till 3,2 miljoner kronor.\n", "2026-03-01", "3,2 miljoner kronor", ("2025", "2025")),
    ("Årsredovisning 2025\n\nStyrelsen vill bygga om gården 2028. Underhållet kostade 640 000 kronor.\n", "2026-04-10",
     "640 000 kronor", ("2025", "2025")),
    # a present-tense sentence goes on with the period before it: a word ending like a supine or participle
    # ('nystartat', 'privat') is no preterite
    ("Företagsklimatet 2025\n\nUnder årets tio första månader startades 41 200 företag. Vart tredje nystartat bolag "
     "återfinns inom handeln.\n", "2026-11-20", "Vart tredje", ("2026", "2026")),
    # a sentence going on with the plan keeps its year
    ("Årsredovisning 2025\n\nStyrelsen vill bygga om gården 2028. Bygget beräknas kosta 4 miljoner kronor.\n",
     "2026-04-10", "4 miljoner kronor", ("2028", "2028")),
]

BELIEVED = [
    # a share of respondents who believe or plan something about a period is counted now; the period is the belief's
    ("Bankbarometern november 2026\n\nI enkäten svarade 58 procent av hushållen att de tror på lägre räntor i vår.\n",
     "2026-11-20", "58 procent", ("2026", "2026")),
    ("Bankbarometern november 2026\n\n12 procent planerar att byta bank under 2027, medan 9 procent räknar med att "
     "stanna.\n", "2026-11-20", "9 procent", ("2026", "2026")),
    ("Bankbarometern november 2026\n\n12 procent planerar att byta bank under 2027.\n", "2026-11-20", "12 procent",
     ("2026", "2026")),
    # the figure believed in keeps its period
    ("Bankbarometern november 2026\n\nHushållen tror att räntan sjunker med 0,5 procentenheter under 2027.\n",
     "2026-11-20", "0,5 procentenheter", ("2027", "2027")),
]

EARLIER_YEAR_NEW_PARAGRAPH = [
    # in a report on this year, an earlier year one paragraph named is not the next paragraph's period
    ("Trafikverket\nRapport: Viltolyckor 2026\n\nI år har 1 210 viltolyckor rapporterats. Det är färre än under "
     "rekordåret 2019, då 1 540 olyckor inträffade.\n\nOlyckorna kostade samhället 48 miljoner kronor.\n",
     "2026-11-18", "48 miljoner kronor", ("2026", "2026")),
    # the same paragraph going on with it keeps it
    ("Trafikverket\nRapport: Viltolyckor 2026\n\nI år har 1 210 viltolyckor rapporterats. Under 2019 inträffade "
     "1 540 olyckor. Av dem skedde 610 i Värmland.\n", "2026-11-18", "610", ("2019", "2019")),
]

DURATION_COMPARED = [
    # a duration compared with one an earlier time took: that one is about the earlier time ('för ett år sedan', a
    # year after a duration written in two parts)
    ("Bostadsläget\n\nEn lägenhet låg ute i 27 dagar innan den såldes, jämfört med 22 dagar för ett år sedan.\n",
     "2025-11-14", "22 dagar", ("2024", "2024")),
    ("Akuten 2025\n\nVistelsetiden var i median 3 timmar och 41 minuter, att jämföra med 3 timmar och 58 minuter "
     "2024.\n", "2026-02-14", "3 timmar och 58 minuter", ("2024", "2024")),
    ("Skolskjuts\n\nFör tio år sedan tog resan 40 minuter.\n", "2025-12-14", "40 minuter", ("2015", "2015")),
    # a duration in a 'då' clause after a period is about that period, as any figure is
    ("Sjuktal oktober 2026\n\nDet är 0,21 dagar lägre än i oktober 2025, då talet låg på 10,05 dagar.\n",
     "2026-11-14", "10,05 dagar", ("2025", "2025")),
]
EARLIER_RECORD_COMPARED = [
    # 'fler än det tidigare rekordet från säsongen 2022/23', 'fler än förra vintern': comparison points, neither the
    # figure's period nor the next sentence's
    ("Säsongen 2025/26 i siffror\n\nVi sålde 418 600 skiddagar, 20 000 fler än det tidigare rekordet från säsongen "
     "2022/23. Gästnätterna blev 286 300, 5 procent fler än förra vintern.\n", "2026-04-22", "286 300",
     ("2025", "2026")),
    ("Säsongen 2025/26 i siffror\n\nVi sålde 418 600 skiddagar, 20 000 fler än det tidigare rekordet från säsongen "
     "2022/23.\n", "2026-04-22", "418 600", ("2025", "2026")),
]

MORE_COMPARISON_CUES = [
    # 'att ställa mot' compares as 'att jämföra med' does; 'vid utgången av mars i fjol' is the comparison point
    ("Utrikeshandel september 2026\n\nHandelsbalansen visade ett överskott på 6,5 miljarder kronor, att ställa mot ett "
     "överskott på 1,4 miljarder kronor i september i fjol.\n", "2026-10-20", "6,5 miljarder kronor", ("2026", "2026")),
    ("Telekom första kvartalet 2026\n\nAntalet anställda var 1 042, att jämföra med 1 071 vid utgången av mars i "
     "fjol.\n", "2026-04-20", "1 042", ("2026", "2026")),
    ("Telekom första kvartalet 2026\n\nAntalet anställda var 1 042, att jämföra med 1 071 vid utgången av mars i "
     "fjol.\n", "2026-04-20", "1 071", ("2025", "2025")),
]

NAMED_PERIOD_BEFORE = [
    # 'förra jaktåret' after 'jaktåret 2026/27' was named: the one before, a comparison point
    ("Älg\n\nTilldelningen för jaktåret 2026/27 är 2 340 djur. Det är 260 färre än förra jaktåret, då den uppgick "
     "till 2 600 djur.\n", "2026-05-12", "2 600", ("2025", "2026")),
]
OWN_BRACKET_DATE = [
    # a bracket with its own date ('(204 procent per den 31 december 2025)'): the bracketed figure takes it, the figure
    # before the bracket keeps its own
    ("Försäkring\n\nSolvenskvoten var 198 procent per den 30 september (204 procent per den 31 december 2025).\n",
     "2026-10-28", "204 procent", ("2025", "2025")),
    ("Bank\n\nKärnprimärkapitalrelationen var 17,2 procent vid kvartalets slut (16,4 procent vid utgången av 2024).\n",
     "2025-10-28", "16,4 procent", ("2024", "2024")),
]
SUBJECT_RELATIVE = [
    # a span reaching back in a relative clause about the people counted is theirs, not the figure's period
    ("Skolan 2026\n\nBland elever som invandrat under de senaste fyra åren var behörigheten 47,2 procent.\n",
     "2026-08-26", "47,2 procent", ("2026", "2026")),
    ("Boende 2026\n\nAv dem som flyttat in sedan 2020 är 61 procent nöjda.\n", "2026-05-10", "61 procent",
     ("2026", "2026")),
    # a month the relative clause names is the period of what it counts
    ("Bilar\n\nAv bilarna som såldes i oktober var 38 procent elbilar.\n", "2026-11-05", "38 procent", ("2026", "2026")),
]
FORECAST_NOT_ANCHOR = [
    # 'ett år tidigare', 'året innan' count from the year the text is about, not from a forecast's year before them
    ("Bygg Q3 2026\n\nVi räknar med att marginalen når minst 4 procent under 2027, säger vd.\n\nSoliditeten var 31,4 "
     "procent, mot 29,8 procent ett år tidigare.\n", "2026-10-28", "29,8 procent", ("2025", "2025")),
    ("Årsredovisning 2025\n\nUnder 2025 kom 4 100 besökare. Nästa år väntas 5 000 besökare under 2027.\n\nIntäkterna "
     "var 2,1 miljoner kronor, mot 1,8 miljoner kronor året innan.\n", "2026-03-10", "1,8 miljoner kronor",
     ("2024", "2024")),
]
DATELINE_NOT_ANCHOR = [
    # the dateline's year is not the year 'året innan' counts from: the title's is
    ("# Biblioteken i siffror 2025\n\n*Kultur- och fritidsförvaltningen · Publicerad 12 mars 2026*\n\nBiblioteken hade "
     "412 000 besök, jämfört med 398 000 året innan.\n", None, "398 000", ("2024", "2024")),
]
FACT_BOX_LINES = [
    # 'YEAR: value' lines of a fact box: each value takes the year on its own line, not the next line's
    ("Skolan\n\nFAKTA: Behöriga till gymnasiet, andel i procent\n2022: 85,9\n2023: 85,1\n2024: 84,8\n", "2026-08-26",
     "85,9", ("2022", "2022")),
    ("Skolan\n\nFAKTA: Behöriga till gymnasiet, andel i procent\n2022: 85,9\n2023: 85,1\n2024: 84,8\n", "2026-08-26",
     "84,8", ("2024", "2024")),
]

INDEX_BASE_NOT_CARRIED = [
    # an index's base period ('januari 2020 = 100') is no period of the figures after it (no other period is told)
    ("Prisindex\n\nIndex steg till 141,2 (januari 2020 = 100). Ost kostade 98,50 kronor per kilo.\n", "2026-11-02",
     "98,50 kronor per kilo", None),
    ("Hyror\n\nHyresindex (2015 = 100) hamnade på 131,6. Medelhyran var 9 870 kronor i månaden.\n", "2026-10-20",
     "9 870 kronor i månaden", None),
]
FUTURE_HEADING_NOT_PAST = [
    # a heading's coming year governs no clause in the past tense: what happened is no coming year's
    ("Skadorna minskade 2025 – men målet för 2030 är långt borta\n\nRapport om viltolyckor.\n\n"
     "På länsvägarna inträffade 412 av olyckorna, trots att de bara står för en fjärdedel av trafiken.\n",
     "2026-03-18", "412", ("2025", "2025")),
    ("Utsläppen ska halveras till 2030\n\nUtsläppen från trafiken i kommunen var 84 000 ton i fjol.\n\n"
     "Bilarna svarade för 61 procent av utsläppen.\n", "2026-02-02", "61 procent", ("2025", "2025")),
    # ... but it governs what is planned for it
    ("Budget 2027\n\nNämnden får 56 miljoner kronor mer för skolan.\n", "2026-10-14", "56 miljoner kronor",
     ("2027", "2027")),
]


YEAR_BEFORE_THE_FIGURE = [
    # an anaphoric year after a second figure counts from the first figure's period, not from the last year named
    ("Vasaloppet 2026\n\nLoppet startade 1922. Sjukvården gjorde 214 insatser, att jämföra med 136 året innan.\n",
     "2026-03-10", "136", ("2025", "2025")),
    ("Årsredovisning 2025\n\nKlubben grundades 2009. Biljettintäkterna blev 8,1 miljoner kronor, mot 7,4 miljoner "
     "föregående år.\n", "2026-03-20", "7,4 miljoner", ("2024", "2024")),
    ("Säsongen 2025/26\n\nAnläggningen byggdes om 2019. Vi sålde 3 120 årskort, mot 2 880 året innan.\n", "2026-05-02",
     "2 880", ("2024", "2025")),
    # a first figure dated by another clause ('…, så målet nåddes inte i år') leaves the year the text named last
    ("Under 2025 blev utfallet 86,4 procent, jämfört med 85,1 procent året innan, så målet nåddes inte heller i år.\n",
     "2026-02-11", "85,1 procent", ("2024", "2024")),
]
SAME_COUNTED_PERIODS_COMPARED = [
    # 'än under samma tio månader 2025': the year compared with, not the figure's period
    ("Konkurser oktober 2026\n\nSedan januari har 7 364 företag gått i konkurs, 3,5 procent färre än under samma tio "
     "månader 2025.\n", "2026-11-04", "3,5 procent", ("2026", "2026")),
    ("Export januari–september 2026\n\nExporten var 6 procent högre än motsvarande tre kvartal 2025.\n", "2026-10-20",
     "6 procent", ("2026", "2026")),
]
ABOVE_AN_EARLIER_PERIOD = [
    # 'N procent över förra året', '… över samma vecka i fjol': a comparison point, not the figure's period
    ("Bokningar november 2026\n\nBokningsläget inför vintern ligger cirka 6 procent över förra året.\n", "2026-11-09",
     "cirka 6 procent", ("2026", "2026")),
    ("Försäljning oktober 2026\n\nUnder månadens sista vecka låg butikerna 11 procent över samma vecka i fjol.\n",
     "2026-11-03", "11 procent", ("2026", "2026")),
    # 'under' stays 'during': 'ökade med 14 procent under 2025'
    ("Omsättningen ökade med 14 procent under 2025.\n", "2026-02-01", "14 procent", ("2025", "2025")),
]
CHANGE_COLUMN_SINCE_THE_YEAR_BEFORE = [
    # a change column 'sedan 2025' in a table of 2026 is the change of 2026 ...
    ("Löner 2026\n\nLön per yrke, kronor per månad (september 2026)\nYrke          Medellön    Ökning sedan 2025, %\n"
     "Sjuksköterska   41 200      +3,9\nUndersköterska  31 800      +4,2\n", "2026-11-05", "+4,2", ("2026", "2026")),
    # ... while a change over several years keeps its span, and prose 'från 2024' too
    ("Löner 2026\n\nLön per yrke, kronor per månad (september 2026)\nYrke          Medellön    Ökning sedan 2020, %\n"
     "Sjuksköterska   41 200      +19,5\nUndersköterska  31 800      +17,1\n", "2026-11-05", "+17,1", ("2020", "2026")),
    ("Brott 2025\n\nBedrägerierna nådde 3 960 anmälningar, en ökning med 11 procent från 2024.\n", "2026-02-20",
     "11 procent", ("2024", "2025")),
]


NORMAL_COMPARED = [
    # a column compared with the normal ('Avvikelse från normal 1991–2020') takes the table's period, not the normal's
    ("Väder oktober 2026\n\nTemperatur per station, oktober 2026\nStation     Medel, °C    Avvikelse från normal 1991–2020, °C\n"
     "Ekeby         10,9          +2,4\nNorrby         6,1          −0,8\n", "2026-11-03", "+2,4", ("2026", "2026")),
    ("Väder\n\nI juli var det 2,1 grader varmare än normalen 1991–2020.\n", "2026-08-02", "2,1 grader",
     ("2026", "2026")),
]
RECORD_SINCE_AN_EVENT = [
    # 'det högsta antalet sedan biblioteket byggdes om 2019': a comparison point, not the next sentence's period
    ("Bibliotek 2025\n\nBiblioteken hade 412 600 besök under 2025. Det är det högsta antalet sedan huvudbiblioteket "
     "byggdes om 2019. Samtidigt lånades 368 900 medier ut.\n", "2026-03-18", "368 900", ("2025", "2025")),
    ("Hamnen 2025\n\nHamnen tog emot 4,1 miljoner ton gods under 2025, den största mängden sedan den nya kajen "
     "invigdes 2012. Containertrafiken ökade till 88 000 TEU.\n", "2026-02-10", "88 000 TEU", ("2025", "2025")),
]
PARAGRAPH_PERIOD_AFTER_A_LOOK_BACK = [
    # a paragraph closing on an earlier period than it opened with: the next paragraph is about the one it opened with
    ("Inventering\n\nEnligt inventeringen vintern 2025/26 fanns det 9 familjegrupper. Vid inventeringen vintern "
     "2024/25 beräknades stammen till 131 vargar.\n\nLodjursstammen beräknades till 27 familjegrupper.\n",
     "2026-10-01", "27", ("2025", "2026")),
    ("Skörden\n\nUnder 2026 skördades 5,1 miljoner ton spannmål. Under 2025 var skörden 4,6 miljoner ton.\n\n"
     "Rapsen gav 380 000 ton.\n", "2026-11-20", "380 000 ton", ("2026", "2026")),
    # ... or on a span of earlier years up to it (an average to compare with)
    ("Elnät\n\nUnder 2025 var avbrottstiden 142 minuter. Tioårsgenomsnittet för 2016–2025 är 118 minuter.\n\n"
     "Totalt drabbades 164 000 kunder av avbrott.\n", "2026-03-18", "164 000", ("2025", "2025")),
    ("Brott\n\nUnder 2026 anmäldes 4 100 inbrott. Snittet för åren 2021–2026 är 3 800.\n\n"
     "Polisen klarade upp 410 av dem.\n", "2026-12-01", "410", ("2026", "2026")),
]


SPAN_TO_NOW_NOT_CARRIED = [
    # a span up to now is no period of the next sentence in the preterite ...
    ("Konjunkturen 2026\n\nSedan maj 2024 har indikatorn legat under 90. Inom handeln föll indikatorn med 4 procent.\n",
     "2026-11-26", "4 procent", ("2026", "2026")),
    ("Hamnen 2026\n\nSedan 2019 har godsmängden vuxit stadigt. Containertrafiken ökade med 8 procent.\n", "2026-11-10",
     "8 procent", ("2026", "2026")),
    # ... unless it names it again
    ("Löner\n\nSedan 2022 har hyrorna stigit med 14 procent. Under samma period har lönerna ökat med omkring 12 procent.\n",
     "2026-11-02", "omkring 12 procent", ("2022", "2026")),
]


BRACKET_NOTE_NAMES_THE_PRIOR_PERIOD = [
    # 'Siffror inom parentes avser valet 2022', after the figures or before them: the brackets' period
    ("Valet 2026\n\nModeraterna får 12 mandat (14) och Centerpartiet 6 (4). Siffror inom parentes avser valet 2022.\n",
     "2026-09-20", "4", ("2022", "2022")),
    ("Föreningen\n\nSiffror inom parentes avser 2023.\n\nIntäkterna blev 4,2 Mkr (3,9) under året.\n",
     "2026-03-02", "3,9", ("2023", "2023")),
]
LEAD_OF_NOW_NOT_A_PAST_YEAR = [
    # a lead telling of a month of the publication year, then looking back to a past year: the article is about now
    ("Skulderna ökar\n\nHushållens skulder uppgick i september till 4 890 miljarder kronor. Under 2024 låg "
     "ökningstakten på knappt 1 procent.\n\nUnga låntagare lägger 11,4 procent av inkomsten på amortering.\n",
     "2026-11-17", "11,4 procent", ("2026", "2026")),
]


DAY_OF_AN_EVENT_NOT_CARRIED = [
    # a day inside the period reported on dates its sentence's event; the next sentence is about the whole period
    ("Vintern 2025/26\n\nDen första snön föll den 19 november. Totalt genomfördes 27 plogutryckningar.\n",
     "2026-05-12", "27", ("2025", "2026")),
    ("Årsrapport 2025\n\nDen 3 mars invigdes det nya vattenverket. Under året levererades 9,1 miljoner kubikmeter "
     "vatten.\n", "2026-04-16", "9,1 miljoner kubikmeter", ("2025", "2025")),
]



def test_a_twelve_month_rate_ends_at_its_month():
    """The twelve months up to the month, by month (the table above compares years)."""
    claims = _claims("Bankutlåning oktober\n\nUtlåningen ökade i oktober med 2,4 procent i årstakt.\n", "2026-11-12")
    t = next(c for c in claims if c["quantity"]["text"] == "2,4 procent")["time"]
    assert (t["start"], t["end"], t["evidence"]["rule"]) == ("2025-11", "2026-10", "twelve_month_rate")


@pytest.mark.parametrize("text,published,figure,expected",
                         BELIEVED + DATELINE_NOT_ANCHOR + FORECAST_NOT_ANCHOR + SUBJECT_RELATIVE + OWN_BRACKET_DATE + NAMED_PERIOD_BEFORE + EARLIER_RECORD_COMPARED + FACT_BOX_LINES + MORE_COMPARISON_CUES + DURATION_COMPARED + EARLIER_YEAR_NEW_PARAGRAPH + LABEL_NOT_CARRIED + PAST_NOT_CARRIED_TO_COMING + TARGET_NOT_CARRIED_TO_PAST + TWELVE_MONTH_RATE + EARLIER_YEAR_NOT_CARRIED + SINCE_EVENT_IN_REPORT + DAY_BEFORE_REPORT + SEASON_REPORT + REPORTED_MONTHS + ANAPHORIC_AND_FIRST_MONTHS + STANDING_IN_A_REPORT + SINCE_IN_A_REPORT + OCCASION_DAYS_NOT_CARRIED + LOOK_AHEAD_NOT_CARRIED + LIKENED_AND_FROM + COMING_YEAR_NOW + PAST_BEFORE_YEAR + COMING_START + ROLLING_YEAR + CHANGE_SPAN + RESPECTIVE + OCCASIONS + QUARTER_HEADINGS + LOOK_BACK + PLAN_SPANS + COMPARED_POINTS + TERM_HOLDER + TERM_YEAR + REVIEW_MEETING + COMMENT_CLAUSE + SAME_DAY_BASELINE + SAME_SHARE_BASELINE + PERFECT_TO_NOW + FORECAST_FROM_NOW + TERM_CAPTION + BASELINE_APPOSED + OCCASION + PRESENT_BASELINE + BASELINE_PAIR + COMPARED_PAIR_PERIODS + DAY_NAMED_BEFORE + MEASURED_PERIOD + SINCE_NOT_CARRIED_TO_A_LEVEL + SINCE_THEN + SINCE_IN_APPOSITION + FROM_IN_A_REPORT + COMING_YEAR_HORIZON + TODAY_AS_CONTRAST + NOW_COMPARED + AFTER_A_TABLE + FROM_AFTER_A_COMMA + SEASONS_OF_A_TARIFF + YEAR_TURN + AVERAGE_YEARS + PAST_LEAD + FAR_BASELINE + RESTATING + DOCUMENT_PERIOD + FROM_TO + DEADLINE + PERFECT_IN_AN_ANNUAL_REPORT + LAST_N_NOT_CARRIED + AVERAGE_RESTATED + TOPIC_PERIODS + PREVIOUS_WINTER + COMING_SEASON + TRAILING_OTHER_FIGURE + DURATION_WITHIN + COMPARISON_PERIOD
                         + THEN_CLAUSE + BASELINE_PHRASE + AVERAGE_AND_YEAR + PREVIOUS_MAIN + PLAN_PRESENT + NAMED_PERIOD + REPORT_YEAR + SINCE_AND_SAME + YEAR_BEFORE + SINCE_BASE_YEAR + FROM_AFTER_TO + OPEN_SPAN_NOT_CARRIED + BRACKET_YEAR_AFTER + FUTURE_HEADING_NOT_PAST + INDEX_BASE_NOT_CARRIED
                         + YEAR_BEFORE_THE_FIGURE + SAME_COUNTED_PERIODS_COMPARED + ABOVE_AN_EARLIER_PERIOD
                         + CHANGE_COLUMN_SINCE_THE_YEAR_BEFORE + NORMAL_COMPARED + RECORD_SINCE_AN_EVENT
                         + PARAGRAPH_PERIOD_AFTER_A_LOOK_BACK + SPAN_TO_NOW_NOT_CARRIED
                         + BRACKET_NOTE_NAMES_THE_PRIOR_PERIOD + LEAD_OF_NOW_NOT_A_PAST_YEAR + DAY_OF_AN_EVENT_NOT_CARRIED)
def test_period(text, published, figure, expected):
    assert _time_of(_claims(text, published), figure) == expected


@pytest.mark.parametrize("text, anchor, period", [
    # a period in a relative clause with a pronoun subject dates that clause's event (time.json occasion_relatives):
    # figures in another clause do not take it, and the next sentence does not carry it
    ("Intäkterna växte med 8 procent, medan de nedskärningar vi gjorde i höstas ännu inte syns.", "8 procent", None),
    ("Kundnöjdheten steg och de butiker vi öppnade i våras drog 12 000 besökare.\nMarginalen ökade med 3 procentenheter.",
     "3 procentenheter", None),
    # inside its own clause it dates the figure; a main clause with a pronoun subject is no relative clause
    ("Antalet ärenden vi avslutade i fjol var 640.", "640", ("2025", "2025")),
    ("Därför minskade vi i fjol kostnaderna med 30 miljoner kronor.", "30 miljoner kronor", ("2025", "2025")),
])
def test_relative_clause_occasion(text, anchor, period):
    t = claim_for(text, anchor, "2026-07-15").time or {}
    assert ((t.get("start"), t.get("end")) if t.get("start") else None) == period


@pytest.mark.parametrize("text, figure, base", [
    ("Energi\n\nEnligt planen ska förbrukningen minska med 30 procent till 2030 jämfört med 2015.\n", "30 procent", "2015"),
    ("Avfall 2024\n\nUnder 2024 samlades 41 000 ton in, 22 procent mindre än 2010.\n", "22 procent", "2010"),
])
def test_a_base_year_is_the_baseline_not_the_start_of_the_period(text, figure, base):
    hits = [c for c in _claims(text, "2025-03-02") if c["quantity"]["text"] == figure]
    assert hits and (hits[0]["change"]["baseline"] or {}).get("start") == base
