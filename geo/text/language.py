"""Which of our languages an article is in (py3langid, offline)."""

from __future__ import annotations

import functools

from geo.lexicon import available_languages

FALLBACK_LANGUAGE = "en"


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
    sample = text[:4000]
    if sum(ch.isalpha() for ch in sample) < 20:
        return FALLBACK_LANGUAGE if FALLBACK_LANGUAGE in languages else languages[0]
    lang, prob = _identifier(tuple(sorted(languages))).classify(sample)
    return lang if prob >= 0.5 else FALLBACK_LANGUAGE
