"""Entities: the words and patterns the entity stages read, as data (the logic is in `entities/`).

General news knowledge only, never the names of one corpus: titles and roles written before a
person's name, the acronyms every newsroom uses, and how transliterations of one name differ.
"""
from __future__ import annotations

# The model's labels that name something (spaCy's OntoNotes set); dates, amounts and numbers are
# the dates stage's and are not kept as entities.
NAMED_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "EVENT", "PRODUCT", "WORK_OF_ART", "LAW",
                          "LANGUAGE"})

# Labels that may stand for one another on one name (a country as a place or a polity; a place
# that names its authority): the hyphen rule and the learnt gazetteer treat them as one kind.
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})

# Words of a title or role written before a person's name ("Russian President Vladimir Putin",
# "Kremlin spokesman Dmitry Peskov", "Mr. Smith"), lower case. A title is a run of these, and of
# capitalised words (a country, an office) before one of them, ending right before the name.
TITLE_WORDS = frozenset("""
president vice prime minister ministers chancellor premier king queen prince princess emperor pope
sheikh emir sultan crown secretary secretary-general general gen. gen lieutenant lt. lt colonel col.
col major maj. captain capt. admiral adm. sergeant sgt. commander chief marshal field
mr. mr mrs. mrs ms. ms dr. dr prof. prof professor sir dame lord lady
senator sen. sen representative rep. rep congressman congresswoman governor gov. gov mayor deputy
speaker ambassador envoy consul judge justice attorney prosecutor sheriff inspector detective
spokesman spokeswoman spokesperson official head leader chairman chairwoman chair director
ceo cfo founder chief-executive executive manager coach striker captain-elect candidate nominee
archbishop bishop cardinal rabbi imam reverend rev. father patriarch ayatollah
foreign defence defense interior finance health economy economic trade justice education
opposition former acting then outgoing incoming late
""".split())

# Honorifics: a name written after one is a person's, whatever label the model gave it ("Mr. Riva").
HONORIFICS = frozenset("mr mr. mrs mrs. ms ms. miss dr dr. prof prof. sir dame".split())

# Closed-class words that open sentences: a capitalised one is no reason to send text to the model.
# Lower-case words that are part of a person's name: "Ursula von der Leyen", "Vincent van Gogh".
NAME_PARTICLES = frozenset({"van", "von", "de", "da", "del", "della", "der", "den", "di", "du", "la", "le", "bin",
                            "ibn", "al", "el", "y", "dos", "das", "do", "ter", "ten", "zu", "af"})
FUNCTION_WORDS = frozenset("""
a an the this that these those it its he she they we i you his her their our my your him them us
and but or nor so yet if when while as at by for from in into of on onto to with within without
after before since until during about above below over under between among through across
there here what which who whom whose where why how all any both each few more most other some such
no not only own same than too very can will just should would could may might must shall do does did
is are was were be been being has have had also however meanwhile still then thus though although
because according last next one two three mr mrs ms dr
""".split())

# Acronyms that every newsroom writes without defining them, with the label they name. An acronym
# defined in the collection ("Long Name (ACR)") is learnt from it and needs no line here.
ACRONYMS: dict[str, str] = {
    "UN": "ORG", "EU": "ORG", "NATO": "ORG", "OSCE": "ORG", "OPEC": "ORG", "IMF": "ORG", "WHO": "ORG",
    "WTO": "ORG", "UNESCO": "ORG", "UNICEF": "ORG", "UNHCR": "ORG", "IAEA": "ORG", "ICC": "ORG", "ICJ": "ORG",
    "ASEAN": "ORG", "BRICS": "ORG", "G7": "ORG", "G20": "ORG", "FBI": "ORG", "CIA": "ORG", "NSA": "ORG",
    "FSB": "ORG", "KGB": "ORG", "BBC": "ORG", "CNN": "ORG", "AFP": "ORG", "AP": "ORG", "EBRD": "ORG",
    "ECB": "ORG", "US": "GPE", "USA": "GPE", "UK": "GPE", "UAE": "GPE", "USSR": "GPE",
}

# Words an acronym's letters skip ("Organization of the Petroleum Exporting Countries" -> OPEC).
ACRONYM_SKIPS = frozenset("of the and for on in at to de du des la le el y & a an".split())

# A transliteration-folding key: spellings of one name in two romanisations meet on one key
# ("Pashinian"/"Pashinyan", "Aleksandr"/"Alexander", "Dmitri"/"Dmitry", "Rossiya"/"Rossia").
# Applied in order to the lower-cased ASCII form (anyascii has already romanised Cyrillic and
# Greek), each as (pattern, replacement) over the whole key.
TRANSLITERATION: tuple[tuple[str, str], ...] = (
    # German and French romanisations of Slavic names beside the English one: Shcherbatov /
    # Schtscherbatow / Chtcherbatov, Chernov / Tschernow / Tchernov, Jewgeni / Ievgueni / Yevgeny
    (r"(?<=[bcdfhjklmnpqrstvwxz])([uo])e", r"\1"),  # Mueller / Müller / Muller, Schroeder / Schröder,
    # Juergen / Jürgen: the umlaut written out (not after g: the French gu of Guennadi is a hard g)
    (r"schtsch|chtch|shch", "sh"),
    (r"tsch|tch", "ch"),
    (r"(?<=i)ch\b", "c"),      # Dostanitch / Dostanić / Dostanic: the French tch, the Serbian ć
    (r"sch|sz", "sh"),
    (r"\bj(?=e[vw]|u)", "y"),  # Jewgeni / Yevgeny, Jurtschenko / Yurchenko: the German j for y; not before o
    # or another e (the French j is zh: Joukov / Zhukov, Jelibovski / Zhelibovsky), nor a (Jan is no Ian)
    (r"\bie(?=v)", "ye"),
    (r"zh", "j"),              # Zhelibovsky / Jelibovski, Zhukov / Joukov: the French j
    (r"t[sz](?!ch)", "z"),     # Hrytsenko / Hryzenko, Kravets / Krawez: the German z
    (r"z", "s"),               # Reznik / Resnik, Kozlov / Koslow: the German s (after ts and tz are one z)
    (r"\bg(?=[rl])", "h"),     # Hrytsenko / Grytsenko, Hlib / Glib: the Ukrainian h of the Russian g
    (r"gu(?=[ei])", "g"),
    (r"\bth", "t"),           # Thomas / Tomas
    (r"w", "v"),               # Aldabergenow / Aldabergenov, Korwath / Korvath: the German w
    (r"ks", "x"),              # Aleksandr / Alexander, Maksim / Maxim
    (r"kh", "h"),              # Mikhail / Mihail, Khodorkovsky
    (r"(?<=[aeioulrvmnbdf])h(?=[aeiou])", "g"),  # Dovhan / Dovgan, Olha / Olga, Serhiy / Sergiy: the Ukrainian h
    # of the Russian g inside a word (at its start before r and l, below)
    (r"\bolex", "alex"),       # Oleksandr / Aleksandr, Oleksiy / Aleksei: the Ukrainian o of the Russian a
    (r"(?<=[aeiou])ch(?=[aeiou])", "sh"),  # el-Rachidi / al-Rashidi, Chevtchenko: the French ch between vowels
    (r"\bel(?= )", "al"),       # el-Rachidi / al-Rashidi: the Arabic article as French and Spanish write it
    (r"(?<=[a-z]dr)e\b", ""),   # Olexandre / Olexandr: the French final e
    (r"\bch(?=r)", "h"),       # Hristov / Christow: the Russian and Bulgarian х as German writes it
    (r"ck", "k"),
    (r"c(?=[aout])", "k"),     # Nicolai / Nikolai, Baltica / Baltika, Victor / Viktor: a hard c
    (r"\by(?=e)", ""),         # Yevgeny / Evgeny, Yelena / Elena
    (r"y", "i"),               # Pashinyan / Pashinian, Dmitry / Dmitri, Rossiya / Rossiia
    (r"(?<=[aeiou])j\b", "i"),  # Alexej / Alexei, Jurij / Yuri: the German j for the й
    (r"ie\b", "i"),            # Sergie / Sergi
    (r"ei\b", "i"),            # Sergei / Sergi(y), Andrei / Andri
    (r"([a-z])\1", r"\1"),     # double letters: Rossiia / Rosia, Russia / Rusia
    (r"(?<=[a-z])e?r\b", "r"), # Aleksandr / Alexander, Petr / Peter: the vowel before a final r
    (r"ou", "u"),              # Iouri / Iuri (French romanisation)
    (r"(?<=[a-z]o)f\b", "v"),  # Sokoloff / Sokolov, Smirnoff: the French and old English -off (after the double f folds)
    (r"(?<=[^aeiou\s])j(?=a)", "i"),  # Petrosjan / Petrosian: a Scandinavian and German j for y
    (r"(?<=[aeiou])j(?=[aeiou])", "i"),  # Oduja / Oduya, Brodskaja / Brodskaya: the same between vowels
    (r"(?<=sk)aia\b", "a"),   # Brodskaya / Brodska: the Russian and the West Slavic feminine
    (r"(?<=[a-z]{3})([oe]v)a\b", r"\1"),  # Ruseva / Rusev, Petrova / Petrov: a surname's feminine form
    (r"qv", "qu"),             # Lindqvist / Lindquist
    (r"(?<=[a-z])ph", "f"),
    (r"(?<=[a-z]{3})is(?=e\b|ed\b|es\b|ing\b|ation\b)", "iz"),  # Recognised / Recognized
)

# Exonyms: the English name and the romanised native name of one place, as keys after folding
# (the native form on the left). Only names whose two forms the folding above cannot meet.
EXONYMS: dict[str, str] = {
    "rosia": "rusia",          # Rossiya, Rossia / Russia
    "moskva": "moskov",        # Moskva / Moscow
    "ukraina": "ukraine",
    "kiv": "kiev",             # Kyiv / Kiev
    "bielarus": "belarus",
    "sakartvelo": "georgia",
    "haiastan": "armenia",
    "deutschland": "germani",
    "polska": "poland",
    "espana": "spain",
    "italia": "itali",
    "nippon": "japan", "nihon": "japan",
}
