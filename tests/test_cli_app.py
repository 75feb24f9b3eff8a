import json

from app import ChatApp, render_sources
from bot import cli
from tests.conftest import FakeGenerator


def test_cli_json_output(make_bot, monkeypatch, capsys):
    monkeypatch.setattr(cli, "make_bot", lambda args: make_bot())
    assert cli.main(["--json", "who", "met", "song", "tao"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["answered"] and out["sources"][0]["doc_id"] == "001_meeting"


def test_cli_prints_reply_and_sources(make_bot, monkeypatch, capsys):
    monkeypatch.setattr(cli, "make_bot", lambda args: make_bot())
    cli.main(["Who met Song Tao?"])
    out = capsys.readouterr().out
    assert "Nuryshev" in out and "[1]" in out and "2016-02-24" in out



def test_cli_error_exit_code(monkeypatch, capsys, tmp_path):
    assert cli.main(["--corpus", str(tmp_path / "missing"), "--generator", "none", "hello?"]) == 2
    assert "corpus folder not found" in capsys.readouterr().err


def test_app_streams_and_shows_sources(make_bot):
    app = ChatApp(make_bot(FakeGenerator(["Shakhrat Nuryshev met Song Tao."])))
    steps = list(app.respond("Who met Song Tao?", [], []))
    assert len(steps) > 2
    messages, turns, box = steps[-1]
    assert box == "" and turns[0][0] == "Who met Song Tao?"
    assert "<mark>" in messages[-1]["content"] and "Sources" in messages[-1]["content"]


def test_app_gives_friendly_messages_for_bad_input(make_bot):
    app = ChatApp(make_bot())
    for bad in ["", "   ", "y" * 5000]:
        messages, turns, _ = list(app.respond(bad, [], []))[-1]
        assert messages[-1]["content"].startswith("⚠️") and turns == []


def test_app_hides_unexpected_errors(make_bot):
    bot = make_bot()

    def broken(*args, **kwargs):
        raise RuntimeError("internal detail")
        yield

    bot.stream = broken
    messages, _, _ = list(ChatApp(bot).respond("Who met Song Tao?", [], []))[-1]
    assert "internal detail" not in messages[-1]["content"] and "went wrong" in messages[-1]["content"]


def test_sources_html_escapes_text(make_bot):
    a = make_bot().answer("Who met Song Tao?")
    assert "<script" not in render_sources(a)
