"""Multi-article answers: people and their countries, topic coverage per article, the list reply."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot import Bot
from bot.people import asked_countries, country_of, people
from bot.question import analyse
from bot.sentences import dateline
from bot.terms import stem

from .conftest import FakeEncoder, write_corpus


def named(sentence: str) -> list[tuple[str, str | None]]:
    return [(p.name, p.country) for p in people(sentence)]


def test_people_and_the_country_their_title_names():
    assert named(
        "Ambassador of Kazakhstan to China Shakhrat Nuryshev met with Assistant Minister of Foreign Affairs of China Li Huilai."
    ) == [("Shakhrat Nuryshev", "Kazakhstan"), ("Li Huilai", "China")]
    # "to Kazakhstan" is where the ambassador serves; the possessive says whom he represents.
    assert named("The meeting of deputy chairman Maulen Ashimbayev with China's Ambassador to Kazakhstan Zhang Hanhui.") == [
        ("Maulen Ashimbayev", None),
        ("Zhang Hanhui", "China"),
    ]
    # The apposition after the name counts too.
    assert named("Speaker Nurlan Nigmatulin spoke with Li Zhanshu, Chairman of the National People’s Congress of China.") == [
        ("Nurlan Nigmatulin", None),
        ("Li Zhanshu", "China"),
    ]


def test_offices_written_in_lowercase_and_credit_lines():
    [ashimbayev, zhang] = people(
        "The meeting of first deputy chairman of the party Maulen Ashimbayev with China's Ambassador Zhang Hanhui, "
        "the party's press service said."
    )
    assert ashimbayev.title == "first deputy chairman of the party"
    assert zhang.title == "China's Ambassador"  # ", the party's press service said" is a credit line


def test_a_quoted_speech_names_people_a_quoted_title_does_not():
    assert named("“We are witnessing the success of the visionary policy of President Xi Jinping and his initiative.")[0][0] == "Xi Jinping"
    assert named("He briefed him on the address “Kazakhstan in a New Global Reality” to the nation.") == []


def test_a_dateline_and_a_date_are_not_part_of_an_office():
    [nuryshev] = named_with_titles("BEIJING. KAZINFORM On February 23, Ambassador of Kazakhstan Shakhrat Nuryshev spoke.")
    assert nuryshev == ("Shakhrat Nuryshev", "Ambassador of Kazakhstan")
    assert named_with_titles("The invitation from PRC Chairman Xi Jinping stands.") == [("Xi Jinping", "PRC Chairman")]


def named_with_titles(sentence: str) -> list[tuple[str, str]]:
    return [(p.name, p.title) for p in people(sentence)]


def test_programmes_titles_and_datelines_are_not_people():
    assert named("BEIJING. KAZINFORM The sides discussed the Nurly Zhol programme and Kazakhstan’s Silk Road plans.") == []
    assert named("He spoke about the address “Kazakhstan in a New Global Reality” to the nation.") == []


def test_countries_and_demonyms():
    assert [country_of(w) for w in ("Chinese", "Kazakh", "China's", "Russian", "PRC")] == [
        "China",
        "Kazakhstan",
        "China",
        "Russia",
        "China",
    ]
    assert [country_of(w) for w in ("Congress", "Party", "Central", "Chairman")] == [None] * 4
    assert asked_countries("Which Chinese officials met a Kazakh counterpart?") == ["China", "Kazakhstan"]


def test_irregular_past_forms_meet_their_verb():
    assert stem("carried") == stem("carry") == stem("carries")
    assert stem("met") == stem("meeting") == stem("meet")
    assert stem("left") == stem("leave") and stem("went") == stem("go")
    assert stem("died") == stem("die") == stem("dying")
    assert stem("used") == stem("use") == stem("using") == stem("uses")


def test_plurals_meet_their_singular():
    assert stem("sales") == stem("sale") and stem("times") == stem("time") and stem("lines") == stem("line")
    assert stem("taxes") == stem("tax") and stem("matches") == stem("match") and stem("classes") == stem("class")


MEETINGS = {
    "a.txt": "Ambassador of Kazakhstan to China Shakhrat Nuryshev met with Minister of China Li Huilai.\n\n"
    "The sides discussed agriculture and the supply of grain.\n",
    "b.txt": "Speaker Nurlan Nigmatulin spoke with Li Zhanshu, Chairman of the Congress of China.\n\n"
    "The sides also discussed agriculture, healthcare and trade.\n",
    "c.txt": "President of Kazakhstan Kassym-Jomart Tokayev met with Wang Huning, the chair of a Chinese committee.\n\n"
    "The parties discussed culture and tourism.\n",
}


@pytest.fixture
def meetings_bot(tmp_path: Path, settings) -> Bot:
    return Bot(write_corpus(tmp_path / "meetings", MEETINGS), settings=settings, encoder=FakeEncoder(), progress=False)


def test_list_question_names_the_asked_side_from_every_article_that_holds_the_topic(meetings_bot):
    answer = meetings_bot.answer("Which Kazakh officials discussed agriculture with Chinese counterparts?")
    assert answer.answered
    first_line = answer.text.splitlines()[0]
    assert "Shakhrat Nuryshev" in first_line and "Nurlan Nigmatulin" in first_line
    assert "Tokayev" not in answer.text and "Li Zhanshu" not in first_line  # culture only; the other side
    assert {s.doc_id for s in answer.sources} == {"a", "b"}


def test_list_question_on_a_topic_no_article_holds_is_refused(meetings_bot):
    assert analyse("Which officials discussed the Olympic Games in these articles?").aggregate
    assert not meetings_bot.answer("Which officials discussed the Olympic Games in these articles?").answered


def test_a_list_of_people_with_no_other_topic_takes_every_article(meetings_bot):
    answer = meetings_bot.answer("Which Chinese officials are mentioned in these articles?")
    first_line = answer.text.splitlines()[0]
    assert answer.answered and all(n in first_line for n in ("Li Huilai", "Li Zhanshu", "Wang Huning"))
    assert "Nuryshev" not in first_line
    # each line quotes the sentence that names them
    assert all("Li" in line or "Wang" in line for line in answer.text.splitlines()[1:])


def test_who_met_whom_lists_every_meeting_in_person_or_not(meetings_bot):
    answer = meetings_bot.answer("Which Kazakh officials met Chinese officials in these articles?")
    first_line = answer.text.splitlines()[0]
    assert all(n in first_line for n in ("Shakhrat Nuryshev", "Nurlan Nigmatulin", "Kassym-Jomart Tokayev"))  # b "spoke"
    assert "Li Huilai" not in first_line


def test_a_name_counts_whatever_kind_of_thing_each_article_calls_it(tmp_path, settings):
    folder = write_corpus(tmp_path / "z", {
        "a.txt": "The sides discussed the Nurly Zhol program and trade.\n",
        "b.txt": "They talked about the Nurly Zhol initiative and healthcare.\n",
        "c.txt": "The investment program covers roads and grain.\n",
    })
    answer = Bot(folder, settings=settings, encoder=FakeEncoder(), progress=False).answer("Which articles mention the Nurly Zhol program?")
    assert {s.doc_id for s in answer.sources} == {"a", "b"}


def test_an_article_on_the_topic_in_other_words_counts(tmp_path, settings):
    from bot.gathering import _coverage

    b = Bot(write_corpus(tmp_path / "m", MEETINGS), settings=settings, encoder=FakeEncoder(), progress=False)
    weights = {"talk": 1.0, stem("agriculture"): 1.0}
    # "talked" is written "spoke" in b and "met" in a: half the weight of the word itself
    assert _coverage(b.library, "b", weights, []) == 1.5 and _coverage(b.library, "a", weights, []) == 1.5
    assert _coverage(b.library, "c", {stem("agriculture"): 1.0}, []) == 0.0


def test_datelines():
    assert dateline("NUR-SULTAN. KAZINFORM – Majilis Speaker spoke.") == "Nur-Sultan"
    assert dateline("NEW YORK - The talks began.") == "New York"
    assert dateline("UN said the talks began.") is None
    assert dateline("The party is ready.") is None


def test_a_question_about_datelines_lists_each_articles_place(tmp_path, settings):
    folder = tmp_path / "datelined"
    folder.mkdir()
    (folder / "a.txt").write_text("BEIJING. KAZINFORM The sides met.\n", encoding="utf-8")
    (folder / "b.txt").write_text("Talks in spring\n\nASTANA – The parties met again.\n", encoding="utf-8")
    (folder / "c.txt").write_text("The parties met a third time.\n", encoding="utf-8")
    answer = Bot(folder, settings=settings, encoder=FakeEncoder(), progress=False).answer(
        "Which cities are the articles datelined from?"
    )
    assert answer.answered and answer.text.startswith("Beijing and Astana.")
    assert [s.doc_id for s in answer.sources] == ["a", "b"]


def test_an_office_is_the_capitalised_words_against_the_name():
    assert named_with_titles("We are witnessing the constructive policy of President Xi Jinping today.") == [
        ("Xi Jinping", "President")
    ]


def test_a_company_name_after_its_kind_is_not_a_person():
    assert named("The train arrived, the national railway company Kazakhstan Temir Zholy said.") == []
    assert named("He met first deputy chairman of the party Maulen Ashimbayev.") == [("Maulen Ashimbayev", None)]
    assert named("Deputy Governor of Shaanxi Province Li Chunlin attended.") == [("Li Chunlin", None)]


def test_acronym_offices_long_runs_and_bodies_named_after_a_country():
    assert named_with_titles("CEO of Khorgos Gateway Yerlan Koishibayev said that trains passed.") == [
        ("Yerlan Koishibayev", "CEO of Khorgos Gateway")
    ]
    assert named("The port is a joint venture of Kazakhstan Temir Zholy and COSCO.") == []
    assert named("He invited him to the closure of the Semipalatinsk Nuclear Testing Site.") == []


def test_an_office_written_with_whose_it_is():
    assert named_with_titles("Pandas will come, the zoo's director Aigul Serikbayeva told reporters.") == [
        ("Aigul Serikbayeva", "the zoo's director")
    ]


def test_the_rest_of_a_name_ending_in_of_is_not_a_person():
    assert named("Specialists from the Chengdu Research Base of Giant Panda Breeding came.") == []
    assert named("President of Kazakhstan Nursultan Nazarbayev came.") == [("Nursultan Nazarbayev", "Kazakhstan")]


def test_a_list_without_a_topic_takes_anyone_of_the_article(bot_on):
    b = bot_on({
        "001_doctors.txt": "Chinese doctors operate in Shymkent\n\nA team of 14 doctors performed 85 surgeries.\n\n"
        "Most patients were elderly people from villages.\n\nThe head of the Chinese team, Dr. Li Wei, said that "
        "surgeons would be trained in Urumqi.\n",
    })
    assert "Li Wei" in b.answer("Which Chinese people are named in these articles?").text


def test_a_list_without_a_topic_takes_every_sentence_and_names_written_in_pinyin(bot_on):
    from bot.name_origin import name_country

    assert [name_country(n) for n in ("Zhao Guoying", "Lyu Xianjing", "Xi Jinping", "Saule Abdikarimova", "Kim Jong")] == [
        "China", "China", "China", None, None,
    ]
    b = bot_on({
        "001_museum.txt": "Porcelain exhibition opens in Astana\n\nThe exhibition was opened by the deputy director of "
        "the Palace Museum, Zhao Guoying.\n\nChinese Vice Minister of Culture Li Qun presented an award.\n\n"
        '"It is a tradition," said Darkhan Kaletayev, president of the Kazakhstan Cycling Federation.\n',
    })
    reply = b.answer("Which Chinese people are named in these articles?").text
    assert "Zhao Guoying" in reply and "Li Qun" in reply and "Kaletayev" not in reply
    assert "Kaletayev" in b.answer("Which Kazakh people are named in these articles?").text


def test_offices_fronted_with_a_possessive_or_written_in_lowercase_after_the_name():
    assert named("Kazakhstan's ambassador to China, Shakhrat Nuryshev, attended.") == [("Shakhrat Nuryshev", "Kazakhstan")]
    assert people("China's ambassador to Kazakhstan Zhang Xiao said.")[0].title == "China's ambassador to Kazakhstan"
    assert named("said Darkhan Kaletayev, president of the Kazakhstan Cycling Federation.") == [("Darkhan Kaletayev", "Kazakhstan")]
    assert named("The race is organised by the Kazakhstan Cycling Federation.") == []


def test_a_meeting_list_names_each_person_once_from_each_articles_opening(bot_on):
    b = bot_on({
        "001_a.txt": "Ambassador meets official\n\nKazakh Ambassador Shakhrat Nuryshev met with Chinese Minister Li Huilai.\n\n"
        "The Ambassador noted the invitation from PRC Chairman Xi Jinping.\n",
        "002_b.txt": "Speaker meets official\n\nKazakh Speaker Nurlan Nigmatulin met with Chinese Minister Li Huilai.\n",
    })
    reply = b.answer("Which Chinese officials met Kazakh officials in these articles?").text
    assert reply.count("Li Huilai:") <= 1 and "Xi Jinping" not in reply


def test_a_brand_is_listed_as_a_company(bot_on):
    b = bot_on({
        "001_cars.txt": "Car plant opens\n\nKOSTANAY – The first cars of the Chinese brand Chery rolled off the assembly "
        "line of the plant in Kostanay. Allur's chairman Andrey Lavrentyev said the company had invested 40 million dollars.\n",
    })
    a = b.answer("Which Chinese companies are mentioned in these articles?")
    assert a.answered and "Chery" in a.text and "Allur" not in a.text
