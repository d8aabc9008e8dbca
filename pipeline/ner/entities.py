"""Named entities: our own spaCy model (models/ner-pt-legal, trained on LeNER-Br) as one more producer
of hits, merged with the rules by a named, versioned policy.

Merge policy ``seidou.ner.merge@20`` (``MERGE_VERSION``):
1. identifiers, money, dates and references found by patterns win: an NER entity overlapping one of
   them is dropped when it is TEMPO or LEGISLACAO, or when it overlaps an identifier or an amount;
2. names the rules already know — signers of SEI stamps and printed signature blocks, party names (cut
   into the names they hold: :func:`party_names`) and their representatives, organizations named by a
   labelled field (``ORG_FIELD``: "Organização da Sociedade Civil: Lar Cristo Rei") — are added as
   ``source = 'rule'`` where no NER entity of that label covers them, and replace the model's shorter
   guesses inside them;
3. names of órgãos by their head word (patterns/orgaos.py: "Secretaria de Gestão e Inovação") and of firms
   by their legal form (patterns/firms.py: "AR FIORENZANO DISTRIBUIDORA DE MEDICAMENTOS LTDA - EPP") are
   added as ORGANIZACAO ``source = 'rule'`` the same way, except where they cross a model entity
   (neither inside the other): there the model's reading stands; a firm's name also replaces the persons
   and places the model read inside it ("COSTA CAMARGO" of "COSTA CAMARGO COM. DE … LTDA");
4. the legal form of a company is part of its name, as in LeNER-Br train (all 62 "Ltda.", "LTDA", "S/A",
   "S.A." inside the ORGANIZACAO): a model or órgão-rule ORGANIZACAO is read on over the forms printed
   right after it ("Banco do Brasil" + "S/A", "… LTDA" + "- EPP", "… EIRELI" + "ME"; a bare "ME" only after
   a firm's name in capitals, not after "Ministério da Economia"), and the form the model read alone
   goes; a place with a CNPJ right after it is a legal person, an ORGANIZACAO ("MINAS TÊNIS CLUBE., CNPJ",
   "MUNICÍPIO DE ARAPIRACA – AL – CNPJ");
5. a model PESSOA must look like a person's name: two words or more, no digit, bracket, slash, colon or
   "@" (single words are titles, acronyms, places or broken words: "Conselheiro", "CEUA", "empresa(s");
6. a name of a person or an organization of two words or more, found once (by the model or a rule), is
   an entity wherever the document prints it again in the same letters and case, outside the other
   entities and the pattern hits: same label and source, extractor marked ``+propagated`` (with
   ``--ner targeted`` the model reads only some paragraphs; the body's mentions come from here);
7. street names (patterns/logradouros.py: "Avenida Dr. Antônio Carlos Magalhães") are LOCAL rule
   entities, and no model entity may overlap them (letterheads repeat addresses named after people);
   a model PESSOA loses a leading rank or act verb ("DESIGNAR …") or a position's qualifier ("Conselheiro
   Federal Luciano Demaria"), a connector at its end is cut or joined to its last word on the next line
   ("VITOR HUGO BOTELHO DE" / "AGUIAR"), and it may not start with an
   administrative noun ("Abono de Ponto"); in capitals it stops before a Title Case word ("ANA PAULA NOGUEIRA Pregoeira Oficial"
   → "ANA PAULA NOGUEIRA"), and one ending in a legal form ("… OLIVEIRA ME") or holding a word only a
   firm's name holds ("Rubi Construtora", "SANDU COMÉRCIO", "REIS & MARTINS") is ORGANIZACAO; a model
   ORGANIZACAO loses a position before the body ("DIRETOR GERAL DO INSTITUTO …" → "INSTITUTO …"; a
   position alone is dropped), one word with a clitic ("Comunique-se") is dropped, and a state's
   abbreviation alone ("SP") is LOCAL;
8. any model entity loses a trailing number sign or identifier label ("ESTADO DE ALAGOAS SEI n.º", "…
   Passaporte", "… EIRELI CNPJ"), a name what follows a CNPJ or CPF label inside it ("… AEROPORTUÁRIA
   CNPJ/CPF", "… ALAGOAS -.CNPJ Contratado"), and its sentence's full stop ("Exército."), an ORGANIZACAO
   what follows a comma and a lower-case word ("…, código DAS 101.3"); an identifier's name, alone or with
   its number ("CNPJ/MF", "SIAPE nº 0.890.437"), or ranks alone ("CEL QOC") are dropped; a SEI unit path
   ("SEMA/GAB/AJL") or a LOCAL ending in a legal form ("RIO PRETO LTDA") is an ORGANIZACAO, the area of a
   career ("Técnico Judiciário, Área Administrativa") is no place, a career ("Magistério Superior") no
   body; an ORGANIZACAO that starts with a rank only a person holds ("CEL EDMAR") is read as a PESSOA; a
   PESSOA needs two words of two letters or more besides connectors and may not start with an address
   word ("Edifício Wagner"); a JURISPRUDENCIA or LEGISLACAO of fewer than two letters ("230.", registration
   numbers in a list), a JURISPRUDENCIA that does not open with a word one opens with in LeNER-Br train
   ("UASG 151895", "SIAPE nº 1234", "DODF nº 248": 2 in 3 of the model's on the corpus), a TEMPO that is
   a long bare number ("05305512255"), a number's tail ("2014-70") or holds no date, month, year, weekday
   or hour ("11 a" of "11 a 14 de outubro") are dropped;
9. a model ORGANIZACAO ending in a dash and an acronym is two entities, the body and the acronym
   ("Companhia Imobiliária de Brasília - TERRACAP"), as LeNER-Br marks them; a legal form there ("… -
   EIRELI") is neither, a state's abbreviation ("… - DF") is LOCAL; one that runs over the next body's
   head word after a capitalised word is one entity per body ("AGÊNCIA NACIONAL DE ÁGUAS SUPERINTENDÊNCIA
   DE REGULAÇÃO": a DOU act's heading lines), and one of two bodies joined by a slash is two ("Receita
   Federal do Brasil/Procuradoria Geral da Fazenda Nacional"); a role before a name is no part of it
   ("Organização da Sociedade Civil Abrigo Jesus", "Empresa A.L.F.S MONTEIRO-ME"), nor a form's label
   after it ("Fundação Oásis Processo"); a model PESSOA is read on over the name words next to it on its
   line ("Marcos Aurélio" + "P. L. Lopes"; back to the left only when short and in Title Case:
   "Samantha De" + "Almeida Silva");
10. an acronym printed after a body's name ("… Belo Horizonte – CMDCA/BH", "… de Saúde (SMSA)") is an
   ORGANIZACAO there and wherever the document prints it again in the same letters (:func:`acronyms`; the
   other documents of the file: rule 14); an act's or a field's word in capitals ("– EXTRATO 4º ADITIVO", "-
   CONTRATADA:") is none (``NOT_ACRONYMS``; a colon after it is no sign: "… das Capitais - ABRASF:", DOU S2
   2017), nor a word the document (rule 14: the file) prints in lower case ("- SUBSTITUTA, no uso");
   so is an acronym a position is held in, after the position in Title Case ("O Presidente do IPREVTEO",
   "Diretor Geral do DNIT": :func:`led_acronyms`);
11. every órgão heading the document prints (``documents.orgao``, one part per heading line: gazette
   órgão headings, letterheads) is an ORGANIZACAO ``source = 'rule'`` at its first printed place, one
   entity per body when the line runs over a second body's head word ("SECRETARIA DE ESTADO DE POLÍCIA
   CIVIL ACADEMIA ESTADUAL …", "PREFEITURA MUNICIPAL DE DIAS D’ÁVILA PREFEITURA …": :func:`heading_names`);
   it replaces the ORGANIZACAO entities inside the heading line that cover or cross it (a reading that
   joins two headings), and is not added where an entity runs past the heading line over it;
12. an ORGANIZACAO of two words or more ends before a state's abbreviation printed after a slash
   ("Fundação Altino Ventura/PE", "… de Abaiara/CE"); an acronym keeps it ("SES/DF").
13. names read once more by how gazettes and instruments print them (pipeline/ner/names.py, two sources
   each): a person's name broken by a line end is one ("YVONNE VERENA" / "HENSCHEN MEIRA, na"); persons
   after a rank with its corps codes ("CAP PM FARM Patrícia Vollú Silva") or before "portador do CPF" are
   PESSOA rule entities; a form of address before a person ("Senhor …") and a position after one
   ("… Tavares- Ordenadora de Despesas") are no part of the name, and two names joined by " e " are two; a
   body and its acronym joined by a hyphen or slash ("… Seguro Social-INSS", "Estado da Bahia/SEFAZ"), or
   with the acronym first ("BAHIAINVESTE - Empresa Baiana de Ativos S/A"), are two, a body said to be in
   another ("… Silveira no Colégio da Polícia Militar") too, and a form's label before a firm ("Nome/Razão
   Social") goes; an institution and the person it is named after are one body ("Banda de Música Municipal
   Eduardo Gurgel Valente"); a state or municipality that is a party (a party label's value, "celebrado com
   o Município de …", "…, através da Secretaria …") is an ORGANIZACAO, not a place; a body's name that an
   acronym printed after it abbreviates (Schwartz & Hearst's letter match, a body's head word first:
   "JUNTA COMERCIAL DO ESTADO DA BAHIA - JUCEB") is an ORGANIZACAO rule entity like a firm's; a party field
   naming two bodies joined by "e" ("Agência de Fomento do Estado do RJ e Centro Universitário Carioca")
   holds two names; a firm's name in capitals after "a/da empresa" is an ORGANIZACAO rule entity ("em favor
   da empresa D. HOSP DISTRIBUIDORA HOSPITALAR,"); a state's name after a dash is part of a body's name (not
   of a municipality's: where it is); a body's name cut at a line end after a connector or "/Organização"
   reads on over the next line; an entity's ``text`` joins the words a line-end hyphen broke
   ("REPRE-⏎SENTAÇÕES"; ``raw`` keeps them), not a body's acronym the words before abbreviate ("… SOCIAL-⏎INSS":
   two entities, as on one line); a person's name before "portador do CPF" may start at the end of the line
   above ("… a FRANCIMILDES LIMA⏎VIANA, portadora"); a body is said to be in another ("… Silveira no Colégio da
   Polícia Militar", "… do IBAMA na Superintendência do IBAMA …") where a body's name follows "no"/"na", not the
   public service ("Departamento de Relações de Trabalho no Serviço Público" is one body: orgaos.NOT_A_BODY);
14. a name of two words or more found in one document of a file (rules 1-13, not propagated) is an entity
   wherever another document of the same file prints it again in the same letters and case, outside that
   document's entities and pattern hits, as rule 6 within a document (same label and source, ``+propagated``,
   each row in its own document at its own offsets); so is an acronym another document defines (rule 10). An
   ORGANIZACAO spreads only when its name says it is a body's or a firm's (a head word opens it, or a legal
   form or, in capitals, a firm's word is in it: not "Ordem de Serviço", "Estado da Bahia"), an acronym only
   one defined after such a name and no Roman numeral, and no name the file reads under two labels
   (:class:`FileNames`, :func:`spread`; a file's page windows hand the names on in reading order); not where a
   name word of the same case on its line makes it part of a longer name ("CLAUDIA MARIA DE JESUS RODRIGUES",
   "Bruno Dantas do Nascimento", "FUNDACAO UNIVERSIDADE FEDERAL DO …"), an acronym not before a surname the file
   names a person with ("ANA ARRAES") nor one the file prints as a position's code ("código FCC").
(``merge@19`` added org27's readings: a party's field listing firms is one name per firm, each ended by its legal form
and a comma (rule 2: :func:`party_names`); a party's name with a CPF and then a CNPJ after it is a one-person firm, an
ORGANIZACAO; a name in capitals with its CNPJ number right after it is an ORGANIZACAO rule entity where the model reads
no person there (rule 13: names.cnpj_holders); a body's name in capitals ends before the act's title or a formula verb
printed after it ("… LICITAÇÃO EXTRATO DE ATA", "… MÉDICAS FAZ SABER"); an entity's text joins a word a reflowed text
layer broke with a hyphen inside a line where the document prints the word whole ("Belo Horizon-te"); "Representação"
is a firm's word (rule 7). ``merge@18`` narrowed merge@17 by review26's near misses: a person's name followed by "ME" is no one-person firm
where the document names the ministry "ME", a connector opening the next line does not join a body's or a phrase's word
("… SOUZA⏎DA SECRETARIA", "… ALVES⏎DE ACORDO."); ``merge@17`` added to rules 4, 7, 9, 10 and 13 the readings of ent26: two parties printed with an "X" between them
are two names (rule 9, and the parties' names: "Polícia Civil X K2 Conservação …"), a present-tense act verb ("Nomeia",
"DESIGNO") and a form's label "Nome" before a person are no part of the name nor "Proc." after it (rule 7), "Me"/"Epp"
in Title Case after a legal form ("… Ltda Me") are forms (rule 4), an acronym after a body's name before "e" and the
next party is defined (rule 10: "… - RJPREV e a CS BRASIL"), a name broken by a line end before a connector ("ROSEMBERG
DUARTE" / "DOS ANJOS.") is one (rule 13); ``merge@16`` was 1-14 without them;
``merge@15`` was 1-13 without rule 14 and the finer rules 10 and 13 of review24's leftovers;
``merge@13`` was 1-12, ``merge@12`` 1-10, ``merge@1`` 1-2, ``merge@2`` 1-3, ``merge@3`` 1-4, ``merge@4`` 1-5, ``merge@5`` 1-7, ``merge@6`` 1-8;
``merge@8`` kept the qualifier and the connector, and read a firm's name as a person's; ``merge@9`` kept
every JURISPRUDENCIA of two letters or more and every TEMPO but long bare numbers; ``merge@11`` cut the
legal form off a name, the LeNER-Br convention's opposite.)

Modes (which paragraphs; how the model reads them is seidou.ner.ensemble.READINGS): ``every`` and ``all``
run the model on every paragraph (:data:`EVERY_PARAGRAPH`); ``fast`` (the default) and ``targeted`` only on the
paragraphs where names and órgãos cluster (the first ones — title, headings, preamble —, party and DADOS
CADASTRAIS blocks, the last ones — signatures —); ``off`` keeps only the rule entities.
"""

from __future__ import annotations

import itertools
import os
import threading
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import regex

from seidou.patterns import firms, logradouros, orgaos
from seidou.patterns.mention import Mention
from seidou.versions import tag

from seidou.ner import names, shape
from seidou.ner.shape import BODY_HEADS, acronym_split
from seidou.ner.shape import NOT_A_FIRST_NAME, STATE_NAMES, UFS, is_firm, shaped, slash_split, strip_role
from seidou.ner.shape import without_label


def _model_dir() -> Path:
    """Where the shipped model is: ``SEIDOU_NER_MODEL``; inside an installed wheel ``seidou/model``; in a
    checkout (an editable install) ``models/ner-pt-legal`` beside ``pipeline/``."""
    if os.environ.get("SEIDOU_NER_MODEL"):
        return Path(os.environ["SEIDOU_NER_MODEL"])
    package = Path(__file__).resolve().parent.parent
    for candidate in (package / "model", package.parent / "models" / "ner-pt-legal"):
        if (candidate / "meta.json").exists():
            return candidate
    return package / "model"


MODEL_DIR = _model_dir()


class ModelMissing(RuntimeError):
    """NER was asked for and no model is installed: the file's entities would be silently incomplete."""


MERGE_VERSION = 20  # the merge policy above (rules 1-14); 20: review27 near misses (see below); 19: org27 (firm lists, CPF+CNPJ firms, CNPJ holders, act titles, in-line hyphens);
# 20: cnpj_holders' person labels, place heads, act titles and CNPJ/CPF; no act-title cut before a legal form; no
# in-line join after a prefix; a one-person firm no PESSOA too; 15: review24 precision of names.py; 16: rule 14, leftovers;
# 17: ent26 recall (parties' "X", present-tense act verbs, "Nome", "Proc.", "Me" after a form, acronym before "e");
# 18: review26 near misses (person + "ME" where the document names the ministry ME; "⏎DA SECRETARIA", "⏎DE ACORDO")
POLICY = tag("seidou.ner.merge", MERGE_VERSION)
PROPAGATED = "propagated"  # the extractor qualifier of the rows of rule 6
PATTERN_WINS = {"TEMPO", "LEGISLACAO"}
HARD_KINDS = {"amount"} | {
    "cnpj",
    "cpf",
    "cnh",
    "nup",
    "processo",
    "processo_cnj",
    "sei",
    "crc",
    "cep",
    "convenio",
    "transferegov",
    "nota_empenho",
    "ug",
    "ptres",
    "fonte",
    "natureza_despesa",
    "programa_trabalho",
}
PARTY_MARK = regex.compile(
    r"doravante|representad[oa]|CNPJ|Órgão:|Nome da Autoridade|Partícipe|Concedente|Convenente"
    r"|Contratad[oa]|Contratante",
    regex.IGNORECASE,
)
HEAD_PARAGRAPHS = 4
TAIL_PARAGRAPHS = 6
MAX_CHARS = 5000  # longer paragraphs are cut in pieces for the model
# paragraphs per model batch, at most: the ensemble sorts them by length, 512 at a time, into batches of at most
# 2,000 tokens (pipeline/ner/ensemble.py). The lines of an 88-page DOU, in turn in one process: 6,250 words/s
# in unsorted batches of 16 without the vector cache (0.20), 7,640 sorted into batches of 128 with it. Unsorted
# batches of 256 took 660 MB on a 140-page DOU (the longest paragraphs together); these stay under 2,000 tokens.
BATCH = 128


@lru_cache(maxsize=2)
def load_model(path: str | None = None):
    """The spaCy pipeline, loaded once per process from disk (never downloaded); None if absent."""
    import spacy

    from seidou.ner import layers  # noqa: F401  (the model's own layers, named in its config)

    p = Path(path) if path else MODEL_DIR
    if not (p / "meta.json").exists():
        return None
    return spacy.load(p, exclude=["parser", "tagger", "lemmatizer", "attribute_ruler"])


def model_version() -> str | None:
    """The version of the model shipped at ``MODEL_DIR`` (its meta.json), None when there is none."""
    import json

    meta = MODEL_DIR / "meta.json"
    return json.loads(meta.read_text(encoding="utf-8")).get("version", "0") if meta.exists() else None


def _paragraph_spans(text: str) -> list[tuple[int, int]]:
    out, pos = [], 0
    for line in text.split("\n"):
        if line.strip():
            for k in range(0, len(line), MAX_CHARS):
                out.append((pos + k, pos + min(len(line), k + MAX_CHARS)))
        pos += len(line) + 1
    return out


# The --ner modes that give the model every paragraph (the others: where names cluster, below)
EVERY_PARAGRAPH = frozenset({"every", "all"})


def select(text: str, mode: str) -> list[tuple[int, int]]:
    spans = _paragraph_spans(text)
    if mode in EVERY_PARAGRAPH:
        return spans
    keep = set(range(min(HEAD_PARAGRAPHS, len(spans)))) | set(range(max(0, len(spans) - TAIL_PARAGRAPHS), len(spans)))
    keep |= {i for i, (s, e) in enumerate(spans) if PARTY_MARK.search(text, s, e)}
    return [spans[i] for i in sorted(keep)]


def ner_entities(text: str, mode: str = "fast", nlp=None) -> list[tuple[int, int, str]]:
    """(start, end, label) from the model over the selected paragraphs of ``text``."""
    return ner_entities_many([text], mode, nlp)[0]


def ner_entities_many(texts: list[str], mode: str = "fast", nlp=None) -> list[list[tuple[int, int, str]]]:
    """:func:`ner_entities` for many documents in one ``nlp.pipe`` stream (a DOU edition has
    hundreds of short acts: one stream keeps the model's batches full)."""
    out: list[list[tuple[int, int, str]]] = [[] for _ in texts]
    if mode == "off":
        return out
    nlp = nlp or load_model()
    if nlp is None:
        return out
    jobs = [(k, s, texts[k][s:e]) for k, text in enumerate(texts) for s, e in select(text, mode)]
    with READING:  # the reading set, the paragraphs read and the cache filled by one thread at a time
        read_as(mode, nlp)
        cache = _read_cache(nlp)
        todo = list(dict.fromkeys(piece for _k, _s, piece in jobs if piece not in cache))
        for piece, doc in zip(todo, nlp.pipe((_doc(nlp, piece) for piece in todo), batch_size=BATCH)):
            cache[piece] = tuple((ent.start_char, ent.end_char, ent.label_) for ent in doc.ents)
        for k, s, piece in jobs:
            out[k].extend((s + a, s + b, label) for a, b, label in cache[piece])
        if len(cache) > CACHE_PIECES:  # oldest first: a worker's long run keeps its recent letterheads
            for piece in list(itertools.islice(cache, len(cache) - CACHE_PIECES // 2)):
                del cache[piece]
    return out


# The model is one per process and its reading (read_as) is process state: threads that read names at once
# (a Dask worker with several threads, a notebook's thread pool) take turns, so that no thread changes the
# reading or the cache under another's feet (two --ner modes at once read each other's way before 0.30).
READING = threading.RLock()


def _doc(nlp, text: str):
    """``text`` tokenized, as ``nlp.pipe`` would, with the text kept for the conventions (conventions.TEXT)."""
    from seidou.ner.conventions import TEXT  # (spaCy's modules are imported only when the model reads)

    doc = nlp.make_doc(text)
    doc.user_data[TEXT] = text
    return doc


# Paragraphs read by the model, per model, with their entities (offsets in the paragraph): a paragraph
# printed again (an act's closing formula, a signer's name line, a letterhead, a form's labels: 1 in 7
# of the model's characters on five corpus files) is read once per process. The entities of a paragraph
# do not depend on the batch it is read in (pipeline/ner/ensemble.py rounds the members' averages), so a
# paragraph's cached reading is the one it would get again.
CACHE_PIECES = 20_000


def forget_read(nlp=None) -> None:
    """Empty the cache of paragraphs read (of ``nlp``, the shipped model by default): a benchmark that
    processes a file again must not time it read from the cache."""
    nlp = nlp or load_model()
    if nlp is not None:
        nlp._seidou_read = {}


def read_as(mode: str, nlp=None) -> None:
    """``nlp`` (the shipped model by default) set to read as the ``--ner`` ``mode`` asks
    (seidou.ner.ensemble.READINGS: ``fast`` and ``every`` read with one member at 0.6, ``targeted`` and ``all``
    with the ensemble), the paragraphs it read another way forgotten. :func:`ner_entities_many` calls it, so
    that ``mode`` names the reading as well as the paragraphs wherever the model is asked (the model is one per
    process: a default run leaves it reading ``fast``); a model without the ensemble reads as it is, and one
    without the member a reading names (a model of one's own, ``SEIDOU_NER_MODEL``) reads with all its members,
    with a warning, rather than give no model entities."""
    import warnings

    from seidou.ner import ensemble  # (spaCy's modules are imported only when the model reads)

    if mode not in ensemble.READINGS:
        return
    nlp = nlp or load_model()
    if nlp is None or "seidou_ensemble" not in nlp.component_names:
        return
    with READING:  # not while another thread reads (ner_entities_many holds it over its whole read)
        try:
            changed = ensemble.configure(nlp, ensemble.READINGS[mode])
        except ValueError as missing:  # the reading's member is not in this model
            warnings.warn(
                f"--ner {mode}: {missing}; reading with all its members instead", RuntimeWarning, stacklevel=2
            )
            changed = ensemble.configure(nlp, "beam8")
        if changed:
            forget_read(nlp)


def _read_cache(nlp) -> dict[str, tuple]:
    cache = getattr(nlp, "_seidou_read", None)
    if cache is None:
        cache = nlp._seidou_read = {}
    return cache


def merge(
    text: str,
    ner: list[tuple[int, int, str]],
    mentions: list[Mention],
    rule_names: list[tuple],
    headings: list[tuple[int, int, int, int]] = (),
) -> list[tuple[int, int, str, str, bool]]:
    """Apply ``merge@17`` rules 1-13: (start, end, label, source, propagated) sorted by offset. ``rule_names`` are
    (start, end, label), or (start, end, label, kind) for the weaker órgão rule (kind 'orgao') and for
    street names (kind 'street'); ``headings`` the bodies of the órgão headings (rule 11:
    :func:`heading_names`). A model entity takes its shape first (pipeline/ner/shape.py)."""
    hard = [(m.start, m.end) for m in mentions if m.kind in HARD_KINDS]
    soft = [(m.start, m.end) for m in mentions if m.kind in ("date", "reference", "duration")]

    def overlaps(s, e, spans):
        return any(s < b and a < e for a, b in spans)

    streets = [(s, e) for s, e, label, *kind in rule_names if kind == ["street"]]
    kept = [
        (s, e, label, "ner")
        for s, e, label in (y for x in ner for y in shaped(text, *x))
        if not overlaps(s, e, hard)
        and not (label in PATTERN_WINS and overlaps(s, e, soft))
        and not (overlaps(s, e, streets) and not (label == "LOCAL" and (s, e) in streets))
    ]
    kept = [(s, _legal_form_end(text, s, e) if label == "ORGANIZACAO" else e, label, src) for s, e, label, src in kept]
    orgs = [(s, e) for s, e, label, _ in kept if label == "ORGANIZACAO"]
    kept = [  # the form the model read alone is now inside the name ("… LTDA" + "EPP")
        k
        for k in kept
        if not (k[2] == "ORGANIZACAO" and any(a <= k[0] and k[1] <= b and (a, b) != k[:2] for a, b in orgs))
    ]
    kept = [
        (s, e, "ORGANIZACAO" if label == "LOCAL" and _legal_person(text, s, e) else label, src)
        for s, e, label, src in kept
    ]
    model = list(kept)
    for s, e, label, *weak in rule_names:
        if any(k[2] == label and k[0] <= s and e <= k[1] for k in kept):
            continue  # the model already has it (or more)
        if weak in (["orgao"], ["firm"], ["defined"]) and any(
            k[0] < s < k[1] < e or s < k[0] < e < k[1] for k in model if k[1] > k[0]
        ):
            continue  # an órgão or firm rule crossing a model entity: the model's reading stands
        # a rule name that contains the model's shorter guesses replaces them ("FERNANDO MAGALHÃES SOARES");
        # a firm's name also the persons and places the model read in it ("COSTA CAMARGO COM. DE … LTDA")
        inside = (label,) if weak not in (["firm"], ["defined"]) else ("ORGANIZACAO", "PESSOA", "LOCAL")
        kept = [k for k in kept if not (k[2] in inside and s <= k[0] and k[1] <= e)]
        kept.append((s, e, label, "rule"))
    kept = [  # rule 12
        (s, _without_state(text, s, e) if label == "ORGANIZACAO" else e, label, src) for s, e, label, src in kept
    ]
    for s, e, ps, pe in headings:  # rule 11
        over = [k for k in kept if k[2] == "ORGANIZACAO" and k[0] < e and s < k[1]]
        if any(k[0] < ps or pe < k[1] for k in over):
            continue  # an entity runs past the heading line over it: its reading stands
        kept = [k for k in kept if k not in over]
        kept.append((s, e, "ORGANIZACAO", "rule"))
    defined = acronyms(text, kept)  # rule 10, replacing the model's shorter guesses inside ("CMDCA" of "CMDCA/BH")
    kept = [k for k in kept if not (k[2] == "ORGANIZACAO" and any(a <= k[0] and k[1] <= b for a, b, *_ in defined))]
    kept += defined
    kept = names.reread(text, kept)  # rule 13
    kept = [
        (s, _before_act_title(text, s, e) if label == "ORGANIZACAO" else e, label, src) for s, e, label, src in kept
    ]
    kept = [k for k in kept if k[1] > k[0]]
    found = sorted((s, e, label, source, False) for s, e, label, source in set(kept))
    return sorted(found + propagate(text, found, hard + soft))


# (merge@19) a body's name in capitals ends before the title of the act printed after it on its line or the next one
# ("SECRETARIA DE SAÚDE AVISO DE HOMOLOGAÇÃO", "COMISSÃO PERMANENTE DE LICITAÇÃO EXTRATO DE ATA …": DOM-CE APRECE
# 2022; "PREFEITURA MUNICIPAL DE ARAPIRACA AVISO DE LICITAÇÃO …": AMA-AL 2023; "SECRETARIA DE ESTADO DE POLÍCIA
# MILITAR EXTRATO DE INSTRUMENTO CONTRATUAL": DOE-RJ 2023; "COMISSÃO JULGADORA PERMANENTE⏎RESULTADO FINAL": DODF
# 2021, 2020-01-08), and before a gazette's formula verb ("O DIRETOR DA FACULDADE DE CIÊNCIAS MÉDICAS FAZ SABER":
# DOE-RJ 2023; "… TORNA PÚBLICO"); not a title word after a connector ("COORDENAÇÃO DE EDITAIS")
_ACT_TITLE = regex.compile(
    r"(?<=[\p{Lu}\p{N})][ \t]*\n?[ \t]*)(?<![ \t\n](?:DE|DA|DO|DAS|DOS|E|EM)[ \t]*\n?[ \t]*)"
    r"(?:EXTRATOS?|AVISOS?|RESULTADOS?|EDITAL|EDITAIS|PORTARIAS?|RESOLUÇÃO|RESOLUÇÕES|DESPACHOS?|DECRETOS?"
    r"|RETIFICAÇÃO|ERRATA|FAZ(?:EM)?[ \t]+SABER|TORNA(?:M)?[ \t]+P[ÚU]BLICO)(?![\p{L}])"
)


def _before_act_title(text: str, s: int, e: int) -> int:
    m = _ACT_TITLE.search(text, s + 1, e)
    if m is None or firms.STRONG.search(text, m.end(), e):
        return e  # (review27) a firm's legal form after the word: "EDITORA RESULTADO LTDA", "JORNAL O DECRETO LTDA"
    e = m.start()
    while e > s and text[e - 1] in " \t\n-–":
        e -= 1
    return e


def blocked_spans(mentions: list[Mention]) -> list[tuple[int, int]]:
    """The pattern hits no propagated name may overlap (rule 6): identifiers, amounts, dates, references."""
    return [(m.start, m.end) for m in mentions if m.kind in HARD_KINDS or m.kind in ("date", "reference", "duration")]


# a state's abbreviation after a slash at a name's end (rule 12): "PREFEITURA MUNICIPAL DE GROAÍRAS/CE" (DOM-CE
# APRECE 2013), "Secretaria Municipal de Saúde de Abaiara/CE" (DOM-CE APRECE 2022), "Fundação Altino Ventura/PE"
# (DOU 2020 extratos); an acronym keeps it ("CMDCA/BH", "SES/DF": one word)
_SLASH_STATE = regex.compile(r"/(?P<uf>\p{Lu}{2})$")


def _without_state(text: str, s: int, e: int) -> int:
    """Where an ORGANIZACAO of two words or more ends without a state's abbreviation after a slash."""
    m = _SLASH_STATE.search(text, s, e)
    if m is None or m["uf"] not in UFS or len(text[s : m.start()].split()) < 2:
        return e
    return m.start()


# a CNPJ right after a name (an optional state's abbreviation between): a legal person, not a place
# ("MINAS TÊNIS CLUBE., CNPJ: …", DOM Belo Horizonte; "MUNICÍPIO DE ARAPIRACA – AL – CNPJ Nº …", AMA-AL;
# "MUNICÍPIO DA ESTÂNCIA TURÍSTICA DE PARAGUAÇU PAULISTA – SP\nCNPJ/MF", Paraguaçu Paulista-SP)
_CNPJ_AFTER = regex.compile(r"\.?[ \t]*(?:[-–,][ \t]*(?:[A-Z]{2}[ \t]*[-–,]?)?)?[ \t\n]*CNPJ")


def _legal_person(text: str, s: int, e: int) -> bool:
    """Whether a place of two words or more has a CNPJ printed right after it (a municipality as a party)."""
    return len(text[s:e].split()) >= 2 and _CNPJ_AFTER.match(text, e) is not None


# the legal forms after a body's name (rule 4): "Banco do Brasil S/A", "… LTDA - EPP", "… EIRELI ME"
_FORM_AFTER = regex.compile(rf"(?:[ \t]*[-–]?[ \t]*{firms.FORM})+(?![\p{{L}}\d/])")
# after a name that ends in a form already, "Me" and "Epp" in Title Case too ("WE Peças e Serviços Ltda" + "Me": DODF
# 2004; "… Ltda. Me": DOU S1 2017-10-02: firms.NEXT_FORM)
_NEXT_FORM_AFTER = regex.compile(rf"(?:[ \t]*[-–]?[ \t]*{firms.NEXT_FORM})+(?![\p{{L}}\d/])")
_ENDS_IN_FORM = regex.compile(rf"(?<![\p{{L}}]){firms.FORM}$")


def _legal_form_end(text: str, s: int, e: int) -> int:
    """Where an ORGANIZACAO ends with the legal forms printed right after it (rule 4)."""
    m = (_NEXT_FORM_AFTER if _ENDS_IN_FORM.search(text, s, e) else _FORM_AFTER).match(text, e)
    if m is None or (not firms.STRONG.search(m.group()) and not firms.reads_as_firm(text[s:e])):
        return e
    return firms.without_full_stop(text, s, m.end())


# an acronym defined after a body's name: "… de Belo Horizonte – CMDCA/BH", "Secretaria Municipal de Saúde (SMSA)"
# (merge@17: or before "e" and the next party's name: "Fundação de Previdência Complementar do Estado do Rio de
# Janeiro - RJPREV e a CS BRASIL …", "… - FAETEC e CREARE …" (DOE-RJ 2023), "… do Distrito Federal - CODEPLAN e a
# Empresa SODEXO …" (DODF 2019), "Associação Plantas do Nordeste - APNE e o Conselho …" (DOU S1 2014-10-01))
# (merge@17: and before a full stop and the next sentence: "Hospital Regional da Asa Sul - HRAS. O edital" (DODF 2004),
# "Secretaria de Estado de Educação do Distrito Federal - SEEDF. Justifico" (DODF 2019); not after a program's or a
# form's name, which is no ORGANIZACAO ("… Crescimento - PAC. Art. 2º": DOU S1 2017-10-02); an acronym with its state's abbreviation after a hyphen: "… do Distrito
# Federal – FEMP-DF e as Entidades" (DODF 2004), "… - PROCON-RJ" (DOE-RJ 2023))
_ACRONYM_DEF = regex.compile(
    r"[ \t]*(?:[-–][ \t]*(?P<a>\p{Lu}[\p{Lu}\d]{2,11}(?:/\p{Lu}{2,}|-[A-Z]{2})?)"
    r"(?=[ \t]*(?:[,;:)\n]|\.?$|\.\n)|[ \t]+\d|[ \t]+[eE][ \t]+(?:[aoAO][sS]?[ \t]+)?\p{Lu}|\.[ \t]+\p{Lu})"
    r"|\((?P<b>\p{Lu}[\p{Lu}\d]{2,11}(?:/\p{Lu}{2,})?)\))"
)


_ROMAN = regex.compile(r"[IVXLCDM]+")
_ENUMERATION = regex.compile(r"[ \t]*,[ \t]*\p{Lu}+(?:[ \t]*,[ \t]*\p{Lu}+)*[ \t]+(?:E|e)[ \t]+\p{Lu}")
# labels and codes printed after a name that are no acronym of it, and the words in capitals that open an act or
# a field after a body's heading ("PREFEITURA MUNICIPAL DE CAMPOS SALES – EXTRATO 4º ADITIVO": DOM-CE APRECE 2022;
# "Secretaria de Ciência, Tecnologia e Inovação - SECTI - CONTRATADA: …", "… - OBJETO: …": DOE-BA 2020)
NOT_ACRONYMS = frozenset(
    """ME CNPJ CPF CEP SEI NUP CEL MAJ CAP TEN SGT EXTRATO EXTRATOS CONTRATO TERMO ADITIVO OBJETO CONTRATADA
    CONTRATADO CONTRATANTE CONVENENTE CONCEDENTE PORTARIA DECRETO EDITAL AVISO ATA LEI RESOLUÇÃO PROCESSO
    ESPÉCIE PARTES VALOR VIGÊNCIA ASSINATURA DATA
    DAS FCPE FGR FCT UASG SIAPE SIAFI SICAF SIASG SIORG SIGEPE SIDEC SCDP""".split()
)
# (also the codes of commissioned positions and the federal systems, printed before a number and never a body's
# name: "código DAS 101.3", "FCPE-101.1", "UASG 151895", "SIAPE 1234567": DOU S2 2017-10-02, DODF 2020-01-08)
# an acronym printed as a position's code ("código FCC", "Código: FG-1"): a function's name in that document or file
# (a "Coordenação de Curso (FCC)" defines it, DOU S2 2017-10-02 IFRO and IFSP), no body's name
_CODE = regex.compile(r"(?i:c[óo]d(?:igo|\.))[ \t]*:?[ \t]*(\p{Lu}{3,8})(?![\p{L}])")


def codes(text: str) -> set[str]:
    """The words in capitals printed as a position's code (``_CODE``)."""
    return set(_CODE.findall(text)) if "d" in text else set()


def defined_acronyms(text: str, kept: list[tuple], of_bodies: bool = False) -> set[str]:
    """The acronyms printed right after a body's name in ``kept`` ("Name – ACRONYM", "Name (ACRONYM)"):
    not a legal form, a state's abbreviation or a label (rule 10); ``of_bodies``: only after a name that says
    it is a body's or a firm's (:func:`_names_a_body`: "JUNTA COMERCIAL DO ESTADO DA BAHIA - JUCEB", not the
    model's "Imposto Predial e Territorial Urbano - IPTU"), and no Roman numeral (a list's "(III)")."""
    names = set()
    for s, e, label, *_ in kept:
        if label != "ORGANIZACAO":
            continue
        m = _ACRONYM_DEF.match(text, e)
        if m is None:
            continue
        acronym = m.group("a") or m.group("b")
        if m.group("a") and _ENUMERATION.match(text, m.end()):
            continue  # a name's enumeration: "INSTITUTO BRASILEIRO DE INTEGRAÇÃO - CULTURA, TURISMO E CIDADANIA" (DODF)
        if acronym in UFS | STATE_NAMES or firms.STRONG.fullmatch(acronym) or acronym in NOT_ACRONYMS:
            continue
        if of_bodies and (_ROMAN.fullmatch(acronym) or not _names_a_body(" ".join(text[s:e].split()))):
            continue
        names.add(acronym)
    return names


@lru_cache(maxsize=4096)
def _lower_word_regex(word: str):
    """A word printed in lower case as a word (:func:`printed_as_word`), compiled once per word and process."""
    return regex.compile(rf"(?<![\p{{L}}\d@._/\-]){regex.escape(word)}(?![\p{{L}}\d@_/\-]|\.\p{{L}})")


# an acronym printed alone: after no letter, digit or slash, before no letter, digit or "/UF"
_ALONE_BEFORE = regex.compile(r"(?<![\p{L}\d/])")
_ALONE_AFTER = regex.compile(r"[\p{L}\d]|/\p{Lu}")
# the runs of capitals and digits a text prints after no letter, digit or slash: where an acronym opening with a
# capital letter is printed alone, its own first run is one of them
_RUN_ALONE = regex.compile(r"(?<![\p{L}\d/])\p{Lu}[\p{Lu}\d]*")
_RUN = regex.compile(r"[\p{Lu}\d]*")
_CAPITAL = regex.compile(r"\p{Lu}")
# more acronyms than this are not each looked for as a string: the text's runs are read once instead (rule 14 asks
# about a DOU edition's hundreds of acronyms in each of its acts)
FEW_ACRONYMS = 16


@lru_cache(maxsize=4096)
def _first_run(acronym: str) -> str | None:
    """An acronym's first run of capitals and digits (``_RUN``), None if it opens with no capital letter: made once
    per acronym, not once per document asked about it (rule 14 asks each act of a DOU edition about its hundreds)."""
    return _RUN.match(acronym).group() if _CAPITAL.match(acronym) else None


def acronym_hits(text: str, acronyms: set[str] | frozenset[str], taken: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Where ``acronyms`` (each opening with a capital letter) are printed alone (same letters, not inside a word
    or before "/UF"), outside ``taken``: each acronym's places left to right, not overlapping, the acronyms in
    sorted order (the matches of one regex per acronym, found with ``str.find``: compiling them was 0.1 s of a run
    on real, and looking for each of a file's acronyms in each document 0.4 s)."""
    if len(acronyms) > FEW_ACRONYMS:
        runs = set(_RUN_ALONE.findall(text))
        # (an acronym not opening with a capital, which no caller gives, is looked for as a string)
        wanted = [a for a in acronyms if (run in runs if (run := _first_run(a)) is not None else a in text)]
    else:
        wanted = [a for a in acronyms if a in text]
    out = []
    for acronym in sorted(wanted):
        last, i = 0, text.find(acronym)
        while i >= 0:
            e = i + len(acronym)
            if i >= last and _ALONE_BEFORE.match(text, i) and not _ALONE_AFTER.match(text, e):
                if not any(a <= i and e <= b for a, b in taken):
                    out.append((i, e))
                last = e
            i = text.find(acronym, i + 1)
    return out


def acronyms(text: str, kept: list[tuple]) -> list[tuple[int, int, str, str]]:
    """Rule 10: an acronym printed after a body's name ("Name – ACRONYM", "Name (ACRONYM)", LeNER-Br's
    two entities) is an ORGANIZACAO there and wherever it is printed again alone, in the same letters
    (sources: DOM Belo Horizonte "Secretaria Municipal de Educação – SMED", "… (SMSA)"; TCE-AC "Empresa
    de Processamento de Dados S/A - ACREDATA"); not a legal form or a state's abbreviation (the other
    documents of the file: rule 14)."""
    taken = [(s, e) for s, e, label, _ in kept if label == "ORGANIZACAO"]
    coded = codes(text)
    names = {
        a for a in defined_acronyms(text, kept) | led_acronyms(text) if not printed_as_word(text, a) and a not in coded
    }
    return [(s, e, "ORGANIZACAO", "rule") for s, e in acronym_hits(text, names, taken)]


# an acronym a position is held in, after the position in Title Case: "O Presidente do IPREVTEO, GERALDO …" (AMA-AL
# 2016), "Presidente do IBAMA", "Diretor Geral do DNIT" (DOU 2014), "Diretor-Presidente do SLU", "Diretor Geral da PCDF"
# (DODF 2020), "Diretor-Geral da UNESCO" (UNESCO contract 2012): letters A-Z and digits only, not a word in capitals
# that opens a name in capitals ("Presidente do CONSELHO NACIONAL …", "… da FUNDAÇÃO JOÃO …")
_POSITIONS = (
    "Presidente|Presidenta|Vice-Presidente|Diretor-Presidente|Diretora-Presidente|Diretor-Geral|Diretora-Geral"
    "|Diretor Geral|Diretora Geral|Diretor|Diretora|Secretário-Executivo|Secretária-Executiva|Secretário|Secretária"
    "|Superintendente|Coordenador-Geral|Coordenadora-Geral|Coordenador|Coordenadora|Vice-Reitor|Vice-Reitora|Reitor"
    "|Reitora|Comandante-Geral|Comandante|Chefe|Gerente|Ouvidor|Ouvidora|Corregedor|Corregedora|Procurador-Geral"
    "|Procuradora-Geral"
)
# (the positions as a tree of their common prefixes, orgaos.prefix_tree: the same matches, a quarter less scan)
_LED_ACRONYM = regex.compile(
    rf"(?<![\p{{L}}]){orgaos.prefix_tree(_POSITIONS.split('|'))}[ \t]+(?:do|da|desta|deste)[ \t]+(?P<acr>[A-Z]{{3,10}})"
    r"(?![\p{L}\d\-/])(?![ \t]+\p{Lu}{2})"
)


@lru_cache(maxsize=1024)
def led_acronyms(text: str) -> frozenset[str]:
    """The acronyms a position is held in (``_LED_ACRONYM``): bodies' names, as rule 10's. Kept for the last texts
    asked about: rule 10 (merge) and FileNames.collect ask about each document of a window (up to 941 documents on
    real) in turn, and the positions' scan was 0.13 s of a run on real."""
    out = set()
    for m in _LED_ACRONYM.finditer(text):
        acronym = m["acr"]
        if acronym in UFS | STATE_NAMES or acronym in NOT_ACRONYMS or firms.STRONG.fullmatch(acronym):
            continue
        if _ROMAN.fullmatch(acronym):
            continue
        out.add(acronym)
    return frozenset(out)


PROPAGATES = ("PESSOA", "ORGANIZACAO")


def propagate(text: str, found: list[tuple], blocked: list[tuple[int, int]]) -> list[tuple[int, int, str, str, bool]]:
    """Rule 6: the other places a name of two words or more in ``found`` is printed (same words, same
    case, any spacing), outside ``found`` and the ``blocked`` spans; longer names first.

    >>> t = "Sr. Pedro Paulo Lima, CPF ...; o servidor Pedro Paulo Lima e PEDRO PAULO LIMA"
    >>> [(t[s:e], s) for s, e, *_ in propagate(t, [(4, 20, "PESSOA", "ner", False)], [])]
    [('Pedro Paulo Lima', 42)]
    """
    taken = Taken([(s, e) for s, e, *_ in found] + list(blocked))
    out = []
    names = {(" ".join(text[s:e].split()), label, source) for s, e, label, source, _ in found if label in PROPAGATES}
    for name, label, source in sorted(names, key=lambda x: (-len(x[0]), x)):
        words = name.split()
        if len(words) < 2:
            continue
        for s, e in printed(text, words):
            if not taken.overlaps(s, e):
                out.append((s, e, label, source, True))
                taken.add(s, e)
    return out


class Taken:
    """Spans a new one may not overlap (rules 6 and 14), sorted by their starts: a span overlaps one of them that
    starts before its end and ends after its start, and such a span starts less than the longest span's length
    before it, so only the spans that start between are looked at (a DOU act holds hundreds of entities, each
    walked for each name printed again there: 2.3 million comparisons of a default run on real)."""

    def __init__(self, spans: list[tuple[int, int]]):
        spans = sorted(spans)
        self._starts = [a for a, _ in spans]
        self._ends = [b for _, b in spans]
        self._longest = max((b - a for a, b in spans), default=0)

    def overlaps(self, s: int, e: int) -> bool:
        """Whether some span (a, b) has ``s < b and a < e``."""
        ends = self._ends
        first = bisect_right(self._starts, s - self._longest)
        return any(ends[k] > s for k in range(first, bisect_left(self._starts, e)))

    def add(self, s: int, e: int) -> None:
        k = bisect_right(self._starts, s)
        self._starts.insert(k, s)
        self._ends.insert(k, e)
        self._longest = max(self._longest, e - s)


@dataclass
class FileNames:
    """What rule 14 spreads over the documents of one file: the names of two words or more its documents
    hold (name, label, source) and the acronyms they define (rule 10). A file's page windows hand it on
    (``runner.stages.base.FileContext``): a name of an earlier window reaches the later ones."""

    names: dict[tuple[str, str], str] = field(default_factory=dict)  # (name, label) -> source
    acronyms: set[str] = field(default_factory=set)
    labels: dict[str, set[str]] = field(default_factory=dict)  # every name read, with its labels
    words: set[str] = field(default_factory=set)  # the words the file prints in lower case
    codes: set[str] = field(default_factory=set)  # the words in capitals the file prints as a position's code
    # ``names`` by the first word's letters, filled as names arrive (``names`` only grows): a document looks
    # up the few names whose first word it prints instead of sorting the whole file's names (a DOU edition's
    # thousands) for each of its hundreds of acts
    _by_key: dict[str, list[tuple[tuple[str, str], str]]] = field(default_factory=dict, repr=False)
    _indexed: int = field(default=0, repr=False)
    _persons: set[str] = field(default_factory=set, repr=False)
    _persons_of: int = field(default=-1, repr=False)
    _spread: set[str] = field(default_factory=set, repr=False)
    _spread_of: tuple[int, int, int] | None = field(default=None, repr=False)

    def candidates(self, keys: set[str]) -> list[tuple[tuple[str, str], str]]:
        """The ((name, label), source) whose runs of letters and digits (:func:`_keys_of`) are all among ``keys``,
        longer names first: the names a text whose runs are ``keys`` may print (looked up by their first run)."""
        if self._indexed < len(self.names):
            for item in itertools.islice(self.names.items(), self._indexed, None):
                (name, label), _ = item
                key = _KEY.match(name)
                if key is not None:  # (with its place in that order and its runs: no key function at each sort)
                    self._by_key.setdefault(key.group(), []).append(((-len(name), name, label), _keys_of(name), item))
            self._indexed = len(self.names)
        found = sorted(
            (place, item) for k in keys & self._by_key.keys() for place, runs, item in self._by_key[k] if runs <= keys
        )  # (a name of another run of the text's: most, in a DOU act, sorted and dropped one by one before)
        return [item for _, item in found]

    def persons(self) -> set[str]:
        """The first two words, in Title Case, of the persons' names the file holds."""
        if self._persons_of != len(self.names):
            self._persons = {" ".join(n.title().split()[:2]) for n, label in self.names if label == "PESSOA"}
            self._persons_of = len(self.names)
        return self._persons

    def spread_acronyms(self) -> set[str]:
        """The acronyms rule 14 spreads: those the file prints neither in lower case as a word nor as a position's
        code; made again only when one of the three sets grew (they only grow), not for each document."""
        state = (len(self.acronyms), len(self.words), len(self.codes))
        if self._spread_of != state:
            self._spread = {a for a in self.acronyms if a.lower() not in self.words and a not in self.codes}
            self._spread_of = state
        return self._spread

    def collect(self, text: str, merged: list[tuple]) -> None:
        """The names and acronyms of one document's merged entities (not the ones propagated there)."""
        for s, e, label, source, propagated in merged:
            if propagated or label not in PROPAGATES:
                continue
            name = " ".join(text[s:e].split())
            self.labels.setdefault(name, set()).add(label)
            if _spreads(name) and (label == "PESSOA" or _names_a_body(name)):
                self.names.setdefault((name, label), source)
        for s, e, label, *_ in merged:
            if label == "LOCAL":
                self.labels.setdefault(" ".join(text[s:e].split()), set()).add(label)
        self.words |= set(_LOWER_WORD.findall(text))
        self.codes |= codes(text)
        self.acronyms |= defined_acronyms(text, [k[:4] for k in merged], of_bodies=True) | led_acronyms(text)


# an ORGANIZACAO spreads over the file when its name says it is one (rule 14): a body's head word opens it
# (patterns/orgaos.py HEADS: "Companhia de Desenvolvimento Urbano do Estado da Bahia") or a firm's word or legal
# form is in it ("INNOVAR CONSTRUTORA"); not a polity ("Estado da Bahia": a party here, a place there), not a
# model's reading of other words ("Ordem de Serviço", "Sociedade Civil", "Guaraciaba do Norte": tune files)
_BODY_OPENS = regex.compile(rf"(?:{orgaos.HEADS}|Junta)(?![\p{{L}}])", regex.IGNORECASE)


def _spreads(name: str) -> bool:
    """A name of two words or more, each capitalised but the connectors, none at its end ("Coordenação da", "mat.
    Siape": readings cut short, DOU S2 2017-10-02)."""
    words = name.split()
    if len(words) < 2 or words[-1].lower() in orgaos.CONNECTORS:
        return False
    return all(w[0].isupper() or w.lower() in orgaos.CONNECTORS for w in words)


def printed_as_word(text: str, acronym: str) -> bool:
    """Whether ``text`` prints ``acronym`` in lower case as a word (not in an e-mail or web address): a word in
    capitals, no acronym ("… AVIAÇÃO CIVIL - SUBSTITUTA, no uso" and "substituta da função", "… - CENTRO/RJ": DOU S2
    2017-10-02)."""
    word = acronym.lower()
    return word in text and _lower_word_regex(word).search(text) is not None


def _names_a_body(name: str) -> bool:
    if names._NOT_A_BODY.match(name):
        return False  # a fiscal or a system's term ("Receita Resultante de Imposto … - IPTU": Tucano-BA DOE 1507)
    if _BODY_OPENS.match(name) or shape.ends_in_legal_form(name):
        return True
    return name.isupper() and is_firm(name, 0, len(name))  # "INNOVAR CONSTRUTORA", not "Ordem de Serviço"


_KEY = regex.compile(r"[\p{L}\p{N}]+")
_NEXT_WORD = regex.compile(r"[ \t]+(\p{Lu}{2,})(?![\p{L}])")
# two words in capitals after a spread acronym, the first no connector, no label: a name's words ("ANA LUCIA SILVA")
_CAPS_NEXT = regex.compile(
    r"[ \t]+(?!(?:DE|DA|DO|DAS|DOS|E|EM|NO|NA|NOS|NAS)(?![\p{L}]))\p{Lu}{2,}[ \t]+\p{Lu}{2,}(?![\p{L}]|[ \t]*:)"
)
# a word in lower case, not in an e-mail or web address ("credenciamento_dgo@pmerj.rj.gov.br")
_LOWER_WORD = regex.compile(r"(?<![\p{L}\d@._/\-])\p{Ll}+(?![\p{L}\d@_/\-]|\.\p{L})")


@lru_cache(maxsize=65536)
def _keys_of(name: str) -> frozenset[str]:
    """The runs of letters and digits of ``name`` (``_KEY``): where :func:`printed` finds the name, its text prints
    each of them as a whole run (the name's ends are not inside a word, its words are apart), so a text whose runs
    lack one of them does not print the name: :meth:`FileNames.candidates` gives :func:`spread` only the others (a
    DOU edition's thousands of names against each of its acts)."""
    return frozenset(_KEY.findall(name))


def spread(
    text: str, merged: list[tuple], blocked: list[tuple[int, int]], known: FileNames
) -> list[tuple[int, int, str, str, bool]]:
    """Rule 14: the names and acronyms of the other documents of the file (``known``) where this document
    prints them, in the same letters and case, outside its entities and the ``blocked`` pattern hits: as
    rule 6 within a document (longer names first); a name the file holds under two labels is left alone.

    >>> known = FileNames({("Pedro Paulo Lima", "PESSOA"): "ner"}, {"SEJUS"})
    >>> t = "Assina Pedro Paulo Lima, pela SEJUS; SEJUSPREV"
    >>> [(t[s:e], label, src, p) for s, e, label, src, p in spread(t, [], [], known)]
    [('Pedro Paulo Lima', 'PESSOA', 'ner', True), ('SEJUS', 'ORGANIZACAO', 'rule', True)]
    """
    keys = set(_KEY.findall(text))
    taken = Taken([(s, e) for s, e, *_ in merged] + list(blocked))
    out = []
    for (name, label), source in known.candidates(keys):
        if len(known.labels.get(name, ())) > 1:
            continue
        words = name.split()
        for s, e in printed(text, words):
            if _inside_longer_name(text, s, e, label):
                continue
            if not taken.overlaps(s, e):
                out.append((s, e, label, source, True))
                taken.add(s, e)
    for s, e in acronym_hits(text, known.spread_acronyms(), []):
        if _CAPS_NEXT.match(text, e):
            continue  # a word of a name in capitals: "ANA LUCIA SILVA DE LIMA" (DOU S2 2017-10-02)
        nxt = _NEXT_WORD.match(text, e)
        if nxt and (text[s:e].title() + " " + nxt.group(1).title()) in known.persons():
            continue  # a person's first name and surname the file prints: "Relator sorteado: ANA ARRAES" (DOU S1 2014)
        if not taken.overlaps(s, e):
            out.append((s, e, "ORGANIZACAO", "rule", True))
            taken.add(s, e)
    return out


# a name word of the same case right before or after a name on its line: the name is part of a longer one, which
# the document did not read ("…, CLAUDIA MARIA DE JESUS RODRIGUES, titular" where another act names "MARIA DE JESUS
# RODRIGUES": DODF 2020-01-08; "Ministro Bruno Dantas do Nascimento", "Floresta Nacional de São Francisco de Paula",
# "FUNDACAO UNIVERSIDADE FEDERAL DO MARANHAO": DOU S1 2014-10-01; "GERÊNCIA EXECUTIVA DO INSTITUTO NACIONAL …",
# "Gabinete do Procurador-Chefe Regional": DOU S2 2017-10-02); "e" joins two names ("… BERTUCCI E IVANILDE …")
_WORD_BEFORE = regex.compile(r"(?<![\p{L}\d.])(\p{Lu}[\p{L}'’\-]*)[ \t]+$")
# the word characters and spaces right before a name, read backwards (``(?r)``): no match of _WORD_BEFORE starts before
# them, so it is searched for from there, not from the line's start (a DOU paragraph is one line of thousands of
# characters, walked once per name spread over it)
_TAIL_BEFORE = regex.compile(r"(?r)[\p{L}'’\-]*[ \t]+")
_WORD_AFTER = {
    "PESSOA": regex.compile(r"[ \t]+(?:(?:de|da|do|das|dos|DE|DA|DO|DAS|DOS)[ \t]+)?(\p{Lu}[\p{L}'’\-]*)"),
    "ORGANIZACAO": regex.compile(
        r"[ \t]+(?:(?:de|da|do|das|dos|no|na|nos|nas|em|DE|DA|DO|DAS|DOS|NO|NA|NOS|NAS|EM)[ \t]+)?(\p{Lu}[\p{L}'’\-]*)"
    ),
}


def _inside_longer_name(text: str, s: int, e: int, label: str) -> bool:
    caps = text[s:e].isupper()
    line_start = text.rfind("\n", 0, s) + 1
    tail = _TAIL_BEFORE.match(text, line_start, s)
    before = _WORD_BEFORE.search(text, tail.start(), s) if tail is not None else None
    after = _WORD_AFTER[label].match(text, e)
    if before is not None and label == "PESSOA" and (not caps or shape._TITLE.match(text, before.start(1))):
        before = None  # a person's name after a Title Case word or a position: "Ministro José Múcio Monteiro"
    for m in (before, after):
        if m is None:
            continue
        word = m.group(1)
        if m is after and (word.upper() in _NOT_NAME_WORDS or word.lower() in shape.NOT_A_FIRST_NAME):
            continue  # the next act's or field's word: "… KOURY ATO Nº 533", "GABINETE DA MINISTRA PORTARIA …"
        if len(word) > 1 and word.isupper() == caps and word.lower() not in orgaos.CONNECTORS:
            return True
    return False


# the words in capitals that open an act after a signature or a heading (DOU S2 2017-10-02 "ATO Nº 533", DOU S1 2014
# "PORTARIA INTERMINISTERIAL"), besides NOT_ACRONYMS' act and field words
_ACT_WORDS = frozenset("ATO ATOS ACÓRDÃO DESPACHO DELIBERAÇÃO INSTRUÇÃO RETIFICAÇÃO APOSTILA".split())
_NOT_NAME_WORDS = NOT_ACRONYMS | _ACT_WORDS  # (one set, not a union built for every hit)


_WORD_CHAR = regex.compile(r"[\p{L}\p{N}]")
_SPACE = regex.compile(r"\s+")


def printed(text: str, words: list[str]) -> list[tuple[int, int]]:
    """Where ``words`` are printed in ``text``, one after the other with any spacing between them, not
    inside a longer word: the matches, left to right and not overlapping, of the regex
    ``(?<![\\p{L}\\p{N}])w1\\s+w2…(?![\\p{L}\\p{N}])`` (one compiled per name cost a millisecond:
    a DOU edition propagates thousands of names), found by ``str.find`` of the first word.

    >>> printed("Ana  Lima, ANA LIMA, Ana Limas; Ana\\nLima", ["Ana", "Lima"])
    [(0, 9), (32, 40)]
    """
    first, rest = words[0], words[1:]
    starts, heads = _first_word_at(text, first)
    joined = " ".join(words)
    if heads is not None and _SPACE.search("".join(words)):
        heads = None  # (a word with a space in it: no name's words, but then every place is walked)
    out = []
    last = 0
    for k, i in enumerate(starts):
        if i < last:
            continue  # inside the name found last
        if heads is not None:
            head = heads[k]
            if head is None:
                head = heads[k] = _SPACE.sub(" ", text[i : i + _HEAD])
            if not (head.startswith(joined) or joined.startswith(head)):
                continue
        end = _printed_at(text, i, first, rest)
        if end >= 0:
            out.append((i, end))
            last = end
    return out


# printed()'s places of a first word in the last text asked about: a DOU edition's act lists dozens of names opening
# with the same word ("INSTITUTO FEDERAL DE EDUCAÇÃO, CIÊNCIA E TECNOLOGIA DO …": 363 times in one act, and each name
# looked for there), and each place was walked word by word for each name. Each place's first ``_HEAD`` characters
# with their spaces collapsed (made when first needed) tell the places where a name may be printed: the name's
# words joined by one space start them, or (a longer name) they start the name; only those places are walked.
_HEAD = 256
# (the text and its first words' places, replaced as one: threads reading other texts never see another's places)
_FIRST_WORDS: list[tuple[str | None, dict[str, tuple[list[int], list[str | None]]]]] = [(None, {})]


def _first_word_at(text: str, first: str) -> tuple[list[int], list[str | None]]:
    """Where ``first`` starts in ``text`` not right after a letter or digit, and the collapsed heads of those
    places (each None until made; the list None on the first question: a word asked about once is walked at each
    place, cheaper than making the heads); cached for the last text."""
    of_text, cache = _FIRST_WORDS[0]
    if of_text is not text:
        cache = {}
        _FIRST_WORDS[0] = (text, cache)
    found = cache.get(first)
    if found is None:
        word_char = _WORD_CHAR.match
        starts = []
        i = text.find(first)
        while i >= 0:
            if i == 0 or not word_char(text, i - 1):
                starts.append(i)
            i = text.find(first, i + 1)
        cache[first] = (starts, [None] * len(starts))
        return starts, None
    return found


def _printed_at(text: str, i: int, first: str, rest: list[str]) -> int:
    """The end of the name (``first`` and then ``rest``, any spacing between) printed at ``i``, or -1."""
    end = i + len(first)
    for w in rest:  # a word has no space in it: the spaces before it are all the spaces there
        gap = _SPACE.match(text, end)
        if gap is None or not text.startswith(w, gap.end()):
            return -1
        end = gap.end() + len(w)
    if end == len(text) or not _WORD_CHAR.match(text, end):
        return end
    return -1


# a CPF (masked or not) right after a party's name: the party is a person
_CPF_AFTER = regex.compile(r"[\s,.;:-]*(?:CPF|\*{2,3}[\d.]{3,}|\d{3}\.\d{3}\.\d{3}-\d{2})")


# (merge@19) a CPF and then a CNPJ after a party's name: the firm of an individual entrepreneur, named after its
# owner (Código Civil art. 968: the firm is the owner's name) and a legal person for its CNPJ, an ORGANIZACAO:
# "Contratado(a):DJANIELLE FREITAS DE SOUSA - ***.451.743-** - CNPJ:17.445.629/0001-48" (DOM-CE APRECE 2013)
_CPF_THEN_CNPJ = regex.compile(
    r"[\s,.;:–-]*(?:CPF[ \t]*(?:/MF)?[ \t]*(?:n[º°o.]*)?[ \t]*:?[ \t]*)?(?=[\d.*-]*\d{3})[\d*][\d.*-]{7,14}[\d*]"
    r"[ \t]*[-–,;][ \t]*CNPJ"  # (a dash, comma or semicolon: after a full stop the CNPJ opens a field of its own)
)


@lru_cache(maxsize=4096)
def _name_regex(name: str):
    """A name's words with any spacing between them, in any case (compiled once per name and process: a
    file's signers and parties come back document after document)."""
    return regex.compile(r"\s+".join(regex.escape(w) for w in name.split()), regex.IGNORECASE)


def name_span(text: str, name: str, start: int, end: int) -> tuple[int, int] | None:
    """The first place from ``start`` where ``text`` prints ``name`` before ``end`` (``_name_regex``'s search); where it
    prints it as given right at ``start`` (most names a row gives: its offsets are the name's), that place with no
    regex compiled (a compilation per name cost a third of a second over the corpus)."""
    if start + len(name) <= end and text.startswith(name, start) and name == " ".join(name.split()):
        return start, start + len(name)  # (the words, one space between them: the regex's match at start)
    m = _name_regex(name).search(text, start, end)
    return m.span() if m else None


def rule_names(text: str, rows: dict[str, list[dict]]) -> list[tuple[int, int, str]]:
    """Spans of names the rules found: signers (PESSOA), parties (ORGANIZACAO; PESSOA when a CPF follows
    the name) and representatives,
    persons named by labelled fields (PERSON_FIELD) and legislators by their title (LEGISLATOR), órgãos by head word (the weaker 'orgao' rule) and
    street names (LOCAL, 'street': no model entity may overlap them)."""
    out = []

    def add(name: str | None, start: int | None, end: int | None, label: str) -> None:
        if not name or start is None:
            return
        # the name may be cut by a line end (a table cell) or printed in capitals
        span = name_span(text, name, start, end if end is not None else len(text))
        if span:
            out.append((*span, label))

    for s in rows.get("signatures", []):
        add(s.get("name"), s.get("char_start"), s.get("char_end"), "PESSOA")
    for p in rows.get("parties", []):
        n = len(out)
        add(p.get("name"), p.get("char_start"), p.get("char_end"), "ORGANIZACAO")
        if len(out) > n:
            s, e, _ = out.pop()
            if _CPF_THEN_CNPJ.match(text, e):
                out.append((s, e, "ORGANIZACAO", "firm"))  # (merge@19) a one-person firm: the persons read in it go
            elif _CPF_AFTER.match(text, e):
                out.append((s, e, "PESSOA"))  # a person contracted: "Concessionária: ROSELDA … ***065126**"
            else:
                out.extend((a, b, "ORGANIZACAO") for a, b in party_names(text, s, e))
        add(p.get("representative_name"), p.get("char_start"), p.get("char_end"), "PESSOA")
    for m in org_fields(text):
        out.extend((a, b, "ORGANIZACAO") for a, b in party_names(text, *m.span("name")))
    for rx in (PERSON_FIELD, LEGISLATOR):
        out.extend((m.start("name"), m.end("name"), "PESSOA") for m in rx.finditer(text))
    out.extend(
        names.ranked(text)
        + names.cpf_holders(text)
        + names.defined_bodies(text)
        + names.empresa_names(text)
        + names.cnpj_holders(text)
    )  # rule 13
    streets = [(m.start, m.end, "LOCAL", "street") for m in logradouros.find(text)]
    out.extend((m.start, m.end, "ORGANIZACAO", "firm") for m in firms.find(text))
    for m in orgaos.find(text):
        if any(m.start < b and a < m.end for a, b, *_ in streets):
            continue
        # with its legal form (rule 4), without a form's label after it or a role before a firm's name
        end = _legal_form_end(text, m.start, without_label(text, m.start, m.end))
        out.append((strip_role(text, m.start, end), end, "ORGANIZACAO", "orgao"))
    # (review27) a one-person firm's name is no person's too: the CPF after it also makes names.cpf_holders read a
    # PESSOA on the same words ("Contratado(a):DJANIELLE FREITAS DE SOUSA - ***.451.743-** - CNPJ:…", DOM-CE APRECE
    # 2013, had both labels on one span)
    firms_cpf = [(a, b) for a, b, label, *kind in out if kind == ["firm"] and _CPF_THEN_CNPJ.match(text, b)]
    out = [x for x in out if not (x[2] == "PESSOA" and any(a <= x[0] and x[1] <= b for a, b in firms_cpf))]
    return out + streets


# words a party's name may not hold in lower case (not a name's connectors): "… BRASIL-NOVACAP e a firma
# CONSTRUTORA …" are two parties read as one, "pelo presente termo de fomento, de um lado a MUNICÍPIO …" a
# preamble read as a name (DODF 2018 NOVACAP extratos; Paraguaçu Paulista-SP termos de fomento, 1Doc and Econv)
_LOWER_RUN = regex.compile(
    r"(?:^|[ \t,]+)(?:\p{Ll}[\p{L}]*[ \t,:]*)*\p{Ll}{4,}[\p{L}]*(?:[ \t,:]+\p{Ll}[\p{L}]*)*[ \t,:]*"
)
# what follows a lower-case run when it is no second party but the firm's legal form: "Vision Rio Projetos e
# execuções Ltda" (DOE-RJ 2023 extratos), "CEB distribuição S/A" (DODF 2018 extratos)
_ONLY_FORMS = regex.compile(rf"(?:[ \t]*[-–]?[ \t]*{firms.FORM})+\.?[ \t]*")
_LETTERS = regex.compile(r"\p{L}+")
_NOT_A_BREAK = frozenset(("para", "sobre", "entre"))  # in names: "… para a Educação, a Ciência e a Cultura"
_EDGE_CONNECTORS = regex.compile(
    rf"^(?:{orgaos.cased(orgaos.CONNECTORS)}[ \t]+)+|(?:[ \t]+{orgaos.cased(orgaos.CONNECTORS)})+$"
)
# a name and its acronym or state after a dash (LeNER-Br's two entities; the state is a place: rule 9)
# ("MUNICÍPIO DE TERESÓPOLIS- RJ", DOE-RJ 2023: a space on one side of the dash; "Pan-Americana" has none)
# (merge@17: and an acronym with its state's abbreviation after a hyphen: "… do Estado do Rio de Janeiro - PROCON-RJ",
# DOE-RJ 2023; "… - CONAM/DF", "SES-DF": DODF)
_DASH_TAIL = regex.compile(r"(?:[ \t]+[-–][ \t]*|[-–][ \t]+)(?P<tail>\p{Lu}[\p{L}\d]*(?:/\p{Lu}+|-[A-Z]{2})?)$")


# two bodies a party's field names joined by "e": "PARTES : Agência de Fomento do Estado do RJ e Centro
# Universitário Carioca - UniCarioca" (DOE-RJ 2023), "Partícipes: Secretaria de Estado de Saúde do Distrito Federal
# (SES-DF), a Fundação de Ensino … e a Associação Unificada Paulista …" (DODF 2020-01-08): "e" (and an article)
# before a body's head word, two words or more on each side ("Secretaria de Esporte e Lazer" has no head after "e")
_AND_BODY = regex.compile(
    rf"[ \t,]+(?:e|E)[ \t]+(?:(?:a|o|A|O)[ \t]+)?(?=(?:{orgaos.HEADS}|{orgaos.HEADS_UPPER})(?![\p{{L}}]))"
)


def _two_bodies(text: str, s: int, e: int) -> list[tuple[int, int]]:
    m = _AND_BODY.search(text, s, e)
    if m is None or len(text[s : m.start()].split()) < 2 or len(text[m.end() : e].split()) < 2:
        if len(parts := shape.and_caps_split(text, s, e)) > 1:
            return parts  # (merge@17: a lower-case "e" between two names in capitals)
        return [(s, e)]
    return [(s, m.start()), *_two_bodies(text, m.end(), e)]


# (merge@19) a list of firms in one party's field, each name ended by its legal form and a comma or semicolon (a firm's
# name ends at its form: patterns/firms.py): "CONTRATADAS: … PAPELARIA BARCELONA LTDA, INJEX PEN INDÚSTRIA … LTDA, SMA
# IDEIA …" (DOM Belo Horizonte 2024), "… Centro de Ensino Vasques Ltda; 07436142/001-70, Recanto …" (DODF 2004)
_FORM_LIST = regex.compile(
    rf"(?<![\p{{L}}])(?:{firms.FORM})(?:[ \t]*[-–]?[ \t]*{firms.NEXT_FORM})*\.?(?P<sep>[ \t]*[,;][ \t\n]*)(?=\p{{Lu}})"
)


def _firm_list(text: str, s: int, e: int) -> list[tuple[int, int]]:
    out = []
    for m in _FORM_LIST.finditer(text, s, e):
        if firms.STRONG.search(m.group()):  # (not a bare "ME", which may be the ministry's acronym)
            out.append((s, m.start("sep")))
            s = m.end()
    return [*out, (s, e)]


# a separator and a field's label with its colon inside a party's value: the name ended before it (a label ends in a
# colon; "Órgão: Secretaria Municipal de Juventude, Esporte, Lazer e Cultura – SEMJU / Funcional Programática: …",
# AMA-AL 2023; merge@17)
_NEXT_FIELD = regex.compile(r"[ \t]+[/|–-][ \t]+\p{Lu}[\p{L} \t]{1,40}:")


def party_names(text: str, s: int, e: int) -> list[tuple[int, int]]:
    """The names in a party's name as the parties extractor read it: cut at runs of lower-case words
    that are no connectors (two parties joined by "e a firma", a preamble before the name), without a
    role before the name ("Organização da Sociedade Civil Abrigo Jesus", "EMPRESA CEZÁRIOS … LTDA-EPP":
    shape.strip_role), and a body's acronym after a dash as a name of its own ("… S/A - Prodabel"), a
    state's abbreviation there left out ("MUNICÍPIO DE ARAPIRACA – AL")."""
    if (m := _NEXT_FIELD.search(text, s, e)) is not None:
        e = m.start()  # "… Lazer e Cultura – SEMJU / Funcional Programática: 15.1515 …": the next field's label
    pieces, start = [], s
    for m in _LOWER_RUN.finditer(text[s:e]):
        if all(w in _NOT_A_BREAK or len(w) < 4 for w in _LETTERS.findall(m.group())):
            continue
        if _ONLY_FORMS.fullmatch(text, s + m.end(), e):
            continue  # a word in lower case inside a firm's name, its legal form after it (rule 4)
        pieces.append((start, s + m.start()))
        start = s + m.end()
    pieces.append((start, e))
    pieces = [z for a, b in pieces for y in shape.versus_split(text, a, b) for z in _two_bodies(text, *y)]
    pieces = [y for a, b in pieces for y in _firm_list(text, a, b)]
    out = []
    for a, b in pieces:
        while b > a and text[b - 1] in " \t,;:-–":
            b -= 1
        b = firms.without_full_stop(text, a, b) if b > a else b
        if (m := _EDGE_CONNECTORS.search(text[a:b])) is not None and m.start() == 0:
            a += m.end()
        if (m := _EDGE_CONNECTORS.search(text[a:b])) is not None and m.end() == b - a and m.start() > 0:
            b = a + m.start()
        a, b = strip_role(text, a, b), without_label(text, a, b)
        words = text[a:b].split()
        if (
            b - a < 2
            or not words
            or (len(words) == 1 and not words[0].isupper())
            or words[0].lower() in NOT_A_FIRST_NAME
        ):
            continue  # "Pelo" | "TERMO DE FOMENTO" | "MUNICÍPIO …": a preamble's words are no party
        m = _DASH_TAIL.search(text, a, b)
        if m is not None and not firms.STRONG.fullmatch(m["tail"]) and m["tail"] not in NOT_ACRONYMS | STATE_NAMES:
            if m["tail"] not in UFS:
                out.append((m.start("tail"), m.end("tail")))
            b = m.start()
        out.extend(slash_split(text, a, b))
    return out


# A labelled field that names a person: "Usuário: Valmir Martin Mackawiak" (municipal fichas
# cadastrais), "Nome da Autoridade: …", "Responsável: …" — the whole value, in Title Case or capitals.
_NAME_WORD = r"\p{Lu}[\p{Ll}\p{Lu}'’\-]+"
_NAME_JOIN = orgaos.cased((*orgaos.OF, "e"))
PERSON_FIELD = regex.compile(
    r"(?m)^(?:Usuário|Nome da Autoridade|Nome do Responsável|Responsável|Signatário|Assinado por)\s*:[ \t]*"
    rf"(?P<name>{_NAME_WORD}(?:[ \t]+(?:{_NAME_JOIN}[ \t]+)?{_NAME_WORD}){{1,6}})[ \t]*$"
)

# A labelled field that names an organization, to its line's end or its CNPJ: "Organização da Sociedade
# Civil: Lar Cristo Rei" (DOM Belo Horizonte lists of OSCs), "Empresa: SOMA/MG PRODUTOS HOSPITALARES LTDA
# CNPJ: …" (DOM Belo Horizonte penalties), "ENTIDADE: Empresa de Processamento de Dados S/A - ACREDATA." (TCE-AC);
# not "Contratada:", which as often names the firm's signatory ("Pela\nContratada: HANNAH KAROLINE …", DODF 2020)
# (merge@17: also the winner of a bid's items, "EMPRESA VENCEDORA DO ITEM 01: D. L. BATISTA INSCRITA NO CNPJ" (AMA-AL
# 2023), "Empresa vencedora: SANDU COMÉRCIO …" (DODF 2020-01-08), the name ending before "inscrita no CNPJ")
ORG_FIELD = regex.compile(
    r"(?m)^(?:\d{1,3}[-–.)][ \t]*)?(?i:Organiza[çc][ãa]o da Sociedade Civil|OSC|Empresa|Entidade|Institui[çc][ãa]o"
    r"|Raz[ãa]o Social|Fornecedor(?:a)?|Detentora"
    r"|Empresa[ \t]+vencedora(?:[ \t]+d[oa]s?[ \t]+ite(?:m|ns)[ \t]+[\d \t,eE]{1,20})?)[ \t]*:[ \t]*"
    r"(?P<name>\p{Lu}[^\r\n,;:()\d]*?)(?=[ \t]*(?:[,;:(\d]|\.?[ \t]*$|\.[ \t]+\p{Lu}\p{Ll}|CNPJ|[-–][ \t]CNPJ"
    r"|(?i:inscrit[ao])(?![\p{L}])))"
)


def org_fields(text: str):
    """``ORG_FIELD``'s matches in ``text``, tried only at the start of the lines that hold a colon (its label's colon
    is on its first line; the regex tried its case-insensitive labels at every line's start: 0.16 s of a run on
    real, 0.01 s so)."""
    colon = text.find(":")
    while colon >= 0:
        m = ORG_FIELD.match(text, text.rfind("\n", 0, colon) + 1)
        if m is not None:
            yield m
        line_end = text.find("\n", colon)
        colon = text.find(":", line_end) if line_end >= 0 else -1


# A legislator named by title: the author of an emenda parlamentar that funds a convênio ("Convênio nº
# 978990/2025 do Parlamentar Jaime Bagatolli", Cabixi-RO), "Deputado Federal …", "Senadora …".
_LEGISLATORS = orgaos.cased(("Parlamentar", "Deputado", "Deputada", "Senador", "Senadora", "Vereador", "Vereadora"))
_HOUSES = orgaos.cased(("Federal", "Estadual", "Distrital"))
LEGISLATOR = regex.compile(
    rf"(?<![\p{{L}}]){_LEGISLATORS}(?:[ \t]+{_HOUSES})?[ \t]+"
    rf"(?P<name>{_NAME_WORD}(?:[ \t]+(?:{_NAME_JOIN}[ \t]+)?{_NAME_WORD}){{1,5}})(?![\p{{L}}])"
)


# a head word that starts a second body on one heading line, or on the next line of one heading, after a
# capitalised word that is no connector and a body of two words or more (rule 9's heads, plus Prefeitura,
# Academia and the licitação units Comissão, Equipe): "SECRETARIA DE ESTADO DE POLÍCIA CIVIL ACADEMIA ESTADUAL
# DE POLÍCIA SYLVIO TERRA" (DOE-RJ 2023), "PREFEITURA MUNICIPAL DE FEIRA DE SANTANA PREFEITURA …" (DOE-BA 2020,
# a letterhead printed twice), "PREFEITURA MUNICIPAL DE CATUNDA\nEQUIPE DE PREGÃO" (DOM-CE APRECE 2022);
# not "FUNDAÇÃO DEPARTAMENTO DE ESTRADAS DE RODAGEM" (a head word alone before it: DOE-BA 2020)
# (merge@16: and the control bodies, "CONTROLADORIA GERAL DO ESTADO CORREGEDORIA GERAL DO ESTADO": DOE-RJ 2023, the
# heading of an act of the Corregedoria; the same head words as patterns/orgaos.py HEADS)
_HEADING_HEADS = (
    *BODY_HEADS,
    "Prefeitura",
    "Academia",
    "Comissão",
    "Equipe",
    "Controladoria",
    "Corregedoria",
    "Ouvidoria",
)
_NEXT_HEADING = regex.compile(
    rf"(?<=\p{{Lu}}[\p{{L}}'’]*)\s+(?=(?:{'|'.join(h for w in _HEADING_HEADS for h in (w, w.upper()))})(?![\p{{L}}]))"
)
# a heading names a body when it opens with a body's head word, or the state or municipality it belongs to
_HEADING_START = regex.compile(
    rf"(?:{orgaos.HEADS}|{orgaos.HEADS_UPPER}|Academia|ACADEMIA|Estado|ESTADO|Munic[íi]pio|MUNIC[ÍI]PIO)(?![\p{{L}}])"
)
# where a heading's body ends: a bracket ("SECRETARIA DE ESTADO DA SEGURANÇA PÚBLICA (SSP)": CBM-AL boletim)
_HEADING_CUT = regex.compile(r"[ \t]*[(\[]")
# or a line in capitals under a line in Title Case: another heading ("Secretaria de Estado de Desenvolvimento
# Econômico, Indústria, Comércio e Serviços\nADMINISTRAÇÃO VINCULADA", DOE-RJ 2023)
_CAPITALS_LINE = regex.compile(r"(?<=\p{Ll}[^\n]*)[ \t]*\n(?=[ \t]*[^\p{Ll}\n]+(?:\n|$))")


def heading_names(text: str, orgao: str | None) -> list[tuple[int, int, int, int]]:
    """Rule 11: the bodies of the órgão headings ``orgao`` (``documents.orgao``: ``Órgão / Unidade``) the
    document prints, at the first place each heading is printed (same letters, any spacing), as
    (start, end, heading start, heading end); a heading that opens with no body's head word ("ADMINISTRAÇÃO
    VINCULADA", "EDITAL", "EQUIPE DE PREGÃO") names no body; a body with an acronym after a dash is two
    ("… DO ESTADO DA BAHIA - SESAB", as LeNER-Br marks them: rule 9).

    >>> t = "ESTADO DE ALAGOAS\\nPREFEITURA MUNICIPAL DE ARAPIRACA\\nEXTRATO"
    >>> [t[s:e] for s, e, *_ in heading_names(t, "ESTADO DE ALAGOAS / PREFEITURA MUNICIPAL DE ARAPIRACA / EXTRATO")]
    ['ESTADO DE ALAGOAS', 'PREFEITURA MUNICIPAL DE ARAPIRACA']
    """
    out = []
    for part in dict.fromkeys((orgao or "").split(" / ")):
        words = part.split()
        hits = printed(text, words) if words else []
        if not hits:
            continue  # inherited from an act above, or read from a letterhead not in this text
        ps, pe = hits[0]
        pieces, start = [], ps
        for m in _NEXT_HEADING.finditer(text, ps, pe):
            before = text[start : m.start()].split()
            if len(before) < 2 or before[-1].lower() in orgaos.CONNECTORS:
                continue
            pieces.append((start, m.start()))
            start = m.end()
        pieces.append((start, pe))
        for a, b in pieces:
            if (cut := _HEADING_CUT.search(text, a, b)) is not None:
                b = cut.start()
            if (cut := _CAPITALS_LINE.search(text, a, b)) is not None:
                b = cut.start()
            while b > a and text[b - 1] in " \t\n.,;:-–":
                b -= 1
            if len(text[a:b].split()) < 2 or not _HEADING_START.match(text, a):
                continue
            for x, y, label in acronym_split(text, a, b, "ORGANIZACAO"):
                if label == "ORGANIZACAO":
                    out.append((x, y, ps, pe))
    return out


def entity_spans(
    text: str, doc: dict, mentions: list[Mention], rows: dict[str, list[dict]], mode: str, found=None
) -> list[tuple[int, int, str, str, bool]]:
    """The merged entities of one document (rules 1-13): the model's (``found`` when computed already by
    :func:`ner_entities_many`) and the rules'."""
    if found is None:
        nlp = load_model() if mode != "off" else None
        found = ner_entities(text, mode, nlp) if nlp is not None else []
    return merge(text, found, mentions, rule_names(text, rows), heading_names(text, doc.get("orgao")))


@lru_cache(maxsize=2)
def _row_tags(nlp) -> dict[tuple[str, bool], str]:
    """The four tags an entity row can carry, (source, propagated) -> tag, made once per model: spaCy's
    ``nlp.meta`` builds the pipeline's labels anew at each call (a quarter of a second per default run on real,
    asked once per document)."""
    version = {"ner": nlp.meta.get("version", "0") if nlp is not None else None, "rule": MERGE_VERSION}
    return {
        (source, propagated): tag(
            "seidou.ner.model" if source == "ner" else "seidou.ner.merge", v, *((PROPAGATED,) if propagated else ())
        )
        for source, v in version.items()
        if v is not None
        for propagated in (False, True)
    }


def entity_rows(
    text: str,
    layout,
    doc: dict,
    run_id: str,
    mentions: list[Mention],
    rows: dict[str, list[dict]],
    mode: str,
    found: list[tuple[int, int, str]] | None = None,
    merged: list[tuple[int, int, str, str, bool]] | None = None,
) -> list[dict]:
    """Entity rows of one document: ``merged`` (:func:`entity_spans`, with rule 14's names of the file
    added) or the model's entities merged with the rules by ``merge@20`` here."""
    from seidou.rows import fact_row

    tags = _row_tags(load_model() if mode != "off" else None)
    if merged is None:
        merged = entity_spans(text, doc, mentions, rows, mode, found)
    return [
        fact_row(
            text,
            layout,
            doc,
            run_id,
            s,
            e,
            tags[source, bool(propagated)],
            label=label,
            text=names.printed_name(text[s:e], text),
            source=source,
        )
        for s, e, label, source, propagated in merged
    ]
