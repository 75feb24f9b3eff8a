"""A folder of articles on another topic: the rules must not lean on the shipped corpus."""

from pathlib import Path

import pytest

from bot import Bot

from .conftest import FakeEncoder, write_corpus

ARTICLES = {
    "001_port.txt": "Aktau port handles record grain volumes\n\n"
    "AKTAU. KAZINFORM – The Aktau International Sea Trade Port handled 7.2 million tonnes of cargo in 2021, port "
    "director Abai Turikpenbayev said on Tuesday.\n\n"
    "Grain exports through the port reached 1.1 million tonnes, most of it shipped to Iran and Azerbaijan.\n\n"
    "Turikpenbayev said a new grain terminal built with Chinese investment of 45 million US dollars would open in 2022.\n",
    "002_rail.txt": "New rail link between Khorgos and Almaty opens\n\n"
    "ALMATY – Minister of Industry Beibut Atamkulov opened a new 310-kilometre rail link between the Khorgos dry port "
    "and Almaty on 14 September 2021.\n\n"
    "The line cut the travel time for container trains from 19 hours to 11 hours, the ministry said.\n",
}


@pytest.fixture
def port_bot(tmp_path: Path, settings) -> Bot:
    folder = write_corpus(tmp_path / "port", ARTICLES)
    return Bot(settings=settings.with_overrides(corpus=folder, min_evidence=0.2), encoder=FakeEncoder(), progress=False)


def test_who_is_a_person_not_a_place(port_bot):
    a = port_bot.answer("Who opened the Khorgos rail link?")
    assert a.answered and "Atamkulov" in a.text and not a.text.startswith("New rail link")


def test_a_country_asked_by_name_is_written_as_its_demonym(port_bot):
    a = port_bot.answer("How much did China invest in the grain terminal?")
    assert a.answered and "45 million" in a.text


def test_how_long_is_a_number_question_about_what_came_before(port_bot):
    history = [("Who opened the Khorgos rail link?", "Beibut Atamkulov opened a new rail link.")]
    a = port_bot.answer("How long is it?", history)
    assert a.answered and "310-kilometre" in a.text


def test_where_to_after_a_verb_is_a_place(port_bot):
    a = port_bot.answer("Where is the grain shipped?")
    assert a.answered and "Iran" in a.text


def test_when_did_it_happen_needs_what_happened(port_bot):
    # The article dates a statement about the port, never its opening.
    assert not port_bot.answer("When did the Aktau port open?").answered
    assert port_bot.answer("When did Atamkulov open the rail link?").answered
