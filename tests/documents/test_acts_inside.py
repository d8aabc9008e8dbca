"""Acts of any gazette, round 2 (issue 29, item 4): acts that start inside a paragraph (records of a list run
together), a paragraph the layout joined across a page the file skips, an act's title block set apart from its
body, and a signing system's list that signs a whole export.

Rows are text as the layout stage writes it for real documents (the source is named in each row), with near
misses that must not fire.
"""

from __future__ import annotations

import pytest

from seidou.documents.segment import record_starts
from seidou.runner.process import process_file

from ..conftest import SHARED, SHARED_REASON

REAL2 = SHARED / "corpus" / "real2"

UNEB = (  # DOE-BA 22.825 (EGBA), UNEB: a run-in title, then two records in one paragraph
    "RESUMO DO TERMO ADITIVO: Nº 003/2020 - PROCESSO Nº 074.7738.2019.0059029-03; LOCATÁRIA: UNEB; LOCADORA: "
    "Eliene Pereira França; CONTRATO Nº 006/2019; OBJETO: Prorrogação de prazo; VIGÊNCIA: 12 meses; VALOR TOTAL: "
    "R$ 15.180,00; DOTAÇÃO ORÇAMENTÁRIA: Projeto/Atividade: 2443; Fonte: 114; Elemento de Despesa: 3390.36. Nº "
    "002/2020 - PROCESSO Nº 074.7738.2019.0059021-48; CONTRATANTE: UNEB; CONTRATADA: Pedro Refrigeração Comércio e "
    "Serviços Ltda; CONTRATO Nº 011/2018; OBJETO: Prorrogação de prazo e mudança de fiscal; VIGÊNCIA: 12 meses; "
    "VALOR TOTAL: R$ 68.880,00; DOTAÇÃO ORÇAMENTÁRIA: Projeto/Atividade: 2443; Fonte: 114; Elemento de Despesa: "
    "3390.30/3390.39."
)
UEFS = (  # DOE-BA 22.825 (EGBA), UEFS: three contracts in one paragraph under "Resumo de Contratos:"
    "Contrato nº 050/2019 - Pregão Eletrônico nº 039/2019; Contratada: FORMIS INSTRUMENTOS DE MEDIÇÃO LTDA; Objeto: "
    "Aquisição de equipamentos para laboratório - LOTE 2; Valor global: R$ 4.196,00.; Contrato nº 052/2019 - Pregão "
    "Eletrônico nº 039/2019; Contratada: MOGI MEDICAL EQUIPAMENTOS EIRELI; Objeto: Aquisição de equipamentos para "
    "laboratório - LOTE 4; Valor global: R$ 1.948,94.; Contrato nº 053/2019 - Pregão Eletrônico nº 039/2019; "
    "Contratada: FLORESTAMED COMÉRCIO DE MATERIAIS ODONTOLÓGICOS E HOSPITALARES EIRELI; Objeto: Aquisição de "
    "equipamentos para laboratório - LOTE 5; Valor global: R$ 38.800,00; Dotação: U.O.11.303; Assinatura: 13/01/2020."
)

RECORDS = [
    (UNEB, ["Nº 002/2020 - PROCESSO"]),
    (UEFS, ["Contrato nº 052/2019 - Pregão", "Contrato nº 053/2019 - Pregão"]),
    # near misses: numbered items of one act, not records of fields (DOU s2 2017-10-02, INSS Recife portarias)
    (
        "Nº 186 - Conceder aposentadoria voluntária ao servidor CARLOS ANTONIO FERREIRA MAIA, mat. Siape nº "
        "0.904.603, ocupante do cargo de Administrador, Classe S, Padrão IV, do quadro de pessoal do INSS. Nº 191 - "
        "Conceder aposentadoria voluntária ao servidor ANSELMO DE OLIVEIRA NOBRE, mat. Siape nº 0.903.954, ocupante "
        "do cargo de Estatístico, Classe S, Padrão III, do quadro de pessoal do INSS.",
        [],
    ),
    # the first record alone: a later "CONTRATO Nº 006/2019;" is a field, not a record's opening (no dash)
    (UNEB.split(". Nº 002")[0] + ".", []),
    # near miss (issue 29 hardening): the same instrument cited again inside its own record is no next record
    (
        UEFS.split("; Contrato nº 052")[0].replace(
            "Valor global: R$ 4.196,00.",
            "Valor global: R$ 4.196,00. Contrato "
            "nº 050/2019 - Pregão Eletrônico nº 039/2019; Contratada: a mesma; Objeto: fica mantido o objeto do ajuste.",
        )
        + ".",
        [],
    ),
    # a later record of another instrument word is not one of the list's records
    (UEFS.replace("Contrato nº 052/2019", "Termo Aditivo nº 052/2019").replace("Contrato nº 053", "Termo nº 053"), []),
]


@pytest.mark.parametrize("par,opens", RECORDS)
def test_records_run_together_in_one_paragraph(par, opens):
    assert [par[k : k + len(o)] for k, o in zip(record_starts(par), opens)] == opens
    assert len(record_starts(par)) == len(opens)


def docs(rel: str) -> list[dict]:
    path = REAL2 / rel
    if not path.exists():
        pytest.skip(SHARED_REASON)
    rows = process_file(str(path), "seg", tables="off", ner="off").rows
    return sorted(rows["documents"], key=lambda d: d["seq"]), rows


def test_each_record_of_a_run_together_list_is_an_act():
    d, _ = docs("gazette/doe_ba_22825_2020_01_21_pages.pdf")
    heads = [x["text"][:20] for x in d]
    for opening in ("Nº 002/2020 - PROCES", "Contrato nº 052/2019", "Contrato nº 053/2019"):
        assert opening in heads
    uefs = next(x for x in d if x["text"].startswith("Contrato nº 052/2019"))
    assert uefs["doc_type"] == "extrato_contrato" and "Contrato nº 053" not in uefs["text"]


def test_a_paragraph_joined_across_a_skipped_page_is_cut_at_the_break():
    # DOE-BA 22.825: the portaria at the foot of the file's page 2 (the gazette's page 8) and the end of a notice
    # at the top of its page 3, closed by "<#E.G.B#396342#3#435397/>" whose opening is not in the file
    d, _ = docs("gazette/doe_ba_22825_2020_01_21_pages.pdf")
    portaria = next(x for x in d if (x["title"] or "").startswith("PORTARIA CONJUNTA SEC/PMBA"))
    assert portaria["page_end"] == 2 and "Lívia Silva" not in portaria["text"]
    after = d[d.index(portaria) + 1]
    assert after["page_start"] == 3 and "Lívia Silva" in after["text"] and after["continues_previous"]
    assert d[d.index(portaria) + 2]["text"].startswith("SECRETARIA DA FAZENDA")  # JULGAMENTO DO RECURSO's act


def test_an_acts_title_block_joins_the_act_that_repeats_it():
    # APRECE-CE 2.974 (Sigpub): "… ACOPIARA AVISO DE LICITAÇÃO TOMADA DE PREÇOS / Nº 2022.06.06.01" over "AVISO DE
    # LICITAÇÃO / TOMADA DE PREÇOS Nº 2022.06.06.01 / A COMISSÃO …"; "SECRETARIA DE PLANEJAMENTO E GESTÃO EXTRATO DE
    # CONTRATO Nº 05.25.01/2022. PREGÃO" over "… EXTRATO DE CONTRATO / Extrato de Contrato nº 05.25.01/2022. …"
    d, _ = docs("gazette/dom_ce_aprece_2974_2022_06_13_pages.pdf")
    assert len(d) == 29
    acopiara = next(x for x in d if "PREFEITURA MUNICIPAL DE ACOPIARA" in x["text"])
    assert "A COMISSÃO PERMANENTE DE LICITAÇÃO DA PREFEITURA MUNICIPAL DE ACOPIARA" in acopiara["text"]
    barbalha = next(x for x in d if x["text"].startswith("SECRETARIA DE PLANEJAMENTO E GESTÃO"))
    assert "Extrato de Contrato nº 05.25.01/2022" in barbalha["text"]


def test_a_signing_systems_list_on_the_last_page_signs_every_document_it_names():
    # Paraguaçu Paulista-SP termo de fomento 1/2024: the Econv "Relação de Assinaturas Digitais" (p. 30) after
    # the TCE-SP annex signs the termo (pp. 1-27) too; its entries go to both documents, no offsets in the termo
    d, rows = docs("esig/paraguacu_sp_termo_fomento_01_2024_casa_lar_econv_spdp_pades.pdf")
    econv = {}
    for r in rows["signatures"]:
        if r["system"] == "econv":
            econv.setdefault(r["doc_id"], []).append(r)
    assert [len(econv.get(x["doc_id"], [])) for x in d] == [6, 6]
    termo = econv[d[0]["doc_id"]]
    assert all(r["char_start"] is None and r["page"] == 30 and r["signed_at"] is not None for r in termo)


def test_a_sibling_title_over_a_body_opening_with_the_same_label_is_the_next_act():
    # DOM-BH 7.147: "REGISTRO CADASTRAL – SUCAF" / "Deferidos: …" then "RENOVAÇÃO DO REGISTRO CADASTRAL – SUCAF" /
    # "Deferidos: …" (no number, no closing between them)
    d, _ = docs("gazette/bh_dom_7147_2024_12_05_p1_4_5.pdf")
    titles = [x["title"] for x in d]
    assert "REGISTRO CADASTRAL – SUCAF" in titles and "RENOVAÇÃO DO REGISTRO CADASTRAL – SUCAF" in titles
    first = d[titles.index("REGISTRO CADASTRAL – SUCAF")]
    assert "RENOVAÇÃO" not in first["text"] and first["text"].split("\n")[1].startswith("Deferidos:")


def _pending(doc_id: str, page_end: int, signatures: list[dict]):
    from seidou.runner.stages.base import Pending

    return Pending("", None, {"doc_id": doc_id, "page_end": page_end}, [], {"signatures": signatures})


def _sig(kind: str, name: str, system: str | None = None, page: int = 1) -> dict:
    signed = "2024-04-09T09:42:36-03:00" if kind == "eletronica" else None
    return {"kind": kind, "name": name, "system": system, "signed_at": signed, "page": page, "doc_id": "x"}


ECONV_LIST = [  # Paraguaçu Paulista-SP termo de fomento 1/2024 (Econv/SPDP "Relação de Assinaturas Digitais", p. 30)
    _sig("eletronica", "CLAUDEMIR TARGINO DA SILVA", "econv", 30),
    _sig("eletronica", "CáTIA APARECIDA DA SILVA", "econv", 30),
]


@pytest.mark.parametrize(
    "earlier,gets",
    [
        # the termo names the list's signers and carries no e-signature of its own: the list signs it
        ([_sig("signatario", "CLAUDEMIR TARGINO DA SILVA")], 2),
        # near miss (issue 29 hardening): a document of a bundle signed on its own (its own stamp of any system) is
        # not signed by the last document's list, though it names one of its signers
        (
            [
                _sig("signatario", "CLAUDEMIR TARGINO DA SILVA"),
                _sig("eletronica", "CLAUDEMIR TARGINO DA SILVA", "govbr"),
            ],
            0,
        ),
        # near miss: a document naming none of the list's signers
        ([_sig("signatario", "JOSÉ DA SILVA SAURO")], 0),
    ],
)
def test_the_last_pages_list_signs_only_unsigned_documents_naming_its_signers(earlier, gets):
    from seidou.runner.stages.documents import file_list_signs_all

    first = _pending("d1", 27, [dict(r) for r in earlier])
    last = _pending("d2", 30, [dict(r) for r in ECONV_LIST])
    file_list_signs_all([first, last])
    assert len(first.facts["signatures"]) - len(earlier) == gets
