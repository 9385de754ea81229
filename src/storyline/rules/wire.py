"""Wire agencies: copy that several outlets run is one source, not several."""
from __future__ import annotations

import re

AGENCIES = {
    "reuters": "Reuters", "ap": "AP", "associated press": "AP", "the associated press": "AP",
    "afp": "AFP", "agence france-presse": "AFP", "agence france presse": "AFP", "dpa": "dpa",
    "efe": "EFE", "ansa": "ANSA", "tass": "TASS", "interfax": "Interfax", "ria novosti": "RIA Novosti",
    "xinhua": "Xinhua", "kyodo": "Kyodo", "pti": "PTI", "upi": "UPI", "bloomberg": "Bloomberg",
    "anadolu": "Anadolu", "anadolu agency": "Anadolu", "europa press": "Europa Press", "apa": "APA",
    "yonhap": "Yonhap", "aap": "AAP", "ips": "IPS",
}
# "MOSCOW (Reuters) -", "LONDON, Oct 7 (AP) —": a dateline naming the agency in brackets.
DATELINE = re.compile(
    r"^\s*(?P<place>[A-ZÀ-Þ][\w .,'/-]{1,60}?)\s*\((?P<agency>[A-Za-z][\w .&'-]{1,40}?)(?:/[a-z]{2,5})?\)\s*[-–—:]",
    re.MULTILINE  # "Nürnberg (dpa/lby) -": the agency and its regional desk
)
# A byline or credit that names an agency by what it is: "Northline Press Agency", "Metro News Service".
AGENCY_NAME = re.compile(r"\b(news agency|press agency|agency|wire( service)?|news service|press association)$",
                         re.IGNORECASE)
# Credits at the end or in the byline: "— The Associated Press", "Reporting by ...; (Reuters)".
CREDIT = re.compile(r"(?:^|[\s(—–-])(?P<agency>" + "|".join(sorted((re.escape(a) for a in AGENCIES), key=len, reverse=True)) + r")(?:\)|\s*$)",
                    re.IGNORECASE)
# A wire message as an agency's line sends it: "ZCZC" opens it and "NNNN" ends it (the teleprinter
# codes), a routing line and a slug ("BC-TRANSPORT-RAIL-FARES (UPDATE 2, ...)") precede the
# headline, and a time stamp closes the story: "FPA 021147 GMT JAN 26" (day, hour, minute, month, year).
WIRE_FRAME = re.compile(r"^(?:ZCZC|NNNN|\.\.)(?:\s+[A-Z0-9][A-Z0-9 /-]*)?\s*$")  # "ZCZC", "ZCZC KPA0412 3 ECO 0318"
# The routing a feed prints above a story: its priority ("URGENT", "FLASH") and a line of the feed's
# name and filing time ("/KPA-Wire 12-08-24 0814 GMT").
WIRE_PRIORITY = re.compile(r"^(?:URGENT|FLASH|BULLETIN|PRIORITY|ROUTINE|NEWSALERT|ALERT|EILT|EILMELDUNG|URGENTE)\s*$")
WIRE_FEED_STAMP = re.compile(r"^\S{1,30}(?:\s+[\d:./-]{2,10}){1,3}\s+(?:GMT|UTC|Z)\s*$")
WIRE_SLUG = re.compile(r"^(?:[A-Z]{1,3}-)?[A-Z0-9]+(?:[-/][A-Z0-9]+){1,6}(?:\s+\(.*\))?\s*$")
WIRE_ROUTING = re.compile(r"^[A-Z]{2,6}\d{2,}\b[ A-Z0-9/-]*$"  # "BWS42", "RGN10"; AFP's "ENG 0417 4 GEN /AFP-BY52"
                          r"|^[A-Z]{2,5}(?:\s+[A-Z0-9]{1,5}){1,5}\s+/[A-Z]{2,6}-[A-Z0-9]{2,8}$")
# A slug of lower-case keywords and the story's version, as AFP writes it: "Chile-mining-labour-copper,2ndlead".
# dpa's the same with slashes: "Verkehr/Bahn/Bayern/".
WIRE_KEYWORDS = re.compile(r"^[A-Z][a-z]+(?:-[a-z]+){1,6}(?:,\s?\w+)?$|^[^\W\d_][\w-]+(?:/[^\W\d_][\w-]+){1,6}/$")
WIRE_STAMP = re.compile(r"^(?:(?P<agency>[A-Z]{2,10})\s+)?(?P<day>[0-3]\d)(?P<hour>[0-2]\d)(?P<minute>[0-5]\d)\s+"
                        r"(?:GMT|UTC|Z)\s+(?P<month>(?i:JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC))\s+"
                        r"(?P<year>\d\d)\s*$")
# ANPA's framing of a wire story's keyword line and headline: "^BC-HEALTH-Parking 1stLd-Writethru,0541^",
# "^Hospital parking charges to rise 40 pct=".
WIRE_KEYWORD_LINE = re.compile(r"^\^[^^]+\^$")
WIRE_HEADLINE_MARKS = re.compile(r"^\^|=$")

# A wire story's version before its headline: "UPDATE 2-Port strike enters second week", "REFILE-...".
WIRE_VERSION = re.compile(r"^(?:UPDATE\s+\d+|REFILE|CORRECTED|RPT|WRAPUP(?:\s+\d+)?|URGENT|FLASH)\s*-\s*(?=\S)")
# An advisory to editors above a wire story: "(Eds: Updating with minister's remarks, adds para 6)",
# "(Corrects spelling of name in para 3)", "(Adds quotes from union)".
EDITORS_NOTE = re.compile(r"^=?\((?:eds?\.?|editors?|ed\.? note|note to editors|corrects?|adds?|updates?|recasts?|refiles?"
                          r"|repeats?|writethru"
                          # the same in German, French, Spanish: "(Zusammenfassung 1600 - neu: Stellungnahme VAG)"
                          r"|zusammenfassung|neu|aktualisiert|aktualisierung|korrektur|berichtigung|wiederholung"
                          r"|ergänzt|actualisé|mise à jour|ajoute|corrige|actualiza|amplía|repite)\b[^()]*\)=?$",
                          re.IGNORECASE)  # "=(ADDS union quote)=" as AFP frames it
# A wire message's header fields: "SLUG: VALDORIA-FERRY/STRIKE", "PRIORITY: URGENT".
WIRE_FIELD = re.compile(r"^(?:slug|priority|category|keywords?|story id|distribution|words|service|desk|topic|"
                        r"urgency|dateline|byline|source id)\s*:", re.IGNORECASE)
