"""Paraphrase matching (WordNet-derived related words) and the stemming it relies on."""

from bot import paraphrase
from bot.evidence import _overlap
from bot.terms import stem, terms


def test_related_words_bridge_common_paraphrases():
    assert paraphrase.present("opinion", set(terms("They exchanged views on reforms."))) == paraphrase.RELATED_CREDIT
    assert paraphrase.present("intensify", set(terms("speaking in favour of stepping up interaction"))) > 0
    assert paraphrase.present(stem("admire"), set(terms("Wang expressed his admiration."))) > 0
    assert paraphrase.present("opinion", set(terms("opinions differ"))) == 1.0
    assert paraphrase.present("opinion", set(terms("The weather was fine."))) == 0.0


def test_light_verbs_bridge_nothing():
    # "become" would otherwise match any sentence with "get"
    assert paraphrase.present(stem("become"), set(terms("the world will get even better"))) == 0.0
    assert paraphrase.related("get") == ()


def test_a_related_word_earns_part_of_the_weight_an_exact_one_earns():
    weights = {"opinion": 1.0, "tokayev": 1.0}
    exact = _overlap(weights, "Tokayev gave his opinion", paraphrases=True)
    related = _overlap(weights, "Tokayev gave his view", paraphrases=True)
    assert exact == 1.0 and related == 0.5 + 0.5 * paraphrase.RELATED_CREDIT
    assert _overlap(weights, "Tokayev gave his view") == 0.5  # passages and entities: exact words only


def test_doubled_consonants_meet_their_word():
    assert stem("stepping") == stem("stepped") == stem("step")
    assert stem("planned") == "plan"
    assert stem("falling") == "fall" and stem("added") == "add" and stem("passed") == "pass"


def test_founded_is_established_not_found():
    assert paraphrase.present("found", {"establish"}) == paraphrase.RELATED_CREDIT


def test_any_way_of_meeting_is_a_meeting():
    assert paraphrase.present("meet", set(terms("Nigmatulin spoke via videoconference with Li Zhanshu"))) == paraphrase.RELATED_CREDIT
    assert paraphrase.present("meet", set(terms("The summit was held in Hangzhou"))) == 0.0


def test_forms_of_stopwords_are_stopwords():
    assert terms("Given the presidency, he told them") == ["presidency"]
    assert terms("Given the presidency", keep_stopwords=True)[0] == "give"


def test_news_names_one_kind_of_official_in_several_ways():
    assert paraphrase.present("legislator", set(terms("inter-parliamentary interaction"))) == paraphrase.RELATED_CREDIT
    assert paraphrase.present("envoy", set(terms("the Ambassador of Kazakhstan"))) == paraphrase.RELATED_CREDIT
    assert paraphrase.present("envoy", set(terms("the Speaker of the Majilis"))) == 0.0
    assert paraphrase.present(stem("thank"), set(terms("He also expressed gratitude for the address"))) > 0


def test_a_word_the_articles_never_use_weighs_as_the_word_they_use_for_it():
    from bot.bm25 import BM25
    from bot.evidence import _weight

    bm25 = BM25(["The ambassador met the minister.", "The ambassador spoke.", "Trade grew fast."])
    assert _weight(bm25, "envoy") == bm25.idf("ambassador") < bm25.idf("envoy")
    assert _weight(bm25, "gift") == bm25.idf("gift")  # nothing stands in for it: as rare as can be


def test_a_doer_is_written_by_the_noun_of_the_deed():
    assert paraphrase.present(stem("conducted"), set(terms("under conductor Yu Long"))) == paraphrase.RELATED_CREDIT
    assert paraphrase.present(stem("organiser"), set(terms("the Olympiad was organised by"))) == paraphrase.RELATED_CREDIT
    assert paraphrase.present(stem("formed"), set(terms("the former president"))) == 0.0


def test_news_words_for_the_same_act():
    assert paraphrase.present("retain", set(terms("the parties agreed on maintaining contacts"))) > 0
    assert paraphrase.present(stem("informed"), set(terms("the diplomat briefed him about the plan"))) > 0


def test_an_apostrophe_inside_a_name_keeps_it_one_word():
    assert terms("Xi'an") == ["xian"] and terms("O’Brien") == ["obrien"]
    assert terms("Tokayev's visit") == ["tokayev", "visit"]  # a possessive is not part of the name


def test_relatedness_goes_both_ways():
    from bot.paraphrase import present

    assert present("produc", {"production"}) and present("production", {"produc"})  # "be produced" / "Production"


def test_selling_is_written_as_sales():
    from bot import paraphrase
    from bot.terms import terms

    assert paraphrase.present("sell", set(terms("sales of wheat more than doubled"))) > 0
