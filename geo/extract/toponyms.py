"""Every toponym of a text with its place: the geoparsing half of extraction on its own (`python -m geo places`,
`geo.places(text)`), so it can be measured against the public geoparsing corpora and used by other tools.

Offsets are Python string indices into the text exactly as given: the text is cleaned as `normalise` cleans it, but
through `geo.text.offsets`, which remembers where each character came from.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass

from gazetteer import Gazetteer, Place
from geo.errors import InputError
from geo.extract.pipeline import default_gazetteer, resolve_document
from geo.extract.scoring import Scorer, fitted_scorer
from geo.lexicon import available_languages, load_lexicon
from geo.text import Document, detect_language, normalise, tokenize
from geo.text.offsets import MappedText, clean_mapped, drop_furniture


@dataclass(frozen=True, slots=True)
class Toponym:
    """One mention of a place: `text[start:end]` of the input, and the gazetteer place chosen for it."""

    start: int
    end: int
    text: str
    name: str | None
    lat: float | None
    lon: float | None
    geonameid: int | None
    feature_code: str | None
    country_code: str | None

    def as_dict(self) -> dict[str, object]:
        return asdict(self)


def _geonameid(place_id: str) -> int | None:
    prefix, _, number = place_id.partition(":")
    return int(number) if prefix == "geonames" and number.isdigit() else None


DEMONYM_MAX_WORDS = 2  # `Sri Lankan`, `South Korean`


def _demonyms(doc: Document, gz: Gazetteer, named: list[tuple[int, int, Place]]) -> list[tuple[int, int, Place]]:
    """Capitalised words naming a country's people (`Russian`, `Sri Lankans`), as that country: the geoparsing
    corpora count them as toponyms. Not inside a place name already found (`Russian Federation`)."""
    taken = [(start, end) for start, end, _ in named]
    found: list[tuple[int, int, Place]] = []
    for span in doc.sentences:
        words = [t for t in tokenize(doc.text, span.start, span.end) if t.is_word]
        i = 0
        while i < len(words):
            hit = None
            if words[i].is_capitalised:
                for n in range(min(DEMONYM_MAX_WORDS, len(words) - i), 0, -1):
                    start, end = words[i].start, words[i + n - 1].end
                    country = gz.demonym(doc.text[start:end])
                    if country is not None and not any(s < end and start < e for s, e in taken):
                        hit = (start, end, country, n)
                        break
            if hit is None:
                i += 1
                continue
            found.append(hit[:3])
            i += hit[3]
    return found


def read_mapped(text: str, lang: str = "auto") -> tuple[MappedText, Document] | None:
    """The text cleaned as `normalise` cleans it, with each character's source, and its Document; None when there is
    nothing to read. `lang` is an ISO 639-1 code we have a lexicon for, or "auto"."""
    if not isinstance(text, str) or not text.strip():
        return None
    mapped = clean_mapped(text)
    languages = available_languages()
    if lang == "auto":
        lang = detect_language(mapped.text, languages)
    elif lang not in languages:
        raise InputError(f"no lexicon for language {lang!r}; use one of: auto, {', '.join(languages)}")
    mapped = drop_furniture(mapped, load_lexicon(lang))
    try:
        doc = normalise(mapped.text, lang=lang)
    except InputError:  # nothing to read
        return None
    return (mapped if doc.text == mapped.text else mapped.aligned_to(doc.text)), doc


def places(
    text: str, lang: str = "auto", gazetteer: Gazetteer | None = None, scorer: Scorer | None = None
) -> list[Toponym]:
    """Every toponym mention in `text`, in order (repeats too). Never refuses a text: one with nothing to read, or
    no toponym, gives []. `lang` is an ISO 639-1 code we have a lexicon for, or "auto"; places are chosen with the
    weights fitted on geoparsing corpora unless `scorer` says otherwise."""
    read = read_mapped(text, lang)
    if read is None:
        return []
    mapped, doc = read
    gz = gazetteer or default_gazetteer()
    _, resolved = resolve_document(doc, gz, scorer or fitted_scorer())
    named = [(rm.mention.start, rm.mention.end, rm.place) for rm in resolved]
    toponyms = []
    for doc_start, doc_end, place in sorted(named + _demonyms(doc, gz, named)):
        start, end = mapped.source_span(doc_start, doc_end)
        toponyms.append(
            Toponym(
                start=start,
                end=end,
                text=text[start:end],
                name=place.name,
                lat=place.lat,
                lon=place.lon,
                geonameid=_geonameid(place.id),
                feature_code=place.feature_code,
                country_code=place.country_code,
            )
        )
    return toponyms
