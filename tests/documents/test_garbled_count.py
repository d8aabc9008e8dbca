"""segment._garbled counts a paragraph's unread glyphs (control characters that are no white space) with str.count
per character kind: the same verdict as 0.32's walk over every character, kept here, on crafted lines."""

from seidou.documents import segment

LINES = [
    "",
    "EDITAL Nº 1",
    "- \x06\x0e \x06 \x0f",  # the DOE-RJ's header as its text layer gives it
    "\x06",
    "\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f",  # white space controls only: read
    "ab\x01\x02",  # half unread
    "abc\x01\x02",  # under half
    "\x00\x1b\x7f DIÁRIO",
    " \x06 \x06 a ",
]


def walked(par: str) -> bool:
    bad = sum(ord(c) < 32 and not c.isspace() for c in par)
    return bad >= segment.GARBLED * max(len("".join(par.split())), 1) and bad > 0


def test_garbled_as_the_walk_over_every_character():
    assert [segment._garbled(p) for p in LINES] == [walked(p) for p in LINES]
    assert sum(map(segment._garbled, LINES)) >= 3
