import json
from pathlib import Path

import numpy as np

from bot.calibration import Calibration, Example, best_threshold, calibrate, fit_logistic
from bot.evidence import FEATURES


def test_logistic_fit_separates_and_orders_features():
    rng = np.random.default_rng(0)
    x = rng.uniform(size=(400, 4))
    y = (x[:, 1] > 0.5).astype(float)  # only the second feature matters
    w, b = fit_logistic(x, y, np.ones(len(y)), steps=3000)
    assert np.argmax(w) == 1
    assert ((x @ w + b > 0) == (y == 1)).mean() > 0.9


def test_threshold_balances_answering_and_refusing():
    good = [Example([(0.9, 0.9, 0.9, 0.9)], [True], True, "dev") for _ in range(5)]
    none = [Example([(0.2, 0.2, 0.2, 0.2)], [False], False, "dev") for _ in range(5)]
    t = best_threshold(good + none, np.array([0.25, 0.25, 0.25, 0.25]))
    assert 0.2 < t <= 0.9
    fitted = calibrate(good + none)
    assert set(fitted.weights) == set(FEATURES) and abs(sum(fitted.weights.values()) - 1) < 1e-3


def test_saved_calibration_is_checked_on_load(tmp_path: Path):
    path = tmp_path / "cal.json"
    Calibration(dict.fromkeys(FEATURES, 0.25), 0.5, {"dev": 3}).save(path)
    assert Calibration.load(path).threshold == 0.5
    body = json.loads(path.read_text())
    body["features"] = ["something", "else"]
    path.write_text(json.dumps(body))
    assert Calibration.load(path) is None
    assert Calibration.load(tmp_path / "missing.json") is None
