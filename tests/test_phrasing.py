from bot.phrasing import TRIALS, PhrasingRecord
from tests.conftest import FakeGenerator


def test_auto_stops_asking_a_generator_that_keeps_failing(tmp_path):
    record = PhrasingRecord(tmp_path / "p.json", "tiny")
    for _ in range(TRIALS):
        assert record.worth_asking()
        record.record(False)
    assert not record.worth_asking()
    assert not PhrasingRecord(tmp_path / "p.json", "tiny").worth_asking()  # remembered across restarts
    assert PhrasingRecord(tmp_path / "p.json", "bigger").worth_asking()  # judged per model
    assert PhrasingRecord(tmp_path / "p.json", "tiny", mode="always").worth_asking()
    assert not PhrasingRecord(tmp_path / "p.json", "bigger", mode="never").worth_asking()


def test_a_good_generator_keeps_being_asked(tmp_path):
    record = PhrasingRecord(tmp_path / "p.json", "good")
    for i in range(3 * TRIALS):
        record.record(i % 2 == 0)
    assert record.worth_asking()


def test_bot_skips_a_failing_generator_after_its_trials(make_bot):
    gen = FakeGenerator(["Vladimir Putin met Song Tao."] * 20)
    bot = make_bot(gen)
    for _ in range(TRIALS + 3):
        assert bot.answer("Who met Song Tao?").method == "extractive"
    assert len(gen.prompts) == TRIALS


def test_an_item_introduced_by_including_keeps_what_it_is_part_of():
    from bot.extractive import condense

    sentence = ("Smailov also visited the Urumqi international land port and a plant of the TBEA company, which builds "
                "electric transformers and solar power stations, including two in the Turkestan region of Kazakhstan.")
    assert "solar power stations" in condense(sentence, {"turkestan"})
