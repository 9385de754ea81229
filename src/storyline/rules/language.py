"""Function words that identify a text's language cheaply (share of tokens)."""
STOPWORDS = {
    "en": set("the of and to in a is that for on with as was by he it at from his said are have be has".split()),
    "fr": set("le la les de des et est un une du en que qui dans pour pas sur au avec il elle".split()),
    "de": set("der die das und ist nicht ein eine zu den mit von sich auf für im dem des auch".split()),
    "es": set("el la los las de y que en un una por con para es del se al lo como su".split()),
    "it": set("il la di che e un una per non con del della sono le gli alla anche come".split()),
    "ru": set("и в не на что с по он как это к из у за от о так но же для".split()),
    "nl": set("de het een en van in is dat op te met voor zijn niet aan er".split()),
    "pt": set("o a os as de e que em um uma do da para com não por se".split()),
}
# Below this share of a language's function words the language is left unknown.
MIN_SHARE = 0.08
