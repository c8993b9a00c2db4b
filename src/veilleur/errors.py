"""Numbered, stable error messages (spaCy style).

Every error names its input and carries a code that never changes meaning, so logs,
tests and users can grep for it. Add new codes at the end of their range; never reuse one.
Ranges: E0xx input/ingest, E1xx nlp, E2xx actors, E3xx events, E4xx quotes, E5xx store,
E6xx runners, E7xx api/web, E8xx stories/watch, E9xx cli/usage.
"""
from __future__ import annotations


class Errors:
    E001 = "file not found"
    E002 = "directory holds no readable files"
    E003 = "binary file, not text"
    E004 = "empty input"
    E005 = "input larger than the size cap ({size} bytes > {cap} bytes)"
    E006 = "could not decode text"
    E007 = "malformed JSON on line {line}: {detail}"
    E008 = "URL unreachable: {detail}"
    E009 = "HTTP error {status}"
    E010 = "not a valid RSS/Atom feed: {detail}"
    E011 = "refusing private, loopback or link-local address {host} (use --allow-private-urls)"
    E012 = "unsupported URL scheme {scheme}"
    E013 = "no article text could be extracted from HTML"
    E014 = "field mapping names a missing field {field}"
    E015 = "malformed CSV: {detail}"
    E016 = "glob matched no files"
    E017 = "malformed ingest data file: {detail}"
    E018 = "could not read input: {detail}"
    E101 = "no spaCy pipeline for language {language}"
    E102 = "the spaCy model package {package} is not installed"
    E201 = "malformed knowledge-base data: {detail}"
    E202 = "unknown actor id {actor_id}"
    E203 = "malformed import file: {detail}"
    E301 = "malformed lexicon entry: {detail}"
    E302 = "unknown CAMEO code {cameo}"
    E401 = "malformed speech-verb lexicon: {detail}"
    E402 = "malformed speech-act table: {detail}"
    E501 = "unsupported database URL {url}"
    E502 = "database schema is newer than this Veilleur ({found} > {supported})"
    E503 = "article not found: {article_id}"
    E504 = "article id prefix {prefix} matches several articles; give more characters"
    E505 = "could not open the store: {detail}"
    E601 = "Ray is not installed: pip install 'veilleur[ray]'"
    E602 = "analysis failed: {detail}"
    E603 = "an analysis worker process died ({detail}); rerun to resume, the stored articles are kept"
    E604 = "not a Veilleur Parquet directory: {detail}"
    E605 = "the Ray engine reads files and directories, not {what}"
    E701 = "token required"
    E702 = "request body too large"
    E703 = "serving on a non-loopback address needs a token: set VEILLEUR_TOKEN"
    E704 = "invalid parameter {name}: {detail}"
    E705 = "unsupported export format {format} (choose one of {choices})"
    E706 = "invalid pagination cursor"
    E707 = "not found: {what}"
    E708 = "nothing to analyse: send text, a file or a url"
    E709 = "a server on loopback answers only to a loopback host name, not {host}"
    E801 = "malformed alert rules: {detail}"
    E901 = "invalid option: {detail}"


class VeilleurError(Exception):
    """An error with a stable code, the input it concerns and a human message."""

    def __init__(self, code: str, input: str | None = None, **fmt: object) -> None:
        template = getattr(Errors, code)
        self.code = code
        self.input = input
        self.message = template.format(**fmt) if fmt else template
        super().__init__(str(self))

    def __str__(self) -> str:
        where = f"{self.input}: " if self.input else ""
        return f"[{self.code}] {where}{self.message}"


class InputError(VeilleurError):
    """An input that cannot be read; the batch goes on with the next one."""
