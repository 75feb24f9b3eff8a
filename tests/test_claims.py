from bot.claims import claims, unsupported
from bot.question import analyse


def test_invented_date_and_truncated_number_are_caught():
    sources = ["On February 23, Shakhrat Nuryshev met Song Tao.", "members reached 87 mln in late 2015"]
    assert unsupported("Shakhrat Nuryshev met Song Tao on February 23.", sources) == []
    assert "2019" in unsupported("They met on February 23, 2019.", sources)
    assert unsupported("The party had 87 mln members.", sources) == []
    assert "Paris" in unsupported("The capital is Paris.", sources)


def test_claims_cover_names_numbers_dates_not_citation_markers():
    found = claims("Nurlan Nigmatulin spoke on Friday about the 25th anniversary [002_x].")
    assert {"Nurlan Nigmatulin", "Friday", "25th"} <= set(found)
    assert not any("002" in c for c in found)


def test_answer_types():
    assert analyse("Who met Song Tao?").kind == "person"
    assert analyse("When was that?").kind == "date"
    assert analyse("In what year was the site closed?").kind == "year"
    assert analyse("How many members does the party have?").kind == "number"
    assert analyse("What did Nigmatulin praise?").kind == "other"
    assert analyse("Which press services are cited in these articles?").aggregate
    assert not analyse("What is the capital of France?").aggregate


def test_apart_from_terms_are_not_wanted():
    q = analyse("Apart from trade and dialogue, what else did they discuss?")
    assert "trade" not in q.focus and "discuss" in q.focus
