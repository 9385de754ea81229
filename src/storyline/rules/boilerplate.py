"""Lines that are page furniture, not the article: each pattern with the label a removal gets.

Patterns are matched against one stripped line (or one paragraph for captions). Keep them
conservative: a body sentence that is wrongly dropped is worse than a stray caption kept.
"""
from __future__ import annotations

import re

from .outlets import NAME_WORD

# A line that introduces another article: the line and the bare links right after it belong to it.
# "Related" in the other languages: "Noticia relacionada", "À lire aussi", "Mehr zum Thema", "Leggi
# anche", "Leia também", "Lees ook", "Czytaj też", "İlgili haberler", "Läs också", "Baca juga".
RELATED_ELSEWHERE = (r"noticias? relacionadas?|art[ií]culos? relacionados?|lea también|lee también|te puede interesar"
                     r"|(?:à )?lire (?:aussi|également)|sur le même sujet|mehr zum thema|auch interessant"
                     r"|das könnte sie auch interessieren|leggi anche|articoli correlati|potrebbe interessarti"
                     r"|leia (?:também|mais)|not[ií]cias relacionadas|veja também|saiba mais|lees ook|lees meer"
                     r"|gerelateerde artikelen|czytaj (?:też|także|również)|zobacz (?:też|także)|ilgili haberler"
                     r"|läs (?:också|mer)|relaterat|baca juga|berita terkait")
RELATED = re.compile(
    r"^\W{0,4}(related( articles?| stories| story| coverage| content| reading)?|read (more|also|next)"
    r"|see also|more on this( story)?|recommended( for you)?|most read|also read|you may also like"
    r"|further reading|trending|" + RELATED_ELSEWHERE + r")\W{0,4}\s*[:|\-–—]",
    re.IGNORECASE,
)
RELATED_HEADING = re.compile(
    r"^\W{0,4}(related( articles?| stories| coverage)?|read more|see also|more stories|more from [\w &'’.-]{1,40}|most read"
    r"|recommended( for you)?|you may also like|further reading|most (viewed|popular|shared)|trending( now)?"
    r"|les plus lus|meistgelesen|lo más leído|más leídas|più letti|meest gelezen|najczęściej czytane"
    r"|en çok okunanlar?|mais lidas|" + RELATED_ELSEWHERE + r")\W{0,4}$",
    re.IGNORECASE,
)
# Labels that name the article's own address on the next line or after a colon.
OWN_URL_LABEL = re.compile(
    r"^\W{0,3}(?:(original( (url|link|article))?|source url|url source|canonical( url)?|article url|url|permalink"
    r"|source|quelle|fuente|fonte|bron|źródło|källa|kilde|lähde)\s*:"
    r"|shared (?:from|via) [^:]{1,60}?:?)\s*(?P<url><?https?://\S+?>?)?\s*$",  # "Shared from the Post app"
    re.IGNORECASE,
)
# An item of a list of links: "1. [Headline](url) March 1, 2025", "* [Headline](url)".
LINK_ITEM = re.compile(r"^(?:\d+\.|[*+-])?\s*\[[^\]\n]+\]\([^)\n]+\)")
BARE_URL = re.compile(r"^<?(https?://\S+?)>?\.?$")
# A host name ("news.wvr.fm", "www.harbourfreight.news"); a site's address is one with its scheme or
# a slash; an address written without its scheme, as apps and print show it: "ostlereview.org/opinion/...".
_HOST = r"(?:www\.)?[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}"
HOST_NAME = re.compile(_HOST, re.IGNORECASE)
SITE_ADDRESS = re.compile(r"(?:https?://)?" + _HOST + r"/?", re.IGNORECASE)
SCHEMELESS_URL = re.compile(r"^" + _HOST + r"/\S*$", re.IGNORECASE)
PAGE_NUMBER = re.compile(r"^(page\s+)?\d{1,4}(\s*(of|/)\s*\d{1,4})?$|^[-–—]\s*\d{1,4}\s*[-–—]$", re.IGNORECASE)
# A Markdown thematic break ("---", "* * *", "___"): a divider, never text.
THEMATIC_BREAK = re.compile(r"^([-*_])(?:\s*\1){2,}$")
# A numbered entry of a list: "1. Mid-Plains grid operator's backlog tops 300 gigawatts".
LIST_ENTRY = re.compile(r"^(?P<number>\d{1,3})[.)]\s+(?P<rest>.+)$")
# An e-mail address: a writer's beside the byline, a sender's in a mail header.
EMAIL_ADDRESS = r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
# A rule of "=" signs: under a line it underlines a heading; above a block and under it, it boxes a banner.
DOUBLE_RULE = re.compile(r"^={3,}$")
BOX_LINES = 8  # lines a banner's box may hold
# Front matter: a block on the very first line fenced by "---" (YAML, which "..." may also
# close) or "+++" (TOML), every line in it a `key: value` (`key = value`), a list item or a comment.
FRONT_MATTER_FENCES: dict[str, tuple[str, ...]] = {"---": ("---", "..."), "+++": ("+++",)}
FRONT_MATTER_KEY = re.compile(r"^(?P<key>[A-Za-z_][\w-]*)\s*[:=](?:\s+|$)(?P<value>.*)$")
FRONT_MATTER_OTHER = re.compile(r"^(?:-\s|-$|#)")
MAX_FRONT_MATTER_LINES = 60
# Calls to act and sharing widgets that survive a copy-paste of a page.
WIDGET = re.compile(
    r"^(share( this( article| story)?)?( on( \w+)?)?|tweet|email|print|(comments?|kommentare|commentaires|comentarios|commenti|coment[aá]rios|reacties|kommentarer|komentarze|komentáře|yorumlar)( \(\d+\))?|subscribe( now)?"
    r"|sign up( for our newsletter)?|support (us|the \w+)|donate( now)?|advertisement|advert|anzeige|werbung|publicité|anuncio|publicidad|pubblicità|advertentie|sponsored( content)?|follow us( on \w+)?"
    r"|listen to (this )?article(\s*[·|•-]\s*\d+\s*min\w*)?|\d+ min(ute)? read|click here to \w+.*|cookie settings"
    r"|accept( all)? cookies"
    # a site's notice over a release it republishes: "PRESS RELEASE - This content was provided by the issuing
    # company via PR Newswire. It was not written or edited by ... staff."
    r"|(press release|sponsored content|paid content|partner content|advertorial|pressemitteilung|communiqué de presse"
    r"|comunicado de prensa|comunicato stampa)\s*[-–—:|]\s*this content .*"
    r"|this (content|article|release) was (provided|supplied|paid for|produced) by .*"
    r"|skip to (main )?content|back to top|subscribe to (read|continue).*|markdown content:?"
    r"|(«|<<|‹)[^|]{0,120}\|\s*(main|home|accueil|inicio|startseite)\s*\|[^|]{0,120}(»|>>|›)"  # a blog's "« Older post | Main | Newer »"
    r"|(subscribe|sign in|sign up|log ?in)\b[^.!?:]{0,40}"
    # the same skip links and account bars in the languages of NEWS_LOCALES: "Ir al contenido", "Suscríbete | Iniciar sesión"
    r"|(saltar|ir) al contenido( principal)?|aller au contenu( principal)?|zum inhalt springen|vai al contenuto"
    r"|pular para o conteúdo( principal)?|publicidade|reklama|reklam|mainos|annonse|annons|إعلان"
    r"|ir para o conteúdo|przejdź do (głównej )?treści|naar (de )?inhoud|hoppa till (huvud)?innehåll(et)?"
    r"|siirry (pää)?sisältöön|hopp til (hoved)?innhold(et)?|gå til (hoved)?indhold(et)?|i̇?çeriğe (geç|atla)"
    r"|(langsung )?ke konten( utama)?|přejít (na|k) obsah(u)?|ugrás a tartalomra|sari la conținut"
    r"|(suscr[ií]bete|iniciar sesi[oó]n|reg[ií]strate|s'abonner|abonnez-vous|se connecter|connexion|anmelden"
    r"|abonnieren|registrieren|accedi|abbonati|registrati|entrar|assine|inloggen|abonneren|logga in|prenumerera"
    r"|zaloguj( się)?|subskrybuj|giriş yap|abone ol|masuk|langganan|kirjaudu( sisään)?|tilaa|logg inn|log ind"
    r"|přihlásit( se)?|předplatné|bejelentkezés|előfizetés|autentificare|abonează-te)\b[^.!?:]{0,40}"
    r"|view (this|it|the) (e-?mail|newsletter) (in|on) (your|a|the) (web )?browser.*"
    r"|(bekijk|open) (deze|de) (e-?mail|nieuwsbrief) in (je|uw) browser.*|(diese )?e-?mail im browser (anzeigen|öffnen|ansehen).*"
    r"|voir (cet e-?mail|la version) (dans (votre|le) navigateur|en ligne).*|ver (este correo|en (el|tu) navegador).*"
    r"|visualizza (questa e-?mail )?nel (tuo )?browser.*|visa (detta )?(e-?post|mejl|nyhetsbrev) i (din )?webbläsare.*"
    r"|(\w+\s+)?document \d+ of \d+(\s*[-–—|]\s*\w+)?"  # a news database's result counter
    # its search report: "Recherche vom 05.04.2024 11:27 | Suchbegriff: ... | Treffer 3 von 17"
    r"|(recherche|suche|abfrage|export|ausdruck|search|búsqueda|ricerca|zoekopdracht)\s+(vom|am|du|de|del|of|on|van)\s+\d.*"
    r"|(dokument|treffer|résultat|resultado|risultato)\s+\d+\s+(von|sur|de|di)\s+\d+.*"
    r"|(print|main|online|late|final|city|national|weekend|early|morning) edition"
    r"|(section|length|load-date|language|publication-type|document-type|graphic|copyright|dateline|journal-code|highlight)\s*:.*"
    r"|body"
    # an archive's calendar of captures: "FEB MAR APR", "2023 2024 2025", "42 captures"
    r"|((jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+){2,}(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov"
    r"|dec)[a-z]*\.?|((19|20)\d\d\s+){2,}(19|20)\d\d|\d[\d,]* captures|about this capture|collected by"
    r"|timestamps|(organization|collection)\s*:.*)\W*$"  # a news database's "BODY" over the story; "Subscribe from 1 crown a week"
    r"|^\W*(we|this (site|website)) uses? cookies\b.*"  # a cookie notice, and a consent platform's banner:
    r"|^\W*(utilizamos|usamos|nous utilisons|ce site utilise|wir verwenden|diese website verwendet|utilizziamo"
    r"|questo sito utilizza|we gebruiken|deze website gebruikt|vi använder|vi bruger|vi bruker|käytämme"
    r"|używamy|používáme|folosim|kullanıyoruz|kami menggunakan)\b[^.]{0,40}\b(cookies?|cookie-?s|evästeitä|plików cookie"
    r"|çerez\w*)\b.*"  # the same notice in the other languages news is read in
    r"|^\W*(we value your privacy|we care about your privacy|your privacy choices|privacy preferences"
    r"|(accept all|reject all|manage options|manage preferences|more options|i accept|agree|disagree)"
    r"((\s{2,}|\s*[|·]\s*)(accept all|reject all|manage options|manage preferences|more options|i accept|agree"
    r"|disagree))+)\W*$"
    r"|.*\b(store and/or access information on a device|consent to our and our partners|we and our (\d+ )?partners"
    r"|wir und unsere (\d+ )?partner|nous et nos (\d+ )?partenaires|nosotros y nuestros (\d+ )?socios"
    r"|noi e i nostri (\d+ )?partner|wij en onze (\d+ )?partners|vi och våra (\d+ )?partner|vi og vores (\d+ )?partnere)\b.*",
    re.IGNORECASE,
)
# Paywall and log-in prompts: the capture stops here, so the article is a teaser.
PAYWALL = re.compile(
    r"\b(subscribe (now )?to (read|continue|unlock)|already a subscriber|for (our )?subscribers( only)?"
    r"|get unlimited access|unlimited digital access|log in to (read|continue)|sign in to (read|continue)"
    r"|to continue reading|this (article|story|content) is (only )?(available )?(for|to) (paying )?(subscribers|members))\b",
    re.IGNORECASE,
)
MAX_PAYWALL_CHARS = 300
# A navigation bar: a line of two or more links and nothing but separators between them.
# The site's logo as an image of its own, unlinked: "![Karadere Gazetesi](https://x/img/logo.png)"; its
# alternative text is the site's name.
# A logo's alternative text copied as text: "[Logo Gazeta do Cerrado]", "[شعار صدى الساحل]".
LOGO_TEXT = re.compile(r"^\[(?:logo(?:tipo|type|marca)?|شعار|ロゴ|로고|логотип)\s*(?:(?:de|of|do|da|du|del|von|van|di)\s+)?"
                       r"(?P<name>[^\]\n]{2,60})\]$"
                       r"|^\[(?:(?:image|img|bild|imagen|immagine|imagem|photo)\s*:\s*)?(?P<named>[^\]\n:]{2,60}?)"
                       r"\s+(?:logo|로고|ロゴ|логотип)\]$", re.IGNORECASE)  # "[한빛일보 로고]", "[Image: The Prairie Dispatch logo]"
LOGO_IMAGE = re.compile(r"^!\[(?P<name>[^\]\n]+)\]\((?P<src>[^)\s]*logo[^)\s]*)(?:\s+\"[^\"]*\")?\)$", re.IGNORECASE)
NAV_LINK = re.compile(r"\[(?:!\[[^\]\n]*\]\([^)\n]*\)|[^\]\n]*)\]\([^)\n]*\)")  # [text](url), [![logo](img)](url)
# Between the parts of a header line: "ISLAND GAZETTE | Transport", "THE COURIER   4   Tuesday, 5 May 2026",
# an arrow or a shape standing as an icon: "LISTEN LIVE ▶ News".
HEADER_SEPARATOR = re.compile(r"\s+(?:[|•·—–>»›\u2190-\u21ff\u25a0-\u25ff-]|--)\s+|\s{3,}|\t+|(?<=[\w.)])\|(?=\w)")  # "CST|Updated": a browser pastes no spaces
PAGE_LABEL = re.compile(r"\b(?:page|pp?\.|seite|s\.|página|pág\.|pagina|pag\.|blz\.|str\.|sida)\s*\d+\b",
                        re.IGNORECASE)  # "Page 4" in a running head, "S. 9" in a clipping's source line
SITE_LINK = re.compile(r"\[[^\]\n]+\]\(https?://[^/\s)]+/?(?:\s+\"[^\"]*\")?\)")  # a link to a site's home page
# Breadcrumbs: "[Home](/) > [Local](/local) > Water"
BREADCRUMB = re.compile(r"^(?:\[[^\]\n]+\]\([^)\n]*\)\s*[>»›/]\s*){2,}[^\[\]()]{0,60}$"
                        r"|^(?i:home|start|startseite|inicio|início|accueil|home ?page)\s[>»›]\s(?:[^>»›\n]{1,30}\s[>»›]\s)*"
                        r"[^>»›\n]{1,40}$")  # copied as text from the home page on: "Home > Newsroom > Press releases"
# ... or from a section on, with no name of the site's in it (`normalize.lines` asks): "Nông nghiệp › Chuyển đổi cơ cấu"
TEXT_CRUMBS = re.compile(r"^[^>»›\n.!?:]{1,30}(?:\s[>›]\s[^>»›\n.!?:]{1,30})+$")
# A site's language switch: "EN | DE", "FR · EN · NL".
LANGUAGE_SWITCH = re.compile(r"^(?:[A-Z]{2}\s*[|/·•]\s*)+[A-Z]{2}$")
# The header fields of an e-mail (a newsletter saved as text), except Date, a date line.
MAIL_HEADER = re.compile(r"^(from|to|cc|bcc|reply-to|subject|sender|sent|list-unsubscribe|list-id|message-id|mime-version"
                         r"|content-type|x-[\w-]+):\s", re.IGNORECASE)
# The same header fields in the other languages mail is read in ("Da:", "Oggetto:", "Betreff:", "Asunto:"),
# furniture only where a subject field stands among them: "A:" alone may be an interview's answer.
MAIL_FIELD = re.compile(r"^(da|a|oggetto|inviato|von|an|betreff|gesendet|de|à|objet|envoyé|para|asunto|enviado|van|aan"
                        r"|onderwerp|verzonden|assunto|enviada|från|till|ämne|skickat|od|do|temat|wysłano"
                        r"|saatja|saaja|teema|kuupäev) ?:\s", re.IGNORECASE)
# When a message was sent: "Sent: Thursday, May 11, 2023 6:30 AM", "Gesendet: ...", "Envoyé : ...".
MAIL_SENT_FIELD = re.compile(r"^(?:sent|date|gesendet|datum|envoyé|date d'envoi|enviado|fecha|inviato|verzonden|skickat"
                             r"|wysłano|enviada) ?:\s*(?P<date>.+)$", re.IGNORECASE)
MAIL_SUBJECT_FIELD = re.compile(r"^(subject|oggetto|betreff|objet|asunto|onderwerp|assunto|ämne|temat|teema) ?:\s",
                                re.IGNORECASE)
# A browser's print header: the moment of printing, a wide gap, the page's title ("11/5/25, 5:02 AM     Water rates ...").
PRINT_STAMP = re.compile(r"^\d{1,4}(?:[/-]|\. ?)\d{1,2}(?:[/-]|\. ?)\d{2,4},?\s+\d{1,2}[:.]\d{2}(?:\s*[AaPp]\.?[Mm]\.?)?\s{3,}(?=\S)")
# A reading app's note about the copy it holds: "Exportado desde Lectura Tranquila · Etiquetas: ...",
# "Saved to Stash · Read later", "Clipped with MarkSave", "Sent from my phone".
APP_NOTE = re.compile(r"^\W{0,3}(?:exported|saved|clipped|shared|sent|exportado|exporté|exportiert|guardado|enregistré"
                      r"|gespeichert|salvato|opgeslagen|sparad|gemt|lagret|zapisano|compartido|partagé|geteilt|condiviso"
                      r"|gedeeld|enviado|envoyé|gesendet|inviato)\s+(?:from|to|with|via|in|into|desde|depuis|aus|von|mit"
                      r"|dans|avec|en|con|da|met|i|med|w|z|de)\s+\S", re.IGNORECASE)
# The sender's field of a message's header, in the languages above ("De : La Gazette <lettre@gazette.example>"):
# a newsletter's address is its paper's site.
MAIL_SENDER = re.compile(r"^(?:from|sender|da|von|de|van|från|fra|od|remitente) ?:\s*[\"']?(?P<name>[^<\"@]+?)[\"']?\s*<[^>@]+@",
                         re.IGNORECASE)  # the sender's name: "From: Morning Brief – Harrow Valley Times <news@...>"
MAIL_FROM_FIELD = re.compile(r"^(?:from|sender|da|von|de|van|från|fra|od|remitente) ?:\s.*?[\w.+-]+@(?P<host>[\w-]+(?:\.[\w-]+)+)",
                             re.IGNORECASE)
MAIL_HEADER_LINES = 12  # where a message's header fields stand: its first lines
# The title line of a press review, the clippings an organisation gathers from several papers:
# "PRESSESPIEGEL – Stadtwerke ...", "Revue de presse du 12 mai", "Press clippings: ...".
PRESS_REVIEW = re.compile(r"^\W{0,3}(?:press(?:e)?spiegel|press review|press clippings?|media review|media monitoring report"
                          r"|revue de presse|rassegna stampa|revista de prensa|resumen de prensa|persoverzicht"
                          r"|knipselkrant|pressklipp|przegląd prasy)\b", re.IGNORECASE)
# Where a forwarded e-mail's own message begins: everything above it is the forwarder's.
FORWARDED = re.compile(r"^[-\s]*(?:-+\s*forwarded message\s*-+|begin forwarded message:?|-+\s*original message\s*-+"
                       r"|-+\s*message transféré\s*-+|-+\s*weitergeleitete nachricht\s*-+"
                       r"|-+\s*(?:mensaje reenviado|messaggio inoltrato|mensagem encaminhada|doorgestuurd bericht"
                       r"|vidarebefordrat meddelande|videresendt meddelelse|videresendt melding|välitetty viesti"
                       r"|przekazana wiadomość|přeposlaná zpráva|preposlaná správa|edasisaadetud kiri|mesaj redirecționat"
                       r"|továbbított üzenet|i̇letilen ileti|iletilen ileti|pesan yang diteruskan)\s*-+)\s*$", re.IGNORECASE)
MAX_FORWARD_NOTE_LINES = 40
# One message of a chat export, its stamp and sender before the words: "14/04/2025, 08:03 - Pat
# Hennessey: ...", "[14.04.25, 08:03:12] Pat: ...": the moment it was sent, not the day an article
# pasted into the chat appeared.
CHAT_STAMP = re.compile(r"^\[?\d{1,4}[./-]\d{1,2}[./-]\d{2,4},?\s+\d{1,2}[:.]\d{2}(?:[:.]\d{2})?(?:\s*[AaPp]\.?[Mm]\.?)?"
                        r"(?:\]\s*|\s+[-–]\s+)")
CHAT_MESSAGE = re.compile(CHAT_STAMP.pattern + r"[^:\n]{1,60}?:\s")
MIN_CHAT_MESSAGES = 2  # then the log's other stamped lines ("... - Pat created group") are the app's
# A plain-text menu bar: "News | Business | Money | Sport", "News Politics Business Sport Culture".
NAV_BAR_PARTS = re.compile(r"\s*[|•·]\s*|\s{2,}")
MIN_NAV_PARTS = 4  # a bar of fewer parts is a masthead beside its section ("THE COURIER | Politics")
MAX_NAV_PART_WORDS = 3
NAV_SECTION_SHARE = 0.6  # share of a bar's words that are section names
MENU_WORDS = frozenset("home more menu search puzzles games podcasts video videos newsletters topics".split())
NAV_REST = re.compile(r"^[\s|•·/>»›<«‹–—*+-]*$")

# Photo credits that end a caption: "Kremlin.ru", "[Kremlin.ru](...)", "Photo: ...", "REUTERS/Name".
CREDIT_TAIL = re.compile(
    r"(\[[\w .-]+\.[a-z]{2,6}\]\([^)]*\)"
    r"|\b[A-Z][\w-]*\.[a-z]{2,6}"
    r"|\((photo|image|picture|video|foto)[^)]*\)"
    r"|\([^()]{1,40}\b(photo|image|picture|foto)\)"  # "(WNCY photo)"
    r"|\b(photo|image|picture|credit|foto)s?( by)?\s*:\s*[^.]{2,60}"
    r"|\b(photo|image|picture|foto)s? courtesy of [^.]{2,60}"
    r"|\b(getty images|afp|reuters|ap photo|epa|tass|sputnik|anadolu)(/[\w .]+)?"
    r"|©\s*[^.]{2,60})\s*$",
    re.IGNORECASE,
)
# Wire-photo caption: "Country - What the picture shows, Place, Month D, YYYY."
DATED_CAPTION = re.compile(
    r"^[A-Z][\w .'-]{1,40} [-–—] .{10,400}, (\w+\.? \d{1,2}, \d{4}|\d{1,2} \w+\.? \d{4})\.?$"
)
# Longest line that may be a caption judged by its credit alone.
MAX_CAPTION_CHARS = 400

# A copyright line at the foot of a page names its publisher: "© 2019 The Courier. All rights reserved."
_NAME_WORD = r"[A-Z][\w&'’-]*(?:\.\w+)*"  # "Courier", "Kremlin.ru"; a full stop after a word ends the name
# What a copyright line's "holder" is when the line is a notice, not a credit: "COPYRIGHT AND PROTECTED BY ...".
COPYRIGHT_NOTICE = re.compile(r"(?:and|all|by)\b", re.IGNORECASE)
COPYRIGHT = re.compile(
    r"^\W{0,3}(?:(?:©|\((?i:c)\))(?:\s*(?i:copyright))?|(?i:copyright)(?:\s+(?:©|\((?i:c)\)))?)\s*"
    r"(?:(?P<since>\d{4})(?:\s*[-–]\s*(?P<until>\d{4}))?\s*,?\s*)?"
    r"(?P<name>" + _NAME_WORD + r"(?:\s+(?:" + _NAME_WORD + r"|of|the|and|&|de|la|du|der|die|des|do|da|dos|das|del|della|di|el|le|il|van|von|het)){0,5})"
    r"(?:\s+(?P<year>\d{4}))?"  # "© Brennhafener Abendpost 2022"
    r"(?:\s*(?:[.,;|(]|\s[-–—]\s|(?i:all rights)|$)).*$",
)
# Link texts of a navigation bar that are not a site's name.
GENERIC_NAV = re.compile(r"^(home( ?page)?|front ?page|start|main|index|top|menu|skip.*|news|latest"
                         # the home page in the languages sites are read in: "Início", "Ana Sayfa", "Etusivu"
                         r"|in[ií]cio|portada|accueil|startseite|start ?seite|startpagina|voorpagina|hem|forside"
                         r"|hjem|etusivu(?:lle|un)?|strona g[łl][óo]wna|[úu]vod|hlavn[íi] strana|f[őo]oldal|ana ?sayfa"
                         r"|pagina iniziale|p[áa]gina inicial|prima pagina|acas[ăa]|startsida(?:n)?"
                         # and the way back to it: "Back to the homepage", "Zur Startseite", "Etusivulle"
                         r"|(?:(?:go |back |return )?to the |back to |zur(?:ück zur)? |retour à l'|torna alla |vai alla "
                         r"|volver a (?:la )?|naar (?:de )?|till(?:baka till)? )(?:home ?page|front ?page|home|startseite"
                         r"|accueil|portada|voorpagina|startsidan))$", re.IGNORECASE)
# A byline: "By Ida Renn", "Reporting by ...".
BYLINE_WORDS = (r"(?i:by:?|written by|reporting by|words by|author:|autor:|auteur:|autore:|byline:|par|von|por|di|door"
                r"|autor|författare:|skrivet av|av|per|deur|af|piše:|avtor:|autorka:"
                r"|redacción|redaktion|rédaction|redazione|redactie|redação)")  # en fr de es it nl pt pl sv ca af da hr sl; a newsroom
# A byline that credits the paper's newsroom: "Door redactie Omroep Veenland", "Von der Redaktion Nordmark Kurier".
NEWSROOM = r"(?i:(?:the|der|la|el|il|de)\s+)?(?i:redactie|redaktion|rédaction|redazione|redacción|redação|newsroom)" \
    r"\s+(?i:(?:van|de|du|der|des|of|di|del|della|do|da)\s+)?"
BYLINE = re.compile(r"^\W{0,3}" + BYLINE_WORDS + r"\s+(?:" + NEWSROOM + r")?[*_\[]*[A-ZÀ-Þ]"  # "by: [Kendra Malloy](...)"
                    # Romanian "de Ioana Mureșan, corespondent ...": "de" before a whole name only ("de Madrid sacude"),
                    # and none a paper is named with (Dutch "de Tesselse Courant")
                    r"|^\W{0,3}de\s+(?![^,\n]*(?i:" + NAME_WORD.pattern + r"))[A-ZÀ-Þ][^\W\d_]+(?:[ -][A-ZÀ-Þ][^\W\d_]*\.?){1,2}\s*(?:,|$)")
NEWSROOM_BYLINE = re.compile(r"^\W{0,3}" + BYLINE_WORDS + r"\s+" + NEWSROOM + r"(?P<outlet>[A-ZÀ-Þ][\w&'’.-]*"
                             r"(?:\s+(?:(?:de|du|des|del|della|di|van|von|of|the|la|le)\s+)?[A-ZÀ-Þ][\w&'’.-]*){0,4})\s*$")
# What marks a press release under its issuer's name: the issuer is named above it, the headline below.
PRESS_MARKER = re.compile(r"^\W{0,3}(?:press release|press office|news release|media release|press statement"
                          r"|for immediate release|communiqué de presse|pressemitteilung|comunicado de prensa"
                          r"|comunicato stampa|persbericht|release no\.?\s*[\d/.-]+)\W{0,3}$", re.IGNORECASE)
PRESS_MARKER_LINES = 8  # non-blank lines from the top in which a press release's marker stands

# A screen reader's transcript of a page (NVDA, VoiceOver, JAWS and their translations) speaks each
# element's role before its text: "heading level 1, ...", "link, ...", "Encabezado de nivel 1: ...",
# "Enlace: ...", "image, ...". The role is furniture; the text after it is what the page shows.
SCREEN_READER_ROLE = re.compile(
    r"^(?:(?P<heading>heading level|encabezado de nivel|titre de niveau|überschrift ebene|intestazione livello"
    r"|título nível|kop niveau)\s*(?P<level>[1-6])"
    r"|(?P<role>visited link|link|enlace|lien|collegamento|image|imagen|imagem|immagine|afbeelding|grafik|graphic"
    r"|button|botón|bouton|schalter|pulsante|botão|knop|contenido informativo|contentinfo))\s*[,:]\s*(?=\S)",
    re.IGNORECASE,
)
IMAGE_ROLES = frozenset({"image", "imagen", "imagem", "immagine", "afbeelding", "grafik", "graphic"})
LINK_ROLES = frozenset({"visited link", "link", "enlace", "lien", "collegamento"})
# Lines that are only the reader's announcements: landmarks, lists and their ends, skip links.
SCREEN_READER_MARK = re.compile(
    r"^(?:(?:banner|navigation|main|contentinfo|complementary|search|form) landmark(?:,\s*\d+ items?)?"
    r"|list,?\s*\d+ items?|out of list|end of list|list end|fin de la lista|fin de liste|listenende|fine elenco"
    r"|lista,?\s*\d+ elementos|liste de \d+ éléments|liste mit \d+ einträgen"
    r"|(?:saltar|ir) al contenido(?: principal)?|skip to (?:main )?content|aller au contenu(?: principal)?"
    r"|zum inhalt springen|vai al contenuto|(?:botón|button|bouton|schalter):\s*\w+)$",
    re.IGNORECASE,
)
SCREEN_READER_LIST = re.compile(r"^(?:lista|list|liste|elenco)\s*:\s*(?=\S)", re.IGNORECASE)  # "Lista: Noticias relacionadas"
# A link to the home page, by its logo or its words: "The National Chronicle, home", "Logotipo de El
# Heraldo de Castralba, ir a la portada": the site's name.
HOME_LINK = re.compile(
    r"^(?:(?P<logo>logo(?:tipo)?|logo of)\s+(?:(?:de|of|von|di|du|van)\s+)?)?(?P<name>.+?)"
    r"(?P<home>(?:,|\s+[-–—|])\s*(?:home(?: ?page)?|go to (?:the )?home ?page|back to (?:the )?home(?: ?page)?|ir a la portada|portada|inicio|página de inicio"
    r"|accueil|retour à l'accueil|startseite|zur startseite|homepage|página inicial|ir para a página inicial))?$",
    re.IGNORECASE,
)
MIN_SCREEN_READER_LINES = 3
