#!/usr/bin/env python3
"""Generate the water corpus (fictional Halvorsted water story).

Run with the project venv: .venv/bin/python tests/corpora/water/make.py
Writes articles/ and gold.json next to this script.

Everything here is invented: the city of Halvorsted, the province of
Lindmark, the Aldwater river, Kestrel Chemworks, the solvent "TFBE", the
people, the outlets and the news agency "Nordline".
"""
import csv
import io
import json
import os
import shutil
from datetime import datetime, timezone

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "articles")


def path(name):
    return os.path.join(OUT, name)


def write(name, text, encoding="utf-8"):
    with open(path(name), "wb") as f:
        f.write(text.encode(encoding))


def paras(text):
    """Split a triple-quoted block into paragraphs (blank-line separated)."""
    return [" ".join(p.split()) for p in text.strip().split("\n\n") if p.strip()]


def pdf_wrap(ps, width=75):
    """Hard-wrap paragraphs like text copied out of a PDF, hyphenating
    long plain words at line ends."""
    lines = []
    for p in ps:
        cur = ""
        for w in p.split():
            cand = w if not cur else cur + " " + w
            if len(cand) <= width:
                cur = cand
                continue
            room = width - len(cur) - 2  # space and hyphen
            k = 0
            if cur and w.isalpha() and w.islower() and len(w) >= 6:
                # split between two consonants, as a typesetter would
                for j in range(min(room, len(w) - 3), 3, -1):
                    v = [c in "aeiouy" for c in w]
                    if (not v[j - 1] and not v[j]) or (v[j - 1] and not v[j] and v[j + 1]):
                        k = j
                        break
            if k:
                lines.append(cur + " " + w[:k] + "-")
                cur = w[k:]
            else:
                lines.append(cur)
                cur = w
        lines.append(cur)
    return lines


# ---------------------------------------------------------------------------
# k01  plain txt, "Title\nOutlet\n\nbody", date only in side file
# ---------------------------------------------------------------------------
K01_TITLE = "Eastgate residents report foul-smelling tap water as utility insists supply is safe"
K01_BODY = """
Residents of Halvorsted's Eastgate district have been told their tap water is safe to drink, despite dozens of complaints about a sweet, solvent-like smell and a faint yellow tint coming from kitchen taps.

Halvorsted Municipal Waterworks (HMW) said samples taken on Tuesday from four hydrants along Cable Row and Millbrook Lane met every standard in the provincial drinking-water code. The utility said it had flushed the mains in the area and expected the odour to fade "within days".

But residents who gathered outside the Eastgate community hall said the problem was not new. Several said they first noticed the smell last week, and some said their children had complained of stomach aches after drinking from the tap.

"We were told it was chlorine, then we were told it was old pipes, and now we are told it is nothing," said Amara Lindqvist-Obi, a nurse and mother of two who has started collecting residents' complaints in a shared notebook. "Nothing does not smell like nail varnish."

Tomas Reinholt, the director of HMW, said the utility took every report seriously. "Our laboratory has found nothing that exceeds a regulatory limit," he told the Courier. "We will keep sampling until the residents are satisfied, and we will publish the results."

The Eastgate network draws most of its water from the Aldwater river intake at Morrow Bend, about six kilometres downstream of the Kestrel Chemworks plant, which manufactures coatings and industrial solvents. A spokesperson for Kestrel said the company operated "well within its discharge permit" and had not recorded any incident at the site.

Dr Helene Marchetti, a toxicologist at the University of Halvorsted, said the provincial code tested for a fixed list of substances and might not capture newer industrial compounds. "A clean result on the standard panel tells you what is not in the water," she said. "It does not tell you what is."

Mayor Petra Vandersloot said the city would hand out bottled water at the community hall as a precaution for the rest of the week, and asked residents to report any further discoloration to the utility's hotline.

HMW said it would hold a public meeting for Eastgate residents on June 21.
"""

# ---------------------------------------------------------------------------
# k02  plain txt, "OUTLET — Section\nDate\n\nTitle\nBy Name\n\nbody"
# ---------------------------------------------------------------------------
K02_TITLE = "University study finds industrial solvent in Eastgate water at 14 times advisory level"
K02_BODY = """
A compound used in industrial coatings has been found in Halvorsted's Eastgate drinking water at concentrations up to 14 times the level recommended by the national health advisory board, according to a study released by the University of Halvorsted.

The research team, led by toxicologist Dr Helene Marchetti, tested 212 tap samples from 61 households over seven months. They found tetrafluorobutyl ether, known as TFBE, in every sample, with a median concentration of 0.84 micrograms per litre. The advisory board's non-binding guideline is 0.06 micrograms.

TFBE is not on the list of substances that the provincial drinking-water code requires utilities to test for, which Marchetti said explained why routine checks by Halvorsted Municipal Waterworks had found nothing unusual.

"The utility was not lying when it said the water met the code," Marchetti said at a press briefing on the university's Riverside campus. "The code was simply looking the other way."

Residents first raised the alarm on June 12, 2018, when households in the district reported a sweet chemical smell from their taps. The waterworks flushed the mains and declared the supply safe within a week.

The study traces the compound to the Aldwater river. Samples taken upstream of the Kestrel Chemworks site at Morrow Bend contained no detectable TFBE, while samples taken just below the plant's outfall contained the highest concentrations recorded.

Kestrel Chemworks said in a statement that it had "not yet had the opportunity to review the methodology" and that its discharges had been inspected by the provincial environment agency every year since 2011.

Amara Lindqvist-Obi, who founded the residents' group Eastgate Parents for Clean Water, said families felt vindicated but frightened. "For eight months we were told we were imagining it," she said. "Now we want to know what it has done to our children."

Little is known about TFBE's long-term effects in humans. Animal studies have linked related compounds to liver and thyroid changes, Marchetti said, adding that a blood-testing programme would be needed to understand how much of the solvent residents had absorbed.

Tomas Reinholt, director of the waterworks, said the utility would install temporary carbon filters at the Morrow Bend intake and begin testing for TFBE every week. He declined to say whether the utility had been aware of the compound before the study.

The provincial environment ministry said it would review Kestrel's discharge permit.
"""

# ---------------------------------------------------------------------------
# k03 / k04  one Nordline wire story run by two outlets
# ---------------------------------------------------------------------------
WIRE_PARAS = [
    "HALVORSTED, March 5 (Nordline) - The director of Halvorsted's municipal water utility resigned on Tuesday, two weeks after a university study found an industrial solvent in the drinking water of the city's Eastgate district at levels far above a national health guideline.",
    "Tomas Reinholt, who had led Halvorsted Municipal Waterworks (HMW) since 2012, said in a letter to the city council that he was stepping down \"so that the utility can regain the confidence of the people it serves\".",
    "\"I have made decisions that I believed were right on the information I had,\" Reinholt wrote. \"It is clear that the information was not enough.\"",
    "The resignation follows the Feb. 19 publication of a study by the University of Halvorsted that found tetrafluorobutyl ether (TFBE) in every tap sample taken from 61 Eastgate households. The compound is not covered by the provincial drinking-water code.",
    "Mayor Petra Vandersloot said she had accepted the resignation and appointed deputy director Saskia Broemer as interim head of the utility. \"The city owes Eastgate answers, and those answers will not come from the people who missed the problem,\" she told reporters at city hall.",
    "The residents' group Eastgate Parents for Clean Water said the resignation was \"a beginning, not an ending\" and renewed its call for an independent inquiry into what the utility knew and when.",
    "Kestrel Chemworks, whose plant at Morrow Bend sits upstream of the city's main river intake, has said its discharges comply with its permit. The provincial environment ministry opened a review of that permit last week.",
    "HMW has installed temporary carbon filters at the Morrow Bend intake and is distributing bottled water to about 4,300 Eastgate households.",
]
WIRE_EXTRA = ("In Eastgate, the news was greeted with little celebration. \"One resignation does not filter a single glass of water,\" "
              "said Henrik Aasgaard, 71, who has lived on Cable Row for four decades and now buys bottled water every Saturday.")
WIRE_SIGN = "(Reporting by Lena Marsh; Editing by Paul Arkwright)"


def curly(s):
    """Typographic quotes for the cp1252 copy."""
    out, open_q = [], True
    for i, ch in enumerate(s):
        if ch == '"':
            out.append("\u201c" if open_q else "\u201d")
            open_q = not open_q
        elif ch == "'":
            out.append("\u2019")
        else:
            out.append(ch)
    return "".join(out)


# ---------------------------------------------------------------------------
# k05 / k06  web Markdown and its print (PDF-text) copy
# ---------------------------------------------------------------------------
K05_TITLE = "Province orders inquiry after leaked memo shows water utility knew of solvent in 2016"
K05_URL = "https://www.halvorstedcourier.com/news/2021/05/12/province-orders-inquiry-leaked-memo"
K05_BODY = paras("""
The provincial government has ordered an independent inquiry into Halvorsted's drinking-water contamination after a leaked internal memo suggested the city's water utility knew of an unidentified solvent in the Aldwater river nearly two years before residents raised the alarm.

The four-page memo, dated September 28, 2016 and written by a senior chemist at Halvorsted Municipal Waterworks (HMW), describes "an unknown fluorinated peak" in samples from the Morrow Bend intake and recommends "further characterisation before the matter is escalated". It was first published on Tuesday by the residents' group Eastgate Parents for Clean Water.

Environment minister Rosalind Achterberg announced the inquiry yesterday afternoon in the provincial assembly. It will be chaired by Margarethe Oyelaran, a retired appeals court judge, and will have the power to compel witnesses and documents.

"People in Eastgate were drinking this water for years while, it now appears, somebody in a laboratory had a question mark on a piece of paper," Achterberg told legislators. "We need to know who saw that question mark and what they did with it."

HMW's interim director, Saskia Broemer, confirmed that the memo was genuine. She said the utility had handed all its laboratory records from 2014 onwards to the ministry and would "cooperate fully and without reservation" with the inquiry. The chemist who wrote the memo, who has not been named, still works at the utility, Broemer said.

Former director Tomas Reinholt, who resigned in March 2019 after a university study found tetrafluorobutyl ether (TFBE) in Eastgate's taps at up to 14 times the national guideline, did not respond to requests for comment. His lawyer said Reinholt "had no recollection" of the document.

Amara Lindqvist-Obi, who founded Eastgate Parents for Clean Water, said the group had received the memo anonymously in an envelope pushed under the door of the community hall. "For three years we were told nobody could have known," she said. "Somebody knew in 2016. Somebody wrote it down."

Mayor Petra Vandersloot welcomed the inquiry but faced questions from opposition councillors about why the city had not ordered a review of its own. Councillor Jonas Elverum said the mayor had "waited for the province to do the job the city should have done two years ago".

Kestrel Chemworks, whose plant upstream of the intake is the suspected source of the TFBE, said it would "assist the inquiry in any way requested". A class action brought by about 2,900 Eastgate residents against the company and the city is pending before the provincial high court.

The inquiry is expected to report within 18 months.
""")

# ---------------------------------------------------------------------------
# k07  Courier HTML, inquiry report (2022-03-03)
# ---------------------------------------------------------------------------
K07_TITLE = "Inquiry finds 'systemic failure' let solvent reach Eastgate taps for years"
K07_URL = "https://www.halvorstedcourier.com/news/2022/03/03/inquiry-report-systemic-failure"
K07_BODY = paras("""
A provincial inquiry has concluded that a "systemic failure" at Halvorsted's water utility, its regulator and city hall allowed an industrial solvent to flow through taps in the Eastgate district for at least two years before residents were warned.

The 412-page report, published on Thursday by retired judge Margarethe Oyelaran, found that chemists at Halvorsted Municipal Waterworks (HMW) detected an unidentified compound at the Morrow Bend intake in 2016 but that the finding was never passed to the utility's board, the city council or the provincial environment agency.

"This was not one bad decision. It was a hundred small ones, each made by someone who assumed somebody else was watching," Oyelaran said as she presented her findings in the provincial assembly.

The compound, tetrafluorobutyl ether (TFBE), was later traced to the outfall of the Kestrel Chemworks plant upstream of the intake. The inquiry found that Kestrel had listed TFBE in its annual discharge returns to the environment agency from 2015 onwards, but that agency staff never compared those returns with the location of drinking-water intakes downstream.

The report makes 37 recommendations, including adding TFBE and related compounds to the provincial drinking-water code, creating an independent water-quality commissioner and requiring utilities to publish all raw laboratory results within 30 days. It also calls for free blood tests for everyone who lived in Eastgate between 2014 and 2019.

It stops short of finding that any individual acted in bad faith. But it criticises former HMW director Tomas Reinholt for "an incurious leadership culture" and says his assurances to residents in June 2018 were "given without any proper basis".

Mayor Petra Vandersloot, who faces re-election in October, apologised in the council chamber hours after the report's release. "I apologise to every family in Eastgate. The city failed them, and I was the head of the city," she said, adding that the city would accept every recommendation addressed to it.

The inquiry was ordered on May 11, 2021, after residents published a leaked internal memo showing that a utility chemist had flagged "an unknown fluorinated peak" in river samples in September 2016.

"Today the report says what we said in 2018," said Amara Lindqvist-Obi of Eastgate Parents for Clean Water. "What we need now is not another apology but a date when our water will be clean."

Kestrel said in a statement that it "notes the findings" and that the report did not attribute any breach of its permit to the company. Daniel Ferreira-Holt, the lawyer for about 2,900 residents suing Kestrel and the city, said the report would be filed as evidence in the class action.
""")

# ---------------------------------------------------------------------------
# k08  LEP print page (PDF-text), same event, different article
# ---------------------------------------------------------------------------
K08_TITLE = "'A hundred small' failures: inquiry lays bare Halvorsted water scandal"
K08_BODY_A = paras("""
HALVORSTED - The judge who spent ten months examining Halvorsted's contaminated water supply delivered her verdict yesterday in a single sentence that Eastgate residents are likely to repeat for years.

"This was not one bad decision. It was a hundred small ones, each made by someone who assumed somebody else was watching," retired appeals judge Margarethe Oyelaran told a packed public gallery in the provincial assembly.

Her report runs to 412 pages and contains 37 recommendations. Its central finding is that three institutions - the municipal waterworks, the provincial environment agency and city hall - each held a piece of the puzzle and none of them put it together.

Chemists at the waterworks noticed an unknown peak in river samples in 2016. Kestrel Chemworks listed the solvent TFBE in its discharge returns from 2015. The environment agency filed those returns without comparing them with the drinking-water intake a few kilometres downstream. City hall, the report says, "asked no questions to which it did not already want the answer".

For the families of Eastgate, who were told in June 2018 that their water was safe, the report offered vindication rather than comfort.
""")
K08_BODY_B = paras("""
"Today the report says what we said in 2018," said Amara Lindqvist-Obi of Eastgate Parents for Clean Water, standing on the assembly steps with a dozen other parents holding plastic bottles of brownish tap water collected that morning.

Mayor Petra Vandersloot, who has led the city since 2014 and presided over its response when residents first complained, apologised in the council chamber. "I apologise to every family in Eastgate. The city failed them, and I was the head of the city," she said.

Opposition councillor Jonas Elverum, who is expected to challenge Vandersloot in October's municipal election, called the apology "the least expensive thing the mayor could offer" and demanded a timetable for a new treatment plant.

Environment minister Rosalind Achterberg said the province would legislate to add TFBE to the drinking-water code "before the summer" and would study the report's proposal for an independent water-quality commissioner.

Kestrel Chemworks said it "notes the findings". The report does not find that the company broke its permit, but says the permit "should never have been written without a limit for a substance the company itself declared".
""")

# ---------------------------------------------------------------------------
# k09 / k10  LEP settlement: full HTML and paywall teaser
# ---------------------------------------------------------------------------
K09_TITLE = "Kestrel Chemworks agrees \u20ac212 million settlement with Eastgate residents"
K09_URL = "https://eveningpost.lindmark.news/news/2023/06/20/kestrel-settlement-eastgate"
K09_BODY = paras("""
Kestrel Chemworks, the coatings manufacturer blamed for contaminating drinking water in Halvorsted's Eastgate district, has agreed to pay \u20ac212 million to settle a class action brought by more than 3,000 residents.

The deal was announced on Tuesday on the steps of the provincial high court, where a trial on Kestrel's liability had been due to begin in September. It must still be approved by a judge.

Under its terms, \u20ac140 million will fund medical monitoring, blood tests and compensation payments for residents who lived in Eastgate between 2014 and 2019. Another \u20ac60 million will be paid to the city to help build a filtration plant at the Morrow Bend river intake, and \u20ac12 million will cover the plaintiffs' legal costs. Kestrel does not admit any wrongdoing.

"No amount of money gives these families back the water they drank, but this settlement means they will not pay for the consequences alone," said Daniel Ferreira-Holt, the lawyer who has represented the residents since the suit was filed in September 2020.

Victor Dunmore, Kestrel's chief executive, read a short statement on the same steps. "We regret the harm that our discharges contributed to, and we want Eastgate to be able to move forward," he said. He took no questions.

The company says it has spent \u20ac38 million since 2019 upgrading treatment at its Morrow Bend site and that TFBE in its outfall is now below the detection limit.

For Amara Lindqvist-Obi, the lead plaintiff, the decision to settle was a matter of time. "We accepted because our children need the blood tests now, not in ten years when the appeals are finished," she said.

Not every resident was satisfied. Henrik Aasgaard, 75, who has lived on Cable Row for more than forty years, said he had worked out that individual payments would be "the price of a second-hand car for a lifetime of drinking poison".

The city of Halvorsted, the second defendant in the case, is not part of the agreement. Mayor Jonas Elverum, elected last October on a promise to settle with Eastgate, said negotiations were continuing and that he hoped to announce a deal "within months".

A criminal investigation by provincial prosecutors into Kestrel and former utility officials, opened after last year's inquiry report described a "systemic failure", is continuing.
""")

# ---------------------------------------------------------------------------
# k11  LPR HTML, court approval (2024-01-17)
# ---------------------------------------------------------------------------
K11_TITLE = "Judge approves Kestrel settlement, clearing way for Eastgate blood tests"
K11_URL = "https://www.lindmarkradio.org/news/2024/01/17/judge-approves-kestrel-settlement"
K11_BODY = paras("""
A judge at the provincial high court has approved the \u20ac212 million settlement between Kestrel Chemworks and residents of Halvorsted's Eastgate district, releasing money for a long-awaited blood-testing programme.

Justice Imre Castellan ruled on Tuesday that the agreement, reached on June 20, 2023, was "fair, reasonable and in the interests of the class as a whole". He rejected objections from 14 residents who argued that individual payments were too small.

"The objectors' frustration is understandable. But the alternative is years of litigation whose outcome no one in this courtroom can predict," Castellan wrote in a 46-page ruling.

The first payments from the \u20ac140 million medical and compensation fund are expected in the spring. Blood testing, run by the University of Halvorsted, will begin in March at a clinic in the Eastgate community hall. Anyone who lived in the district between 2014 and 2019 is eligible.

"We will finally be able to say how much TFBE people carry in their bodies, rather than guessing from what came out of the tap," said Dr Helene Marchetti, the toxicologist who will lead the programme and whose 2019 study first identified the solvent in Eastgate's water.

Daniel Ferreira-Holt, the residents' lawyer, said the ruling ended "the longest wait of all - the wait to be believed".

One of the objectors, retired teacher Britt Lomholt, said she would not appeal. "I said what I had to say. Now I want my test like everybody else," she told Lindmark Public Radio outside the courthouse.

The city of Halvorsted settled its own part of the case for \u20ac31 million in November. Construction of a new filtration plant at Morrow Bend, partly paid for by the Kestrel settlement, began in the autumn and is due to finish early next year.

Separately, provincial prosecutors last month charged former Kestrel plant manager Gerrit Haaksma and former waterworks director Tomas Reinholt with negligent endangerment of public health. Both men deny the charges.
""")

# ---------------------------------------------------------------------------
# JSONL records
# ---------------------------------------------------------------------------
JL1_TITLE = "Eastgate families to share \u20ac140 million as Kestrel settles water lawsuit"
JL1_TEXT = "\n\n".join(paras("""
HALVORSTED - Kestrel Chemworks will pay \u20ac212 million to end the class action brought by residents of Halvorsted's Eastgate district, closing three years of litigation over the solvent that seeped into the neighbourhood's drinking water.

The agreement, filed with the provincial high court on Tuesday afternoon, sets aside \u20ac140 million for a medical monitoring and compensation fund for the roughly 3,100 people covered by the suit. A further \u20ac60 million will go towards the city's planned filtration plant at Morrow Bend, and \u20ac12 million will cover legal fees.

Kestrel, whose plant discharged tetrafluorobutyl ether (TFBE) into the Aldwater river upstream of the city's intake for years, does not admit liability.

"We regret the harm that our discharges contributed to, and we want Eastgate to be able to move forward," chief executive Victor Dunmore said outside the courthouse.

Residents' lawyer Daniel Ferreira-Holt, who filed the suit in 2020, called the deal the largest environmental settlement in the province's history. "No amount of money gives these families back the water they drank, but this settlement means they will not pay for the consequences alone," he said.

Lead plaintiff Amara Lindqvist-Obi said the group had voted by a large majority to accept. "We accepted because our children need the blood tests now, not in ten years when the appeals are finished," she said.

How the money will be divided is not yet settled. A court-appointed administrator will propose a formula that weighs how long each claimant lived in Eastgate and their age during the years of highest contamination, Ferreira-Holt said.

The settlement leaves the city of Halvorsted as the only remaining defendant. The city's lawyers asked the court for a 60-day pause to pursue talks, which Justice Imre Castellan granted.

Castellan will consider whether to approve the Kestrel agreement at a hearing in January. Residents who object to its terms have until November 15 to file written submissions.
"""))
JL1_URL = "https://riversideledger.net/region/kestrel-settles-eastgate-water-lawsuit"

JL2_TITLE = "First Eastgate blood tests find solvent in nine out of ten residents"
JL2_TEXT = "\n\n".join(paras("""
Nine out of ten Eastgate residents tested so far carry measurable levels of the industrial solvent TFBE in their blood, according to the first results of the medical monitoring programme funded by the Kestrel Chemworks settlement.

Researchers from the University of Halvorsted presented the figures to about 300 residents at the Eastgate community hall on Monday evening and published them in full on Tuesday morning.

Of 2,214 people tested since March, 1,997 had TFBE above the laboratory's detection limit. The median level was 11.2 nanograms per millilitre of blood serum, roughly 20 times the median in a comparison group from Varnby, a town on the far side of the province that draws its water from wells.

"These are not numbers anyone wanted to see, but they are numbers we can now work with," said Dr Helene Marchetti, the programme's scientific lead. "For the first time, families can hold a result in their hands."

Children who were under five when contamination was at its peak had the highest levels, Marchetti said, probably because young children drink more water for their body weight. Levels were lower among residents who had left Eastgate before 2018.

The results do not show whether TFBE has made anyone ill. A second phase, starting next year, will compare thyroid and liver function in exposed residents with the Varnby group.

Amara Lindqvist-Obi, who led the residents' class action, said her family received their letters last week. "I looked at my son's number and could not speak for an hour," she said. "Then I thought: at least now it is a number, not a fear."

Mayor Jonas Elverum said the city would pay for a permanent health advice service at the community hall. The new filtration plant at Morrow Bend, under construction since last autumn, is due to open in the spring.

Residents who have not yet been tested can book an appointment until December 20.
"""))
JL2_URL = "https://www.lindmarkradio.org/news/eastgate-blood-tests-first-results-4471"


# ---------------------------------------------------------------------------
# CSV records
# ---------------------------------------------------------------------------
CSV1_TITLE = "Eastgate households to get free under-sink filters as utility widens testing"
CSV1_TEXT = "\n\n".join(paras("""
Halvorsted Municipal Waterworks will fit free under-sink carbon filters in about 4,300 Eastgate homes, the utility said on Wednesday, as it extends testing for the solvent TFBE to the Northbank and Fellside districts.

Interim director Saskia Broemer said fitters would start on Monday, beginning with households that include children under five, pregnant women or people with kidney disease.

"Bottled water was an emergency measure. It was never meant to last a whole summer, let alone longer," Broemer said. "Filters are not a cure, but they are a better bridge."

The filters, which cost the utility about \u20ac1.9 million, reduced TFBE to below the detection limit in trials at 40 homes, according to figures released with the announcement. Residents will be asked to let technicians replace the cartridges every three months.

Amara Lindqvist-Obi, of Eastgate Parents for Clean Water, said the group welcomed the filters but would not be distracted. "A filter under the sink is welcome, but the problem is in the river, not in my kitchen," she said.

In June, the provincial environment ministry ordered Kestrel Chemworks to cut its TFBE discharges by 90 percent by the end of 2020. The company has said it will comply, while "reserving its legal position".

Testing in Northbank and Fellside, which are supplied mainly from groundwater, will begin next month. The utility said it did not expect to find TFBE there but wanted "to be able to say so with evidence, not assumptions".
"""))
CSV1_URL = "https://www.halvorstedcourier.com/news/2019/08/14/eastgate-free-filters"

CSV2_TITLE = "Explainer: What is TFBE, and how did it end up in Halvorsted's water?"
CSV2_TEXT = "\n\n".join(paras("""
For years, people in Halvorsted's Eastgate district drank tap water containing an industrial solvent that most of them had never heard of. Here is what we know about TFBE and how it got there.

What is TFBE? Tetrafluorobutyl ether is a fluorinated solvent used to make water-repellent coatings for textiles and cables. Like related compounds, it breaks down very slowly and can build up in the body over time.

Where did it come from? Investigators traced it to the Kestrel Chemworks plant at Morrow Bend, about six kilometres upstream of the intake that supplies most of Eastgate's water. Kestrel declared the solvent in its discharge returns for years, but no one compared those returns with the location of the intake.

Who knew, and when? A chemist at Halvorsted Municipal Waterworks flagged "an unknown fluorinated peak" in 2016. Residents began complaining about a sweet, chemical smell in June 2018. A University of Halvorsted study confirmed the contamination in 2019, and a provincial inquiry later described a "systemic failure" across the utility, the regulator and city hall.

Is the water safe now? Eastgate households have relied on bottled water and under-sink filters while a new treatment plant at Morrow Bend was planned and built. Check the city's website for the current advice for your street.

What does it do to health? That is still being studied. Animal research has linked similar compounds to liver and thyroid effects. A blood-testing programme paid for by Kestrel's settlement with residents is measuring how much TFBE people carry.

What about compensation? Kestrel and the city both settled with residents after a class action was filed in 2020. Criminal charges against former officials are being handled separately by provincial prosecutors.

This explainer is updated as the story develops. Send questions to our newsroom through the form below.
"""))
CSV2_URL = "https://www.lindmarkradio.org/explainers/tfbe-halvorsted-water"

# ---------------------------------------------------------------------------
# JSON list records (different field names)
# ---------------------------------------------------------------------------
J1_TITLE = "Eastgate residents file class action against Kestrel and the city"
J1_TEXT = "\n\n".join(paras("""
About 2,900 residents of Halvorsted's Eastgate district have filed a class action against Kestrel Chemworks and the city, seeking damages and lifelong medical monitoring over the solvent that contaminated their drinking water.

The claim, lodged with the provincial high court on Thursday, accuses Kestrel of negligently discharging tetrafluorobutyl ether (TFBE) into the Aldwater river and the city's waterworks of supplying contaminated water while assuring residents it was safe.

"For two years these families have been told to be patient. Patience has not cleaned a single pipe," said Daniel Ferreira-Holt, the lawyer leading the case. "Today they stop asking and start demanding."

The lead plaintiff is Amara Lindqvist-Obi, a nurse who began collecting neighbours' complaints in a notebook when residents first noticed a chemical smell in June 2018. "I never wanted to sue anyone," she said. "I wanted someone to tell me the truth. This is the only way left to make them."

The suit relies heavily on last year's University of Halvorsted study, which found TFBE in every tap sample from 61 Eastgate homes at up to 14 times a national health guideline, and on discharge records obtained by the residents under freedom-of-information law.

Kestrel said it would "defend itself vigorously" and that it had complied with its permit throughout. Mayor Petra Vandersloot said the city would "respond in court, not in the newspapers", but added that she understood residents' anger.

The court has given the defendants until October 30 to file their responses. Ferreira-Holt said he expected the case to take at least two years to reach trial.

Eastgate households are still using bottled water and under-sink filters provided by the waterworks.
"""))
J1_URL = "https://www.halvorstedcourier.com/news/2020/09/17/eastgate-class-action"

J2_TITLE = "Comienza el juicio por la contaminaci\u00f3n del agua de Halvorsted"
J2_TEXT = "\n\n".join(paras("""
HALVORSTED, 12 de enero de 2026. - El antiguo director de la planta de Kestrel Chemworks en Morrow Bend, Gerrit Haaksma, y el exdirector de la empresa municipal de aguas de Halvorsted, Tomas Reinholt, comparecieron este lunes ante el tribunal penal provincial de Lindmark, acusados de poner en peligro la salud p\u00fablica por negligencia.

La fiscal\u00eda sostiene que ambos conoc\u00edan desde 2016 la presencia de un disolvente industrial, el TFBE, en el r\u00edo Aldwater y que no informaron ni a las autoridades sanitarias ni a los vecinos del barrio de Eastgate, que bebieron agua contaminada durante al menos dos a\u00f1os.

"Ninguno de los dos acusados vert\u00eda el disolvente con sus propias manos. Pero los dos ten\u00edan en sus manos la informaci\u00f3n que habr\u00eda detenido el vertido", afirm\u00f3 la fiscal Annika Stroud en su alegato inicial.

Los abogados de los acusados pidieron la absoluci\u00f3n. La defensa de Reinholt argument\u00f3 que el memorando interno de septiembre de 2016, en el que un qu\u00edmico de la empresa de aguas se\u00f1alaba "un pico fluorado desconocido", nunca lleg\u00f3 a su despacho. La de Haaksma asegur\u00f3 que Kestrel declar\u00f3 el TFBE cada a\u00f1o a la agencia ambiental.

Decenas de vecinos de Eastgate siguieron la sesi\u00f3n desde la galer\u00eda p\u00fablica. "No venimos a buscar venganza, venimos a escuchar a alguien decir que sab\u00eda", dijo a este diario Amara Lindqvist-Obi, la enfermera que encabez\u00f3 la demanda colectiva de los residentes.

El caso llega despu\u00e9s de que Kestrel aceptara pagar 212 millones de euros a los vecinos en 2023 y de que la ciudad inaugurara el pasado abril una nueva planta de filtraci\u00f3n. Los an\u00e1lisis de sangre realizados a m\u00e1s de 2.000 residentes detectaron el disolvente en nueve de cada diez.

Si son declarados culpables, los acusados se enfrentan a penas de hasta cinco a\u00f1os de prisi\u00f3n. Est\u00e1 previsto que el juicio se prolongue hasta abril.
"""))
J2_URL = "https://www.elvigiacontinental.es/internacional/juicio-agua-halvorsted-20260112.html"

# ---------------------------------------------------------------------------
# WARC records
# ---------------------------------------------------------------------------
W1_TITLE = "Eastgate's new filtration plant opens, ending seven years of bottled water"
W1_URL = "https://www.halvorstedcourier.com/news/2025/04/08/filtration-plant-opens"
W1_BODY = paras("""
For the first time since the summer of 2018, the city of Halvorsted says people in the Eastgate district can drink water straight from the tap.

Mayor Jonas Elverum opened the \u20ac94 million Morrow Bend treatment plant on Tuesday morning, turning a ceremonial valve in front of about 200 residents, engineers and council members. The plant combines granular activated carbon with a reverse osmosis stage and can treat 60 million litres a day.

Six weeks of commissioning tests found no TFBE above the laboratory's detection limit at the plant or at 25 taps across Eastgate, said waterworks director Saskia Broemer, who took the job permanently in 2022 after three years as interim head.

"We built this plant for the water we have, not the water we wish we had," Broemer said. "It will remove compounds that are not even regulated yet."

Elverum, who campaigned on the Eastgate crisis and won the mayoralty in October 2022, drank a glass of treated water for the cameras. "Seven years is far too long. But today the city keeps a promise instead of making one," he said.

About \u20ac60 million of the cost was covered by the settlement Kestrel Chemworks reached with residents in 2023. The remainder is being paid through a water-rate surcharge that will end in 2031.

Residents were cautious. "I will believe it when my son drinks from the tap and I don't flinch," said Amara Lindqvist-Obi, who led the residents' class action. She said she would keep using her under-sink filter "for a while yet".

Bottled water deliveries will end on May 31. Under-sink filters will stay in place until the end of the year, and the utility will publish weekly test results for every Eastgate street online.

Former Kestrel plant manager Gerrit Haaksma and former waterworks director Tomas Reinholt are due to stand trial on charges of negligent endangerment of public health. Both deny wrongdoing.
""")

W2_TITLE = "Halvorsted: Neue Filteranlage soll Trinkwasser wieder sicher machen"
W2_URL = "https://www.nordwacht-zeitung.de/panorama/halvorsted-filteranlage-trinkwasser"
W2_BODY = paras("""
Fast sieben Jahre lang haben die Bewohner des Halvorsteder Stadtteils Eastgate ihr Trinkwasser aus Flaschen und Filterkartuschen bezogen. Seit Dienstag soll das vorbei sein: B\u00fcrgermeister Jonas Elverum hat am Flusswasserwerk Morrow Bend eine neue Aufbereitungsanlage in Betrieb genommen.

Die Anlage hat rund 94 Millionen Euro gekostet und kombiniert Aktivkohlefilter mit einer Umkehrosmose-Stufe. Sie soll das L\u00f6sungsmittel TFBE zuverl\u00e4ssig aus dem Wasser des Flusses Aldwater entfernen, das der Chemiebetrieb Kestrel Chemworks jahrelang flussaufw\u00e4rts eingeleitet hatte.

"Sieben Jahre sind viel zu lang. Aber heute h\u00e4lt die Stadt ein Versprechen, statt eines zu geben", sagte Elverum bei der Er\u00f6ffnung und trank vor laufenden Kameras ein Glas aufbereitetes Wasser.

Nach Angaben der st\u00e4dtischen Wasserwerke lag TFBE in sechs Wochen Probebetrieb an keiner Messstelle \u00fcber der Nachweisgrenze. Werksleiterin Saskia Broemer k\u00fcndigte an, die Messwerte f\u00fcr jede Stra\u00dfe in Eastgate w\u00f6chentlich im Internet zu ver\u00f6ffentlichen.

Die Anwohner bleiben vorsichtig. Amara Lindqvist-Obi, die die Sammelklage der Bewohner angef\u00fchrt hatte, will ihren Filter unter der Sp\u00fcle vorerst behalten. Eine Blutuntersuchung hatte im vergangenen Jahr bei neun von zehn getesteten Bewohnern TFBE nachgewiesen.

Rund 60 Millionen Euro der Baukosten stammen aus dem Vergleich, den Kestrel 2023 mit den Anwohnern geschlossen hatte. Den Rest zahlen die Haushalte \u00fcber einen Aufschlag auf den Wasserpreis.

Juristisch ist der Fall nicht abgeschlossen: Gegen einen fr\u00fcheren Werksleiter von Kestrel und den ehemaligen Chef der Wasserwerke, Tomas Reinholt, soll ein Strafprozess wegen fahrl\u00e4ssiger Gef\u00e4hrdung der \u00f6ffentlichen Gesundheit stattfinden.
""")

# ---------------------------------------------------------------------------
# PDF (fpdf2), Riverside Ledger, trial opening
# ---------------------------------------------------------------------------
PDF_TITLE = "Former Kestrel manager and ex-water chief go on trial over Eastgate contamination"
PDF_BODY = paras("""
HALVORSTED - Nearly a decade after a chemist at Halvorsted's waterworks wrote a memo about "an unknown fluorinated peak" in river samples, two men accused of ignoring the warning signs went on trial on Monday.

Gerrit Haaksma, who managed the Kestrel Chemworks plant at Morrow Bend from 2013 to 2020, and Tomas Reinholt, who ran Halvorsted Municipal Waterworks until his resignation in 2019, each face one count of negligent endangerment of public health. Both pleaded not guilty before the provincial criminal court in Lindmark.

Prosecutor Annika Stroud told the court that the memo, dated September 28, 2016, was "the first of many moments when someone could have stopped this".

"Neither defendant poured the solvent into the river with his own hands. But both held in their hands the information that would have stopped it," she said in her opening statement.

Reinholt's lawyer, Felix Andriessen, said his client had never seen the memo and had relied on laboratory staff who told him the water met every legal standard. "You cannot be negligent about a document that never reached your desk," Andriessen said.

Haaksma's defence argued that Kestrel had declared its TFBE discharges to the provincial environment agency every year from 2015, and that responsibility for spotting the risk lay with the regulator.

About forty Eastgate residents watched from the public gallery. Among them was Amara Lindqvist-Obi, the nurse who led the residents' class action. "We are not here for revenge. We are here to hear someone say they knew," she said during a break.

The trial follows Kestrel's EUR 212 million settlement with residents in 2023 and the opening last April of a new filtration plant that the city says has removed TFBE from Eastgate's taps. Blood tests in 2024 found the solvent in nine out of ten residents tested.

If convicted, the two men face up to five years in prison. The court has set aside hearing days until the end of April, with the memo's author expected to testify next month.
""")

# ---------------------------------------------------------------------------
# French txt, municipal election (2022-10-10)
# ---------------------------------------------------------------------------
FR_TITLE = "Municipales \u00e0 Halvorsted : la crise de l'eau emporte la maire sortante"
FR_BODY = paras("""
La crise de l'eau contamin\u00e9e d'Eastgate a co\u00fbt\u00e9 son fauteuil \u00e0 la maire de Halvorsted. Petra Vandersloot, \u00e9lue depuis 2014, a \u00e9t\u00e9 nettement battue dimanche par le conseiller d'opposition Jonas Elverum, qui a recueilli 54,3 % des voix contre 38,1 % pour la sortante.

La participation a atteint 67 %, un niveau in\u00e9dit depuis vingt ans, tir\u00e9 par une mobilisation massive dans le quartier d'Eastgate, o\u00f9 les habitants boivent de l'eau en bouteille depuis l'\u00e9t\u00e9 2018.

\u00ab Ce soir, Eastgate n'a pas vot\u00e9 contre quelqu'un, il a vot\u00e9 pour un robinet dont on n'a plus peur \u00bb, a d\u00e9clar\u00e9 Jonas Elverum devant ses partisans r\u00e9unis dans la salle communale du quartier. Il a promis de n\u00e9gocier \u00ab dans les cent jours \u00bb un accord avec les quelque 2 900 habitants qui poursuivent la ville et le groupe chimique Kestrel Chemworks.

Petra Vandersloot a reconnu sa d\u00e9faite peu apr\u00e8s 22 heures. \u00ab Les \u00e9lecteurs ont jug\u00e9 que je portais une part de responsabilit\u00e9. Je l'accepte \u00bb, a-t-elle dit.

Sa campagne n'avait jamais r\u00e9ussi \u00e0 se d\u00e9tacher du rapport de la commission d'enqu\u00eate provinciale, publi\u00e9 le 3 mars, qui avait d\u00e9nonc\u00e9 une \u00ab d\u00e9faillance syst\u00e9mique \u00bb de la r\u00e9gie municipale des eaux, de l'agence environnementale et de l'h\u00f4tel de ville. La maire avait pr\u00e9sent\u00e9 ses excuses le jour m\u00eame, sans parvenir \u00e0 convaincre.

\u00ab Pour nous, ce n'est pas une victoire, c'est un d\u00e9but \u00bb, a r\u00e9agi Amara Lindqvist-Obi, infirmi\u00e8re et fondatrice du collectif Eastgate Parents for Clean Water, qui avait refus\u00e9 de donner une consigne de vote.

Le nouveau maire devra trancher rapidement sur le financement de la future usine de filtration de Morrow Bend, estim\u00e9e \u00e0 94 millions d'euros, dont il contestait jusqu'ici le financement par une hausse du prix de l'eau. Il prendra ses fonctions le 1er novembre.
""")


# ---------------------------------------------------------------------------
# HTML builders
# ---------------------------------------------------------------------------
def esc(s):
    return (s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&quot;"))


def html_k07():
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": K07_TITLE,
        "datePublished": "2022-03-03T11:20:00+01:00",
        "dateModified": "2022-03-05T08:02:00+01:00",
        "author": {"@type": "Person", "name": "Jonna Feld"},
        "publisher": {"@type": "Organization", "name": "The Halvorsted Courier"},
        "mainEntityOfPage": K07_URL,
    }
    body = "\n".join(f"      <p>{esc(p)}</p>" for p in K07_BODY)
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>{esc(K07_TITLE)} | The Halvorsted Courier</title>
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <meta name="description" content="Retired judge Margarethe Oyelaran's report makes 37 recommendations after years of TFBE contamination in Eastgate.">
  <link rel="canonical" href="{K07_URL}">
  <meta property="og:type" content="article">
  <meta property="og:site_name" content="The Halvorsted Courier">
  <meta property="og:title" content="{esc(K07_TITLE)}">
  <meta property="og:url" content="{K07_URL}">
  <meta property="og:image" content="https://www.halvorstedcourier.com/media/2022/03/oyelaran-assembly.jpg">
  <meta property="article:published_time" content="2022-03-03T11:20:00+01:00">
  <meta property="article:modified_time" content="2022-03-05T08:02:00+01:00">
  <meta property="article:section" content="Eastgate Water">
  <script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
  <link rel="stylesheet" href="/static/courier.css">
</head>
<body>
  <div id="cookie-banner" class="cookie-banner">
    <p>We and our partners use cookies to personalise content and measure traffic. <a href="/privacy">Read our privacy policy</a>.</p>
    <button type="button">Accept all</button> <button type="button">Reject non-essential</button>
  </div>
  <header class="masthead">
    <a href="/" class="logo"><img src="/static/logo.svg" alt="The Halvorsted Courier"></a>
    <nav>
      <ul>
        <li><a href="/news/">News</a></li>
        <li><a href="/topics/eastgate-water/">Eastgate Water</a></li>
        <li><a href="/politics/">Politics</a></li>
        <li><a href="/business/">Business</a></li>
        <li><a href="/opinion/">Opinion</a></li>
        <li><a href="/sport/">Sport</a></li>
        <li><a href="/subscribe/" class="cta">Subscribe</a></li>
      </ul>
    </nav>
  </header>
  <main id="main">
    <article class="story">
      <p class="kicker"><a href="/topics/eastgate-water/">Eastgate Water</a></p>
      <h1>{esc(K07_TITLE)}</h1>
      <p class="byline">By <a href="/authors/jonna-feld">Jonna Feld</a>, Environment reporter</p>
      <p class="dateline">3 March 2022, 11:20 &middot; Last modified 5 March 2022, 08:02</p>
      <figure>
        <img src="/media/2022/03/oyelaran-assembly.jpg" alt="Margarethe Oyelaran presents her report">
        <figcaption>Retired judge Margarethe Oyelaran presents the inquiry report in the provincial assembly. Photo: Mara Ostlund</figcaption>
      </figure>
{body}
      <div class="share"><a href="#">Share</a> <a href="#">Tweet</a> <a href="#">Email</a></div>
    </article>
    <section class="related">
      <h2>Related stories</h2>
      <ul>
        <li><a href="/news/2021/05/12/province-orders-inquiry-leaked-memo">Province orders inquiry after leaked memo shows water utility knew of solvent in 2016</a> <time datetime="2021-05-12T18:40:00+02:00">12 May 2021</time></li>
        <li><a href="/news/2020/09/17/eastgate-class-action">Eastgate residents file class action against Kestrel and the city</a> <time datetime="2020-09-17T16:02:00+02:00">17 September 2020</time></li>
      </ul>
    </section>
  </main>
  <aside class="most-read">
    <h2>Most read</h2>
    <ol>
      <li><a href="/news/2022/03/01/fellside-school-roof">Fellside school roof to be replaced after winter storms</a></li>
      <li><a href="/sport/2022/02/27/halvorsted-rovers-cup">Rovers reach cup semi-final</a></li>
      <li><a href="/news/2022/03/02/tram-line-consultation">Tram line consultation extended to April</a></li>
    </ol>
  </aside>
  <footer>
    <p><a href="/about">About us</a> | <a href="/contact">Contact</a> | <a href="/privacy">Privacy</a></p>
    <p>&copy; 2022 The Halvorsted Courier. All rights reserved.</p>
  </footer>
</body>
</html>
"""


def html_k09():
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": K09_TITLE,
        "datePublished": "2023-06-20T15:45:00+02:00",
        "dateModified": "2023-06-21T10:30:00+02:00",
        "author": [{"@type": "Person", "name": "Corin Albescu"}],
        "publisher": {"@type": "NewsMediaOrganization", "name": "Lindmark Evening Post",
                      "logo": {"@type": "ImageObject", "url": "https://eveningpost.lindmark.news/img/lep.png"}},
        "url": K09_URL,
    }
    body = "\n".join(f"<p>{esc(p)}</p>" for p in K09_BODY)
    return f"""<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>{esc(K09_TITLE)} - Lindmark Evening Post</title>
<meta property="og:title" content="{esc(K09_TITLE)}">
<meta property="og:site_name" content="Lindmark Evening Post">
<meta property="og:url" content="{K09_URL}">
<meta property="article:published_time" content="2023-06-20T15:45:00+02:00">
<link rel="canonical" href="{K09_URL}">
<script type="application/ld+json">
{json.dumps(ld, ensure_ascii=False, indent=1)}
</script>
</head>
<body class="article paywall-metered">
<div class="consent"><strong>Your privacy.</strong> We use cookies and similar technologies. <a href="/cookies">Cookie settings</a> <button>OK</button></div>
<nav class="top"><a href="/">Home</a> <a href="/news/">News</a> <a href="/health/">Health</a> <a href="/business/">Business</a> <a href="/culture/">Culture</a> <a href="/subscribe">Subscribe</a> <a href="/login">Log in</a></nav>
<article>
<header>
<h1>{esc(K09_TITLE)}</h1>
<div class="meta">By Corin Albescu &bull; <time datetime="2023-06-20T15:45:00+02:00">Tuesday 20 June 2023</time></div>
</header>
{body}
<p class="tags">Topics: <a href="/tag/eastgate">Eastgate</a>, <a href="/tag/kestrel">Kestrel Chemworks</a>, <a href="/tag/water">Water</a></p>
</article>
<aside>
<h3>Most read</h3>
<ul>
<li><a href="/news/2023/06/19/heatwave-warning">Heatwave warning issued for Lindmark lowlands</a> <span class="date">19.06.2023</span></li>
<li><a href="/news/2023/06/14/university-strike">University staff vote to strike in autumn</a> <span class="date">14.06.2023</span></li>
<li><a href="/news/2022/03/04/inquiry-hundred-small-failures">'A hundred small' failures: inquiry lays bare water scandal</a> <span class="date">04.03.2022</span></li>
</ul>
</aside>
<footer><p>&copy; 2023 Lindmark Evening Post Ltd. Registered in Lindmark.</p><p><a href="/terms">Terms</a> &middot; <a href="/privacy">Privacy</a></p></footer>
</body>
</html>
"""


def html_k11():
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": K11_TITLE,
        "datePublished": "2024-01-17T07:30:00+01:00",
        "dateModified": "2024-01-19T12:05:00+01:00",
        "author": {"@type": "Person", "name": "Tobias Wren"},
        "publisher": {"@type": "Organization", "name": "Lindmark Public Radio"},
    }
    body = "\n".join(f"    <p>{esc(p)}</p>" for p in K11_BODY)
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{esc(K11_TITLE)} | LPR News</title>
<meta property="og:title" content="{esc(K11_TITLE)}">
<meta property="og:type" content="article">
<meta property="og:url" content="{K11_URL}">
<link rel="canonical" href="{K11_URL}">
<script type="application/ld+json">{json.dumps(ld)}</script>
</head>
<body>
<div class="cookie-notice" role="dialog">This site uses cookies. By continuing you accept our use of cookies. <a href="/cookies">More information</a></div>
<header>
  <a class="brand" href="/">Lindmark Public Radio</a>
  <nav><a href="/news">News</a> | <a href="/listen">Listen live</a> | <a href="/podcasts">Podcasts</a> | <a href="/donate">Donate</a></nav>
</header>
<main>
  <article>
    <h1>{esc(K11_TITLE)}</h1>
    <p class="byline">Tobias Wren, courts correspondent</p>
    <p class="pubdate">Published <time datetime="2024-01-17T07:30:00+01:00">January 17, 2024</time>. Last updated January 19, 2024.</p>
{body}
    <p class="listen"><a href="/audio/2024/01/17/morning-edition">Listen to this story on Morning Edition</a></p>
  </article>
  <aside class="more">
    <h2>More on Eastgate water</h2>
    <ul>
      <li><a href="/news/2023/06/20/kestrel-agrees-settlement">Kestrel agrees &euro;212 million settlement</a> (June 20, 2023)</li>
      <li><a href="/news/2023/11/28/city-settles-eastgate-claim">City settles Eastgate claim for &euro;31 million</a> (November 28, 2023)</li>
      <li><a href="/news/2023/12/12/haaksma-reinholt-charged">Former Kestrel manager and ex-water chief charged</a> (December 12, 2023)</li>
    </ul>
  </aside>
</main>
<footer><small>&copy; 2024 Lindmark Public Radio &middot; 88.4 FM &middot; <a href="/privacy">Privacy</a></small></footer>
</body>
</html>
"""


def html_w1():
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": W1_TITLE,
        "datePublished": "2025-04-08T10:05:00+02:00",
        "dateModified": "2025-04-08T16:40:00+02:00",
        "publisher": {"@type": "Organization", "name": "The Halvorsted Courier"},
        "author": {"@type": "Person", "name": "Jonna Feld"},
    }
    body = "\n".join(f"<p>{esc(p)}</p>" for p in W1_BODY)
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{esc(W1_TITLE)} | The Halvorsted Courier</title>
<link rel="canonical" href="{W1_URL}">
<meta property="og:title" content="{esc(W1_TITLE)}">
<meta property="og:site_name" content="The Halvorsted Courier">
<meta property="article:published_time" content="2025-04-08T10:05:00+02:00">
<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
</head>
<body>
<div id="cookie-banner">We use cookies. <button>Accept</button></div>
<nav><a href="/news/">News</a> <a href="/topics/eastgate-water/">Eastgate Water</a> <a href="/politics/">Politics</a> <a href="/subscribe/">Subscribe</a></nav>
<main>
<article>
<h1>{esc(W1_TITLE)}</h1>
<p class="byline">By Jonna Feld &middot; 8 April 2025</p>
<figure><img src="/media/2019/03/reinholt-city-hall.jpg" alt="Tomas Reinholt">
<figcaption>File photo: Former waterworks director Tomas Reinholt leaves city hall after resigning on March 5, 2019. Photo: Mara Ostlund</figcaption></figure>
{body}
</article>
<section class="related"><h2>Related</h2><ul>
<li><a href="/news/2024/09/24/eastgate-blood-tests">First Eastgate blood tests find solvent in nine out of ten residents</a> <time datetime="2024-09-24">24 September 2024</time></li>
<li><a href="/news/2023/06/20/kestrel-settlement">Kestrel agrees settlement with Eastgate residents</a> <time datetime="2023-06-20">20 June 2023</time></li>
</ul></section>
</main>
<footer>&copy; 2025 The Halvorsted Courier</footer>
</body>
</html>
"""


def html_w2():
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": W2_TITLE,
        "datePublished": "2025-04-09T06:00:00+02:00",
        "dateModified": "2025-04-10T08:30:00+02:00",
        "publisher": {"@type": "Organization", "name": "Nordwacht Zeitung"},
        "inLanguage": "de",
    }
    body = "\n".join(f"<p>{esc(p)}</p>" for p in W2_BODY)
    return f"""<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<title>{esc(W2_TITLE)} | Nordwacht Zeitung</title>
<link rel="canonical" href="{W2_URL}">
<meta property="og:title" content="{esc(W2_TITLE)}">
<meta property="og:site_name" content="Nordwacht Zeitung">
<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
</head>
<body>
<div class="cmp">Wir verwenden Cookies, um Inhalte zu personalisieren. <button>Alle akzeptieren</button> <button>Einstellungen</button></div>
<nav><a href="/">Startseite</a> <a href="/politik/">Politik</a> <a href="/wirtschaft/">Wirtschaft</a> <a href="/panorama/">Panorama</a> <a href="/abo/">Abo</a></nav>
<article>
<p class="ressort">Panorama</p>
<h1>{esc(W2_TITLE)}</h1>
<p class="datum">Mittwoch, 9. April 2025 &ndash; Aktualisiert: 10.04.2025, 08:30 Uhr</p>
<p class="autor">Von Katrin Vollmer</p>
{body}
</article>
<aside><h3>Meistgelesen</h3><ul>
<li><a href="/panorama/sturmflut-warnung-kueste">Sturmwarnung f&uuml;r die K&uuml;ste</a> <span>07.04.2025</span></li>
<li><a href="/wirtschaft/tarifeinigung-chemie">Tarifeinigung in der Chemiebranche</a> <span>08.04.2025</span></li>
</ul></aside>
<footer>&copy; 2025 Nordwacht Zeitung &middot; <a href="/impressum">Impressum</a> &middot; <a href="/datenschutz">Datenschutz</a></footer>
</body>
</html>
"""


# ---------------------------------------------------------------------------
# writers
# ---------------------------------------------------------------------------
def make_k01():
    body = "\n\n".join(paras(K01_BODY))
    write("eastgate_taps.txt", f"{K01_TITLE}\nThe Halvorsted Courier\n\n{body}\n")
    meta = {
        "published": "2018-06-14",
        "url": "https://www.halvorstedcourier.com/news/2018/06/14/eastgate-tap-water-complaints",
        "byline": "Jonna Feld",
        "language": "en",
    }
    write("eastgate_taps.meta.json", json.dumps(meta, indent=2) + "\n")


def make_k02():
    body = "\n\n".join(paras(K02_BODY))
    write("lep_toxicology_study.txt",
          "LINDMARK EVENING POST \u2014 Health\nWednesday, February 20, 2019\n\n"
          f"{K02_TITLE}\nBy Corin Albescu\n\n{body}\n")


def make_k03():
    lines = ["05 Mar 2019 | Riverside Ledger",
             "Halvorsted water chief quits over contamination handling"]
    lines += WIRE_PARAS + [WIRE_SIGN]
    write("ledger_utility_chief.txt", "\n".join(lines) + "\n")


def make_k04():
    ps = list(WIRE_PARAS)
    ps.insert(6, WIRE_EXTRA)  # extra local paragraph
    ps[0] = ps[0].replace("(Nordline) -", "(Nordline) \u2013")
    text = ("Tidewater Gazette\n3/5/2019\n\n"
            "Embattled Halvorsted utility director resigns as solvent scandal widens\n\n"
            + "\n\n".join(curly(p) for p in ps) + "\n\n" + WIRE_SIGN + "\n")
    text = text.replace("\n", "\r\n")
    write("tidewater_reinholt.txt", text, encoding="cp1252")


def make_k05():
    body = "\n\n".join(K05_BODY)
    md = f"""[Skip to main content](#main)

[![The Halvorsted Courier](https://www.halvorstedcourier.com/static/logo.svg)](https://www.halvorstedcourier.com/)

* [News](https://www.halvorstedcourier.com/news/)
* [Eastgate Water](https://www.halvorstedcourier.com/topics/eastgate-water/)
* [Politics](https://www.halvorstedcourier.com/politics/)
* [Business](https://www.halvorstedcourier.com/business/)
* [Opinion](https://www.halvorstedcourier.com/opinion/)
* [Sport](https://www.halvorstedcourier.com/sport/)
* [Subscribe](https://www.halvorstedcourier.com/subscribe/)

> We use cookies to give you the best experience on our website. By continuing to browse you agree to our [cookie policy](https://www.halvorstedcourier.com/cookies). **[Accept]** [Manage settings]

[News](https://www.halvorstedcourier.com/news/) › [Eastgate Water](https://www.halvorstedcourier.com/topics/eastgate-water/)

# {K05_TITLE}

By **Jonna Feld**, Environment reporter

Published 12 May 2021, 18:40 · Updated 13 May 2021, 09:12

[Share on Facebook](https://www.facebook.com/sharer/sharer.php?u={K05_URL}) [Share on Twitter](https://twitter.com/intent/tweet?url={K05_URL}) [Email](mailto:?subject=Province%20orders%20inquiry)

![Residents queue for bottled water outside Eastgate community hall](https://www.halvorstedcourier.com/media/2018/06/eastgate-queue.jpg)

*Residents queue for bottled water outside the Eastgate community hall on June 15, 2018. Photo: Mara Ostlund / The Halvorsted Courier (archive)*

{body}

**Related:**

* [Water chief quits over contamination handling](https://www.halvorstedcourier.com/news/2019/03/05/water-chief-quits)
* [Eastgate residents file class action against Kestrel and the city](https://www.halvorstedcourier.com/news/2020/09/17/eastgate-class-action)

---

> ### The Eastgate Water Briefing
> Everything you need to know about the contamination, every Friday in your inbox.
> [Sign up now](https://www.halvorstedcourier.com/newsletters/eastgate)

[Facebook](https://www.facebook.com/sharer/sharer.php?u={K05_URL}) · [Twitter](https://twitter.com/intent/tweet?url={K05_URL}) · [Copy link]({K05_URL})

## Comments (3)

**riverwalker_62** · 2 hours ago

Two years. They knew for two years and we were buying our kids juice because we were scared of the tap.

**M. Dahlberg** · 1 hour ago

Good that there is finally an inquiry, but 18 months is a long time to wait for answers we mostly already have.

**EastgateMum** · 45 minutes ago

Whoever pushed that envelope under the door, thank you.

[Load more comments](#)

---

[About us](https://www.halvorstedcourier.com/about) · [Contact](https://www.halvorstedcourier.com/contact) · [Privacy](https://www.halvorstedcourier.com/privacy)

© 2021 The Halvorsted Courier. All rights reserved.

Original URL: {K05_URL}
"""
    write("courier_inquiry_web.md", md)


def make_k06():
    lines = pdf_wrap(K05_BODY)
    cut = 30
    hdr1 = "THE HALVORSTED COURIER" + " " * 44 + "Page 1"
    hdr4 = "Page 4" + " " * 44 + "THE HALVORSTED COURIER"
    out = [hdr1, "", "By JONNA FELD", "Environment reporter", ""]
    out += lines[:cut]
    out += ["", "Continued on page 4", "", "\f" + hdr4, "", "(Continued from page 1)", ""]
    out += lines[cut:]
    out += ["", "- 4 -"]
    write("inquiry_print_scan.txt", "\n".join(out) + "\n")


def make_k07():
    write("courier_inquiry_report.html", html_k07())


def make_k08():
    a = pdf_wrap(K08_BODY_A)
    b = pdf_wrap(K08_BODY_B)
    h3 = "LINDMARK EVENING POST  |  Friday, March 4, 2022  |  Page 3"
    h4 = "Page 4  |  Friday, March 4, 2022  |  LINDMARK EVENING POST"
    out = [h3, "", "EASTGATE WATER INQUIRY", "", K08_TITLE, "", "By Corin Albescu", "Regional affairs editor", ""]
    out += a
    out += ["", "Continued on page 4", "", "3", "\f" + h4, "", "INQUIRY, from page 3", ""]
    out += b
    out += ["", "4"]
    write("lep_print_a3.txt", "\n".join(out) + "\n")


def make_k09():
    write("lep_settlement.html", html_k09())


def make_k10():
    teaser = "\n\n".join(K09_BODY[:5])
    md = f"""[Lindmark Evening Post](https://eveningpost.lindmark.news/)

[Home](https://eveningpost.lindmark.news/) | [News](https://eveningpost.lindmark.news/news/) | [Health](https://eveningpost.lindmark.news/health/) | [Business](https://eveningpost.lindmark.news/business/) | [Subscribe](https://eveningpost.lindmark.news/subscribe) | [Log in](https://eveningpost.lindmark.news/login)

# {K09_TITLE}

**By Corin Albescu** | 20 June 2023, 15:45

{teaser}

---

### Subscribe to continue reading

You have reached the end of your free preview. Get unlimited access to the Lindmark Evening Post from €1 for the first month.

[Subscribe now](https://eveningpost.lindmark.news/subscribe) · Already a subscriber? [Log in](https://eveningpost.lindmark.news/login)

---

**Read more:** ['A hundred small' failures: inquiry lays bare water scandal](https://eveningpost.lindmark.news/news/2022/03/04/inquiry-hundred-small-failures)

© 2023 Lindmark Evening Post Ltd.
"""
    write("lep_settlement_paywall.md", md)


def make_k11():
    write("lpr_settlement_approved.html", html_k11())


def make_jsonl():
    recs = [
        {"title": JL1_TITLE, "text": JL1_TEXT, "url": JL1_URL, "date": "2023-06-20 18:10 CEST", "outlet": "Riverside Ledger"},
        {"title": JL2_TITLE, "text": JL2_TEXT, "url": JL2_URL, "date": "2024-09-24", "outlet": "Lindmark Public Radio"},
    ]
    with open(path("water_feed.jsonl"), "w", encoding="utf-8") as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


def make_utf16_copy():
    # exact copy of water_feed.jsonl record 2's text, no header of its own
    write("blood_tests_copy.txt", JL2_TEXT + "\n", encoding="utf-16")
    meta = {"outlet": "Lindmark Public Radio", "url": JL2_URL}
    write("blood_tests_copy.meta.json", json.dumps(meta, indent=2) + "\n")


def make_csv():
    buf = io.StringIO()
    w = csv.writer(buf)
    w.writerow(["title", "text", "url", "date", "outlet"])
    w.writerow([CSV1_TITLE, CSV1_TEXT, CSV1_URL, "2019-08-14", "The Halvorsted Courier"])
    w.writerow([CSV2_TITLE, CSV2_TEXT, CSV2_URL, "", "Lindmark Public Radio"])
    write("clippings.csv", buf.getvalue())


def make_json():
    recs = [
        {"headline": J1_TITLE, "body": J1_TEXT, "link": J1_URL,
         "published_at": "2020-09-17T16:02:00+02:00", "source": "The Halvorsted Courier"},
        {"headline": J2_TITLE, "body": J2_TEXT, "link": J2_URL,
         "published_at": "12/01/2026 19:05", "source": "El Vig\u00eda Continental"},
    ]
    write("saved_items.json", json.dumps(recs, ensure_ascii=False, indent=2) + "\n")


def make_warc():
    from warcio.warcwriter import WARCWriter
    from warcio.statusandheaders import StatusAndHeaders

    with open(path("crawl_2025.warc.gz"), "wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        info = writer.create_warcinfo_record(
            "crawl_2025.warc.gz",
            {"software": "warcio", "format": "WARC File Format 1.0",
             "description": "Eastgate water research crawl"})
        info.rec_headers.replace_header("WARC-Date", "2025-05-02T09:14:30Z")
        writer.write_record(info)

        pages = [(W1_URL, html_w1(), "2025-05-02T09:14:33Z", "Tue, 08 Apr 2025 14:40:12 GMT"),
                 (W2_URL, html_w2(), "2025-05-02T09:14:41Z", "Thu, 10 Apr 2025 06:30:00 GMT")]
        for i, (url, html, wdate, lastmod) in enumerate(pages):
            if i == 0:
                req_headers = StatusAndHeaders(
                    "GET /news/2025/04/08/filtration-plant-opens HTTP/1.1",
                    [("Host", "www.halvorstedcourier.com"),
                     ("User-Agent", "Mozilla/5.0 (research crawler)"),
                     ("Accept", "text/html")],
                    is_http_request=True)
                req = writer.create_warc_record(url, "request", http_headers=req_headers,
                                                warc_headers_dict={"WARC-Date": wdate})
                writer.write_record(req)
            payload = html.encode("utf-8")
            http_headers = StatusAndHeaders(
                "200 OK",
                [("Content-Type", "text/html; charset=utf-8"),
                 ("Date", "Fri, 02 May 2025 09:14:3%d GMT" % (3 if i == 0 else 9)),
                 ("Last-Modified", lastmod),
                 ("Content-Length", str(len(payload)))],
                protocol="HTTP/1.1")
            rec = writer.create_warc_record(url, "response", payload=io.BytesIO(payload),
                                            http_headers=http_headers,
                                            warc_headers_dict={"WARC-Date": wdate})
            writer.write_record(rec)


def make_pdf():
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.set_title(PDF_TITLE)
    pdf.set_author("Riverside Ledger")
    pdf.set_creation_date(datetime(2026, 2, 2, 10, 0, 0, tzinfo=timezone.utc))
    pdf.set_margins(20, 18, 20)
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 20)
    pdf.cell(0, 10, "THE RIVERSIDE LEDGER", new_x="LMARGIN", new_y="NEXT", align="C")
    pdf.set_font("Helvetica", "", 9)
    pdf.cell(0, 5, "Tuesday, 13 January 2026  |  Region  |  Page 5", new_x="LMARGIN", new_y="NEXT", align="C")
    pdf.ln(4)
    pdf.set_font("Helvetica", "B", 15)
    pdf.multi_cell(0, 7, PDF_TITLE, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)
    pdf.set_font("Helvetica", "I", 10)
    pdf.cell(0, 6, "By Hannah Quist, Courts Reporter", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.set_font("Helvetica", "", 10.5)
    for p in PDF_BODY:
        p.encode("latin-1")  # guard: core fonts are latin-1 only
        pdf.multi_cell(0, 5.2, p, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)
    pdf.set_auto_page_break(False)
    pdf.set_y(-18)
    pdf.set_font("Helvetica", "", 8)
    pdf.cell(0, 5, "riversideledger.net  -  Reproduced for research purposes", align="C")
    pdf.output(path("ledger_trial_2026.pdf"))


def make_fr():
    body = "\n\n".join(FR_BODY)
    text = ("La Gazette de l'Estuaire\nlundi 10 octobre 2022\n\n"
            f"{FR_TITLE}\n\nPar \u00c9lodie Marchand, correspondante r\u00e9gionale\n\n{body}\n")
    write("gazette_estuaire_municipales.txt", text)


# ---------------------------------------------------------------------------
# gold.json
# ---------------------------------------------------------------------------
def A(id_, file, title, outlet, url, published, note):
    return {"id": id_, "file": file, "title": title, "outlet": outlet, "url": url,
            "published": published, "note": note}


def make_gold():
    arts = [
        A("k01", "eastgate_taps.txt", K01_TITLE, "The Halvorsted Courier",
          "https://www.halvorstedcourier.com/news/2018/06/14/eastgate-tap-water-complaints", "2018-06-14",
          "plain txt 'Title / Outlet / blank / body'; no date in the text: date and url come from the side file "
          "eastgate_taps.meta.json (published 2018-06-14). Traps: 'samples taken on Tuesday' (2018-06-12), "
          "'noticed the smell last week', future 'public meeting ... on June 21'."),
        A("k02", "lep_toxicology_study.txt", K02_TITLE, "Lindmark Evening Post", None, "2019-02-20",
          "plain txt 'OUTLET — Section / Date / Title / By'; masthead 'LINDMARK EVENING POST — Health', "
          "date line 'Wednesday, February 20, 2019'. Trap: earlier full date in body 'June 12, 2018'; 'since 2011'."),
        A("k03", "ledger_utility_chief.txt", "Halvorsted water chief quits over contamination handling",
          "Riverside Ledger", None, "2019-03-05",
          "plain txt 'Date | Outlet / Title / body' with no blank lines; '05 Mar 2019 | Riverside Ledger'; "
          "Nordline wire dateline 'HALVORSTED, March 5 (Nordline)'. Traps: 'Feb. 19 publication' of the study, "
          "'resigned on Tuesday' (same day), 'last week'."),
        A("k04", "tidewater_reinholt.txt", "Embattled Halvorsted utility director resigns as solvent scandal widens",
          "Tidewater Gazette", None, "2019-03-05",
          "cp1252-encoded txt with curly quotes and CRLF; same Nordline wire as k03 under a different headline with "
          "one added paragraph (Henrik Aasgaard). Date line is American numeric '3/5/2019' = March 5 (dateline "
          "'March 5 (Nordline)' confirms), not 3 May."),
        A("k05", "courier_inquiry_web.md", K05_TITLE, "The Halvorsted Courier", K05_URL, "2021-05-12",
          "web Markdown scrape (nav, cookie notice, share buttons, newsletter box, comments '2 hours ago'). "
          "'Published 12 May 2021, 18:40'; url from 'Original URL:' footer (and share links). Traps: 'Updated 13 May "
          "2021', archive photo caption 'June 15, 2018', memo 'dated September 28, 2016', 'on Tuesday' / "
          "'yesterday afternoon' (2021-05-11), Related links with dated URLs 2019/03/05 and 2020/09/17, © 2021."),
        A("k06", "inquiry_print_scan.txt", None, "The Halvorsted Courier", None, "2021-05-12",
          "PDF-text copy of k05's body (hard line breaks, end-of-line hyphenation, running header 'THE HALVORSTED "
          "COURIER  Page 1', 'Continued on page 4'); no title, no date, no url. Date follows from being a copy of "
          "k05. Traps: 'September 28, 2016', 'yesterday', 'on Tuesday'."),
        A("k07", "courier_inquiry_report.html", K07_TITLE, "The Halvorsted Courier", K07_URL, "2022-03-03",
          "HTML: og:title, article:published_time 2022-03-03T11:20+01:00, JSON-LD datePublished 2022-03-03; "
          "canonical url; © 2022. Traps: article:modified_time / dateModified / 'Last modified 5 March 2022'; the "
          "only <time> elements are in the 'Related stories' list (2021-05-12, 2020-09-17); earlier full date in "
          "body 'May 11, 2021'; Most-read links dated 2022/03/01, 2022/02/27, 2022/03/02."),
        A("k08", "lep_print_a3.txt", K08_TITLE, "Lindmark Evening Post", None, "2022-03-04",
          "PDF-text print page: running header 'LINDMARK EVENING POST | Friday, March 4, 2022 | Page 3', page numbers, "
          "'Continued on page 4', hyphenation. Report presented 'yesterday' (2022-03-03) - not the publication date. "
          "Different article from k07 on the same event, sharing the Oyelaran, Vandersloot and Lindqvist-Obi quotes."),
        A("k09", "lep_settlement.html", K09_TITLE, "Lindmark Evening Post", K09_URL, "2023-06-20",
          "HTML: article:published_time and JSON-LD datePublished 2023-06-20T15:45+02:00, <time> 'Tuesday 20 June "
          "2023'. Traps: JSON-LD dateModified 2023-06-21; Most-read list with dated links and dotted European dates "
          "(19.06.2023, 14.06.2023, 04.03.2022); 'announced on Tuesday' (same day); 'filed in September 2020'."),
        A("k10", "lep_settlement_paywall.md", K09_TITLE, "Lindmark Evening Post", None, "2023-06-20",
          "paywall teaser of k09 (first five paragraphs, then 'Subscribe to continue reading'); '20 June 2023, "
          "15:45' under the title. No own url: the 'Read more' link (2022/03/04) is another article's."),
        A("k11", "lpr_settlement_approved.html", K11_TITLE, "Lindmark Public Radio", K11_URL, "2024-01-17",
          "HTML: JSON-LD datePublished 2024-01-17T07:30+01:00, <time datetime=2024-01-17>, canonical url, © 2024 "
          "Lindmark Public Radio. Traps: dateModified 2024-01-19 / 'Last updated January 19, 2024'; ruling 'on "
          "Tuesday' (2024-01-16); body 'June 20, 2023'; aside with dated links (June 20, November 28, December 12, 2023)."),
        A("k12", "water_feed.jsonl#1", JL1_TITLE, "Riverside Ledger", JL1_URL, "2023-06-20",
          "jsonl record (title,text,url,date,outlet); date field '2023-06-20 18:10 CEST'. Different article from "
          "k09/k10 on the same settlement, sharing the Dunmore, Ferreira-Holt and Lindqvist-Obi quotes. Traps: "
          "'filed ... on Tuesday', future 'November 15', 'hearing in January'."),
        A("k13", "water_feed.jsonl#2", JL2_TITLE, "Lindmark Public Radio", JL2_URL, "2024-09-24",
          "jsonl record; date field '2024-09-24'. Traps: 'on Monday evening' (2024-09-23), 'published them in full on "
          "Tuesday morning', 'letters last week', future 'until December 20'. Url has no date."),
        A("k14", "blood_tests_copy.txt", None, "Lindmark Public Radio", JL2_URL, "2024-09-24",
          "UTF-16 (BOM) exact copy of the text of water_feed.jsonl#2, no header. Side file blood_tests_copy.meta.json "
          "gives outlet and url but no date; date follows from the original k13."),
        A("k15", "clippings.csv#1", CSV1_TITLE, "The Halvorsted Courier", CSV1_URL, "2019-08-14",
          "csv record; date field '2019-08-14' (also in url). Text has commas, doubled quotes and newlines. Traps: "
          "'said on Wednesday' (same day), 'start on Monday' (future), 'In June', 'end of 2020'."),
        A("k16", "clippings.csv#2", CSV2_TITLE, "Lindmark Public Radio", CSV2_URL, None,
          "csv record with an empty date field; undated explainer, url has no date. Only year/month mentions "
          "(2016, June 2018, 2019, 2020) that are background, not the publication date: truly undatable."),
        A("k17", "saved_items.json#1", J1_TITLE, "The Halvorsted Courier", J1_URL, "2020-09-17",
          "json list record with fields headline/body/link/published_at/source; published_at "
          "'2020-09-17T16:02:00+02:00', url 2020/09/17. Traps: 'lodged ... on Thursday' (same day), 'June 2018', "
          "'last year's study', future deadline 'October 30'."),
        A("k18", "saved_items.json#2", J2_TITLE, "El Vig\u00eda Continental", J2_URL, "2026-01-12",
          "Spanish json record; published_at '12/01/2026 19:05' is day-first (12 January, not December 1); body "
          "dateline 'HALVORSTED, 12 de enero de 2026'; url ...-20260112. Trap: 'septiembre de 2016', 'el pasado abril'. "
          "Same trial opening as k21 but a different article."),
        A("k19", "crawl_2025.warc.gz#1", W1_TITLE, "The Halvorsted Courier", W1_URL, "2025-04-08",
          "first WARC response (after warcinfo and request records): article:published_time / JSON-LD datePublished "
          "2025-04-08, byline '8 April 2025', url 2025/04/08. Traps: WARC-Date and HTTP Date 2025-05-02 (capture), "
          "Last-Modified header; old file-photo caption 'March 5, 2019'; related <time> 2024-09-24 and 2023-06-20; "
          "'on Tuesday' (same day); 'May 31' future."),
        A("k20", "crawl_2025.warc.gz#2", W2_TITLE, "Nordwacht Zeitung", W2_URL, "2025-04-09",
          "second WARC response, German: 'Mittwoch, 9. April 2025', JSON-LD datePublished 2025-04-09. Traps: "
          "'Aktualisiert: 10.04.2025' and dateModified 2025-04-10 (European dotted), 'Seit Dienstag' (2025-04-08), "
          "Meistgelesen dates 07.04.2025 / 08.04.2025, WARC-Date 2025-05-02. Same event as k19, different article."),
        A("k21", "ledger_trial_2026.pdf", PDF_TITLE, "Riverside Ledger", None, "2026-01-13",
          "fpdf2 PDF (Helvetica): masthead 'THE RIVERSIDE LEDGER', 'Tuesday, 13 January 2026 | Region | Page 5'. "
          "Traps: 'went on trial on Monday' (2026-01-12), memo 'dated September 28, 2016', PDF CreationDate 2026-02-02; "
          "footer has only the domain, no article url."),
        A("k22", "gazette_estuaire_municipales.txt", FR_TITLE, "La Gazette de l'Estuaire", None, "2022-10-10",
          "French plain txt; date line 'lundi 10 octobre 2022'. Traps: 'battue dimanche' (2022-10-09 election day), "
          "'publi\u00e9 le 3 mars' (the 2022 inquiry report), future 'le 1er novembre', 'depuis 2014'."),
    ]
    gold = {
        "corpus": "water",
        "articles": arts,
        "duplicates": [["k03", "k04"], ["k05", "k06"], ["k09", "k10"], ["k13", "k14"]],
        "not_duplicates": [["k07", "k08"], ["k09", "k12"], ["k10", "k12"], ["k18", "k21"], ["k19", "k20"]],
        "events": [],
        "storylines": [],
        "quotes": [],
        "entities": [],
        "dates": [],
        "discrepancies": [],
    }
    with open(os.path.join(HERE, "gold.json"), "w", encoding="utf-8") as f:
        json.dump(gold, f, ensure_ascii=False, indent=1)
        f.write("\n")



def main():
    if os.path.isdir(OUT):
        shutil.rmtree(OUT)
    os.makedirs(OUT)
    make_k01()
    make_k02()
    make_k03()
    make_k04()
    make_k05()
    make_k06()
    make_k07()
    make_k08()
    make_k09()
    make_k10()
    make_k11()
    make_jsonl()
    make_utf16_copy()
    make_csv()
    make_json()
    make_warc()
    make_pdf()
    make_fr()
    make_gold()
    print("wrote", len(os.listdir(OUT)), "files to", OUT)


if __name__ == "__main__":
    main()
