"""Language identification with lingua, restricted to the languages news arrives in."""
from __future__ import annotations

from functools import lru_cache

# ISO 639-1 codes lingua is asked to choose among: fewer candidates, fewer confusions.
LANGUAGES = ("fr", "en", "es", "de", "ru", "uk", "it", "pt", "nl", "ar", "pl", "tr", "fa", "zh")
SAMPLE_CHARS = 3000  # the start of an article says its language; detection cost grows with length
# lingua's low-accuracy mode (trigrams only) is as accurate on texts this long, loads in a
# fraction of a second and takes ~20 MB instead of ~350 MB per process.
LONG_TEXT_CHARS = 120


@lru_cache(maxsize=2)
def _detector(low_accuracy: bool):
    # Built on first use, once per process: lingua loads its models lazily per language.
    from lingua import IsoCode639_1, LanguageDetectorBuilder

    codes = [getattr(IsoCode639_1, code.upper()) for code in LANGUAGES]
    builder = LanguageDetectorBuilder.from_iso_codes_639_1(*codes)
    return (builder.with_low_accuracy_mode() if low_accuracy else builder).build()


def detect_language(text: str, default: str | None = None) -> str | None:
    """The ISO 639-1 code of ``text``'s language, or ``default`` when it cannot tell."""
    sample = text[:SAMPLE_CHARS]
    if sum(ch.isalpha() for ch in sample) < 3:
        return default
    found = _detector(len(sample.strip()) >= LONG_TEXT_CHARS).detect_language_of(sample)
    return found.iso_code_639_1.name.lower() if found is not None else default
