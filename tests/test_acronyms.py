"""Acronyms the question uses and the articles only spell out."""

from bot.acronyms import expand, table

TEXTS = [
    "The number of members of the Communist Party of China reached 87 mln. The Communist Party of China was founded "
    "in 1921. Kazakhstan presides over the Shanghai Cooperation Organization and works in the UN Security Council.",
    "The CPPCC is the Chinese People's Political Consultative Conference.",
]


def test_the_articles_spelling_replaces_the_acronym():
    acronyms = table(TEXTS)
    assert expand("What was the CPC's membership?", acronyms) == "What was the Communist Party of China's membership?"
    assert expand("what does the sco do", acronyms) == "what does the shanghai cooperation organization do"


def test_words_and_acronyms_the_articles_write_are_left_alone():
    acronyms = table(TEXTS)
    assert expand("What is the CPPCC?", acronyms) == "What is the CPPCC?"  # the articles write it
    assert expand("did he tell us about the US", acronyms) == "did he tell us about the US"  # not "UN Security"
    assert expand("Who leads the party?", acronyms) == "Who leads the party?"
