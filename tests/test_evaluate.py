"""The evaluation's scoring and the targets it prints."""

from bot.evaluate import passes, targets


def test_facts_pass_when_every_fact_has_an_alternative_in_the_reply():
    assert passes("Shakhrat Nuryshev met Song Tao on “February 23”.", [["Nuryshev"], ["February 23", "23 February"]])
    assert not passes("Nuryshev met Song Tao.", [["Nuryshev"], ["February 23"]])


def test_targets_say_which_are_met():
    text = targets({"answerable_right": 0.95, "refused_right": 0.5, "unsupported_share": 0.0, "cites_right_article": None})
    lines = text.splitlines()[1:]
    assert lines[0].strip().startswith("met") and "95.0 %" in lines[0]
    assert lines[1].strip().startswith("NOT met")
    assert lines[2].strip().startswith("met")  # none unsupported
    assert "n/a" in lines[3] and lines[3].strip().startswith("NOT met")
