"""The Bot: question in, cited Answer out. Retrieval picks the evidence, the generator phrases it,
the claim check decides whether the phrasing may be sent, and the extractive reply is the fallback."""

from __future__ import annotations

import logging
import re
import unicodedata
from collections.abc import Generator as Stream
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

from embeddings import Encoder, SentenceTransformerEncoder

from . import claims, paraphrase, templates
from .answer_spans import best_span
from .answers import Answer, Source
from .calibration import Calibration
from .claims import render_date, unsupported
from .conversation import History, context_for, continues, elliptical, new_subject, normalise
from .errors import InvalidQuestion
from .evidence import WEIGHTS, Evidence, Retriever
from .extractive import DATED, bullet_list, drop_titles, shorten, trim, with_date
from .gathering import Item, as_evidence, gather
from .generator import Generator, TransformersGenerator
from .holding import names_held, years, years_held
from .library import Library, UpdateReport, update_library
from .people import country_of, people
from .phrasing import PhrasingRecord
from .question import ANSWER_NOUNS, ROLES, SPAN_KINDS, Question, analyse, country_terms
from .settings import Settings, load_settings
from .terms import STOPWORDS, fold, terms

log = logging.getLogger(__name__)
DEFAULT_THRESHOLD = 0.36  # used when no calibration file is present
LONG_REPLY = 25  # words; a typed answer in a longer reply is also written first ("Oct. 18: ...")
MAX_NEW_WORDS = 0.2  # share of a generated reply's terms that may be in neither evidence nor question
_NEGATION = re.compile(r"\b(?:not|no|never|neither|nor|none|without|cannot)\b|n't\b")
FOLLOWUP_SCALE = 0.8  # of the threshold, for evidence in the article a follow-up is about
_HE = re.compile(r"\b(?:he|she)\b", re.IGNORECASE)  # a follow-up's person: the one the last reply named first
_MORE = re.compile(r"\b(?:else|besides|apart from that|another|other things?)\W*$|\belse\b")  # "what else ...?", "... besides?"
BARE_FOLLOWUP_SCALE = 0.6  # ... when the follow-up has no words of its own ("when did he say it?")


class Bot:
    """Answers questions about one folder of articles. Models load on first use.

    `encoder` and `generator` may be injected (tests pass fakes); `generator=None` with the setting
    "none" answers extractively only.
    """

    def __init__(
        self,
        corpus: str | Path | None = None,
        *,
        settings: Settings | None = None,
        encoder: Encoder | None = None,
        generator: Generator | None = None,
        progress: bool = True,
    ) -> None:
        base = settings or load_settings()
        self.settings = base.with_overrides(corpus=Path(corpus) if corpus is not None else None)
        self._encoder = encoder
        self._generator = generator
        self._progress = progress
        self._library: Library | None = None
        self._retriever: Retriever | None = None
        self._phrasing: PhrasingRecord | None = None
        self._calibration = Calibration.load(self.settings.calibration) or Calibration(WEIGHTS, DEFAULT_THRESHOLD)

    # -- late loading --------------------------------------------------------------------------

    @property
    def encoder(self) -> Encoder:
        if self._encoder is None:
            self._encoder = SentenceTransformerEncoder(self.settings.embedder)
        return self._encoder

    @property
    def generator(self) -> Generator | None:
        if self._generator is None and self.settings.generator.lower() not in ("", "none", "off"):
            self._generator = TransformersGenerator(self.settings.generator, self.settings.cache_dir, self.settings.quantize)
        return self._generator

    @property
    def library(self) -> Library:
        if self._library is None:
            self.reindex()
        assert self._library is not None
        return self._library

    def reindex(self) -> UpdateReport:
        """Bring the index in line with the corpus folder (only new and changed articles are encoded)."""
        s = self.settings
        library, report = update_library(Path(s.corpus), s.index_path(), self.encoder, s.passage_words, self._progress)
        # Swapped in one assignment each: a question being answered keeps the library it started with.
        self._retriever = Retriever(library, self.encoder, s.top_passages, self._calibration.weights)
        self._library = library
        return report

    @property
    def threshold(self) -> float:
        """The refusal threshold: the setting when given, else the calibrated one."""
        return self.settings.min_evidence if self.settings.min_evidence is not None else self._calibration.threshold

    @property
    def retriever(self) -> Retriever:
        self.library  # noqa: B018 - builds the retriever with the library
        assert self._retriever is not None
        return self._retriever

    # -- answering -----------------------------------------------------------------------------

    def answer(self, question: str, history: History = None) -> Answer:
        """Answer `question` (earlier turns in `history`) from the articles, citing its sources."""
        final = None
        for event in self.stream(question, history):
            if isinstance(event, Answer):
                final = event
        assert final is not None
        return final

    def stream(self, question: str, history: History = None) -> Iterator[str | Answer]:
        """Yield the reply text as it grows (str), then the final Answer.

        The final text may differ from the streamed one: a generated reply that fails the claim
        check is replaced by the extractive one.
        """
        question = self.validate(question)
        turns = normalise(history)
        if turns and (again := elliptical(question, turns[-1][0], self.library.all_people)):
            question = again  # "and Li Huilai?" after "who met Li Zhanshu?": who met Li Huilai?
        refusal = templates.render("refusal")
        context = context_for(question, turns, refusal)
        q = analyse(self.library.spell_acronyms(question), self.library.name_terms)
        if context and new_subject(q, context):
            context = ""  # "and who did Tokayev meet?" after talk of Nuryshev: a question of its own
        if context and q.kind == "title" and not q.entities and (named := self._named_in_reply(turns[-1])):
            q = replace(q, entities=frozenset(terms(named[0])))  # "what is his position?": the one just named
        elif context and not q.entities and (he := _HE.search(question)) and (person := self._he(q, turns[-1])):
            # "what did he say?": what did Marat Karabayev say? (the one the last turn is about), asked
            # on its own, as the reply's sentence need not be near what he said
            q = analyse(f"{question[: he.start()]}{person}{question[he.end() :]}", self.library.name_terms)
            context = ""
        ranked = self.retriever.rank(q, context)
        # "what else did he visit?" wants what the conversation has not told yet
        wants_more = bool(turns and _MORE.search(fold(question)) and not turns[-1][1].startswith(refusal[:30]))
        if wants_more or (context and q.kind == "other" and analyse(turns[-1][0]).kind == "other"):
            # "What did the ambassador say ...?" after a reply naming him wants something new, not
            # that reply again ("when was that?" may well be answered by the same sentence), unless
            # the reply holds what the new question asks about ("what did he wish them?"). After
            # "who is the CEO?" the reply naming him may well hold what he said.
            said = [reply for _, reply in (turns if wants_more else turns[-1:])]  # "what else?": new to the whole talk
            asked = q.focus - set(terms(turns[-1][0])) - ANSWER_NOUNS - ROLES
            ranked = [
                e for e in ranked
                if not any(_told_in(self.library.sentences[e.sentence].text, reply) for reply in said)
                or (asked and all(paraphrase.present(t, set(terms(self.library.sentences[e.sentence].text))) for t in asked) and not wants_more)
            ]
        if context and q.kind == "place":
            # "where do most of them study?" after "... study in China?": somewhere the question did not say
            before = set(terms(turns[-1][0]))
            ranked = [e for e in ranked if not e.found or not all(set(terms(f)) <= before for f in e.found)]
        if q.kind == "published":
            yield self._published(question, q, ranked, context)
            return
        items = gather(self.library, q, ranked, self.threshold) if q.aggregate else []
        if len(items) > 1 or (items and q.kind == "organisation"):  # "which Chinese companies ...": by name, even one
            yield self._list_answer(question, q, items)
            return
        best = next((e for e in ranked if self._answerable(e, q)), None)
        # After "the articles don't say", there is no article the conversation is on.
        refused_before = bool(turns) and turns[-1][1].startswith(refusal[:30])
        same = None if refused_before else self._in_conversation_article(q, ranked, context, turns[-1][1] if turns else "")
        if same is not None and (best is None or continues(question) or same.score >= FOLLOWUP_SCALE * best.score):
            best = same
        elif context and not q.all_terms:
            best = None  # "the date?" of the meeting just talked about: not of another article's meeting
        if best is None:
            best = self._only_span(q, ranked)
        if best is None and items:  # "which Chinese officials are named?": one article names any
            yield self._list_answer(question, q, items)
            return
        if best is None:
            yield self._refusal(question, q, ranked, refusal)
            return
        yield from self._reply(question, q, best)

    def _he(self, q: Question, turn: tuple[str, str]) -> str | None:
        """Whom "he" / "she" in a follow-up means: the first person the last reply names ("who met the
        train?" - "Marat Karabayev: ..."). When the last question named someone else ("what did
        Tokayev say about Xi Jinping?" - "... of President Xi Jinping ..."), a what-question means
        that one, and "when did he say it?" is left as it is (its "it" is the conversation's words)."""
        named = self._named_in_reply(turn)
        if not named:
            return None
        asked = [n for n in claims.names(turn[0]) if set(terms(n)) & self.library.all_people]
        if asked and not set(terms(named[0])) & set(terms(asked[0])) and analyse(turn[0]).kind != "person":
            return asked[0] if q.kind == "other" else None
        return named[0]

    @staticmethod
    def _named_in_reply(turn: tuple[str, str]) -> list[str]:
        """The people the last reply names; after a who-question, the ones it answered with first
        ("who did Nuryshev meet?" - "Nuryshev met with Song Tao": Song Tao)."""
        named = [p.name for p in people(turn[1])]
        if analyse(turn[0]).kind != "person":
            return named
        asked = set(terms(turn[0]))
        return sorted(named, key=lambda n: bool(set(terms(n)) & asked))

    def _only_span(self, q: Question, ranked: list[Evidence]) -> Evidence | None:
        """For "when / what day / how many" questions the evidence scores too low for: the one span
        of that kind in the best-ranked article holding every name the question gives."""
        if q.kind not in SPAN_KINDS or q.aggregate or not q.entities:
            return None
        docs = dict.fromkeys(self.library.passages[e.passage].doc_id for e in ranked)
        doc = next((d for d in docs if names_held(self.library, q, d, every=True)), None)
        found = self.retriever.only_span(q, doc) if doc else None
        return found if found is not None and self.adds_to_question(found, q) else None

    def _in_conversation_article(self, q: Question, ranked: list[Evidence], context: str, reply: str = "") -> Evidence | None:
        """A follow-up ("and who was the Chinese side?") is about the article the conversation is on:
        its evidence there is held to a lower bar and preferred unless another article answers
        clearly better, or the question names something that article does not hold. The sentence
        the last reply told comes first ("How much is it worth?" after "a car plant ..., by Chery")."""
        if not context:
            return None
        top = self.library.bm25.top(context, 1)
        if not top:
            return None
        doc = self.library.passages[top[0][0]].doc_id
        # "Chinese" is held by an article naming China in any form
        held = self.library.doc_countries(doc)
        countries = {t for w in re.findall(r"[\w’'\-]+", q.text) if country_of(w) in held for t in terms(w)}
        if not q.entities - countries <= self.library.doc_terms(doc):
            return None
        # A question made only of the conversation's words is scored on them alone: a lower bar.
        scale = FOLLOWUP_SCALE if q.all_terms else BARE_FOLLOWUP_SCALE
        there = [e for e in ranked if self.library.passages[e.passage].doc_id == doc and self._answerable(e, q, scale)]
        back = bool(_BACK.search(fold(q.text)) or continues(q.text)) and not _CONTRAST.search(fold(q.text))  # "it", not "the next one"
        told = [
            e for e in there
            if back and reply and e.found and _told_in(self.library.sentences[e.sentence].text, reply)
            and not all(set(terms(f)) & set(terms(context)) for f in e.found)  # an answer the conversation already has is no answer
        ]
        if not told and _IT.search(q.text) and not q.entities:
            # "and how much did it cost?" after "Who built the Zhanatas-2 farm?": a sentence naming Zhanatas-2 before
            # one on the Kordai farm (it is named by the conversation, the other is not)
            named = {t for n in claims.names(context) if not country_of(n) for t in terms(n)}

            def elsewhere(e: Evidence) -> bool:  # names things, none of them the conversation's
                own = {t for n in claims.names(self.library.sentences[e.sentence].text) if not country_of(n) for t in terms(n)}
                return bool(own) and not own & named

            there.sort(key=elsewhere)
        return (told or there or [None])[0]

    def validate(self, question: object) -> str:
        if not isinstance(question, str):
            raise InvalidQuestion(f"the question must be text, not {type(question).__name__}")
        cleaned = "".join(c for c in question if unicodedata.category(c)[0] != "C" or c in "\n\t")
        cleaned = re.sub(r"\s+", " ", cleaned).strip()
        if not cleaned:
            raise InvalidQuestion("the question is empty: type a question about the articles")
        if len(cleaned) > self.settings.max_question_chars:
            raise InvalidQuestion(
                f"the question is too long ({len(cleaned)} characters; the limit is {self.settings.max_question_chars})"
            )
        return cleaned

    def _answerable(self, evidence: Evidence, q: Question, scale: float = 1.0) -> bool:
        return evidence.score >= self.threshold * scale and self.adds_to_question(evidence, q)

    def _published(self, question: str, q: Question, ranked: list[Evidence], context: str) -> Answer:
        """"When was the article on Tokayev's meeting with Wang Huning published?": the date the
        article carries, of the article the question (or the conversation) is about."""
        if q.aggregate and not q.entities:  # "Which articles were published in 2016?"
            return self._published_list(question, q)
        topic = q if q.entities or not context else analyse(context, self.library.name_terms)
        if topic.entities or len(self.library.articles) == 1:
            best = next((e for e in ranked if names_held(self.library, topic, self.library.passages[e.passage].doc_id)), None)
        else:  # "When was the Oct. 18 meeting reported?": the one article holding all its words
            lib = self.library
            holding = [a.doc_id for a in lib.articles if q.focus and q.focus <= lib.doc_terms(a.doc_id)]
            best = next((e for e in ranked if [lib.passages[e.passage].doc_id] == holding), None)
        if best is None or not self.library.passages[best.passage].date:
            return self._refusal(question, q, ranked, templates.render("refusal"))
        passage = self.library.passages[best.passage]
        title = drop_titles(passage.title, set(q.all_terms))
        text = templates.render("published", title=title, date=" ".join(render_date(passage.date).split()[1:4]))
        return Answer(text, True, [self._source(best)], "extractive", question)

    def _published_list(self, question: str, q: Question) -> Answer:
        """Each article's date, of the articles dated in the years the question gives (all when none)."""
        asked_years = years(question)
        lines, sources = [], []
        for article in self.library.articles:
            first = self.library.doc_passages(article.doc_id)[:1]
            if not article.date or not first or (asked_years and article.date[:4] not in asked_years):
                continue
            when = " ".join(render_date(article.date).split()[1:4])
            lines.append((f"{when}: “{drop_titles(article.title, set(q.all_terms))}”", article.doc_id))
            sentence = self.library.by_passage[first[0]][0]
            sources.append(self._source(Evidence(sentence, first[0], 1.0, True, ())))
        if not lines:
            return Answer(templates.render("refusal"), False, [], "refusal", question)
        undated = sum(not a.date for a in self.library.articles)
        note = "\n" + templates.render("undated", count=str(undated)) if undated and not asked_years else ""
        return Answer(bullet_list(lines) + note, True, sources, "extractive", question)

    def adds_to_question(self, evidence: Evidence, q: Question) -> bool:
        """Typed as asked, from an article that holds what the question names (holding.py), and
        adding something to the question, not repeating it."""
        text = self.library.sentences[evidence.sentence].text
        new = set(terms(text)) - q.all_terms - STOPWORDS
        passage = self.library.passages[evidence.passage]
        # "The branch has admitted 320 students in its first year.": the answer alone is new (not in a
        # headline, which its story tells more fully)
        answer_only = fold(text) != fold(passage.title) and bool(new & {t for span in evidence.found for t in terms(span)})
        return (
            evidence.typed
            # "what will the company do about the ruling?": "... it would appeal the ruling" (one new word is the answer)
            and (len(new) >= 2 or answer_only or (bool(new) and bool(_DOING.search(fold(q.text)))))
            and names_held(self.library, q, passage.doc_id)
            and years_held(self.library, q, passage.doc_id, passage.date)
        )

    def evidence_sentences(self, evidence: Evidence) -> list[str]:
        """The supporting sentence, preceded by the earlier one that names its actor, if any."""
        lib = self.library
        told_with = [evidence.lead] if evidence.lead is not None else []
        return [lib.sentences[s].text for s in sorted({*told_with, evidence.sentence})]

    def evidence_text(self, evidence: Evidence) -> str:
        return " ".join(self.evidence_sentences(evidence))

    def _reply(self, question: str, q: Question, best: Evidence) -> Iterator[str | Answer]:
        passage = self.library.passages[best.passage]
        evidence_text = " ".join(trim(t) for t in self.evidence_sentences(best))
        # (and the things a "besides X, what else ...?" question names: the answer is listed with them)
        keep = set(q.all_terms) | {t for span in best.found for t in terms(span)} | {t for p in q.besides for t in terms(p)}
        extractive = " ".join(self._shorten(trim(t), q, keep, bool(best.found)) for t in self.evidence_sentences(best))
        if best.found and not fold(extractive).startswith(tuple(fold(f) for f in best.found)) and (
            not any(fold(f) in fold(extractive) for f in best.found)  # it was in the dateline, now trimmed
            or _ambiguous(extractive, q, best.found)  # the reply names other people too
            or len(extractive.split()) > LONG_REPLY  # hard to spot in a long sentence
            # "... cost 150 million dollars, of which the banks lent 97 million": which figure answers
            or (q.kind == "number" and len(claims.numbers(extractive)) > 1)
            or (q.kind in ("place", "date", "year") and len(best.found) > 1)  # "at the regional museum ... at the Kinopark cinema"
        ):
            together = q.kind == "person" and (_plural(q) or _joined_in(best.found, self.evidence_text(best)))
            span = _join(list(best.found)) if together else best_span(best.found, self.evidence_text(best), q)
            extractive = f"{span[:1].upper()}{span[1:]}: {extractive}"
        if q.kind == "title" and best.found:
            extractive = _office_reply(q, best_span(best.found, self.evidence_text(best), q), self.evidence_text(best)) or extractive
        if q.kind in ("date", "weekday", "year"):
            extractive = with_date(extractive, passage.date)
        sources = self._sources(best)
        source_texts = [t for src in sources for t in (src.text, src.title, render_date(src.date))]
        if unsupported(extractive, source_texts):  # a shortening or rewrite went wrong: the sentences as written
            extractive = evidence_text
        extractive = re.sub(r":$", ".", extractive)  # a list's opening told alone
        generator = self.generator
        record = self._phrasing_record()
        if generator is not None and record.worth_asking():
            generated = yield from self._phrase(generator, question, evidence_text, source_texts)
            accepted = bool(generated) and self._acceptable(generated, q, best, evidence_text, source_texts)
            record.record(accepted)
            if accepted:
                yield Answer(generated, True, sources, "generated", question)
                return
        yield Answer(extractive, True, sources, "extractive", question)

    @staticmethod
    def _shorten(sentence: str, q: Question, keep: set[str], typed: bool, listed: tuple[str, ...] = ()) -> str:
        """The sentence as a reply: see extractive.shorten; long offices go too unless the question
        asks about an office or names a word of it, or the office holds a name the list gives."""
        text = shorten(sentence, keep - country_terms(q.text), typed)  # "Kazakh" keeps no credit line
        named = {t for name in listed for t in terms(name)}
        return text if q.kind == "title" or q.role else drop_titles(text, set(q.all_terms) | named)

    def _phrase(self, generator: Generator, question: str, evidence: str, source_texts: list[str]) -> Stream[str, None, str]:
        """Stream the generator's phrasing (partial texts); return its first sentence, or "" on failure."""
        user = templates.render("answer_user", evidence=evidence, question=question)
        stream = generator.stream(templates.render("answer_system"), user, evidence, self.settings.max_new_tokens)
        text = ""
        try:
            for piece in stream:
                text += piece
                # A claim the sources lack means the reply can never be sent: stop generating.
                complete = text.rsplit(" ", 1)[0] if " " in text.strip() else ""
                if complete and unsupported(complete, source_texts):
                    return ""
                yield text
        except Exception as exc:  # a failing model must not cost the user the answer
            log.warning("generator failed, answering extractively: %s", exc)
            return ""
        finally:
            close = getattr(stream, "close", None)
            if close:
                close()  # stops the model too
        return _first_sentence(text)

    def _phrasing_record(self) -> PhrasingRecord:
        if self._phrasing is None:
            name = getattr(self._generator, "name", None) or self.settings.generator
            self._phrasing = PhrasingRecord(Path(self.settings.cache_dir) / "phrasing.json", name, self.settings.phrase)
        return self._phrasing

    def _acceptable(self, reply: str, q: Question, best: Evidence, evidence: str, sources: list[str]) -> bool:
        """A generated reply is sent only if every claim is in the sources, it says nothing the
        evidence and the question do not (no "not" the evidence lacks, few new words) and it keeps
        the answer."""
        if unsupported(reply, sources):
            return False
        said = set(terms(evidence + " " + q.text))
        if _NEGATION.findall(fold(reply)) and not _NEGATION.findall(fold(evidence)):
            return False  # "The conquest of Cyprus ... was not an island"
        own = set(terms(reply))
        if own and len(own - said) > MAX_NEW_WORDS * len(own):
            return False
        folded = fold(reply)
        if best.found:
            return any(fold(f) in folded for f in best.found)
        wanted = set(terms(evidence)) - q.all_terms
        if not wanted:
            return False
        return len(wanted & set(terms(reply))) / len(wanted) >= 0.7

    def _list_answer(self, question: str, q: Question, items: list[Item]) -> Answer:
        """One line per article; for "who" lists and datelines the answers first, then where they come from."""
        lines = []
        for item in items:
            e = as_evidence(item)
            label = self.library.passages[e.passage].doc_id
            keep = set(q.all_terms) | {t for answer in item.answers for t in terms(answer)}
            text = self._shorten(trim(self.library.sentences[e.sentence].text), q, keep, bool(item.answers), item.answers)
            lines.append((f"{', '.join(item.answers)}: {text}" if item.answers else text, label))
        text = bullet_list(lines)
        if items[0].answers:
            named = list(dict.fromkeys(n for item in items for n in item.answers))
            text = f"{_join(named)}.\n" + text.split("\n", 1)[1]
        sources = [src for item in items for src in self._sources(as_evidence(item))]
        return Answer(text, True, sources, "extractive", question)

    def _refusal(self, question: str, q: Question, ranked: list[Evidence], refusal: str) -> Answer:
        near = ranked[0] if ranked and ranked[0].score >= 0.8 * self.threshold else None
        if near is None:
            return Answer(refusal, False, [], "refusal", question)
        asked = set(q.all_terms)
        sentence = drop_titles(trim(self.library.sentences[near.sentence].text), asked)
        title = drop_titles(self.library.passages[near.passage].title, asked)
        if fold(sentence).startswith(fold(title).rstrip(".…")[:60]):  # the title is the opening sentence
            text = templates.render("refusal_near_opening", sentence=sentence)
        else:
            text = templates.render("refusal_near", title=title, sentence=sentence)
        return Answer(text, False, [self._source(near)], "refusal", question)

    def _sources(self, e: Evidence) -> list[Source]:
        """The evidence's passage, and the passage of its lead sentence when that is another one."""
        sources = [self._source(e)]
        if e.lead is not None and self.library.sentences[e.lead].passage != e.passage:
            lead = self.library.sentences[e.lead]
            p = self.library.passages[lead.passage]
            sources.append(Source(p.doc_id, p.title, p.date, p.text, round(e.score, 4), lead.text, p.start, p.end))
        return sources

    def _source(self, e: Evidence) -> Source:
        lib = self.library
        p = lib.passages[e.passage]
        sentence = lib.sentences[e.sentence].text
        return Source(p.doc_id, p.title, p.date, p.text, round(e.score, 4), sentence, p.start, p.end)


# "How much is it worth?" refers to what the last reply told; "where will the next one be?" to something else
_BACK = re.compile(r"\b(?:it|its|that|this|they|them|there)\b")
_CONTRAST = re.compile(r"\b(?:next|other|else|another|first|second|third|last|previous|besides)\b")
TOLD_SHARE = 0.8  # of a reply's words a sentence holds when the reply told it (whole or shortened)


_IT = re.compile(r"\b(?:it|its|they|them|their)\b", re.IGNORECASE)
_DOING = re.compile(r"^(?:and |so )?what (?:will|would|did|does|do|is|was|are|were) .+ (?:do|doing|done)\b")


def _told_in(sentence: str, reply: str) -> bool:
    """The reply told this sentence: in full, or shortened ("On February 23, Shakhrat Nuryshev met
    with Song Tao." for the sentence with his long office)."""
    reply = DATED.sub("", reply)  # "... met with Song Tao (article dated 24 February 2016)."
    if fold(trim(sentence))[:80] in fold(reply):
        return True
    told = set(terms(reply.split(": ", 1)[-1].split("\n", 1)[0]))
    return len(told) >= 4 and len(told & set(terms(sentence))) >= TOLD_SHARE * len(told)


def _first_sentence(text: str) -> str:
    text = re.sub(r"\s+", " ", text).strip()
    match = re.search(r"^.*?[.!?](?=\s|$)", text)
    return match.group(0) if match else text


def _join(names: list[str]) -> str:
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


_PLURAL_ASKED = re.compile(r"^(?:and |so )?(?:which|what) (?:\w+ ){0,2}?(\w+s)\b")


def _joined_in(found: tuple[str, ...], text: str) -> bool:
    """The spans are written as one doer: "QazaqGaz and China National Petroleum Corporation signed"."""
    if len(found) == 2:  # "Akim of Astana Zhenis Kassymbek and Mayor of Beijing Yin Yong signed": offices between
        office = r"(?:(?:[A-Z][\w\-]*|of|the)\s+)*"
        return bool(re.search(rf"{re.escape(found[0])},? and {office}{re.escape(found[1])}", text))
    return len(found) > 1 and _join(list(found)) in text.replace(", and ", " and ")


def _plural(q: Question) -> bool:
    """"Which leaders did he call ...?": the answer is all the people the sentence gives."""
    asked = _PLURAL_ASKED.match(fold(q.text))
    return bool(asked and set(terms(asked.group(1))) & ANSWER_NOUNS)


def _office_reply(q: Question, office: str, evidence: str) -> str | None:
    """"Who is Li Huilai?" - "Li Huilai is Assistant Minister of Foreign Affairs of China.": the
    person and the office the sentence writes with the name (the sentence itself is the cited source)."""
    person = next((p for p in people(evidence) if p.title == office), None)
    if person is None:
        return None
    verb = "was" if re.search(r"\bwas\b", fold(q.text)) else "is"
    office = re.sub(r"^The ", "the ", office.rstrip(" ,"))  # "The airline's president Peter Foster"
    if " " not in office and paraphrase.is_word(fold(office)):  # "Economist Almas Chukin": an economist
        office = f"{'an' if office[:1].lower() in 'aeiou' else 'a'} {office.lower()}"
    return f"{person.name} {verb} {office}."


def _ambiguous(reply: str, q: Question, answers: tuple[str, ...]) -> bool:
    """A "who" reply naming people besides the answer and those the question names: "On February 23,
    Shakhrat Nuryshev met with Song Tao." does not say which one was "the Chinese side". So is an
    office in a sentence naming two people."""
    if q.kind == "title":  # "what is his position?" answered by a sentence giving two offices
        return len(people(reply)) > 1
    if q.kind != "person":
        return False
    named = set(terms(" ".join(answers))) | q.all_terms
    return any(not set(terms(p.name)) & named for p in people(reply))
