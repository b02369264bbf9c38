"""The text stage: article bytes, text or HTML to a normalised Document with tokens, paragraphs and sentences."""

from geo.text.decode import decode_bytes
from geo.text.document import Document, Span, Token, token_texts, tokenize
from geo.text.language import detect_language
from geo.text.markup import html_to_text, looks_like_html
from geo.text.normalise import clean_text, is_furniture, is_heading, normalise
from geo.text.sentences import split_sentences

__all__ = [
    "Document",
    "Span",
    "Token",
    "clean_text",
    "decode_bytes",
    "detect_language",
    "html_to_text",
    "is_furniture",
    "is_heading",
    "looks_like_html",
    "normalise",
    "split_sentences",
    "token_texts",
    "tokenize",
]
