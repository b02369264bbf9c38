"""Event dates from the words of a report, resolved against the publication date (ACLED time precision 1/2/3)."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from datetime import date, timedelta

from geo.lexicon import Lexicon
from geo.text import Token

DAY, WEEK, MONTH = 1, 2, 3
# `the 2014 shelling`, `the 2022 missile strike`: how far after `the YEAR` an action word may come
YEAR_ACTION_WINDOW = 3
# a day named without its year may be the day after the page's date: time zones differ by less than a day
TIME_ZONE_DAYS = 1


@dataclass(frozen=True, slots=True)
class DateMention:
    """A date expression found in the text: the day it names, how precise it is, and whether it opens a period."""

    start: int
    end: int
    day: date
    precision: int
    since: bool


def parse_published(value: str | None) -> date | None:
    """`YYYY-MM-DD` (or a longer ISO timestamp) to a date; anything else is None."""
    if not value:
        return None
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _infer_year(month: int, day: int, published: date | None) -> date | None:
    """A day without a year is the latest such day not after publication, or the day after it: a page dated in one
    time zone tells of a night already the next day where it happened (`On 13 September, at 00:05` in Armenia, in a
    page dated 12 September)."""
    if published is None:
        return None
    ahead = _safe_date(published.year + 1, month, day)  # `1 January` in a page dated 31 December
    if ahead and (ahead - published).days <= TIME_ZONE_DAYS:
        return ahead
    found = _safe_date(published.year, month, day)
    if found and (found - published).days > TIME_ZONE_DAYS:
        found = _safe_date(published.year - 1, month, day)
    return found


def find_dates(tokens: list[Token], lex: Lexicon, published: date | None) -> list[DateMention]:
    """Every date expression among the tokens (one sentence or clause), in text order."""
    found: list[DateMention] = []
    n = len(tokens)
    i = 0
    while i < n:
        tok = tokens[i]
        since = i > 0 and tokens[i - 1].lower in lex.since_words
        hit = _match_at(tokens, i, lex, published)
        if hit:
            length, day, precision = hit
            found.append(DateMention(tok.start, tokens[i + length - 1].end, day, precision, since))
            i += length
        else:
            i += 1
    return found


def _num(tok: Token | None, lo: int, hi: int) -> int | None:
    if tok is None or not tok.text.isdecimal():
        return None
    value = int(tok.text)
    return value if lo <= value <= hi else None


@functools.cache
def _openers(lex: Lexicon) -> frozenset[str]:
    """First words of the lexicon's relative date phrases (`kemarin`, `last`): a quick test before matching."""
    return frozenset(phrase[0] for phrase in lex.relative)


def _match_at(tokens: list[Token], i: int, lex: Lexicon, published: date | None) -> tuple[int, date, int] | None:
    """One date expression starting at token i: (tokens used, day, precision)."""

    def at(k: int) -> Token | None:
        return tokens[k] if 0 <= k < len(tokens) else None

    tok = tokens[i]
    if not (
        tok.text[0].isdigit()
        or tok.lower in lex.months
        or tok.lower in lex.weekdays
        or tok.lower in _openers(lex)
        or tok.lower in lex.numbers
        or tok.lower in lex.duration_words
    ):
        return None
    # 5/10/2020 (order from the lexicon) and 2020-10-05
    if tok.text.isdecimal() and at(i + 1) and at(i + 1).text == "/" and at(i + 3) and at(i + 3).text == "/":
        a, b, y = _num(tok, 1, 31), _num(at(i + 2), 1, 31), _num(at(i + 4), 1900, 2100)
        if a and b and y:
            d, mth = (a, b) if lex.date_order == "dmy" else (b, a)
            day = _safe_date(y, mth, d)
            if day:
                return 5, day, DAY
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", tok.text):
        day = _safe_date(int(tok.text[:4]), int(tok.text[5:7]), int(tok.text[8:10]))
        if day:
            return 1, day, DAY
    # 4 Oktober (2020)
    d = _num(tok, 1, 31)
    nxt = at(i + 1)
    if d and nxt and nxt.lower in lex.months:
        mth = lex.months[nxt.lower]
        year = _num(at(i + 2), 1900, 2100)
        day = _safe_date(year, mth, d) if year else _infer_year(mth, d, published)
        if day:
            return (3 if year else 2), day, DAY
    # October 4(,) (2020)
    if tok.lower in lex.months and tok.is_capitalised:
        mth = lex.months[tok.lower]
        k = i + 1
        if at(k) and at(k).text == ".":
            k += 1
        d = _num(at(k), 1, 31)
        if d and at(k + 1) and at(k + 1).lower in ("st", "nd", "rd", "th"):
            k += 1
        if d:
            y_at = k + 2 if at(k + 1) and at(k + 1).text == "," else k + 1
            year = _num(at(y_at), 1900, 2100)
            day = _safe_date(year, mth, d) if year else _infer_year(mth, d, published)
            if day:
                return (y_at + 1 - i if year else k + 1 - i), day, DAY
        # month alone (October 2020 / in October): month precision
        year = _num(at(i + 1), 1900, 2100)
        if year or published:
            y = year or (published.year if published else 0)
            day = _safe_date(y, mth, 1)
            if day and published and day > published and not year:
                day = _safe_date(y - 1, mth, 1)
            if day:
                return (2 if year else 1), day, MONTH
    # weekday names: the latest such day not after publication
    if tok.lower in lex.weekdays and (tok.is_capitalised or not lex.weekdays_capitalised) and published:
        back = (published.weekday() - lex.weekdays[tok.lower]) % 7
        return 1, published - timedelta(days=back), DAY
    # `two days ago` / `dua hari lalu`
    count = lex.numbers.get(tok.lower) or _num(tok, 1, 31)
    unit, ago = at(i + 1), at(i + 2)
    if count and published and unit and ago and unit.lower in lex.day_units and ago.lower in lex.ago_words:
        return 3, published - timedelta(days=count), DAY
    # `for more than two years` / `for months`: how long something has lasted dates its start, as history
    if tok.lower in lex.duration_words and published:
        span = _duration(tokens, i + 1, lex)
        if span:
            length, days = span
            return length + 1, published - timedelta(days=days), MONTH
    # `in 2014` / `pada 2022`: only a past year counts, and only to tell history from news
    year = _num(tok, 1900, 2100)
    before = at(i - 1)
    if year and published and year < published.year and before:
        dated = before.lower in lex.year_prepositions
        if dated or (before.lower in lex.year_determiners and _event_after(tokens, i, lex)):
            return 1, date(year, 12, 31), MONTH
    # relative phrases: kemarin, last week
    relative = _relative_at(tokens, i, lex) if published else None
    if relative:
        length, offset, precision = relative
        return length, published - timedelta(days=offset), precision
    return None


def _relative_at(tokens: list[Token], i: int, lex: Lexicon) -> tuple[int, int, int] | None:
    """The longest relative phrase at token i (`kemarin`, `last week`): (length, days back, precision)."""
    for length in (4, 3, 2, 1):
        words = tuple(t.lower for t in tokens[i : i + length])
        if len(words) == length and words in lex.relative:
            offset, precision = lex.relative[words]
            return length, offset, precision
    return None


def days_back(tokens: list[Token], lex: Lexicon) -> int:
    """The farthest a relative phrase of the tokens reaches back, in days, with no publication date to count from
    (`tahun lalu`, last year: 365); 0 when they have none."""
    openers = _openers(lex)
    found = (_relative_at(tokens, i, lex) for i, tok in enumerate(tokens) if tok.lower in openers)
    return max((relative[1] for relative in found if relative), default=0)


def _event_after(tokens: list[Token], i: int, lex: Lexicon) -> bool:
    """`the 2014 shelling of Donetsk`: an action within a few words after the year at token i makes it an event's."""
    forms = [lex.stems(t.lower) for t in tokens[i + 1 : i + 1 + YEAR_ACTION_WINDOW]]
    return bool(lex.actions.find_all(forms))


def _duration(tokens: list[Token], i: int, lex: Lexicon) -> tuple[int, int] | None:
    """`more than 15 years` / `months` starting at token i: (tokens used, days); a bare plural counts as two."""
    k = i
    while k < len(tokens) and k - i < 4 and tokens[k].lower in lex.duration_fillers:
        k += 1
    count = lex.numbers.get(tokens[k].lower) or _num(tokens[k], 1, 100) if k < len(tokens) else None
    k += 1 if count else 0
    if k >= len(tokens) or tokens[k].lower not in lex.long_units:
        return None
    return k + 1 - i, (count or 2) * lex.long_units[tokens[k].lower]


def pick_event_date(mentions: list[DateMention], published: date | None) -> DateMention | None:
    """The date a strike happened: a point date over a 'since' date, the latest not after publication (or the day
    after it, in the time zone where it happened)."""
    usable = [m for m in mentions if published is None or (m.day - published).days <= TIME_ZONE_DAYS]
    if not usable:
        return None
    pointed = [m for m in usable if not m.since] or usable
    best_precision = min(m.precision for m in pointed)
    precise = [m for m in pointed if m.precision == best_precision]
    return max(precise, key=lambda m: (m.day, m.start))
