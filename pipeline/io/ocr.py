"""OCR of pages without a text layer: Tesseract (Portuguese) through its command line, words with boxes.

The page is rendered by PDFium at ``DPI`` (display space, rotation applied, like the word boxes of
io.pdf) and piped to ``tesseract stdin stdout -l por tsv``; each recognised word becomes a
:class:`Word` in PDF points, so OCR'd text goes through the same layout stages as a text layer.
Tesseract is an optional system dependency (Debian: ``tesseract-ocr tesseract-ocr-por``); without
it, :func:`available` is false and scanned pages stay flagged (``pages.text_source = 'none'``).

A page Tesseract reads badly (mean word confidence under :data:`RETRY_BELOW`) is read a second time
from a despeckled image (:func:`despeckled`: blurred, then cut at mid-grey), and the reading with more
confident words is kept. This is for bilevel scans whose grey paper was dithered into a field of black
dots (Paraguaçu-SP Ofício 154/2023-DAS, JBIG2 at 300 DPI: 3 words of confidence ≥ 60 out of 39 as
rendered, 140 of 213 despeckled); a grey scan loses its faint strokes to the fixed cut (Tucano-BA
convênio 0003/2016: 0 to 15 words a page), so the despeckled reading is never the first one, and a
clean page (mean confidence 81-95 on the scans of the tune split) is read once.
"""

from __future__ import annotations

import functools
import io
import os
import shutil
import signal
import subprocess

from seidou.layout.types import Word

DPI = 300
LANG = "por"
PAGE_TIMEOUT_S = 180  # CPU seconds of Tesseract per page (RLIMIT_CPU); the wall limit is WALL_FACTOR times it
WALL_FACTOR = 4
# Tesseract's word confidence (0-100). Kept low: a correct title word in capitals can score 3
# ("CONVÊNIO" on the scanned Tucano convênio); -1 marks non-word rows.
MIN_CONFIDENCE = 0
ENGINE = "tesseract"
RETRY_BELOW = 60.0  # mean word confidence under which a page is read again, despeckled
STRONG = 60.0  # a word this confident counts for the reading that keeps it
DESPECKLE_RADIUS = 1.5  # Gaussian blur radius in pixels at 300 DPI (scaled with the DPI)
DESPECKLE_CUT = 128  # grey level: darker is ink


@functools.lru_cache(maxsize=1)
def available() -> str | None:
    """The Tesseract version when it and its Portuguese data are installed, else None."""
    exe = shutil.which(ENGINE)
    if exe is None or os.environ.get("SEIDOU_OCR", "1") == "0":
        return None
    try:
        langs = subprocess.run([exe, "--list-langs"], capture_output=True, text=True, timeout=30).stdout
        version = subprocess.run([exe, "--version"], capture_output=True, text=True, timeout=30).stdout
    except (OSError, subprocess.SubprocessError):
        return None
    if LANG not in langs.split():
        return None
    return version.split("\n", 1)[0].strip() or ENGINE


class OcrError(Exception):
    pass


@functools.lru_cache(maxsize=1)
def _wrappers() -> tuple[str | None, str | None]:
    return shutil.which("setpriv"), shutil.which("prlimit")


def bounded(argv: list[str], cpu_seconds: float) -> list[str]:
    """``argv`` run so that it dies with the worker that started it (``setpriv --pdeathsig KILL``: the
    worker's process group is killed as a whole, but a worker killed by its own parent's death would
    leave it running) and stops after ``cpu_seconds`` of CPU time (``prlimit --cpu``), where util-linux
    has these tools; it stays in the worker's process group, whose memory the parent counts."""
    setpriv, prlimit = _wrappers()
    out = list(argv)
    if prlimit:
        n = max(1, int(cpu_seconds))
        out = [prlimit, f"--cpu={n}:{n + 1}", "--", *out]
    if setpriv:
        out = [setpriv, "--pdeathsig", "KILL", "--", *out]
    return out


def ocr_page(page, *, dpi: int = DPI) -> list[Word]:
    """Words of one PDFium page, read by Tesseract, in PDF points (display space); a page read badly
    is read again despeckled (module docstring)."""
    scale = dpi / 72
    image = page.render(scale=scale).to_pil().convert("L")
    tsv = run_tesseract(image, dpi)
    if mean_confidence(tsv) < RETRY_BELOW:
        again = run_tesseract(despeckled(image, dpi), dpi)
        if strong_words(again) > strong_words(tsv):
            tsv = again
    return parse_tsv(tsv, scale)


def despeckled(image, dpi: int = DPI):
    """A greyscale page image blurred (radius :data:`DESPECKLE_RADIUS` at 300 DPI) and cut at
    :data:`DESPECKLE_CUT`: a dithered background averages to light grey and goes white, strokes stay black."""
    from PIL import ImageFilter

    blurred = image.filter(ImageFilter.GaussianBlur(DESPECKLE_RADIUS * dpi / 300))
    return blurred.point(lambda v: 255 if v > DESPECKLE_CUT else 0)


def run_tesseract(image, dpi: int = DPI) -> str:
    """Tesseract's TSV for a PIL image (bounded in CPU and wall time; :class:`OcrError` when it fails)."""
    buf = io.BytesIO()
    # the pixels as they are (a binary PGM): Tesseract reads the same image as from a PNG, and the TSV is the same,
    # without the PNG's compression in this process (the ocr stage's CPU on ../shared/corpus/real: 8.7 s -> 5.0 s)
    image.save(buf, format="PPM")
    env = dict(os.environ, OMP_THREAD_LIMIT="1")  # one core per worker: no OpenMP oversubscription
    try:
        done = subprocess.run(
            bounded([ENGINE, "stdin", "stdout", "-l", LANG, "--dpi", str(dpi), "tsv"], PAGE_TIMEOUT_S),
            input=buf.getvalue(),
            capture_output=True,
            timeout=PAGE_TIMEOUT_S * WALL_FACTOR,
            env=env,
        )
    except subprocess.TimeoutExpired as e:
        raise OcrError(f"tesseract took more than {PAGE_TIMEOUT_S * WALL_FACTOR} s") from e
    if done.returncode in (-signal.SIGXCPU, -signal.SIGKILL, 128 + signal.SIGXCPU):
        raise OcrError(f"tesseract took more than {PAGE_TIMEOUT_S} s of CPU time")
    if done.returncode != 0:
        raise OcrError(f"tesseract failed: {done.stderr.decode('utf-8', 'replace').strip()[:300]}")
    return done.stdout.decode("utf-8", "replace")


def _confidences(tsv: str) -> list[float]:
    out = []
    for row in tsv.splitlines()[1:]:
        cols = row.split("\t")
        if len(cols) > 11 and cols[0] == "5" and cols[11].strip():
            try:
                out.append(float(cols[10]))
            except ValueError:
                continue
    return out


def mean_confidence(tsv: str) -> float:
    r"""Mean confidence of the words of a TSV reading (0 when it has none: nothing was read).

    >>> rows = ["level", "5\t1\t1\t1\t1\t1\t0\t0\t9\t9\t90\tCNPJ", "5\t1\t1\t1\t1\t2\t0\t0\t9\t9\t20\tx"]
    >>> mean_confidence("\n".join(rows)), strong_words("\n".join(rows)), mean_confidence("level")
    (55.0, 1, 0.0)
    """
    confs = _confidences(tsv)
    return sum(confs) / len(confs) if confs else 0.0


def strong_words(tsv: str) -> int:
    """How many words of a TSV reading have a confidence of at least :data:`STRONG`."""
    return sum(1 for c in _confidences(tsv) if c >= STRONG)


# A word whose box is the line's cap height: no descender (nor a character drawn below the baseline), no
# accent over a capital, and a capital, digit or ascender letter (a word of x-height letters, "em", is lower).
_DESCENDS = frozenset("gjpqyçÇQ,;()[]{}|/_$@")
_RISES = frozenset("ABCDEFGHIJKLMNOPRSTUVWXYZ0123456789bdfhklt")
_ACCENTED_CAPITALS = frozenset("ÁÀÂÃÉÊÍÓÔÕÚÜ")
CAP_EM = 0.7  # cap height / font size (the em) of the usual text faces
DESCENT_EM = 0.2  # how far under the baseline a text layer's character box reaches, in ems


def _cap_word(text: str) -> bool:
    chars = set(text)
    return len(text) >= 2 and bool(chars & _RISES) and not chars & _DESCENDS and not chars & _ACCENTED_CAPITALS


def _line_words(
    line: list[tuple[str, int, int, int, int]], line_box: tuple[int, int] | None, scale: float
) -> list[Word]:
    """One Tesseract line's words (text, left, top, width, height in pixels), all with one baseline and one
    size. Tesseract's line box runs from the highest accent to the lowest descender, and it grows with a
    skewed scan and with specks: on the Paraguaçu-SP termo aditivo 05/2023 (real2) lines of one 12 pt face
    measured 36-94 px for a cap height of 35-44 px, so a paragraph was cut wherever two lines' boxes differed
    (layout.paragraphs breaks on a change of size). The cap height of the line's plain words (their median) is
    the face's; the baseline is their median bottom. Likewise on p.1 of the Tucano-BA convênio 0003/2016 scan
    (real: line boxes 28-96 px, median 43, for a median cap height of 28) and of the TCE-AC acórdão 1013
    typescript (real2: 35-104 px, median 48, caps 34). A line without such a word keeps its line box."""
    caps = [(h, t + h) for text, _, t, _, h in line if _cap_word(text)]
    if caps:
        cap = sorted(h for h, _ in caps)[len(caps) // 2]
        base = sorted(b for _, b in caps)[len(caps) // 2]
        em = cap / CAP_EM
        bottom = (base + DESCENT_EM * em) / scale
        top = bottom - em / scale
    elif line_box is not None:
        top, bottom = line_box[0] / scale, line_box[1] / scale
    else:
        top = min(t for _, _, t, _, _ in line) / scale
        bottom = max(t + h for _, _, t, _, h in line) / scale
    return [
        Word(text, left / scale, top, (left + width) / scale, bottom, bottom - top, new_line=k == 0, ocr=True)
        for k, (text, left, _, width, _) in enumerate(line)
    ]


def parse_tsv(tsv: str, scale: float) -> list[Word]:
    r"""Tesseract's TSV → words. Level 4 rows are text lines, level 5 rows words: every word of a
    line gets one baseline and one size (:func:`_line_words`), so the layout stage sees one line of one
    face even on a slightly skewed scan (glyph boxes alone differ by descenders and skew).

    >>> line = "4\t1\t1\t1\t1\t0\t300\t140\t400\t50\t-1\t"
    >>> word = "5\t1\t1\t1\t1\t1\t300\t150\t120\t35\t91.5\tCNPJ"
    >>> w = parse_tsv("level\n" + line + "\n" + word, 300 / 72)[0]
    >>> (w.text, round(w.x0, 1), round(w.top, 1), round(w.x1, 1), round(w.bottom, 1), round(w.size, 1), w.new_line)
    ('CNPJ', 72.0, 34.8, 100.8, 46.8, 12.0, True)
    """
    words: list[Word] = []
    line_box: tuple[int, int] | None = None
    line: list[tuple[str, int, int, int, int]] = []
    for row in tsv.splitlines()[1:]:
        cols = row.split("\t")
        if len(cols) < 11 or cols[0] not in ("4", "5"):
            continue
        try:
            conf = float(cols[10])
            left, top, width, height = (int(c) for c in cols[6:10])
        except ValueError:
            continue
        if cols[0] == "4":
            if line:
                words.extend(_line_words(line, line_box, scale))
            line_box, line = (top, top + height), []
            continue
        text = cols[11].strip() if len(cols) > 11 else ""
        if not text or conf < MIN_CONFIDENCE:
            continue
        line.append((text, left, top, width, height))
    if line:
        words.extend(_line_words(line, line_box, scale))
    return words


def merge_words(pdf_words: list[Word], ocr_words: list[Word]) -> list[Word]:
    """Text-layer words plus the OCR words that do not stand on one of them (a partly scanned page)."""
    if not pdf_words:
        return ocr_words

    def covered(w: Word) -> bool:
        cx, cy = (w.x0 + w.x1) / 2, (w.top + w.bottom) / 2
        return any(p.x0 <= cx <= p.x1 and p.top <= cy <= p.bottom for p in pdf_words)

    return pdf_words + [w for w in ocr_words if not covered(w)]
