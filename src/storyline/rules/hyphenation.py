"""Word endings that never stand alone: `govern-` + `ment` at a line break is one word."""
SUFFIX_FRAGMENTS = frozenset(
    "ment ments tion tions sion sions ing ings ed ly ness ity ities able ible ence ences ance ances"
    " ous ive ives al als er ers est ism ist ists ize ized izes ise ised ship ful less ure ures"
    " ate ated ates ating ation ations ial ic ics ical ent ents ant ants ary ery ory ory ward wards"
    " hood dom ee ees ette ology ogy ian ians ual ually ally ency ancy ular ulation ction ctions".split()
)
