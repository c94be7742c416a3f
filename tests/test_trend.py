"""Trend view of the review site (issue 15): figures of a subject across documents and years, in headless Chromium."""
from __future__ import annotations

import os
import re
import shutil
import tempfile
from pathlib import Path

import pytest

pytest.importorskip("duckdb")

from pipeline.cli import main  # noqa: E402
from pipeline.review import build_site  # noqa: E402
from pipeline.trend import load_points, render_trends, subject_groups, svg_chart  # noqa: E402

DAY1 = {
    "trafik2017.txt": "Trafiken 2017\n\nAntalet omkomna i vägtrafiken var 253 under 2017.\n",
    "skjut2020.txt": "Skjutningar\n\nAntalet skjutningar var 40 under 2020.\n",
}
DAY2 = {
    "trafik2018.txt": "Trafiken 2018\n\nAntalet omkomna i vägtrafiken var 324 under 2018.\n",
    "skjut2021.txt": "Skjutningar\n\nAntalet skjutningar minskade till 31 under 2021.\n",
    "probe.txt": 'Probe <script>window.__xss=1</script>\n\nAntalet "><img src=x onerror=window.__xss=1> var 5 under 2019.\n',
}


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    root = tmp_path_factory.mktemp("trend")
    out = root / "out"
    for name, files in (("day1", DAY1), ("day2", DAY2)):
        folder = root / name
        folder.mkdir()
        for f, text in files.items():
            (folder / f).write_text(text, encoding="utf-8")
        assert main(["run", str(folder), "--out", str(out), "--no-progress", "--workers", "1"]) == 0
    info = build_site(out, ["omkomna i trafiken"])
    return {"out": out, "info": info, "page": out / "review" / "trends.html"}


def test_groups_span_both_days(site):
    groups = subject_groups(load_points(site["out"]))
    by_label = {g["label"]: g for g in groups}
    g = by_label["antalet skjutningar"]
    assert sorted((p["x"], p["y"]) for p in g["points"]) == [(2020, 40.0), (2021, 31.0)]
    assert {p["doc_id"] for p in g["points"]} == {"skjut2020", "skjut2021"}


def test_single_figure_subjects_make_no_trend():
    claims = [{"id": "c_1", "doc_id": "a", "subject": "antalet bibliotek", "entity": None, "unit": "count",
               "value": 3.0, "low": None, "high": None, "period_start": "2020"}]
    assert subject_groups(claims) == []


def test_trends_page_links_every_point(site):
    html = site["page"].read_text(encoding="utf-8")
    assert site["info"]["charts"] >= 3
    links = re.findall(r'<a href="([^"]+)" class="pt"', html)
    assert len(links) == html.count("<circle")
    # day 2's documents are in this site: link to their card; day 1's only in the archive: to their table row
    assert any(re.match(r"doc/skjut2021-[0-9a-f]{8}\.html#c_[0-9a-f]{20}$", h) for h in links)
    assert any(re.match(r"#p-c_[0-9a-f]{20}$", h) for h in links)
    for h in links:
        if h.startswith("#p-"):
            assert f'id="{h[1:]}"' in html
    # the search chart is there too
    assert "omkomna i trafiken" in html and "; search;" in html


def test_trends_page_escapes_text(site):
    html = site["page"].read_text(encoding="utf-8")
    assert "<script>window.__xss" not in html and "<img src=x" not in html


def test_index_links_to_trends(site):
    assert 'href="trends.html"' in (site["out"] / "review" / "index.html").read_text(encoding="utf-8")


def test_chart_scales_points_inside_the_plot():
    g = {"label": "x", "unit": "count", "basis": "subject",
         "points": [{"id": f"c_{i}", "doc_id": "d", "x": 2010 + i, "y": float(v), "quantity_text": str(v)}
                    for i, v in enumerate([5, -3, 12])]}
    svg = svg_chart(g, lambda p: "#")
    for cx, cy in re.findall(r'cx="([\d.]+)" cy="([\d.]+)"', svg):
        assert 0 <= float(cx) <= 640 and 0 <= float(cy) <= 230


def test_empty_trends_page():
    assert "no subject appears" in render_trends([], {}, set())


# --- real browser --------------------------------------------------------------------------------

CHROMIUM, CHROMEDRIVER = "/usr/bin/chromium", "/usr/bin/chromedriver"


@pytest.fixture(scope="module")
def browser():
    """Headless Chromium through chromedriver, as in tests/test_review.py (skipped where absent, unless
    SVNC_REQUIRE_BROWSER=1, which ``make test`` sets after installing them)."""
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
    os.environ.setdefault("SE_OFFLINE", "true")
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


@pytest.mark.browser
def test_browser_trend_chart_points_open_their_claims(site, browser):
    from selenium.webdriver.common.by import By
    browser.get(site["page"].resolve().as_uri())
    assert _errors(browser) == []
    assert browser.execute_script("return typeof window.__trends") == "object"
    assert browser.execute_script("return window.__xss") is None
    groups = browser.find_elements(By.CSS_SELECTOR, ".trend-group")
    assert len(groups) == site["info"]["charts"]
    circles = browser.find_elements(By.CSS_SELECTOR, ".trend-group svg circle")
    assert circles and all(c.is_displayed() for c in circles[:4])
    # the filter box narrows the charts
    box = browser.find_element(By.ID, "trend-filter")
    box.send_keys("skjutningar")
    visible = [g for g in groups if g.is_displayed()]
    assert 1 <= len(visible) < len(groups)
    # a point of an archived-only document jumps to its row in the table
    local = browser.find_element(By.CSS_SELECTOR, '.trend-group:not(.hidden) a.pt[href^="#p-"]')
    target = local.get_dom_attribute("href").split("#", 1)[1]
    browser.execute_script("arguments[0].dispatchEvent(new MouseEvent('click', {bubbles: true}))", local)
    assert browser.execute_script("return location.hash") == "#" + target
    # a point of a document in this site opens its page with the claim's card selected
    link = browser.find_element(By.CSS_SELECTOR, '.trend-group:not(.hidden) a.pt[href^="doc/"]')
    cid = link.get_attribute("data-cid")
    browser.execute_script("arguments[0].dispatchEvent(new MouseEvent('click', {bubbles: true}))", link)
    card = browser.find_element(By.ID, cid)
    assert "sel" in card.get_attribute("class")
    assert _errors(browser) == []
    art = Path(__file__).resolve().parents[1] / "output" / "test-artifacts"
    art.mkdir(parents=True, exist_ok=True)
    browser.get(site["page"].resolve().as_uri())
    browser.save_screenshot(str(art / "trends.png"))
