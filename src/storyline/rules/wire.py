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
    r"^\s*(?P<place>[A-Z][A-Za-z0-9 .,'/-]{1,60}?)\s*\((?P<agency>[A-Z][\w .&'-]{1,40}?)\)\s*[-–—:]", re.MULTILINE
)
# A byline or credit that names an agency by what it is: "Northline Press Agency", "Metro News Service".
AGENCY_NAME = re.compile(r"\b(news agency|press agency|agency|wire( service)?|news service|press association)$",
                         re.IGNORECASE)
# Credits at the end or in the byline: "— The Associated Press", "Reporting by ...; (Reuters)".
CREDIT = re.compile(r"(?:^|[\s(—–-])(?P<agency>" + "|".join(sorted((re.escape(a) for a in AGENCIES), key=len, reverse=True)) + r")(?:\)|\s*$)",
                    re.IGNORECASE)
