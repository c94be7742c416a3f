"""Review completions: the new correction fields, added (missed) claims, corrected values on the cards,
keyboard shortcuts, and selecting text to add a claim, in headless Chromium (same pattern as test_review.py)."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import jsonschema
import pytest

from pipeline import io
from pipeline.corrections import added_claim_key, check_corrections, corrected_view
from pipeline.review import apply_decisions, build_site, claim_card, read_decisions, validate_decision
from pipeline.runner import Options, run_batch

REPO = Path(__file__).resolve().parents[1]
ARTIFACTS = REPO / "output" / "test-artifacts"
from test_review import browser, _errors  # noqa: E402,F401  (the module's headless Chromium fixture)

DOC = ("Budget 2024\r\n\r\n"
       "Kommunen satsar 25 miljoner kronor på skolan under 2024, säger Anna Andersson (S).\r\n"
       "😀 Arbetslösheten sjönk till 7,5 procent. Ungefär tre fjärdedelar av eleverna klarade proven.\r\n"
       "Ett fåtal skolor fick mer pengar.\r\n")
MISSED = "tre fjärdedelar"       # re-added by hand after being taken out of the run
UNSEEN = "fåtal skolor"          # no figure for the rules: the reviewer adds it with a value


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    root = tmp_path_factory.mktemp("corr")
    corpus = root / "corpus"
    corpus.mkdir()
    (corpus / "budget.txt").write_bytes(DOC.encode("utf-8"))
    shutil.copytree(REPO / "corpus", corpus / "sample")
    out = root / "out"
    run_batch([str(corpus)], out, Options(), progress=False)
    return out


def _claims(out):
    return list(io.read_jsonl(out / "claims.jsonl"))


def _schema():
    return json.loads((REPO / "pipeline" / "schema" / "claim.schema.json").read_text(encoding="utf-8"))


# --- validate_decision / check_corrections -------------------------------------------------------

@pytest.mark.parametrize("corr", [
    {"subject": "antalet elever"}, {"speaker": "Anna Andersson", "party": "S"}, {"direction": "increase"},
    {"direction": None}, {"claim_type": "target"}, {"kind": "ratio"}, {"value": 0.75, "unit": "ratio"},
    {"period": {"start": "2023-01", "end": "2023-12-31"}}, {"value": "cirka hälften"},
])
def test_valid_corrections(corr):
    d = validate_decision({"claim_id": "c_1", "status": "corrected", "corrections": corr})
    assert d["corrections"] == corr and d["timestamp"]


@pytest.mark.parametrize("corr,field", [
    ({"direction": "up"}, "direction"), ({"claim_type": "opinion"}, "claim_type"), ({"kind": "money!"}, "kind"),
    ({"subject": ""}, "subject"), ({"speaker": 5}, "speaker"), ({"period": {"start": "våren 2020"}}, "period"),
    ({"period": "2020"}, "period"), ({"value": True}, "value"), ({"valeu": 3}, "valeu"), ([1], "object"),
])
def test_invalid_corrections_name_the_field(corr, field):
    with pytest.raises(ValueError, match=field):
        validate_decision({"claim_id": "c_1", "status": "corrected", "corrections": corr})


@pytest.mark.parametrize("d,msg", [
    ({"claim_id": "new:x:1-4", "status": "added", "doc_id": "x"}, "added"),
    ({"claim_id": "new:x:1-4", "status": "added", "doc_id": "x", "added": {"char_start": 4, "char_end": 1, "text": "abc"}}, "start < end"),
    ({"claim_id": "new:x:1-4", "status": "added", "doc_id": "x", "added": {"char_start": 1, "char_end": 4, "text": "ab"}}, "selected text"),
    ({"claim_id": "new:x:1-4", "status": "added", "added": {"char_start": 1, "char_end": 4, "text": "abc"}}, "doc_id"),
])
def test_invalid_added_claims(d, msg):
    with pytest.raises(ValueError, match=msg):
        validate_decision(d)


def test_removed_added_claim_keeps_its_span(run, tmp_path):
    """The page removes an added claim by writing its id again with status pending: the server keeps the span,
    and apply-review neither adds the claim nor reports it unmatched."""
    out = tmp_path / "out"
    shutil.copytree(run, out)
    add = _added(out, "budget", DOC, UNSEEN)
    removed = validate_decision(dict(add, status="pending", timestamp="2024-05-01T11:00:00Z"))
    assert removed["added"] == add["added"]
    p = tmp_path / "d.jsonl"
    io.write_jsonl(p, [validate_decision(add), removed])
    res = apply_decisions([p], out)
    assert res["added"] == 0 and res["unmatched"] == [] and res["invalid"] == []
    assert not any((c.get("review") or {}).get("added") for c in _claims(out))


def test_added_claims_survive_applying_other_files(run, tmp_path):
    """apply-review with another decisions file keeps the claims added before; removing one drops it."""
    out = tmp_path / "out"
    shutil.copytree(run, out)
    first, second, third = tmp_path / "1.jsonl", tmp_path / "2.jsonl", tmp_path / "3.jsonl"
    add = _added(out, "budget", DOC, UNSEEN, value=4)
    io.write_jsonl(first, [add])
    apply_decisions([first], out)
    cid = next(c["id"] for c in _claims(out) if not (c.get("review") or {}).get("added"))
    io.write_jsonl(second, [{"claim_id": cid, "status": "rejected", "timestamp": "2024-05-02T08:00:00Z"}])
    res = apply_decisions([second], out)
    kept = [c for c in _claims(out) if (c.get("review") or {}).get("added")]
    assert len(kept) == 1 and kept[0]["quantity"]["value"] == 4 and res["unmatched"] == []
    io.write_jsonl(third, [dict(add, status="pending", timestamp="2024-05-02T09:00:00Z")])
    apply_decisions([third], out)
    assert not any((c.get("review") or {}).get("added") for c in _claims(out))


def test_read_decisions_reports_bad_corrections(tmp_path):
    p = tmp_path / "d.jsonl"
    io.write_jsonl(p, [{"claim_id": "c_1", "status": "corrected", "corrections": {"direction": "sideways"}},
                       {"claim_id": "c_2", "status": "corrected", "corrections": {"claim_type": "budget"}}])
    rows = read_decisions([p])
    assert "direction" in rows[0]["_error"] and "_error" not in rows[1]
    assert check_corrections(None) is None


# --- apply_decisions with the new fields and added claims -----------------------------------------

def _added(out, doc_id, text, needle, **corr):
    s = text.index(needle)
    e = s + len(needle)
    return {"claim_id": added_claim_key(doc_id, s, e), "doc_id": doc_id, "status": "added",
            "added": {"char_start": s, "char_end": e, "text": needle}, "corrections": corr or None,
            "reviewer": "eva", "timestamp": "2024-05-01T10:00:00Z", "note": "missad"}


def test_apply_new_corrections_and_added_claim(run, tmp_path):
    out = tmp_path / "out"
    shutil.copytree(run, out)
    claims = _claims(out)
    budget = [c for c in claims if c["doc_id"] == "budget"]
    money = next(c for c in budget if c["quantity"]["unit"] == "SEK")
    pct = next(c for c in budget if c["quantity"]["unit"] == "percent")
    text = DOC   # the file as decoded: CRLF kept
    # an added span the pipeline does not have: the middle words of a sentence
    extra = _added(out, "budget", text, "skolan under", subject="skolbudget", value=3, unit="count", kind="count",
                   period={"start": "2024", "end": "2024"})
    # an added span the pipeline has after all: the decision accepts the existing claim
    dup = _added(out, "budget", text, money["quantity"]["text"])
    dec = [
        {"claim_id": money["id"], "status": "corrected", "reviewer": "olle", "timestamp": "2024-05-01T09:00:00Z",
         "corrections": {"subject": "satsningen på skolan", "speaker": "Anna Andersson", "claim_type": "target",
                         "direction": "increase"}},
        {"claim_id": pct["id"], "status": "corrected", "reviewer": "olle", "timestamp": "2024-05-01T09:01:00Z",
         "corrections": {"direction": None, "value": 7.4}},
        extra, dup,
        dict(_added(out, "budget", text, "Kommunen"), status="pending"),        # added, then removed
        _added(out, "nosuchdoc", "abc", "abc"),                                 # document gone
    ]
    p = tmp_path / "d.jsonl"
    io.write_jsonl(p, dec)
    res = apply_decisions([p], out)
    assert res["invalid"] == [] and res["added"] == 1
    assert [u["doc_id"] for u in res["unmatched"]] == ["nosuchdoc"]
    after = _claims(out)
    for c in after:
        jsonschema.validate(c, _schema())
    by_id = {c["id"]: c for c in after}
    m = by_id[money["id"]]
    assert m["review"]["status"] == "accepted" and m["review"]["reviewer"] == "eva"   # the later 'added' decision
    view = corrected_view(by_id[pct["id"]])
    assert view["value"] == (7.5, 7.4) and view["direction"] == ("decrease", None)
    new = [c for c in after if (c.get("review") or {}).get("added")]
    assert len(new) == 1
    n = new[0]
    q = n["quantity"]
    assert text[q["char_start"]:q["char_end"]] == q["text"] == "skolan under"
    assert (q["value"], q["unit"], q["kind"], n["subject"], n["time"]["start"]) == (3, "count", "count", "skolbudget", "2024")
    assert n["sentence"]["text"].startswith("Kommunen satsar") and n["extractor"]["name"] == "reviewer"
    # in text order among the document's claims
    starts = [c["quantity"]["char_start"] for c in after if c["doc_id"] == "budget"]
    assert starts == sorted(starts)
    assert [c["doc_id"] for c in after if c["doc_id"] != "budget"] == [c["doc_id"] for c in claims if c["doc_id"] != "budget"]
    # applying again is idempotent (the added record is not added twice)
    apply_decisions([p], out)
    assert _claims(out) == after


def test_added_claim_reads_its_value_from_the_selection(run, tmp_path):
    out = tmp_path / "out"
    shutil.copytree(run, out)
    p = tmp_path / "d.jsonl"
    # take the figure out of the run (as if the pipeline had missed it), then add it back by hand
    claims = [c for c in _claims(out) if MISSED not in c["quantity"]["text"]]
    io.write_jsonl(out / "claims.jsonl", claims)
    io.write_jsonl(p, [_added(out, "budget", DOC, MISSED)])
    apply_decisions([p], out)
    n = next(c for c in _claims(out) if (c.get("review") or {}).get("added"))
    assert (n["quantity"]["value"], n["quantity"]["unit"]) == (0.75, "ratio")
    # the offsets survive the emoji and CRLF before it: they index the decoded file
    assert DOC[n["quantity"]["char_start"]:n["quantity"]["char_end"]] == MISSED


def test_card_shows_corrected_values():
    rec = {"id": "c_x", "doc_id": "d", "quantity": {"text": "85 miljoner kronor", "value": 85e6, "unit": "SEK", "kind": "money",
                                                    "char_start": 0, "char_end": 18},
           "time": {"start": "2021", "end": "2021", "source": "explicit", "text": "2021"}, "subject": "kostnaden",
           "claim_type": "change", "change": {"direction": "decrease"},
           "review": {"status": "corrected", "corrections": {"value": 58e6, "period": {"start": "2020", "end": "2020"},
                                                             "subject": "intäkten", "direction": "increase"}}}
    html = claim_card(rec, None)
    assert 'data-corrected="value period subject direction"' in html
    assert "58\u202f000\u202f000" in html and 'class="was"' in html and "intäkten" in html and "increase" in html


# --- in the browser -------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def site(run):
    build_site(run)
    return run


def _page(out, doc_id):
    from pipeline.review import doc_page_name
    return out / "review" / "doc" / doc_page_name(doc_id)


def _rows(browser):
    return [json.loads(x) for x in browser.execute_script("return window.__review.jsonl()").splitlines() if x.strip()]


@pytest.mark.browser
def test_browser_new_corrections_keys_and_added_claim(site, browser, tmp_path):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys
    from selenium.webdriver.support.ui import Select
    browser.get(_page(site, "budget").resolve().as_uri())
    browser.execute_script("localStorage.clear()")
    browser.refresh()
    assert "a</kbd> accept" in browser.find_element(By.ID, "keys").get_attribute("innerHTML")
    cards = browser.find_elements(By.CSS_SELECTOR, ".card")
    first, second = cards[0].get_attribute("data-cid"), cards[1].get_attribute("data-cid")

    # correct subject, speaker, direction and claim type on the first card
    card = cards[0]
    card.find_element(By.CSS_SELECTOR, "button[data-act=correct]").click()
    card.find_element(By.CSS_SELECTOR, "input.c-subject").send_keys("satsningen på skolan")
    card.find_element(By.CSS_SELECTOR, "input.c-speaker").send_keys("Bo Berg")
    Select(card.find_element(By.CSS_SELECTOR, "select.c-direction")).select_by_value("increase")
    Select(card.find_element(By.CSS_SELECTOR, "select.c-type")).select_by_value("target")
    card.find_element(By.CSS_SELECTOR, "button[data-act=save]").click()
    d = next(r for r in _rows(browser) if r["claim_id"] == first)
    assert d["status"] == "corrected"
    assert d["corrections"] == {"subject": "satsningen på skolan", "speaker": "Bo Berg", "direction": "increase",
                                "claim_type": "target"}
    validate_decision(d)   # what the page writes, the server accepts

    # keyboard: select the first card, n -> second, r rejects it (and moves on), p back, a accepts
    browser.execute_script("window.__review.select(arguments[0], true)", first)
    body = browser.find_element(By.TAG_NAME, "body")
    body.send_keys("n")
    assert "sel" in browser.find_element(By.ID, second).get_attribute("class")
    body.send_keys("r")
    assert browser.find_element(By.ID, second).get_attribute("data-status") == "rejected"
    body.send_keys("p")
    assert "sel" in browser.find_element(By.ID, second).get_attribute("class")
    body.send_keys("a")
    assert browser.find_element(By.ID, second).get_attribute("data-status") == "accepted"
    # typing in a field is not a shortcut
    note = browser.find_element(By.ID, second).find_element(By.CSS_SELECTOR, "input.note")
    note.send_keys("ar")
    assert browser.find_element(By.ID, second).get_attribute("data-status") == "accepted"
    note.send_keys(Keys.ESCAPE)

    # select the words "fåtal skolor" in the text (after an emoji and CRLFs) and add them as a claim
    span = browser.execute_script("""
        var pre = document.getElementById('doctext'), want = arguments[0];
        var walker = document.createTreeWalker(pre, NodeFilter.SHOW_TEXT), n;
        while ((n = walker.nextNode())) { var i = n.data.indexOf(want); if (i >= 0) break; }
        var r = document.createRange(); r.setStart(n, i); r.setEnd(n, i + want.length);
        var sel = window.getSelection(); sel.removeAllRanges(); sel.addRange(r);
        pre.dispatchEvent(new MouseEvent('mouseup', {bubbles: true}));
        return window.__review.selectionSpan();""", UNSEEN)
    start = DOC.index(UNSEEN)
    assert span == {"char_start": start, "char_end": start + len(UNSEEN), "text": UNSEEN}
    box = browser.find_element(By.ID, "addbox")
    assert box.is_displayed() and box.find_element(By.ID, "add-text").text == UNSEEN
    box.find_element(By.CSS_SELECTOR, "input.c-value").send_keys("4")
    box.find_element(By.CSS_SELECTOR, "input.c-subject").send_keys("skolor som fick mer")
    box.find_element(By.CSS_SELECTOR, "input.a-note").send_keys("missad")
    box.find_element(By.CSS_SELECTOR, "button[data-add=save]").click()
    added = [r for r in _rows(browser) if r["status"] == "added"]
    assert len(added) == 1
    a = added[0]
    assert a["added"] == span and a["doc_id"] == "budget" and a["corrections"] == {"value": 4, "subject": "skolor som fick mer"}
    assert browser.find_elements(By.CSS_SELECTOR, "#added-list .added")
    assert _errors(browser) == []

    # the downloaded decisions applied to a copy of the output: the cards show the corrected values
    out = tmp_path / "out"
    shutil.copytree(site, out)
    p = tmp_path / "decisions.jsonl"
    p.write_text(browser.execute_script("return window.__review.jsonl()"), encoding="utf-8")
    res = apply_decisions([p], out)
    assert res["invalid"] == [] and res["unmatched"] == []
    build_site(out)
    browser.execute_script("localStorage.clear()")
    browser.get(_page(out, "budget").resolve().as_uri())
    fixed = browser.find_element(By.ID, first).find_element(By.CSS_SELECTOR, ".fixed")
    assert fixed.is_displayed() and "satsningen på skolan" in fixed.text and "Bo Berg" in fixed.text
    assert set(fixed.get_attribute("data-corrected").split()) == {"subject", "speaker", "direction", "claim_type"}
    added_card = [c for c in browser.find_elements(By.CSS_SELECTOR, ".card") if "tillagd" in c.text]
    assert len(added_card) == 1 and UNSEEN in added_card[0].text and "skolor som fick mer" in added_card[0].text
    marks = [m.text for m in browser.find_elements(By.CSS_SELECTOR, "mark.q")]
    assert UNSEEN in marks
    assert _errors(browser) == []
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    browser.save_screenshot(str(ARTIFACTS / "review-corrections.png"))
    browser.execute_script("localStorage.clear()")


def test_server_takes_new_corrections_and_added_claims(site):
    """The decisions server checks the new fields: an added claim and a subject correction are saved, a bad
    direction is refused with the field's name."""
    import threading
    import urllib.error
    import urllib.request
    from pipeline.review import make_server
    srv = make_server(site, port=0)
    threading.Thread(target=srv.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{srv.server_address[1]}/api/decisions"

    def post(obj):
        req = urllib.request.Request(url, data=json.dumps(obj).encode(), method="POST",
                                     headers={"Content-Type": "application/json", "X-Review-Token": srv.token})
        try:
            with urllib.request.urlopen(req, timeout=10) as r:
                return r.status, r.read().decode()
        except urllib.error.HTTPError as exc:
            return exc.code, exc.read().decode()
    try:
        cid = next(c["id"] for c in _claims(site))
        s = DOC.index(UNSEEN)
        add = {"claim_id": added_claim_key("budget", s, s + len(UNSEEN)), "doc_id": "budget", "status": "added",
               "added": {"char_start": s, "char_end": s + len(UNSEEN), "text": UNSEEN}, "corrections": {"value": 4}}
        assert post(add)[0] == 200
        assert post({"claim_id": cid, "status": "corrected", "corrections": {"subject": "x"}})[0] == 200
        code, body = post({"claim_id": cid, "status": "corrected", "corrections": {"direction": "upp"}})
        assert code == 400 and "direction" in body
        rows = list(io.read_jsonl(site / "review" / "decisions.jsonl"))
        assert [r["status"] for r in rows] == ["added", "corrected"] and rows[0]["added"]["text"] == UNSEEN
    finally:
        srv.shutdown()
        srv.server_close()
        (site / "review" / "decisions.jsonl").unlink(missing_ok=True)
