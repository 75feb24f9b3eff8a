"""Replies made from the evidence itself: the supporting sentence, trimmed to read as an answer."""

from __future__ import annotations

import re

from . import paraphrase
from .claims import render_date
from .people import people
from .sentences import strip_dateline
from .terms import terms

_OPENERS = re.compile(
    r"^(?:in turn|for instance|for example|in conclusion|in addition|in particular|in general|"
    r"meanwhile|moreover|furthermore|besides|also|recall that|it is noted that|notably|however|thus)\s*,?\s+|^(?:so|yes|well),\s+",  # "So far ..." keeps its "So"
    re.IGNORECASE,
)


def trim(sentence: str) -> str:
    """The sentence without dateline, leading connective or unbalanced quotes; ends with a full stop."""
    text = strip_dateline(sentence.strip())
    text = re.sub(r"^(?:[-–—]|(?:A|Answer)\s*:)\s+", "", text)  # "- We are working ...", "A: We started ...": an interview's answer
    text = re.sub(r"^(?:\d{1,2}[.)]|[•*])\s+", "", text)  # "2. Clothing and footwear ...": a list's item
    text = _OPENERS.sub("", text)
    for open_q, close_q in (("“", "”"), ('"', '"'), ("‘", "’")):
        if open_q != close_q:
            if text.count(open_q) > text.count(close_q) and text.startswith(open_q):
                text = text[1:]
            if text.count(close_q) > text.count(open_q):
                text = text.replace(close_q, "", 1) if text.endswith(close_q) else text
        elif text.count(open_q) % 2 == 1:
            text = text.replace(open_q, "", 1)
    opens_list = text.rstrip().endswith(":")  # "The five largest groups were:" is told with an item after it
    text = text.strip(" ,;:") + (":" if opens_list else "")
    if text and text[0].islower():
        text = text[0].upper() + text[1:]
    if text and text[-1] not in ".!?:":
        text += "."
    return text


# Where the story came from, not who said it: ", reported the Akorda press service." /
# ", Kazinform has learnt from the press service of ..." (a speaker's "the diplomat said" stays).
ATTRIBUTION = re.compile(r",\s*[^,]*\b(?:press service|has learnt|news agency|reported|reports)\b[^,]*\.$")
# ", the chair of the National Committee ..., a political advisory body in China," after a name.
_APPOSITION = re.compile(r"(?<=[A-Za-z\)]), (?:the|a|an) [^,;“”\"]{3,120}?(?:, (?:the|a|an) [^,;“”\"]{3,120}?)*,(?= ([a-z]+))")
_PARENTHESIS = re.compile(r" \([^()]{1,80}\)")
# A closing participle or relative clause: "..., expressing confidence in the readiness of ...".
_TRAILING = re.compile(r",\s+(?:[a-z]+ing|which|while|whereas|thereby)\b[^,;“”\"]*?(?=\.$)")
LONG_SENTENCE = 25  # words; shorter sentences keep their closing clause


def shorten(sentence: str, keep: set[str], typed: bool) -> str:
    """The sentence without a closing source attribution ("..., reported the press service.") and,
    when the answer is a known span (`typed`: who / when / where / how many), without appositions
    and parentheses; a part holding any of the `keep` terms (the question's words and the answer)
    stays. For other questions an apposition may be the answer ("what is Wang Huning's post?")."""

    def cut(pattern: re.Pattern[str], text: str, end: str = "") -> str:
        for match in reversed(list(pattern.finditer(text))):
            if not set(terms(match.group(0))) & keep and not _clause(match, text):
                # "Zhang Bingxian, a retired professor ..., who spent": the relative clause keeps its comma
                joint = "," if not end and re.match(r"\s*(?:who|whose|whom|which)\b", text[match.end() :]) else end
                text = text[: match.start()] + joint + text[match.end() :]
        return text

    text = cut(ATTRIBUTION, sentence, ".")
    if len(text.split()) > LONG_SENTENCE:  # "..., expressing confidence in ...": an aside the question did not ask about
        text = cut(_TRAILING, text)
    text = cut(_PARENTHESIS, cut(_APPOSITION, text)) if typed else text
    return condense(text, keep)


def _clause(match: re.Match[str], text: str) -> bool:
    """An "apposition" before "and" that follows no name is a clause of its own: "To cut queues, the
    crossing now works 24 hours a day, and a second terminal ..." (but "X, the chair of Y, and Z")."""
    follows = match.groups()[:1] and match.group(1) in ("and", "but")
    before = text[: match.start()].split()
    return bool(follows) and not (before and before[-1][:1].isupper())


CONDENSE_WORDS = 30  # a longer sentence listing several things keeps only the ones asked about
HEAD_WORDS = 6  # the opening of the sentence (who did what) always stays
_SEGMENT = re.compile(r",\s+|;\s+|\s+as well as\s+")


def condense(sentence: str, keep: set[str]) -> str:
    """A long sentence listing things, cut to its opening and the items holding a `keep` term (or a
    word related to one), each with the apposition after it: "The diplomat briefed him about the
    Address …, “100 Specific Steps” National Plan …" for "which national plan ...?". Items inside
    quotation marks stay whole."""
    if len(sentence.split()) <= CONDENSE_WORDS:
        return sentence
    parts = _segments(sentence.rstrip("."))
    head = 0
    while head < len(parts) - 1 and len(" ".join(parts[: head + 1]).split()) < HEAD_WORDS:
        head += 1
    wanted = [i > head and any(paraphrase.present(t, set(terms(p))) for t in keep) for i, p in enumerate(parts)]
    for i in range(head + 2, len(parts)):  # "... (CPPCC), a political advisory body": what it is
        wanted[i] = wanted[i] or (wanted[i - 1] and bool(re.match(r"(?:a|an|the)\s", parts[i])))
    for i in range(len(parts) - 1, head + 1, -1):  # "..., which builds transformers and solar stations, including two in ...": of what it names
        wanted[i - 1] = wanted[i - 1] or (wanted[i] and bool(re.match(r"(?:including|such as|among them)\b", parts[i])))
    for i, part in enumerate(parts):  # "our interests coincide: this is trade, the creation of ...": the list stays
        if (i <= head or wanted[i]) and ": " in part:
            j = i + 1
            while j < len(parts) and parts[j][:1].islower():
                wanted[j], j = True, j + 1
    if not any(wanted) or all(wanted[head + 1 :]):
        return sentence
    out, skipped = "", False
    for i, part in enumerate(parts):
        if i <= head or wanted[i]:
            out += (" … " if skipped else (", " if out else "")) + part
            skipped = False
        else:
            skipped = True
    return out + (" …" if skipped else ".")


def _segments(text: str) -> list[str]:
    """`text` split at commas, semicolons and "as well as", except inside quotation marks."""
    parts, start = [], 0
    for match in _SEGMENT.finditer(text):
        before = text[: match.start()]
        if before.count("“") > before.count("”") or before.count('"') % 2:
            continue
        parts.append(text[start : match.start()])
        start = match.end()
    return [*parts, text[start:]]


_TITLE_WORD = re.compile(r"^(?:[A-Z][\w’'\-]*|of|the|and|to|for|on)$")
LONG_TITLE = 5  # words; "President of Kazakhstan" stays, "Ambassador Extraordinary and ... of China" goes


def drop_titles(sentence: str, keep: set[str]) -> str:
    """Long capitalised offices written with a name, before it ("Head of the International Liaison
    Department of the Central Committee of the Communist Party of China Song Tao") or after it
    (", Chairman of the Standing Committee of the ... of China"), unless they hold a `keep` term:
    "On February 23, Shakhrat Nuryshev met with Song Tao." The cited passage still has them."""
    text = sentence
    persons = people(sentence)
    for n in range(len(persons) - 1, -1, -1):  # from the end, so earlier offsets stay valid
        person = persons[n]
        if text[person.end : person.end + 2] == ", ":
            after = _title_run(text[person.end + 2 :].split(" "))
            if _droppable(after, keep):
                tail = text[person.end + 2 + len(after) :]
                text = text[: person.end] + (tail[1:] if tail.startswith(",") else tail)
        before = " ".join(reversed(_title_run(text[: person.start].split(" ")[-2::-1]).split(" ")))
        start = person.start - len(before) - 1
        if _droppable(before, keep) and not (n and persons[n - 1].end > start):  # not across a name
            text = text[:start] + text[person.start :]
    return text[0].upper() + text[1:] if text else text


def _title_run(words: list[str]) -> str:
    """The run of title words at the start of `words`, from and to a capitalised one."""
    run: list[str] = []
    for word in words:
        if not _TITLE_WORD.match(word.rstrip(",")):
            break
        run.append(word.rstrip(","))
        if word.endswith(","):  # the apposition ends here
            break
    while run and not run[-1][:1].isupper():
        run.pop()
    while run and not run[0][:1].isupper():
        return ""  # "... Tokayev and Wang Huning": "and" next to the name, so no title
    return " ".join(run)


def _droppable(title: str, keep: set[str]) -> bool:
    """A long title holding no `keep` term, nor a longer form of one ("chairman" for "chair")."""
    words = set(terms(title))
    return len(title.split()) >= LONG_TITLE and not any(w == k or (len(k) >= 4 and w.startswith(k)) for w in words for k in keep)


DATED = re.compile(r" \(article dated [^)]*\)")  # what with_date adds to a reply


def with_date(reply: str, date: str | None) -> str:
    """Add the article's date when the reply gives a day without a year."""
    if date and not re.search(r"\b(1[5-9]|20)\d\d\b", reply):
        pretty = render_date(date).split(" ")[1:4]
        return f"{reply[:-1] if reply.endswith('.') else reply} (article dated {' '.join(pretty)})."
    return reply


def bullet_list(items: list[tuple[str, str]]) -> str:
    """A reply for a question whose answer is spread over several articles: one line per article."""
    lines = [f"- {trim(sentence)} [{label}]" for sentence, label in items]
    return "The articles say:\n" + "\n".join(lines)
