"""Messages from below the UI in the interface language.

The domain, storage, exchange and services stay Qt-free and write their messages in Indonesian
(import findings, errors they raise, validation messages, progress texts); the error workbook and
the command line keep them so. The UI shows every such text through ``translate_message``:

    translate_message("Tanggal tidak mungkin: '31/02/1985'.")   # English UI:
    "Impossible date: '31/02/1985'."                            # the template, translated

``python -m desktop_app.tools.translations update`` extracts the templates from the source (an
f-string becomes "Tanggal tidak mungkin: {0}.") into ``messages_catalogue.py``, so they are
translated in ``berdaya_en.ts`` in the context "messages". Here a text is matched against them
(most specific first), the template is translated and the captured values are put back (a value
that is itself a message is translated too; names, cell values and Indonesian labels inside a
message stay as captured). A text made of several messages ("Nama wajib diisi. Pilih jenis
kelamin.") is translated sentence by sentence. Unknown text comes back unchanged, and in the
Indonesian interface every text does, at no cost.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

CONTEXT = "messages"
_PLACEHOLDER = re.compile(r"\{(\d+)\}")
_SENTENCE_END = re.compile(r"(?<=[.!?…])\s+")
_KEY = 6  # templates are looked up by the first characters of their text
_CACHE_LIMIT = 50_000  # distinct texts remembered (an import shows at most a few thousand)
_DEPTH = 2  # how deep a captured value is translated in turn

_english = False
_cache: dict[str, str] = {}
_translated: dict[str, str] = {}  # template -> its English (this language)


@dataclass(slots=True)
class _Template:
    text: str  # "Tanggal tidak mungkin: {0}."
    regex: re.Pattern[str]
    needle: str  # its longest literal piece: a text without it cannot match
    weight: int  # literal characters: the more, the more specific


def _compile(template: str) -> _Template:
    pieces = _PLACEHOLDER.split(template)  # literal, number, literal, number, …
    literals = pieces[0::2]
    pattern = "".join(
        re.escape(piece) if i % 2 == 0 else "(.*?)" for i, piece in enumerate(pieces)
    )  # fmt: skip
    order = [int(n) for n in pieces[1::2]]
    if order != sorted(order):  # placeholders are numbered in order of appearance
        raise ValueError(f"template placeholders out of order: {template!r}")
    return _Template(template, re.compile(pattern, re.DOTALL), max(literals, key=len),
                     sum(len(p) for p in literals))  # fmt: skip


class Matcher:
    """Finds the template a text was made from; built once from the catalogue."""

    def __init__(self, templates: tuple[str, ...] | list[str]) -> None:
        compiled = sorted((_compile(t) for t in dict.fromkeys(templates)),
                          key=lambda t: -t.weight)  # fmt: skip
        self.by_key: dict[str, list[_Template]] = {}
        self.loose: list[_Template] = []  # templates starting with a value or a short word
        for template in compiled:
            prefix = _PLACEHOLDER.split(template.text)[0]
            if len(prefix) >= _KEY:
                self.by_key.setdefault(prefix[:_KEY], []).append(template)
            else:
                self.loose.append(template)
        self._candidates: dict[str, list[_Template]] = {}

    def candidates(self, text: str) -> list[_Template]:
        key = text[:_KEY]
        found = self._candidates.get(key)
        if found is None:
            found = sorted(self.by_key.get(key, []) + self.loose, key=lambda t: -t.weight)
            self._candidates[key] = found
        return found

    def match(self, text: str) -> tuple[str, tuple[str, ...]] | None:
        """(template, captured values) of the most specific template ``text`` fits."""
        for template in self.candidates(text):
            if template.needle in text:
                hit = template.regex.fullmatch(text)
                if hit is not None:
                    return template.text, hit.groups()
        return None


_matcher: Matcher | None = None


def matcher() -> Matcher:
    global _matcher
    if _matcher is None:
        from desktop_app.ui.messages_catalogue import MESSAGES

        _matcher = Matcher(MESSAGES)
    return _matcher


def set_language(language: str) -> None:
    """Called by ``ui.i18n.install`` once the translators of ``language`` are in force."""
    global _english
    _english = language == "en"
    _cache.clear()
    _translated.clear()


def is_known(text: str) -> bool:
    """True when ``text`` was made from a message template (in any interface language)."""
    core = text.strip()
    return bool(core) and (matcher().match(core) is not None or _by_sentence(core, 0, False))


def translate_message(text: str) -> str:
    """``text`` in the interface language; unchanged when Indonesian or not a known message."""
    if not _english or not text:
        return text
    done = _cache.get(text)
    if done is None:
        done = _translate(text, 0)
        if len(_cache) >= _CACHE_LIMIT:
            _cache.clear()
        _cache[text] = done
    return done


def _english_of(template: str) -> str:
    english = _translated.get(template)
    if english is None:
        english = QCoreApplication.translate(CONTEXT, template)
        _translated[template] = english
    return english


def _translate(text: str, depth: int) -> str:
    core = text.strip()
    if sum(c.isalpha() for c in core[:40]) < 3:
        return text  # a number, a date, a code: no message
    done = _whole(core, depth)
    if done is None:
        done = _by_sentence(core, depth, True) or None
    if done is None:
        return text
    start = text.index(core[0])
    return text[:start] + done + text[start + len(core) :]


def _whole(core: str, depth: int) -> str | None:
    hit = matcher().match(core)
    if hit is None:
        return None
    template, values = hit
    english = _english_of(template)
    if english == template and not values:
        return core
    if depth < _DEPTH:
        values = tuple(_translate(v, depth + 1) for v in values)
    return _PLACEHOLDER.sub(
        lambda m: values[int(m.group(1))] if int(m.group(1)) < len(values) else m.group(0),
        english,
    )


def _by_sentence(core: str, depth: int, translate: bool) -> str | bool:
    """Several messages in one text ("Nama wajib diisi. Pilih jenis kelamin."): each sentence
    group that is a message, translated; False unless the whole text is covered."""
    for gap in _SENTENCE_END.finditer(core):
        head, tail = core[: gap.start()], core[gap.end() :]
        if matcher().match(head) is None:
            continue
        rest = matcher().match(tail) is not None or _by_sentence(tail, depth, False)
        if not rest:
            continue
        if not translate:
            return True
        first = _whole(head, depth)
        second = _whole(tail, depth) or _by_sentence(tail, depth, True)
        if first is not None and isinstance(second, str):
            return first + gap.group(0) + second
    return False
