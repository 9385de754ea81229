"""Outlet names for web domains, where the domain is not the name readers know.

A small gazetteer of widely cited outlets; any other domain stands for itself ("example.org").
"""
import re

OUTLETS = {
    "rferl.org": "Radio Free Europe/Radio Liberty", "reuters.com": "Reuters", "apnews.com": "AP",
    "afp.com": "AFP", "bbc.co.uk": "BBC", "bbc.com": "BBC", "nytimes.com": "The New York Times",
    "washingtonpost.com": "The Washington Post", "theguardian.com": "The Guardian",
    "ft.com": "Financial Times", "wsj.com": "The Wall Street Journal", "economist.com": "The Economist",
    "aljazeera.com": "Al Jazeera", "dw.com": "Deutsche Welle", "france24.com": "France 24",
    "lemonde.fr": "Le Monde", "spiegel.de": "Der Spiegel", "cnn.com": "CNN", "bloomberg.com": "Bloomberg",
    "politico.eu": "Politico Europe", "politico.com": "Politico", "eurasianet.org": "Eurasianet",
    "tass.com": "TASS", "tass.ru": "TASS", "interfax.ru": "Interfax",
    "euronews.com": "Euronews", "npr.org": "NPR", "abcnews.go.com": "ABC News",
    "cbsnews.com": "CBS News", "nbcnews.com": "NBC News", "foxnews.com": "Fox News", "usatoday.com": "USA Today",
    "latimes.com": "Los Angeles Times", "independent.co.uk": "The Independent", "telegraph.co.uk": "The Telegraph",
}

# The words English-language outlets are named with: "Ardesh Public Radio", "The Valley Courier".
# A byline's last part ending in one of them is the writer's outlet, not a second writer.
OUTLET_WORD = (r"(radio|news|times|post|herald|gazette|courier|journal|press|agency|tv|television|daily|weekly"
               r"|review|tribune|chronicle|ledger|standard|observer|monitor|service|network|broadcasting|media"
               r"|magazine|telegraph|mail|express|examiner|dispatch|bulletin|record|sentinel|star|sun|globe"
               r"|wire|report|online|today)")

# Section names a header block shows beside (or instead of) the paper's name: never the paper's name.
SECTIONS = frozenset("""news world politics business economy markets money finance opinion comment analysis editorial
letters features sport sports culture arts science health environment climate technology tech local national
regional international europe africa asia americas uk us home nation region city crime courts justice education
transport travel weather lifestyle life society entertainment media investigations explainer breaking live latest
exclusive interview obituaries obituary property energy agriculture farming water politik wirtschaft kultur lokales
welt meinung monde société économie culture sociedad economía mundo política cronaca esteri economia
noticias notícias nachrichten actualités actualites notizie nieuws regio regionaal binnenland buitenland comarca
deportes desporto nacional internacional locales comunidad région politique inland ausland panorama
alert alerts newsletter briefing update updates top story stories une à transports binnenland lokales
leestijd uitgelicht destacado destacados destaque destaques evidenza fokus aufmacher vedette gündem kiemelt
zprávy domov uutiset kotimaa""".split())
# A reader app's or aggregator's credit of the site it took a story from: "via The Ostle Review".
# A messenger's forward of a channel's post names the channel the same way: "[Forwarded from Sitavanam Today ✅]".
VIA_CREDIT = re.compile(r"^\W{0,3}(?:v[ií]a|(?i:forwarded from|weitergeleitet von|transféré de|reenviado de|inoltrato da"
                        r"|encaminhad[ao] de|doorgestuurd van))\s+(?P<name>[A-Z0-9][^\]\n]{1,60}?)[\s\W]*$")
# A label that names the paper: "Source: Island Gazette", "Publication: ...".
# The same labels in the languages clipping services and monitoring exports are written in: "Zdroj:",
# "Źródło:", "Källa:", "Kaynak:", "Forrás:", "Publicación:", "Medium:".
NAME_LABEL = re.compile(r"^\W{0,3}(?:(?:source|publication|publisher|outlet|newspaper|paper|media outlet|site|journal)"
                        r"(?:\s+(?:title|name))?|quelle|zeitung|medium|medio|fuente|fonte|bron|krant|tidning|testata"
                        r"|zdroj|źródło|zrodlo|kaynak|källa|kilde|lähde|forrás|sursa|izvor|publikation|publicaci[oó]n"
                        r"|publica[cç][aã]o|pubblicazione|publicatie|titre de presse|filed (?:to|under|in)"
                        r"|tytuł prasowy|tytuł publikacji|název periodika|titul|titolo testata|nombre del medio)"
                        r"\s*:\s*", re.IGNORECASE)
# A label that names the headline, in the same languages: "Title:", "Titulek:", "Titel:", "Tytuł:" (not
# "Rubrik:", a headline in Swedish but a section in German).
TITLE_LABEL = re.compile(r"^(?:title|headline|hed|titulek|nadpis|titel|titre|t[ií]tulo|titolo|titular|titulares|tytuł|tytul|kop|kopregel"
                         r"|otsikko|overskrift|başlık|baslik|cím|titlu|naslov) ?:\s*(?=\S)", re.IGNORECASE)

# Paper words the Germanic languages write compounded with a place ("Elbkurier", "Wijkkrant").
COMPOUND_ENDS = ("blatt", "zeitung", "kurier", "bote", "anzeiger", "rundschau", "nachrichten", "krant", "bode", "blad",
                 "koerier", "courant", "tidning", "tidningen", "bladet", "posten", "avisen", "lehti", "sanomat")
# The same words in the other languages news is collected in, and a few in English that name a
# paper but end no byline: a name in the header block holding one of them is the paper's name.
NAME_WORD = re.compile(r"\b(" + OUTLET_WORD[1:-1] + r"|zeitung|kurier|nachrichten|rundschau|tagblatt|anzeiger|presse"
                       r"|bote|spiegel|journal|gazzetta|corriere|giornale|di[aá]rio|peri[oó]dico|noticias|not[ií]cias"
                       r"|jornal|folha|courrier|d[ée]p[êe]che|nouvelles|quotidien|krant|dagblad|nieuws|vedomosti"
                       r"|gazeta|novosti|radio|tv|post|times|daily|world|inquirer|advertiser|leader|voice|register"
                       r"|argus|clarion|beacon|pioneer|tidings|messenger|courant|citizen|guardian|independent"
                       r"|packet|mercury|[eé]cho|informer|digest|insider|bureau|wire|voce|eco"
                       r"|heraldo|gaceta|correo|prensa|cr[oó]nica|tribuna|dziennik|kurier|nowiny|tidning|tidningen"
                       r"|allehanda|avis|avisen|posten|bladet|sanomat|lehti"
                       # Czech, Slovak, Romanian, Turkish: "Lidové noviny", "Monitorul de Cluj", "Karadere Postası"
                       r"|noviny|ve[čc]ern[ií]k|den[ií]k|denn[ií]k|listy|zpravodaj|spravodaj|monitorul|ziarul|jurnalul"
                       r"|gazetesi|postas[ıi]|haberleri|h[ií]rlap|napl[óo]|[úu]js[áa]g|h[ií]rek"  # Hungarian: "Dunavölgyi Hírlap"
                       # Vietnamese, Greek, Swahili, Afrikaans, Slovene, Croatian: "Báo Đồng Bằng Mới", "Ηπειρωτικός Ταχυδρόμος"
                       r"|báo|ταχυδρόμος|εφημερίδα|καθημερινή|ειδήσεις|gazeti|mwananchi|koerant|dnevnik|vjesnik|večernji"
                       r"|vandaag|heute|hoy|oggi|hoje|idag|dzisiaj|bugün"  # "Today" as papers are named: "Kassenbouw Vandaag"
                       # broadcasters: "Omroep Veenland", "Rundfunk Nordmark", "Télévision du Valbrun", "Radio X FM"
                       r"|omroep|rundfunk|fernsehen|t[ée]l[ée]vision|televisi[oó]n|televisione|televis[aã]o|telewizja"
                       r"|rádio|radiotelevisione|fm"
                       # compounds of the Germanic languages: "Tageblatt", "Abendzeitung", "Heimatbote", "Wijkkrant"
                       r"|[^\W\d_]+(?:" + "|".join(COMPOUND_ENDS) + r"|post))\b",
                       re.IGNORECASE)
# A line that names who published the article, and often when: "Published by the Valley Ledger on
# 4 May 2026", "Publié par La Gazette du Val-Brun le 14 mai 2026 à 07h30".
PUBLISHED_BY = re.compile(
    r"^\W{0,3}(?:published (?:by|in)|publi[ée]e? (?:par|dans)|publicad[oa] (?:por|en)|ver[öo]ffentlicht (?:von|in)"
    r"|erschienen in|pubblicato (?:da|su|in)|gepubliceerd (?:door|in)|opublikowan[ya] (?:przez|w)"
    r"|publicerad (?:av|i)|publisert (?:av|i)|udgivet af"
    # a paper's product: "A podcast from The Wandoona Daily", "Ein Newsletter der Kalmtaler Zeitung"
    r"|(?:an?|un[ae]?|ein[e]?|een|um[a]?)\s+(?:podcast|newsletter|video series|series|show|blog|supplement|série|serie"
    r"|infolettre|lettre)\s+(?:from|by|of|de|de la|du|des|di|del|della|dello|von|der|des|van|do|da|dos|das))"
    r"\s+(?P<name>[^|·•]+?)"
    r"(?:,?\s+(?:on|le|el|am|il|em|op|w dniu|den|dnia)\s+(?P<date>[^|·•]*\d[^|·•]*?))?\s*(?:[|·•].*)?$",
    re.IGNORECASE)
# A republished story's credit of where it first ran: "This story was originally published by the
# Cedar Hollow Sentinel on April 2, 2026, and is republished here with permission."
REPUBLISHED = re.compile(
    r"(?:\b(?i:this|the)\s+(?i:story|article|piece|report|column|interview)\s+(?i:was|is|first\s+appeared)\s*"
    r"(?i:originally|first)?\s*(?i:re)?(?i:published|appeared)?\s+(?i:by|in|on|from)"
    # the same credit in the other languages news is collected in
    r"|(?i:denna|den här)\s+(?i:artikel|artikeln|text)\s+(?i:publicerades)\s+(?i:ursprungligen|först)\s+(?i:av|i)"
    r"|(?i:dieser|der)\s+(?i:artikel|beitrag|text)\s+(?i:ist|erschien)\s+(?i:zuerst|ursprünglich)\s+"
    r"(?:(?i:erschienen)\s+)?(?i:bei|in|im)"
    r"|(?i:cet|l')\s*(?i:article)\s+a\s+(?:(?i:d'abord|initialement)\s+)?(?i:été)\s+(?i:publié)"
    r"(?:\s+(?i:initialement|d'abord))?\s+(?i:par|dans)"
    r"|(?i:este|el)\s+(?i:artículo|texto)\s+(?i:fue|se)\s+(?i:publicado|publicó)\s+(?i:originalmente|primero)\s+"
    r"(?i:por|en)"
    r"|(?i:questo|l')\s*(?i:articolo)\s+(?i:è)\s+(?i:stato)\s+(?i:pubblicato)\s+"
    r"(?i:originariamente|originalmente|per la prima volta)\s+(?i:da|su)"
    r"|(?i:dit)\s+(?i:artikel|stuk)\s+(?i:verscheen|is)\s+(?i:eerder|oorspronkelijk|eerst)\s+"
    r"(?:(?i:gepubliceerd)\s+)?(?i:in|bij|door)"
    r"|(?i:este)\s+(?i:artigo|texto)\s+(?i:foi)\s+(?i:publicado)\s+(?i:originalmente)\s+(?i:por|em|no|na)"
    r")\s+(?:(?i:the)\s+)?"
    r"(?P<name>[A-Z][\w&'’.-]*(?:\s+(?:of\s+|the\s+|de\s+|del\s+|di\s+)?[A-Z][\w&'’-]*){0,5})"
    r"(?:\s+(?i:on|den|am|le|el|il|op|em)\s+(?P<date>[^;()]{3,30}?(?:19|20)\d\d))?")
# Words before a link to the story as it first ran, on a republished copy: "Read the original article,
# first published April 5, 2024: https://...": that address is the first publisher's, not the copy's.
ORIGINAL_LINK = re.compile(r"(?:original\s+(?:article|story|version|post)|first\s+published|originally\s+published"
                           r"|republished\s+from|article\s+original|artículo\s+original|originalartikel"
                           r"|zuerst\s+erschienen)[^\n]{0,120}$", re.IGNORECASE)
# A logo's or home link's words after the site's name: "Kestelaer Rundschau – Logo", "Northgate Tribune home".
LOGO_SUFFIX = re.compile(r"\s*(?:[-–—|:]\s*)?\b(?:(?:back to|go to|return to|zurück zur|zur|retour à l['’]|volver a la"
                         r"|ir a la|torna alla|terug naar)\s+)?(?:the\s+)?(?:logo|home ?page|home|startseite|accueil|inicio"
                         r"|homepage|portada)\s*$",
                         re.IGNORECASE)
# The same word before the name: "Logo Dagblad van de Kempen", "Logotipo de El Correo".
LOGO_PREFIX = re.compile(r"^logo(?:tipo|type)?\s+(?:(?:de|del|di|of|van|von)\s+)?(?=\S)", re.IGNORECASE)
# A company's legal form and publishing words after a publisher's name, any number of them.
COMPANY_FORM = re.compile(r"(?:[,\s]+(?:&\s*co\.?(?:\s*kg)?|&|kg|ltd|limited|inc|llc|plc|gmbh|ag|s\.?a|a/s|ab|oy|b\.?v"
                          r"|n\.?v|pty|co|s\.?l|s\.?r\.?l|s\.?p\.?a|verlag|verlagsgesellschaft|publishing|publishers"
                          r"|tbk|a\.ş|sdn\.?\s*bhd|s\.r\.o|kft|zrt|sp\.\s*z\s*o\.o|oü|asa|aps|cic|lda|ltda|sarl|sas|e\.\s?v)\.?)+$",
                          re.IGNORECASE)
# A company form that opens the name: Indonesian "PT Lembayung Media Nusantara", "CV ...", Russian "ООО ...".
COMPANY_PREFIX = re.compile(r"^(?:PT|CV|OOO|ООО|АО|ПАО|JSC)\s+\S")
# The note that ends a column or a guest piece: "Maud Pellew writes every Thursday for the Saltmarsh
# Herald.", "Ida Renn is the Courier's harbour reporter." is not one (no paper after "for").
WRITER_NOTE = re.compile(r"(?P<writer>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,3})\s+(?:writes|is\s+(?:a|an|the)\s[^.]{1,60}?)"
                         r"(?:\s+[^.]{1,40}?)?\s+(?:for|at)\s+(?P<outlet>(?:the\s+)?[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,4})\.?")

# A writer's role after the name, as a byline gives it: "Oswin Harcastle, City Editor", "Ana Ruiz,
# corresponsal en Bruselas". A line of that shape names the writer, never the paper.
WRITER_ROLE = re.compile(
    r"^[^,]{3,60},\s*(?:[\w'’-]+\s+){0,3}(?:editor|correspondent|reporter(?:in)?|writer|columnist|contributor"
    r"|journalist|critic|bureau chief|redakteur(?:in)?|korrespondent(?:in)?|rédact(?:eur|rice)|journaliste"
    r"|envoyée? spéciale?|corresponsal|redactora?|periodista|giornalista|inviat[oa]|redacteur|verslaggever"
    r"|correspondente|jornalista|repórter)s?\b(?:\s+(?:in|at|en|à|em|a|for)\s+[^,]{1,40})?$",
    re.IGNORECASE)

# News databases, archives, readers and platforms that carry papers' articles: a name of theirs, or a
# line that holds one, names no outlet ("PressReader.com - Digital Newspaper & Magazine Subscriptions",
# "Report Information from ProQuest", "Internet Archive").
VENDORS = re.compile(r"\b(?:proquest|pressreader|press ?display|factiva|lexis ?nexis|nexis(?: uni)?|gopress|retriever"
                     r"|europresse|newsbank|genios|infomedia|atekst|mediearkivet|newspapers\.com|newspaperarchive"
                     r"|internet archive|wayback machine|archive\.(?:today|ph|is)|google news|apple news|flipboard"
                     r"|feedly|inoreader|pocket|readwise|instapaper|newsbreak|smartnews|msn"
                     # a media-monitoring or clipping service, by what it does: "Argus Monitoring Mediów"
                     r"|(?:media|medi[oó]w|medien)\s+monitoring|monitoring\s+(?:medi[oó]w|des médias|de medios)"
                     r"|medienbeobachtung|media intelligence|press clippings?|clipping service)\b", re.IGNORECASE)
# A page title with the site's name appended, as a browser's tab shows it: "Plant approved | Calder Herald".
SITE_SUFFIX = re.compile(r"^(?P<head>.+?)\s+[|–—-]\s+(?P<site>[^|–—]{2,60})$")
# The site's name before a page title: "Calder Herald – Plant approved".
SITE_PREFIX = re.compile(r"^(?P<site>[^|–—:]{2,60}?)\s*(?:\s[|–—-]|:)\s+(?P<head>.+)$")
