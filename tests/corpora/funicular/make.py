#!/usr/bin/env python3
"""Generate the held-out 'storyline' corpus: fictional Ossel funicular disaster (Lorvania), 2019-2025.

Run with /work/main/.venv/bin/python (needs fpdf2). Writes ./articles/* next to this script.
gold.json is maintained by hand next to this script.
"""
import csv, html, io, json, os, re, textwrap

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "articles")
os.makedirs(OUT, exist_ok=True)


def paras(s):
    return [re.sub(r"\s*\n\s*", " ", p.strip()) for p in s.strip().split("\n\n") if p.strip()]


def write(name, text, encoding="utf-8"):
    with open(os.path.join(OUT, name), "wb") as f:
        f.write(text.encode(encoding))


# ---------------------------------------------------------------- h01 (md, Talvo Courier, 2019-03-03)
H01_TITLE = "Nine dead as Ossel funicular car runs back into Varnholt station"
H01 = paras("""
Nine people were killed and 31 injured on Saturday when a car of the Ossel funicular lost its haul
cable near the summit and rolled back almost 600 metres into the lower station in Varnholt, in the
worst transport accident in Upper Talvo in four decades.

The red upper car, carrying 58 passengers at the start of the school ski holiday, had just left the
Ossel Ridge terminus at about 10.40 a.m. when passengers heard "a crack like a rifle shot",
according to several survivors interviewed by the Courier. The car then accelerated downhill and
struck the steel buffer at the valley station at high speed.

Rescue teams from Varnholt, Kessel and three neighbouring districts worked for more than five hours
to free passengers trapped in the crushed front compartment. Fourteen of the injured were flown by
helicopter to the University Hospital in Kessel; six remained in a critical condition on Saturday
night, a hospital spokeswoman said.

"This is the darkest day our town has known," Varnholt mayor Elke Strand told reporters at the lower
station, where relatives gathered behind police tape. "Every family here knows somebody who was on
that car or who rides it every week."

The dead included a 19-year-old student, a retired couple from Kessel and two seasonal ski
instructors, police said. Their names have not been officially released.

Talvo Alpine Transit (TAT), the provincially owned company that operates the 1.9-kilometre line,
suspended all of its services on Mount Ossel, including two chairlifts and the Ridge gondola.
Managing director Anton Verbeck said the company would "cooperate fully and without reservation"
with investigators.

"We do not yet know why the cable separated or why the track brake did not stop the car," Verbeck
said. "Our thoughts are with the families."

The funicular, built in 1974 and modernised in 2008, carries about 900,000 passengers a year and is
the main link between Varnholt and the ski area on Ossel Ridge. It passed its annual inspection in
November, the company said.

The national Transport Accident Investigation Bureau (TAIB) sent a team of six investigators to
Varnholt on Saturday afternoon. Chief investigator Mirela Haskova said the cable, the drive station
and both cars would be secured as evidence. "It is far too early to speculate," she said.

Provincial governor Pavel Dorn declared three days of mourning in Upper Talvo and said flags on
public buildings would fly at half-mast until Tuesday.

The upper station remained closed on Sunday morning, and about 300 skiers who had been stranded on
Ossel Ridge were brought down overnight by bus along the forestry road.
""")
md = []
md.append("[Skip to content](#main)  [Home](https://www.talvocourier.lr/) | [News](https://www.talvocourier.lr/news/) | [Sport](https://www.talvocourier.lr/sport/) | [Opinion](https://www.talvocourier.lr/opinion/) | [E-paper](https://epaper.talvocourier.lr/)")
md.append("**THE TALVO COURIER**")
md.append("# " + H01_TITLE)
md.append("*Runaway car hits buffers at valley station; track brake failed to hold, witnesses say*")
md.append("By Nadia Korr | March 3, 2019, 07:45")
md.append("[Share on Facebook](https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fwww.talvocourier.lr%2Fnews%2F2019%2F03%2F03%2Fnine-dead-ossel-funicular-varnholt) [Share on X](https://x.com/intent/tweet?url=https%3A%2F%2Fwww.talvocourier.lr%2Fnews%2F2019%2F03%2F03%2Fnine-dead-ossel-funicular-varnholt) [Email](mailto:?subject=Ossel)")
md.append("![](https://cdn.talvocourier.lr/img/2016/08/ossel-lower-station-archive.jpg)")
md.append("*The lower station of the Ossel funicular, photographed on August 12, 2016. (Photo: Talvo Courier archive / Ben Aster)*")
md += H01[:4]
md.append("Related article: [Ossel funicular cleared after annual safety inspection](https://www.talvocourier.lr/news/2018/11/20/ossel-funicular-cleared-inspection)")
md += H01[4:8]
md.append("Read more: [Varnholt expects record ski season as holiday week begins](https://www.talvocourier.lr/news/2019/02/25/varnholt-record-ski-season)")
md += H01[8:]
md.append("---")
md.append("**Get the Courier Morning Briefing.** The day's top stories from Upper Talvo in your inbox at 6 a.m. [Sign up for the newsletter](https://www.talvocourier.lr/newsletter)")
md.append("Share this article: [Facebook](https://www.facebook.com/) | [X](https://x.com/) | [WhatsApp](https://wa.me/) | Copy link")
md.append("Canonical: https://www.talvocourier.lr/news/2019/03/03/nine-dead-ossel-funicular-varnholt")
md.append("© 2019 The Talvo Courier. All rights reserved. [Privacy](https://www.talvocourier.lr/privacy) | [Contact](https://www.talvocourier.lr/contact)")
write("courier_nine-dead-ossel-funicular.md", "\n\n".join(md) + "\n")

# ---------------------------------------------------------------- h02 (txt, Radio Lorvania, 2019-03-02)
H02_TITLE = "Funicular car crashes into Varnholt station; at least seven dead"
H02 = paras("""
At least seven people have been killed and dozens injured after a funicular car crashed into the
lower station of the Ossel line in Varnholt, police in Upper Talvo said on Saturday afternoon.

The accident happened shortly before 11 a.m., at the start of the busiest weekend of the ski season.
Witnesses said the upper of the line's two cars began moving backwards down the mountain shortly
after leaving the summit station and did not slow down before hitting the buffers at the bottom.

"We heard a bang and then the car was just going faster and faster," said Marta Iles, 34, who was
waiting with her two children on the platform at the valley station. "People were screaming. Then
there was this terrible noise."

Police spokesman Rolf Ambach said 31 people had been taken to hospital, several of them with
life-threatening injuries. He said the number of dead could rise.

Mayor Elke Strand, speaking at the scene, said: "This is the darkest day our town has known." She
said the town's sports hall had been opened for relatives and that counsellors were on hand.

Talvo Alpine Transit, which runs the funicular, said all lifts on Mount Ossel had been stopped. The
company said the line had last been fully inspected in November and that the cable had been tested
at the same time.

The funicular's two cars are attached to opposite ends of a single steel cable and counterbalance
each other as they pass in the middle of the line. Each car is fitted with an emergency brake
designed to grip the rails if the cable loses tension. Experts contacted by Radio Lorvania said it
was unclear why that system had apparently failed.

"A cable breaking is extremely rare. A cable breaking and the track brake not holding \u2014 that
should be practically impossible," said Oskar Demmel, a cableway engineer who teaches at the
Technical University of Kessel.

Transport minister Ruta Valcik cut short a visit to a trade fair in the capital and was expected in
Varnholt on Saturday evening. The government said national investigators had already been sent to
the scene.

Schools in Varnholt, which began their winter holiday last week, will hold a day of remembrance
when classes resume, the district education office said. A book of condolence has been opened at
the town hall.
""")
write("rln_funicular_crash_breaking.txt",
      "Saturday 2 March 2019\nRADIO LORVANIA | News\n\n" + H02_TITLE + "\n\n" + "\n\n".join(H02) + "\n")

# ---------------------------------------------------------------- h03/h04 (Northline wire, 2020-06-16)
WIRE = paras("""
VARNHOLT, June 16 (Northline) - The emergency brake on the Ossel funicular car that crashed in
Varnholt last year had been deliberately set to a lower pressure weeks before the disaster, and the
haul cable had been weakened by corrosion hidden inside its end fitting, investigators said on
Tuesday.

In an interim report, the national Transport Accident Investigation Bureau (TAIB) said maintenance
staff at Talvo Alpine Transit (TAT) had reduced the hydraulic pressure on the car's track brake in
early February 2019 after a series of unplanned stops caused by the brake triggering without reason.

With the lower setting, the brake could not hold a fully loaded car on the steepest section of the
line, the report found. Nine people died and 31 were injured on March 2, 2019, when the upper car
ran back about 600 metres and struck the buffers of the valley station.

"The cable did not fail without warning, and the brake did not fail by accident," chief
investigator Mirela Haskova told a news conference in Kessel. "Both were known conditions, and both
were accepted."

Investigators found that more than a third of the steel wires in the cable were broken or badly
corroded where the cable entered the cast socket that attached it to the car. That section is not
visible from outside and is not covered by the magnetic testing that inspectors carry out along the
rest of the rope, the bureau said.

A maintenance log entry dated Feb. 6, 2019, recorded the change to the brake pressure as a
"temporary measure until the valve is replaced", according to the report. The replacement valve had
been ordered but not installed by the day of the accident.

TAT said in a statement it had received the report and would study it carefully. "We will not
comment on the findings while the criminal investigation is ongoing," the company said.

Prosecutors in Upper Talvo opened a criminal investigation shortly after the accident but have not
charged anyone. A spokesman for the prosecutor's office said the report would be "an important
element" of its work.

The bureau said its final report, including safety recommendations, was expected in 2021. Haskova
said it had already written to the national cableway authority urging immediate checks of cable
sockets on all funiculars in the country.

Tomas Reuvel, whose 19-year-old daughter Lena was among the dead and who chairs the families'
association Ossel 9, said the findings confirmed "what we have feared since the first day".
""")
H03_TITLE = "Investigators find lowered brake and corroded cable behind Ossel funicular crash"
H03_URL = "https://lorvaniatoday.com/news/2020/06/16/ossel-funicular-interim-report-brake-cable"
e = lambda s: html.escape(s, quote=False)
ld = {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    "headline": H03_TITLE,
    "datePublished": "2020-06-16T13:25:00+02:00",
    "author": {"@type": "Organization", "name": "Northline Press Agency"},
    "publisher": {"@type": "Organization", "name": "Lorvania Today",
                  "logo": {"@type": "ImageObject", "url": "https://lorvaniatoday.com/static/logo.png"}},
    "mainEntityOfPage": H03_URL,
    "image": "https://lorvaniatoday.com/media/2019/03/ossel-car-wreck.jpg",
}
h03 = f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{e(H03_TITLE)} | Lorvania Today</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="Interim report says the track brake was turned down weeks before the 2019 crash.">
<link rel="canonical" href="{H03_URL}">
<meta property="og:site_name" content="Lorvania Today">
<meta property="og:type" content="article">
<meta property="og:url" content="{H03_URL}">
<meta property="og:image" content="https://lorvaniatoday.com/media/2019/03/ossel-car-wreck.jpg">
<script type="application/ld+json">
{json.dumps(ld, indent=2)}
</script>
<link rel="stylesheet" href="/static/site.css">
</head>
<body>
<div id="cookie-banner" class="consent">
  <p>We use cookies to personalise content and ads and to analyse our traffic. By clicking "Accept all" you agree to the storing of cookies on your device. <a href="/privacy">Privacy policy</a></p>
  <button>Accept all</button> <button>Manage settings</button>
</div>
<header>
  <a class="logo" href="/">Lorvania Today</a>
  <nav><ul>
    <li><a href="/news/">News</a></li><li><a href="/politics/">Politics</a></li><li><a href="/business/">Business</a></li>
    <li><a href="/regions/upper-talvo/">Upper Talvo</a></li><li><a href="/sport/">Sport</a></li><li><a href="/weather/">Weather</a></li>
  </ul></nav>
</header>
<main id="main">
<article>
  <p class="kicker">Ossel funicular crash</p>
  <h1>{e(H03_TITLE)}</h1>
  <p class="byline">Northline Press Agency</p>
  <figure>
    <img src="https://lorvaniatoday.com/media/2019/03/ossel-car-wreck.jpg" alt="Wrecked funicular car">
    <figcaption>The wrecked upper car at the Varnholt valley station on March 3, 2019. Photo: Northline/Karl Petrak</figcaption>
  </figure>
  <div class="article-body">
{chr(10).join('    <p>' + e(p) + '</p>' for p in WIRE)}
  </div>
  <div class="share">Share: <a href="#">Facebook</a> <a href="#">X</a> <a href="#">Email</a></div>
</article>
<aside class="related">
  <h2>Related stories</h2>
  <ul>
    <li><a href="https://lorvaniatoday.com/news/2019/03/03/ossel-funicular-nine-dead">Nine killed in Ossel funicular crash</a> <time datetime="2019-03-03">3 March 2019</time></li>
    <li><a href="https://lorvaniatoday.com/news/2019/09/02/ossel-six-months-on">Six months after Ossel, Varnholt still waits for answers</a> <time datetime="2019-09-02">2 September 2019</time></li>
    <li><a href="https://lorvaniatoday.com/news/2020/03/02/ossel-anniversary-vigil">Candles and silence on first Ossel anniversary</a> <time datetime="2020-03-02">2 March 2020</time></li>
  </ul>
</aside>
</main>
<footer>
  <nav><a href="/about">About us</a> | <a href="/contact">Contact</a> | <a href="/advertise">Advertise</a> | <a href="/privacy">Privacy</a> | <a href="/terms">Terms</a></nav>
  <p>&copy; 2020 Lorvania Today. Content from Northline Press Agency is used under licence.</p>
</footer>
</body>
</html>
"""
write("lorvaniatoday_ossel_interim_report.html", h03)

H04_TITLE = "Ossel crash report: brake pressure was lowered weeks before disaster"
H04_EXTRA = paras("""
Transport minister Ruta Valcik said on Wednesday that the government would present legislation
before the end of the year requiring independent testing of cable end fittings. "No family should
ever again have to read a report like this one," she told parliament.
""")
write("meridian_brake_pressure_lowered.txt",
      "THE MERIDIAN LEDGER\n17.06.2020\n\n" + H04_TITLE + "\n\n"
      + "\n\n".join(WIRE + H04_EXTRA) + "\n\n(c) 2020 The Meridian Ledger, with material from Northline\n")

# ---------------------------------------------------------------- h05 (cp1252 txt, Talvo Courier, 2020-06-16)
H05_TITLE = "\u2018They knew\u2019: Ossel families react to interim crash report"
H05 = paras("""
Relatives of the nine people killed in the Ossel funicular accident reacted with anger on Tuesday
after national investigators found that the car\u2019s emergency brake had been turned down weeks
before the crash \u2014 and that company staff had written it down.

\u201cThey knew. It is written in their own log book,\u201d said Tomas Reuvel, who chairs the
families\u2019 association Ossel 9 and whose daughter Lena, 19, died in the crash. \u201cFor fifteen
months we were told to wait for the facts. Now we have them.\u201d

The interim report of the Transport Accident Investigation Bureau (TAIB), presented in Kessel on
Tuesday morning, said the pressure of the car\u2019s hydraulic track brake had been reduced in early
February 2019 following repeated false alarms, leaving it too weak to hold a full car on the
line\u2019s steepest gradient.

Investigators also found heavy corrosion inside the socket that fixed the haul cable to the car, a
section that routine magnetic testing does not examine.

\u201cThe cable did not fail without warning, and the brake did not fail by accident,\u201d chief
investigator Mirela Haskova said.

Reuvel said members of the association had been briefed on the findings by the bureau last
Thursday, under an agreement not to speak publicly before the report was released. Several of them,
he said, had left the meeting in tears.

Ines Kallow, who was seriously injured in the accident and spent seven weeks in hospital, said the
report had brought her no relief. \u201cI still can\u2019t walk up the stairs to my flat without thinking
of that sound,\u201d she said. \u201cI want to know who decided that this was acceptable.\u201d

Varnholt mayor Elke Strand said the town council would ask the province to review the role of the
Upper Talvo Cableway Inspectorate, which approved the line\u2019s operation in November 2018.
\u201cIf the inspection could not see inside the socket, what exactly was being inspected?\u201d she
said.

Talvo Alpine Transit declined to answer questions from the Courier, referring to a brief written
statement. The company has been without a permanent head of maintenance since Joren Lisk, who held
the post at the time of the March 2, 2019 accident, went on leave last year.

The funicular has remained closed since the crash. The province has said a decision on whether to
repair or replace the line will not be taken until the final report is published.

Lawyers for several of the families said they would ask prosecutors to widen the criminal
investigation to include the inspectorate.
""")
write("courier_families_react.txt",
      "THE TALVO COURIER \u2014 Upper Talvo\r\nTuesday, 16 June 2020 | 18:20\r\n\r\n" + H05_TITLE
      + "\r\nBy Nadia Korr\r\n\r\n" + "\r\n\r\n".join(H05) + "\r\n", encoding="cp1252")

# ---------------------------------------------------------------- h06/h07 (md + pdf-text copy, Evening Post, 2021-10-07)
H06_TITLE = "Four charged over Ossel funicular disaster"
H06 = paras("""
Prosecutors in Upper Talvo on Thursday charged four people, including the former managing director
of Talvo Alpine Transit, over the Ossel funicular crash that killed nine people in Varnholt two and
a half years ago.

The former managing director, Anton Verbeck, the company's former head of maintenance, Joren Lisk,
its operations manager, Dario Feltz, and Sabine Ortlieb, an engineer with the inspection contractor
Krenhof Cable Services, are accused of negligent homicide and of causing bodily harm by negligence,
the public prosecutor's office in Kessel said.

Lead prosecutor Ilse Marrant said the four had "each, in their own role, accepted a risk that no one
was entitled to accept on behalf of the passengers". She told reporters the indictment ran to 412
pages and was based in large part on the findings of the national Transport Accident Investigation
Bureau.

According to the prosecution, Lisk approved a reduction in the pressure of the car's track brake in
February 2019 after repeated false triggers, and Feltz was informed of the change but allowed the
line to keep running. Verbeck is accused of failing to provide enough staff and money for
maintenance despite internal warnings. Ortlieb signed off the cable as fit for service in November
2018 without examining the section inside the end socket, prosecutors said.

Lawyers for Verbeck and Feltz said their clients would plead not guilty. "My client did not touch a
single brake valve and was never told the brake had been weakened," said Casimir Oduya, who
represents Verbeck. Lisk's lawyer did not respond to a request for comment. Krenhof Cable Services
said Ortlieb had followed the testing standard in force at the time.

Tomas Reuvel, chairman of the families' association Ossel 9, said the charges were "a first step,
not a victory". The association had pushed for officials of the provincial cableway inspectorate to
be charged as well. Marrant said the case against two inspectorate staff had been dropped because
the rules at the time did not require them to check the sockets.

The Varnholt District Court must now decide whether to admit the charges. A trial is not expected
before 2023 because of the number of civil parties, which the prosecutor's office put at more than
120.

Mayor Elke Strand said the town hoped the proceedings would bring "some clarity and some peace" to
the families. The funicular has been closed since the March 2, 2019 accident. In June, the
provincial government approved 64 million crowns to rebuild the line with new cars and a new drive
station, with reopening planned for 2024.
""")
md = []
md.append("[Varnholt Evening Post](https://www.varnholtpost.lr/) · [Local](https://www.varnholtpost.lr/local) · [Ossel crash](https://www.varnholtpost.lr/topics/ossel) · [What's on](https://www.varnholtpost.lr/whats-on) · [Subscribe](https://www.varnholtpost.lr/subscribe)")
md.append("# " + H06_TITLE)
md.append("Oct. 7, 2021 · 5 min read · By Ida Renn")
md.append("![Mourners at the funicular's lower station](https://www.varnholtpost.lr/media/ossel-mourners.jpg)")
md.append("_Mourners leave flowers at the lower station on March 9, 2019, a week after the crash. Photo: Evening Post / Ida Renn_")
md += H06[:3]
md.append("**Related article:** [Interim report: brake was turned down weeks before Ossel crash](https://www.varnholtpost.lr/2020/06/16/interim-report-brake-turned-down)")
md += H06[3:6]
md.append("Read more: [Varnholt says goodbye to the Ossel nine](https://www.varnholtpost.lr/2019/03/09/varnholt-says-goodbye)")
md += H06[6:]
md.append("* * *")
md.append("Did you find this article useful? The Evening Post has covered the Ossel case since the first hour. **Support local journalism** — [subscribe from 4.90 crowns a month](https://www.varnholtpost.lr/subscribe).")
md.append("[Tweet](https://x.com/share) [Share](https://www.facebook.com/sharer) [Email this story](mailto:?subject=Four%20charged)")
md.append("Original URL: https://www.varnholtpost.lr/news/four-charged-over-ossel-funicular-disaster")
write("evening-post_four-charged.md", "\n\n".join(md) + "\n")


def pdf_text(paragraphs, header, footer_fmt, width=70, page_lines=40, extra_footer=None):
    """Imitate text copied out of a PDF: hard wraps, end-of-line hyphenation, running header/footer."""
    lines, opp = [], 0
    for p in paragraphs:
        cur = ""
        for w in p.split():
            cand = (cur + " " + w) if cur else w
            if len(cand) <= width:
                cur = cand
                continue
            m = re.match(r"[A-Za-z]{7,}", w)
            room = width - len(cur) - 2  # space + hyphen
            if m and room >= 4:
                opp += 1
                if opp % 4 != 0:  # hyphenate most opportunities
                    alpha = m.group(0)
                    cut = min(room, len(alpha) - 3)
                    if cut >= 3:
                        lines.append(cur + " " + w[:cut] + "-")
                        cur = w[cut:]
                        continue
            lines.append(cur)
            cur = w
        lines.append(cur)
        lines.append("")
    while lines and not lines[-1]:
        lines.pop()
    out, page = [], 1
    for k in range(0, len(lines), page_lines):
        out.append(header)
        out.append("")
        out += lines[k:k + page_lines]
        out.append("")
        foot = footer_fmt.format(page=page)
        if extra_footer:
            foot += "   " + extra_footer
        out.append(foot)
        out.append("\f" if k + page_lines < len(lines) else "")
        page += 1
    return "\n".join(out).rstrip() + "\n"


write("scan_evening_post_charges_p1-2.txt",
      pdf_text(H06, "VARNHOLT EVENING POST  |  Local news  |  Ossel funicular",
               "- {page} -", extra_footer="Printed 12/01/2023 from the Evening Post e-paper archive"))

# ---------------------------------------------------------------- h08 (real PDF, Alpine Business Weekly, 2021-10-12)
H08_TITLE = "Insurer sets aside 38 million crowns as Ossel charges weigh on Talvo Alpine Transit"
H08 = paras("""
Halvard Mutual, the insurer of Talvo Alpine Transit (TAT), has set aside 38 million crowns to cover
claims arising from the 2019 Ossel funicular accident, the company said on Monday, days after
prosecutors charged four people including TAT's former managing director.

The provision, disclosed in Halvard's half-year statement, is the largest single liability reserve
the Kessel-based insurer has booked since the warehouse fire at Brunn in 2007. Chief financial
officer Lotte Wehr said the figure covered compensation for bereaved families and injured
passengers as well as expected legal costs, but not the cost of rebuilding the line.

"We expect the civil claims to follow the criminal proceedings, which means payments over several
years," Wehr told analysts on a conference call. "We have been prudent."

For TAT, which is wholly owned by the province of Upper Talvo, the accident has turned a modestly
profitable operator into a loss-making one. The company's accounts for the fiscal year ending 30
April 2021 show a net loss of 11.2 million crowns, compared with a profit of 3.9 million crowns in
the last full year before the crash. Revenue fell by 41 percent, partly because of pandemic
restrictions and partly because the funicular, which used to carry about 900,000 passengers a year,
has not run since March 2019.

The Ossel Ridge ski area has tried to compensate with shuttle buses from Varnholt, but hotel owners
say the buses are no substitute. Winter overnight stays in Varnholt fell 22 percent in the 2020-21
season compared with the last season before the pandemic, according to the local tourism office.

"People came here because you could step off the train and be on the slopes twenty minutes later,"
said Frieda Osterloh, who runs a 40-room hotel near the lower station and chairs the Varnholt
hoteliers' association. "Without the funicular we are just another valley."

The provincial government approved 64 million crowns in June for a replacement line, with new cars
supplied by the consortium Alpenrail and a new drive station. TAT's interim managing director,
Gregor Thallinger, who took over after Anton Verbeck stepped down in 2019, said tendering for the
civil works would begin in the first quarter of next year.

Thallinger declined to comment on last Thursday's indictment. He said the company had doubled its
maintenance staff since the accident and introduced an independent check of all safety-critical
settings. "Nobody in this company can change a brake setting on their own any more," he said.

Analysts at the Bank of Upper Talvo said a conviction could expose the province, as owner, to
further claims. "The insurance cover has limits. Above a certain level, the taxpayer is the insurer
of last resort," said analyst Peter Nowak.
""")


def make_pdf(path):
    from fpdf import FPDF

    class P(FPDF):
        def header(self):
            self.set_font("Helvetica", "I", 8)
            self.cell(0, 6, "ALPINE BUSINESS WEEKLY  -  Companies & Markets", new_x="LMARGIN", new_y="NEXT")
            self.ln(2)

        def footer(self):
            self.set_y(-15)
            self.set_font("Helvetica", "", 8)
            self.cell(0, 8, f"Alpine Business Weekly  |  page {self.page_no()}", align="C")

    pdf = P(format="A4")
    pdf.set_margins(20, 15, 20)
    pdf.set_auto_page_break(True, 20)
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 16)
    pdf.multi_cell(0, 8, H08_TITLE, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.set_font("Helvetica", "", 9)
    pdf.cell(0, 6, "12 October 2021  |  By Marek Solberg", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.set_font("Helvetica", "", 10.5)
    for p in H08:
        p.encode("latin-1")
        pdf.multi_cell(0, 5.5, p, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2.5)
    pdf.output(path)


make_pdf(os.path.join(OUT, "alpine_business_weekly_insurer.pdf"))

# ---------------------------------------------------------------- h09 (html, Meridian Ledger, 2022-05-11)
H09_TITLE = "Ossel funicular report: regulator had two inspectors for 61 lifts"
H09_URL = "https://www.meridianledger.lr/transport/2022/05/11/ossel-report-regulator-two-inspectors"
H09 = paras("""
The provincial authority responsible for checking the Ossel funicular had only two qualified
inspectors for 61 cable installations when the line's haul cable failed in March 2019, killing nine
people, national investigators said in their final report on Wednesday.

The Transport Accident Investigation Bureau (TAIB) concluded that the crash in Varnholt was the
result of "a chain of decisions, not a single error", and said weaknesses in oversight had allowed
dangerous practices at the operator, Talvo Alpine Transit (TAT), to go undetected for years.

The 286-page report confirms the main findings of the bureau's interim report of June 2020: that the
car's track brake had been turned down to a pressure too low to stop a loaded car, and that the
cable had corroded inside its end socket where routine tests could not detect the damage.

But it goes further in assigning responsibility beyond the company. The Upper Talvo Cableway
Inspectorate, the report says, relied almost entirely on documents supplied by operators and by
their contractors, and had not carried out an unannounced inspection on Mount Ossel since 2012.

"The system trusted the people it was meant to check," chief investigator Mirela Haskova said at the
report's presentation in Kessel. "That is not oversight. That is correspondence."

The bureau issued 14 recommendations, including mandatory X-ray or dismantling checks of cable
sockets at fixed intervals, a ban on adjusting safety brake settings without written approval from
an independent engineer, and a national register of cable installations. It also recommended that
the provincial inspectorates be merged into a single national body.

Transport minister Ruta Valcik said the government accepted the recommendations "in full" and would
bring forward a cableway safety bill this autumn. The provincial government of Upper Talvo said the
inspectorate had been given four additional posts in 2020 and that it would "study the report with
the seriousness it deserves".

The report does not address individual criminal liability. Four people, including TAT's former
managing director Anton Verbeck and its former maintenance chief Joren Lisk, were charged in October
with negligent homicide. The Varnholt District Court has not yet set a trial date.

Tomas Reuvel, who lost his daughter in the crash and chairs the families' association Ossel 9, said
the findings on the inspectorate vindicated the families' demand that officials be held to account.
"Two inspectors for 61 lifts. Somebody decided that was enough," he said.

TAT's interim managing director Gregor Thallinger said the company had already carried out nine of
the recommendations that concern operators, and that the rebuilt funicular would be the first in
the country with continuous electronic monitoring of brake pressure.
""")
h09 = f"""<!doctype html>
<html lang="en-LR">
<head>
<meta charset="utf-8">
<title>Ossel report: regulator had two inspectors for 61 lifts - The Meridian Ledger</title>
<meta property="og:title" content="{e(H09_TITLE)}">
<meta property="og:site_name" content="The Meridian Ledger">
<meta property="og:type" content="article">
<meta property="og:url" content="{H09_URL}">
<meta property="article:published_time" content="2022-05-11T06:30:00+02:00">
<meta property="article:modified_time" content="2022-05-12T10:02:00+02:00">
<meta property="article:section" content="Transport">
<meta name="author" content="Jonas Pell">
<link rel="canonical" href="{H09_URL}">
<link rel="amphtml" href="https://amp.meridianledger.lr/transport/2022/05/11/ossel-report-regulator-two-inspectors">
</head>
<body class="article-page">
<div class="gdpr-overlay" role="dialog">
  <h3>Your privacy matters to us</h3>
  <p>The Meridian Ledger and our 143 partners store and access information on your device to serve personalised ads and measure audiences. You can change your choice at any time via "Cookie settings" at the bottom of the page.</p>
  <a class="btn" href="#">I agree</a> <a class="btn" href="#">Reject</a> <a href="#">More options</a>
</div>
<header class="masthead">
  <div class="edition">Monday to Saturday since 1921</div>
  <a href="/" class="brand">The Meridian Ledger</a>
  <ul class="menu">
    <li><a href="/national/">National</a></li><li><a href="/world/">World</a></li><li><a href="/transport/">Transport</a></li>
    <li><a href="/economy/">Economy</a></li><li><a href="/culture/">Culture</a></li><li><a href="/opinion/">Opinion</a></li><li><a href="/login">Log in</a></li>
  </ul>
</header>
<div class="content">
  <div class="breadcrumbs"><a href="/">Home</a> &rsaquo; <a href="/transport/">Transport</a></div>
  <h1 class="headline">{e(H09_TITLE)}</h1>
  <p class="standfirst">Final investigation into the 2019 Varnholt crash blames "a chain of decisions" and issues 14 recommendations</p>
  <div class="meta"><span class="author">Jonas Pell, Transport Correspondent</span> &middot; <span class="updated">Last updated 12 May 2022, 10:02</span></div>
  <div class="body">
{chr(10).join('  <p>' + e(p) + '</p>' for p in H09)}
  </div>
  <div class="tags">Topics: <a href="/tag/ossel">Ossel funicular</a>, <a href="/tag/varnholt">Varnholt</a>, <a href="/tag/rail-safety">Rail safety</a></div>
</div>
<section class="more">
  <h2>Related stories</h2>
  <ol>
    <li><a href="/transport/2021/10/07/ossel-four-charged">Ossel funicular: four face negligent homicide charges</a> <span class="date">07.10.2021</span></li>
    <li><a href="/transport/2020/06/17/ossel-brake-pressure-lowered">Ossel crash report: brake pressure was lowered weeks before disaster</a> <span class="date">17.06.2020</span></li>
    <li><a href="/national/2019/03/04/varnholt-mourning">A town in mourning: Varnholt after the funicular crash</a> <span class="date">04.03.2019</span></li>
  </ol>
</section>
<footer class="site-footer">
  <p><a href="/about">About</a> &middot; <a href="/jobs">Jobs</a> &middot; <a href="/cookies">Cookie settings</a> &middot; <a href="/terms">Terms of use</a></p>
  <p>&copy; 2022 The Meridian Ledger Ltd. Registered in Kessel.</p>
</footer>
</body>
</html>
"""
write("meridian_final_report.html", h09)

# ---------------------------------------------------------------- h10/h11 (jsonl), h12 exact copy
H10_TITLE = "Final Ossel crash report makes 14 safety recommendations"
H10 = paras("""
National investigators on Wednesday called for sweeping changes to the way cable railways and lifts
are inspected in Lorvania, publishing their final report into the 2019 Ossel funicular crash that
killed nine people in Varnholt.

The Transport Accident Investigation Bureau made 14 recommendations, the most important being
regular X-ray or dismantling inspections of the sockets that attach haul cables to cars \u2014 the
point where corrosion went unnoticed on the Ossel line.

Bureau chief investigator Mirela Haskova described the accident as the outcome of "a chain of
decisions, not a single error". She said the operator, Talvo Alpine Transit, had lowered the
pressure of the car's track brake to avoid unwanted stops, while the provincial inspectorate had
relied on paperwork rather than checks on site.

"The system trusted the people it was meant to check," Haskova told reporters.

The report was welcomed by the cableway industry association, whose president, Nils Egger, said
operators had been waiting for clear national rules. "Right now, a funicular in one province is
inspected differently from an identical one fifty kilometres away," he said. He warned, however,
that X-ray testing of sockets would be expensive for smaller ski resorts and called for state
support.

The opposition Green Alliance said the government had been too slow to act after the interim
report in 2020 and demanded that the transport minister appear before parliament's transport
committee next week.

Transport minister Ruta Valcik said she would accept all of the recommendations and present a bill
in the autumn.

In Varnholt, construction of the replacement funicular is due to begin this summer. The provincial
government has budgeted 64 million crowns for the project, which TAT hopes to complete in 2024.
""")
H11_TITLE = "Ossel funicular trial opens in Varnholt congress hall"
H11 = paras("""
The trial of four people accused over the 2019 Ossel funicular crash opened on Monday in Varnholt,
in a congress hall converted into a courtroom to make room for more than 120 bereaved relatives,
survivors and their lawyers.

Presiding judge Helene Brask opened the proceedings shortly after 9 a.m. by reading the names of the
nine people who died when a funicular car ran back into the valley station on March 2, 2019.
Several relatives in the front rows wept as the names were read.

The defendants \u2014 former Talvo Alpine Transit managing director Anton Verbeck, former maintenance
chief Joren Lisk, operations manager Dario Feltz and cable inspector Sabine Ortlieb \u2014 are charged
with negligent homicide and causing bodily harm by negligence. All four have pleaded not guilty.

In her opening statement, prosecutor Ilse Marrant said the crash was "not a twist of fate but the
predictable result of decisions made in offices and workshops". She told the court that a
maintenance log showed the car's track brake pressure had been lowered in February 2019 and that the
change had been discussed at a management meeting attended by Feltz.

Casimir Oduya, lawyer for Verbeck, told the court his client had "never been informed, in writing or
orally, that a safety brake had been weakened". He said the prosecution was seeking "a face to put
on a failure of the whole system".

Lisk, 58, who appeared in court with a walking stick, did not speak. His lawyer said he would make a
statement later in the trial.

Outside the hall, about 200 people stood in silence holding photographs of the victims. Tomas
Reuvel, chairman of the families' association Ossel 9, said it had taken "four and a half years to
get to this room".

The Varnholt District Court has scheduled 38 hearing days until the end of February. Around 70
witnesses, including investigators of the national Transport Accident Investigation Bureau, are due
to testify.

The congress hall, normally used for trade fairs and concerts, was chosen because the district
court's largest room seats only 60 people. Police closed two streets around the building for the
day.
""")
recs = [
    {"title": H10_TITLE, "text": "\n\n".join(H10),
     "url": "https://lorvaniatoday.com/news/2022/05/11/ossel-final-report-recommendations",
     "date": "2022-05-11", "outlet": "Lorvania Today"},
    {"title": H11_TITLE, "text": "\n\n".join(H11),
     "url": "https://www.talvocourier.lr/news/2023/09/18/ossel-trial-opens",
     "date": "2023-09-18 11:02", "outlet": "The Talvo Courier"},
]
write("feeds_export.jsonl", "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs))
write("trial_opens_copy.txt", H11_TITLE + "\nThe Talvo Courier\n\n" + "\n\n".join(H11) + "\n")

# ---------------------------------------------------------------- h13 (txt, Radio Lorvania, 2023-09-19)
H13_TITLE = "Ossel trial: maintenance log takes centre stage on second day"
H13 = paras("""
The second day of the Ossel funicular trial in Varnholt was due to begin on Tuesday morning with the
questioning of the first witnesses, after an opening day dominated by the names of the dead and by
clashing opening statements.

The trial of four people charged over the March 2019 crash opened on Monday in the Varnholt congress
hall, which has been converted for the case. Judge Helene Brask began by reading out the names of the
nine victims.

Prosecutor Ilse Marrant told the court the accident was "not a twist of fate but the predictable
result of decisions made in offices and workshops". At the centre of the prosecution's case is a
maintenance log entry from February 2019 recording that the hydraulic pressure of the car's
emergency track brake had been reduced.

The defence argued on Monday that the lowering of the brake pressure had been reported to the
inspection contractor and was therefore known outside the company. Casimir Oduya, who represents
former managing director Anton Verbeck, said his client had never been told about it.

The lawyer for inspector Sabine Ortlieb, Hanna Vries, said her client had tested the cable according
to the national standard. "She did exactly what the law required. The law was wrong, not my
client," Vries told Radio Lorvania after the hearing.

The first witnesses scheduled for Tuesday are two TAT mechanics who worked on the brake system in
early 2019. Both have given statements to investigators, according to court documents seen by Radio
Lorvania.

For the families, the opening day was a long-awaited moment. "For years we were numbers in a file.
Yesterday they read out our children's names in a courtroom," said Greta Sommer, whose son Felix, a
ski instructor, was among the dead.

The court has set aside 38 hearing days. A verdict is not expected before spring next year.
""")
write("2023-09-19_rln_trial_day2.txt",
      "Radio Lorvania\n2023-09-19T08:40Z\n\n" + H13_TITLE + "\n\n" + "\n\n".join(H13) + "\n")

# ---------------------------------------------------------------- h14 (html, Talvo Courier, 2024-06-03) + h15 teaser
H14_TITLE = "Three convicted, one acquitted in Ossel funicular trial"
H14_URL = "https://www.talvocourier.lr/news/2024/06/03/ossel-verdict"
H14 = paras("""
A court in Varnholt on Monday convicted three people over the 2019 Ossel funicular crash, more than
five years after a runaway car killed nine passengers, and acquitted a fourth defendant.

Judge Helene Brask sentenced Joren Lisk, the former head of maintenance at Talvo Alpine Transit
(TAT), to four years in prison for negligent homicide for approving a reduction of the car's
emergency brake pressure in February 2019 and failing to have the brake repaired.

Sabine Ortlieb, the inspector who certified the haul cable as safe in November 2018, received a
suspended sentence of two years. Former managing director Anton Verbeck was given a suspended
sentence of 18 months and a fine of 90,000 crowns for breaching his duty to organise safe
maintenance.

Operations manager Dario Feltz was acquitted. The court said it could not be proven beyond doubt that
he had understood, from the meeting at which the brake problem was raised, that the brake had
actually been weakened.

"The safety of passengers was subordinated to the smooth running of the timetable," Brask said in
her reasoning, which took almost two hours to read. "Each of the convicted defendants had the
knowledge and the power to stop the line. None of them did."

Relatives in the hall, a converted congress centre, reacted with a mixture of relief and
disappointment. Several shouted "too little" as the sentences for Ortlieb and Verbeck were read out.

"Today the court said what we have known for five years: this was not an accident, it was a
decision," said Tomas Reuvel, chairman of the families' association Ossel 9, whose daughter Lena died
in the crash. "But a suspended sentence for the man at the top is hard to accept."

Casimir Oduya, Verbeck's lawyer, said his client would appeal. Prosecutor Ilse Marrant said her
office would study the written judgment before deciding whether to appeal against Feltz's
acquittal. Lisk's lawyer said he would consider an appeal.

The court also ordered TAT to pay provisional compensation to the civil parties, with the exact
amounts to be decided in separate civil proceedings.

The funicular has been closed since the accident. Work on a replacement line, now budgeted at 71
million crowns, began last year and is due to be completed in spring 2025.
""")
ld = {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    "headline": H14_TITLE,
    "url": H14_URL,
    "datePublished": "2024-06-03T15:20:00+02:00",
    "dateModified": "2024-06-04T09:05:00+02:00",
    "author": [{"@type": "Person", "name": "Nadia Korr"}],
    "publisher": {"@type": "NewsMediaOrganization", "name": "The Talvo Courier"},
    "isAccessibleForFree": False,
}
h14 = f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{e(H14_TITLE)} - The Talvo Courier</title>
<link rel="canonical" href="{H14_URL}">
<meta name="twitter:card" content="summary_large_image">
<meta name="twitter:site" content="@TalvoCourier">
<script type="application/ld+json">{json.dumps(ld)}</script>
<script>window.dataLayer = window.dataLayer || []; dataLayer.push({{"section": "news", "paywall": "metered"}});</script>
</head>
<body>
<div class="cookie-notice">This site uses cookies. <a href="/cookies">Learn more</a> <button>OK</button></div>
<nav class="top">
  <a href="/">The Talvo Courier</a>
  <a href="/news/">News</a> <a href="/news/ossel/">Ossel trial</a> <a href="/business/">Business</a> <a href="/sport/">Sport</a> <a href="/obituaries/">Obituaries</a> <a href="/subscribe">Subscribe</a>
</nav>
<article>
  <header>
    <h1>{e(H14_TITLE)}</h1>
    <p class="dek">Maintenance chief gets four years; suspended sentences for former managing director and cable inspector</p>
    <p class="byline">By Nadia Korr</p>
    <p class="timestamp">Updated June 4, 2024 09:05</p>
  </header>
  <figure>
    <img src="/media/2023/09/ossel-trial-hall.jpg" alt="">
    <figcaption>The converted congress hall in Varnholt on the first day of the trial, September 18, 2023. (Photo: Talvo Courier/Ben Aster)</figcaption>
  </figure>
{chr(10).join('  <p>' + e(p) + '</p>' for p in H14)}
</article>
<div class="newsletter-box">Follow the Ossel case: <a href="/newsletter">sign up for our free weekly newsletter</a>.</div>
<section class="related-stories">
  <h3>Related stories</h3>
  <ul>
    <li><a href="/news/2024/02/27/ossel-closing-arguments">Prosecutor demands five years for Ossel maintenance chief</a> (February 27, 2024)</li>
    <li><a href="/news/2023/09/18/ossel-trial-opens">Ossel funicular trial opens in Varnholt congress hall</a> (September 18, 2023)</li>
    <li><a href="/news/2019/03/03/nine-dead-ossel-funicular-varnholt">Nine dead as Ossel funicular car runs back into Varnholt station</a> (March 3, 2019)</li>
  </ul>
</section>
<footer>
  <p>The Talvo Courier, 14 Marktgasse, Kessel. &copy; 2024 The Talvo Courier. All rights reserved.</p>
</footer>
</body>
</html>
"""
write("talvocourier_verdict.html", h14)
write("courier_verdict_teaser.txt",
      "The Talvo Courier\n\n" + H14_TITLE + "\n\n" + "\n\n".join(H14[:3])
      + "\n\nSubscribe to read more. Already a subscriber? Log in.\n")

# ---------------------------------------------------------------- h16/h17 (csv)
H16_TITLE = "Ossel verdict: four years for maintenance chief, families call other sentences too light"
H16 = paras("""
Families of the victims of the Ossel funicular crash said on Monday that justice had been "only half
done" after a court in Varnholt handed a prison sentence to one defendant and suspended sentences to
two others.

Joren Lisk, the former maintenance chief of operator Talvo Alpine Transit, was sentenced to four
years in prison for negligent homicide. The court found that he had ordered the emergency brake on
the funicular's upper car to be turned down in February 2019, weeks before the car ran back into the
valley station and killed nine people.

Cable inspector Sabine Ortlieb and former managing director Anton Verbeck received suspended
sentences, and operations manager Dario Feltz was acquitted.

"Each of the convicted defendants had the knowledge and the power to stop the line. None of them
did," judge Helene Brask said.

Outside the court, Tomas Reuvel, who leads the Ossel 9 families' group, said: "Today the court said
what we have known for five years: this was not an accident, it was a decision." But he added that
relatives were angry that nobody from the provincial inspectorate had been in the dock.

Ines Kallow, a survivor who was badly injured in the crash, said she had hoped for "a clear signal"
to company bosses. "If you run a railway and you don't know your brakes are broken, that is a job
you didn't do," she said.

Legal experts said the verdict could set a precedent. "It is unusual for a managing director to be
convicted personally for maintenance failures in a company of this size," said Vera Lindqvist, a
professor of criminal law at Kessel University. "The court has said that organising safety is itself
a safety duty."

The defence for Anton Verbeck has announced an appeal to the High Court of Upper Talvo, which is
expected to hear the case early next year.
""")
H17_TITLE = "Appeal court upholds Ossel convictions but cuts maintenance chief's sentence"
H17 = paras("""
The High Court of Upper Talvo has upheld the convictions of three people over the 2019 Ossel
funicular crash but reduced the prison sentence of the line's former maintenance chief, in a ruling
that the victims' families described as painful but final.

The appeal court in Kessel on Tuesday confirmed that Joren Lisk, former head of maintenance at Talvo
Alpine Transit, was guilty of negligent homicide for having the emergency brake of the funicular's
car turned down weeks before the March 2019 crash. It cut his sentence from four years to three and a
half, citing his poor health and his partial confession during the appeal hearing.

The suspended sentences of cable inspector Sabine Ortlieb and former managing director Anton Verbeck
were confirmed. The court also rejected the prosecution's appeal against the acquittal of operations
manager Dario Feltz.

In his partial confession in January, Lisk told the court that he had lowered the brake pressure
"because I was under pressure to keep the line running during the holidays" and that he had intended
to restore it once a new valve arrived. "I have to live with that for the rest of my life," he said
at the time.

Presiding judge Margit Holl said the lower court had been right to hold the managing director
personally responsible. "A company cannot delegate its conscience," she said.

Casimir Oduya, Verbeck's lawyer, said after the hearing that his client was "disappointed" and would
consider taking the case to the Supreme Court, although legal experts said the chances of such an
appeal being admitted were slim.

Tomas Reuvel, chairman of the families' association Ossel 9, said the ruling closed one chapter. "We
did not want revenge. We wanted the truth written down by a court. Now it is written down twice," he
said.

A memorial with the names of the nine victims was unveiled at the lower station on March 2, the sixth
anniversary of the crash. The rebuilt funicular, which is undergoing test runs, is expected to reopen
to passengers in the summer.
""")
buf = io.StringIO()
w = csv.writer(buf, quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
w.writerow(["title", "text", "url", "date", "outlet"])
w.writerow([H16_TITLE, "\n\n".join(H16),
            "https://lorvaniatoday.com/news/2024/06/03/ossel-verdict-families-sentences", "2024-06-03", "Lorvania Today"])
w.writerow([H17_TITLE, "\n\n".join(H17),
            "https://www.meridianledger.lr/national/2025/03/12/ossel-appeal-upheld", "12 March 2025", "The Meridian Ledger"])
write("clippings.csv", buf.getvalue())

# ---------------------------------------------------------------- h18 (txt, Radio Lorvania, 2025-03-11, updated 03-12)
H18_TITLE = "High Court confirms Ossel funicular convictions"
H18 = paras("""
The High Court of Upper Talvo on Tuesday confirmed the convictions of three people over the Ossel
funicular disaster, in which nine people died in Varnholt almost exactly six years ago.

The court reduced the prison term of former maintenance chief Joren Lisk to three and a half years.
The suspended sentences handed down last June to former Talvo Alpine Transit managing director Anton
Verbeck and to cable inspector Sabine Ortlieb were upheld, as was the acquittal of operations manager
Dario Feltz.

"A company cannot delegate its conscience," presiding judge Margit Holl said as she read out the
ruling in Kessel.

Lisk, 60, sat motionless as the decision was read. His lawyer, Paul Stegmann, said the reduction
"recognises that my client has taken responsibility". Lisk admitted in January that he had ordered
the brake pressure to be lowered in the weeks before the crash.

The families' association Ossel 9 welcomed the ruling. Its chairman, Tomas Reuvel, said outside the
court: "We wanted the truth written down by a court. Now it is written down twice."

UPDATE, Wednesday: Verbeck's lawyer Casimir Oduya told Radio Lorvania on Wednesday morning that his
client had decided not to take the case further. "He wants this to end, for the families as much as
for himself," Oduya said. The verdicts are therefore expected to become final within days.

The trial at the Varnholt District Court, which ran from September 2023 to June 2024, was the
largest criminal case ever heard in Upper Talvo, with more than 120 civil parties.

Transport minister Ruta Valcik, whose national cableway safety law came into force in January 2024,
said the ruling should be "a warning to every operator in the country". Under the law, safety brake
settings may only be changed with the written approval of an independent engineer, and all cable
sockets must be X-rayed every three years.
""")
write("rln_high_court.txt",
      "Radio Lorvania\nPublished 11 Mar 2025 14:05\nUpdated: 12 Mar 2025 08:30\n\n" + H18_TITLE + "\n\n"
      + "\n\n".join(H18) + "\n")

# ---------------------------------------------------------------- h19 (txt + side file, Evening Post, 2025-07-04)
H19_TITLE = "After six years, the Ossel funicular climbs again"
H19 = paras("""
For six years, the cutting that carries the Ossel funicular up the mountain above Varnholt has been a
scar of rusting rails and silence. On Saturday, if the last safety checks go to plan, two new blue
cars will carry their first paying passengers up to Ossel Ridge.

The new line follows the route of the old one, but almost everything else has changed. The drive
station at the summit has been rebuilt from the foundations. The haul cable is attached to each car
with sockets that can be X-rayed in place. And the emergency brakes on both cars are monitored
electronically, sending an alarm to the control room if their pressure drops by as little as five
percent.

"Nobody will ever again be able to turn a brake down with a spanner and write it in a notebook," said
Gregor Thallinger, managing director of Talvo Alpine Transit, during a tour for journalists this
week. "Every setting is recorded, and every change needs two signatures, one of them from outside
the company."

The rebuild cost 71 million crowns, seven million more than the province budgeted in 2021. Test runs
began in December, with the cars loaded with water tanks to simulate passengers.

For many in Varnholt, the reopening is welcome but difficult. The March 2, 2019 accident killed nine
people, and the legal case against those responsible ended only this spring, when the High Court in
Kessel upheld three convictions.

Tomas Reuvel, whose daughter Lena died in the crash, said the families' association Ossel 9 had been
consulted on the design of the memorial at the lower station but had not been asked about the
reopening date. "I understand the town needs the funicular. But I will not ride it, and I don't think
anyone can ask that of me," he said.

Others are looking forward. Frieda Osterloh, whose hotel is a few steps from the valley station, said
bookings for the summer were up by a third. "The phone has not stopped ringing since the date was
announced," she said.

Mayor Elke Strand said the town would hold a short ceremony before the first run, with a minute's
silence at the memorial. The first car will leave the valley station at 9 a.m.

TAT said that for the first month tickets would be sold at half price, and that residents of
Varnholt would travel free until the end of the year.
""")
write("evening_post_reopening.txt", H19_TITLE + "\nBy Ida Renn\n\n" + "\n\n".join(H19) + "\n")
write("evening_post_reopening.meta.json", json.dumps({
    "outlet": "Varnholt Evening Post",
    "published": "2025-07-04",
    "url": "https://www.varnholtpost.lr/news/ossel-funicular-climbs-again",
    "byline": "Ida Renn",
    "language": "en",
}, indent=2) + "\n")

# ---------------------------------------------------------------- h20 (md, undated explainer, no outlet)
H20_TITLE = "The Ossel funicular disaster: what happened, and where the case stands"
md = """[Home](/) > [Explainers](/explainers/) > Ossel funicular

# The Ossel funicular disaster: what happened, and where the case stands

![](/img/ossel-ridge-panorama.jpg)

*Ossel Ridge above Varnholt, pictured in January 2019, weeks before the crash. (Photo: file)*

On a busy Saturday morning at the start of the ski holidays, the upper car of the Ossel funicular
above Varnholt lost its haul cable, ran back down the mountain and smashed into the valley station.
Nine people died and 31 were injured. What followed was a three-year investigation, one of the
largest criminal trials in the history of Upper Talvo, and a national debate about who checks the
checkers. Here is what we know.

## What went wrong?

Two things failed at once, and neither failure was a surprise to everyone. The cable had corroded
inside the socket that attached it to the car, a spot that the magnetic tests used at the time could
not see. And the car's emergency track brake, which should have gripped the rails when the cable
went slack, had been set to a lower pressure by maintenance staff to stop it triggering by mistake.
With that setting it could not hold a loaded car.

## Key dates

- **March 2, 2019** - The upper car runs back about 600 metres and hits the buffers at the valley station. Nine dead, 31 injured.
- **June 16, 2020** - Interim report of the Transport Accident Investigation Bureau: the brake had been turned down in early February 2019.
- **October 7, 2021** - Prosecutors charge four people with negligent homicide, including former managing director Anton Verbeck and maintenance chief Joren Lisk.
- **May 11, 2022** - Final report: the provincial inspectorate had two inspectors for 61 installations. 14 recommendations.
- **September 18, 2023** - The trial opens in a converted congress hall in Varnholt.
- **June 3, 2024** - Verdict: Lisk gets four years in prison, Verbeck and inspector Sabine Ortlieb suspended sentences, operations manager Dario Feltz is acquitted.

## Who is responsible?

The trial court found that responsibility was shared. "Each of the convicted defendants had the
knowledge and the power to stop the line. None of them did," judge Helene Brask said when she
delivered the verdict. The families' association Ossel 9 argues that the provincial inspectorate
should also have faced charges, but prosecutors dropped the case against two inspectorate staff.

## What happens next?

Verbeck and Lisk have appealed, and the prosecution has appealed against Feltz's acquittal. The High
Court of Upper Talvo in Kessel has not yet set a date for the hearing. Until the appeal is decided,
none of the sentences is final.

Meanwhile a replacement funicular is being built on the same route, with X-ray-ready cable sockets
and electronically monitored brakes. Talvo Alpine Transit says test runs will begin in the winter
and that the line should reopen next year.

Read more: [Three convicted, one acquitted in Ossel funicular trial](https://www.talvocourier.lr/news/2024/06/03/ossel-verdict)

Read more: [Ossel funicular: four face negligent homicide charges](https://www.meridianledger.lr/transport/2021/10/07/ossel-four-charged)

*Have a question about the Ossel case? Write to us. Share this explainer: [Facebook](#) [X](#) [Email](#)*
"""
write("ossel_case_explainer.md", md)

print("ok")
