import os
import runpy, json, os
HERE = os.path.dirname(os.path.abspath(__file__))
g = runpy.run_path(os.path.join(HERE, 'make.py'))
A = []
def add(i, file, title, outlet, url, pub, note):
    A.append({"id": i, "file": file, "title": title, "outlet": outlet, "url": url, "published": pub, "note": note})
add("h01","courier_nine-dead-ossel-funicular.md",g['H01_TITLE'],"The Talvo Courier",
    "https://www.talvocourier.lr/news/2019/03/03/nine-dead-ossel-funicular-varnholt","2019-03-03",
    "markdown web scrape; byline 'March 3, 2019, 07:45' and the Canonical URL /2019/03/03/. Traps: body 'on Saturday' = accident day 2019-03-02 (not publication); photo caption of a 2016 archive photo (August 12, 2016); Related article URL /2018/11/20/ and Read more URL /2019/02/25/; share links repeat the own URL; 'in November', 'until Tuesday'.")
add("h02","rln_funicular_crash_breaking.txt",g['H02_TITLE'],"Radio Lorvania",None,"2019-03-02",
    "plain txt, date line 'Saturday 2 March 2019'; masthead 'RADIO LORVANIA | News'. Traps: 'last week', 'in November'. Same event as h01 (different article, shared Strand quote) - not a duplicate.")
add("h03","lorvaniatoday_ossel_interim_report.html",g['H03_TITLE'],"Lorvania Today",g['H03_URL'],"2020-06-16",
    "HTML; JSON-LD NewsArticle datePublished 2020-06-16, canonical link with /2020/06/16/; Northline wire dateline 'VARNHOLT, June 16 (Northline)'. Traps: figcaption dated March 3, 2019; Related stories with 2019-03-03, 2019-09-02, 2020-03-02; body 'Feb. 6, 2019' log entry and 'March 2, 2019' accident; JSON-LD author is the agency, publisher is Lorvania Today.")
add("h04","meridian_brake_pressure_lowered.txt",g['H04_TITLE'],"The Meridian Ledger",None,"2020-06-17",
    "plain txt, date line '17.06.2020' (DD.MM.YYYY) under masthead 'THE MERIDIAN LEDGER'; republished Northline wire with a different headline and an extra final paragraph ('on Wednesday' = 17 June). Trap: wire dateline 'June 16' is the day of the report, not this outlet's publication; 'Feb. 6, 2019', 'March 2, 2019' in body. Footer '(c) 2020 The Meridian Ledger'.")
add("h05","courier_families_react.txt",g['H05_TITLE'],"The Talvo Courier",None,"2020-06-16",
    "cp1252-encoded txt with CRLF, curly quotes and em dashes; date line 'Tuesday, 16 June 2020 | 18:20'. Traps: 'last Thursday' briefing, 'the March 2, 2019 accident', 'November 2018', 'last year'. Same event as h03/h04 with shared Haskova quote - different article, not a duplicate.")
add("h06","evening-post_four-charged.md",g['H06_TITLE'],"Varnholt Evening Post",
    "https://www.varnholtpost.lr/news/four-charged-over-ossel-funicular-disaster","2021-10-07",
    "markdown scrape; date line 'Oct. 7, 2021 · 5 min read · By Ida Renn'; own URL in 'Original URL:' footer (no date in it). Traps: photo caption 'March 9, 2019'; Related article URL /2020/06/16/ and Read more URL /2019/03/09/; 'the March 2, 2019 accident'; 'In June'; 'November 2018'.")
add("h07","scan_evening_post_charges_p1-2.txt",None,"Varnholt Evening Post",None,"2021-10-07",
    "PDF-text copy of h06 body only (no title, no date line, no links): hard wraps at ~70 chars, end-of-line hyphenation (press-/ure, Kren-/hof, char-/ges), running header 'VARNHOLT EVENING POST | Local news' and page-number footer per page. Trap: footer 'Printed 12/01/2023 from the Evening Post e-paper archive' is a print date, not publication. Date comes from its copy h06.")
add("h08","alpine_business_weekly_insurer.pdf",g['H08_TITLE'],"Alpine Business Weekly",None,"2021-10-12",
    "real PDF made with fpdf2 (Helvetica); date line '12 October 2021 | By Marek Solberg'; running header/footer name the outlet. Traps: 'on Monday' (11 Oct), 'last Thursday's indictment' (7 Oct), 'fiscal year ending 30 April 2021', '2007', 'in June'. Related to the charges event but a different (business) story.")
add("h09","meridian_final_report.html",g['H09_TITLE'],"The Meridian Ledger",g['H09_URL'],"2022-05-11",
    "HTML; meta article:published_time 2022-05-11T06:30+02:00, og:title, canonical with /2022/05/11/. Traps: article:modified_time 2022-05-12 and visible 'Last updated 12 May 2022, 10:02' (modified, not published); Related stories dated 07.10.2021, 17.06.2020, 04.03.2019; 'since 2012', 'June 2020', 'in October'; <title> tag differs from og:title.")
add("h10","feeds_export.jsonl#1",g['H10_TITLE'],"Lorvania Today",
    "https://lorvaniatoday.com/news/2022/05/11/ossel-final-report-recommendations","2022-05-11",
    "jsonl record, date field '2022-05-11'. Same event as h09 (shared Haskova quotes) - not a duplicate. Traps: 'next week', 'in 2020', 'this summer'.")
add("h11","feeds_export.jsonl#2",g['H11_TITLE'],"The Talvo Courier",
    "https://www.talvocourier.lr/news/2023/09/18/ossel-trial-opens","2023-09-18",
    "jsonl record, date field '2023-09-18 11:02'. Traps: 'on Monday' (= same day), 'March 2, 2019', 'February 2019', 'end of February'.")
add("h12","trial_opens_copy.txt",g['H11_TITLE'],"The Talvo Courier",None,"2023-09-18",
    "exact copy of h11's text as a .txt with title and outlet lines but no date and no URL; date from its copy h11.")
add("h13","2023-09-19_rln_trial_day2.txt",g['H13_TITLE'],"Radio Lorvania",None,"2023-09-19",
    "plain txt, date line '2023-09-19T08:40Z' (also in file name). Traps: 'on Monday' and 'Yesterday' = 2023-09-18 (trial opening); 'March 2019', 'February 2019', 'spring next year'. Same trial-opening event as h11/h12 with shared Marrant quote - not a duplicate.")
add("h14","talvocourier_verdict.html",g['H14_TITLE'],"The Talvo Courier",g['H14_URL'],"2024-06-03",
    "HTML; published date only in JSON-LD datePublished 2024-06-03 and canonical URL /2024/06/03/. Traps: only visible timestamp is 'Updated June 4, 2024 09:05' (= dateModified); figcaption 'September 18, 2023'; Related stories (February 27, 2024; September 18, 2023; March 3, 2019); 'February 2019', 'November 2018'.")
add("h15","courier_verdict_teaser.txt",g['H14_TITLE'],"The Talvo Courier",None,"2024-06-03",
    "paywall teaser: masthead, title and the first three paragraphs of h14, then 'Subscribe to read more'. No date of its own; date from its copy h14.")
add("h16","clippings.csv#1",g['H16_TITLE'],"Lorvania Today",
    "https://lorvaniatoday.com/news/2024/06/03/ossel-verdict-families-sentences","2024-06-03",
    "csv record (quoted multi-paragraph text with commas), date field '2024-06-03'. Same verdict event as h14/h15 with shared Brask and Reuvel quotes - not a duplicate. Trap: 'February 2019', 'early next year'.")
add("h17","clippings.csv#2",g['H17_TITLE'],"The Meridian Ledger",
    "https://www.meridianledger.lr/national/2025/03/12/ossel-appeal-upheld","2025-03-12",
    "csv record, date field '12 March 2025' (and URL /2025/03/12/). Traps: 'on Tuesday' = ruling day 2025-03-11; 'March 2' memorial (2025-03-02); 'in January'; 'March 2019'.")
add("h18","rln_high_court.txt",g['H18_TITLE'],"Radio Lorvania",None,"2025-03-11",
    "plain txt; 'Published 11 Mar 2025 14:05' then 'Updated: 12 Mar 2025 08:30' (modified, not published); body 'UPDATE, Wednesday'. Traps: 'last June', 'in January', 'September 2023 to June 2024', 'January 2024'. Same appeal-ruling event as h17 (shared Holl and Reuvel quotes) - not a duplicate; it contradicts h17 on whether Verbeck will go to the Supreme Court.")
add("h19","evening_post_reopening.txt",g['H19_TITLE'],"Varnholt Evening Post",
    "https://www.varnholtpost.lr/news/ossel-funicular-climbs-again","2025-07-04",
    "txt with no date in the text; outlet, url and published 2025-07-04 come from the side file evening_post_reopening.meta.json. Traps: 'On Saturday' (reopening, 2025-07-05), 'this week', 'in December', 'this spring', 'the March 2, 2019 accident', '2021'.")
add("h20","ossel_case_explainer.md",g['H20_TITLE'],None,None,None,
    "undated explainer (markdown) with no outlet and no own URL: publication date is unknowable (written between the June 2024 verdict and the March 2025 appeal ruling). Traps: a timeline of six full dates (March 2, 2019 ... June 3, 2024), photo caption 'January 2019', 'Read more' links to other outlets' articles dated /2024/06/03/ and /2021/10/07/ (not its URL or outlet).")
for a in A:
    f = a['file'].split('#')[0]
    assert os.path.exists(os.path.join(HERE, 'articles', f)), f
gold = {"corpus": "funicular", "articles": A,
        "duplicates": [["h06","h07"],["h03","h04"],["h11","h12"],["h14","h15"]],
        "not_duplicates": [["h01","h02"],["h03","h05"],["h04","h05"],["h09","h10"],["h11","h13"],["h12","h13"],["h14","h16"],["h15","h16"],["h17","h18"]],
        "events": [], "storylines": [], "quotes": [], "entities": [], "dates": [], "discrepancies": []}
json.dump(gold, open(os.path.join(HERE, 'gold.json'), 'w'), indent=1, ensure_ascii=False)
print(len(A))
