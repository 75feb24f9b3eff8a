"""The real bundled models: all-MiniLM-L6-v2 and SmolLM2-135M-Instruct."""

import pytest

from bot.claims import render_date, unsupported
from bot.generator import TransformersGenerator

pytestmark = pytest.mark.slow


def _grounded(a) -> bool:
    return not unsupported(a.text, [t for s in a.sources for t in (s.text, s.title, render_date(s.date))])


def test_who_met_song_tao(real_bot):
    a = real_bot.answer("who met Song Tao?")
    assert a.answered and "Nuryshev" in a.text
    assert a.sources[0].doc_id.startswith("000") and _grounded(a)


def test_capital_of_france_is_not_answered(real_bot):
    a = real_bot.answer("What is the capital of France?")
    assert not a.answered and "don't say" in a.text


def test_followup_when_was_that(real_bot):
    first = real_bot.answer("Who met Song Tao?")
    a = real_bot.answer("When was that?", history=[("Who met Song Tao?", first.text)])
    assert a.answered and "February 23" in a.text and a.sources[0].doc_id.startswith("000")


def test_near_miss_is_refused(real_bot):
    assert not real_bot.answer("In what year was the Semipalatinsk Nuclear Testing Site closed?").answered


def test_list_of_people_across_articles(real_bot):
    a = real_bot.answer("Which Chinese officials met Kazakh officials in these articles?")
    names = a.text.splitlines()[0]
    assert a.answered and "Song Tao" in names and "Li Huilai" in names
    assert "Nuryshev" not in names and "Tokayev" not in names  # the Kazakh side
    assert len({s.doc_id for s in a.sources}) >= 3


def test_office_near_miss_is_refused(real_bot):
    # The articles name Nur Otan's first vice chairman and first deputy chairman, never its chairman.
    assert not real_bot.answer("Who was the chairman of the Nur Otan party?").answered


def test_a_place_from_the_dateline_and_a_reply_without_long_offices(real_bot):
    a = real_bot.answer("Where did Nuryshev meet Song Tao?")
    assert a.answered and a.text.startswith("Beijing: ") and a.sources[0].doc_id.startswith("000")
    assert "Plenipotentiary" not in a.text and "Plenipotentiary" in a.sources[0].sentence  # shortened, not lost


def test_near_misses_on_dates_and_deeds_are_refused(real_bot):
    # The articles date Wang Huning's meeting with Tokayev, not his taking office; they mention an election
    # campaign, not who won it.
    assert not real_bot.answer("When did Wang Huning become chair of the CPPCC?").answered
    assert not real_bot.answer("Who won the 2016 parliamentary elections in Kazakhstan?").answered


def test_a_continuation_stays_with_the_conversation(real_bot):
    history = [("Who met Song Tao?", real_bot.answer("Who met Song Tao?").text)]
    a = real_bot.answer("And who was the Chinese side?", history)
    assert a.answered and a.text.startswith("Song Tao") and a.sources[0].doc_id.startswith("000")


def test_a_paraphrase_finds_its_sentence(real_bot):
    # "talk" is written "spoke via videoconference"
    a = real_bot.answer("How did Nigmatulin talk with Li Zhanshu?")
    assert a.answered and "videoconference" in a.text and a.sources[0].doc_id.startswith("003")


def test_generator_is_constrained_to_the_evidence(real_bot):
    gen = real_bot.generator
    assert isinstance(gen, TransformersGenerator)
    evidence = "Nurlan Nigmatulin praised the trust-based political dialogue and deep economic ties."
    text = "".join(gen.stream("Answer in one sentence.", f"Evidence:\n{evidence}\n\nQuestion: What is the capital of France?", evidence, 12))
    assert "Paris" not in text


def test_converted_weights_are_cached(real_bot, cache_dir):
    real_bot.generator.load()  # converts the GGUF weights on first use
    cached = list((cache_dir / "models").glob("*/model.safetensors"))
    assert cached, "the GGUF conversion should be cached for the next start"
