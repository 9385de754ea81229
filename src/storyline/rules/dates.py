"""Date words and patterns for absolute dates as news pages write them (English first)."""
from __future__ import annotations

import re

from babel.dates import get_day_names, get_month_names

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
    "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}
# Month names of the languages news is most often collected in, as date lines write them
# (French, German, Spanish, Italian, Portuguese, Dutch; Russian in the genitive: "7 октября 2020").
_OTHER_MONTHS = [
    "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "januar februar märz april mai juni juli august september oktober november dezember",
    "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
    "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",
    "januari februari maart april mei juni juli augustus september oktober november december",
    "января февраля марта апреля мая июня июля августа сентября октября ноября декабря",
    # Polish in the genitive ("10 lutego 2026"), Swedish (Danish and Norwegian write "maj"/"mai" alike)
    "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia",
    "januari februari mars april maj juni juli augusti september oktober november december",
]
for _names in _OTHER_MONTHS:
    for _number, _name in enumerate(_names.split(), 1):
        MONTHS.setdefault(_name, _number)
MONTHS.update({"jänner": 1, "fevrier": 2, "aout": 8, "decembre": 12, "maerz": 3, "setiembre": 9, "marco": 3})
# Further languages' month names, as their date lines write them: Czech in the genitive ("11. července
# 2024"), Finnish in the partitive ("2. syyskuuta 2023"), Turkish, Hungarian, Danish and Norwegian.
_MORE_MONTHS = {
    "cs": "ledna února března dubna května června července srpna září října listopadu prosince",
    "fi": "tammikuuta helmikuuta maaliskuuta huhtikuuta toukokuuta kesäkuuta heinäkuuta elokuuta syyskuuta"
          " lokakuuta marraskuuta joulukuuta",
    "tr": "ocak şubat mart nisan mayıs haziran temmuz ağustos eylül ekim kasım aralık",
    "hu": "január február március április május június július augusztus szeptember október november december",
    "da": "januar februar marts april maj juni juli august september oktober november december",
    "no": "januar februar mars april mai juni juli august september oktober november desember",
}
for _names in _MORE_MONTHS.values():
    for _number, _name in enumerate(_names.split(), 1):
        MONTHS.setdefault(_name, _number)
# Every other language news comes in, from CLDR (through babel): the names as a date writes them
# ("28 noiembrie 2022", "5. studenoga 2024", "12 de novembre de 2023") and as they stand alone.
NEWS_LOCALES = ("ro", "hr", "sl", "sk", "sr_Latn", "bs", "lt", "lv", "et", "ca", "gl", "eu", "id", "ms", "sq",
                "uk", "bg", "el", "is", "ga", "cy", "af", "mt", "vi", "tl", "kk", "ar", "tr", "cs", "pl", "hu", "fi")
for _locale in NEWS_LOCALES:
    for _context in ("format", "stand-alone"):
        for _number, _name in get_month_names("wide", _context, _locale).items():
            MONTHS.setdefault(_name.casefold(), _number)
# Their short forms in the Latin-script languages, as apps and date lines abbreviate them ("22 ene.
# 2025", "19 feb. 2025"): a name's first three letters, unless they start another month's name too;
# French cuts some after four ("janv.", "févr.", "juil."), Dutch shortens March as "mrt".
for _names in _OTHER_MONTHS[:6] + _OTHER_MONTHS[-1:]:
    for _number, _name in enumerate(_names.split(), 1):
        _short = _name[:3]
        if len(_name) > 3 and all(n == _number for n in {m for k, m in MONTHS.items() if k.startswith(_short)}):
            MONTHS.setdefault(_short, _number)
MONTHS.update({"janv": 1, "févr": 2, "fevr": 2, "juil": 7, "mrt": 3})
# The same names by language (the dates stage reads a day without its year only in the article's
# own language and English: "Mars" and "Mai" are names in English text).
MONTHS_BY_LANGUAGE = {lang: names.split() for lang, names in zip(("fr", "de", "es", "it", "pt", "nl", "ru", "pl", "sv"),
                                                                   _OTHER_MONTHS)}
MONTHS_BY_LANGUAGE["de"] += ["jänner", "maerz"]
MONTHS_BY_LANGUAGE["fr"] += ["fevrier", "aout", "decembre"]
MONTHS_BY_LANGUAGE["es"] += ["setiembre"]
MONTHS_BY_LANGUAGE["pt"] += ["marco"]
MONTHS_BY_LANGUAGE.update({lang: names.split() for lang, names in _MORE_MONTHS.items()})

WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6}
# Weekday names that may open a date line, in the same languages, Monday first (to read date lines).
WEEKDAY_NAMES = dict(WEEKDAYS)
WEEKDAYS_BY_LANGUAGE = {"fr": "lundi mardi mercredi jeudi vendredi samedi dimanche",
                        "de": "montag dienstag mittwoch donnerstag freitag samstag sonntag",
                        "es": "lunes martes miércoles jueves viernes sábado domingo",
                        "it": "lunedì martedì mercoledì giovedì venerdì sabato domenica",
                        "nl": "maandag dinsdag woensdag donderdag vrijdag zaterdag zondag",
                        "pt": "segunda-feira terça-feira quarta-feira quinta-feira sexta-feira sábado domingo",
                        "sv": "måndag tisdag onsdag torsdag fredag lördag söndag",
                        "da": "mandag tirsdag onsdag torsdag fredag lørdag søndag",
                        "pl": "poniedziałek wtorek środa czwartek piątek sobota niedziela",
                        "no": "mandag tirsdag onsdag torsdag fredag lørdag søndag",
                        "cs": "pondělí úterý středa čtvrtek pátek sobota neděle",
                        "fi": "maanantai tiistai keskiviikko torstai perjantai lauantai sunnuntai",
                        "tr": "pazartesi salı çarşamba perşembe cuma cumartesi pazar",
                        "hu": "hétfő kedd szerda csütörtök péntek szombat vasárnap"}
# Their short forms, as sites print them beside a day ("vr 12 jan", "Fr., 12. Jan.", "ti 4.2.2025 klo 9.12"):
# nl, de, fr, es, it, pt, fi, cs ("st 17. 1. 2024").
WEEKDAY_SHORT = ["ma di wo do vr za zo", "mo di mi do fr sa so", "lun mar mer jeu ven sam dim",
                 "lun mar mié jue vie sáb dom", "lun mar mer gio ven sab dom", "seg ter qua qui sex sáb dom",
                 "ma ti ke to pe la su", "po út st čt pá so ne"]
# Those that are also places' or other words' ("Mar del Plata", "DO"): no weekday outside a date line.
WEEKDAY_SHORT_ONLY = frozenset(w for names in WEEKDAY_SHORT for w in names.split()) - set(WEEKDAY_NAMES)
for _names in [*WEEKDAYS_BY_LANGUAGE.values(), "mon tue wed thu fri sat sun", *WEEKDAY_SHORT]:
    for _number, _name in enumerate(_names.split()):
        WEEKDAY_NAMES.setdefault(_name, _number)
WEEKDAY_NAMES.update({"miercoles": 2, "sabado": 5, "tues": 1, "thur": 3, "thurs": 3})
for _locale in NEWS_LOCALES:  # CLDR's, as for the months: "Δευτέρα", "ponedeljek", "Thứ Hai"
    for _number, _name in get_day_names("wide", "format", _locale).items():
        WEEKDAY_NAMES.setdefault(_name.casefold(), _number)
# Weekdays written in more than one word ("thứ hai", "chủ nhật"): a date line's leftover loses them whole.
WEEKDAY_PHRASES = re.compile(r"\b(?:" + "|".join(sorted((re.escape(w) for w in WEEKDAY_NAMES if " " in w), key=len,
                                                         reverse=True)) + r")\b", re.IGNORECASE)

_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_WEEKDAY_WORD = "|".join(sorted(WEEKDAY_NAMES, key=len, reverse=True))
_WEEKDAY = r"(?:(?:" + _WEEKDAY_WORD + r")\.?,?\s+(?:the\s+|le\s+|den\s+)?)?"
_TIME = r"(?:[,\s]*(?:at\s+)?\d{1,2}[:.]\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?|h\b)?(?:\s*[A-Z]{2,5}|\s*[+-]\d{2}:?\d{2})?)?"

# A year ends its word, or runs into the time a page set beside it: "May 6, 20245:04 AM ET" (a copy of
# "May 6, 2024" over "5:04 AM ET").
_YEAR_END = r"(?:\b|(?=[0-2]?\d:\d\d))"

# Each pattern names its groups year/month/day; `month` may be a word or a number.
ABSOLUTE = [
    # 2020-10-07, 2020-10-07T09:12Z, 2020/10/07
    re.compile(r"\b(?P<year>(19|20)\d{2})[-/](?P<month>0?[1-9]|1[0-2])[-/](?P<day>0?[1-9]|[12]\d|3[01])"
               r"(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?(?!\d)"),
    # Wednesday, October 7, 2020 / Oct. 7, 2020 / Sept 27 2020
    re.compile(r"\b" + _WEEKDAY + _MONTH + r"\s+(?P<day>[0-3]?\d)(?:st|nd|rd|th)?,?\s+(?P<year>(19|20)\d{2})" + _YEAR_END + _TIME,
               re.IGNORECASE),
    # 7 October 2020 / 14 Mar 2025 / 7th of October, 2020 / 1er mars 2022 / 3. März 2022 / 3 de marzo de 2022
    re.compile(r"\b" + _WEEKDAY + r"(?P<day>[0-3]?\d)(?:st|nd|rd|th|er|\.)?(?:\s+(?:of|de))?\s+" + _MONTH
               + r"(?:\s+de)?,?\s+(?P<year>(19|20)\d{2})" + _YEAR_END + _TIME, re.IGNORECASE),
    # 03-Jun-2024: a wire's slug line, a database's field (a two-digit year, "3-Jun-24", is not taken)
    re.compile(r"\b(?P<day>[0-3]?\d)-" + _MONTH.replace(r")\.?", ")") + r"-(?P<year>(19|20)\d{2})" + _YEAR_END + _TIME,
               re.IGNORECASE),
    # 2024. március 28. (Hungarian: the year first, then the month's name and the day)
    re.compile(r"\b(?P<year>(19|20)\d{2})\.\s+" + _MONTH + r"\s+(?P<day>[0-3]?\d)\.(?!\d)" + _TIME, re.IGNORECASE),
    # 2023年05月12日, 2023년 9월 26일 (Chinese, Japanese, Korean: the year, month and day each with its sign)
    re.compile(r"(?P<year>(19|20)\d{2})\s*[年년]\s*(?P<month>0?[1-9]|1[0-2])\s*[月월]\s*(?P<day>0?[1-9]|[12]\d|3[01])\s*[日일]"),
    # 2023.09.26. (Korean, Hungarian, Chinese sites: the year first, dotted)
    re.compile(r"\b(?P<year>(19|20)\d{2})\.\s?(?P<month>0?[1-9]|1[0-2])\.\s?(?P<day>0?[1-9]|[12]\d|3[01])\.?(?!\d)"),
    # 07.10.2020, 14. 3. 2024 (day first, as dotted dates are written where they are used)
    re.compile(r"\b(?P<day>0?[1-9]|[12]\d|3[01])\.\s?(?P<month>0?[1-9]|1[0-2])\.\s?(?P<year>(19|20)\d{2})\b"),
    # 10/07/2020, 3-2-2026 (in the order the page's language writes dates; see header.dates)
    re.compile(r"\b(?P<a>\d{1,2})(?P<sep>[/-])(?P<b>\d{1,2})(?P=sep)(?P<year>(19|20)\d{2})\b"),
]

# A day written without its year: "Friday 7 March", "May 4", "vendredi 7 mars" (never followed by a year).
_NAMED_WEEKDAY = r"(?:(?P<weekday>" + _WEEKDAY_WORD + r")\.?,?\s+(?:the\s+|le\s+|den\s+)?)?"
_NO_YEAR = r"(?!(?:\s+de)?,?\s*(?:19|20)\d{2}|\d|[:.]\d)"
PARTIAL = [
    re.compile(r"\b" + _NAMED_WEEKDAY + _MONTH + r"\s+(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\b" + _NO_YEAR, re.IGNORECASE),
    re.compile(r"\b" + _NAMED_WEEKDAY + r"(?P<day>[0-3]?\d)(?:st|nd|rd|th|er|\.)?(?:\s+(?:of|de))?\s+" + _MONTH
               + r"\b" + _NO_YEAR, re.IGNORECASE),
]
# A dateline opening the running text: the place, then the day ("NEREVO, 12 August 2022 –",
# "Hamburg, 2. November 2021.", "KESSEL, May 4 (Northwind) -", "SPRINGFIELD, Ill., Oct. 7 -").
# a place's name may hold a small word of its language: "San Abdón de la Sierra", "Frankfurt am Main"
_PLACE_PARTICLE = r"(?:(?:de|la|las|los|del|di|du|des|le|les|am|an|der|sur|en|upon|on|da|do)\s+)*"
DATELINE_PLACE = re.compile(r"^[*_]*(?P<place>[A-ZÀ-Þ][\w'’.-]*(?:(?:[ /-]|\s&\s)" + _PLACE_PARTICLE + r"[A-ZÀ-Þ][\w'’.-]*){0,4}"
                            r"(?:,\s+[A-Z][a-z]{1,5}\.|,\s+(?!(?i:" + "|".join(sorted([*MONTHS, *WEEKDAY_NAMES],
                                                                            key=len, reverse=True))
                            + r")\b)[A-Z][a-z][\w'’-]*)?)[*_]*\s*"  # "VESSING, Varrenia, July 4 (Meridian) -"
                            r"(?:\((?P<agency>[A-Z][\w .&'-]{1,40}?)\)\s*)?"  # "CADDOW (PPA) — March 4, 2023 —"
                            r"(?:,|\s?[-–—])\s*")
# An article before the day in such a dateline: "Marsenne, le mercredi 7 mai 2025", "Berlin, am 3. März".
DATELINE_ARTICLE = re.compile(r"(?:le|am|el|il|den|op)\s+", re.IGNORECASE)
# What follows the day in such a dateline: the agency in brackets, then a dash or a colon (or, after
# a full date, a full stop: "Hamburg, 2. November 2021. Der Senat ...").
# An agency in brackets may end it without a mark, as Indian wires write it: "Nandipur, Jan 9 (BWS) The ...".
DATELINE_END = re.compile(r"\s*(?:\((?P<agency>[A-Za-z][\w .&'-]{1,40}?)\)\s*)?"
                          r"(?P<mark>[-–—:]|\.(?=\s)|$|(?(agency)(?<=\s)(?=[A-Z])|(?!)))")
# Words that open a phrase, not a place: "On Friday, 7 March –" is no dateline.
NOT_PLACES = frozenset("on in at by since until from last this next the a an after before".split())

# Where one part of a date line ends and a labelled other begins: "Updated 5 May 2024, first published 3 May".
# A time's zone may end the part with no mark: "Tue 5 Nov 2024 07.00 GMT Last modified on Tue 5 Nov 2024 10.12 GMT".
DATE_PART_SEPARATOR = re.compile(r"(?:[,;]|(?<=\d)\.|(?<=\bh)\.|(?<=\bGMT)|(?<=\bUTC)|(?<=\b[AP]M)|(?<=\b[ECMP][SD]T))"
                                 r"\s+(?=(?:first |originally |last )?(?:published|updated|posted|modified"
                                 r"|mis à jour|mise à jour|modifié|publié|aktualisiert|geändert|veröffentlicht|actualizado"
                                 r"|modificado|modificato|gewijzigd|publicado"
                                 r"|aggiornato|pubblicato|bijgewerkt|gepubliceerd)\b)", re.IGNORECASE)
# Where the next field of a record's row begins, its separator a single space as a print-out
# leaves it: "Date: 23/01/2025 Page: 9 Edition: Weekly (Thu)".
FIELD = re.compile(r"[^\W\d_][\w-]{1,24}:\s")
FIELD_BREAK = re.compile(r"\s+(?=" + FIELD.pattern + ")")
# A page's age when it was seen, as the page shows it instead of a date: "5 hours ago", "Posted 2 days ago".
_AGE_UNIT = (r"(?P<unit>seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|[smhdw]"
             r"|segundos?|minutos?|horas?|d[ií]as?|semanas?|secondes?|heures?|jours?|semaines?"
             r"|sekunden|minuten|stunden?|tagen?|wochen?|secondi|minuti|ore|giorni|settimane"
             r"|seconden|uur|dagen|weken)")
RELATIVE_AGE = re.compile(
    r"(?:(?:published|posted|publié|veröffentlicht|publicado|pubblicato)\s+)?(?:"
    r"(?P<n>an?|\d+)\s*" + _AGE_UNIT + r"\s+(?:ago|fa|geleden)"  # "3 hours ago", "3h ago", "2 giorni fa"
    r"|(?:hace|il y a|vor)\s+(?P<n2>\d+|une?|einem|einer)\s*" + _AGE_UNIT.replace("<unit>", "<unit2>") + r")",
    re.IGNORECASE)
# A page's age, in the unit its word names (singular or plural: "hours", "Stunden", "giorni").
AGE_UNITS = {
    **dict.fromkeys("s sec second segundo seconde sekunde secondo".split(), "seconds"),
    **dict.fromkeys("m min minute minuto minuti minuut".split(), "minutes"),
    **dict.fromkeys("h hr hour hora heure stunde ora ore uur".split(), "hours"),
    **dict.fromkeys("d day día dia jour tag tage giorno giorni dag".split(), "days"),
    **dict.fromkeys("w week semana semaine woche settimana settimane".split(), "weeks"),
}
# A line that says when the file was captured, with the moment: "Captured 2026-06-02 14:20 UTC",
# "Página consultada: 14/10/2026 10:05" (the time the text was seen, never its publication).
CAPTURE_LABEL = re.compile(r"^\W{0,3}(?:captured|saved|retrieved|accessed|fetched|clipped|archived|page retrieved"
                           r"|página consultada|consultad[oa]|consulté|abgerufen|gespeichert|opgehaald|consultato"
                           r"|zapisano|sparad|gemt|lagret|enregistré|guardado|salvato"
                           # shared from an app: the moment of the share ("Gedeeld op 17-06-2025 om 14:22 via ...")
                           r"|shared|gedeeld|geteilt|partagé|compartido|condiviso|compartilhado|udostępniono|delad|delt"
                           # a report's or an export's own moment ("Report compiled: 14/02/2024", "Wygenerowano:")
                           r"|(?:report\s+)?(?:compiled|generated|exported|printed|downloaded)|wygenerowano|eksport"
                           r"|exportováno|vygenerováno|exportiert|erstellt|exporté|généré|exportado|generado|esportato"
                           r"|generato|geëxporteerd|gegenereerd|exporterad|genererad|eksporteret|eksportert"
                           # a monitoring service's extraction: "Estrazione del 24/01/2025 ore 07:15"
                           r"|extract(?:ed|ion)|estrazione|estratto|extracción|extraído|extrait|extraction|extrahiert)"
                           # the app it was saved in: "Saved to Pocket · 12 Feb", "Zapisano w Czytnik+ · 12.02.2026",
                           # "Sparad med Klippbok · 2025-09-19"
                           r"(?:\s+(?:in|to|into|with|via|w|z|na|i|im|in der|dans|en|auf|op|med|mit|avec|con|com|met)"
                           r"\s+[^·|:\d]{1,40}?\s*[·|:–-])?"
                           r"(?:\s+(?:on|at|am|le|el|il|op|del|du|de|vom|of))?\s*:?\s*(?=\d)", re.IGNORECASE)
# A relative stamp a page shows beside the date itself: "Updated 3 hours ago", "2 days ago".
RELATIVE_STAMP = re.compile(r"(?:(?:last\s+)?updated\s+|published\s+)?(?:an?|\d+)\s+(?:second|minute|min|hour|hr|day|week)s?"
                            r"\s+ago$", re.IGNORECASE)

# A line that is a date and nothing else, optionally labelled.
PUBLISHED_LABEL = re.compile(
    r"^\W{0,3}(published( time| date| on)?|posted|first published|originally published|date|released|issued|filed"
    r"|(?:air|broadcast|publication|issue|release|story|article)\s+date|aired|broadcast|sendedatum|ausgestrahlt"
    r"|diffusé|emitido|trasmesso|uitgezonden|datum vysílání|data emisji|fecha de emisión|date de diffusion"
    r"|\U0001F4C5|\U0001F5D3\ufe0f?"  # the calendar a messenger's channel post sets before its day: "📅 07 March 2025"
    r"|uitzenddatum"  # a broadcast's day: "AIR DATE: Thursday, February 22, 2024", "Datum vysílání: čtvrtek ..."
    r"|data(?=\s*:)"  # "Data: 11/03/2025": the date in pt, it, pl, ro
    r"|embargoed until|embargo|not for (?:publication|release) (?:before|until)"  # a press release's day
    r"|publié|veröffentlicht|publiziert|erschienen|publicado|publicada|pubblicato|publicato|objavljeno|publikované"
    r"|gepubliceerd|opublikowano|publicerad|publiceret|publisert|julkaistu"
    # a record's or a page's label of the day it first appeared: "Erstveröffentlichung:", "Data wydania:"
    r"|erstveröffentlichung|erstmals veröffentlicht|erscheinungsdatum|data wydania|data publikacji|datum vydání"
    r"|date de parution|date de publication|première publication|fecha de publicación|data di pubblicazione"
    r"|data de publicação|publicatiedatum|publiceringsdatum|udgivelsesdato|publiseringsdato|julkaisupäivä"
    r"|yayın tarihi|yayınlanma(?: tarihi)?|zveřejněno|publikováno|megjelent|megjelenés|közzétéve|publicat"
    r"|imechapishwa|gepubliseer|đăng ngày|ngày đăng|đăng lúc|δημοσιεύθηκε|δημοσιεύτηκε|δημοσίευση"
    r"|publikacja|odvysíláno|giriş tarihi|giriş(?=\s*:)|опубликовано|опубліковано|дата публікації|жарияланды|жіберілді"
    r"|نُ?شِ?ر في|نُ?شِ?رت? في|تاريخ النشر|입력|등록|게재|発行|公開|掲載|配信"
    r"|erscheinungstag|दिनांक|प्रकाशित|发布时间|发布日期|发表时间|發布時間)"
    r"(\s+(on|le|am|el|il|op|den|em|en|a)\b)?\s*:?\s*",  # "Publicado a 11 março 2024", as Portugal writes it
    re.IGNORECASE)
MODIFIED_LABEL = re.compile(
    r"^\W{0,3}((last\s+)?updated|(last\s+)?modified|edited|revised|mis à jour|mise à jour|modifiée?|aktualisiert"
    r"|(?:zuletzt\s+)?geändert|modificado|modificato|(?:laatst\s+)?gewijzigd"
    r"|actualizado|aggiornato|bijgewerkt|zaktualizowano|aktualizacja|uppdaterad|opdateret|oppdatert|päivitetty"
    r"|güncelleme|güncellendi|aktualizováno|frissítve|módosítva|actualizat|actualitzat|imesasishwa|bygewerk"
    r"|cập nhật|ενημερώθηκε|τελευταία ενημέρωση|güncellenme(?: tarihi)?|обновлено|оновлено|жаңартылды"
    r"|آخر تحديث|تحديث|수정|更新"
    r"|stand(?=\s*:))"  # German sites' "Stand: 03.06.2026, 22:30 Uhr": as of the last edit
    r"(\s+(on|le|am|el|il|op|den)\b)?\s*:?\s*", re.IGNORECASE)  # "on", not "onsdag"

# A German page's one stamp, "Stand: 28.02.2024 16:32 Uhr": as of that version (MODIFIED_LABEL reads it).
AS_OF = re.compile(r"^\W{0,3}stand\s*:", re.IGNORECASE)
# A line that labels the story's first appearance: "First published on Thu 9 Nov 2023 18.40 GMT".
FIRST_PUBLISHED = re.compile(r"^[ \t*_]*(?:(?:this|the) (?:article|story|piece|report|column|post) (?:was|is) )?"
                             r"(?P<line>(?:first|originally) published\b[^\n]{0,60}?)(?:$|(?<=\d)\.(?=\s+[A-Z]))",
                             re.IGNORECASE | re.MULTILINE)  # "*This article was first published on 28 January 2025.
# An earlier version misstated ...*": the sentence that says so

# Dates in URLs: /2020/10/07/, /2020-10-07-, /20201007/
URL_DATE = [
    re.compile(r"/(?P<year>(19|20)\d{2})/(?P<month>0?[1-9]|1[0-2])/(?P<day>0?[1-9]|[12]\d|3[01])(?:/|$|[-_])"),
    re.compile(r"[/_-](?P<year>(19|20)\d{2})-(?P<month>0[1-9]|1[0-2])-(?P<day>0[1-9]|[12]\d|3[01])(?:[/_.-]|$)"),
    re.compile(r"/(?P<year>(19|20)\d{2})(?P<month>0[1-9]|1[0-2])(?P<day>0[1-9]|[12]\d|3[01])(?:/|$|[-_])"),
    # the month's English short name: "/environment/2022/aug/23/seagrass-..."
    re.compile(r"/(?P<year>(19|20)\d{2})/(?P<month>jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/"
               r"(?P<day>0?[1-9]|[12]\d|3[01])(?:/|$|[-_])"),
]
# Dates in file names: 2020-10-07_slug.txt, 20201007-slug.md, slug_2020_10_07.html
FILENAME_DATE = [
    re.compile(r"(?:^|[^0-9a-f])(?P<year>(19|20)\d{2})[-_.](?P<month>0[1-9]|1[0-2])[-_.](?P<day>0[1-9]|[12]\d|3[01])(?![0-9])"),
    re.compile(r"(?:^|[_-])(?P<year>(19|20)\d{2})(?P<month>0[1-9]|1[0-2])(?P<day>0[1-9]|[12]\d|3[01])(?:[_.-]|$)"),
]

# A time of day right after a file name's date: a scanner's, camera's or app's stamp of the moment
# the file was made ("_0912", "-091233", "T09:12", " at 09.12.33").
FILE_STAMP_TIME = re.compile(r"(?:[_T-]|\s(?:at\s)?)(?:[01]\d|2[0-3])[.:h_-]?[0-5]\d(?:[.:_-]?[0-5]\d)?(?!\d)", re.I)
# A file name that says the file was made, not the article: "GBI_Export_20240405.txt", "scan_2024-03-02.txt"
FILE_MADE = re.compile(r"(?:^|[^a-z])(?:export|exported|download|downloaded|scan|scanned|print|printout|capture|snapshot"
                       r"|backup|saved|screenshot|recherche|search)(?:[^a-z]|$)", re.IGNORECASE)

# Said of a date candidate read from a time stamp in UTC, whose day may not be the publisher's.
UTC_NOTE = "(a UTC time stamp)"
UTC_STAMP = re.compile(r"\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s*(?:Z|[+-]00:?00|GMT|UTC)(?![+-]?\d)", re.I)
# A periodical's issue named by its season and year, as a magazine's running head gives it ("SPRING
# 2024", "Winter 2023/24", "Herbst 2024", "Printemps 2024"): when the issue came out, no day.
ISSUE_SEASON = re.compile(r"(?:spring|summer|autumn|fall|winter|frühjahr|frühling|sommer|herbst|printemps|été|automne"
                          r"|hiver|primavera|verano|otoño|invierno|estate|autunno|inverno|verão|outono|lente|zomer|herfst"
                          r"|wiosna|lato|jesień|zima|vår|sommar|höst|vinter)\s+(?:19|20)\d{2}(?:\s*[/–-]\s*\d{2,4})?",
                          re.IGNORECASE)
# A time alone in a part of a date line ("13.02.2024 | 22:47 h.", "| 10:47 a.m. EST"): no text of its own.
TIME_ONLY = re.compile(r"(?:at\s+)?\d{1,2}[:.h]\d{2}(?::\d{2})?\s*(?:[ap]\.?\s?m\.?|h\.?|uhr|hrs?\.?)?(?:\s*[A-Z]{2,5})?",
                       re.IGNORECASE)
# A database record's length and page after its date: "Est Lyonnais, jeudi 9 novembre 2023 468 mots, p. 14".
RECORD_TAIL = re.compile(r"(?:[\s,]+(?:\d[\d.,\u202f\u00a0]*\s*(?:words|mots|wörter|palabras|parole|palavras|woorden|ord|słów"
                         r"|slov|kelime)|(?:p|pp|s|pág|pag)\.\s*[A-Z]{0,4}\d+[A-Z]?))+\s*$", re.IGNORECASE)
# A database's citation of a clipping: the paper "of" the day, then the page ("Süddeutsche Zeitung vom
# 03.04.2024, S. 17", "Le Monde du 3 avril 2024, p. 8"): read as the parts of a masthead line.
CITATION_PARTS = re.compile(r"\s+(?:vom|du|del|van)\s+(?=\d)|,\s+(?=(?:page|pp?\.|seite|s\.|página|pág\.|pagina|pag\.|blz\.|str\.|sida)"
                            r"\s*\d)|(?<=\d)\s+/\s+(?=[^\W\d_])", re.IGNORECASE)  # "S. 17 / Wirtschaft": the page, then the section
