"""Who a speaker is, within one article: names, surnames, pronouns, titles, groups, sources.

    1. People the article names: runs of capitalised words outside quotation marks, less the
       titles before them ("Russian President Vladimir Putin" is Vladimir Putin, titled
       Russian President; "Kremlin spokesman Dmitry Peskov"), two words or more with no word of
       an organization, or one word after a personal title ("Mr. Obama") or that is the surname
       of a person named in full ("Putin" after "Vladimir Putin": one speaker, the full name).
    2. A speaker phrase that holds a person's name is that person.
    3. "he"/"she": the last person named before it: in its own sentence before it, else in the
       sentences before (a speaker of that sentence first, else the first person it names).
       "they"/"it": the last group or organization that spoke. "His office": that person's office.
    4. A title phrase ("the president", "the Kremlin official", "the Russian leader") is the
       person the article names with that title (the role, or a generic role with a word of it);
       so is an office named by what its holder heads ("la cheffe du gouvernement").
    5. Groups and institutions ("the Armenian government", "Analysts") and anonymous sources
       ("a senior diplomat") stay as written.
    6. No antecedent, no name: unresolved, never a guess.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from ..header.names import given_name_gender
from ..rules import quotes as R

# A pronoun opening the next sentence ("... said Paul Riva. Il a ajouté") is never part of a name.
_NOT_PRONOUN = r"(?!(?:" + "|".join(sorted((w.capitalize() for w in R.PRONOUNS), key=len, reverse=True)) + r")\b)"
# "Sen." "J." are words of a name when a name goes on after them; "Putin." is not
# A capital of the Latin alphabets ("Żurawska", "Łukasz", "Šťastný", "Çelik"), not only A to Z.
_CAPITAL = "[A-ZÀ-ÖØ-Þ" + "".join(chr(c) for c in range(0x100, 0x17F) if chr(c).isupper()) + "]"
_WORD = r"(?:(?:[A-Z]|" + R.NAME_ABBREVIATIONS + r")\.(?=[ \t]+" + _NOT_PRONOUN + r"[A-Z])|(?:" + R.NAME_PARTICLE + r")?" + _CAPITAL \
    + r"\w*(?:[’'\-]\w+)*(?:[’']s?)?)"
NAME_RUN = re.compile(_WORD + r"(?:[ \t]+(?:(?:of|de|van|von|bin|al|la|der|du)[ \t]+)?" + _NOT_PRONOUN + _WORD + ")*")
# The rest of an office of two portfolios after "and": "... and Civil Protection Minister ...".
TITLE_AFTER_AND = re.compile(r"\s+(?:and|&)\s+((?:[A-Z][\w-]*\s+){1,4})[A-Z]")
# A nickname in quotation marks between a given name and a surname: "Friedrich „Fritz“ Oberhauser",
# 'Robert "Bob" Kessler'.
NICKNAME = re.compile(r"(?<=\w)[ \t]+[\"“„«‘'][ \t]?" + _CAPITAL + r"[\w-]{1,15}[ \t]?[\"”“»’'][ \t]+(?=" + _CAPITAL + ")")
PARTICLE_NAME = re.compile(R.NAME_PARTICLE + r"[^\W\d_]+")  # "al-Khuri"
POSSESSIVE = re.compile(r"[’']s?$")
OPENING_WORDS = R.DETERMINERS | R.SUBJECT_STOPS | R.SENTENCE_ADVERBS | R.ACCORDING | {"regarding"} \
    | {w for phrase in R.ACCORDING_PHRASES for w in phrase} \
    | R.GERMAN_PREPOSITIONS | {"pour", "para", "für", "voor"}  # no part of a name: "Nach Angaben der
# Chefin", "Zum Auftakt des Prozesses", "Pour Ciaran Mulhearn, l'accord ..."
FORMER = re.compile(r"^(?:l['’])?(?:ex-|ehemalige[rn]?\b|ancien(?:ne)?\b)?")  # "l'ex-ministre": the minister
MIN_COMPOUND_HEAD = 5  # a title this long may end a compound title: "minister" in "Finanzminister"
APPOSITION = re.compile(r",\s+(?:(?P<article>the|a|an)\s+)?([\w’'\- ]{3,60}?),")
# The same apposition before the name: "The mayor of Merrow, Helga Lindqvist,", "Vardenia's finance
# minister, Aram Petrosyan," (the title's words, then the place it is held in), "La ministra de
# Sanidad de Corvania, Nadia Aljuri,", "die Chefin der Hafenbehörde, Oleksandra Hryzenko".
# Italian and Portuguese join the preposition to the article ("il direttore dell'Autorità portuale,",
# "secretária-geral da Federação"); a body's name may end in an adjective ("Autorità portuale") or
# two lower-case words ("le ministre des Ressources en eau, Youssef el-Tamimi").
APPOSITION_BEFORE = re.compile(r"\b((?:\w+\s+){0,2}\w+)(?:(?:\s+(?:of|for|at|de|del|des|du|der|di|von|da|do|das|dos"
                               r"|della|dello|degli|dei|van)\s+|\s+(?:dell|dall|d)['’])"
                               r"(?:the\s+|la\s+|le\s+|l['’]|el\s+)?[A-Z][\w’'-]*"
                               r"(?:\s+(?:de\s+|del\s+|der\s+)?[A-Z][\w’'-]*){0,3}(?:\s+[^\W\d_A-Z][\w’'-]*){0,2})?,\s*$")


@dataclass(frozen=True, slots=True)
class Person:
    name: str  # as the article writes it in full
    start: int  # offsets of the name (titles left out)
    end: int
    titles: frozenset[str]
    owner: bool = False  # written as an owner: "Markou's lawyer, Alexandros Pappas, ..."


@dataclass(slots=True)
class Cast:
    """The people an article names, in order, and the full name behind each surname."""

    mentions: list[Person] = field(default_factory=list)
    full: dict[str, str] = field(default_factory=dict)  # surname -> full name
    gender: dict[str, str] = field(default_factory=dict)  # full name -> "m" or "f", where the article shows it
    starts: list[int] = field(default_factory=list)

    def between(self, lo: int, hi: int) -> list[Person]:
        """The mentions that start in [lo, hi), by bisection (mentions are in text order)."""
        starts = self._starts()
        return self.mentions[bisect.bisect_left(starts, lo):bisect.bisect_left(starts, hi)]

    def _starts(self) -> list[int]:
        if len(self.starts) != len(self.mentions):
            self.starts = [p.start for p in self.mentions]
        return self.starts

    def canonical(self, name: str) -> str:
        """The full name a surname (or a shorter form) stands for; a whole name of its own keeps it:
        "Carys Merrow" is not "Jonas Merrow", named first."""
        last = name.split()[-1]
        full = self.full.get(last)
        return full if full is not None and (full.endswith(" " + name) or full == name
                                             or name.split()[0] == full.split()[0]) else name  # "Aurel F. Kasprzyn"


def _clean(word: str) -> str:
    return POSSESSIVE.sub("", word.rstrip(".")).lower()


def title_word(word: str) -> bool:
    """A title's word, a German compound that ends in one ("oppositionsführerin"), or one joined to
    what it heads by a hyphen ("rwb-voorzitter", "eu-kommissarin")."""
    return R.is_title(word, R.TITLES)


def split_title(words: list[str]) -> tuple[list[str], list[str]]:
    """Titles before a name, and the name: ['Russian', 'President', 'Vladimir', 'Putin'] ->
    (['Russian', 'President'], ['Vladimir', 'Putin'])."""
    last = -1
    for i, w in enumerate(words):
        if title_word(_clean(w)) and i < len(words) - 1:
            last = i
    while last + 1 < len(words) and _clean(words[last + 1]) in R.DETERMINERS | R.SUBJECT_STOPS:
        last += 1
    return words[:last + 1], words[last + 1:]


def _is_org(words: list[str]) -> bool:
    return any(_clean(w) in R.ORG_WORDS or _clean(w).endswith(R.ORG_COMPOUND_ENDS) or any(c.isdigit() for c in w)
               for w in words)


def _portfolio(text: str, m: re.Match[str]) -> bool:
    """Whether a run of capitals is the first portfolio of an office of two ("Climate Crisis and Civil
    Protection Minister X"): followed by "and", more capitals, a title and a name, every time the text
    writes it; no title of its own, no given name, and no title right after "and" ("Yiannis Markou and
    Deputy Mayor Petros Vlahos" are two people)."""
    words = m.group().split()
    if TITLE_AFTER_AND.match(text, m.end()) is None or any(title_word(_clean(w).lower()) for w in words) \
            or given_name_gender(words[0]) is not None:
        return False
    for seen in re.finditer(re.escape(m.group()), text):
        office = TITLE_AFTER_AND.match(text, seen.end())
        rest = office.group(1).split() if office is not None else []
        if not rest or title_word(_clean(rest[0]).lower()) or not any(title_word(_clean(w).lower()) for w in rest):
            return False
    return True


TITLE_RUN = re.compile(r"(?:[ \t]+([a-z][\w-]*)){1,3}[ \t]+" + _CAPITAL)


def _heads_a_title(text: str, m: re.Match[str]) -> bool:
    """Whether a run of capitals is the body of the title that follows it, lower case, before a name
    ("SkyLark Air chief executive Declan Furlong", "Brennick Water spokeswoman Ana Ruiz"); an owner
    ("Putin's spokesman Dmitry Peskov") is a person's."""
    after = TITLE_RUN.match(text, m.end())
    if after is None or POSSESSIVE.search(m.group()) is not None:
        return False
    return all(title_word(w) for w in after.group().split()[:-1])


def people(text: str, outside: list[tuple[int, int]]) -> Cast:
    """Step 1 over the text, quoted words (`outside` lists their spans) left out."""
    cast = Cast()
    spans = sorted(outside)
    opens = [s for s, _ in spans]
    found: list[tuple[int, int, list[str], frozenset[str], bool]] = []
    for m in NAME_RUN.finditer(NICKNAME.sub(lambda n: " " * len(n.group()), text)):  # "Friedrich „Fritz“
        k = bisect.bisect_right(opens, m.start()) - 1  # Oberhauser": one name, the nickname left out
        if k >= 0 and m.start() < spans[k][1]:
            continue
        if _portfolio(text, m):  # "Climate Crisis and Civil Protection Minister Vangelis Tsakalidis": the first
            continue  # portfolio of his office, no one's name
        words = m.group().split()
        if _heads_a_title(text, m):
            continue  # "SkyLark Air chief executive Declan Furlong": the body whose chief is named next
        context = []  # "Kremlin spokesman Dmitry Peskov": lower-case titles just before
        for w in reversed(text[max(0, m.start() - 40):m.start()].split()[-3:]):
            if w.strip(".,;:()") != w or w.lower() not in R.TITLES:
                break
            context.append(w)
        while words and _clean(words[0]) in OPENING_WORDS:
            words = words[1:]
        titles, name = split_title(words)
        if "of" in name[1:] and not _is_org(name):
            name = name[:name.index("of", 1)]  # "Mayor Ines Brandt of Port Elmar": where she is mayor
        joint = next((i for i, w in enumerate(name[2:], 2) if w.lower() in R.BELONGING), None)
        if joint is not None and not _is_org(name[:joint]) and _is_org(name[joint + 1:]):
            name = name[:joint]  # "Mira Oblak of Kovena University", "... von der Universität Kowena": hers
        if name and _is_org(name):  # "Hollum Ridge Mining Greta Söderholm": the company's head, named after it
            last_org = max(i for i, w in enumerate(name) if _is_org([w]))
            rest = name[last_org + 1:]
            if 2 <= len(rest) <= 3 and given_name_gender(rest[0]) is not None:
                name = rest
        if name and _clean(name[-1]).lower().endswith(R.NOUN_ENDINGS):
            continue  # "Die Vorsitzende der Untersuchung": a German noun, no one's name
        if not name or _is_org(name) or title_word(_clean(name[-1])):
            continue  # "Rücktritt der Ministerin", "Gouverneur": a noun phrase ending on a title names no one
        owns = POSSESSIVE.search(name[-1]) is not None
        name[-1] = POSSESSIVE.sub("", name[-1])
        name = [w for w in name if w]
        if not name:
            continue
        start = m.start() + m.group().index(name[0])
        end = start + len(" ".join(name))
        if text[start:end] != " ".join(name):  # a nickname left out between the words, or a possessive
            end = m.end() if m.group().split()[-1] == name[-1] else start + len(name[0])
        apposed = APPOSITION.match(text, m.end())  # "Orsolya Benedek, the port's new director,"
        words = apposed.group(2).lower().split() if apposed else []
        owner = apposed.group(2).split()[0] if apposed else ""
        placed = POSSESSIVE.search(owner) is not None and owner[:1].isupper() \
            and placelike(POSSESSIVE.sub("", owner), text)  # a place's mayor; "Verbeck's lawyer" is Verbeck's
        if apposed and words and (apposed["article"] or _clean(words[0]) in R.TITLES or placed):  # "Marvella's mayor"
            context += [w for w in words if w in R.TITLES]  # "the port's new director", "chief executive of
            # Brennick Water"; not "Verbeck's lawyer", whom "Lisk's lawyer" is not
        before = APPOSITION_BEFORE.search(text, max(0, m.start() - 80), m.start())  # "The mayor of Merrow, Helga"
        if before and (text[m.end():m.end() + 1] in {",", ")", ".", ";"} or text.startswith((" of ", " from "), m.end())):
            context += [w for w in before.group(1).split() if title_word(w.lower())]
        roles = {_clean(w) for w in titles + context}
        roles.update(w for t in roles & R.TITLE_ABBREVIATIONS.keys() for w in R.TITLE_ABBREVIATIONS[t])
        found.append((start, end, name, frozenset(roles), owns))  # "Sarnmet CEO Tomas Reiner": the chief executive
    for _, _, name, _, _ in found:
        if len(name) >= 2 and name[-1] not in cast.full:
            cast.full[name[-1]] = " ".join(name)
    for start, end, name, held, owns in found:
        if len(name) >= 2 or name[0] in cast.full or held & R.TITLES:
            person = Person(cast.canonical(" ".join(name)), start, end, held, owns)
            cast.mentions.append(person)
            for title in held:
                if title in R.TITLE_GENDER:
                    cast.gender.setdefault(person.name, R.TITLE_GENDER[title])
            if len(name) >= 2 and (gender := given_name_gender(name[0])) is not None:
                cast.gender.setdefault(person.name, gender)  # "Nadia al-Khuri": "she", not "he"
    return cast


@dataclass(frozen=True, slots=True)
class Resolved:
    name: str | None
    how: str  # name, pronoun, title, group, anonymous, previous, unresolved
    mention: tuple[int, int] | None = None


DECLENSION_ENDS = "aeuy"  # a surname's genitive or dative in Polish, Czech, Slovak: "Kasprzyna", "Nováka"
MIN_DECLINED = 5


def _name_in(phrase: str, start: int, cast: Cast) -> Resolved | None:
    """Step 2: the person named in a speaker phrase."""
    named = cast.between(start, start + len(phrase))
    for p in named[1:]:  # "Veltmann UK managing director Thomas Brenninkamp": the one a title names
        if any(title_word(_clean(w)) for w in phrase[named[0].end - start:p.start - start].split()):
            named = [p]
    for p in named:
        if phrase[:p.start - start].lower().strip() in {"the", "a", "an"}:
            return None  # "the Island Ledger": a thing with a name
        rest = phrase[p.end - start:]
        if re.match(r"[’']s?\s+\w", rest):
            return None  # "Aliyev's office": a group of theirs
        return Resolved(p.name, "name", (p.start, p.end))
    words = phrase.split()
    _, name = split_title(words)
    if name and not _is_org(name) and len(name) <= 3 and all(w[0].isupper() for w in name):
        key = POSSESSIVE.sub("", name[-1])
        if key not in cast.full and len(key) >= MIN_DECLINED and key[-1] in DECLENSION_ENDS:
            key = key[:-1]  # "Według Kasprzyna": Kasprzyn's, as Polish and Czech decline a name
        if key in cast.full and not re.search(r"[’']s?$", name[-1]):
            return Resolved(cast.full[key], "name", (start, start + len(phrase)))
    return None


def _before(cast: Cast, pos: int) -> list[Person]:
    return cast.between(0, pos)


def title_phrase(phrase: str) -> tuple[str, frozenset[str]] | None:
    """A phrase that names a role, as its head title and its other words ("the port authority's
    chief" -> ("chief", {"port", "authority's"})); None for a name or a phrase without a title."""
    words = [FORMER.sub("", _clean(w)) for w in phrase.split() if _clean(w) not in R.DETERMINERS]
    words = [w for w in words if w]
    if len(words) >= 2 and title_word(words[0]) and not title_word(words[-1]) \
            and any(w in R.HEAD_FIRST_JOINS for w in words[1:]):  # "la jefa de bomberos", "le ministre de
        return words[0], frozenset(w for w in words[1:] if w not in R.HEAD_FIRST_JOINS)  # l'Intérieur", "chief of police"
    if not words or any(w[0].isupper() for w in phrase.split()[-1:]) and not title_word(words[-1]):
        return None  # a name, unless a title German writes in capitals ("Behördenchefin")
    if words[-1] in R.TITLE_ABBREVIATIONS:  # "the PM" is the "Prime Minister Teodor Ruscu"
        words = words[:-1] + list(R.TITLE_ABBREVIATIONS[words[-1]])
    head = words[-1]
    if not title_word(head) and head not in R.GENERIC_ROLES:
        return None
    return head, frozenset(words[:-1])


def title_words(title: str) -> frozenset[str]:
    """The words of a title as written before a name ("Health Minister") as roles compare them."""
    return frozenset(_clean(w) for w in title.split())


def holds_title(role: tuple[str, frozenset[str]], titles: frozenset[str]) -> bool:
    """Whether a person titled with `titles` is the one a role phrase names: "der Minister" is the
    "Finanzminister" a German compound names, "die Behördenchefin" the "Chefin"; the phrase's other
    words may be a place's, never another title's ("the port authority's chief" is "port chief
    Oleksandra Hritsenko", "the finance minister" no "Transport Minister"); a generic role with a
    word of the title ("the Kremlin official") fits too."""
    head, rest = role
    holds = head in titles or bool(R.SAME_ROLE.get(head, frozenset()) & titles) or (len(head) >= MIN_COMPOUND_HEAD and any(
        t.endswith(head) or (len(t) >= MIN_COMPOUND_HEAD and head.endswith(t)) for t in titles))
    return (holds and not (rest & R.TITLES) - titles - R.GENERIC_ROLES) or \
        (head in R.GENERIC_ROLES and bool(rest & titles))


def periphrasis(phrase: str) -> tuple[tuple[str, ...], ...] | None:
    """The titles that hold an office a phrase names by what its holder heads ("la cheffe du
    gouvernement", "the head of state"), or None."""
    words = phrase.lower().replace("’", "'").split()
    while words and words[0] in R.DETERMINERS | R.DEFINITE:
        words = words[1:]
    return R.PERIPHRASES.get(" ".join(words))


def holds_office(office: tuple[tuple[str, ...], ...], titles: frozenset[str]) -> bool:
    """Whether a person titled with `titles` holds an office `periphrasis` named."""
    return any(set(title) <= titles for title in office)


def _title(phrase: str, pos: int, cast: Cast) -> Resolved | None:
    """Step 4."""
    role, office = title_phrase(phrase), periphrasis(phrase)
    if role is None and office is None:
        return None
    for people_ in (_before(cast, pos)[::-1], cast.mentions):
        for p in people_:
            if (role is not None and holds_title(role, p.titles)) or (office is not None and holds_office(office, p.titles)):
                return Resolved(p.name, "title", (p.start, p.end))
    return None


def resolve_pronoun(pos: int, sentence_of: list[tuple[int, int]], cast: Cast,
                    spoke: dict[int, list[tuple[int, str]]], sentence: int, pronoun: str = "",
                    reported: tuple[int, int] | None = None) -> Resolved | None:
    """Step 3 for he/she: the person it stands for, or None. A person the article shows to be a
    man or a woman (a title, "spokeswoman", a pronoun already bound to them) is skipped by the
    other pronoun; a person it says nothing of fits either. A name inside what the pronoun's
    speaker reports (`reported`) is what was spoken of: "Kein Kapitän sei je überstimmt worden,
    betonte sie" is said by the speaker before."""
    want = R.PRONOUN_GENDER.get(pronoun.lower())

    def fits(name: str) -> bool:
        return want is None or cast.gender.get(name) in (None, want)
    for s in range(sentence, max(-1, sentence - 6), -1):
        lo, hi = sentence_of[s]
        hi = min(hi, pos)
        named = [p for p in cast.between(lo, hi) if fits(p.name)
                 and not (reported is not None and reported[0] <= p.start < reported[1])]
        if s != sentence:
            said = [name for _, name in spoke.get(s, []) if fits(name)]
            if said:
                return _bind(cast, Resolved(said[-1], "pronoun"), want)
            if named:  # the sentence's first person, not an owner before it ("Markou's lawyer, Alexandros
                first = next((p for p in named if not p.owner), named[0])  # Pappas, spent ...")
                return _bind(cast, Resolved(first.name, "pronoun", (first.start, first.end)), want)
        elif named:
            return _bind(cast, Resolved(named[-1].name, "pronoun", (named[-1].start, named[-1].end)), want)
    return None


def _bind(cast: Cast, found: Resolved, gender: str | None) -> Resolved:
    """Remember what a pronoun said of the person it stood for."""
    if gender is not None and found.name is not None:
        cast.gender.setdefault(found.name, gender)
    return found


def placelike(word: str, text: str) -> bool:
    """A single capitalised word the article puts after "in", "to", "from"...: a place ("Moscow"),
    which may speak for its government but is no person a pronoun can stand for."""
    return re.search(rf"\b(?:in|to|from|at|into|near|across|towards?|of)\s+{re.escape(word)}\b", text) is not None


def lone_name(phrase: str, text: str) -> bool:
    """A speaker written as one or two capitalised words, no organization and no place: a person."""
    words = phrase.split()
    if len(words) == 1 and words[0].lower().endswith(R.GROUP_SUFFIXES) and \
            not re.search(rf"[a-z,] {re.escape(words[0])}\b", text):
        return False  # "Protesters", "Analysts": a group, unless a capital inside a sentence names someone
    return 0 < len(words) <= 2 and all(w[0].isupper() and w.isalpha() or PARTICLE_NAME.fullmatch(w) for w in words) \
        and not _is_org(words) \
        and not any(_clean(w) in R.TITLES | R.DETERMINERS | R.ANONYMOUS for w in words) \
        and not placelike(words[-1], text)


def describe(phrase: str) -> str:
    """Step 5: how a phrase that names no person speaks."""
    words = phrase.lower().split()
    named = any(w[0].isupper() for w in phrase.split()[1:])  # "a Kremlin source" names whose source it is
    if (words[0] in {"a", "an", "one", "two", "several", "some"} or any(w in R.ANONYMOUS for w in words)) \
            and not named:
        return "anonymous"
    return "group"
