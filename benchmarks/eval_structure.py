"""Structure figures: DOU PDF pages vs their INLABS XML (titles, signers, XML path = PDF path),
and, given a corpus folder, SEI stamps found by plain text search vs signature rows.

    python benchmarks/eval_structure.py [CORPUS]
"""

from __future__ import annotations

import sys
from pathlib import Path

import pypdfium2 as pdfium
import regex

from seidou.runner.process import process_file
from seidou.tools.compare import compare, format_table

ROOT = Path(__file__).resolve().parent.parent

# the public documents stay in ../shared (never in the project)
CORPUS = ROOT.parent / "shared" / "corpus"
PDFS, XMLS = CORPUS / "real" / "dou", CORPUS / "structured" / "dou_inlabs_xml"
PAIRS = [("dou_s2_2023_05_02_p94.pdf", "do2_2023-05-02_p94"), ("dou_s2_2023_03_28_p56.pdf", "do2_2023-03-28_p56")]
STAMP = regex.compile(r"Documento\s+assinado\s+eletronicamente\s+por")


def main() -> None:
    if not PDFS.is_dir():
        sys.exit(f"needs the shared corpus at {CORPUS}")
    results = [compare(PDFS / pdf, XMLS / xml) for pdf, xml in PAIRS]
    print("DOU pages vs INLABS XML (acts that start on the page)")
    print(format_table(results))
    if len(sys.argv) > 1:
        corpus = Path(sys.argv[1])
        files = sorted(p for p in corpus.rglob("*.pdf"))
        text_hits = rows = 0
        for f in files:
            try:
                doc = pdfium.PdfDocument(str(f))
                raw = "".join(doc[i].get_textpage().get_text_range() for i in range(len(doc)))
            except Exception:
                continue
            n = len(STAMP.findall(raw))
            if not n:
                continue
            got = process_file(str(f), "eval", tables="off").rows.get("signatures", [])
            text_hits += n
            rows += sum(1 for s in got if s["kind"] == "eletronica_sei" and s["signed_at"] is not None)
        print(f"\nSEI stamps in {corpus}: {text_hits} by text search, {rows} signature rows with a timestamp")


if __name__ == "__main__":
    main()
