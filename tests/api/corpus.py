"""A small hand-annotated corpus for the API and dashboard tests.

Four short news items (French and English) whose actors, events and quotes are written
out by hand, so that every filter, count and export has a known answer independent of
the analysis stages' quality. Offsets are computed from the text, never typed in.
The last item carries hostile markup to check that the dashboard shows it as text.
"""
from __future__ import annotations

from veilleur.document import Actor, Block, Document, Event, Quote

VERSION = "test-1"
RUS, BLR, UKR, LAVROV = "gov:RUS", "gov:BLR", "gov:UKR", "sergei-lavrov"
HOSTILE = '<script>window.__pwned = 1</script><img src=x onerror="window.__pwned = 2">'


def _span(text: str, needle: str, start: int = 0) -> tuple[int, int]:
    at = text.index(needle, start)
    return at, at + len(needle)


def _sentence(text: str, inside: tuple[int, int]) -> tuple[int, int]:
    after_stop = text.rfind(". ", 0, inside[0])
    start = max(after_stop + 2 if after_stop >= 0 else 0, text.rfind("\n", 0, inside[0]) + 1)
    end = text.find(".", inside[1])
    return start, (len(text) if end < 0 else end + 1)


def _actors(text: str, table: dict[str, tuple[str, str, str, list[str]]]) -> list[Actor]:
    out = []
    for actor_id, (name, kind, country, surfaces) in table.items():
        mentions: list[tuple[int, int]] = []
        for surface in sorted(surfaces, key=len, reverse=True):  # "Lavrov" not inside "Sergueï Lavrov"
            position = 0
            while (at := text.find(surface, position)) >= 0:
                if not any(s < at + len(surface) and at < e for s, e in mentions):
                    mentions.append((at, at + len(surface)))
                position = at + len(surface)
        out.append(Actor(actor_id, name, kind, [], country, None, None, sorted(set(mentions))))
    return out


def _event(text, trigger, category, cameo, quad, goldstein, source, target, modality="asserted",
           confidence=0.8, date=None) -> Event:
    span = _span(text, trigger)
    return Event(category, cameo, span, _sentence(text, span), source, target, None, goldstein,
                 quad, modality, date, None, confidence)


def _document(doc_id, title, language, published, text, actors, events, quotes, source) -> Document:
    paragraphs, position = [], 0
    for part in text.split("\n\n"):
        at = text.index(part, position)
        paragraphs.append(Block("body", (at, at + len(part))))
        position = at + len(part)
    document = Document(source=source, text=text, title=title, language=language,
                        published=published, blocks=paragraphs, actors=actors, events=events,
                        quotes=quotes, id=doc_id)
    document.meta["pipeline"] = VERSION
    return document


def documents() -> list[Document]:
    t1 = ("Le Premier ministre russe est arrivé jeudi à Minsk. La Russie a promis une aide "
          "financière à la Biélorussie.\n\n« Nous ne laisserons pas tomber nos alliés », a déclaré "
          "Sergueï Lavrov. Lavrov a dénoncé les tentatives de déstabilisation de l'Ukraine.")
    a1 = _actors(t1, {RUS: ("Russie", "government", "RUS", ["La Russie", "russe"]),
                      BLR: ("Biélorussie", "government", "BLR", ["la Biélorussie"]),
                      UKR: ("Ukraine", "government", "UKR", ["l'Ukraine"]),
                      LAVROV: ("Sergueï Lavrov", "person", "RUS", ["Sergueï Lavrov", "Lavrov"])})
    q1 = _span(t1, "« Nous ne laisserons pas tomber nos alliés »")
    d1 = _document("a" * 64, "Moscou promet son aide à Minsk", "fr", "2020-09-03", t1, a1, [
        _event(t1, "a promis", "AID", "073", 2, 7.4, RUS, BLR, modality="future", confidence=0.9),
        _event(t1, "a dénoncé", "ACCUSE", "112", 3, -2.0, LAVROV, UKR, confidence=0.7),
    ], [Quote("direct", t1[q1[0] + 2:q1[1] - 2], q1, LAVROV, _span(t1, "Sergueï Lavrov"), "a déclaré",
              _span(t1, "a déclaré"), 0.95, {"cue_lemma": "déclarer"})],
        "https://www.rfi.fr/fr/europe/moscou-minsk")

    t2 = ("Russia and Belarus signed an agreement on a common gas market on Thursday. "
          "Belarus accused Ukraine of harbouring opposition leaders.\n\n"
          "\"We will never accept this\", said the Belarusian foreign minister.")
    a2 = _actors(t2, {RUS: ("Russia", "government", "RUS", ["Russia"]),
                      BLR: ("Belarus", "government", "BLR", ["Belarus", "Belarusian"]),
                      UKR: ("Ukraine", "government", "UKR", ["Ukraine"])})
    q2 = _span(t2, "\"We will never accept this\"")
    d2 = _document("b" * 64, "Russia and Belarus sign gas deal", "en", "2020-10-15", t2, a2, [
        _event(t2, "signed", "AGREE", "057", 1, 8.0, RUS, BLR, confidence=0.85),
        _event(t2, "signed", "AGREE", "057", 1, 8.0, BLR, RUS, confidence=0.85),
        _event(t2, "accused", "ACCUSE", "112", 3, -2.0, BLR, UKR, confidence=0.6),
    ], [Quote("direct", t2[q2[0] + 1:q2[1] - 1], q2, BLR, _span(t2, "Belarusian"), "said",
              _span(t2, "said"), 0.8, {"cue_lemma": "say"})],
        "https://example.org/news/gas-deal")

    t3 = ("La Biélorussie a expulsé deux diplomates russes lundi. Minsk ne signera pas le traité "
          "d'union avec la Russie, selon le gouvernement.")
    a3 = _actors(t3, {RUS: ("Russie", "government", "RUS", ["la Russie", "russes"]),
                      BLR: ("Biélorussie", "government", "BLR", ["La Biélorussie", "Minsk"])})
    d3 = _document("c" * 64, "Minsk expulse deux diplomates russes", "fr", "2021-01-11", t3, a3, [
        _event(t3, "a expulsé", "COERCE", "174", 4, -5.0, BLR, RUS, confidence=0.75, date="2021-01-11"),
        _event(t3, "ne signera pas", "AGREE", "057", 1, 8.0, BLR, RUS, modality="negated",
               confidence=0.5),
    ], [], "https://www.lemonde.fr/international/minsk")

    t4 = (f"Un site a publié {HOSTILE} pour piéger ses lecteurs. L'Ukraine a condamné "
          "cette attaque. Voir javascript:alert(1) pour les détails.")
    a4 = _actors(t4, {UKR: ("Ukraine <b>officielle</b>", "government", "UKR", ["L'Ukraine"])})
    q4 = _span(t4, HOSTILE)
    d4 = _document("d" * 64, "<script>window.__pwned = 3</script> Piège", "fr", "2021-02-01", t4, a4, [
        _event(t4, "a condamné", "ACCUSE", "111", 3, -2.0, UKR, None, confidence=0.65),
    ], [Quote("partial", HOSTILE, q4, UKR, _span(t4, "L'Ukraine"), "a publié", _span(t4, "a publié"),
              0.4, {"cue_lemma": "publier"})],
        "javascript:alert(4)")
    return [d1, d2, d3, d4]


def build_store(location):
    """A store at ``location`` (SQLite path or PostgreSQL URL) holding the corpus."""
    from veilleur.store import open_store

    store = open_store(location)
    for document in documents():
        store.save(document)
    return store
