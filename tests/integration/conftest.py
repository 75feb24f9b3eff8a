from pathlib import Path

import pytest

from bot import Bot
from bot.settings import PROJECT_DIR, Settings


@pytest.fixture(scope="session")
def cache_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("cache")


@pytest.fixture(scope="session")
def real_bot(cache_dir: Path) -> Bot:
    """The shipped corpus with the real bundled models (the GGUF conversion happens once per session)."""
    return Bot(settings=Settings(corpus=PROJECT_DIR / "corpus", cache_dir=cache_dir), progress=False)
