"""Review site, decisions server, apply-review round trip, and the site in a real headless Chromium."""
from __future__ import annotations

import json
import os
import re
import shutil
import tempfile
import threading
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from pipeline import cli, io
from pipeline.review import (apply_decisions, build_site, doc_page_name, document_text, highlight, make_server,
                             read_decisions, script_json, summarize)
from pipeline.runner import Options, run_batch

REPO = Path(__file__).resolve().parents[1]
CORPUS = REPO / "corpus"
ARTIFACTS = REPO / "output" / "test-artifacts"

XSS_TXT = (
    "<script>window.__xss=1</script> Budgeten för 2024\n\n"
    'Kommunen satsar 25 miljoner kronor på skolan "><img src=x onerror="window.__xss=1"> under 2024.\n\n'
    "Läs mer: javascript:window.__xss=1 och <a href=\"javascript:window.__xss=1\">klicka</a> – "
    "arbetslösheten sjönk till 7,5 procent.\n\n"
    "</pre></textarea><svg onload=\"window.__xss=1\"> Hälften av hushållen fick 300 kronor.\n"
)
XSS_HTML = (
    "<html><head><title>&lt;script&gt;window.__xss=1&lt;/script&gt; Nyheter</title></head><body>"
    "<h1>&lt;script&gt;window.__xss=1&lt;/script&gt; Nyheter</h1>"
    "<p>Regionen lägger 40 miljoner kronor på vården &quot;&gt;&lt;img src=x onerror=&quot;window.__xss=1&quot;&gt; år 2023.</p>"
    "<p><a href=\"javascript:window.__xss=1\">javascript:window.__xss=1</a> Över 300 personer deltog.</p>"
    "<script>window.__xss=1</script></body></html>"
)
CRLF_TXT = "Kostnader\r\n\r\nProjektet kostade 12 miljoner kronor 2021.\r\nAndelen steg till 45 procent.\r\n"


def _make_corpus(root: Path) -> Path:
    corpus = root / "corpus"
    shutil.copytree(CORPUS, corpus)
    (corpus / "xss_probe.txt").write_text(XSS_TXT, encoding="utf-8")
    (corpus / "sub").mkdir()
    (corpus / "sub" / "xss_probe_page.html").write_text(XSS_HTML, encoding="utf-8")
    (corpus / "crlf.txt").write_bytes(CRLF_TXT.encode("utf-8"))
    return corpus


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    """A pipeline run on the sample corpus + probes, with the review site built."""
    root = tmp_path_factory.mktemp("review")
    corpus = _make_corpus(root)
    out = root / "out"
    run_batch([str(corpus)], out, Options(), progress=False)
    info = build_site(out)
    claims = list(io.read_jsonl(out / "claims.jsonl"))
    docs = list(io.read_jsonl(out / "documents.jsonl"))
    return {"root": root, "corpus": corpus, "out": out, "info": info, "claims": claims, "docs": docs}


def _by_doc(claims):
    d = {}
    for c in claims:
        d.setdefault(c["doc_id"], []).append(c)
    return d


# --- static site ------------------------------------------------------------------------------

def test_site_files_and_counts(site):
    out, info = site["out"], site["info"]
    assert (out / "review" / "index.html").is_file()
    by_doc = _by_doc(site["claims"])
    assert set(info["pages"]) == {d["doc_id"] for d in site["docs"]}
    for d in site["docs"]:
        page = out / "review" / info["pages"][d["doc_id"]]
        assert page.is_file()
        html_ = page.read_text(encoding="utf-8")
        n = len(by_doc.get(d["doc_id"], []))
        assert info["highlights"][d["doc_id"]] == n
        assert html_.count('<mark class="q') == n
        assert html_.count('<div class="card"') == n
    index = (out / "review" / "index.html").read_text(encoding="utf-8")
    assert index.count("<tr data-cid=") == len(site["claims"])
    assert 'id="summary"' in index and "<svg" in index


def test_site_is_self_contained(site):
    for page in (site["out"] / "review").rglob("*.html"):
        text = page.read_text(encoding="utf-8")
        assert not re.search(r'(src|href)\s*=\s*"(https?:)?//', text), page
        assert "<link rel=\"stylesheet\"" not in text
        assert "Content-Security-Policy" in text


@pytest.mark.parametrize("doc_id", ["xss_probe", "sub/xss_probe_page"])
def test_probe_text_is_escaped(site, doc_id):
    page = (site["out"] / "review" / site["info"]["pages"][doc_id]).read_text(encoding="utf-8")
    assert "window.__xss" in page           # the probe is shown...
    assert "<script>window.__xss" not in page  # ...but only as text
    assert "<img src=x" not in page and "<svg onload" not in page
    assert not re.search(r"<[^>]*\sonerror=", page)
    assert not re.search(r'<a\s[^>]*href="javascript:', page, re.I)
    # exactly the two script elements of the page itself
    assert len(re.findall(r"<script[\s>]", page)) == 2


def test_highlights_point_at_quantity_text(site):
    out = site["out"]
    docs = {d["doc_id"]: d for d in site["docs"]}
    for c in site["claims"]:
        text, warn = document_text(out, docs[c["doc_id"]])
        assert warn is None
        q = c["quantity"]
        assert text[q["char_start"]:q["char_end"]] == q["text"]


def test_crlf_offsets_survive(site):
    crlf = [c for c in site["claims"] if c["doc_id"] == "crlf"]
    assert crlf, "expected quantities in the CRLF document"
    text, _ = document_text(site["out"], next(d for d in site["docs"] if d["doc_id"] == "crlf"))
    assert "\r\n" in text


def test_highlight_overlaps_and_escaping():
    text = "a <b> 10 kr & 20 %"
    claims = [{"id": "x1", "quantity": {"char_start": 6, "char_end": 11, "kind": "money", "text": "10 kr"}},
              {"id": "x2", "quantity": {"char_start": 9, "char_end": 11, "kind": "money", "text": "kr"}},
              {"id": "x3", "quantity": {"char_start": 14, "char_end": 18, "kind": "percent", "text": "20 %"}},
              {"id": "x4", "quantity": {"char_start": 90, "char_end": 95, "kind": "number", "text": "?"}}]
    out, n = highlight(text, claims)
    assert n == 3 and out.count("<mark") == 3
    assert "&lt;b&gt;" in out and "&amp;" in out
    assert re.sub(r"<[^>]+>", "", out) == "a &lt;b&gt; 10 kr &amp; 20 %"


@pytest.mark.parametrize("obj", [{"t": "</script><script>alert(1)</script>"}, {"t": "a\u2028b & <!--"}])
def test_script_json_escapes(obj):
    s = script_json(obj)
    assert "<" not in s and ">" not in s and "&" not in s and "\u2028" not in s
    assert json.loads(s) == obj


def test_summary(site):
    s = summarize(site["out"])
    saved = json.loads((site["out"] / "summary.json").read_text(encoding="utf-8"))
    assert saved == s
    assert s["n_claims"] == len(site["claims"]) == sum(s["claims_by_kind"].values())
    assert s["documents_by_status"].get("ok") == len(site["docs"])
    assert sum(s["claims_by_unit"].values()) == s["n_claims"]
    assert sum(s["claims_by_claim_type"].values()) == s["n_claims"]
    assert {d["doc_id"]: d["n_claims"] for d in s["per_document"]} == \
        {d["doc_id"]: len(_by_doc(site["claims"]).get(d["doc_id"], [])) for d in site["docs"]}
    years = {}
    for c in site["claims"]:
        if c.get("time") and (c["time"].get("start") or "")[:4].isdigit():
            years[c["time"]["start"][:4]] = years.get(c["time"]["start"][:4], 0) + 1
    assert s["claims_by_year"] == dict(sorted(years.items()))
    assert isinstance(s["top_subjects"], list)


def test_review_cli(site, capsys):
    assert cli.main(["review", str(site["out"])]) == 0
    assert "review:" in capsys.readouterr().err
    assert cli.main(["review", str(site["root"] / "nowhere")]) == 2


# --- decisions: apply-review and round trip -----------------------------------------------------

def _decisions(claims):
    a, b, c = claims[0]["id"], claims[1]["id"], claims[2]["id"]
    return [
        {"claim_id": a, "status": "rejected", "reviewer": "eva", "timestamp": "2024-01-01T10:00:00Z"},
        {"claim_id": a, "status": "accepted", "note": "ok efter koll", "reviewer": "eva", "timestamp": "2024-01-01T10:05:00Z"},
        {"claim_id": b, "status": "corrected", "corrections": {"value": 12.5, "unit": "percent", "period": {"start": "2020", "end": "2022"}},
         "note": "fel enhet", "reviewer": "olle", "timestamp": "2024-01-02T09:00:00Z"},
        {"claim_id": c, "status": "rejected", "reviewer": "olle", "timestamp": "2024-01-02T09:01:00Z"},
        {"claim_id": "c_doesnotexist0000000", "status": "accepted", "reviewer": "olle", "timestamp": "2024-01-02T09:02:00Z"},
    ]


def test_apply_review_round_trip(tmp_path, capsys):
    corpus = tmp_path / "corpus"
    shutil.copytree(CORPUS, corpus)
    out = tmp_path / "out"
    run_batch([str(corpus)], out, Options(), progress=False)
    claims = list(io.read_jsonl(out / "claims.jsonl"))
    dec = tmp_path / "decisions.jsonl"
    io.write_jsonl(dec, _decisions(claims))

    assert cli.main(["apply-review", str(dec), "--out", str(out)]) == 0
    err = capsys.readouterr().err
    assert "c_doesnotexist0000000" in err and "1 unmatched" in err and "3 claims updated" in err
    first = list(io.read_jsonl(out / "claims.jsonl"))
    by_id = {c["id"]: c for c in first}
    assert by_id[claims[0]["id"]]["review"]["status"] == "accepted"          # last decision wins
    assert by_id[claims[0]["id"]]["review"]["note"] == "ok efter koll"
    r = by_id[claims[1]["id"]]["review"]
    assert r["status"] == "corrected" and r["corrections"]["value"] == 12.5 and r["reviewer"] == "olle"
    assert by_id[claims[2]["id"]]["review"]["status"] == "rejected"
    assert by_id[claims[3]["id"]]["review"]["status"] == "pending"
    assert [c["id"] for c in first] == [c["id"] for c in claims]
    unmatched = list(io.read_jsonl(out / "review" / "unmatched_decisions.jsonl"))
    assert [u["claim_id"] for u in unmatched] == ["c_doesnotexist0000000"]

    # --strict turns unmatched decisions into a failing exit status
    assert cli.main(["apply-review", str(dec), "--out", str(out), "--strict"]) == 1
    capsys.readouterr()

    # run again: ids stable, review reset; applying again gives the same reviewed records
    run_batch([str(corpus)], out, Options(), progress=False)
    rerun = list(io.read_jsonl(out / "claims.jsonl"))
    assert [c["id"] for c in rerun] == [c["id"] for c in claims]
    assert all(c["review"]["status"] == "pending" for c in rerun)
    assert cli.main(["apply-review", str(dec), "--out", str(out)]) == 0
    assert list(io.read_jsonl(out / "claims.jsonl")) == first
    # applying twice is idempotent
    apply_decisions([dec], out)
    assert list(io.read_jsonl(out / "claims.jsonl")) == first

    # the rebuilt site shows the applied statuses
    build_site(out)
    page = (out / "review" / "doc" / doc_page_name(claims[2]["doc_id"])).read_text(encoding="utf-8")
    assert f'id="{claims[2]["id"]}"' in page and 'data-status0="rejected"' in page


def test_invalid_decisions_are_reported(tmp_path, capsys):
    corpus = tmp_path / "c"
    corpus.mkdir()
    (corpus / "a.txt").write_text("Kommunen fick 10 miljoner kronor 2020.\n", encoding="utf-8")
    out = tmp_path / "out"
    run_batch([str(corpus)], out, Options(), progress=False)
    cid = next(io.read_jsonl(out / "claims.jsonl"))["id"]
    dec = tmp_path / "d.jsonl"
    io.write_jsonl(dec, [{"claim_id": cid, "status": "maybe"}, {"status": "accepted"}, {"id": cid, "status": "accepted"}])
    rows = read_decisions([dec])
    assert sum("_error" in r for r in rows) == 2
    assert cli.main(["apply-review", str(dec), "--out", str(out)]) == 0
    err = capsys.readouterr().err
    assert "2 invalid" in err and "1 claims updated" in err
    assert cli.main(["apply-review", str(tmp_path / "missing.jsonl"), "--out", str(out)]) == 2


# --- the decisions server ----------------------------------------------------------------------

@pytest.fixture()
def server(site):
    srv = make_server(site["out"], port=0)
    t = threading.Thread(target=srv.serve_forever, daemon=True)
    t.start()
    yield srv
    srv.shutdown()
    srv.server_close()
    (site["out"] / "review" / "decisions.jsonl").unlink(missing_ok=True)


def _post(url, body, ctype="application/json", origin=None, token=None, host=None):
    req = urllib.request.Request(url, data=body, method="POST", headers={"Content-Type": ctype})
    if origin:
        req.add_header("Origin", origin)
    if token:
        req.add_header("X-Review-Token", token)
    if host:
        req.add_header("Host", host)
    try:
        with urllib.request.urlopen(req, timeout=10) as r:
            return r.status, r.read()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read()


def test_server_appends_decisions(site, server):
    host, port = server.server_address[:2]
    assert host == "127.0.0.1"
    base = f"http://127.0.0.1:{port}/"
    with urllib.request.urlopen(base + "index.html", timeout=10) as r:
        assert r.status == 200 and b"Claim review" in r.read()
    cid = site["claims"][0]["id"]
    tok = server.token
    assert _post(base + "api/decisions", json.dumps({"claim_id": cid, "status": "accepted", "reviewer": "t"}).encode(), token=tok)[0] == 200
    assert _post(base + "api/decisions", json.dumps([{"claim_id": cid, "status": "rejected"}]).encode(), token=tok)[0] == 200
    assert _post(base + "api/decisions", b'{"claim_id": "x", "status": "bogus"}', token=tok)[0] == 400
    assert _post(base + "api/decisions", b"not json", token=tok)[0] == 400
    assert _post(base + "api/decisions", b'{"claim_id": "x", "status": "accepted"}', ctype="text/plain", token=tok)[0] == 415
    assert _post(base + "api/decisions", b'{"claim_id": "x", "status": "accepted"}', origin="http://evil.example", token=tok)[0] == 403
    rows = list(io.read_jsonl(site["out"] / "review" / "decisions.jsonl"))
    assert [(r["claim_id"], r["status"]) for r in rows] == [(cid, "accepted"), (cid, "rejected")]
    assert all(r["timestamp"] for r in rows)
    req = urllib.request.Request(base + "api/decisions", headers={"X-Review-Token": tok})
    with urllib.request.urlopen(req, timeout=10) as r:
        assert len(r.read().decode().splitlines()) == 2


@pytest.mark.parametrize("host, origin, token, expected", [
    ("evil.example:{port}", "http://evil.example:{port}", "good", 421),   # DNS rebinding: Origin matches its own Host
    ("127.0.0.1:{port}", None, None, 403),                               # no token
    ("127.0.0.1:{port}", None, "wrong", 403),                            # a guessed token
    ("localhost:{port}", "http://localhost:{port}", "bad-" + "x" * 40, 403),
    ("127.0.0.1:1", None, "good", 421),                                  # another port
    ("localhost:{port}", "http://localhost:{port}", "good", 200),
])
def test_server_refuses_foreign_hosts_and_requests_without_the_token(site, server, host, origin, token, expected):
    port = server.server_address[1]
    cid = site["claims"][0]["id"]
    body = json.dumps({"claim_id": cid, "status": "accepted"}).encode()
    status, _ = _post(f"http://127.0.0.1:{port}/api/decisions", body, origin=origin and origin.format(port=port),
                      token=server.token if token == "good" else token, host=host.format(port=port))
    assert status == expected
    saved = site["out"] / "review" / "decisions.jsonl"
    assert (saved.exists() and saved.read_text().strip() != "") == (expected == 200)


def test_server_pages_carry_the_token_and_foreign_hosts_get_nothing(site, server):
    port = server.server_address[1]
    with urllib.request.urlopen(f"http://127.0.0.1:{port}/index.html", timeout=10) as r:
        page = r.read().decode()
    assert f'<meta name="review-token" content="{server.token}">' in page
    assert (site["out"] / "review" / "index.html").read_text().count(server.token) == 0    # never written to disk
    req = urllib.request.Request(f"http://127.0.0.1:{port}/index.html", headers={"Host": f"rebound.example:{port}"})
    with pytest.raises(urllib.error.HTTPError) as exc:
        urllib.request.urlopen(req, timeout=10)
    assert exc.value.code == 421
    req = urllib.request.Request(f"http://127.0.0.1:{port}/api/decisions")         # reading decisions needs it too
    with pytest.raises(urllib.error.HTTPError) as exc:
        urllib.request.urlopen(req, timeout=10)
    assert exc.value.code == 403


# --- real browser -------------------------------------------------------------------------------

CHROMIUM, CHROMEDRIVER = "/usr/bin/chromium", "/usr/bin/chromedriver"


@pytest.fixture(scope="module")
def browser():
    missing = [p for p in (CHROMIUM, CHROMEDRIVER) if not os.access(p, os.X_OK)]
    try:
        from selenium import webdriver
        from selenium.webdriver.chrome.service import Service
    except ImportError:
        missing.append("selenium (pip)")
    if missing:
        msg = f"browser tests need {', '.join(missing)} (make test-deps installs them)"
        if os.environ.get("SVNC_REQUIRE_BROWSER") == "1":
            pytest.fail(msg)
        pytest.skip(msg)
    os.environ.setdefault("SE_OFFLINE", "true")  # never let Selenium Manager fetch a driver or browser
    profile = tempfile.mkdtemp(prefix="svnc-chromium-")
    opts = webdriver.ChromeOptions()
    opts.binary_location = CHROMIUM
    for flag in ("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
                 f"--user-data-dir={profile}", "--window-size=1400,1000"):
        opts.add_argument(flag)
    opts.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(options=opts, service=Service(CHROMEDRIVER))
    driver.set_page_load_timeout(30)
    yield driver
    driver.quit()
    shutil.rmtree(profile, ignore_errors=True)


def _errors(driver):
    return [e for e in driver.get_log("browser") if e.get("level") in ("SEVERE", "ERROR")]


def _page(site, doc_id) -> Path:
    return site["out"] / "review" / site["info"]["pages"][doc_id]


@pytest.mark.browser
def test_browser_pages_load_without_errors(site, browser):
    pages = [site["out"] / "review" / "index.html"] + [_page(site, d["doc_id"]) for d in site["docs"]]
    for p in pages:
        browser.get(p.resolve().as_uri())
        assert browser.execute_script("return typeof window.__review") == "object", p
        assert _errors(browser) == [], p


@pytest.mark.browser
def test_browser_highlights_click_and_accept(site, browser):
    from selenium.webdriver.common.by import By
    doc_id = "000_0d086c043f6cada3"
    n = len(_by_doc(site["claims"])[doc_id])
    browser.get(_page(site, doc_id).resolve().as_uri())
    browser.execute_script("localStorage.clear()")
    browser.refresh()
    marks = browser.find_elements(By.CSS_SELECTOR, "mark.q")
    assert len(marks) == n > 0
    target = marks[3]
    cid = target.get_attribute("data-cid")
    assert "tid:" in target.get_attribute("title")          # time frame on hover
    browser.execute_script("arguments[0].scrollIntoView({block:'center'})", target)
    target.click()
    card = browser.find_element(By.ID, cid)
    assert "sel" in card.get_attribute("class") and "open" in card.get_attribute("class")
    assert card.find_element(By.CSS_SELECTOR, ".details").is_displayed()

    # accept it, with a reviewer name and a note
    browser.find_element(By.ID, "reviewer").send_keys("testare")
    browser.execute_script("document.getElementById('reviewer').dispatchEvent(new Event('change'))")
    card.find_element(By.CSS_SELECTOR, "input.note").send_keys("stämmer")
    card.find_element(By.CSS_SELECTOR, "button[data-act=accepted]").click()
    assert card.get_attribute("data-status") == "accepted"
    # what the page would download: capture the Blob given to URL.createObjectURL
    text = browser.execute_async_script("""
        var done = arguments[arguments.length - 1];
        var orig = URL.createObjectURL;
        URL.createObjectURL = function(b){ URL.createObjectURL = orig; b.text().then(done); return orig.call(URL, b); };
        document.getElementById('download').click();
    """)
    rows = [json.loads(line) for line in text.splitlines() if line.strip()]
    assert len(rows) == 1
    d = rows[0]
    assert (d["claim_id"], d["status"], d["reviewer"], d["note"], d["doc_id"]) == (cid, "accepted", "testare", "stämmer", doc_id)
    assert d["timestamp"].endswith("Z")

    # correct another claim: value, unit and period
    other = browser.find_elements(By.CSS_SELECTOR, ".card")[0]
    other.find_element(By.CSS_SELECTOR, "button[data-act=correct]").click()
    other.find_element(By.CSS_SELECTOR, "input.c-value").send_keys("5")
    other.find_element(By.CSS_SELECTOR, "input.c-unit").send_keys("count")
    other.find_element(By.CSS_SELECTOR, "input.c-start").send_keys("2018")
    other.find_element(By.CSS_SELECTOR, "button[data-act=save]").click()
    rows = [json.loads(x) for x in browser.execute_script("return window.__review.jsonl()").splitlines()]
    corr = next(r for r in rows if r["claim_id"] == other.get_attribute("data-cid"))
    assert corr["status"] == "corrected"
    assert corr["corrections"] == {"value": 5, "unit": "count", "period": {"start": "2018", "end": "2018"}}

    # the decision survives a reload (localStorage) and the status filter finds it
    browser.refresh()
    assert browser.find_element(By.ID, cid).get_attribute("data-status") == "accepted"
    browser.execute_script("var s=document.querySelector('select.filter[data-field=status]'); s.value='accepted';"
                           "s.dispatchEvent(new Event('change'))")
    visible = [c for c in browser.find_elements(By.CSS_SELECTOR, ".card") if c.is_displayed()]
    assert [c.get_attribute("data-cid") for c in visible] == [cid]
    assert _errors(browser) == []
    browser.execute_script("var s=document.querySelector('select.filter[data-field=status]'); s.value='';"
                           "s.dispatchEvent(new Event('change'))")
    browser.find_element(By.ID, cid).click()
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    browser.save_screenshot(str(ARTIFACTS / "review.png"))
    browser.execute_script("localStorage.clear()")


@pytest.mark.browser
@pytest.mark.parametrize("doc_id", ["xss_probe", "sub/xss_probe_page"])
def test_browser_xss_probe_runs_nothing(site, browser, doc_id):
    from selenium.webdriver.common.by import By
    browser.get(_page(site, doc_id).resolve().as_uri())
    marks = browser.find_elements(By.CSS_SELECTOR, "mark.q")
    assert len(marks) == len(_by_doc(site["claims"]).get(doc_id, [])) > 0
    for m in marks:
        browser.execute_script("arguments[0].scrollIntoView({block:'center'})", m)
        m.click()
    assert browser.execute_script("return typeof window.__xss") == "undefined"
    text = browser.find_element(By.ID, "doctext").text
    assert "<script>window.__xss=1</script>" in text
    assert browser.find_elements(By.CSS_SELECTOR, "#doctext img, #doctext a, #doctext script, #doctext svg") == []
    assert len(browser.find_elements(By.TAG_NAME, "script")) == 2
    assert _errors(browser) == []
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    browser.save_screenshot(str(ARTIFACTS / f"review-xss-{doc_id.replace('/', '_')}.png"))


@pytest.mark.browser
def test_browser_served_mode_posts_decision(site, browser, server):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait
    port = server.server_address[1]
    doc_id = "001_edd48ccbbebdaf06"
    browser.get(f"http://127.0.0.1:{port}/{site['info']['pages'][doc_id]}")
    card = browser.find_elements(By.CSS_SELECTOR, ".card")[0]
    cid = card.get_attribute("data-cid")
    card.find_element(By.CSS_SELECTOR, "button[data-act=rejected]").click()
    dec_path = site["out"] / "review" / "decisions.jsonl"
    WebDriverWait(browser, 10).until(lambda d: dec_path.exists() and dec_path.read_text().strip())
    rows = list(io.read_jsonl(dec_path))
    assert [(r["claim_id"], r["status"]) for r in rows] == [(cid, "rejected")]
    WebDriverWait(browser, 10).until(lambda d: "saved" in d.find_element(By.ID, "server-state").text)
    # a fresh profile would see the server's decisions: clear local state and reload
    browser.execute_script("localStorage.clear()")
    browser.refresh()
    WebDriverWait(browser, 10).until(lambda d: d.find_element(By.ID, cid).get_attribute("data-status") == "rejected")
    assert _errors(browser) == []
    browser.execute_script("localStorage.clear()")


def test_card_shows_the_resolver_evidence():
    """A reviewer sees why a period and a direction were chosen: the rule and the words it read."""
    from conftest import claim_for
    from pipeline.review import claim_card
    c = claim_for("Under 2021 minskade antalet brott med 12 procent.", "12 procent")
    rec = dict(c.to_dict(), id="c_" + "0" * 20, doc_id="t")
    html = claim_card(rec, None)
    assert "[same_clause “Under 2021”]" in html
    assert "[change_word “minskade”]" in html
