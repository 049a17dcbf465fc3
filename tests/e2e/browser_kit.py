"""Real-browser kit: ``streamlit run dashboard.py`` on a free port, driven by Playwright with Debian's
chromium (Playwright's own browser download does not work here; see ../shared/STACK.md 4).  A module of
its own, not a conftest.py: a second conftest module would shadow ``tests/conftest.py`` for the tests
that import from it; benchmarks/page_speed.py uses the same server.

Without /usr/bin/chromium the browser tests skip, saying so, unless REQUIRE_BROWSER=1 (set by .ci/run),
in which case they fail."""
from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

PROJECT = Path(__file__).resolve().parents[2]
CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
CHROME_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
               "--disable-background-networking", "--disable-component-update", "--disable-sync"]
SCREENSHOTS = PROJECT / "docs" / "screenshots"


def need_browser():
    if Path(CHROMIUM).is_file():
        return
    reason = f"{CHROMIUM} is missing: install Debian's chromium (apt-get install chromium) to run the browser tests"
    if os.environ.get("REQUIRE_BROWSER") == "1":
        pytest.fail(reason + " (REQUIRE_BROWSER=1)")
    pytest.skip(reason)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    """A ``streamlit run dashboard.py`` (or another script) of its own, stopped at teardown."""

    def __init__(self, *extra: str, script: Path = PROJECT / "dashboard.py"):
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}/"
        # appended, not truncated: every server of a run writes to the one STREAMLIT_LOG
        self.log = open(os.environ.get("STREAMLIT_LOG", os.devnull), "a")
        self.process = subprocess.Popen(
            [sys.executable, "-m", "streamlit", "run", str(script), "--server.headless", "true",
             "--server.port", str(self.port), "--server.address", "127.0.0.1",
             "--browser.gatherUsageStats", "false", "--server.fileWatcherType", "none", "--", *extra],
            cwd=PROJECT, stdout=self.log, stderr=self.log)
        deadline = time.time() + 60
        while time.time() < deadline:
            try:
                if urllib.request.urlopen(self.url + "_stcore/health", timeout=1).read() == b"ok":
                    return
            except OSError:
                time.sleep(0.1)
        self.stop()
        raise RuntimeError("streamlit did not start within 60 s")

    def stop(self):
        self.process.terminate()
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
        self.log.close()


@pytest.fixture(scope="session")
def app_url():
    need_browser()
    server = Server()
    yield server.url
    server.stop()


@pytest.fixture(scope="session")
def sys_browser():
    need_browser()
    from playwright.sync_api import sync_playwright
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROME_ARGS)
        yield browser
        browser.close()


@pytest.fixture(scope="session")
def sys_context(sys_browser):
    context = sys_browser.new_context(viewport={"width": 1440, "height": 1000}, accept_downloads=True)
    yield context
    context.close()


@pytest.fixture
def app_page(sys_context):
    """A new tab: a new Streamlit session."""
    page = sys_context.new_page()
    yield page
    page.close()


@pytest.fixture(scope="session")
def screenshots():
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    return SCREENSHOTS
