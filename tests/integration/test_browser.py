"""Headless Chromium opens the app, asks a question, and sees the streamed reply and its source."""

import os
import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

from bot.settings import PROJECT_DIR

pytestmark = pytest.mark.slow
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server(cache_dir: Path, tmp_path_factory: pytest.TempPathFactory):
    port = _free_port()
    corpus = tmp_path_factory.mktemp("browser-corpus")
    for article in (PROJECT_DIR / "corpus").iterdir():
        shutil.copy(article, corpus / article.name)  # uploads must not touch the shipped corpus
    env = {**os.environ, "BOT_CACHE_DIR": str(cache_dir), "BOT_CORPUS": str(corpus)}
    proc = subprocess.Popen(
        [sys.executable, str(PROJECT_DIR / "app.py"), "--port", str(port)],
        env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
    )
    deadline = time.time() + 180
    while time.time() < deadline:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            break
        except OSError:
            if proc.poll() is not None:
                pytest.fail(proc.stdout.read())
            time.sleep(0.5)
    yield f"http://127.0.0.1:{port}/"
    proc.terminate()
    proc.wait(timeout=20)


@contextmanager
def chromium_page(height: int = 1100) -> Iterator[Any]:
    """A page in headless Debian Chromium (Playwright's own browser download fails here)."""
    if not Path(CHROMIUM).exists():
        pytest.skip("chromium is not installed (make chromium)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(
            executable_path=CHROMIUM,
            args=["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        )
        try:
            yield browser.new_page(viewport={"width": 1200, "height": height})
        finally:
            browser.close()


@pytest.fixture
def artefacts(tmp_path: Path) -> Path:
    folder = Path(os.environ.get("TEST_ARTIFACTS", tmp_path))
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def test_ask_in_the_browser(server: str, artefacts: Path):
    with chromium_page() as page:
        page.goto(server)
        box = page.locator("#question textarea")
        box.fill("Who met Song Tao?")
        page.locator("#ask").click()
        chat = page.locator("#chat")
        chat.get_by_text("Nuryshev").first.wait_for(timeout=120_000)
        chat.locator("mark").first.wait_for(timeout=120_000)
        text = chat.inner_text()
        assert "Sources" in text and "2016-02-24" in text
        page.screenshot(path=str(artefacts / "browser-answer.png"), full_page=True)
        # Empty input gets a friendly message, not a traceback.
        box.fill("   ")
        page.locator("#ask").click()
        chat.get_by_text("empty").first.wait_for(timeout=30_000)
        assert "Traceback" not in chat.inner_text()
        page.locator("#new").click()
        page.wait_for_timeout(500)
        assert "Nuryshev" not in chat.inner_text()


def test_upload_in_the_browser_then_ask(server: str, tmp_path: Path, artefacts: Path):
    article = tmp_path / "aktau harbour.txt"
    article.write_text("Aktau harbour record\n\nThe harbour in Aktau handled 7 million tonnes of grain in 2021, the port authority said.\n")
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    with chromium_page() as page:
        page.goto(server)
        page.get_by_role("tab", name="Documents").click()
        page.locator("#upload input[type=file]").set_input_files([str(article), str(empty)])
        page.wait_for_timeout(1500)
        page.locator("#add-docs").click()
        status = page.locator("#doc-status")
        status.get_by_text("Ready to answer").wait_for(timeout=120_000)
        assert "aktau harbour.txt" in status.inner_text() and "empty" in status.inner_text()
        page.locator("#doc-table").get_by_text("Aktau harbour record").first.wait_for(timeout=10_000)
        page.screenshot(path=str(artefacts / "browser-documents.png"), full_page=True)
        page.get_by_role("tab", name="Chat").click()
        page.locator("#question textarea").fill("How much grain did the Aktau harbour handle?")
        page.locator("#ask").click()
        page.locator("#chat").get_by_text("7 million").first.wait_for(timeout=120_000)


def test_followup_and_list_in_the_browser(server: str, artefacts: Path):
    with chromium_page(height=1400) as page:
        page.goto(server)
        box, chat = page.locator("#question textarea"), page.locator("#chat")
        box.fill("Who met Song Tao?")
        page.locator("#ask").click()
        chat.get_by_text("Nuryshev").first.wait_for(timeout=120_000)
        box.fill("When was that?")  # resolved from the conversation shown in the page
        page.locator("#ask").click()
        chat.get_by_text("24 February 2016").first.wait_for(timeout=120_000)
        box.fill("And who was the Chinese side?")  # stays with the conversation's article
        page.locator("#ask").click()
        chat.get_by_text("Song Tao:").first.wait_for(timeout=120_000)
        page.wait_for_timeout(500)
        page.screenshot(path=str(artefacts / "browser-followup.png"), full_page=True)
        page.locator("#new").click()
        page.wait_for_timeout(500)
        box.fill("Which Chinese officials met Kazakh officials in these articles?")
        page.locator("#ask").click()
        chat.get_by_text("Li Huilai").first.wait_for(timeout=120_000)
        page.wait_for_timeout(1000)
        text = chat.inner_text()
        assert "Song Tao" in text and "Traceback" not in text
        chat.get_by_text("Which Chinese officials").first.scroll_into_view_if_needed()
        page.screenshot(path=str(artefacts / "browser-list.png"), full_page=True)
