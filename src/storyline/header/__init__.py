"""What a page writes about itself, read from one line or phrase: dates, the paper's name.

Pure functions over strings, shared by `normalize` (which labels the lines of the header block)
and `metadata` (which reads values off them), so that neither stage imports the other.
"""
