"""LeNER-Br's span conventions, applied to the model's entities: the last component of the NER model
(``seidou_conventions``, after ``ner``), so that LeNER-Br's scores and the pipeline read the same spans.

The CNN finds where entities start better than where they end. Conventions that its training data keeps
almost without exception, and which the model breaks, are restored by rule (chosen on LeNER-Br dev; the
counts are LeNER-Br train's):

- a body and its acronym after a dash are two ORGANIZACAO ("Conselho Regional … do Distrito Federal" and
  "CREA-DF"): 147 such pairs, 2 printed as one entity; so are a body's name in Title Case and an acronym
  right after it ("Instituto Brasileiro do Patrimônio Cultural IBPC"): 8 pairs, none as one entity;
- an ORGANIZACAO stops before its first lower-case word other than a connector ("Ministério da
  Previdência Social | de expedir o Certificado"): 26 such words in 2,400 ORGANIZACAO; before a bracket,
  colon or semicolon (1 of 2,400), and before a full stop followed by a word in capitals ("Tribunal de
  Ética. | Inteligência do", "Ltda. | CNPJ"; 4 of 2,400);
- a PESSOA stops before a bracket, colon or semicolon (2 of 1,525) and before a digit or a masked one
  ("SILVANIO BARBOSA DOS SANTOS | 22");
- a JURISPRUDENCIA holds a digit (all 1,104 of LeNER-Br train do: "HC 91.041/PE", "Súmula 231"); the
  ensemble's second member, taught by the teacher's labels, reads "Processo", "Parecer" or "ORDEM" alone
  as one;
- no entity ends with a slash, a dash, a comma or an opening bracket (none of the 8,894 in LeNER-Br
  train does; the teacher's labels the ensemble's second member learnt from end 185 places with a slash:
  "Rio de Janeiro/ | RJ");
- a company's legal form ends an ORGANIZACAO (all 62 "Ltda.", "LTDA", "S/A", "S.A." of LeNER-Br train
  do): one the model leaves outside every entity ends a firm's name read back over the words written in
  one case ("BRASÍLIA CURSOS E CONCURSOS LTDA", "I. M. Comércio e Terraplenagem Ltda."; LeNER-Br dev
  has 12 such firms the model misses), which replaces the entities inside it and cuts one that runs
  into it; a person or place it ends is a firm ("AUTOPISTA FERNÃO DIAS S/A");
- a word train prints at least three times outside every entity and never as an entity on its own is not
  a PESSOA, ORGANIZACAO or LOCAL on its own ("Estado", "Relator", "Tribunal", "1ª": 5,321 words). The
  model reads "Estado" alone as a body 7 times in LeNER-Br dev; train never does (54 times outside, 111
  inside a longer name). The words are the component's one table (``lone_words.txt`` in the model),
  derived from LeNER-Br train when the model is built (:func:`lone_words`).

A cut entity loses the connectors and comma it then ends with; an entity the model itself ended on a
connector is left whole, for the merge policy may join it to its next line ("CÉLIO JOSÉ DA" / "SILVA").
Tried and left out (model card): cutting a person at a word LeNER-Br never puts in a name (it cut
"Thaís de Sousa Guerra" and firms' "LTDA"), and at a Title Case word after capitals ("DISPENSAR Joquebede").
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from pathlib import Path

import regex
from spacy.language import Language
from spacy.tokens import Doc, Span

from seidou.patterns import orgaos
from seidou.ner.shape import NAME_LABELS, UFS, is_firm, is_legal_form

CONNECTORS = frozenset(
    orgaos.CONNECTORS  # the connectors of a body's name
    + tuple("a o à às ao aos para sobre com sem por pelo pela pelos pelas - /".split())
    + tuple("of the and for la las los del della delle di degli des du et y".split())  # foreign bodies' names
)
DASHES = frozenset("-–")
ACRONYM = regex.compile(r"\p{Lu}[\p{Lu}\d]+(?:[/-][\p{Lu}\d]+)*")
TRAILING = frozenset("/ - – , (".split())  # no entity of LeNER-Br train (8,894) ends with one
BREAKS = frozenset("( ; :".split())  # in LeNER-Br train: 1 of 2,400 ORGANIZACAO holds one, 2 of 1,525 PESSOA
ROMAN = regex.compile(r"[IVX]+")
PARTS = regex.compile(r"[/-]")  # the pieces of "CAU/DF", "LTDA-EPP"
ID_LABELS = frozenset("CNPJ CPF MF".split())  # "… Passo Fundo CNPJ/CPF 12.345.678/0001-90"
FOREIGN_FORMS = frozenset("LLC INC LTD CORP PLC GMBH AG SPA SRL".split())
# the legal forms that end a firm's name: "Ltda.", "LTDA", "S/A", "S.A.", "EIRELI", "EPP" (not "ME", which is
# also a word, and which LeNER-Br leaves out of the name: "CSTrans Serviços de Transportes Ltda. | ME")
FIRM_END = regex.compile(orgaos.LEGAL_FORM)
FIRM_CONNECTORS = frozenset([*orgaos.OF, "e", "&"] + [w.upper() for w in (*orgaos.OF, "e")])


def _one_word(span: Span) -> bool:
    return not any(t.whitespace_ for t in span[:-1])


def _split_acronym(doc: Doc, e: Span) -> list[Span]:
    """``name - ACRONYM`` as two ORGANIZACAO: a name of two words or more, a dash, then one word that reads
    as an acronym ("CREA-DF" may be one token or three); and ``ACRONYM - name`` ("CRUESP - Conselho de
    Reitores …", "TCU - Plenário"), unless the name ends as a firm's ("SET - SERVIÇOS EMPRESARIAIS LTDA")."""
    for i in range(e.start + 1, e.end - 1):
        if doc[i].text not in DASHES or not doc[i - 1].whitespace_:
            continue
        head, tail = doc[e.start : i], doc[i + 1 : e.end]
        name_acronym = i >= e.start + 2 and ACRONYM.fullmatch(tail.text) and _one_word(tail)
        acronym_name = ACRONYM.fullmatch(head.text) and _one_word(head) and doc[i].whitespace_
        if name_acronym or (acronym_name and not is_firm(tail.text, 0, len(tail.text))):
            return [Span(doc, e.start, i, e.label_), Span(doc, i + 1, e.end, e.label_)]
    return _split_last_acronym(doc, e)


def _split_last_acronym(doc: Doc, e: Span) -> list[Span]:
    """``Name in Title Case ACRONYM`` as two ORGANIZACAO ("Instituto Brasileiro do Patrimônio Cultural" and
    "IBPC", "Conselho de Arquitetura e Urbanismo do Distrito Federal" and "CAU/DF"): the acronym is the
    last word ("CAU/DF" may be three tokens), after a Title Case word that ends a name of two words or more;
    an identifier's label there ("CNPJ/CPF") is dropped."""
    i = e.end - 1
    while i > e.start and not doc[i - 1].whitespace_:
        i -= 1
    before = doc[i - 1] if i - 1 > e.start else None
    title_case = before is not None and before.text[:1].isupper() and not before.text.isupper()
    last = doc[i : e.end].text
    if not (title_case and before.text not in CONNECTORS and ACRONYM.fullmatch(last)):
        return [e]
    parts = set(PARTS.split(last))
    if _name_tail(last, parts):
        return [e]
    if parts <= ID_LABELS:  # the label of the number after it: no body's
        return [Span(doc, e.start, i, e.label_)]
    return [Span(doc, e.start, i, e.label_), Span(doc, i, e.end, e.label_)]


def _name_tail(word: str, parts: set[str]) -> bool:
    """Whether a word in capitals at the end of a name (``parts``: its pieces between slashes and dashes) is
    part of it, not an acronym: a legal form ("LTDA", "LTDA-EPP", "LLC"), a Roman numeral ("Fazenda São
    Francisco II") or a state ("Faculdade Meridional RS")."""
    return word in UFS or bool(ROMAN.fullmatch(word)) or any(p in FOREIGN_FORMS or is_legal_form(p) for p in parts)


def _cut(doc: Doc, e: Span, end: int) -> list[Span]:
    """``e`` up to token ``end``; when that cuts it, without the connectors and comma it then ends with (an
    entity the model ended on a connector is left whole: the merge policy may join its next line)."""
    if end == e.end:
        return [e]
    while end > e.start and (doc[end - 1].text.lower() in CONNECTORS or doc[end - 1].text == ","):
        end -= 1
    return [Span(doc, e.start, end, e.label_)] if end > e.start else []


def _full_stop(doc: Doc, t) -> bool:
    """A full stop inside an ORGANIZACAO (4 of 2,400 in LeNER-Br train) before a word of two letters or
    more in capitals ("Tribunal de Ética. Inteligência", "Ltda. CNPJ"), not an abbreviation's ("S.p.A.")."""
    nxt = doc[t.i + 1] if t.i + 1 < len(doc) else None
    return t.text == "." and nxt is not None and nxt.text[:1].isupper() and sum(c.isalpha() for c in nxt.text) > 1


def _ends_body(doc: Doc, t, last: bool) -> bool:
    """Whether an ORGANIZACAO stops before token ``t`` (``last``: the entity's last token, whose full stop
    is the sentence's or an abbreviation's: "Fotoptica Ltda.")."""
    lower = t.text[:1].islower() and t.text not in CONNECTORS
    return lower or t.text in BREAKS or (not last and _full_stop(doc, t))


def _organization(doc: Doc, e: Span) -> list[Span]:
    if e[0].text[:1].islower():
        return [e]  # a body named in lower case ("secretaria de estado de saúde") is left to the merge policy
    end = next((t.i for t in e[1:] if _ends_body(doc, t, t.i == e.end - 1)), e.end)
    return [y for x in _cut(doc, e, end) for y in _split_acronym(doc, x)]


def _person(doc: Doc, e: Span) -> list[Span]:
    """A PESSOA stops before a bracket, colon or semicolon, and before a digit or a masked one ("*")."""
    end = next((t.i for t in e[1:] if t.text in BREAKS or any(c.isdigit() or c == "*" for c in t.text)), e.end)
    return _cut(doc, e, end)


def _trim(doc: Doc, e: Span) -> list[Span]:
    """``e`` without the slashes, dashes, commas and opening brackets it ends with."""
    end = e.end
    while end > e.start and doc[end - 1].text in TRAILING:
        end -= 1
    return [e] if end == e.end else ([Span(doc, e.start, end, e.label_)] if end > e.start else [])


def _name_word(t, caps: bool) -> bool:
    """Whether token ``t`` can be a word of a firm's name written in capitals (``caps``) or in Title Case:
    a word of two letters or more in that case, an initial ("I.", "I.M.") or its full stop, a connector."""
    nxt = t.nbor(1).text if t.i + 1 < len(t.doc) else ""
    if t.text in FIRM_CONNECTORS or (t.text == "." and t.i > 0 and len(t.nbor(-1).text) == 1):
        return True
    letters = t.text.replace(".", "")
    if "." in t.text or (len(t.text) == 1 and nxt == "."):
        return letters.isalpha() and letters.isupper()  # initials
    word = t.text.replace("-", "")
    return len(word) > 1 and t.text[:1].isupper() and word.isalpha() and (t.text.isupper() or not caps)


def _firm_start(doc: Doc, form: int) -> int:
    """Where the name of the firm whose legal form is token ``form`` starts: back over the words written
    in the case of the word before the form, across a comma before a word only a firm's name holds
    ("Indústria, Comércio e Representações") and a dash after an acronym ("VOGUE - Alimentação e Nutrição
    Ltda."), not across another legal form ("… Ltda e Magitech …"); without the connectors, full stops and
    commas it would start with."""
    caps = form > 0 and doc[form - 1].text.isupper()  # "… E REFORMAS EIRELI", "… e Reformas EIRELI"
    i = form
    while i > 0:
        t = doc[i - 1]
        if t.text == "," and i < form and is_firm(doc[i].text, 0, len(doc[i].text)):
            i -= 1
        elif t.text in DASHES and t.i > 0 and t.whitespace_ and ACRONYM.fullmatch(t.nbor(-1).text):
            i -= 2
            break
        elif FIRM_END.fullmatch(t.text) or not _name_word(t, caps):
            break
        else:
            i -= 1
    while i < form and (doc[i].text in FIRM_CONNECTORS or doc[i].text in {".", ","}):
        i += 1
    return i


# A doc's text as it was given to the tokenizer, when the reader kept it there (seidou.ner.entities.ner_entities_many):
# ``doc.text`` is the same string, rebuilt from the tokens at a Python call per token (2% of the NER time).
TEXT = "seidou_text"


def _firms(doc: Doc, ents: list[Span]) -> list[Span]:
    """``ents`` with every company's legal form ending an ORGANIZACAO (see the module's docstring)."""
    # most sentences hold no legal form: their tokens need no look
    for t in doc if FIRM_END.search(doc.user_data.get(TEXT) or doc.text) else ():
        if not FIRM_END.fullmatch(t.text):
            continue
        holder = next((e for e in ents if e.start <= t.i < e.end), None)
        if holder is not None:
            if holder.end == t.i + 1 and holder.label_ in ("PESSOA", "LOCAL"):
                ents = [Span(doc, e.start, e.end, "ORGANIZACAO") if e is holder else e for e in ents]
            continue
        start = _firm_start(doc, t.i)
        if start == t.i:
            continue
        kept = []
        for e in ents:
            if e.end <= start or e.start > t.i:
                kept.append(e)
            elif e.start < start:  # the model's entity runs into the firm's name: it ends before it
                kept += _cut(doc, e, start)
        ents = kept + [Span(doc, start, t.i + 1, "ORGANIZACAO")]
    return sorted(ents, key=lambda e: e.start)


LONE_MIN_OUTSIDE = 3  # times a word is printed outside every entity in train before it is a lone word
LONE_WORDS_FILE = "lone_words.txt"


def lone_words(docs: Iterable[Doc], min_outside: int = LONE_MIN_OUTSIDE) -> frozenset[str]:
    """The lower-case words the training ``docs`` print at least ``min_outside`` times outside every entity
    and never as an entity of one word: such a word alone is not a name."""
    outside: Counter[str] = Counter()
    alone: set[str] = set()
    for doc in docs:
        outside.update(t.text.lower() for t in doc if t.ent_iob_ == "O")
        alone.update(e.text.lower() for e in doc.ents if len(e) == 1)
    return frozenset(w for w, n in outside.items() if n >= min_outside and w not in alone)


def _lone(e: Span, lone: frozenset[str]) -> bool:
    return e.label_ in NAME_LABELS and _one_word(e) and e.text.lower() in lone


def apply(doc: Doc, lone: frozenset[str] = frozenset()) -> Doc:
    """``doc`` with its entities cut to the conventions above (``lone``: the words of :func:`lone_words`)."""
    out: list[Span] = []
    for e in doc.ents:
        if e.label_ == "ORGANIZACAO":
            cut = _organization(doc, e)
        elif e.label_ == "PESSOA":
            cut = _person(doc, e)
        elif e.label_ == "JURISPRUDENCIA" and not any(c.isdigit() for c in e.text):
            cut = []  # a decision is cited by its number: "Processo", "Parecer", "ORDEM" alone are not
        else:
            cut = [e]
        out += [y for x in cut for y in _trim(doc, x)]
    doc.ents = [e for e in _firms(doc, out) if not _lone(e, lone)]
    return doc


class Conventions:
    """The pipeline component: :func:`apply` with the model's table of lone words (empty until it is set
    or read from disk: a model built before 0.20 has none)."""

    def __init__(self, words: Iterable[str] = ()):
        self.lone_words = frozenset(words)

    def __call__(self, doc: Doc) -> Doc:
        return apply(doc, self.lone_words)

    def to_disk(self, path, exclude=()) -> None:
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        (path / LONE_WORDS_FILE).write_text("".join(w + "\n" for w in sorted(self.lone_words)), encoding="utf-8")

    def from_disk(self, path, exclude=()) -> "Conventions":
        file = Path(path) / LONE_WORDS_FILE
        self.lone_words = frozenset(file.read_text(encoding="utf-8").split()) if file.is_file() else frozenset()
        return self


@Language.factory("seidou_conventions")
def make_conventions(nlp: Language, name: str) -> Conventions:
    return Conventions()
