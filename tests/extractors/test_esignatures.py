"""E-signature rows of real files (tune split of real2): one row per signer and system with the
manifest's time, the margin stamp repeated on every page counted once, the press footer once per file."""

from __future__ import annotations

from pathlib import Path

import pytest

from seidou.runner.process import merge_pades, process_file

REAL2 = Path(__file__).resolve().parents[2].parent / "shared" / "corpus" / "real2"

CASES = [
    # 1Doc: margin list on every page + verification page (MARCELO … BOMFIM signed twice: first time kept)
    (
        "esig/paraguacu_sp_termo_fomento_11_2022_acipp_1doc.pdf",
        {
            ("eletronica", "1doc", "ANTONIO TAKASHI SASADA", "2022-03-28T15:55:07-03:00"),
            ("eletronica", "1doc", "VÂNIA FERREIRA RIOS", "2022-03-28T16:21:09-03:00"),
            ("eletronica", "1doc", "ANTONIO MARCOS MONTAI MESSIAS", "2022-03-28T17:36:18-03:00"),
            ("eletronica", "1doc", "MARCELO RICARDO MENEGON BOMFIM", "2022-03-29T15:04:40-03:00"),
            ("eletronica", "1doc", "CATIA APARECIDADA SILVA", "2022-04-01T08:31:46-03:00"),
        },
    ),
    # D4Sign certificate pages
    (
        "esig/abrinq_termo_convenio_379_2021_clara_amizade_d4sign.pdf",
        {
            ("eletronica", "d4sign", "EDUARDO SANTOS BATISTA", "2021-10-08T11:26:58-03:00"),
            ("eletronica", "d4sign", "ROBERTO FIAMENGHI", "2021-10-08T11:28:45-03:00"),
            ("eletronica", "d4sign", "MICHELLY LIMA ANTUNES", "2021-10-08T14:21:31-03:00"),
            ("eletronica", "d4sign", "VICTOR ALCANTARA DA GRACA", "2021-10-08T14:29:58-03:00"),
            ("eletronica", "d4sign", "SYNESIO BATISTA DA COSTA", "2021-10-08T14:58:50-03:00"),
        },
    ),
    # BH DOM: the press footer on every page, a date without a time: once per file, no made-up time
    ("gazette/bh_dom_7147_2024_12_05_p1_4_5.pdf", {("eletronica", "lacuna", "MERCIA ADRIANA TEIXEIRA", None)}),
]


@pytest.mark.parametrize("path,expected", CASES)
def test_esignature_rows_of_real_files(path, expected):
    pdf = REAL2 / path
    if not pdf.exists():
        pytest.skip(f"{pdf} is absent (../shared/corpus/real2 not mounted)")
    rows = process_file(str(pdf), "t", tables="off", ner="off").rows["signatures"]
    got = [
        (r["kind"], r["system"], r["name"], r["signed_at"].isoformat() if r["signed_at"] else None)
        for r in rows
        if r["kind"] == "eletronica"
    ]
    assert len(got) == len(set(got))  # one row per signer, however many pages repeat the stamp
    assert set(got) == expected


def test_a_pades_field_and_its_appearance_are_one_signature():
    seen = {"kind": "pades", "name": "José da Silva", "integrity_ok": None, "covers_whole_file": None,
            "cert_subject": None, "cert_issuer": None, "signed_at": "t"}  # fmt: skip
    field = {"kind": "pades", "name": "JOSE DA SILVA:12345678909", "integrity_ok": True, "covers_whole_file": True,
             "cert_subject": "CN=JOSE DA SILVA", "cert_issuer": "AC X", "signed_at": "u"}  # fmt: skip
    other = {**field, "name": "MARIA SOUZA:98765432100"}
    assert merge_pades([seen], [field, other]) == [other]
    assert seen["integrity_ok"] is True and seen["cert_issuer"] == "AC X" and seen["signed_at"] == "t"


# A platform's e-CNPJ seal on the file is no signatory (D4Sign's on the Fundação Abrinq convênio 379/2021, the
# AMM-MG gazette publisher's on DOM-MG 3602a 2023); a firm the document names signs for itself; a person's e-CPF
# is always a signature
@pytest.mark.parametrize(
    "subject,name,text,seal,certifies",
    [
        (*row, False) if len(row) == 4 else row  # certifies: a certification (DocMDP) signature
        for row in [
            (
                "Common Name: D4S SERVICOS EM TECNOLOGIA LTDA:23691353000180; Organizational Unit: Certificado PJ A1",
                "D4S SERVICOS EM TECNOLOGIA LTDA",
                "TERMO DE CONVÊNIO … D4Sign 82c0d300 - Para confirmar as assinaturas acesse https://secure.d4sign.com.br",
                True,
            ),
            (
                "Common Name: VOX SOLUCOES TECNOLOGICAS LTDA:00684621000131; Organizational Unit: RFB e-CNPJ A3",
                "VOX SOLUCOES TECNOLOGICAS LTDA",
                "EXTRATO DAS ATAS … Publicado por: Luana Cristina Braga",
                True,
            ),
            (
                "Common Name: VOX SOLUCOES TECNOLOGICAS LTDA:00684621000131; Organizational Unit: RFB e-CNPJ A3",
                "VOX SOLUCOES TECNOLOGICAS LTDA",
                "CONTRATADA: VOX SOLUÇÕES TECNOLÓGICAS LTDA, CNPJ 00.684.621/0001-31",
                False,
            ),
            (
                "Common Name: SIMONE VICENTE REIS:***********; Organizational Unit: RFB e-CPF A3",
                "SIMONE VICENTE REIS",
                "DECLARAÇÃO",
                False,
            ),
            # a certification (DocMDP) signature whose holder the text does not name: Adobe Sign's seal of the
            # UNESCO acordo SA-2800/2021 (real2/esig, encrypted with an empty user password)
            (
                "Organizational Unit: prod-hsm; Country: US; Common Name: Adobe Sign, a Document Cloud solution",
                "Adobe Sign, a Document Cloud solution",
                "ACORDO DE PARCEIROS DE IMPLEMENTAÇÃO … Nome: Marlova Jovchelovitch Noleto",
                True,
                True,
            ),
            # near miss: a person's certifying signature, the person named in the text
            (
                "Common Name: DAVI PIRES BATISTA:***********; Organizational Unit: RFB e-CPF A3",
                "DAVI PIRES BATISTA",
                "Prefeito Municipal DAVI PIRES BATISTA",
                False,
                True,
            ),
            # near miss: a person's certifying signature (e-CPF) on a scan whose OCR misses the name stays a signature
            # (the certificate of the APAE Barrolândia termo de compromisso scan, real2/scanned; review26)
            (
                "Common Name: MARIA LUZIMAR FERREIRA OLIVEIRA:***********; Organization: ICP-Brasil; Organizational Unit:"
                " AC SyngularID Multipla, 45174742000171, Videoconferencia",
                "MARIA LUZIMAR FERREIRA OLIVEIRA",
                "TERMO DE COMPROMISSO … MAR1A LUZ1MAR F. OLIVE1RA",
                False,
                True,
            ),
            (  # (an unmasked CPF and the e-CPF's OU: DOC-ICP-04's common name)
                "Common Name: SIMONE VICENTE REIS:12345678901; Organizational Unit: RFB e-CPF A3",
                "SIMONE VICENTE REIS",
                "DECLARAÇÃO",
                False,
                True,
            ),
        ]
    ],
)
def test_a_platforms_seal_is_no_signature(subject, name, text, seal, certifies):
    from seidou.extractors.esignatures import platform_seal

    assert platform_seal({"cert_subject": subject, "name": name}, text, certifies) is seal
