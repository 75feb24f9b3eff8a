"""Adding and removing articles: every kind of bad input gets a reason, and nothing else breaks."""

import io
from pathlib import Path

import pytest

from app import ChatApp
from bot.articles import MAX_BYTES, load_articles
from bot.documents import add_files, remove, safe_name
from bot.formats import extract

HTML = """<html><head><title>Page title</title><meta property="article:published_time" content="2024-05-02T10:00">
<script>var secret = "script text";</script><style>p { color: red }</style></head>
<body><nav>Menu</nav><h1>Astana forum</h1><p>The forum gathered 5,000 delegates.</p></body></html>"""


def _pdf(text: str | None) -> bytes:
    """A one-page PDF, with a text layer when `text` is given (built by hand: no PDF writer needed)."""
    from pypdf import PdfWriter

    if text is None:
        writer = PdfWriter()
        writer.add_blank_page(200, 200)
        out = io.BytesIO()
        writer.write(out)
        return out.getvalue()
    stream = f"BT /F1 12 Tf 20 100 Td ({text}) Tj ET".encode()
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 300 200] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        b"<< /Title (PDF headline) /CreationDate (D:20230115120000) >>",
    ]
    body, offsets = b"%PDF-1.4\n", []
    for n, obj in enumerate(objects, 1):
        offsets.append(len(body))
        body += b"%d 0 obj\n" % n + obj + b"\nendobj\n"
    xref = len(body)
    body += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    body += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    body += b"trailer\n<< /Size %d /Root 1 0 R /Info 6 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return body


def test_html_text_title_and_date_without_scripts():
    got = extract(Path("a.html"), HTML.encode())
    assert got.title == "Page title" and got.date == "2024-05-02"
    assert "5,000 delegates" in got.text and "script text" not in got.text and "color" not in got.text


def test_pdf_text_layer_title_and_date():
    got = extract(Path("a.pdf"), _pdf("Tokayev met Wang Huning in Beijing."))
    assert "Tokayev met Wang Huning" in got.text
    assert got.title == "PDF headline" and got.date == "2023-01-15"


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        ("empty.txt", b"", "empty"),
        ("blank.md", b"\n\n   \n", "empty"),
        ("binary.txt", bytes(range(256)) * 4, "binary"),
        ("latin.txt", "caf\xe9 au lait".encode("latin-1"), "not UTF-8"),
        ("scan.pdf", _pdf(None), "no text layer"),
        ("broken.pdf", b"%PDF-1.4 garbage", "PDF"),
        ("notes.docx", b"PK\x03\x04", "unsupported type"),
    ],
)
def test_bad_files_are_refused_with_the_reason(corpus: Path, tmp_path: Path, name: str, content: bytes, reason: str):
    source = tmp_path / name
    source.write_bytes(content)
    before = sorted(p.name for p in corpus.iterdir())
    [outcome] = add_files(corpus, [source])
    assert outcome.status == "refused" and reason in outcome.reason and outcome.name == name
    assert sorted(p.name for p in corpus.iterdir()) == before


def test_oversized_file_is_refused_without_reading_it(corpus: Path, tmp_path: Path):
    big = tmp_path / "big.txt"
    with big.open("wb") as handle:  # sparse: 50 MB on paper, nothing on disk
        handle.truncate(50 * 1024 * 1024)
    [outcome] = add_files(corpus, [big])
    assert outcome.status == "refused" and "too large" in outcome.reason and f"{MAX_BYTES // 2**20} MB" in outcome.reason


def test_duplicate_of_an_existing_article_is_refused(corpus: Path, tmp_path: Path):
    copy = tmp_path / "copy.txt"
    copy.write_text((corpus / "002_speaker.txt").read_text())
    [outcome] = add_files(corpus, [copy])
    assert outcome.status == "refused" and "duplicate" in outcome.reason and "002_speaker" in outcome.reason


@pytest.mark.parametrize("name", ["my article.txt", "статья über.txt", "../../escape.txt", "..\\..\\evil.txt", "/etc/passwd.txt"])
def test_odd_names_land_inside_the_corpus(corpus: Path, tmp_path: Path, name: str):
    source = tmp_path / "upload.bin"
    source.write_text(f"A unique article about {name} and the grain harbour in Aktau.")
    [outcome] = add_files(corpus, [source], [name])
    assert outcome.status == "added", outcome
    landed = corpus / safe_name(name)
    assert landed.exists() and landed.resolve().parent == corpus.resolve()
    assert not (tmp_path / "escape.txt").exists() and not (corpus.parent / "evil.txt").exists()


def test_update_replaces_and_remove_deletes(corpus: Path, tmp_path: Path):
    new = tmp_path / "002_speaker.html"
    new.write_text(HTML)
    [outcome] = add_files(corpus, [new])
    assert outcome.status == "updated"
    assert not (corpus / "002_speaker.txt").exists()  # the same id in another format is replaced
    assert [o.status for o in add_files(corpus, [new])] == ["unchanged"]
    assert [o.status for o in remove(corpus, ["002_speaker", "nope"])] == ["removed", "refused"]
    assert [a.doc_id for a in load_articles(corpus)] == ["001_meeting"]


def test_app_upload_and_remove(make_bot, tmp_path: Path):
    app = ChatApp(make_bot())
    good, bad = tmp_path / "harbour.txt", tmp_path / "empty.txt"
    good.write_text("The harbour in Aktau handled 5 million tonnes of grain in 2021.")
    bad.write_text("")
    status, rows, _, _ = app.upload([str(good), str(bad)], progress=lambda *a, **k: None)
    assert "harbour.txt**: added" in status and "empty.txt**: refused" in status
    assert "harbour" in [r[0] for r in rows]
    a = app.bot.answer("How many tonnes of grain did the Aktau harbour handle?")
    assert a.answered and a.sources[0].doc_id == "harbour"
    status, rows, _ = app.delete(["harbour"])
    assert "removed" in status and "harbour" not in [r[0] for r in rows]
    assert not app.bot.answer("How many tonnes of grain did the Aktau harbour handle?").answered
