"""Given names in many languages and scripts (Faker's per-locale name lists), so that `Mohamed Mire` reads as a person
although `Mohamed` is a frequent word and `Mire` a French village.

Only a name that two locales or more give counts: one locale's list holds words that are no names elsewhere (`north`
and `will` in English's, `lembah`, a valley, in Indonesian's), while a name shared by cultures is a name."""

from __future__ import annotations

import functools
import importlib
import pkgutil
from collections import Counter


@functools.cache
def given_names() -> frozenset[str]:
    """The first names that two or more of Faker's locales give (Latin, Cyrillic, Arabic ...), lowercased."""
    import faker.providers.person as people

    seen: Counter[str] = Counter()
    for module in pkgutil.iter_modules(people.__path__):
        provider = getattr(importlib.import_module(f"{people.__name__}.{module.name}"), "Provider", None)
        names: set[str] = set()
        for attr in ("first_names", "first_names_male", "first_names_female"):
            found = next((vars(k)[attr] for k in getattr(provider, "__mro__", ()) if attr in vars(k)), None)
            if isinstance(found, (list, tuple, dict, set, frozenset)):  # some locales make it a property
                names.update(n.lower() for n in found)
        seen.update(names)
    return frozenset(n for n, locales in seen.items() if locales >= 2)


def is_given_name(word: str) -> bool:
    return word.lower() in given_names()
