"""Page furniture: running headers, footers and margin text, kept out of the body text.

Three signals, all needed on real documents:
- known forms (the DOU header band and its ICP-Brasil/verification footer, SEI page footers,
  page numbers), only inside the top or bottom band of the page;
- repetition: a line whose digit-blind form stands in the top or bottom band of at least half
  the pages of the file (municipal letterheads, gazette footers);
- vertical text (the DOU verification sentence printed up the margin).
"""

from __future__ import annotations

from collections import Counter
from functools import lru_cache


import regex

from seidou.layout.types import Line

TOP_BAND = 0.12  # share of the page height
BOTTOM_BAND = 0.12
REPEAT_BAND = 0.18

_FURNITURE = regex.compile(
    r"""
    ISSN\s*\d{4}\s*-\s*\d{3}[\dX]                             # DOU header: ISSN 1677-7042
  | ^(\d{1,4}\s+)?N[º°o]\.?\s*\d+(-[A-Z])?,\s*\w+(-feira)?,\s*\d{1,2}\s+de\s+\w+\s+de\s+\d{4}  # Nº 86, sexta-feira, 9 de maio de 2025
  | DI[ÁA]RIO\s+OFICIAL\s+DA\s+UNI[ÃA]O
  | ^Se[çc][ãa]o\s*[123]\b
  | Documento\s+assinado\s+digitalmente\s+conforme\s+MP      # DOU ICP-Brasil line
  | que\s+institui\s+a\s+Infraestrutura\s+de\s+Chaves
  | ^Infraestrutura\s+de\s+Chaves\s+P[úu]blicas
  | ^pelo\s+c[óo]digo\s*\d{17}
  | Este\s+documento\s+pode\s+ser\s+verificado\s+no\s+endere
  | in\.gov\.br/autenticidade
  | pelo\s+c[óo]digo\s*\d{17}
  | \bSEI\s+[\w:.\-/]+\s*/\s*pg\.\s*\d+\s*$                  # SEI footer: ... SEI 19973.003289/2025-14 / pg. 3
  | ^Refer[êe]ncia:\s*Processo\s+n                            # SEI footer: Referência: Processo nº ... SEI nº ...
  | ^Criado\s+por\s+\S+.*vers[ãa]o\s+\d+                      # SEI footer: Criado por x, versão 3 por y em ...
  | SEI\s+nº\s+do\s+Documento\s+\d+                           # SEI-AL footer
  | ^(P[áa]gina|P[áa]g\.?|pg\.|fls?\.)\s*\d+(\s*(de|/)\s*\d+)?$  # page numbers
    """,
    regex.VERBOSE | regex.IGNORECASE | regex.MULTILINE,
)

# A bare page number ("94", "3/12", "- 7 -") counts only at the page's very edge: a table cell
# holding a number sits lower than that.
_PAGE_NUMBER = regex.compile(r"^(\d{1,4}(\s*/\s*\d{1,4})?|-\s*\d{1,4}\s*-)$")
PAGE_NUMBER_BAND = 0.075

_DIGITS = regex.compile(r"\d+")
_SPACE = regex.compile(r"\s+")


@lru_cache(maxsize=1 << 13)
def furniture_key(text: str) -> str:
    """Digit-blind, case-blind form of a line: page numbers and dates do not break repetition.

    Kept for the last 8,192 lines: the lines in the bands are keyed by :func:`repeated_keys`, then by
    :func:`split_furniture` again (a window's band lines, 5,000 on a 100-page DOU)."""
    blind = _DIGITS.sub("#", text)
    if blind.isprintable():  # its only white space is ' ': split and join it (twice as fast as _SPACE)
        return " ".join(blind.split()).casefold()
    return _SPACE.sub(" ", blind).strip().casefold()


def repeated_keys(pages: list[tuple[float, list[Line]]]) -> tuple[set[str], set[str]]:
    """Keys of lines repeated in the top band, and in the bottom band, of at least half the pages.

    A header repeats as a header and a footer as a footer: the last line of one page and the
    first line of the next are the same sentence cut by the page break, not furniture. With only
    two pages the evidence is thin, so the band shrinks to the page's outer 7%.

    A running header or footer is set by the page template at the same height on every page; a
    column's line that happens to repeat ("AVISO", "EDITAL", an act's closing "Id: 2486413" at the top
    or foot of a column of DOE-RJ; a column's first "EXTRATO" line of a DODF page) stands at another
    height on each page, so a key counts only where it repeats at one height (within ``SAME_HEIGHT``).
    """
    if len(pages) < 2:
        return set(), set()
    band = REPEAT_BAND if len(pages) >= 3 else 0.07
    tops: dict[str, list[tuple[int, float]]] = {}
    bottoms: dict[str, list[tuple[int, float]]] = {}
    for n, (height, lines) in enumerate(pages):
        for ln in lines:
            if ln.bottom <= band * height and len(k := furniture_key(ln.text)) >= 3:
                tops.setdefault(k, []).append((n, ln.top / height))
            elif ln.top >= (1 - band) * height and len(k := furniture_key(ln.text)) >= 3:
                bottoms.setdefault(k, []).append((n, ln.top / height))
    need = max(2, (len(pages) + 1) // 2)
    return {k for k, at in tops.items() if _at_one_height(at) >= need}, {
        k for k, at in bottoms.items() if _at_one_height(at) >= need
    }


SAME_HEIGHT = 0.004  # share of the page height (3 to 5 points on A4 to A3 pages)


def _at_one_height(at: list[tuple[int, float]]) -> int:
    """The most pages on which a line stands at one height (``at``: page index, top as a share of the height)."""
    per_page = Counter(n for n, _ in at)
    once = [(n, y) for n, y in at if per_page[n] == 1]  # a template's line stands once on its page
    best = 0
    for _, y in once:
        best = max(best, len({n for n, y2 in once if abs(y2 - y) <= SAME_HEIGHT}))
    return best


def is_furniture_text(text: str) -> bool:
    return bool(_FURNITURE.search(text))


def split_furniture(
    lines: list[Line], height: float, repeated: tuple[set[str], set[str]]
) -> tuple[list[Line], list[Line], list[Line]]:
    """Return (body, header, footer). Vertical lines are handled by the caller."""
    header: list[Line] = []
    footer: list[Line] = []
    body: list[Line] = []
    top_limit = TOP_BAND * height
    bottom_limit = (1 - BOTTOM_BAND) * height
    repeat_top = REPEAT_BAND * height
    repeat_bottom = (1 - REPEAT_BAND) * height
    number_top = PAGE_NUMBER_BAND * height
    number_bottom = (1 - PAGE_NUMBER_BAND) * height
    for ln in lines:
        text = ln.text
        # the key and the page-number test only where they can count (the bands): most lines are body
        key = furniture_key(text) if ln.bottom <= repeat_top or ln.top >= repeat_bottom else ""
        number = (ln.bottom <= number_top or ln.top >= number_bottom) and bool(_PAGE_NUMBER.match(text.strip()))
        if (
            (ln.bottom <= top_limit and is_furniture_text(text))
            or (ln.bottom <= repeat_top and key in repeated[0])
            or (number and ln.bottom <= number_top)
        ):
            header.append(ln)
        elif (
            (ln.top >= bottom_limit and is_furniture_text(text))
            or (ln.top >= repeat_bottom and key in repeated[1])
            or (number and ln.top >= number_bottom)
        ):
            footer.append(ln)
        else:
            body.append(ln)
    header.sort(key=lambda ln: (ln.top, ln.x0))
    footer.sort(key=lambda ln: (ln.top, ln.x0))
    return body, header, footer
