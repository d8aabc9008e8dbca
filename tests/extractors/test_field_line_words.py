"""parties._field_lines searches INLINE_LABEL only in a line that prints one of INLINE_LABEL_WORDS (a word every label
of it prints): the same lines cut at the same places as with the search in every line with a colon, on crafted lines
that hold each label after a value (two cells read as one line) and on real pages."""

from __future__ import annotations

from seidou.extractors import parties

from ..page_texts import real_texts

LABELS = [
    "CNPJ", "Cargo", "Matrícula", "Matricula SIAPE", "Nome da Autoridade Signatária", "CEP", "Endereço", "Endereco",
    "Esfera Administrativa", "CPF", "Órgão", "Nome do Dirigente", "Endereço da Sede", "Unidade", "Bairro", "Município",
    "Municipio", "UF", "Fone", "Telefone", "E-mail", "Email", "CNES", "Procurador do Município",
]  # fmt: skip
TEXTS = [
    "\n".join(f"Entidade: Associação X {label}: 123 e outro campo: y" for label in LABELS),
    "Objeto: compra de bens Valor: R$ 10,00\nSem rótulo: nada\nda Unidade: x\nOrgão: y  Cargo : z\n\nnome: a email: b",
]


def test_lines_cut_as_with_every_line_searched(monkeypatch):
    texts = TEXTS + real_texts()
    fast = [parties._field_lines(t) for t in texts]
    monkeypatch.setattr(parties, "INLINE_LABEL_WORDS", ("",))  # every line with a colon searched, as in 0.32
    assert [parties._field_lines(t) for t in texts] == fast
    assert len(fast[0]) == 2 * len(LABELS)  # each crafted label cut its line in two
