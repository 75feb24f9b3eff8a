"""The Gradio chat UI, and nothing else: replies stream in, sources sit under each reply.

    python app.py [--host 127.0.0.1] [--port 7860] [--corpus DIR]
"""

from __future__ import annotations

import argparse
import html
import logging
from collections.abc import Iterator
from typing import Any

import gradio as gr

from bot import Answer, Bot
from bot.errors import BotError
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

    def create_app(self) -> gr.Blocks:
        with gr.Blocks(title="News archive QA") as demo:
            gr.Markdown("## Ask the news archive\nAnswers come only from the articles, with their sources; when the articles don't hold the answer, the bot says so.")
            chatbot = gr.Chatbot(height=520, label="Chat", elem_id="chat")
            turns = gr.State([])
            with gr.Row():
                box = gr.Textbox(placeholder="Ask about the articles…", show_label=False, scale=8, elem_id="question", max_length=self.bot.settings.max_question_chars + 500)
                send = gr.Button("Ask", variant="primary", scale=1, elem_id="ask")
            new = gr.Button("New conversation", elem_id="new")
            gr.Examples(EXAMPLES, inputs=box)
            box.submit(self.respond, [box, chatbot, turns], [chatbot, turns, box])
            send.click(self.respond, [box, chatbot, turns], [chatbot, turns, box])
            new.click(lambda: ([], [], ""), None, [chatbot, turns, box])
        return demo

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
