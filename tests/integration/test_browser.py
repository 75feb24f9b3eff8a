"""Headless Chromium opens the app, asks a question, and sees the streamed reply and its source."""

import os
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from bot.settings import PROJECT_DIR

pytestmark = pytest.mark.slow
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server(cache_dir: Path):
    port = _free_port()
    env = {**os.environ, "BOT_CACHE_DIR": str(cache_dir)}
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


def test_ask_in_the_browser(server: str, tmp_path: Path):
    if not Path(CHROMIUM).exists():
        pytest.skip("chromium is not installed (make chromium)")
    from playwright.sync_api import sync_playwright

    artefacts = Path(os.environ.get("TEST_ARTIFACTS", tmp_path))
    artefacts.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as p:
        browser = p.chromium.launch(
            executable_path=CHROMIUM,
            args=["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        )
        page = browser.new_page(viewport={"width": 1200, "height": 1100})
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
        browser.close()
