"""The offline map of reports from several articles, in headless Chromium with the network blocked: events are the
map, a contested event's popup holds both sides' claims as text, and nothing of an article runs."""

from __future__ import annotations

from dataclasses import replace

import pytest

from geo.frame import reports_to_frame
from geo.io.writers import write_html
from tests.render.test_events_map import several_articles
from tests.render.test_map_browser import QUIET_FRAMES, browser, page  # noqa: F401 (fixtures)

pytestmark = pytest.mark.browser

HOSTILE = '<img src=x onerror="window.__xss=1">'


def _hostile_articles():
    """The Ganja strike of three articles, the Armenian denial's claimant and sentence carrying markup."""
    reports = several_articles()
    return [
        replace(r, claimant="Armenia MoD " + HOSTILE, evidence="Yerevan denied firing at Ganja. " + HOSTILE)
        if r.report_id == "r-am"
        else r
        for r in reports
    ]


def test_a_contested_event_shows_both_sides_claims_escaped(page, tmp_path):  # noqa: F811
    out = tmp_path / "events.html"
    write_html(reports_to_frame(_hostile_articles()), out)
    page.page.goto(out.as_uri())
    p = page.page
    contested = p.locator(".sm-event.sm-contested")
    contested.wait_for(timeout=60_000)
    assert p.locator(".sm-event").count() == 2  # Ganja (three articles) and Baku: events, not four report pins
    assert p.locator(".sm-marker").count() == 0  # the reports are a switch away
    assert p.locator(".sm-count").inner_text() == "2 events shown of 2 (tick Reports to see each claim)"
    contested.click()
    popup = p.locator(".sm-event-popup")
    popup.wait_for(timeout=30_000)
    claims = popup.locator(".sm-claim")
    assert claims.count() == 3
    text = popup.inner_text()
    assert "contested" in text
    assert "Azerbaijan MoD" in text and "accuses: missile attack" in text and "Armenian forces (Armenia)" in text
    assert "denies it" in text and "Armenpress" in text and "trend.txt" in text
    assert "Armenia MoD " + HOSTILE in text and "Yerevan denied firing at Ganja. " + HOSTILE in text  # as text
    p.wait_for_function(QUIET_FRAMES, timeout=30_000)  # the popup has panned the map into view
    boxes = claims.evaluate_all("cards => cards.map(c => { const b = c.getBoundingClientRect(); return [b.x, b.y]; })")
    assert boxes[0][0] < boxes[1][0] < boxes[2][0] and len({round(y) for _, y in boxes}) == 1  # side by side
    assert p.locator(".sm-event-popup img").count() == 0 and p.evaluate("window.__xss") is None
    assert page.errors == [] and page.online_requests == []
    page.shot("contested-event-popup")


def test_the_reports_layer_stays_one_switch_away(page, tmp_path):  # noqa: F811
    out = tmp_path / "events.html"
    write_html(reports_to_frame(several_articles()), out)
    page.page.goto(out.as_uri())
    p = page.page
    p.locator(".sm-event").first.wait_for(timeout=60_000)
    p.locator(".leaflet-control-layers label", has_text="Reports: every claim").locator("input").check()
    p.locator(".sm-marker, .marker-cluster").first.wait_for(timeout=30_000)
    assert p.locator(".sm-count").inner_text().startswith("3 strike reports shown of 3")
    p.locator(".leaflet-control-layers label", has_text="Events: one marker").locator("input").uncheck()
    assert p.locator(".sm-event").count() == 0
    p.wait_for_function(QUIET_FRAMES, timeout=30_000)
    assert page.errors == [] and page.online_requests == []
    page.shot("events-off-reports-on")


def test_arabic_article_text_runs_right_to_left_in_the_popups(page, tmp_path):  # noqa: F811
    arabic = "قصفت طائرات حربية مدينة الحديدة"
    reports = [
        replace(r, evidence=arabic, claimant="وزارة الدفاع") if r.report_id == "r-az" else r for r in several_articles()
    ]
    out = tmp_path / "arabic.html"
    write_html(reports_to_frame(reports), out, events=[], highlight="r-az")
    page.page.goto(out.as_uri())
    p = page.page
    quote = p.locator(".leaflet-popup-content blockquote.sm-evidence")
    quote.wait_for(timeout=60_000)
    assert quote.inner_text() == arabic
    assert quote.evaluate("e => getComputedStyle(e).direction") == "rtl"
    claimant = p.locator(".leaflet-popup-content span[dir=auto]", has_text="وزارة الدفاع")
    assert claimant.evaluate("e => getComputedStyle(e).direction") == "rtl"
    title = p.locator(".leaflet-popup-content .sm-title span[dir=auto]").first
    assert title.evaluate("e => getComputedStyle(e).direction") == "ltr"  # Ganja stays left to right
    page.shot("arabic-popup")


def test_events_follow_the_time_control(page, tmp_path):  # noqa: F811
    reports = [replace(r, event_date="2020-10-19") if r.report_id == "r-baku" else r for r in several_articles()]
    out = tmp_path / "two-days.html"
    write_html(reports_to_frame(reports), out)
    page.page.goto(out.as_uri())
    p = page.page
    p.locator(".sm-event").first.wait_for(timeout=60_000)
    count = p.locator(".sm-count")
    slider = p.locator(".sm-time input[type=range]")
    slider.evaluate("s => { s.value = 0; s.dispatchEvent(new Event('input')); }")
    assert count.inner_text() == "1 event shown of 2, up to 2020-10-17 (tick Reports to see each claim)"
    assert p.locator(".sm-event").count() == 1 and p.locator(".sm-event.sm-contested").count() == 1  # Ganja
    slider.evaluate("s => { s.value = 1; s.dispatchEvent(new Event('input')); }")
    p.locator(".sm-time label", has_text="that day only").locator("input").check()
    assert count.inner_text() == "1 event shown of 2, on 2020-10-19 (tick Reports to see each claim)"
    assert p.locator(".sm-event.sm-contested").count() == 0  # Baku's day: Ganja's event is hidden
    assert page.errors == []


def test_on_a_phone_an_events_popup_fits_the_screen_and_its_claims_scroll(page, tmp_path):  # noqa: F811
    page.page.set_viewport_size({"width": 390, "height": 844})
    out = tmp_path / "phone.html"
    write_html(reports_to_frame(several_articles()), out)
    page.page.goto(out.as_uri())
    p = page.page
    p.locator(".sm-event.sm-contested").click(timeout=60_000)
    p.locator(".sm-event-popup").wait_for(timeout=30_000)
    fits = "() => { const b = document.querySelector('.leaflet-popup').getBoundingClientRect();"
    p.wait_for_function(fits + " return b.left >= 0 && b.right <= window.innerWidth; }", timeout=30_000)
    claims = p.locator(".sm-claims")
    assert claims.evaluate("e => e.scrollWidth > e.clientWidth")  # the third claim is a swipe away, not cut off
    page.shot("phone-event-popup")
