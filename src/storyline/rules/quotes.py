"""Words that find quotations and their speakers: reporting verbs, titles, pronouns, the words
that mark a name or a term in quotation marks rather than a quotation. Read by `quotes/`."""
from __future__ import annotations

import re

# Quotation marks: each opening mark and the marks that may close it. A straight double mark
# opens or closes by what stands beside it; `’` closes a single quote only before a non-letter
# (elsewhere it is an apostrophe).
DOUBLE_MARKS = {"\u201c": "\u201d\u201c", "\u201e": '\u201c\u201d"', "\u00ab": "\u00bb", "\u2039": "\u203a",
                '"': '"', "\u201d": "\u201d", "''": "''"}  # Swedish and Finnish open with ” too; a German
# „ may close with the typewriter's " („Ich habe nie einen Florin genommen")
SINGLE_MARKS = {"\u2018": "\u2019", "\u201a": "\u2018\u2019", "'": "'"}


def _forms(lemma: str) -> set[str]:
    """A regular verb's forms: say -> says, saying; stress -> stressed, stresses, stressing."""
    stem = lemma[:-1] if lemma.endswith("e") else lemma
    third = lemma + ("es" if lemma.endswith(("s", "sh", "ch", "x", "z")) else "s")
    if lemma.endswith("y") and lemma[-2] not in "aeiou":
        third, past = lemma[:-1] + "ies", lemma[:-1] + "ied"
    else:
        past = lemma + ("d" if lemma.endswith("e") else "ed")
    return {lemma, third, past, stem + "ing"}


IRREGULAR = {
    "say": {"say", "says", "said", "saying"}, "tell": {"tell", "tells", "told", "telling"},
    "write": {"write", "writes", "wrote", "written", "writing"}, "think": {"think", "thinks", "thought", "thinking"},
    "feel": {"feel", "feels", "felt", "feeling"}, "find": {"find", "finds", "found", "finding"},
    "show": {"show", "shows", "showed", "shown", "showing"}, "put": {"put", "puts", "putting"},
    "admit": {"admit", "admits", "admitted", "admitting"}, "tweet": {"tweet", "tweets", "tweeted", "tweeting"},
    "plan": {"plan", "plans", "planned", "planning"}, "know": {"know", "knows", "knew", "known"},
    "forecast": {"forecast", "forecasts", "forecasting"}, "predict": {"predict", "predicts", "predicted", "predicting"},
    "refer": {"refer", "refers", "referred", "referring"}, "regret": {"regret", "regrets", "regretted", "regretting"},
}

# Verbs that report what someone said or holds, followed by what was said ("said (that) ...",
# "warned ...", "denied ..."): a quotation beside them is theirs, and the clause after them is
# an indirect quotation.
SPEECH_VERBS = (
    "say", "tell", "add", "warn", "insist", "stress", "deny", "note", "write", "argue", "claim", "explain",
    "state", "assert", "announce", "report", "suggest", "acknowledge", "admit", "declare", "emphasize",
    "emphasise", "underscore", "underline", "repeat", "reiterate", "recall", "reply", "respond", "answer",
    "confirm", "observe", "remark", "comment", "concede", "contend", "maintain", "predict", "promise",
    "pledge", "vow", "tweet", "estimate", "believe", "think", "hope", "fear", "allege", "charge",
    "counter", "indicate", "reveal", "disclose", "complain", "caution", "agree", "clarify", "boast",
    "speculate", "testify", "assure", "inform", "remind", "signal", "hint", "conclude", "worry", "fret",
    "acknowledge", "forecast", "regret", "lament", "propose", "recommend", "demand", "threaten", "joke",
    "muse", "quip", "retort", "shout", "whisper", "chant", "yell", "scream", "announce", "proclaim", "predict",
    "wonder", "ask",
    "find", "show", "continue", "point out", "want", "intend", "seek", "plan", "recount", "post", "argue",
    "mention", "cite",
)
# Verbs that introduce a description or a fragment in quotation marks, not a clause: "called
# the war a 'tragedy'", "urged both sides to 'show restraint'". A fragment beside them is a
# quotation of their subject; no indirect quotation follows them.
FRAGMENT_VERBS = (
    "call", "describe", "accuse", "dub", "label", "brand", "praise", "criticize", "criticise", "condemn",
    "slam", "blast", "liken", "characterize", "characterise", "hail", "decry", "denounce", "urge", "refer",
    "dismiss", "reject", "welcome", "question", "attack", "mock", "compare", "pledge", "vow", "promise",
    "ask", "demand", "plead", "appeal",
)
# Verbs of description that also report a judgement: what follows them is reported, when it holds
# no quote ("criticized the deal as too costly", "accused the council of hiding the report").
JUDGE_VERBS = ("criticize", "criticise", "condemn", "slam", "blast", "hail", "decry", "denounce", "praise",
               "accuse", "attack", "question", "reject", "describe", "urge", "welcome", "characterize",
               "characterise", "mock", "demand", "cite")
# "was quoted by the broadcaster as saying", "was cited by the agency as saying": the subject spoke.
QUOTED_BY = frozenset({"quoted", "cited"})
# Verbs whose object (the people told) stands between the verb and what was said.
OBJECT_VERBS = ("tell", "assure", "inform", "remind", "warn", "brief", "ask", "urge", "promise")
# Verbs that take a thing as often as a clause ("announced an inquiry", "promising 14 billion in
# savings", "kündigte eine Untersuchung an"): what follows them is a clause only with a verb of its
# own that shows it (FINITE_MARKERS) or after "that".
NOUN_OBJECT_VERBS = ("announce", "repeat", "unveil", "threaten")  # PolNeAR counts "asked", "agreed",
# "showed", "pledged", "proposed" with their objects as attributions, the seeds "denied recruiting ...":
# those stay cues of anything
FINITE_MARKERS = frozenset({
    "is", "are", "was", "were", "will", "would", "could", "should", "can", "may", "might", "must", "had", "has",
    "have", "did", "does", "do", "be", "been",
    "est", "sont", "était", "étaient", "sera", "seront", "serait", "seraient", "ont", "avait", "avaient",
    "pourrait", "devrait", "allait", "va", "vont",
    "sei", "seien", "werde", "werden", "würde", "würden", "habe", "haben", "hätte", "hätten", "ist", "sind", "war",
    "es", "son", "era", "eran", "será", "serán", "sería", "ha", "han", "había", "podría", "iba", "va", "van",
    "è", "sono", "era", "sarà", "sarebbe", "hanno", "aveva", "potrebbe",
    "é", "são", "foi", "foram", "será", "seria", "vai", "vão", "tem", "têm", "tinha", "poderia",
    "is", "zijn", "was", "waren", "zal", "zou", "zouden", "heeft", "hebben", "had"})
# "has" in the languages whose perfect opens a phrase's verb: "Le ministre a lancé un appel :" (`lead_in`)
LEAD_IN_VERBS = frozenset({"a", "hat", "heeft", "har", "ha", "è", "é"})
# Phrases that work as a reporting verb.
CUE_PHRASES = ("point out", "points out", "pointed out", "pointing out", "went on", "goes on")


def verb_forms(lemmas: tuple[str, ...]) -> frozenset[str]:
    out: set[str] = set()
    for lemma in lemmas:
        if " " in lemma:
            continue
        out |= IRREGULAR.get(lemma) or _forms(lemma)
    return frozenset(out)


SPEECH = verb_forms(SPEECH_VERBS)
FRAGMENT = verb_forms(FRAGMENT_VERBS)
OBJECT = verb_forms(OBJECT_VERBS)
# French, German and Spanish: the forms a news report uses ("a déclaré", "sagte", "dijo"), and
# the word for "according to". Quotation marks and names work alike; these make the cues.
FOREIGN_SPEECH = frozenset({
    "dit", "déclaré", "affirmé", "ajouté", "expliqué", "souligné", "estimé", "indiqué", "assuré", "averti",
    "précisé", "insisté", "annoncé", "reconnu", "répondu", "nié", "démenti", "prévenu", "déclare", "affirme",
    "ajoute", "explique", "souligne", "estime", "indique", "assure", "précise", "insiste", "annonce", "dénoncé",
    "sagte", "sagt", "erklärte", "erklärt", "betonte", "betont", "warnte", "warnt", "meinte", "meint",
    "kündigte", "bestätigte", "sagten", "erklärten", "fügte", "räumte", "versicherte", "forderte", "wies",
    "teilte", "teilten",  # "Kesgaz teilte mit, die Preisformel bleibe vertraulich"
    # Polish, in the forms of a man, a woman, and several: "powiedziała, że ...", "– ... – dodał."
    "powiedział", "powiedziała", "powiedzieli", "dodał", "dodała", "dodali", "stwierdził", "stwierdziła",
    "podkreślił", "podkreśliła", "oświadczył", "oświadczyła", "zapowiedział", "zapowiedziała", "przyznał",
    "przyznała", "zaznaczył", "zaznaczyła", "ostrzegł", "ostrzegła", "zapewnił", "zapewniła", "poinformował",
    "poinformowała", "potwierdził", "potwierdziła", "potwierdziło", "zaprzeczył", "zaprzeczyła", "mówi", "twierdzi",
    "dijo", "afirmó", "declaró", "añadió", "explicó", "aseguró", "advirtió", "señaló", "indicó", "subrayó",
    "insistió", "anunció", "reconoció", "respondió", "negó", "dice", "afirma", "asegura", "explica", "destacó",
    "resumió", "agregó", "apuntó", "sostuvo", "manifestó", "recalcó", "aseveró", "reiteró", "prometió",
    "dijeron", "afirmaron", "indicaron", "señalaron", "advirtieron", "aseguraron", "explicaron", "añadieron",
    "declararon", "insistieron", "reconocieron", "negaron", "denunciaron", "warnten", "betonten", "erklärt",
    "résumé", "rappelé", "martelé", "promis", "ajouta", "déclara", "affirma", "expliqua", "lancé", "lâché",
    "ergänzte", "mahnte", "versprach", "berichtete", "unterstrich", "bestritt", "bestreitet", "dementierte",
    "detto", "dichiarato", "affermato", "aggiunto", "spiegato", "sottolineato", "annunciato", "avvertito",
    "precisato", "ribadito", "assicurato", "dice", "spiega", "aggiunge", "sottolinea", "afferma",
    "zei", "zegt", "verklaarde", "benadrukte", "waarschuwde", "voegde", "stelde", "liet", "kondigde",
    "vertelt", "vertelde", "stelt", "ontkent", "ontkende", "belooft", "beloofde", "meldt", "meldde", "erkent",
    "erkende", "benadrukt", "waarschuwt", "bevestigt", "bevestigde", "klaagt", "klaagde", "klagen", "verklaart",
})
# The German and Dutch ones: their reported clause may follow with no "dass" or "dat" ("sagte am Abend,
# Dravonien werde ... niemals akzeptieren"), where the Romance languages always open it with "que", "che".
GERMANIC_SPEECH = frozenset({
    "sagte", "sagt", "erklärte", "erklärt", "betonte", "betont", "warnte", "warnt", "meinte", "meint", "kündigte",
    "bestätigte", "sagten", "erklärten", "fügte", "räumte", "versicherte", "forderte", "wies", "warnten", "betonten",
    "teilte", "teilten",
    "ergänzte", "mahnte", "versprach", "berichtete", "unterstrich", "bestritt", "bestreitet", "dementierte",
    "erzählte", "erzählt", "kritisierte", "kritisiert", "bekräftigte", "beteuerte", "schilderte", "behauptete",
    "antwortete", "entgegnete", "bemerkte", "beklagte", "klagte", "bestätigt", "versichert",
    "zei", "zegt", "verklaarde", "benadrukte", "waarschuwde", "voegde", "stelde", "liet", "kondigde",
    "vertelt", "vertelde", "stelt", "ontkent", "ontkende", "belooft", "beloofde", "meldt", "meldde", "erkent",
    "erkende", "benadrukt", "waarschuwt", "bevestigt", "bevestigde", "klaagt", "klaagde", "klagen", "verklaart",
    "vertelde", "meldde", "reageerde", "bevestigde", "ontkende", "erkende", "beloofde",
})
# Verbs that report a denial: what a denial quotes is what another source asserts, so a denial and
# the claim it denies are two statements, however alike their words ("Turkey denied recruiting
# Syrian fighters" / "Reports say Turkey has deployed Syrian mercenaries").
DENIAL_VERBS = verb_forms(("deny", "dismiss", "reject", "refute", "rebut")) | frozenset({
    "nié", "nie", "démenti", "dément", "démentent", "bestritt", "bestreitet", "bestritten", "dementierte",
    "dementiert", "wies", "negó", "niega", "negaron", "desmintió", "desmiente", "rechazó", "negato", "nega",
    "smentito", "smentisce", "respinto", "ontkende", "ontkent", "negou", "nega", "desmentiu"})


def denies(cue: str) -> bool:
    """Whether the verb that reports a quote reports a denial."""
    return any(w.lower() in DENIAL_VERBS for w in cue.split())




# The same verbs by their infinitives, in the forms that report speech in the past (a Spanish or
# Portuguese preterite, a French or Italian participle after "a"/"ha", an Italian or French simple
# past, an imperfect; German and Dutch pasts listed): regular verbs inflect alike, so the data is the
# infinitive; present tenses stay listed above, as many of them are nouns too ("la nota", "la critique").
ROMANCE_PAST: dict[str, dict[str, tuple[str, ...]]] = {
    "es": {"ar": ("ó", "aron", "aba", "aban"), "er": ("ió", "ieron", "ía", "ían"), "ir": ("ió", "ieron", "ía", "ían")},
    "pt": {"ar": ("ou", "aram"), "er": ("eu", "eram"), "ir": ("iu", "iram")},
    "it": {"are": ("ato", "ò"), "ere": ("uto",), "ire": ("ito", "ì")},
    "fr": {"er": ("é",), "ir": ("i",)},
}
SPEECH_INFINITIVES = {
    "es": "contar relatar resumir comentar lamentar admitir denunciar recordar precisar aclarar expresar "
          "opinar replicar declarar afirmar añadir explicar asegurar señalar indicar subrayar insistir anunciar "
          "responder destacar agregar apuntar manifestar recalcar aseverar reiterar prometer confirmar informar "
          "alertar reclamar exigir avisar garantizar matizar sentenciar confesar contestar argumentar defender "
          "asumir remarcar puntualizar revelar narrar",
    "pt": "afirmar declarar explicar contar relatar comentar lamentar admitir denunciar lembrar destacar "
          "ressaltar garantir assegurar alertar avisar anunciar acrescentar sublinhar negar confirmar responder "
          "insistir prometer informar revelar reiterar",
    "it": "dichiarare affermare spiegare sottolineare annunciare avvertire precisare ribadire assicurare raccontare "
          "commentare denunciare negare smentire confermare insistere osservare ricordare rivelare lamentare "
          "replicare garantire avvisare ammonire",
    "fr": "raconter regretter commenter déplorer dénoncer insister souligner estimer indiquer assurer préciser "
          "annoncer affirmer déclarer ajouter expliquer rappeler marteler avertir réagir jurer résumer confirmer "
          "avouer témoigner détailler observer noter relever signaler alerter plaider répéter "
          "insister nier démentir",
}
IRREGULAR_SPEECH = frozenset({
    "sostuvo", "sostuvieron", "sostenía", "sostiene", "pidió", "pidieron", "advirtió", "advirtieron", "dicho",
    "disse", "disseram", "detto", "scritto", "ammesso", "promesso", "risposto", "aggiunto", "riconosciuto",
    "dit", "écrit", "admis", "promis", "reconnu", "répondu", "prévenu", "soutenu", "démenti",
    "erzählte", "erzählt", "kritisierte", "kritisiert", "bekräftigte", "beteuerte", "schilderte", "behauptete",
    "antwortete", "entgegnete", "bemerkte", "beklagte", "klagte", "bestätigt", "versichert",
    "vertelde", "stelde", "meldde", "reageerde", "bevestigde", "ontkende", "erkende", "beloofde",
})


def past_forms(infinitives: dict[str, str]) -> frozenset[str]:
    """The past forms (ROMANCE_PAST) of regular verbs given by language as space-separated infinitives."""
    return frozenset(word[:-len(end)] + suffix
                     for lang, words in infinitives.items() for word in words.split()
                     for end, suffixes in ROMANCE_PAST[lang].items() if word.endswith(end) for suffix in suffixes)


FOREIGN_SPEECH = FOREIGN_SPEECH | IRREGULAR_SPEECH | past_forms(SPEECH_INFINITIVES)

# Object pronouns that stand before a verb in the Romance languages: "Lo ha annunciato ieri il
# direttore": the speaker follows the verb.
CLITICS = frozenset({"lo", "la", "le", "li", "gli", "ne", "l'", "l’", "lui", "les"})
# The ends of German compounds that name a body, not a person: "Hafenbehörde", "Finanzministerium".
ORG_COMPOUND_ENDS = ("behörde", "ministerium", "verband", "kammer", "gericht", "gewerkschaft", "regierung",
                     "verwaltung", "partei", "konzern", "gesellschaft")
# Where a group of sources stands, after the group: "shipping agents in the city", "farmers on the plain".
PLACE_PREPOSITIONS = frozenset({"in", "on", "from", "near", "below", "across", "outside", "inside", "around", "along"})
# Verbs that report speech only after the quote they report ("« ... », a lancé M. Reznik"); before
# an object they do something else ("a lancé un programme").
INVERTED_ONLY = frozenset({"lancé", "lâché", "confie", "confié", "confient", "glisse", "glissé", "souffle", "soufflé",
                           "aldus"})  # Dutch "..., aldus brandweercommandant Bastian Oruwe": thus said
FOREIGN_SPEECH = FOREIGN_SPEECH | INVERTED_ONLY
# "and" in the languages whose cues are listed: a second verb after it reports a clause of its own.
AND_WORDS = frozenset({"and", "but", "y", "pero", "et", "mais", "und", "aber", "e", "ma", "maar"})
# ... and the verbs that introduce a description there: "a qualifié l'offre d'« insulte »", "nannte den
# Haushalt „ein Märchen“", "calificó el plan de «fracaso»".
FOREIGN_FRAGMENT = frozenset({"qualifié", "qualifie", "qualifiée", "traité", "traite", "nannte", "nennt", "nannten",
                              "bezeichnete", "bezeichnet", "calificó", "califica", "llamó", "tildó", "definió",
                              "sprach", "spricht", "jugé", "parlé", "habló",  # "sprach von einer „Todesfalle“"
                              "definito", "definita", "definì", "bollato", "bollata", "chiamato",  # "ha definito una «scommessa»"
                              "classificou", "qualificou", "chamou", "definiu", "apelidou"})  # "classificou ... de «irresponsável»"
ACCORDING = frozenset({"selon", "laut", "según", "zufolge", "d'après", "secondo", "volgens", "segundo", "według"})
# The same in more words: "according to", "nach Angaben der Ministerin", "de acuerdo con".
ACCORDING_PHRASES = (("according", "to"), ("nach", "angaben"), ("de", "acuerdo", "con"))
GERMAN_ARTICLES = frozenset({"dem", "der", "den", "des", "einem", "einer", "eines"})  # "laut dem Ministerium"
# German prepositions and their contractions with an article, capitalised at a sentence's start.
GERMAN_PREPOSITIONS = frozenset({"zum", "zur", "im", "am", "beim", "vom", "ins", "aus", "mit", "nach", "bei", "seit",
                                 "für", "über", "unter", "vor", "gegen", "ohne", "durch", "wegen", "trotz"})  # not "von"
GERMAN_DATIVES = frozenset({"dieser", "diesem", "unserer", "unserem", "ihrer", "ihrem", "seiner", "seinem"})
FRAGMENT = FRAGMENT | FOREIGN_FRAGMENT
CUES = SPEECH | FRAGMENT
SPEECH = SPEECH | FOREIGN_SPEECH
CUES = CUES | FOREIGN_SPEECH
JUDGE = verb_forms(JUDGE_VERBS)
# ... and in the other languages, by infinitive ("anunciou a realização de um concurso", "reclamó por su
# parte una investigación", "pidió calma"), inflected as ROMANCE_PAST does.
NOUN_OBJECT_INFINITIVES = {"es": "anunciar reclamar exigir reiterar prometer confirmar",
                           "pt": "anunciar prometer reiterar confirmar",
                           "it": "annunciare confermare", "fr": "annoncer confirmer"}
NOUN_OBJECT = verb_forms(NOUN_OBJECT_VERBS) | frozenset({
    "annoncé", "annonce", "kündigte", "anunció", "annunciato", "pidió", "pidieron"}) | past_forms(NOUN_OBJECT_INFINITIVES)
# A gerund ("saying", "adding") after a comma reports what the subject of the sentence said.
PARTICIPLES = frozenset(w for w in CUES if w.endswith("ing"))
# Forms that are nouns or adjectives as often as verbs; they count as a cue only beside a speaker.
WEAK = frozenset({"report", "reports", "claim", "claims", "hope", "hopes", "fear", "fears", "charge", "charges",
                  "comment", "comments", "answer", "answers", "call", "calls", "show", "shows", "post", "posts",
                  "note", "notes", "promise", "promises", "find", "finds", "finding", "question", "questions",
                  "state", "states", "demand", "demands", "attack", "attacks", "signal", "signals", "plan",
                  "continue", "continued", "continues", "welcome", "feeling", "reply", "replies", "tweet",
                  "tweets", "counter", "cite", "cites", "estimate", "estimates", "forecast", "joke", "jokes",
                  "muse", "mention", "worry", "worries", "ask", "asks", "found", "shown", "known", "put", "remark",
                  "remarks", "comment", "notes", "thought", "thoughts", "findings", "warning", "post", "plans",
                  "vows", "pledges", "praise", "attacks", "blasts", "slams", "calls", "reports", "states", "answer",
                  "responses", "replies", "denials", "insists", "hopes", "fears", "estimates", "concerns",
                  "stress", "appeal", "appeals", "plea", "pleas"})

# Between a speaker and the verb: auxiliaries, negation and adverbs ("has also repeatedly said").
BETWEEN = frozenset({
    "has", "have", "had", "was", "were", "is", "are", "will", "would", "could", "should", "may", "might",
    "did", "does", "do", "also", "further", "then", "later", "again", "separately", "previously", "repeatedly",
    "recently", "earlier", "once", "often", "publicly", "privately", "only", "first", "explicitly",
    "implicitly", "not", "never", "already", "still", "subsequently", "reportedly", "allegedly", "frequently",
    "openly", "flatly", "firmly", "strongly", "clearly", "simply", "even", "just", "always", "now", "last",
    "week", "month", "year", "yesterday", "today", "tonight", "afterwards", "afterward", "ago", "been",
    "being", "quickly", "angrily", "bluntly", "correctly", "categorically", "emphatically", "succinctly",
    "on", "late", "early", "quoted", "as", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
    "sunday", "a", "hat", "ha", "habe", "haben", "ont", "han",  # "a déclaré", "hat gesagt", "ha dicho"
    "this", "next", "morning", "evening", "night", "afternoon", "immediately", "privately", "partly",
    # the same in the other languages: "La ministre a également averti", "hat zudem betont", "ha anche detto"
    "également", "aussi", "encore", "déjà", "ensuite", "enfin", "pourtant", "toutefois", "cependant", "hier",
    "también", "además", "luego", "ya", "ayer", "auch", "zudem", "außerdem", "bereits", "noch", "ebenfalls",
    "gestern", "anche", "inoltre", "già", "poi", "ieri", "ook", "eveneens", "nog", "gisteren", "heeft", "è",
    "hatte", "hatten", "damals", "zuvor", "erneut", "hebben", "tinha", "había", "avait",
    # auxiliaries of the past and the conditional: "aveva definito", "aurait déclaré", "habría dicho", "teria dito"
    "aveva", "avevano", "avrebbe", "avrebbero", "hanno", "aurait", "auraient", "avaient", "habría", "habían",
    "hubiera", "teria", "tinham", "havia", "hätte", "hätten", "hadden",
    "long",  # "Economists have long warned"
})
WEEKDAYS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
                      "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "montag",
                      "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag", "lunes", "martes",
                      "miércoles", "jueves", "viernes", "sábado", "domingo", "lunedì", "martedì", "mercoledì",
                      "giovedì", "venerdì", "sabato", "domenica", "segunda-feira", "terça-feira", "quarta-feira",
                      "quinta-feira", "sexta-feira", "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag",
                      "zaterdag", "zondag"})
# Prepositions that name whom a verb after its quote was said to, before the speaker: "explicou ao
# JCA o diretor", "declaró a este diario el alcalde", "a confié au Veilleur la maire".
AUDIENCE_PREPOSITIONS = frozenset({"ao", "à", "aos", "às", "al", "au", "aux", "a", "allo", "alla", "al", "aan"})
# Words that put a day before its name: "na quarta-feira", "este miércoles", "am Montag", "ce lundi".
DAY_ARTICLES = frozenset({"on", "this", "last", "na", "no", "el", "este", "esta", "ce", "le", "am", "il", "lo", "op",
                          "nesta", "neste"})
# Days named relative to the report, which may stand between a verb and its speaker after it ("a
# déclaré lundi la commissaire", "said yesterday the minister").
TIME_WORDS = WEEKDAYS | frozenset({"yesterday", "today", "tonight", "hier", "aujourd'hui", "gestern", "heute", "ayer",
                                   "hoy", "ieri", "oggi", "gisteren", "vandaag", "ontem", "hoje"})
# After the verb, before what was said: when and where it was said ("said on Tuesday in an interview").
AFTER_CUE = frozenset({
    "on", "in", "at", "during", "after", "before", "via", "through", "over", "late", "early", "last", "this",
    "yesterday", "today", "tonight", "earlier", "later", "afterwards", "afterward", "again", "also", "then",
    "repeatedly", "previously", "recently", "once", "privately", "publicly", "separately", "week", "month",
    "year", "morning", "evening", "night", "afternoon", "a", "an", "the", "his", "her", "their", "its",
    "interview", "statement", "speech", "conference", "news", "press", "briefing", "call", "phone",
    "telephone", "post", "message", "letter", "tweet", "twitter", "facebook", "television", "radio",
    "broadcast", "address", "meeting", "rally", "session", "hearing", "appearance", "remarks", "email",
    "e-mail", "written", "televised", "brief", "with", "to", "of", *WEEKDAYS,
})
# The part of a day a Romance verb's adjunct names after the weekday: "ha dichiarato martedì sera".
DAY_PARTS = frozenset({"sera", "mattina", "pomeriggio", "notte", "soir", "matin", "après-midi", "noche", "tarde",
                       "mañana", "manhã", "noite", "morning", "evening", "night", "afternoon"})
# Prepositions opening where a Romance verb was said, between it and its subject: "ha dichiarato ... in
# conferenza stampa la ministra", "a déclaré en conférence de presse le maire".
ROMANCE_ADJUNCTS = frozenset({"in", "nel", "nella", "durante", "en", "lors", "dans", "em", "no", "na", "durant"})
# Prepositions that open where or to whom a Romance or Germanic verb's words were said, right after it,
# when no subject follows: "«...», ha detto davanti a un'aula gremita", "«...», a-t-il dit devant la presse".
SAID_WHERE = frozenset({"davanti", "dinanzi", "a", "al", "alla", "ai", "in", "nel", "nella", "durante", "devant", "à",
                        "au", "aux", "lors", "dans", "en", "ante", "ao", "à", "aos", "no", "na", "em", "vor", "gegenüber",
                        "bei", "tegen", "voor", "tijdens", "op", "przed", "w", "na", "podczas"})
# Prepositions that open where, when or how something was said, after its verb ("said on Tuesday in
# its preliminary report", "a déclaré lors d'une conférence de presse").
ADJUNCT_PREPOSITIONS = frozenset({"in", "on", "at", "during", "after", "before", "via", "through", "over", "while",
                                  "lors", "pendant", "dans", "durante", "während", "bei", "nach", "tijdens"})
# Words that open where, to whom or about what after a verb, not what was said ("wrote for the majority",
# "wrote to the council"), as a short region's first word (`read_sentence`).
ADJUNCT_HEADS = frozenset({"for", "to", "with", "about"})
# Cues whose "to" opens what was said, an infinitive: "promised to publish daily figures", "vowed to appeal".
INFINITIVE_CUES = ("promis", "pledg", "vow", "threat", "agree", "refus", "offer", "decid", "plan", "intend", "undert",
                   "demand", "urg", "ask", "hope", "expect", "want", "aim")
# The people told: "told reporters", "told state television", "assured lawmakers".
AUDIENCE = frozenset({
    "reporters", "journalists", "the", "a", "an", "press", "media", "television", "tv", "state", "radio",
    "news", "conference", "agency", "audience", "crowd", "supporters", "lawmakers", "his", "her", "their",
    "parliament", "students", "voters", "listeners", "viewers", "readers", "delegates", "members",
    "colleagues", "investors", "analysts", "officials", "diplomats", "guests", "attendees", "correspondents",
    "me", "us", "him", "them", "local", "national", "broadcaster", "newspaper", "daily", "magazine",
    "channel", "station", "website", "outlet", "online", "programme", "program", "show", "podcast",
})

# A reported clause begins after one of these ("said that ...", "told reporters: ...").
CLAUSE_OPENERS = frozenset({"that", ":", ",", "que", "dass", "daß"})
THAT = frozenset({"that", "que", "dass", "daß", "che", "dat", "att", "że", "že"})  # "said that", "a déclaré que",
# "sagte, dass", "dijo que", "ha detto che", "zei dat"
# Words that end a speaker phrase read backwards from its verb: what stands before a subject.
RELATIVES = frozenset({"que", "qui", "che", "quien", "welche", "welcher"})  # ", que anunció": who, after a comma
SUBJECT_STOPS = frozenset({
    "that", "and", "but", "or", "when", "while", "because", "as", "after", "before", "if", "since", "though",
    "although", "where", "which", "who", "whom", "whose", "what", "whether", "so", "than", "in", "on", "at",
    "for", "with", "from", "to", "by", "into", "about", "against", "during", "without", "under", "over",
    "meanwhile", "however", "also", "despite", "upon", "via", "of", "among", "said", "says", "told", "then",
    "yet", "nor", "is", "was", "are",
    "were", "has", "had", "have", "be", "been", "not", "there", "once", "until", "unless", "why", "how",
    # the same conjunctions in the other languages whose cues are listed ("mientras señalaba ...")
    "mientras", "cuando", "porque", "aunque", "pendant", "tandis", "quand", "lorsque", "parce", "während",
    "als", "weil", "obwohl", "mentre", "quando", "perché", "enquanto", "terwijl", "omdat",
    "und", "aber", "et", "mais", "y", "pero", "ma", "maar",  # "..., kritisierte aber die Transparenz"
})
DETERMINERS = frozenset({"le", "la", "les", "l’", "un", "une", "der", "die", "das", "ein", "eine", "el", "los",
                         "deren", "dessen", "sein", "seine", "ihr", "ihre", "son", "sa", "ses", "su", "sus",
                         "las", "una", "the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "this",
                         "these", "those", "some", "many", "several", "two", "three", "four", "most", "other",
                         "another", "one", "both", "each", "every", "all", "few", "no", "any", "o", "os", "het", "lo",
                         "gli", "dem", "den", "des", "einem", "einen", "einer", "eines", "uma", "een", "unos", "unas"})
# Speakers that are pronouns, and what they may stand for.
# (and in the languages whose reporting verbs are here: French, German, Spanish, Italian, Dutch)
PERSON_PRONOUNS = frozenset({"he", "she", "il", "elle", "er", "sie", "él", "ella", "lui", "lei", "hij", "zij", "ze"})
GROUP_PRONOUNS = frozenset({"they", "we", "ils", "elles", "ellos", "ellas", "loro"})
THING_PRONOUNS = frozenset({"it"})
POSSESSIVES = {"his": "he", "her": "she", "their": "they", "its": "it"}
PRONOUNS = PERSON_PRONOUNS | GROUP_PRONOUNS | THING_PRONOUNS | {"i", "you", "who", "which"}

# Words before a person's name that are titles or roles, not the name: "Russian President
# Vladimir Putin", "Kremlin spokesman Dmitry Peskov". Compared lower-case, full stop dropped.
# What German compound titles end in: "Oppositionsführerin", "Regierungssprecher", "Innenministerin".
COMPOUND_TITLE_ENDS = ("ministerin", "minister", "sprecherin", "sprecher", "präsidentin", "präsident", "führerin",
                       "führer", "chefin", "chef", "leiterin", "leiter", "meisterin", "meister", "kanzlerin",
                       "kanzler", "direktorin", "direktor", "vorsitzende", "vorsitzender", "sekretärin", "sekretär",
                       "kommissarin", "kommissar", "gouverneurin", "gouverneur", "richterin", "richter", "präfektin",
                       "präfekt", "vorständin", "vorstand", "anwältin", "anwalt", "botschafterin", "botschafter")
MIN_COMPOUND_TITLE = 9  # a compound title is longer than the title word it ends in: "Parteichef"


def compound_title(word: str) -> bool:
    """A German compound title, lower case: "finanzminister", "oppositionsführerin"."""
    return len(word) >= MIN_COMPOUND_TITLE and word.endswith(COMPOUND_TITLE_ENDS)


def is_title(word: str, titles: frozenset[str]) -> bool:
    """Whether a lower-case word is a title of `titles`, a German compound one, or one joined by a
    hyphen to what it heads ("rwb-voorzitter", "eu-kommissarin", "co-founder")."""
    head = word.rsplit("-", 1)[-1]
    return word in titles or compound_title(word) or (head != word and (head in titles or compound_title(head)))


# Where a reported clause coordinates a second one: "... would resume, and that the port ...", "et
# que", "und dass", "y que", "e che", "en dat".
AND_THAT = (r",?\s+(?:and|but)\s+(?:also\s+)?that\s+|,?\s+et\s+qu(?:e\s+|['’])|,?\s+und\s+dass\s+"
            r"|,?\s+y\s+que\s+|,?\s+e\s+che\s+|,?\s+en\s+dat\s+")
# A lower-case particle joined to a capitalised name: "al-Khuri", "el-Sisi", "d'Alema", "bin-Salman".
NAME_PARTICLE = r"(?:al|el|ad|ar|as|ash|az|abu|ibn|bin|ben|d|l)[’'\-](?=[A-Z])"
NAME_PARTICLE_WORD = re.compile(NAME_PARTICLE + r"[^\W\d_]+")  # "al-Khouri": a name's word in lower case
TITLES = frozenset({
    "kapitän", "kapitänin", "capitán", "capitana", "capitano", "kapitein", "kapitan", "comandante",
    "directrice", "directeur", "directora", "direktor", "direktorin", "direttore", "direttrice", "directeur",
    "commissario", "commissaria", "dirigente",  # "El dirigente sindical", "a dirigente"
    "burmistrz", "rzecznik", "rzeczniczka", "prezes", "przewodniczący", "przewodnicząca", "dyrektor", "wojewoda",
    "prezydent",  # Polish: "burmistrz Zawidza Halina Rostek", "rzecznik spółki Tomasz Wilczyński"
    "m", "monsieur", "madame", "signor", "signora", "sig", "dhr", "mevr", "don", "doña",  # "M. Reznik", "Sig. Rossi"
    "chef", "cheffe", "jefe", "jefa", "capo",  # "la cheffe du gouvernement"
    "première", "mediator", "negotiator", "ombudsman", "ombudswoman",
    "boss", "alguacil", "alguacila", "emissary", "émissaire", "emisario", "emisaria", "envoyé", "envoyée", "enviado", "enviada",
    # a court's: "Chefanklägerin Dalia Ferrant" is "die Anklägerin", "defence lawyer X" is "the lawyer"
    "prosecutor", "ankläger", "anklägerin", "chefankläger", "chefanklägerin", "procuratore",
    "procuratrice", "lawyer", "attorney", "avocat", "avocate", "abogado", "abogada", "anwalt", "anwältin",
    "verteidiger", "verteidigerin", "avvocato", "avvocata", "advogado", "advogada",
    "ministre", "ministro", "ministra", "maire", "bürgermeister", "alcalde", "sindaco", "burgemeester", "sprecher",
    "sprecherin", "porte-parole", "portavoz", "président", "präsident", "presidente", "premier", "finanzminister",
    "president", "prime", "minister", "spokesman", "spokeswoman", "spokesperson", "chancellor", "secretary",
    "senator", "sen", "representative", "rep", "governor", "gov", "mayor", "mr", "mrs", "ms", "miss", "dr",
    "general", "gen", "commissioner", "chief", "director", "ceo", "chairman", "chairwoman", "chair", "king",
    "queen", "pope", "judge", "justice", "ambassador", "envoy", "leader", "official", "adviser", "advisor",
    "aide", "deputy", "vice", "head", "candidate", "nominee", "lawyer", "attorney", "professor", "prof", "lt",
    "col", "sgt", "adm", "capt", "captain", "colonel", "lieutenant", "sergeant", "admiral", "premier",
    "president-elect", "speaker", "foreign", "defense", "defence", "interior", "finance", "economy",
    "intelligence", "security", "press", "secretary-general", "commander", "officer", "analyst", "economist",
    "researcher", "scientist", "wissenschaftler", "wissenschaftlerin", "politologe", "politologin", "politologue",
    "politólogo", "politóloga", "politologo", "politologa", "correspondent", "founder", "former", "acting", "interim", "sir", "lord", "lady", "prince",
    "princess", "sheikh", "emir", "rabbi", "bishop", "cardinal", "father", "reverend", "rev", "inspector",
    "superintendent", "detective", "constable", "sheriff", "mp", "mep", "congressman", "congresswoman",
    "councillor", "councilor", "alderman", "dean", "rector", "coach", "manager", "executive", "president's",
    "state", "deputy", "opposition", "party", "presidential", "republican", "democratic", "democrat", "senior",
    "top", "chief", "first", "lady", "military", "army", "navy", "health", "trade", "justice", "energy",
    "education", "labour", "labor", "transport", "environment", "agriculture", "culture", "home", "economic",
    "national", "kremlin", "white", "house", "pentagon", "u.s.", "us", "un", "eu", "nato", "then", "incumbent",
    "ministre", "président", "présidente", "porte-parole", "premier", "maire", "präsident", "präsidentin",
    "ministerin", "sprecher", "sprecherin", "kanzler", "kanzlerin", "bürgermeister", "bürgermeisterin",
    "ministro", "ministra", "presidente", "presidenta", "portavoz", "primer", "alcalde", "alcaldesa", "m.", "mme",
    "herr", "frau", "señor", "señora", "sr", "sra", "pm",
    # honorifics of other languages: "la Dre Hélène Thibodeau", "le Pr Martin", "Mgr", "drs. Jansen", "ir. de Vries"
    "dre", "pr", "pre", "mlle", "mgr", "drs", "ir", "ing", "dott", "pdg", "dg",
    # heads of offices, governors and prefects in the other languages news is collected in
    "chef", "cheffe", "chefin", "gouverneur", "gouverneure", "gouverneurin", "gobernador", "gobernadora",
    "governatore", "governatrice", "directeur", "directrice", "direktor", "direktorin", "direttore", "direttrice",
    "directora", "leiter", "leiterin", "jefe", "jefa", "préfet", "préfète", "prefetto", "landrat", "landrätin",
    "commissaire", "comisario", "comisaria", "kommissar", "kommissarin", "juge", "richter", "richterin", "juez",
    "jueza", "portavoce", "sindaca", "burgemeester", "minister-president",
    # offices and ranks of local and national life: "o diretor da escola, comandante Artur Peixoto"
    "diretor", "diretora", "comandante", "prefeito", "prefeita", "governador", "governadora", "secretário",
    "secretária", "vereador", "vereadora", "deputado", "deputada", "porta-voz", "juiz", "juíza", "delegado",
    "delegada", "comissário", "comissária", "assessore", "assessora", "segretario", "segretaria", "questore",
    "procuratore", "procuratrice", "giudice", "consigliere", "deputato", "deputata", "consejero", "consejera",
    "secretario", "secretaria", "concejal", "concejala", "diputado", "diputada", "adjoint", "adjointe",
    "procureur", "procureure", "sénateur", "sénatrice", "député", "députée", "conseiller", "conseillère",
    "secrétaire", "commandant", "capitaine", "staatssekretär", "staatssekretärin", "stadtrat", "stadträtin",
    "geschäftsführer", "geschäftsführerin", "vorsitzende", "vorsitzender", "staatsanwalt", "staatsanwältin",
    "wethouder", "woordvoerder", "woordvoerster", "voorzitter", "voorzitster",
    "primera", "primeiro", "primeira",  # "la primera ministra, Natalia Ruseva": the head of government
})
# Roles that a title phrase may name without repeating the title ("the Russian leader" for a
# president, "the Kremlin official" for its spokesman).
# The definite articles that make a role one known person ("the senator", "die Ministerin", "la
# ministra"), where "a senator", "two Democratic senators" or "one Republican" stays a description.
DEFINITE = frozenset({"the", "le", "la", "l’", "l'", "der", "die", "el", "il", "lo", "de", "het"})
# Nouns by which an article takes up an organisation it has named ("the ministry", "l'autorité", "La
# empresa"), with the English word the organisation's name would hold ("Ministry of Health", "Port
# Illisk Authority"); "*" for a kind no name need hold ("the company" is "Norvell Minerals").
ORG_NOUNS = {
    "ministry": "ministry", "ministère": "ministry", "ministerio": "ministry", "ministerium": "ministry",
    "ministero": "ministry", "ministério": "ministry", "authority": "authority", "autorité": "authority",
    "autoridad": "authority", "behörde": "authority", "autorità": "authority", "autoridade": "authority",
    "agency": "agency", "agence": "agency", "agencia": "agency", "agentur": "agency", "agenzia": "agency",
    "agência": "agency", "council": "council", "conseil": "council", "consejo": "council", "rat": "council",
    "consiglio": "council", "conselho": "council", "union": "union", "syndicat": "union", "sindicato": "union",
    "gewerkschaft": "union", "sindacato": "union", "commission": "commission", "comisión": "commission",
    "kommission": "commission", "commissione": "commission", "comissão": "commission", "court": "court",
    "tribunal": "court", "gericht": "court", "tribunale": "court", "cour": "court", "corte": "court",
    "cooperative": "cooperative", "coopérative": "cooperative", "cooperativa": "cooperative",
    "genossenschaft": "cooperative", "co-op": "cooperative", "chamber": "chamber", "chambre": "chamber",
    "cámara": "chamber", "kammer": "chamber", "camera": "chamber", "câmara": "chamber",
    "company": "company", "firm": "company", "operator": "company", "entreprise": "company",
    "société": "company", "compagnie": "company", "opérateur": "company", "empresa": "company",
    "compañía": "company", "operadora": "company", "unternehmen": "company", "konzern": "company",
    "firma": "company", "betreiber": "company", "azienda": "company", "società": "company",
    "group": "*", "organisation": "*", "organization": "*", "ngo": "*", "groupe": "*", "ong": "*", "grupo": "*",
    "gruppe": "*", "gruppo": "*",
    "bank": "bank", "banque": "bank", "banco": "bank", "banca": "bank",
    # any body at all, a ministry or a bank as well: "la entidad", "the institution"
    "institution": "+", "institución": "+", "istituzione": "+", "instituição": "+", "entity": "+", "entité": "+",
    "entidad": "+", "ente": "+", "entidade": "+", "organismo": "+", "organisme": "+",
}
# Words in a body's name that make it no company ("the company" is not "Lindholm Technical University").
NOT_COMPANIES = frozenset({
    "university", "college", "school", "union", "workers", "parents", "foundation", "association", "council",
    "party", "federation", "committee", "institute", "hospital", "police", "army", "church", "club", "league",
    "coalition", "alliance", "movement", "campaign", "society", "government", "parliament", "assembly",
    "universidad", "université", "universität", "università", "universidade", "syndicat", "gewerkschaft",
    "fundación", "fondation", "stiftung", "fondazione", "asociación", "verein", "partido", "parti", "partei"})
# Words that take up a source named before: the definite article and the demonstratives ("the
# official", "cette source", "esa fuente", "diese Quelle"), and "same" beside them ("cette même source").
TAKING_UP = frozenset({"the", "this", "that", "le", "la", "l'", "l’", "cette", "ce", "cet", "el", "esta", "este", "esa",
                       "ese", "der", "die", "das", "diese", "dieser", "il", "lo", "questa", "questo", "de", "het",
                       "deze", "dit", "a", "o", "essa", "esse"})
SAME_WORDS = frozenset({"same", "même", "misma", "mismo", "selbe", "selben", "gleiche", "stessa", "stesso", "zelfde",
                        "mesma", "mesmo"})
# Bodies a story takes up by what they are ("the company said", "la società ha confermato"): the
# company, club or firm it is about (`_main_body`).
# Not "the group": it takes up the body named last, a campaign's as well as a company's.
BODY_NOUNS = frozenset({"company", "firm", "airline", "carrier", "operator", "club", "insurer", "lender",
                        "broadcaster", "manufacturer", "carmaker", "retailer", "developer", "miner", "utility", "société",
                        "entreprise", "compagnie", "empresa", "compañía", "aerolínea", "unternehmen", "konzern", "firma",
                        "fluggesellschaft", "klub", "verein", "società", "azienda", "compagnia", "companhia",
                        "mineradora", "bedrijf", "maatschappij"})
# Indefinite articles that introduce a source the article takes up later by its head noun ("A senior
# air traffic controller, speaking on condition of anonymity, ..." / "..., the controller said").
INDEFINITES = ("a", "an", "one", "un", "une", "una", "uno", "ein", "eine", "einer", "een", "um", "uma")
INTRODUCED_WORDS = 4  # adjectives and nouns between the article and the head: "a senior air traffic controller"
# Quantifiers that stand for a group named just before ("Residents described a frightening night,
# and several said ...", "Residents of Kaltse were divided. Some said ...; others told ...").
QUANTIFIERS = frozenset({"several", "many", "some", "others", "most", "few", "a few", "both", "plusieurs", "certains",
                         "certaines", "d'autres", "d’autres", "beaucoup", "varios", "varias", "muchos", "muchas",
                         "algunos", "algunas", "otros", "otras", "einige", "viele", "andere", "manche", "mehrere",
                         "alcuni", "molti", "altri", "vários", "muitos", "alguns", "outros"})
GROUP_BEFORE_CHARS = 300  # how far back the group a quantifier stands for is looked for: a sentence or two
# A person described by age ("the 47-year-old economist", "der 47-Jährige", "l'économiste de 47 ans",
# "el economista, de 47 años", "il 47enne"): news writes it of someone already named, as a pronoun.
AGED = re.compile(r"\b(?:\d{1,3}|[a-z]+-(?:one|two|three|four|five|six|seven|eight|nine)|[a-z]+ty|ten|eleven|twelve"
                  r"|[a-z]+teen)-year-old\b|\b\d{1,3}-jährige[nr]?\b|\bde \d{1,3} (?:ans|años|anos)\b"
                  r"|\b\d{1,3}enne\b|\b\d{1,3}-jarige\b", re.I)
# Articles, which name no one on their own ("some", "all", "her" may: "Some believe", "Her reason:").
ARTICLES = frozenset({"a", "an", "un", "une", "ein", "eine", "una", "uno", "les", "das", "los", "las"})
GENERIC_ROLES = frozenset({"leader", "official", "chief", "head", "politician", "diplomat", "man", "woman",
                           "statesman", "figure", "representative"})
# Words that make a name an organization or a group, not a person.
ORG_WORDS = frozenset({
    "gouvernement", "gobierno", "governo", "regierung", "état", "estado", "stato",
    "ministry", "government", "office", "organization", "organisation", "council", "party", "committee", "union",
    "bank", "department", "agency", "court", "service", "parliament", "assembly", "university", "institute",
    "company", "corporation", "corp", "inc", "ltd", "group", "association", "federation", "commission",
    "kremlin", "house", "senate", "congress", "army", "forces", "police", "campaign", "administration",
    "times", "post", "news", "press", "television", "tv", "radio", "network", "foundation", "fund", "league",
    "alliance", "coalition", "bloc", "board", "authority", "cabinet", "embassy", "centre", "center", "club",
    "team", "journal", "herald", "tribune", "gazette", "courier", "guardian", "daily", "reuters", "pentagon",
    "politifact", "command", "navy", "council", "secretariat", "institution", "commission", "society",
    "church", "republic", "state", "states", "nations", "media", "channel", "bureau", "staff", "spokespeople",
    "ledger", "chronicle", "telegraph", "express", "bulletin", "dispatch", "register", "mirror", "monitor",
    "inquirer", "examiner", "observer", "standard", "review", "weekly", "magazine", "newspaper", "agency",
    "officials", "leadership", "side", "camp", "team", "movement", "front", "squad", "coalition",
    # the same institutions in the languages reports are translated into
    "universität", "universidad", "université", "università", "universidade", "universiteit", "hochschule",
    "partei", "partido", "parti", "partito", "partij",
    # places a person works at and regions a person governs: "Qadira General Hospital" (its "General" is
    # no general's title), "der Gouverneur der Region Ternau", "Norvik Systems"
    "hospital", "krankenhaus", "hôpital", "ospedale", "clinic", "klinik", "clinique", "clínica", "school", "schule",
    "école", "escuela", "scuola", "college", "airport", "flughafen", "aéroport", "aeropuerto", "aeroporto",
    "region", "regione", "región", "région", "província", "province", "provinz", "county", "district",
    "systems", "holdings", "industries", "technologies", "airlines", "motors", "energy", "mining",
    # places, which no pronoun stands for: "the Ferrin Quay warehouse fire", "Hafen von Port Kessary"
    "quay", "street", "road", "square", "bridge", "harbour", "harbor", "port", "bay", "river", "lake", "valley",
    "avenue", "lane", "basin", "dock", "pier", "island", "station", "hafen", "straße", "strasse", "platz", "brücke",
    "rue", "pont", "calle", "plaza", "piazza", "ponte", "praça", "rua", "alley", "boulevard", "promenade", "embankment",
    "klinikum",
})
# The words that join a person's name to the body they belong to: "Mira Oblak of Kovena University",
# "Mira Oblak von der Universität Kowena", "Ana Ruiz, de la Universidad de Tessel".
BELONGING = frozenset({"of", "from", "at", "von", "vom", "de", "del", "di", "della", "du", "des", "van", "da", "do"})
# The words that join a title written first to what it heads: "la jefa de bomberos", "le ministre de
# l'Intérieur", "el alguacil del condado", "chief of police" (`title_phrase`).
HEAD_FIRST_JOINS = BELONGING | frozenset({"dell", "della", "dello", "degli", "dei", "dos", "das", "der", "des", "d"})
# Phrases whose speaker is not named: kept as written, marked anonymous.
ANONYMOUS = frozenset({"source", "sources", "official", "officials", "diplomat", "diplomats", "person",
                       "people", "insider", "insiders", "aide", "aides", "someone", "witness", "witnesses",
                       "resident", "residents", "observer", "observers", "analyst", "analysts", "expert",
                       "experts", "critic", "critics", "spokesman", "spokeswoman", "spokesperson"})

# Words just before quotation marks that make them a name, a title or a term, not a quotation:
# the so-called "Blue Corridor" plan, a book titled "...".
NAME_BEFORE = frozenset({"so-called", "dubbed", "titled", "entitled", "named", "nicknamed", "term", "word",
                         "words", "phrase", "slogan", "headlined", "codenamed", "code-named", "hashtag",
                         "label", "motto"})
# Nouns before a name in capitals ("the operation “Safe Harbour”", "the book “The Narrow Road”"); before
# words in lower case they are what a description is of ("called the operation “chaotic”").
NAME_NOUNS = frozenset({"album", "song", "book", "film", "movie", "show", "series", "programme", "program",
                        "operation", "project", "plan", "newspaper", "magazine"})
NAME_BEFORE_PAIRS = frozenset({("known", "as"), ("referred", "to"), ("billed", "as"), ("marketed", "as")})
# Lower-case words a title in capitals may hold ("War and Peace", "Gone with the Wind").
TITLE_SMALL = frozenset({"a", "an", "the", "and", "or", "of", "in", "on", "at", "to", "for", "with", "by",
                         "from", "de", "la", "le", "der", "die", "das", "von", "van"})
# Titles written short before a name, in capitals: "Dr", "la Dre", "le Pr", "Mme", "Mgr".
TITLE_ABBREVIATED = frozenset({"dr", "dre", "pr", "pre", "mme", "mlle", "mgr", "drs", "ir", "ing", "dott", "prof", "mr",
                               "mrs", "ms", "sr", "sra", "herr", "frau"})
# Abbreviations whose full stop does not end a sentence.
ABBREVIATIONS = frozenset({"mr", "mrs", "ms", "dr", "st", "sen", "rep", "gov", "gen", "lt", "col", "sgt", "adm",
                           "capt", "prof", "rev", "jr", "sr", "inc", "corp", "ltd", "co", "no", "vs", "etc",
                           "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
                           "u.s", "u.k", "u.n", "e.u", "d.c", "a.m", "p.m", "approx", "est", "fig", "al", "ft",
                           "mt", "messrs", "mme", "mlle", "hon"})
# A verb followed by one of these words is not reporting anything ("responding to the criticism").
NOT_BEFORE = {"responding": {"to"}, "responded": {"to"}, "respond": {"to"}, "responds": {"to"},
              "replying": {"to"}, "replied": {"to"}, "reply": {"to"}, "referring": {"to"}, "referred": {"to"},
              "refer": {"to"}, "refers": {"to"}, "answered": {"to"}, "showed": {"up"}, "shows": {"up"}, "show": {"up"},
              "found": {"in", "on", "at"}, "thinking": {"about", "of"}, "think": {"about", "of"},
              "thought": {"about", "of"}, "asked": {"for", "about", "not"}, "asking": {"for", "about", "not"},
              "requested": {"anonymity", "not"}, "request": {"anonymity"},  # "who asked not to be named"
              "continued": {"to", "in", "on", "at"}, "continue": {"to", "in", "on", "at"},
              "continues": {"to", "in", "on", "at"}, "continuing": {"to", "in", "on", "at"},
              # "officials argued over who should issue it": a quarrel, not a claim
              **{form: {"over", "about", "with", "among", "amongst"} for form in ("argue", "argues", "argued", "arguing")}}
ENDS_OR_COMMA = frozenset({".", "!", "?", ",", ";"})
# "officials familiar with the plan said": the source with what makes it one.
SOURCE_TAILS = frozenset({("familiar", "with"), ("close", "to"), ("briefed", "on"), ("knowledge", "of"),
                          ("involved", "in"), ("aware", "of"), ("speaking", "on"),
                          # "une source proche des négociations", "una fuente cercana al Gobierno"
                          ("proche", "des"), ("proche", "de"), ("proche", "du"), ("cercana", "a"), ("cercana", "al"),
                          ("cercano", "a"), ("cercano", "al"), ("próxima", "a"), ("próximo", "al"), ("vicina", "a"),
                          ("vicina", "al"), ("vicino", "al"), ("próxima", "ao"), ("próximo", "ao")})
# Capitalised words that open a sentence as a group, not as a person: "Protesters said".
GROUP_SUFFIXES = ("ers", "ors", "ists", "ants", "ents", "ics", "ives", "ees", "ians", "ans", "ites", "ies")
# Objects, not clauses: "denies this and ...".
OBJECT_PRONOUNS = frozenset({"this", "it", "them", "him", "her", "these", "those", "that"})
# Words that open a clause of its own after ", X said,": what follows is not the rest of what was said.
COORDINATORS = frozenset({"and", "but", "or"})
SUBORDINATORS = frozenset({"as", "while", "when", "after", "before", "because", "since", "although", "though",
                           "and", "but", "or", "which", "who", "where", "if", "until", "unless", "whereas",
                           "so", "then", "even"})
# "by saying", "despite admitting": a gerund after these reports what the subject said.
AFTER_SUBJECT = frozenset({"by", "despite", "without", "upon", "in", "since"})
# A dash between a quote and its speaker: "“...” — Commissioner Vale".
DASHES = frozenset({"-", "\u2013", "\u2014", "\u2015", "--"})
# What a document, not a person, says: "a poll shows", "the study found", "records show".
DOCUMENTS = frozenset({"poll", "polls", "survey", "surveys", "study", "studies", "report", "reports", "data",
                       "analysis", "video", "videos", "footage", "record", "records", "documents", "document",
                       "figures", "numbers", "census", "audit", "review", "investigation", "research", "memo",
                       "letter", "statement", "filing", "filings", "transcript", "email", "emails", "average"})
# Words that may open a sentence before its subject: "Even China said", "Still, ...".
SENTENCE_ADVERBS = frozenset({"however", "meanwhile", "still", "even", "only", "also", "now", "then", "yet",
                              "indeed", "instead", "separately", "later", "earlier",
                              "también", "además", "asimismo", "aussi", "cependant", "toutefois", "auch", "zudem",
                              "außerdem", "ebenfalls", "anche", "inoltre", "ook", "bovendien",
                              "dann", "danach", "später", "anschließend", "puis", "ensuite", "luego", "después",
                              "poi", "daarna", "então", "depois", "potem",
                              "jak"})  # Polish "Jak dodał, ...": "as he added"
AUXILIARIES = frozenset({"is", "was", "were", "are", "be", "been", "has", "have", "had", "will", "would", "could",
                         "should", "can", "may", "might", "must", "do", "does", "did"})
BE = frozenset({"was", "were", "is", "are", "been", "be", "being"})
# Which pronoun a person takes, where the article's own words say so: titles and roles.
# A person named by what they do, after a definite article ("Le syndicaliste a indiqué", "la
# syndicaliste", "die Anklägerin", "el empresario"): the person the article named last, as a pronoun
# would be; the article tells a man from a woman where the language has two.
ROLE_NOUN = re.compile(r"^(?P<article>the|le|la|l['’]|el|il|lo|der|die|o|a)\s*(?P<noun>[^\W\d_]+(?:iste|istes|ista|istas"
                       r"|ist|istin|euse|trice|[aiu]teur|êteur|ologue|ologe|ologin|erin|ero|era|ario|aria|tore|logo"
                       r"|loga))$", re.IGNORECASE)
# Any definite phrase with one noun and what it is of ("the father", "el dirigente", "l'édile", "le
# représentant de l'État", "o executivo"): a person the article named, taken up by what they are.
DESCRIBED_PERSON = re.compile(r"^(?P<article>the|le|la|l['’]|el|il|lo|o)\s*(?P<noun>[^\W\d_][\w-]*)"
                              r"(?:\s+(?:de|du|des|of|del|della|da|do|d['’])\s*(?:the\s+|la\s+|le\s+|l['’]|el\s+|o\s+|a\s+)?"
                              r"[^\W\d_][\w'’-]*)?$", re.IGNORECASE)
# What nouns for people end in, in the languages read here ("father", "manager", "dirigente",
# "représentant", "gestionnaire", "empleado", "Unternehmer"); and a few that end otherwise.
PERSON_NOUN_ENDINGS = ("er", "or", "ist", "eur", "euse", "ente", "ante", "ant", "ent", "ero", "era", "ario", "aria",
                       "tore", "trice", "aire", "ien", "ienne", "ier", "ière", "ista", "iste", "ado", "ada", "ologue",
                       "ologe", "ologin", "erin", "istin")
PERSON_NOUNS = frozenset({"man", "woman", "édile", "élu", "élue", "boy", "girl", "child", "homme", "femme", "hombre",
                          "mujer", "uomo", "donna", "homem", "mulher", "mann"})  # no title: titles find their holders
ROLE_ARTICLE_GENDER = {"le": "he", "la": "she", "el": "he", "il": "he", "lo": "he", "der": "he", "o": "he", "a": "she"}
PRONOUN_GENDER = {"he": "m", "she": "f", "il": "m", "elle": "f", "er": "m", "sie": "f", "él": "m", "ella": "f",
                  "lui": "m", "lei": "f", "hij": "m", "zij": "f", "ze": "f"}  # Dutch "zei ze": she
TITLE_GENDER = {
    **dict.fromkeys(("mr", "sir", "lord", "king", "prince", "father", "brother", "congressman", "spokesman",
                     "chairman", "businessman", "herr", "señor", "sr", "m", "monsieur", "signor", "dhr", "emir", "sheikh",
                     "sultan", "duke", "baron"), "m"),
    **dict.fromkeys(("mrs", "ms", "miss", "madam", "mme", "madame", "lady", "queen", "princess", "sister",
                     "congresswoman", "spokeswoman", "chairwoman", "businesswoman", "frau", "señora", "sra", "signora", "mevr",
                     "ministerin", "präsidentin", "sprecherin", "kanzlerin", "bürgermeisterin", "ministra",
                     "presidenta", "alcaldesa", "présidente", "duchess", "baroness"), "f"),
}
# Nouns that carry what someone said or holds when "that" follows: "Trump's claim that ...".
NOUN_CUES = frozenset({"claim", "claims", "assertion", "assertions", "allegation", "allegations", "warning",
                       "warnings", "statement", "argument", "insistence", "belief", "view", "promise", "pledge",
                       "suggestion", "contention", "charge", "charges", "accusation", "accusations", "denial",
                       "admission", "announcement", "prediction", "complaint", "concern", "concerns"})

# Offices named by what their holder heads ("la cheffe du gouvernement" is the "Première ministre
# Odile Ferrand-Marceau"), with the titles, as word sets, that hold them.
HEAD_OF_GOVERNMENT = (("prime", "minister"), ("premier", "ministre"), ("première", "ministre"),
                      ("primer", "ministro"), ("primera", "ministra"), ("ministerpräsident",), ("ministerpräsidentin",),
                      ("premierminister",), ("premierministerin",), ("presidente", "consiglio"), ("premier",),
                      ("primeiro", "ministro"), ("primeira", "ministra"))
HEAD_OF_STATE = (("president",), ("président",), ("présidente",), ("presidente",), ("presidenta",), ("präsident",),
                 ("präsidentin",), ("king",), ("queen",), ("roi",), ("reine",), ("rey",), ("reina",))
PERIPHRASES = {
    "head of government": HEAD_OF_GOVERNMENT, "head of the government": HEAD_OF_GOVERNMENT,
    "chef du gouvernement": HEAD_OF_GOVERNMENT, "cheffe du gouvernement": HEAD_OF_GOVERNMENT,
    "jefe del gobierno": HEAD_OF_GOVERNMENT, "jefa del gobierno": HEAD_OF_GOVERNMENT,
    "capo del governo": HEAD_OF_GOVERNMENT, "regierungschef": HEAD_OF_GOVERNMENT, "regierungschefin": HEAD_OF_GOVERNMENT,
    "head of state": HEAD_OF_STATE, "chef de l'état": HEAD_OF_STATE, "cheffe de l'état": HEAD_OF_STATE,
    "jefe del estado": HEAD_OF_STATE, "jefa del estado": HEAD_OF_STATE, "capo dello stato": HEAD_OF_STATE,
    "staatschef": HEAD_OF_STATE, "staatschefin": HEAD_OF_STATE, "staatsoberhaupt": HEAD_OF_STATE,
}
# Roles that one title holds under another name: "Chief Justice Rosalind Achterberg" is "the judge", "the
# sheriff" of one paper "el alguacil" of another, an envoy an emissary (`holds_title`).
SAME_ROLE = {"judge": frozenset({"justice", "magistrate"}), "juge": frozenset({"magistrat", "magistrate"}),
             "emissary": frozenset({"envoy"}), "envoy": frozenset({"emissary"}),
             "émissaire": frozenset({"envoyé", "envoyée"}), "envoyé": frozenset({"émissaire"}),
             "envoyée": frozenset({"émissaire"})}
# Titles written short, as their words: "the PM" for "Prime Minister Teodor Ruscu".
TITLE_ABBREVIATIONS = {"pm": ("prime", "minister"), "fm": ("foreign", "minister"), "ceo": ("chief", "executive"),
                       "cfo": ("chief", "financial", "officer"), "coo": ("chief", "operating", "officer")}
# What someone said, named by a noun after their name before a colon: "The PM's reaction: ...".
OWNED_SPEECH = NOUN_CUES | frozenset({"reaction", "response", "reply", "answer", "verdict", "message", "words",
                                     "comment", "comments", "reason", "explanation", "excuse", "advice", "retort"})

# Verbs whose clausal complement a parser reads as a reported clause where the rules found none
# (quotes/clauses.py): saying, showing and finding, and holding a view ("polls show ...", "the
# report found ...", "Democrats fear ..."), as PolNeAR annotates attributions. Lemmas.
CLAUSE_VERBS = frozenset("""
say tell claim argue believe think insist warn add note suggest show find report announce acknowledge
admit deny explain predict estimate contend assert maintain allege concede recall reveal confirm stress
emphasize indicate agree complain worry fear hope expect know feel write testify declare promise vow
pledge urge conclude charge accuse seem appear mean signal point recognize realize understand hint
caution question doubt guess imply project assume figure reckon tweet post boast brag joke quip lament
suspect wonder
""".split())
# The inflections a lemma above takes that "-s", "-ed", "-ing" do not give.
CLAUSE_VERB_FORMS = {"say": ("said",), "tell": ("told",), "think": ("thought",), "find": ("found",),
                     "know": ("knew", "known"), "show": ("shown",), "feel": ("felt",), "write": ("wrote", "written"),
                     "mean": ("meant",), "understand": ("understood",)}
# Subjects no source is: a vague share of people ("Many in Armenia feel ...").
VAGUE_SUBJECTS = frozenset({"many", "some", "most", "few", "several", "others", "all", "none"})
# Subjects that stand for a noun elsewhere in the sentence ("..., which shows ...").
RELATIVE_SUBJECTS = frozenset({"that", "which", "who", "whom", "this", "these", "those", "what"})
# Words that open an indirect question, not a reported claim ("declined to say how much ...").
QUESTION_WORDS = frozenset({"whether", "if", "how", "what", "when", "where", "why", "who", "which"})
MIN_CLAUSE_TOKENS = 4  # a reported clause of fewer words is a fragment ("he said so")
# A German weekday run together with its part of the day ("Mittwochabend", "Montagmorgen"): a time
# that may open a sentence whose subject then follows the verb.
DAY_PART = re.compile(r"(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)"
                      r"(?:früh|morgen|vormittag|mittag|nachmittag|abend|nacht)")
# The particle a German verb of saying leaves behind its subject ("kündigte ... an", "räumte ... ein",
# "fügte ... hinzu", "teilte ... mit").
SEPARABLE = frozenset({"an", "ein", "hinzu", "mit", "fest", "zu", "vor", "bei", "aus"})

# Abbreviations a name may hold with their dot, an initial aside ("Dr.", "Gen.", "St."): a surname of four
# letters before a full stop ends its sentence ("... erklärte Unternehmenssprecherin Mette Skov. Kein ...").
NAME_ABBREVIATIONS = (r"(?:Mr|Mrs|Ms|Dr|St|Jr|Sr|Gen|Gov|Sen|Rep|Col|Capt|Lt|Sgt|Prof|Rev|Mt|Ft|Hon|Adm|Cdr|Maj|Insp"
                      r"|Supt|Det|Pres|Hr|Fr|Mme|Mlle|Sra|Dña|Ing|Mgr)")
# A preposition opening a sentence opens a phrase of time or place that a comma closes before the subject:
# "After the hearing, ...", "À la sortie de l'audience, Yannis Markou, 61 ans, s'est voulu combatif".
OPENING_PREPOSITIONS = ADJUNCT_PREPOSITIONS | PLACE_PREPOSITIONS | GERMAN_PREPOSITIONS | frozenset(
    {"despite", "as", "à", "au", "aux", "après", "avant", "dès", "en", "tras", "después", "antes", "dopo", "prima",
     "nel", "nella", "alla", "após", "depois", "bij", "na", "nas", "nos", "num", "numa", "durante",
     "du", "côté", "del", "lado", "dal"})  # "Du côté de l'Hôpital général, le président ..., Ahmad Ben Ali, a lancé :"
# How nouns of people end, in the languages read: "protesters", "residents", "syndicaliste", "manifestantes".
PEOPLE_ENDINGS = tuple(GROUP_SUFFIXES) + ("iste", "istes", "ista", "istas", "isti", "eur", "eurs", "euse", "euses",
                                          "ante", "antes", "ente", "entes", "anti", "enti", "er", "or", "ist")
# Where a person is from, after the name: "Ines Korhola of the Institute", "Zdenka Marić aus dem Dorf ...".
FROM_WORDS = frozenset({"of", "at", "from", "aus", "von", "vom", "de", "du", "des", "da", "do", "di", "del", "della"})
# Words before a name that make it no subject: "the report by Ines Korhola of the Institute warned".
NOT_BEFORE_SUBJECT = frozenset({"by", "with", "for", "to", "about", "against", "von", "mit", "für", "par", "avec", "pour",
                                "por", "con", "para", "per", "door", "met"}) | BELONGING | PLACE_PREPOSITIONS | ADJUNCT_PREPOSITIONS
# German articles of the dative and accusative: a phrase they open is no subject.
OBLIQUE_ARTICLES = frozenset({"dem", "den", "einem", "einen",
                              # to whom in the Romance languages: "ha spiegato alla Gazzetta", "a-t-il dit aux
                              # journalistes", "disse ao jornal"
                              "alla", "allo", "ai", "agli", "alle", "all'", "all’", "au", "aux", "ao", "aos", "às"})
# How nouns that name no one end, in German: "Untersuchung", "Sicherheit", "Gesellschaft", "Mehrheit".
NOUN_ENDINGS = ("ung", "ungen", "heit", "keit", "schaft", "schaften", "ität", "ismus")
# Words that open an embedded question: "what the manager had said", "ob der Minister gesagt habe".
WH_WORDS = frozenset({"what", "whether", "why", "how", "ob", "was", "warum", "pourquoi", "comment", "si",
                      "qué", "cómo", "cosa", "perché", "wat", "waarom", "hoe"})  # not "wie", "come": "as X said"
