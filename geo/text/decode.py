"""Bytes of a file or upload to text: UTF-8 first, a detected encoding next, binary refused with a clear message."""

from __future__ import annotations

import unicodedata

from geo.errors import InputError


def decode_bytes(raw: bytes, name: str) -> str:
    """Bytes of an uploaded or read file to text; binary or undecodable content is an InputError."""
    if not raw or not raw.strip():
        raise InputError(f"{name} is empty")
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        from charset_normalizer import from_bytes

        best = from_bytes(raw).best()
        if best is None:
            raise InputError(f"{name} is not text (binary or unknown encoding)") from None
        text = str(best)
    if "\x00" in text or _control_ratio(text) > 0.01:
        raise InputError(f"{name} is not text (it contains binary data)")
    return text


def _control_ratio(text: str) -> float:
    bad = sum(1 for ch in text if unicodedata.category(ch) == "Cc" and ch not in "\n\r\t\f")
    return bad / max(len(text), 1)
