"""The Gradio chat UI, and nothing else: replies stream in, sources sit under each reply.

    python app.py [--host 127.0.0.1] [--port 7860] [--corpus DIR]
"""

from __future__ import annotations

import argparse
import html
import logging
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import gradio as gr

from bot import Answer, Bot
from bot.articles import MAX_BYTES
from bot.documents import add_files, describe, remove
from bot.errors import BotError
from bot.formats import SUFFIXES
from bot.settings import load_settings

log = logging.getLogger("app")

EXAMPLES = [
    "Who met Song Tao?",
    "What did Nigmatulin praise about Kazakh-Chinese relations?",
    "What kind of body is the CPPCC?",
    "Which press services are cited in these articles?",
]
CSS = """
.sources { font-size: 0.9em; margin-top: 0.6em; }
.sources mark { background: #fff3a3; padding: 0 2px; }
.sources .meta { color: #666; }
"""


def render_sources(a: Answer) -> str:
    """The reply's sources as HTML: title, date and the passage with its supporting sentence marked."""
    if not a.sources:
        return ""
    label = "Sources" if a.answered else "Closest passage (it does not answer the question)"
    items = []
    for n, s in enumerate(a.sources, 1):
        passage = html.escape(s.text)
        if s.sentence and s.sentence in s.text:
            passage = passage.replace(html.escape(s.sentence), f"<mark>{html.escape(s.sentence)}</mark>", 1)
        meta = f"{html.escape(s.date or 'undated')} · {html.escape(s.doc_id)}"
        items.append(f"<li><b>[{n}] {html.escape(s.title)}</b> <span class='meta'>({meta})</span><br>{passage}</li>")
    return f"<div class='sources'><details open><summary>{label}</summary><ol>{''.join(items)}</ol></details></div>"


class ChatApp:
    def __init__(self, bot: Bot) -> None:
        self.bot = bot

    def respond(
        self, message: str, messages: list[dict[str, Any]], turns: list[tuple[str, str]]
    ) -> Iterator[tuple[list[dict[str, Any]], list[tuple[str, str]], str]]:
        """One chat turn: yields (chatbot messages, history pairs, textbox value) as the reply grows."""
        messages = list(messages or [])
        turns = list(turns or [])
        try:
            question = self.bot.validate(message)
        except BotError as exc:
            messages += [{"role": "user", "content": str(message or "")[:200]}, {"role": "assistant", "content": f"⚠️ {exc}"}]
            yield messages, turns, ""
            return
        messages += [{"role": "user", "content": question}, {"role": "assistant", "content": "…"}]
        yield messages, turns, ""
        try:
            for event in self.bot.stream(question, turns):
                if isinstance(event, Answer):
                    messages[-1] = {"role": "assistant", "content": event.text + "\n\n" + render_sources(event)}
                    turns.append((question, event.text))
                else:
                    messages[-1] = {"role": "assistant", "content": event + " ▌"}
                yield messages, turns, ""
        except BotError as exc:
            messages[-1] = {"role": "assistant", "content": f"⚠️ {exc}"}
            yield messages, turns, ""
        except Exception:  # never a traceback in the browser
            log.exception("answering failed")
            messages[-1] = {"role": "assistant", "content": "⚠️ Something went wrong while answering; the error is in the server log."}
            yield messages, turns, ""

    # -- documents ------------------------------------------------------------------------------

    def document_rows(self) -> list[list[Any]]:
        short = lambda t: t if len(t) <= 60 else t[:57] + "…"  # noqa: E731 - keeps date and size on screen
        return [[d.doc_id, short(d.title), d.date or "", f"{d.size / 1024:.1f} KB", d.passages] for d in describe(self.bot.library)]

    # Gradio injects the progress tracker through this default argument (its documented pattern).
    def upload(self, files: list[str] | None, progress: gr.Progress = gr.Progress(track_tqdm=True)) -> tuple[str, list[list[Any]], Any, None]:  # noqa: B008
        """Add uploaded files to the corpus and index them; the chat uses them once this returns."""
        if not files:
            return "Choose one or more files first.", self.document_rows(), self._choices(), None
        try:
            progress(0.05, desc="Checking files")
            outcomes = add_files(Path(self.bot.settings.corpus), [Path(f) for f in files], [Path(f).name for f in files])
            progress(0.2, desc="Indexing")
            report = self.bot.reindex()
        except BotError as exc:
            return f"⚠️ {exc}", self.document_rows(), self._choices(), None
        lines = [f"- **{html.escape(o.name)}**: {o.status}{' — ' + html.escape(o.reason) if o.reason else ''}" for o in outcomes]
        lines.append(f"\nIndex updated: {len(report.added)} added, {len(report.updated)} updated ({report.encoded_passages} passages encoded). Ready to answer.")
        return "\n".join(lines), self.document_rows(), self._choices(), None

    def delete(self, doc_ids: list[str] | None) -> tuple[str, list[list[Any]], Any]:
        if not doc_ids:
            return "Choose the articles to remove first.", self.document_rows(), self._choices()
        try:
            outcomes = remove(Path(self.bot.settings.corpus), list(doc_ids))
            self.bot.reindex()
        except BotError as exc:
            return f"⚠️ {exc}", self.document_rows(), self._choices()
        lines = [f"- **{html.escape(o.name)}**: {o.status}{' — ' + html.escape(o.reason) if o.reason else ''}" for o in outcomes]
        return "\n".join(lines), self.document_rows(), self._choices()

    def _choices(self) -> Any:
        return gr.update(choices=[a.doc_id for a in self.bot.library.articles], value=[])

    def create_app(self) -> gr.Blocks:
        with gr.Blocks(title="News archive QA") as demo, gr.Tabs():
            with gr.Tab("Chat"):
                self._chat_tab()
            with gr.Tab("Documents", elem_id="documents-tab"):
                self._documents_tab()
        return demo

    def _documents_tab(self) -> None:
        gr.Markdown(
            f"Upload articles ({', '.join(SUFFIXES)}; at most {MAX_BYTES // (1024 * 1024)} MB each, UTF-8 text). "
            "They are checked, copied into the corpus folder and indexed; only new or changed articles are encoded."
        )
        table = gr.Dataframe(self.document_rows(), headers=["id", "title", "date", "size", "passages"], interactive=False, elem_id="doc-table",
            column_widths=["20%", "44%", "13%", "11%", "12%"],
        )
        with gr.Row():
            files = gr.File(file_count="multiple", label="Upload", elem_id="upload", type="filepath")
            with gr.Column():
                add = gr.Button("Add to the archive", variant="primary", elem_id="add-docs")
                chosen = gr.Dropdown(choices=[a.doc_id for a in self.bot.library.articles], multiselect=True, label="Articles to remove", elem_id="remove-choice")
                drop = gr.Button("Remove", variant="stop", elem_id="remove-docs")
        status = gr.Markdown(elem_id="doc-status")
        add.click(self.upload, [files], [status, table, chosen, files])
        drop.click(self.delete, [chosen], [status, table, chosen])

    def _chat_tab(self) -> None:
        gr.Markdown("## Ask the news archive\nAnswers come only from the articles, with their sources; when the articles don't hold the answer, the bot says so.")
        chatbot = gr.Chatbot(height="70vh", label="Chat", elem_id="chat")
        turns = gr.State([])
        with gr.Row():
            box = gr.Textbox(placeholder="Ask about the articles…", show_label=False, scale=8, elem_id="question", max_length=self.bot.settings.max_question_chars + 500)
            send = gr.Button("Ask", variant="primary", scale=1, elem_id="ask")
        new = gr.Button("New conversation", elem_id="new")
        gr.Examples(EXAMPLES, inputs=box)
        box.submit(self.respond, [box, chatbot, turns], [chatbot, turns, box])
        send.click(self.respond, [box, chatbot, turns], [chatbot, turns, box])
        new.click(lambda: ([], [], ""), None, [chatbot, turns, box])

    def launch(self, host: str = "127.0.0.1", port: int = 7860) -> None:
        self.create_app().queue().launch(server_name=host, server_port=port, css=CSS, footer_links=[])


def main() -> None:
    parser = argparse.ArgumentParser(description="Chat with the news archive in the browser.")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=7860)
    parser.add_argument("--corpus", help="folder of .txt/.md articles (default: corpus/)")
    parser.add_argument("--generator", help='generator model, or "none" for extractive answers only')
    args = parser.parse_args()
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")
    bot = Bot(settings=load_settings(corpus=args.corpus, generator=args.generator))
    bot.library  # noqa: B018 - build or load the index before the first visitor arrives
    ChatApp(bot).launch(args.host, args.port)


if __name__ == "__main__":
    main()
