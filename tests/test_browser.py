"""Browser tests: a real Chromium against `casegraph serve` on a graph built from real articles."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from casegraph.build import build

from .browser_support import chromium_page, live_server, screenshot
from .conftest import SEEDS, need_shared

pytestmark = pytest.mark.browser
TOKEN = "browser-test-token"


@pytest.fixture(scope="module")
def seeds_db(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    folder = tmp_path_factory.mktemp("seeds")
    for f in need_shared(SEEDS).glob("*.txt"):
        shutil.copy(f, folder / f.name)
    db = folder / "seeds.db"
    report = build([folder], db)
    assert report.annotated == 3 and not report.errors
    return folder, db


def test_search_amlo_open_profile_and_follow_a_relation_to_its_sentence(seeds_db: tuple[Path, Path]) -> None:
    _, db = seeds_db
    with live_server(db, TOKEN) as url, chromium_page() as page:
        page.goto(url + "/")
        screenshot(page, "01-home")
        page.fill("input.bigsearch-input, .bigsearch input[name=q]", "AMLO")
        page.press(".bigsearch input[name=q]", "Enter")
        page.wait_for_selector("a.hit")
        screenshot(page, "02-search-amlo")
        page.click("a.hit >> nth=0")
        page.wait_for_selector("#entity-name")
        assert "López Obrador" in page.inner_text("#entity-name")
        assert "AMLO" in page.inner_text("#aliases")
        screenshot(page, "03-profile")
        link = page.locator("li.rel a.ev").first
        link.click()
        page.wait_for_selector("mark#hl")
        cited = page.inner_text("mark#hl")
        assert cited.strip() and cited.strip() in page.inner_text("#article-body")
        screenshot(page, "04-article-highlight")
        page.goto(url + "/network?entity=" + "AMLO")
        page.wait_for_function("window.casegraphNetwork && window.casegraphNetwork.nodes().length > 1")
        styles = page.evaluate("window.casegraphNetwork.edges().map(e => [e.data('modality'), e.style('line-style')])")
        assert ["alleged", "dashed"] in styles and ["stated", "solid"] in styles, styles
        screenshot(page, "05-network")
        for name in ("stories", "conflicts", "entities"):
            page.goto(f"{url}/{name}")
            screenshot(page, f"06-{name}")


def test_merge_in_the_ui_survives_a_rebuild(seeds_db: tuple[Path, Path], tmp_path: Path) -> None:
    folder, original = seeds_db
    db = tmp_path / "merge.db"
    shutil.copy(original, db)
    with live_server(db, TOKEN) as url, chromium_page() as page:
        page.goto(url + "/entity/Telemundo")
        page.fill("form.login input[name=token]", TOKEN)
        page.click("form.login button")
        page.wait_for_selector("#merge-form")
        page.fill("#merge-form input[name=b]", "Breitbart Texas")
        page.click("#merge-form button")
        page.wait_for_selector("#aliases")
        assert "Breitbart Texas" in page.inner_text("#aliases") + page.inner_text("#entity-name")
        screenshot(page, "07-after-merge")
    build([folder], db)  # a rebuild replays the judgement
    with live_server(db, TOKEN) as url, chromium_page() as page:
        page.goto(url + "/entity/Telemundo")
        assert "Breitbart Texas" in page.inner_text("#aliases") + page.inner_text("#entity-name")
        page.goto(url + "/audit")
        assert "merge" in page.inner_text("#audit")
        screenshot(page, "08-review-log")
