"""`python -m geo places`: documents in (JSON lines or files), one JSON line of toponyms out per document, in order.

The contract (issue "Accuracy on real text"): input lines `{"id": str, "text": str}` with optional `lang` and
`published`; output lines `{"id": ..., "places": [{"start", "end", "text", "name", "lat", "lon", "geonameid",
"feature_code", "country_code"}]}`. A document is never refused: a line that cannot be read still gets its output
line (no places, and an `error` saying why), so line n of the output always answers line n of the input.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

from geo.errors import InputError
from geo.extract.toponyms import places
from geo.io.files import atomic_path
from geo.io.inputs import Warn, json_objects, read_input
from geo.lexicon import available_languages
from geo.text import decode_bytes


def _answer(doc_id: object, text: object, lang: object, default_lang: str) -> dict[str, object]:
    if not isinstance(text, str):
        return {"id": doc_id, "places": [], "error": 'no "text" string'}
    lang = lang if isinstance(lang, str) and lang in available_languages() else default_lang
    return {"id": doc_id, "places": [t.as_dict() for t in places(text, lang=lang)]}


def _jsonl_answers(path: Path, lang: str, warn: Warn) -> Iterator[dict[str, object]]:
    for number, obj in json_objects(decode_bytes(read_input(str(path)), str(path)), str(path), warn):
        if obj is None:
            yield {"id": None, "places": [], "error": f"line {number} is not a JSON object"}
        else:
            yield _answer(obj.get("id"), obj.get("text"), obj.get("lang"), lang)


def _file_answers(paths: list[str], lang: str, warn: Warn) -> Iterator[dict[str, object]]:
    for item in paths:
        try:
            text = decode_bytes(read_input(item), item)
        except InputError as exc:
            warn(str(exc))
            yield {"id": item, "places": [], "error": str(exc)}
            continue
        yield _answer(item, text, None, lang)


def write_places(inputs: list[str], output: Path, *, jsonl: Path | None, lang: str, warn: Warn) -> int:
    """Answer every document of the inputs into `output` (`-` for stdout); returns how many were written."""
    if jsonl is None and not inputs:
        raise InputError("give files to read, or --jsonl FILE")
    answers = _jsonl_answers(jsonl, lang, warn) if jsonl is not None else _file_answers(inputs, lang, warn)
    count = 0
    if str(output) == "-":
        for count, answer in enumerate(answers, 1):  # noqa: B007 (the count is the result)
            print(json.dumps(answer, ensure_ascii=False))
        return count
    with atomic_path(Path(output)) as partial, partial.open("w", encoding="utf-8") as out:
        for count, answer in enumerate(answers, 1):  # noqa: B007
            out.write(json.dumps(answer, ensure_ascii=False) + "\n")
    return count
