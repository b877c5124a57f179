"""What news pages wrap around an article: headings of link lists, credits, disclaimers.

Each entry is a regular-expression fragment matched case-insensitively at the
start of a line (after bullets and spaces). Headings open a block that runs
to the end of the text; lines are single lines of boilerplate; phrases mark
the whole paragraph they appear in.
"""

from __future__ import annotations

__all__ = [
    "BOILERPLATE_LINES",
    "BOILERPLATE_PHRASES",
    "BOILERPLATE_PHRASE_WORDS",
    "DATELINE_OPENERS",
    "PROMO_HEADINGS",
    "RELATED_HEADINGS",
]

#: Headings of trailing lists of other articles; the heading is the whole line.
RELATED_HEADINGS: tuple[str, ...] = (
    r"related(?:\s(?:news|articles?|stories|posts|content|coverage|reading|links))?",
    r"recommended(?:\s(?:for\syou|reading|stories|articles|links))?",
    r"video\sarticles",
    r"more\s(?:from|on|about|news|stories|articles)\b.*",
    r"read\s(?:more|next|also)",
    r"also\sread",
    r"you\s(?:may|might)\s(?:also\s)?like",
    r"trending(?:\snow|\sstories)?",
    r"most\s(?:read|popular|viewed)",
    r"latest\s(?:news|articles|stories)",
    r"further\sreading",
    r"see\salso",
    r"top\sstories",
    r"other\snews",
    r"popular\s(?:posts|stories|articles)",
)

#: Lines that open a trailing promotion: everything after them is boilerplate.
PROMO_HEADINGS: tuple[str, ...] = (
    r"\d+\sstocks\swe\slike\sbetter\sthan",
    r"sign\sup\s(?:for|to)\sour",
    r"subscribe\s(?:to|for)\s",
)

#: A line that starts so is a credit, byline, call to action or marker.
BOILERPLATE_LINES: tuple[str, ...] = (
    r"featured\simage",
    r"image\s(?:source|via|credit)",
    r"photo(?:\s(?:by|credit|source))?\s*:",
    r"credit\s*:",
    r"source\s*:",
    r"by\s*:?\s\p{Lu}[\p{L}.'’-]*+(?:\s\p{Lu}[\p{L}.'’-]*+){0,3}\s*$",
    r"write\sto\s.{1,80}?\sat\s",
    r"read\sthe\sfull\s(?:article|story)",
    r"for\sthe\srest\sof\sthis\s(?:article|story)",
    r"be\sthe\sfirst\sto\scomment",
    r"click\shere",
    r"[-–—\s]*advertisement[-–—\s]*$",
    r"sponsored\s*$",
    r"share(?:\sthis(?:\sarticle)?)?\s*$",
    r"contributor\s*$",
    r"learn\smore\s*$",
    r"\*?stock\sadvisor\sreturns",
    r"disclaimer",
    r"(?:related|read\s(?:more|also|next)|see\salso|also\sread|recommended)\s*:\s",
)

#: A paragraph holding one of these is a disclaimer or a disclosure.
BOILERPLATE_PHRASES: tuple[str, ...] = (
    r"not\sa\srecommendation\sto\sbuy\sor\ssell",
    r"has\sno\sposition\sin\sany\s(?:of\sthe\s)?stocks\smentioned",
    r"the\smotley\sfool\s(?:owns|has\sa\sdisclosure|recommends)",
    r"you[’']re\sreading\sa\sfree\sarticle",
    r"the\sauthor\s(?:holds|has)\sno\s",
    r"information\sfor\sthis\sbriefing\swas\sfound\svia",
    r"for\sinformational\spurposes\sonly",
    r"does\snot\sconstitute\s(?:investment|financial)\sadvice",
    r"consult\sa\s(?:licensed\s)?(?:professional|financial\sadvis[eo]r)",
)

#: A word every match of each phrase above holds, in the same order (the
#: rarest of its words): a line with none of them holds no phrase, and a
#: search for one word is many times faster than for all the phrases.
BOILERPLATE_PHRASE_WORDS: tuple[str, ...] = (
    "recommendation",
    "position",
    "motley",
    "reading",
    "author",
    "briefing",
    "informational",
    "constitute",
    "consult",
)


#: Words that open a dateline line: "Published Apr 22, 2020 09:53".
DATELINE_OPENERS: tuple[str, ...] = (
    "Published",
    "Updated",
    "Posted",
    "Last updated",
    "Date",
    "Dated",
)
