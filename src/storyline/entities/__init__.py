"""Entities: people, organisations, places and the other named things of each article, merged
across the collection into one entity per real-world name with the rule behind each merge.

    ner.py          the model behind one small interface (spaCy en_core_web_md, tok2vec+ner)
    windows.py      where a name can be: the only text the model sees
    mentions.py     one article's mentions: offsets, label, the title before a person's name
    fold.py         keys on which spellings meet: case, hyphens, script, transliteration
    gazetteer.py    what the collection teaches: labels, missed names, defined acronyms
    merge.py        variants joined into entities, each merge with its rule; user corrections
    stage.py        the two stages (mentions per article, entities over the collection), tables
    corrections.py  `storyline entities merge/split`: stored, and kept by every later build
"""
