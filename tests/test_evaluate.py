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


def test_squad_scores_answerable_and_refused_and_can_show_each_verdict(capsys):
    from bot import Answer
    from bot.evaluate import run_squad

    class Fake:
        def answer(self, question, history=None):
            known = question.startswith("Who")
            return Answer("Marie Curie discovered it." if known else "The articles don't say.", known, [], "extractive", question)

    sample = [
        {"id": "1", "question": "Who discovered radium?", "impossible": False, "answers": ["Marie Curie"]},
        {"id": "2", "question": "When was radium sold?", "impossible": True, "answers": []},
    ]
    report = run_squad(Fake(), sample, show=True)
    assert report["answerable_right"] == 1.0 and report["refused_right"] == 1.0 and report["mean"] == 1.0
    shown = capsys.readouterr().out
    assert "ok   bot 1 [answerable] Who discovered radium?" in shown and "ok   bot 2 [unanswerable]" in shown
