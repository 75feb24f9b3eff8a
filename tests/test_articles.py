import logging
from pathlib import Path

import pytest

from bot.articles import clean_text, find_title, load_articles
from bot.errors import CorpusError
from bot.passages import split_article
from bot.sentences import dateline_date, split_sentences, strip_dateline


def test_metadata_and_blank_runs_are_removed():
    text, date = clean_text(" date 2016-02-24 BEIJING. First line.\n\n\n\n\nSecond paragraph.\n\n\n")
    assert date == "2016-02-24"
    assert text == "BEIJING. First line.\n\nSecond paragraph."


def test_no_date_header_means_no_date():
    assert clean_text("Just text.")[1] is None


def test_title_is_headline_else_first_sentence():
    assert find_title("Kazakhstan, China eye cooperation\n\nBody text here.") == "Kazakhstan, China eye cooperation"
    assert find_title("BEIJING. KAZINFORM The envoy met him. Then more.") == "The envoy met him."


def test_loading_skips_non_utf8_with_a_warning(corpus: Path, caplog: pytest.LogCaptureFixture):
    (corpus / "bad.txt").write_bytes("caf\xe9".encode("latin-1"))
    (corpus / "notes.pdf").write_text("ignored")
    with caplog.at_level(logging.WARNING):
        articles = load_articles(corpus)
    assert [a.doc_id for a in articles] == ["001_meeting", "002_speaker"]
    assert "bad.txt" in caplog.text


def test_empty_or_missing_folder_is_a_clear_error(tmp_path: Path):
    with pytest.raises(CorpusError, match="no readable article"):
        load_articles(tmp_path)
    with pytest.raises(CorpusError, match="not found"):
        load_articles(tmp_path / "missing")


def test_passages_point_back_to_the_exact_text(corpus: Path):
    for article in load_articles(corpus):
        for p in split_article(article, max_words=20):
            assert article.text[p.start : p.end] == p.text
            assert p.doc_id == article.doc_id and p.date == article.date
            assert "\n\n\n" not in p.text and "date 2016" not in p.text


def test_sentences_keep_datelines_and_abbreviations_together():
    text = "BEIJING. KAZINFORM Mr. Li met Sh. Nuryshev on Oct. 18. They talked."
    assert [s for _, _, s in split_sentences(text)] == [
        "BEIJING. KAZINFORM Mr. Li met Sh. Nuryshev on Oct. 18.",
        "They talked.",
    ]
    text = "It opened at the L.N. Gumilyov Eurasian National University. It has four laboratories."
    assert [s for _, _, s in split_sentences(text)][0] == "It opened at the L.N. Gumilyov Eurasian National University."
    assert strip_dateline("NUR-SULTAN. KAZINFORM – Majilis Speaker spoke.") == "Majilis Speaker spoke."
    assert strip_dateline("ASTANA, March 14, 2023 – A workshop opened.") == "A workshop opened."
    assert strip_dateline("ASTANA, 12 October 2022 – A forum opened.") == "A forum opened."
    assert strip_dateline("CEO of Khorgos Gateway spoke.") == "CEO of Khorgos Gateway spoke."  # an acronym, no dateline


def test_a_date_line_with_a_colon_is_metadata_too():
    text, date = clean_text("Date: 2021-05-04\nGrain record\n\nThe port handled 7 million tonnes.\n")
    assert date == "2021-05-04" and text.startswith("Grain record")


def test_a_dateline_with_a_date_dates_an_undated_story():
    assert dateline_date("Workshop opens\n\nASTANA, March 14, 2023 – A workshop opened on Monday.") == "2023-03-14"
    assert dateline_date("ASTANA, 12 October 2022 – A forum opened.") == "2022-10-12"
    assert dateline_date("ZHANATAS, Kazakhstan – A wind farm opened on 27 June 2021.") is None


def test_a_date_line_under_the_headline_is_metadata():
    assert clean_text("Kazakhstan beat China\n\nDate: 2023-09-01\n\nThe team won 3-2.\n") == (
        "Kazakhstan beat China\n\nThe team won 3-2.",
        "2023-09-01",
    )
    assert clean_text("Head\n\nThe date: 2016-02-24 was set.")[1] is None
