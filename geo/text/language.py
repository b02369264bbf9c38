"""Which of our languages an article is in (py3langid, offline), with letters only one language has as the
tie-breaker between languages of one script (ru/uk on short texts)."""

from __future__ import annotations

import functools
import itertools
import re

from geo.lexicon import available_languages, load_lexicon

FALLBACK_LANGUAGE = "en"
LANGUAGE_SAMPLE = 1000  # characters py3langid reads: its accuracy is level well before; each costs time
MIN_LETTERS = 20  # fewer letters than this (a number, a caption's credit) say nothing about the language
LETTER = re.compile(r"[^\W\d_]")  # a letter of any script (no digit, no underscore)


@functools.cache
def _identifier(languages: tuple[str, ...]):
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    identifier.set_languages(list(languages))
    return identifier


def detect_language(text: str, languages: tuple[str, ...] | None = None) -> str:
    """The most likely language among those we have lexicons for (py3langid, offline); English when unsure."""
    languages = languages or available_languages()
    if len(languages) == 1:
        return languages[0]
    sample = text[:LANGUAGE_SAMPLE]
    if sum(1 for _ in itertools.islice(LETTER.finditer(sample), MIN_LETTERS)) < MIN_LETTERS:
        return FALLBACK_LANGUAGE if FALLBACK_LANGUAGE in languages else languages[0]
    lang, prob = _identifier(tuple(sorted(languages))).classify(sample)
    by_letters = _by_own_letters(sample, lang, languages)
    if by_letters != lang:
        return by_letters
    return lang if prob >= 0.5 else FALLBACK_LANGUAGE


def _by_own_letters(sample: str, lang: str, languages: tuple[str, ...]) -> str:
    """A text with letters only one language has (`і`, `ї`, `є` for Ukrainian; `ы`, `э` for Russian) and none of
    the chosen language's own letters is in that other language: py3langid confuses the two on a headline."""
    lowered = sample.lower()
    own = {code: load_lexicon(code).own_letters for code in languages}
    if not own.get(lang) or any(ch in own[lang] for ch in lowered):
        return lang
    present = [
        code for code, letters in own.items() if letters and code != lang and any(ch in letters for ch in lowered)
    ]
    return present[0] if len(present) == 1 else lang
