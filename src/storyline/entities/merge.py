"""Variants merged across the collection into entities, each merge with the rule that made it.

Each distinct name (a mention's text without title, leading "the" or possessive) of one label
is a node; rules join nodes, and an entity is a set of joined nodes:

    1. spelling          one transliteration key (fold.py): "case", "hyphen", "script", "transliteration";
                         one name the model tagged as a place once and as an organisation once: "label"
    2. surname           a person's shorter name ("Putin") and the one full name that ends in it
                         ("Vladimir Putin"); when the collection holds two ("John Smith", "Mary
                         Smith"), the one full name in the same article decides ("surname in article"),
                         and without one the bare surname stays apart; a given name alone and the one
                         full name of its article starting with it ("given name in article"); a full
                         name and the one longer one holding its words ("middle name": "Raj K. Chohan");
                         an organisation's short name and the one longer name ending in it ("short name")
    3. acronym           "CSTO" and the name it stands for: defined in a text ("acronym defined"),
                         or the multi-word names with its initials, once they are one entity ("initials")
    4. hyphen part       "Karabakh" and the one "Nagorno-Karabakh" whose first part is no name of its own
    5. user              the corrections of `storyline entities merge/split`, applied last: a split
                         name loses every rule's link, a merge joins whatever else was said

Titles ("Russian President Vladimir Putin") and possessives are variants of the name they are
written with (rules "title", "possessive"). Never joined: two labels (a person and the
organisation named after them; "Moscow" and "Russia" have no rule that joins them at all).
"""
from __future__ import annotations

import hashlib
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Any

from ..rules.entities import PLACE_LABELS
from .fold import folded, initials, is_acronym, name_of, rule_between
from .gazetteer import defined_acronyms, labels, untagged
from .windows import READ

Node = tuple[str, str, str | None]  # (label, name, article that resolved an ambiguous surname)


def _order(node: Node) -> tuple[str, str, str]:
    return node[0], node[1], node[2] or ""


@dataclass(slots=True)
class Source:
    """One article as the merge reads it: its clean text and its stored mentions (rows)."""

    article: str
    text: str
    mentions: list[dict[str, Any]]


@dataclass(slots=True)
class Correction:
    action: str  # "merge" or "split"
    names: tuple[str, ...]


@dataclass(slots=True)
class _Graph:
    parent: dict[Node, Node] = field(default_factory=dict)
    edges: list[tuple[Node, Node, str]] = field(default_factory=list)

    def find(self, n: Node) -> Node:
        self.parent.setdefault(n, n)
        while self.parent[n] != n:
            self.parent[n] = self.parent[self.parent[n]]
            n = self.parent[n]
        return n

    def join(self, a: Node, b: Node, rule: str) -> None:
        if self.find(a) != self.find(b):
            self.parent[self.find(a)] = self.find(b)
            self.edges.append((a, b, rule))


@dataclass(slots=True)
class _Mention:
    article: str
    start: int
    end: int
    text: str
    label: str
    title: str | None = None  # the written titled form, "Russian President Vladimir Putin"
    node: Node = ("", "", None)


def entities(sources: list[Source], corrections: list[Correction]) -> list[dict[str, Any]]:
    """The collection's entities, as the export shows them."""
    mentions = _repaired(sources)
    _resolve_surnames(mentions)
    graph = _Graph()
    for m in mentions:
        graph.find(m.node)
    split, merges = _corrections(corrections)
    for phase in (1, 2):  # initials once the other rules have joined
        found = (_spelling(mentions) + _surnames(mentions) + _given_names(mentions) + _middle_names(mentions)
                 + _short_names(mentions) + _acronyms(mentions, sources) + _hyphen_parts(mentions)) if phase == 1 \
            else _initials(mentions, graph)
        for a, b, rule in found:
            if a[1].lower() not in split and b[1].lower() not in split:
                graph.join(a, b, rule)
    by_name: dict[str, list[Node]] = defaultdict(list)
    for node in list(graph.parent):
        by_name[node[1].lower()].append(node)
    for names in merges:
        named = [by_name.get(n, []) for n in names]
        for group in named[1:]:
            for a in named[0]:
                for b in group:
                    graph.join(a, b, "user")
    return _entities(mentions, graph)


def _corrections(corrections: list[Correction]) -> tuple[set[str], list[list[str]]]:
    """The names split off, and the groups of names merged, in the order the user gave them: a
    split takes its name out of the merges before it, a later merge joins it again."""
    split: set[str] = set()
    merges: list[list[str]] = []
    for c in corrections:
        names = [n.lower() for n in c.names]
        if c.action == "split":
            split |= set(names)
            merges = [[n for n in group if n not in names] for group in merges]
        else:
            merges.append(names)
    return split, [group for group in merges if len(group) > 1]


def _repaired(sources: list[Source]) -> list[_Mention]:
    """Every mention with its label made the collection's, and the names the model missed added
    (gazetteer.py); each with its node."""
    known = labels((r["text"], r["label"]) for s in sources for r in s.mentions)
    per_article: list[list[_Mention]] = []
    for s in sources:
        found = [_Mention(s.article, r["start"], r["end"], r["text"], known.get(folded(name_of(r["text"])), r["label"]),
                          None if r["title_start"] is None else " ".join(s.text[r["title_start"]:r["end"]].split()))
                 for r in s.mentions]
        added = untagged(s.text[:READ], [(m.start, m.end) for m in found], known)
        covered = [(a, b) for a, b, _ in added]
        found = [m for m in found if not any(a <= m.start and m.end <= b for a, b in covered)]
        found += [_Mention(s.article, a, b, s.text[a:b], label) for a, b, label in added]
        per_article.append(sorted(found, key=lambda m: m.start))
    heads = {folded(name_of(m.text).split()[0]) for found in per_article for m in found
             if m.label != "PERSON" and " " in name_of(m.text)}
    out: list[_Mention] = []
    for found in per_article:
        surnames = {folded(name_of(m.text).split()[-1]) for m in found
                    if m.label == "PERSON" and " " in name_of(m.text)}
        for m in found:
            name = name_of(m.text)
            if m.label != "PERSON" and " " not in name and folded(name) in surnames - heads:
                m.label = "PERSON"  # "Riva" tagged ORG beside "Paul Riva": his surname ("Ford Motor" keeps "Ford")
            m.node = (m.label, name, None)
        out += found
    return out


def _full_names(mentions: list[_Mention]) -> dict[str, set[str]]:
    """Folded last word of each person's name of two words or more -> the folded full names."""
    out: dict[str, set[str]] = defaultdict(set)
    for m in mentions:
        words = m.node[1].split()
        if m.label == "PERSON" and len(words) > 1:
            out[folded(words[-1])].add(folded(m.node[1]))
    return out


def _resolve_surnames(mentions: list[_Mention]) -> None:
    """A bare surname that two full names of the collection end in: the one of its own article
    decides its node; without one it stays on its own."""
    full = _full_names(mentions)
    in_article: dict[str, set[str]] = defaultdict(set)
    for m in mentions:
        if m.label == "PERSON" and " " in m.node[1]:
            in_article[m.article].add(folded(m.node[1]))
    for m in mentions:
        key = folded(m.node[1])
        if m.label != "PERSON" or " " in m.node[1]:
            continue
        if len(full.get(key, ())) > 1:
            here = full[key] & in_article[m.article]
        elif key not in full:  # a given name alone: "Ellen" beside "Ellen DeGeneres"
            here = {n for n in in_article[m.article] if n.startswith(key + " ")}
        else:
            continue
        if len(here) == 1:
            m.node = (m.label, m.node[1], m.article)


def _spelling(mentions: list[_Mention]) -> list[tuple[Node, Node, str]]:
    """Rule 1: nodes of one label and one transliteration key."""
    first: dict[tuple[str, str, str | None], Node] = {}
    out = []
    for node in sorted({m.node for m in mentions}, key=_order):
        key = (_kind(node[0]), folded(node[1]), node[2])
        if key not in first:
            first[key] = node
        elif node[1] == first[key][1]:
            out.append((node, first[key], "label"))
        else:
            out.append((node, first[key], rule_between(node[1], first[key][1])))
    return out


def _kind(label: str) -> str:
    """Labels the model confuses on one name (a place, its polity, an organisation seated there) are
    one kind for the spelling rule; a person's name is never joined to another label's."""
    return "place or organisation" if label in PLACE_LABELS | {"ORG"} else label


def _surnames(mentions: list[_Mention]) -> list[tuple[Node, Node, str]]:
    """Rule 2: a person's shorter name and the one full name (of the collection, or of its
    article when `_resolve_surnames` gave it one) that ends in it."""
    full: dict[str, list[Node]] = defaultdict(list)
    for node in {m.node for m in mentions if m.label == "PERSON" and " " in m.node[1]}:
        full[folded(node[1])].append(node)
    by_last: dict[str, list[str]] = defaultdict(list)
    for k in full:
        by_last[k.split()[-1]].append(k)
    present = {(m.article, m.node) for m in mentions}
    out = []
    for node in sorted({m.node for m in mentions if m.label == "PERSON"}, key=lambda n: (n[1], n[2] or "")):
        key = folded(node[1])
        longer = sorted(k for k in by_last.get(key.split()[-1], ()) if k.endswith(" " + key))
        if node[2] is not None:  # resolved in its article: the full name written there
            longer = [k for k in longer if any((node[2], n) in present for n in full[k])]
        if len(longer) == 1:
            out.append((node, min(full[longer[0]], key=_order), "surname in article" if node[2] else "surname"))
    return out


def _given_names(mentions: list[_Mention]) -> list[tuple[Node, Node, str]]:
    """Rule 2b: a given name alone and the one full name of its article that starts with it, when
    no full name of the collection ends in it."""
    full: dict[str, list[Node]] = defaultdict(list)
    for m in mentions:
        if m.label == "PERSON" and " " in m.node[1] and m.node[2] is None:
            full[folded(m.node[1])].append(m.node)
    surnames = {k.split()[-1] for k in full}
    by_first: dict[str, list[str]] = defaultdict(list)
    for k in full:
        by_first[k.split()[0]].append(k)
    present = {(m.article, m.node) for m in mentions}
    out = []
    for node in sorted({m.node for m in mentions if m.label == "PERSON" and m.node[2] is not None}, key=_order):
        key = folded(node[1])
        if key in surnames:
            continue
        article = node[2]
        here = sorted(k for k in by_first.get(key, ()) if any((article, n) in present for n in full[k]))
        if len(here) == 1:
            out.append((node, min(full[here[0]], key=_order), "given name in article"))
    return out


GENERATIONS = frozenset({"jr", "sr", "ii", "iii", "iv"})


def _middle_names(mentions: list[_Mention]) -> list[tuple[Node, Node, str]]:
    """Rule 2c: "Raj Chohan" and the one "Raj K. Chohan" (or "Anthony LaCalamita III") with the
    same first name whose words hold its words in order."""
    full: dict[str, list[Node]] = defaultdict(list)
    for m in mentions:
        if m.label == "PERSON" and " " in m.node[1] and m.node[2] is None:
            full[folded(m.node[1])].append(m.node)
    def words(key: str) -> list[str]:
        return [w for w in key.split() if w not in GENERATIONS]
    by_first: dict[str, list[str]] = defaultdict(list)
    for key in full:
        by_first[key.split()[0]].append(key)
    out = []
    for key in sorted(full):
        short = words(key)
        longer = [k for k in by_first[key.split()[0]] if len(k.split()) > len(key.split()) and _holds(k.split(), short)]
        if len(longer) == 1:
            out.append((min(full[key], key=_order), min(full[longer[0]], key=_order), "middle name"))
    return out


def _holds(long: list[str], short: list[str]) -> bool:
    """Whether `short`'s words stand in `long` in the same order."""
    rest = iter(long)
    return all(w in rest for w in short)


def _short_names(mentions: list[_Mention]) -> list[tuple[Node, Node, str]]:
    """Rule 2d: an organisation's or a building's short name ("Chargers", "Academy") and the one
    longer name of its kind that ends in it, or starts with it before "of"."""
    kinds = {"ORG", "FAC"}
    nodes = {m.node for m in mentions if m.label in kinds and m.node[2] is None and not is_acronym(m.node[1])}
    by_key: dict[tuple[str, str], list[Node]] = defaultdict(list)
    for node in nodes:
        by_key[node[0], folded(node[1])].append(node)
    ends: dict[tuple[str, str], list[str]] = defaultdict(list)
    for label, key in by_key:
        ends[label, key.split()[-1]].append(key)
        if " of " in key:  # "High Court of Upper Talvo" under "high court"
            ends[label, key.split(" of ")[0] + " of"].append(key)
    out = []
    for label, key in sorted(by_key):
        longer = sorted(k for k in {*ends.get((label, key.split()[-1]), ()), *ends.get((label, key + " of"), ())}
                        if k != key and (k.endswith(" " + key) or k.startswith(key + " of ")))
        if len(longer) == 1:
            out.append((min(by_key[label, key], key=_order), min(by_key[label, longer[0]], key=_order), "short name"))
    return out


def _acronyms(mentions: list[_Mention], sources: list[Source]) -> list[tuple[Node, Node, str]]:
    """Rule 3: an acronym and its expansion, defined in a text ("Long Name (ACR)")."""
    nodes = {m.node for m in mentions}
    by_name: dict[str, list[Node]] = defaultdict(list)
    for node in nodes:
        by_name[node[1]].append(node)
    out = []
    for s in sources:
        for expansion, acronym in defined_acronyms(s.text[:READ]):
            for a in sorted(by_name.get(acronym, []), key=_order):
                for b in sorted(by_name.get(expansion, []), key=_order):
                    out.append((a, b, "acronym defined"))
    return out


def _initials(mentions: list[_Mention], graph: _Graph) -> list[tuple[Node, Node, str]]:
    """Rule 3b: an acronym of three letters or more and the names with its initials, when those
    are all one entity already ("AMPAS": "Academy of Motion Picture(s) Arts and Sciences")."""
    nodes = {m.node for m in mentions}
    by_initials: dict[str, list[Node]] = defaultdict(list)
    for node in nodes:
        if node[0] != "PERSON" and len(node[1].split()) > 1:
            by_initials[initials(node[1])].append(node)
    out = []
    for node in sorted(nodes, key=_order):
        expansions = by_initials.get(node[1], [])
        if is_acronym(node[1]) and len(node[1]) > 2 and expansions \
                and len({graph.find(n) for n in expansions}) == 1 and graph.find(node) != graph.find(expansions[0]):
            out.append((node, min(expansions, key=_order), "initials"))
    return out


def _hyphen_parts(mentions: list[_Mention]) -> list[tuple[Node, Node, str]]:
    """Rule 4: "Karabakh" and the one hyphenated place name ending in it whose first part is not
    a name of the collection ("Austria-Hungary" does not take "Hungary")."""
    nodes = {m.node for m in mentions if m.label in PLACE_LABELS | {"ORG"}}
    names = {folded(m.node[1]) for m in mentions}
    ends: dict[str, list[Node]] = defaultdict(list)
    for node in nodes:
        parts = node[1].split("-")
        if len(parts) > 1 and " " not in node[1] and folded("-".join(parts[:-1])) not in names:
            ends[folded(parts[-1])].append(node)
    out = []
    for node in sorted(nodes, key=_order):
        whole = {folded(n[1]) for n in ends.get(folded(node[1]), [])}
        if "-" not in node[1] and len(whole) == 1:
            out.append((node, min(ends[folded(node[1])], key=_order), "hyphen part"))
    return out


def _entities(mentions: list[_Mention], graph: _Graph) -> list[dict[str, Any]]:
    members: dict[Node, list[_Mention]] = defaultdict(list)
    for m in mentions:
        members[graph.find(m.node)].append(m)
    edges: dict[Node, list[tuple[Node, Node, str]]] = defaultdict(list)
    for a, b, rule in graph.edges:
        edges[graph.find(a)].append((a, b, rule))
    out, ids = [], Counter[str]()
    for root, found in members.items():
        label = Counter(m.label for m in found).most_common(1)[0][0]
        names = Counter(m.node[1] for m in found)
        keys = {n: folded(n) for n in names}  # a name with words before another of the group's is titled:
        titled = {n for n in names if any(o != n and len(keys[o].split()) > 1 and keys[n].endswith(" " + keys[o])
                                          for o in names)}  # before a full name ("Finanzminister Aram ..."): not canonical
        canonical = max(names, key=lambda n: (not is_acronym(n), n not in titled, len(n.split()) <= 4, len(n.split()),
                                              names[n], n))
        merges = [{"a": a[1], "b": b[1], "rule": rule} for a, b, rule in edges[root]]
        variants = set(names)
        for m in found:
            for written, rule in ((m.title, "title"), (" ".join(m.text.split()), "possessive")):
                if written and written != m.node[1] and written not in variants:
                    variants.add(written)
                    merges.append({"a": written, "b": m.node[1], "rule": rule})
        digest = hashlib.sha1(f"{label}\0{canonical}".encode()).hexdigest()[:12]
        ids[digest] += 1
        out.append({
            "id": f"e-{digest}" + (f"-{ids[digest]}" if ids[digest] > 1 else ""),
            "canonical": canonical, "type": label, "variants": sorted(variants),
            "mentions": [{"article": m.article, "start": m.start, "end": m.end, "text": m.text}
                         for m in sorted(found, key=lambda m: (m.article, m.start))],
            "merges": merges,
        })
    return sorted(out, key=lambda e: (e["type"], e["canonical"], e["id"]))
