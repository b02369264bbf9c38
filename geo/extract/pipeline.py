"""Articles in, StrikeReports out: the one path the CLI, the app and the evaluation share."""

from __future__ import annotations

import functools
import sys
from collections.abc import Callable, Iterable
from dataclasses import replace

from gazetteer import Gazetteer
from geo.errors import InputError
from geo.extract.countries import country_words
from geo.extract.mentions import Mention, find_mentions
from geo.extract.reports import ReportSource, build_reports, without_struck_provinces
from geo.extract.resolve import (
    ResolvedMention,
    drop_city_districts_elsewhere,
    drop_far_list_mates,
    drop_villages_beyond_regions,
    drop_villages_outside,
    narrow_by_apposition,
    resolve_mentions,
)
from geo.extract.scoring import Scorer
from geo.lexicon import load_lexicon
from geo.model import Article, StrikeReport
from geo.text import Document, normalise

PROGRESS_MIN_DOCUMENTS = 20


@functools.cache
def default_gazetteer() -> Gazetteer:
    """The local index, opened once per process (built on first use)."""
    return Gazetteer.open()


def resolve_document(
    doc: Document, gazetteer: Gazetteer | None = None, scorer: Scorer | None = None
) -> tuple[list[Mention], list[ResolvedMention]]:
    """The article's place mentions and the places chosen for them, in the context of the countries it names."""
    places, sides = country_words(doc)
    countries = list(dict.fromkeys(places + sides))
    gz = gazetteer or default_gazetteer()
    found = find_mentions(doc, gz, countries)
    lex = load_lexicon(doc.language)
    inside = drop_city_districts_elsewhere(doc.text, drop_villages_outside(doc.text, found, lex), lex)
    mentions = narrow_by_apposition(doc.text, inside)
    resolved = resolve_mentions(mentions, places, strays=countries, scorer=scorer)
    return mentions, drop_far_list_mates(doc.text, drop_villages_beyond_regions(resolved, gz.admin1_name), lex)


def extract_document(doc: Document, source: ReportSource, gazetteer: Gazetteer | None = None) -> list[StrikeReport]:
    """Reports of an already normalised article (the app normalises uploads itself), each with its province and
    district by name (`Kharkivska oblast`, not GeoNames' `07`; `Kharkiv Raion`)."""
    gz = gazetteer or default_gazetteer()
    reports = build_reports(doc, resolve_document(doc, gz)[1], source)
    return without_struck_provinces(
        [
            replace(r, admin1=gz.admin1_name(r.country_code, r.admin1), admin2=gz.admin2_name(r.place_id))
            for r in reports
        ]
    )


def extract_text(
    text: str,
    *,
    document: str,
    published: str | None = None,
    lang: str = "auto",
    url: str | None = None,
    publisher: str | None = None,
    gazetteer: Gazetteer | None = None,
) -> list[StrikeReport]:
    """Every strike report in one article (plain text or HTML); same input, same report ids."""
    doc = normalise(text, lang=lang, published=published, publisher=publisher, url=url)
    source = ReportSource(
        document=document,
        url=url or doc.url,
        publisher=publisher or doc.publisher,
        published=published or doc.published,
    )
    return extract_document(doc, source, gazetteer)


def extract_articles(
    articles: Iterable[Article], *, lang: str = "auto", warn: Callable[[str], None] | None = None
) -> list[StrikeReport]:
    """Reports for every article of a batch; an article that cannot be read is told to `warn` and skipped (alone,
    it is an InputError). A progress bar shows on a terminal for a batch of 20 or more."""
    from tqdm import tqdm

    articles = list(articles)
    gz = default_gazetteer()
    reports: list[StrikeReport] = []
    progress = tqdm(articles, unit="doc", file=sys.stderr, disable=len(articles) < PROGRESS_MIN_DOCUMENTS)
    for article in progress:
        try:
            reports.extend(
                extract_text(
                    article.text,
                    document=article.document,
                    published=article.published,
                    lang=lang,
                    url=article.url,
                    gazetteer=gz,
                )
            )
        except InputError as exc:
            if len(articles) == 1 or warn is None:
                raise
            warn(f"{article.document}: {exc}; skipped")
    return reports
