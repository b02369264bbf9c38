"""How many were killed and hurt, as the report's sentence tells it (`31 killed`, `tewaskan 10 orang`,
`погибли пятеро`, `загинули троє`, `استشهاد 5`): a number next to a death or injury word of the lexicon."""

from __future__ import annotations

from dataclasses import dataclass

from geo.lexicon import Lexicon, PhraseSet
from geo.text import Document, Token, tokenize

# a count is read only from words this close to its death or injury word (after skipping `gap` words)
MAX_GAP_WORDS = 4
MAX_COUNT = 100_000  # larger figures are years, sums of money or totals of a war, not one strike's casualties


@dataclass(frozen=True, slots=True)
class Casualties:
    """Killed and injured as the text states them; None when it gives no figure."""

    fatalities: int | None = None
    injured: int | None = None


def casualties_in(doc: Document, sentence: int, lex: Lexicon) -> tuple[int | None, int | None]:
    """(fatalities, injured) of the report in sentence `sentence`; the next sentence of the same paragraph is read
    when this one gives no figure (`A drone hit Sumy. Three people were killed.`)."""
    found = count_casualties(doc.sentence_text(sentence), lex)
    nxt = sentence + 1
    if found == Casualties() and nxt < len(doc.sentences) and _same_paragraph(doc, sentence, nxt):
        found = count_casualties(doc.sentence_text(nxt), lex)
    return found.fatalities, found.injured


def _same_paragraph(doc: Document, a: int, b: int) -> bool:
    """Paragraphs are the text's lines (`normalise`): no line break between the two sentences."""
    return "\n" not in doc.text[doc.sentences[a].end : doc.sentences[b].start]


def count_casualties(text: str, lex: Lexicon) -> Casualties:
    """The largest figure next to a death word and next to an injury word of one sentence; 0 when the text says
    nobody was hurt and gives no figure."""
    tokens = tokenize(text)
    words = [t for t in tokens if t.is_word or t.text in ",،"]
    stems = [lex.stems(t.lower) if t.is_word else frozenset({t.text}) for t in words]
    killed = _figures(words, stems, lex.killed, lex)
    injured = _figures(words, stems, lex.injured, lex)
    if (
        not killed
        and not injured
        and lex.nobody_hurt.find_all([frozenset({w.lower}) | s for w, s in zip(words, stems, strict=True)])
    ):
        return Casualties(0, 0)
    return Casualties(max(killed, default=None), max(injured, default=None))


def _figures(words: list[Token], stems: list[frozenset[str]], cues: PhraseSet, lex: Lexicon) -> list[int]:
    figures = []
    for start, end, _ in cues.find_all(stems):
        near = [n for n in (_number_before(words, start, lex), _number_after(words, end, lex)) if n is not None]
        if near:
            figures.append(min(near, key=lambda n: n[1])[0])  # the nearer side's (`استشهاد 5 ... وإصابة 7`)
    return figures


def _number_before(words: list[Token], k: int, lex: Lexicon) -> tuple[int, int] | None:
    """`31 people were killed`: the number nearest before word k, with only gap words between: (number, gap)."""
    j, skipped = k - 1, 0
    while j >= 0 and skipped <= MAX_GAP_WORDS:
        value = _value(words, j, lex)
        if value is not None:
            return value, skipped
        step = _gap_before(words, j, lex)
        if not step:
            return None
        j, skipped = j - step, skipped + step
    return None


def _number_after(words: list[Token], k: int, lex: Lexicon) -> tuple[int, int] | None:
    """`killing at least 31`, `погибли пятеро`: the number nearest after the word, with only gap words between."""
    j, skipped = k, 0
    forms = [frozenset({w.lower}) | lex.stems(w.lower) for w in words]
    while j < len(words) and skipped <= MAX_GAP_WORDS:
        value = _value(words, j, lex)
        if value is not None:
            return value, skipped
        gap = lex.casualty_gap.match_at(forms, j)
        if not gap:
            return None
        j, skipped = j + gap[0], skipped + gap[0]
    return None


def _gap_before(words: list[Token], j: int, lex: Lexicon) -> int:
    """How many words of a gap phrase end at word j (0: none)."""
    forms = [frozenset({w.lower}) | lex.stems(w.lower) for w in words[max(0, j - 4) : j + 1]]
    offset = max(0, j - 4)
    for start in range(len(forms)):
        m = lex.casualty_gap.match_at(forms, start)
        if m and offset + start + m[0] == j + 1:
            return m[0]
    return 0


def _value(words: list[Token], j: int, lex: Lexicon) -> int | None:
    """Word j as a count: digits (any script's, `1,200`) or a number word, not a date, an age or a distance."""
    word = words[j]
    nxt = words[j + 1].lower if j + 1 < len(words) else ""
    if nxt in lex.months or nxt in lex.distance_units or nxt in lex.long_units or nxt in lex.day_units:
        return None  # `5 октября`, `10 km`, `55 лет`
    text = word.text.replace(",", "").replace("\u066c", "")  # thousands separators (`1,200`, Arabic `١٬٢٠٠`)
    if text.isdecimal():
        value = int(text)
        return value if 0 < value <= MAX_COUNT else None
    if j > 0 and words[j - 1].lower in lex.negation:
        return None  # `no one was hurt`
    return lex.casualty_numbers.get(word.lower)
