"""Titles and offices: "le ministre russe des Affaires étrangères" at the article's date,
"le président russe Vladimir Poutine", "son homologue biélorusse"."""
from __future__ import annotations

from .normalize import fold
from .provisional import cameo_for
from .roles import RoleMatch


class RoleLinking:
    """DocumentLinker's role resolution (a mixin: it uses the linker's kb, doc, found,
    dates, add, provisional)."""

    # roles -----------------------------------------------------------------------------------
    def _adjacent_person(self, role: RoleMatch) -> str | None:
        """'le président russe Vladimir Poutine', 'Vladimir Poutine, le président russe'."""
        doc = self.doc
        after = role.end + (1 if role.end < len(doc) and doc[role.end].text == "," else 0)
        found = self.owner.get(after) or self._name_unknown_person(lambda span: span.start == after)
        if found and found.start == after and self.is_person(found.actor_id):
            return found.actor_id
        before = role.start - 1
        while before >= 0 and doc[before].pos_ == "DET":
            before -= 1
        if before >= 1 and doc[before].text == ",":
            found = self.owner.get(before - 1) or self._name_unknown_person(lambda span: span.end == before)
            if found and self.is_person(found.actor_id):
                return found.actor_id
        return None

    def _name_unknown_person(self, touches) -> "Found | None":
        """A name the base does not know right beside a title ("le Premier ministre Luc
        Frémont", "Paul Nardin, le ministre …"): that person holds the title, so link the name
        now, before the title could be read as the office's holder in the base."""
        for span in self.pending_persons:
            if touches(span) and self.free(span.start, span.end):
                self._link_unknown_person(span)
                return self.owner.get(span.start)
        return None

    def _sole_holder_ever(self, role: str, scope: str) -> bool:
        """Without a date, only an office the base knows one holder of can be resolved."""
        return len({actor_id for actor_id, _ in self.kb.holders.get((role, scope), ())}) == 1

    def holders(self, role: str, scope: str) -> list[str]:
        return self.kb.holders_at(role, scope, self.first_day, self.last_day)

    def _link_role(self, role: RoleMatch) -> None:
        named = self._adjacent_person(role)
        if named:
            self.add(role.start, role.end, named, 0.9, "title")
            return
        if role.former:
            return                      # a former holder: only a name says who
        dated = self.first_day is not None
        scope = role.organization or role.country
        if scope is None and len(role.countries) == 1 and self.language == "en":
            scope = role.countries[0]
        if role.countries and role.country and role.country not in role.countries:
            return
        if scope is not None:
            ids = self.holders(role.role, scope)
            if len(ids) == 1 and (dated or self._sole_holder_ever(role.role, scope)):
                self.add(role.start, role.end, ids[0], 0.85 if dated else 0.6, "role")
            elif not ids and role.country:
                # Nobody in the base: a provisional actor for this office in that country.
                text = self.doc[role.start:role.end].text
                actor = self.provisional(f"role:{role.role}:{role.country}", text, "person", role.country)
                actor.cameo = cameo_for(role.country, "government")     # an office holder
                self.add(role.start, role.end, actor.id, 0.5, "role")
            return
        # No country: the last person of this article holding that role ("le président").
        for found in reversed([f for f in self.found if f.end <= role.start]):
            actor = self.kb.actors.get(found.actor_id)
            if actor and any(r.role == role.role and self._held(r) for r in actor.roles):
                self.add(role.start, role.end, actor.id, 0.6, "title")
                return
        # Else the article's own country ("le président de la République" in a story on
        # France), unless a complement says whose ("le président du club"). A country named
        # once (« … a critiqué la Russie ») is no article's own: the office stays unresolved.
        home = self.home_country(least=2)
        if home and not self._has_complement(role.end):
            ids = self.holders(role.role, home)
            if len(ids) == 1 and (self.first_day or self._sole_holder_ever(role.role, home)):
                self.add(role.start, role.end, ids[0], 0.5, "role")

    def _has_complement(self, i: int) -> bool:
        """'du club', "de l'entreprise" after a title: whose office it is, said in words."""
        doc = self.doc
        if i >= len(doc) or fold(doc[i].text) not in self._of_words:
            return False
        j = i + 1
        while j < len(doc) and doc[j].pos_ == "DET":
            j += 1
        return j < len(doc) and doc[j].pos_ in ("NOUN", "PROPN")

    def home_country(self, least: int = 1) -> str | None:
        """The country this article names most often, at least ``least`` times (None on a tie)."""
        counts: dict[str, int] = {}
        for found in self.found:
            if found.actor_id.startswith("gov:"):
                counts[found.actor_id[4:]] = counts.get(found.actor_id[4:], 0) + 1
        ranked = sorted(counts.items(), key=lambda kv: -kv[1])
        if not ranked or len(ranked) > 1 and ranked[0][1] == ranked[1][1] or ranked[0][1] < least:
            return None
        return ranked[0][0]

    def _held(self, held) -> bool:
        if self.first_day is None:
            return held.end is None
        return held.overlaps(self.first_day, self.last_day)

    def _link_counterpart(self, role: RoleMatch) -> None:
        """'son homologue biélorusse': same role as the nearest office holder, in that country."""
        if role.country is None:
            return
        sent = self.doc[role.start].sent
        nearby = sorted((f for f in self.found if self.is_person(f.actor_id) and f.start >= sent.start - 60
                         and f.end <= sent.end and f.start != role.start),
                        key=lambda f: (not (sent.start <= f.start < sent.end), abs(f.start - role.start)))
        for found in nearby:
            actor = self.kb.actors.get(found.actor_id)
            if actor is None:
                continue
            for held in actor.roles:
                if held.country and held.country != role.country and self._held(held):
                    ids = self.holders(held.role, role.country)
                    if len(ids) == 1:
                        self.add(role.start, role.end, ids[0], 0.75, "role")
                    return

