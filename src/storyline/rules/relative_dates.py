"""Words for date expressions in running text ("yesterday", "last week", "two years ago", "on
Monday"), per language, as data; the dates stage (dates/find.py) builds its patterns from them.
Month and weekday names are the header reader's (rules/dates.py): one list for both.

Each language lists: single words for a day (`DAY_WORDS`: "yesterday" -> -1), words for a unit
of time (`UNITS`), words that shift a unit or a weekday (`SHIFTS`: "last" -> -1, with where they
stand), and how "N units ago" is written (`AGO`). English also lists the cues of tense (past or
future) that tell which Monday "on Monday" is.
"""
from __future__ import annotations

# Day words: offset in days from the article's day ("yesterday" -1). Lower case; matched whole.
DAY_WORDS: dict[str, dict[str, int]] = {
    "en": {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1, "this morning": 0, "this afternoon": 0,
           "this evening": 0, "last night": -1, "the day before yesterday": -2, "the day after tomorrow": 2,
           "earlier today": 0, "later today": 0, "tomorrow night": 1, "yesterday morning": -1},
    "fr": {"aujourd'hui": 0, "aujourd’hui": 0, "hier": -1, "demain": 1, "avant-hier": -2, "après-demain": 2,
           "ce matin": 0, "ce soir": 0, "hier soir": -1},
    "de": {"heute": 0, "gestern": -1, "morgen": 1, "vorgestern": -2, "übermorgen": 2, "heute morgen": 0,
           "gestern abend": -1},
    "es": {"hoy": 0, "ayer": -1, "mañana": 1, "anteayer": -2, "pasado mañana": 2, "anoche": -1},
    "it": {"oggi": 0, "ieri": -1, "domani": 1, "l'altro ieri": -2, "dopodomani": 2, "stamattina": 0,
           "ieri sera": -1},
    "pt": {"hoje": 0, "ontem": -1, "amanhã": 1, "anteontem": -2, "depois de amanhã": 2},
    "nl": {"vandaag": 0, "gisteren": -1, "morgen": 1, "eergisteren": -2, "overmorgen": 2, "vanmorgen": 0,
           "vanavond": 0, "gisteravond": -1},
    "ru": {"сегодня": 0, "вчера": -1, "завтра": 1, "позавчера": -2, "послезавтра": 2},
}
# A day word that is also another word right after these ("la mañana" is the morning, "Morgen"
# the German noun): case-sensitive exceptions are kept apart.
DAY_WORD_NOT_AFTER: dict[str, tuple[str, ...]] = {"es": ("la", "esta", "por"), "de": ("am", "heute", "den")}

# Units of time, singular and plural, -> unit name.
UNITS: dict[str, dict[str, str]] = {
    "en": {"day": "day", "days": "day", "week": "week", "weeks": "week", "month": "month", "months": "month",
           "year": "year", "years": "year", "weekend": "weekend", "fiscal year": "year",
           "financial year": "year", "calendar year": "year", "quarter": "quarter", "quarters": "quarter",
           "fortnight": "fortnight", "fortnights": "fortnight"},  # two weeks: "a fortnight ago"
    "fr": {"jour": "day", "jours": "day", "semaine": "week", "semaines": "week", "mois": "month",
           "an": "year", "ans": "year", "année": "year", "années": "year", "week-end": "weekend"},
    "de": {"tag": "day", "tagen": "day", "tage": "day", "woche": "week", "wochen": "week", "monat": "month",
           "monaten": "month", "monate": "month", "jahr": "year", "jahren": "year", "jahre": "year",
           "jahres": "year", "wochenende": "weekend"},
    "es": {"día": "day", "días": "day", "semana": "week", "semanas": "week", "mes": "month", "meses": "month",
           "año": "year", "años": "year", "fin de semana": "weekend"},
    "it": {"giorno": "day", "giorni": "day", "settimana": "week", "settimane": "week", "mese": "month",
           "mesi": "month", "anno": "year", "anni": "year", "fine settimana": "weekend"},
    "pt": {"dia": "day", "dias": "day", "semana": "week", "semanas": "week", "mês": "month", "meses": "month",
           "ano": "year", "anos": "year", "fim de semana": "weekend"},
    "nl": {"dag": "day", "dagen": "day", "week": "week", "weken": "week", "maand": "month", "maanden": "month",
           "jaar": "year", "jaren": "year", "weekend": "weekend"},
    "ru": {"неделе": "week", "месяце": "month", "году": "year", "дней": "day", "дня": "day", "день": "day",
           "недели": "week", "недель": "week", "неделю": "week", "месяца": "month", "месяцев": "month",
           "месяц": "month", "года": "year", "лет": "year", "год": "year"},
}

# Words that shift a unit or a weekday: -1 the one before, 0 the current one, +1 the one after.
# `before` stand before the unit ("last week"), `after` after it ("la semaine dernière").
SHIFTS_BEFORE: dict[str, dict[str, int]] = {
    "en": {"last": -1, "past": -1, "previous": -1, "this": 0, "next": 1, "coming": 1, "this coming": 1,
           "the last": -1, "the past": -1, "the previous": -1, "the next": 1, "the coming": 1, "the following": 1,
           "earlier this": 0, "later this": 0, "early this": 0, "late this": 0, "early next": 1, "late next": 1,
           "early last": -1, "late last": -1, "earlier in the": 0, "later in the": 0,
           "the end of this": 0, "the end of last": -1, "the end of next": 1, "the end of the": 0,
           "the start of this": 0, "the start of the": 0, "the start of next": 1, "the beginning of this": 0,
           "the beginning of the": 0, "the beginning of next": 1, "the middle of this": 0, "the middle of next": 1,
           "the middle of last": -1, "the rest of the": 0, "the rest of this": 0, "this past": -1},
    "fr": {"cette": 0, "ce": 0, "cet": 0},
    "de": {"letzte": -1, "letzten": -1, "letztes": -1, "vergangene": -1, "vergangenen": -1, "vergangenes": -1,
           "vorige": -1, "vorigen": -1, "voriges": -1, "nächste": 1, "nächsten": 1, "nächstes": 1,
           "kommende": 1, "kommenden": 1, "kommendes": 1, "diese": 0, "diesen": 0, "dieses": 0,
           "am vergangenen": -1, "am kommenden": 1, "am nächsten": 1, "im vergangenen": -1, "im nächsten": 1,
           "im kommenden": 1, "in der vergangenen": -1, "in der nächsten": 1, "in der kommenden": 1},
    "es": {"la próxima": 1, "el próximo": 1, "próxima": 1, "próximo": 1, "este": 0, "esta": 0},
    "it": {"la prossima": 1, "il prossimo": 1, "prossima": 1, "prossimo": 1, "questa": 0, "questo": 0,
           "quest'": 0},
    "pt": {"a próxima": 1, "o próximo": 1, "na próxima": 1, "no próximo": 1, "próxima": 1, "próximo": 1,
           "este": 0, "esta": 0, "neste": 0, "nesta": 0},
    "nl": {"vorige": -1, "vorig": -1, "afgelopen": -1, "volgende": 1, "volgend": 1, "komende": 1, "deze": 0,
           "dit": 0},
    "ru": {"на прошлой": -1, "в прошлом": -1, "на следующей": 1, "в следующем": 1, "на этой": 0, "в этом": 0,
           "на будущей": 1, "в будущем": 1},
}
SHIFTS_AFTER: dict[str, dict[str, int]] = {
    "fr": {"dernier": -1, "dernière": -1, "passé": -1, "passée": -1, "prochain": 1, "prochaine": 1, "-ci": 0},
    "es": {"pasado": -1, "pasada": -1, "próximo": 1, "próxima": 1, "que viene": 1},
    "it": {"scorso": -1, "scorsa": -1, "passato": -1, "passata": -1, "prossimo": 1, "prossima": 1},
    "pt": {"passado": -1, "passada": -1, "que vem": 1},
}

# "N units ago": the words around the number ("two weeks ago", "il y a deux semaines", "vor zwei
# Wochen"): (before the number, after the unit, sign). An empty string: nothing there.
AGO: dict[str, list[tuple[str, str, int]]] = {
    "en": [("", "ago", -1), ("in", "", 1), ("", "from now", 1)],
    "fr": [("il y a", "", -1), ("dans", "", 1)],
    "de": [("vor", "", -1), ("in", "", 1)],
    "es": [("hace", "", -1), ("dentro de", "", 1)],
    "it": [("", "fa", -1), ("tra", "", 1), ("fra", "", 1)],
    "pt": [("há", "", -1), ("daqui a", "", 1)],
    "nl": [("", "geleden", -1)],
    "ru": [("", "назад", -1), ("через", "", 1)],
}

NUMBERS: dict[str, dict[str, int]] = {
    "en": {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
           "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "a couple of": 2},
    "fr": {"un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8,
           "neuf": 9, "dix": 10},
    "de": {"einem": 1, "einer": 1, "zwei": 2, "drei": 3, "vier": 4, "fünf": 5, "sechs": 6, "sieben": 7,
           "acht": 8, "neun": 9, "zehn": 10},
    "es": {"un": 1, "una": 1, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6, "siete": 7, "ocho": 8,
           "nueve": 9, "diez": 10},
    "it": {"un": 1, "una": 1, "due": 2, "tre": 3, "quattro": 4, "cinque": 5, "sei": 6, "sette": 7, "otto": 8,
           "nove": 9, "dieci": 10},
    "pt": {"um": 1, "uma": 1, "dois": 2, "duas": 2, "três": 3, "quatro": 4, "cinco": 5, "seis": 6, "sete": 7,
           "oito": 8, "nove": 9, "dez": 10},
    "nl": {"een": 1, "één": 1, "twee": 2, "drie": 3, "vier": 4, "vijf": 5, "zes": 6, "zeven": 7, "acht": 8,
           "negen": 9, "tien": 10},
    "ru": {"два": 2, "две": 2, "три": 3, "четыре": 4, "пять": 5, "шесть": 6, "семь": 7, "восемь": 8,
           "девять": 9, "десять": 10},
}

# Weekday and month words with a direction after them ("lundi dernier", "el lunes pasado") use
# SHIFTS_AFTER; before them SHIFTS_BEFORE ("letzten Montag", "volgende maandag", "last Friday").
# Weekdays in Russian (the header reader knows only its months), as "в понедельник" writes them.
RUSSIAN_WEEKDAYS = {"понедельник": 0, "вторник": 1, "среду": 2, "среда": 2, "четверг": 3, "пятницу": 4,
                    "пятница": 4, "субботу": 5, "суббота": 5, "воскресенье": 6}

# English weekday names that are days of another calendar, not the week's ("Black Monday", "Good
# Friday"): such a name is no weekday mention.
NAMED_DAYS = frozenset("black good ash super cyber holy easter bloody palm maundy shrove giving casual".split())

# Seasons (meteorological, northern hemisphere): first and last month. Winter runs into the next year.
SEASONS: dict[str, tuple[int, int]] = {
    "spring": (3, 5), "summer": (6, 8), "autumn": (9, 11), "fall": (9, 11), "winter": (12, 2),
    "printemps": (3, 5), "été": (6, 8), "automne": (9, 11), "hiver": (12, 2),
    "frühling": (3, 5), "frühjahr": (3, 5), "sommer": (6, 8), "herbst": (9, 11),
    "primavera": (3, 5), "verano": (6, 8), "otoño": (9, 11), "invierno": (12, 2),
    "estate": (6, 8), "autunno": (9, 11), "inverno": (12, 2), "verão": (6, 8), "outono": (9, 11),
    "lente": (3, 5), "zomer": (6, 8), "herfst": (9, 11),
}
# Parts of a year: first and last month. Named only with their year ("the first half of 2027",
# "the last quarter of this year", "Q3 2026"): "the first half" alone is as often a match's.
YEAR_PARTS: dict[str, tuple[int, int]] = {
    "first quarter": (1, 3), "second quarter": (4, 6), "third quarter": (7, 9), "fourth quarter": (10, 12),
    "last quarter": (10, 12), "1st quarter": (1, 3), "2nd quarter": (4, 6), "3rd quarter": (7, 9),
    "4th quarter": (10, 12), "q1": (1, 3), "q2": (4, 6), "q3": (7, 9), "q4": (10, 12),
    "first half": (1, 6), "second half": (7, 12), "last half": (7, 12), "h1": (1, 6), "h2": (7, 12),
}

# English month names that are also common words: counted as a month only when written with a
# capital and set off as a date ("in May", "May 4", "May 2010"; never "may" the verb).
AMBIGUOUS_MONTHS = frozenset({"may", "march", "mar", "jun", "jan", "sun", "sat", "wed", "dec", "aug", "sept"})
# A month named alone is a date after one of these words ("in September", "since May", "early June").
MONTH_LEADS = frozenset(
    "in since by until till through from to before after during of between early late mid last next this "
    "and or end start beginning middle around throughout until".split())

# A season named alone is a date after one of these ("in spring", "during the summer", "last winter");
# "end winter power cuts" and "the summer minimum" name none.
SEASON_LEADS = frozenset("in during since by until till through throughout over early late mid of before after "
                         "from for".split())

# Words after a lone year that make it a quantity, not a year ("2016 people").
NOT_YEAR_AFTER = frozenset(
    "people persons votes voters troops soldiers dead deaths cases km miles kilometres kilometers metres meters "
    "feet tonnes tons dollars euros pounds rubles roubles yuan units jobs homes cars seats points percent "
    "hectares acres calories words pages members staff employees residents households".split())

# Cues of tense (English), matched as lower-case words: which way a weekday or a day without its
# year points from the article's day. The nearest cue in the clause decides (dates/tense.py).
FUTURE_CUES = frozenset(
    "will 'll ’ll shall won't won’t going due scheduled upcoming next until till planned plans plan aims "
    "expected expects intends intend set slated tomorrow ahead later coming would may might could should "
    "must can".split())
PAST_CUES = frozenset(
    "said told was were had did ago last earlier since already yesterday announced reported "
    "began begun broke came went met held took gave made spoke saw won lost fell rose left sent found "
    "thought brought bought caught fought kept led paid put ran sat stood struck threw wrote became "
    "chose drew drove flew forgot froze grew hid hit hurt knew laid lay meant quit read rode rang sang "
    "sank shot shut slept slid sold spent split spread stole swore swept swam taught tore understood "
    "woke wore withdrew overturned".split())
# Verbs in the present that, with a day, announce what is scheduled ("the trial resumes Monday").
# Only right before or after the expression: a headline's present ("Snow closes schools (Feb. 11)")
# reports what happened.
SCHEDULE_VERBS = frozenset(
    "begins starts opens resumes ends closes expires arrives meets votes returns launches runs takes "
    "kicks reopens convenes visits travels hosts holds goes comes".split())
# Their plain forms, a cue only after "to", "will" or a modal: "due to resume on Monday".
SCHEDULE_INFINITIVES = frozenset(
    "begin start open resume end close meet vote return launch reopen convene visit travel host hold sign "
    "decide rule announce hear publish release take".split())
# Words ending in -ed that are not past tenses of a report ("need", "red", "proposed rule" is still one).
NOT_PAST_ED = frozenset("need needed red bed shed seed feed speed weed indeed hundred embed united based "
                        "armed aged limited advanced detailed".split())
# A present progressive with a day says what is arranged ("is meeting on Friday").
PROGRESSIVE_AUX = frozenset("is are am 's ’s".split())
# Auxiliaries that make the verb after them future or present ("will be held", "is to be held").
FUTURE_AUX = frozenset("will 'll ’ll shall would to may might could should must can".split())

ENGLISH_MONTHS = frozenset(
    "january jan february feb march mar april apr may june jun july jul august aug september sept sep october "
    "oct november nov december dec".split())

# Holidays on a fixed day, as "--MM-DD": a day without its year ("since Christmas", "on New Year's
# Eve"). Lower case; an apostrophe may be straight or curly.
HOLIDAYS: dict[str, dict[str, str]] = {
    "en": {"christmas day": "--12-25", "christmas eve": "--12-24", "christmas": "--12-25", "boxing day": "--12-26",
           "new year's day": "--01-01", "new year's eve": "--12-31", "halloween": "--10-31",
           "valentine's day": "--02-14", "st. patrick's day": "--03-17", "st patrick's day": "--03-17"},
    "fr": {"noël": "--12-25", "réveillon de noël": "--12-24", "saint-sylvestre": "--12-31", "jour de l'an": "--01-01"},
    "de": {"weihnachten": "--12-25", "heiligabend": "--12-24", "silvester": "--12-31", "neujahr": "--01-01"},
    "es": {"navidad": "--12-25", "nochebuena": "--12-24", "nochevieja": "--12-31", "año nuevo": "--01-01"},
    "it": {"natale": "--12-25", "vigilia di natale": "--12-24", "capodanno": "--01-01"},
    "pt": {"natal": "--12-25", "véspera de natal": "--12-24", "ano novo": "--01-01"},
    "nl": {"kerstmis": "--12-25", "kerstavond": "--12-24", "oudejaarsavond": "--12-31", "nieuwjaarsdag": "--01-01"},
    "ru": {"новый год": "--01-01"},
}

# Cues of tense in the other languages: auxiliaries and words of direction, (future, past). The
# nearest in the sentence decides, as in English ("Der Rat wird am Freitag entscheiden").
TENSE_WORDS: dict[str, tuple[frozenset[str], frozenset[str]]] = {
    "fr": (frozenset("va vont sera seront aura auront prochain prochaine devrait devraient doit doivent".split()),
           frozenset("a ont était étaient avait avaient fut dernier dernière hier depuis".split())),
    "de": (frozenset("wird werden soll sollen nächste nächsten kommende kommenden morgen".split()),
           frozenset("hat haben hatte hatten wurde wurden war waren sagte letzte letzten vergangene vergangenen "
                     "gestern seit".split())),
    "es": (frozenset("va van será serán habrá próximo próxima mañana".split()),
           frozenset("ha han fue fueron era eran dijo pasado pasada ayer desde".split())),
    "it": (frozenset("sarà saranno dovrebbe prossimo prossima domani".split()),
           frozenset("ha hanno fu era erano disse scorso scorsa ieri".split())),
    "pt": (frozenset("vai vão será serão próximo próxima amanhã".split()),
           frozenset("foi foram era eram disse passado passada ontem desde".split())),
    "nl": (frozenset("zal zullen gaat gaan volgende komende morgen".split()),
           frozenset("heeft hebben had hadden was waren werd werden zei vorige afgelopen gisteren sinds".split())),
    "ru": (frozenset("будет будут следующей следующем завтра".split()),
           frozenset("был была было были заявил заявила сказал сказала прошлой прошлом вчера".split())),
}
# Endings of the simple future ("se reunirá", "decidirà", "decidiront").
FUTURE_ENDINGS: dict[str, tuple[str, ...]] = {"es": ("rá", "rán"), "pt": ("rá", "rão"), "it": ("rà", "ranno"),
                                               "fr": ("ront",)}
