"""Dashboard fixtures: the hand-annotated corpus behind a TestClient, and for browser tests
a live server over a store built once per session from the seed and the French Wikinews
corpus (small French model, for speed), driven by Debian's headless Chromium."""
from __future__ import annotations

import importlib.util
import socket
import threading
import time
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
ARTIFACTS = ROOT / "test-artifacts"
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]
TOKEN = "browser-test-token"


def _load(name: str, path: Path):
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


_api = _load("veilleur_api_conftest", HERE.parent / "api" / "conftest.py")
corpus_store, client = _api.corpus_store, _api.client   # the same fixtures as the API tests
stories_store, stories_client = _api.stories_store, _api.stories_client
_root_conftest = _load("veilleur_root_conftest", HERE.parent / "conftest.py")
need_shared = _root_conftest.need_shared


# -- browser tests ----------------------------------------------------------------------

@pytest.fixture(scope="session")
def news_store(tmp_path_factory):
    """The seed and the Wikinews corpus, analysed with the small French model and stored."""
    seed = need_shared("seeds", "000_f95a6ceda9409001.txt")
    wikinews = sorted(need_shared("corpora", "wikinews-fr-2012").glob("*.html"))
    from veilleur import analyze_many
    from veilleur.errors import InputError
    from veilleur.store import open_store

    store = open_store(tmp_path_factory.mktemp("news") / "news.db")
    for item in analyze_many([str(seed), *map(str, wikinews)], size="sm"):
        if not isinstance(item, InputError):
            store.save(item)
    yield store
    store.close()


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="session")
def live_server(news_store):
    """The app served by uvicorn on a loopback port, in a thread of this process."""
    yield from _serve(news_store)


@pytest.fixture(scope="session")
def stories_server(stories_store):
    """The same over the store with stories (tests/api/stories_corpus.py)."""
    yield from _serve(stories_store)


def _serve(store):
    import uvicorn

    from veilleur.api import create_app

    port = _free_port()
    server = uvicorn.Server(uvicorn.Config(create_app(store, token=TOKEN), host="127.0.0.1",
                                           port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.time() + 20
    while not server.started:
        if time.time() > deadline or not thread.is_alive():
            pytest.fail("the test server did not start")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(10)


@pytest.fixture(scope="session")
def browser():
    if not CHROMIUM.exists():
        pytest.skip("Debian chromium is not installed (bash scripts/chromium.sh install)")
    playwright_api = pytest.importorskip("playwright.sync_api")
    with playwright_api.sync_playwright() as playwright:
        instance = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield instance
        instance.close()


@pytest.fixture()
def page(browser):
    context = browser.new_context(viewport={"width": 1400, "height": 1000}, locale="en-GB")
    page = context.new_page()
    page.set_default_timeout(15_000)
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.on("console", lambda msg: errors.append(msg.text) if msg.type == "error" else None)
    page.js_errors = errors
    yield page
    context.close()


@pytest.fixture(scope="session")
def screenshot():
    """``screenshot(page, name)`` saves a PNG as test-artifacts/web-<name>.png: the whole page,
    or only the viewport after scrolling (the sticky header would land mid-page)."""
    ARTIFACTS.mkdir(exist_ok=True)

    def take(page, name: str, full_page: bool = True) -> Path:
        path = ARTIFACTS / f"web-{name}.png"
        page.screenshot(path=str(path), full_page=full_page)
        return path

    return take
