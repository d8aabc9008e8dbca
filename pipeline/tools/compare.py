"""DOU PDF pages against the Imprensa Nacional's INLABS XML of the same page: do act boundaries,
titles, signers and órgãos agree, and do the XML path and the PDF path give the same titles?

An act's órgão agrees when every level the PDF path gives is one of the XML's ``artCategory`` levels
and the last ones are the same (a page that opens inside an órgão cannot know the levels printed on
the page before: "Ministério Público Federal / Secretaria-Geral" for "Ministério Público da União /
Ministério Público Federal / Secretaria-Geral" agrees).

Only the acts that *start* on the page are compared (INLABS ``numberPage``); an act that
continues from the page before has no title on this page.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


from seidou.tools.evaluate import norm
from seidou.runner.process import process_file


@dataclass
class Comparison:
    page: str
    acts: int
    titles_found: int
    signers_expected: int
    signers_found: int
    xml_pdf_same_title: int
    orgaos_found: int = 0

    @property
    def orgao_rate(self) -> float:
        return self.orgaos_found / self.acts if self.acts else 1.0

    @property
    def title_rate(self) -> float:
        return self.titles_found / self.acts if self.acts else 1.0

    @property
    def signer_rate(self) -> float:
        return self.signers_found / self.signers_expected if self.signers_expected else 1.0

    @property
    def xml_pdf_rate(self) -> float:
        return self.xml_pdf_same_title / self.acts if self.acts else 1.0


def compare(pdf: str | Path, xml_dir: str | Path) -> Comparison:
    pdf_rows = process_file(str(pdf), "compare").rows
    pdf_docs = pdf_rows["documents"]
    pdf_signers: dict[str, set[str]] = {}
    for s in pdf_rows.get("signatures", []):
        # a 'pades' row is the certificate that signed the PDF file (the Imprensa Nacional's), not a signatory
        if s["kind"] != "pades":
            pdf_signers.setdefault(s["doc_id"], set()).add(norm(s["name"]))
    by_title = {norm(d["title"]): d for d in pdf_docs if d["title"]}
    acts = titles = sig_expected = sig_found = same = orgaos = 0
    for xml in sorted(Path(xml_dir).glob("*.xml")):
        rows = process_file(str(xml), "compare").rows
        xml_doc = rows["documents"][0]
        from seidou.io.inlabs import read_act

        act = read_act(xml)
        acts += 1
        title = norm(act.identifica)
        match = by_title.get(title)
        if match is not None:
            titles += 1
        if norm(xml_doc["title"]) == title and match is not None:
            same += 1
        if match is not None and same_orgao(match["orgao"], act.art_category):
            orgaos += 1
        names = {norm(n) for n, _ in act.signers()}
        if names:
            sig_expected += 1
            if match is not None and pdf_signers.get(match["doc_id"], set()) == names:
                sig_found += 1
    return Comparison(Path(pdf).name, acts, titles, sig_expected, sig_found, same, orgaos)


def same_orgao(pdf: str | None, xml: str | None) -> bool:
    """Every level of the PDF path's órgão is one of the XML's, and the last levels are the same."""
    if not pdf or not xml:
        return False
    mine = [norm(x) for x in pdf.split(" / ")]
    theirs = [norm(x) for x in xml.split("/")]
    return mine[-1] == theirs[-1] and all(x in theirs for x in mine)


def format_table(results: list[Comparison]) -> str:
    lines = [f"{'page':<32} {'acts':>4} {'titles':>8} {'signers':>9} {'órgãos':>8} {'xml=pdf':>8}"]
    for r in results:
        lines.append(
            f"{r.page:<32} {r.acts:>4} {r.title_rate:>8.0%} {r.signer_rate:>9.0%} {r.orgao_rate:>8.0%} "
            f"{r.xml_pdf_rate:>8.0%}"
        )
    return "\n".join(lines)
