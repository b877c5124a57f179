"""Vocabulary as data: the words and names the parsers look for.

Each module here is a table a newcomer can extend in one place without
touching a pattern: exchanges and their market identifiers, currencies,
calendar words, the verbs of price moves. The parsers compile their
patterns from these tables once, at import.
"""
