"""Rules as data: boilerplate patterns, date words, wire agencies, outlets. Logic lives in the stages."""
