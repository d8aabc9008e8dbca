"""Line-end hyphens: typesetter breaks are joined, real hyphens kept."""

from __future__ import annotations

import pytest

from seidou.layout.hyphens import keeps_hyphen

JOIN = [
    ("cons-", "tituir"),  # the example of issue 2
    ("respec-", "tivo"),  # seed DOU p. 112, col. 1
    ("partí-", "cipes"),  # seed DOU p. 112
    ("Ex-", "perimentação"),  # DOU 2014-10-01 p. 6, CONCEA extratos
    ("sem-", "pre"),
    ("BAR-", "ROS"),  # DOU 2014-10-01 p. 6: "ANDRÉ LUIS BAR-/ROS"
    ("GON-", "ÇALVES"),  # DOU 2014-10-01 p. 6
    ("execu-", "ção"),
    # two capitals before the break: a syllable, not an acronym (DOU corpus: FA-ZENDA ×70, NA-CIONAL ×50)
    ("RE-", "GIS"),  # DOU 2014-10-01 p. 6
    ("FA-", "ZENDA"),
    ("NA-", "CIONAL"),
    ("SE-", "GURANÇA"),
    ("AN-", "TAQ"),
    # a two-letter tail: open syllables on both sides (the surname LIMA broken LI-/MA: DOU 2017-10-02 s2
    # p. 12 "THEREZA MARIA LI-", DOE-RJ 2023-06-20 p. 2 "ELAINE HOLLANDA COSTA LI-")
    ("LI-", "MA"),
    ("LI-", "MA,"),
    ("PA-", "RÁ"),
    ("SI-", "MÕES"),
]
KEEP = [
    ("Secretaria-", "Executiva"),
    ("Advocacia-", "Geral"),
    ("ICP-", "Brasil"),
    ("dar-", "se-á"),  # seed DOU p. 112, Art. 12: "dar-se-á"
    ("considerá-", "lo"),
    ("2.200-", "2"),  # MP nº 2.200-2
    ("sexta-", "feira"),
    ("procurador-", "geral"),
    ("vice-", "presidente"),
    ("ex-", "ministro"),
    ("pós-", "graduação"),
    ("CONTROLADORIA-", "GERAL"),
    ("SECRETARIA-", "EXECUTIVA"),
    ("CG-", "CEB"),  # parecer técnico nº 716/2014/CG-CEB/DRSP/SNAS/MDS
    ("SE-", "MDIC"),  # Portaria nº 90/SE-MDIC
    ("MP-", "SP"),
    ("DO-", "AC"),  # two codes: the tail is no open syllable
    ("RO-", "AM"),
    ("LI-", "NS"),
    ("EX-", "MINISTRO"),
]


@pytest.mark.parametrize("before,after", JOIN)
def test_joined(before, after):
    assert not keeps_hyphen(before, after)


@pytest.mark.parametrize("before,after", KEEP)
def test_kept(before, after):
    assert keeps_hyphen(before, after)


def test_seed_dou_hyphenation_in_text(laid_out):
    text = laid_out("dou_2025_05_09_s1_p112.pdf").text
    assert "com respectivo número do Cadastro Nacional" in text
    assert "dar-se-á nos casos" in text
    assert "respec-" not in text and "\ufffe" not in text
