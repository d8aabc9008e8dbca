"""Vigência: explicit ranges (``de 01/01/2025 a 31/12/2025``, ``Vigência: 02/01/2020 a 02/01/2021``,
``do dia 1º de abril de 2015 até 31 de março de 2020``, ``até 31/12/2026``) and durations with an anchor:

- ``32 (trinta e dois) meses, contados a partir da assinatura`` → start = the day the instrument was fully
  signed (its latest SEI stamp, else the signing date the extrato states: ``DATA DE ASSINATURA:
  26/12/2019``, ``Ass: 18/03/2019``);
- ``a partir da publicação`` (``a contar desta publicação``) → the DOU date, or the date a gazette prints
  in its running header (DODF, municipal diários oficiais), when known;
- a date before or after the duration (``Vigência: 02/01/2020, com prazo de 12 (doze) meses``, ``12
  (doze) meses a contar do dia 06 de janeiro de 2020``) → that date;
- a duration printed alone in an extrato (``Ass: 18/03/2019. Vigência: 12 meses.``, ``PRAZO DE VIGÊNCIA:
  90 (noventa) dias`` / ``DATA DA ASSINATURA: 09/10/2020``) is presumed to run from the signing date the
  extrato states: anchor ``assinatura_presumida`` (the text names no anchor; a query that wants stated
  anchors only leaves it out).

An end the text states (``… a 05 de janeiro de 2021``, ``ou seja, até o dia 29 de fevereiro de 2020``) is
kept as stated, not computed. ``resolved`` says whether start and end are both known; ``is_prorrogacao``
flags a prorrogação (``Prorrogar por 180 (cento e oitenta) dias o prazo …``, ``prorrogação do prazo de
vigência … por mais 60 (sessenta) dias``).
"""

from __future__ import annotations

import bisect
import calendar
import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass

import regex

from seidou.patterns import dates, durations
from seidou.patterns.mention import first_matches, make

from seidou.rows import fact_row
from seidou.versions import tag

VERSION = 13  # 5: ends only as printed (or from a signing stamp), no presumed start
# 6: an extrato's "PRAZO:" field; a prorrogação's duration or "até" before "o prazo de vigência"; "a partir de sua
# assinatura até DATE"; "com início em", "com (seu) término em", "termo inicial/final" (issue 29)
# 7: "após a/com a sua assinatura" anchors, an anchor between the keyword and the duration, "último dia (útil) do mês
# de MÊS/ANO" ends
# 8: a dated period without the keyword only of an instrument (its act or words), never a servant's or a penalty's;
# "após a/com a sua assinatura" only with "sua"; the anchor nearest to the duration (review24)
# 9: sentences go on across wrapped lines, a label's colon and abbreviations; a prorrogação without the word vigência
# only in an act about an instrument, never a commission's, a concurso's or a norm's deadline; "desde sua assinatura";
# "prorrogação do contrato … pelo prazo de N"; "tem/terá validade de N … a partir da publicação"; "a partir da
# publicação até DATE"; "com início em X e término em Y"; OCR-misread numeric dates; no publication start for a
# pension; MONTH_END without "do mês"; ACCRUED no longer a gate (old-corpus sample, issue 29 item 5)
# 10: one period told in two sentences one row (a duration without a start + the act's start without a duration:
# joined); two-digit-year and hyphenated dates inside a vigência; "do(a)", "a parti", "Da assinatura até" anchors; the
# ata's signing label; "firmado (entre …) em" for a period from the signing; "com validade de" after an instrument;
# "prazo contratual"; "viger"; "entra em vigor" before a date; a lone date under "Vigência do contrato:" and with its
# extension; the publication as "termo inicial"; "a contar da data desta publicação" (real2 session 26)
# 11: narrowed (review26): not a "prazo contratual de execução/entrega/garantia"; "viger" only before its period's
# words; no "firmado em" start in an act amending another instrument; no "validade até" of a guarantee or certificate
# 12: an instrument's "validade até DATE" ends its period when the sentence goes on after the date (DODF 2004 atas)
# 13: narrowed (review rev27a): that "validade" is the keyword's own or an instrument's ("a validade da Ata"), not a
# bid's ("PRAZO: … proposta com validade até", "a validade das propostas"); no "validade até" of a proposal beside the
# ata's name
EXTRACTOR = tag("seidou.extractors.vigencia", VERSION)
# (an ata de registro de preços' "prazo validade de 12 (doze) meses", DODF; "prazo de validade da ata")
# (not a selection's or a bid's: "O prazo de validade da seleção é de 01 (um) ano", DOU editais ENEM; "prazo de
# validade da proposta")
# An extrato's field "PRAZO:" is its vigência ("PRAZO: 48 (quarenta e oito) meses a contar da data de sua
# assinatura", DOE-RJ; "PRAZO: 12 (doze) meses.", "Prazo: 365 dias.", DOE-BA), not "Prazo de Execução:".
_KEYWORD_FORMS = (
    r"(?<!\bd[oa]s?\s)\bprazo\s?:(?!\s*sem\b)",
    r"vig[êe]ncia",
    r"vigorar[áa]",
    r"vigorando",
    r"prazo\s+(?:de\s+)?validade"
    r"(?!\s+d[aoe]s?\s+(?:sele[çc][ãa]o|concurso|processo\s+seletivo|certame|edital|propostas?|inscri[çc]))",
    # an act's own validity: "A presente Certificação tem validade de 02 (dois) anos a partir da sua publicação" (DOU S1
    # 2017, Anvisa), "Esta Resolução tem a validade de 2 anos" (DOU S1 2022, CATI), "O presente termo terá validade de
    # 12 meses"; not a product's "Validade mínima de 12 meses a partir da data de entrega" (PRONAS)
    # (not a selection's: "A seleção de que trata a presente Portaria terá validade de 01 (um) ano", DOU S1 2017)
    # (the look behind after the words, where it is tried only on a match)
    # (the act itself or an instrument its subject, review25: not a certidão's, a licence's, an atestado's or an ID card's
    # "A Certidão Negativa terá validade de 180 dias", "A Carteira de Identidade Funcional terá validade de 5 anos")
    r"(?<=\b(?i:presente|est[ea]|contrato|conv[êe]nio|termo|acordo|ata|instrumento|ajuste)\b[^.;]{0,60})"
    r"\b(?:tem|ter[áa])\s+(?:a\s+)?validade\s+de\b"
    r"(?<!\b(?:sele[çc][ãa]o|concurso|seletivo|certame|edital|propostas?|inscri[çc][ãa]o)\b[^.;]{0,90})",
    # the same with "com", right after the instrument's name: "Contrato com validade de 60 meses a partir do dia
    # 08/02/19" (DODF 2019, Financeira BRB); not an entity's certificate "CNPJ …, Recife/PE, com validade de 03 (três)
    # anos" (DOU S1 2014, CEBAS)
    r"(?<=\b(?i:contrato|conv[êe]nio|termo|acordo|ata|instrumento)\s+)com\s+validade\s+de\b",
    # the contract's term by its name, as a label or the subject of its length ("PRAZO CONTRATUAL: 12 MESES", DOM-AL 2023
    # Campestre; "prorrogação do prazo contratual por mais 12 (doze) meses", DOE-BA 2020, a prorrogação already; "o
    # término do prazo contratual (12 de janeiro de 2020)", DODF 2020); not a deadline counted from it ("5 dias após o
    # prazo contratual"), nor another period the contract sets ("PRAZO CONTRATUAL DE EXECUÇÃO: 90 dias", "o prazo
    # contratual de entrega de 30 dias", "o prazo contratual de garantia": review26, as OTHER_PERIOD)
    r"\bprazo\s+contratual(?=\s*[:–-]|\s+(?:de|é|ser[áa])\s)"
    r"(?!\s+de\s+(?:execu|entrega|fornecimento|conclus|instala|garantia|pagamento))",
    # an instrument's validity until a date, after its name: "ATA DE REGISTRO DE PREÇOS N.º: 017/2004- VALIDADE ATÉ:
    # 26.07.2004" (DODF 2004, SEF atas), as "prazo de validade" of an ata (DODF 2018); not a licence's "Granito-
    # Validade:08/08/2017" (DOU S1 2014, DNPM)
    # (not a guarantee's or a certificate's validity beside the instrument's name: "seguro-garantia do contrato, apólice
    # nº 123, validade até: 31/12/2024", review26)
    r"(?<=\b(?i:ata|contrato|conv[êe]nio|termo|acordo|instrumento)\b[^;\n]{0,60})\bvalidade\s+at[ée]\b"
    # (nor a bid's beside the ata's name: "ATA DE REGISTRO DE PREÇOS Nº 3/2024, cuja proposta tem validade até 30/06/2024",
    # as "prazo de validade da proposta" above; review rev27a)
    r"(?<!\b(?:garantia|ap[óo]lice|seguro|fian[çc]a|cau[çc][ãa]o|certid[ãa]o|certificado|alvar[áa]|licen[çc]a|propostas?)\b"
    r"[^;\n]{0,60})",
    # "viger", the verb of vigência: "passando a viger de 29/05/2019 a 29/05/2020" (DODF 2019, CBMDF aditivos), as
    # "vigorar"; "entra em vigor" only before a date, an instrument's dated term ("O presente Termo Aditivo entra em
    # vigor de 08/04/2019 até 08/04/2020", DODF 2019 CBMDF; "Entrará em vigor a partir de sua assinatura até 15/01/2021",
    # DOU S3 2020), not a norm's "entra em vigor na data de sua publicação" (DOU, every gazette)
    # ("viger" before its period's words only: not the law's "enquanto viger o estado de calamidade", review26)
    r"\bviger\b(?=\s+(?:de|desde|a\s+partir|at[ée]|por|pelo|durante)\b)",
    r"\b(?:entra|entrar[áa])\s+em\s+vigor\b(?=[^.;\n]{0,40}?\b\d{1,2}/\d{1,2}/\d{2,4}\b)",
)
KEYWORD = regex.compile("|".join(_KEYWORD_FORMS), regex.IGNORECASE)
# KEYWORD's alternatives one by one: the first of their matches is KEYWORD's (mention.first_matches), found 15 times
# faster (alone, each alternative is searched for by its words; together, their look-behinds are tried at every
# position of the sentence)
KEYWORD_PARTS = tuple(regex.compile(form, regex.IGNORECASE) for form in _KEYWORD_FORMS)
# The words one of which every alternative of KEYWORD reads (outside its look-arounds), under its flags: a sentence
# without any of them has no KEYWORD, and this search is 50 times cheaper than KEYWORD's on the sentences of 46 corpus
# files, nine in ten of which have none (KEYWORD's look-behinds are tried at every position). An alternative added to
# KEYWORD needs one of these words or its own here (tests/extractors/test_vigencia_keyword_words.py checks).
KEYWORD_WORDS = regex.compile(r"prazo|vig|validade", regex.IGNORECASE)
# … its words one by one, as find counts them in a text (an alternation of words is tried at every position; each word
# alone is found by its letters, three times faster on the corpus's documents)
KEYWORD_WORD_PARTS = tuple(regex.compile(word, regex.IGNORECASE) for word in KEYWORD_WORDS.pattern.split("|"))
# a prorrogação of the execution period, not of the vigência ("Prorroga-se o prazo de execução por mais 30 …")
EXECUTION_ONLY = regex.compile(r"prazo\s+de\s+execu[çc][ãa]o", regex.IGNORECASE)
# a "PRAZO:" field that gives the delivery or execution period, not the vigência ("DO PRAZO: O prazo máximo de
# execução deste certame será de 30 (trinta) dias": DODF; "O prazo de entrega … será de 30 (trinta) dias")
OTHER_PERIOD = regex.compile(
    r"prazo\s+(?:m[áa]ximo\s+)?(?:de|para)\s+(?:execu|entrega|fornecimento|conclus|instala)", regex.IGNORECASE
)
# A prorrogação decided by the act itself (DOU: "Art. 1º - Prorrogar por 180 (cento e oitenta) dias o prazo …",
# extratos: "OBJETO: Prorrogação do prazo de vigência do contrato por mais 60 (sessenta) dias").
# (DOE-BA 2020-01-21 aditivos: "Prorrogar o contrato por 12 (doze) meses, com início em …", "prorroga
# excepcionalmente o contrato original a partir de …", "prorrogação do prazo contratual por mais 12 (doze) meses", "prorrogado por mais 03
# (três) meses, a contar de …", "Prorrogado, pelo período de 12 (doze) meses", "prorroga o contrato original a partir
# de 01/02/2020 a 31/01/2021", "prorrogação de prazo por mais 05 (cinco) meses", "prorrogação do prazo do Contrato
# por mais 12 (doze) meses"; not a possibility: "podendo ser prorrogado por iguais períodos")
PRORROGACAO = regex.compile(
    r"\bProrroga(?:r|-se)?,?\s+(?:por|o\s+prazo|at[ée])|\b[Ff]ica(?:m)?\s+prorrogad|\b[Pp]rorroga(?:m)?-se"
    r"|\b[Pp]rorroga[çc][ãa]o\s+(?:do\s+prazo\s+de\s+vig[êe]ncia|da\s+vig[êe]ncia)|\bPRORROGA[ÇC][ÃA]O\s+DO\s+PRAZO"
    r"|(?<!\b(?:ser|sendo|poder[áa]|pode)\s)\b[Pp]rorrog(?:ar|a|ad[oa])\b,?\s+(?:\p{Ll}+mente\s+)?"
    r"(?i:o\s+(?:contrato|conv[êe]nio|termo|instrumento)"
    # (its number between: "prorrogar o contrato nº 004/2002 por mais 11 (onze) meses a partir de 12/01/2004", DODF 2004)
    r"(?:\s+original)?(?:\s+n[º°o]\.?\s*[\d./-]*\d)?\s+)?(?:,?\s*pelo\s+per[íi]odo\s+de|por\s+mais|por\s+\d|a\s+partir\s+de)"
    r"|\b[Pp]rorroga[çc][ãa]o\s+d[eo]\s+prazo\s+(?i:do\s+(?:contrato|conv[êe]nio)\s+|contratual\s+)?por\s+mais"
    # the prorrogação of a named instrument for a duration, whatever stands between (general grammar: "prorrogação do
    # contrato original de prestação de serviços, pelo prazo de 60 (sessenta) dias", "a prorrogação do Contrato de
    # Prestação de Serviços n° 005/2016, firmado entre as partes, pelo prazo de mais 12 (doze) meses": DODF CEASA;
    # "Prorrogação da vigência do contrato, pelo período de 12 (doze) meses": DODF CLDF; "prorrogação do Termo de
    # Colaboração por mais 6 meses")
    # (or with a phrase between commas: "OBJETO: prorrogação, em caráter excepcional, pelo período de 12 (doze) meses",
    # DODF RA-Ceilândia; "Prorrogação, por mais 12 meses")
    r"|\b(?i:prorroga[çc][ãa]o)(?:\s+d[oa]\s+(?i:contrato|conv[êe]nio|termo|instrumento|acordo|vig[êe]ncia)\b[^.;]{0,120}?"
    r"|,(?:[^,.;]{0,40},)?\s*)"
    r"(?i:(?:pelo|por\s+(?:um|o))\s+(?:prazo|per[íi]odo)\s+de(?:\s+mais)?|por\s+mais)\s"
)
# The letters every alternative of PRORROGACAO reads (outside its look-arounds), in lower case: a text whose lower case
# lacks them has no PRORROGACAO (tests/extractors/test_vigencia_keyword_words.py checks)
PRORROGACAO_LETTERS = "rorrog"
# The duration must follow the keyword closely: "vigência de 32 (trinta e dois) meses".
NEAR = 90
# (the label may name the instrument: "VIGÊNCIA DO CONTRATO: 01/01/2005" DODF 2004; "Vigência do contrato: 27/03/2017 a
# 20/06/2017" DOU S3 2017; "Vigência do Contrato: da data da assinatura …" DOM-CE 2013)
LONE_DATE = regex.compile(r"(?:\s+d[oa]\s+(?:contrato|conv[êe]nio|termo|instrumento|ata))?\s*:\s*$", regex.IGNORECASE)
# what may follow a lone date: the term's possible extension ("VIGÊNCIA DO CONTRATO: 01/01/2005, permitida a prorrogação na
# forma da lei vigente", DODF 2004; "…de 2024, podendo ser prorrogado a critério das partes", Fundação Abrinq convênio;
# "…2019, prorrogável na forma do art. 57", DODF 2019)
EXTENSIBLE = regex.compile(
    r"[\s,;]*(?:podendo\s+ser\s+prorrogad|permitida\s+a\s+prorroga|admitida\s+a\s+prorroga|prorrog[áa]vel)",
    regex.IGNORECASE,
)
# a label that names the start of the vigência, not its end: "Início da Vigência: 01/02/2024", "Data de início da
# vigência: …" (review25: a lone date is an end only under a label that names no start), and where a lone date is an
# instrument's only (a pension's or a servant's "Vigência: 22/06/2017" is the day it takes effect)
# ("Data de vigência: 01/03/2024": the day the act takes effect, as "data de início")
START_LABEL = regex.compile(r"(?:in[íi]cio|inicial|come[çc]o|data)[^\S\n]+(?:d[aeo]s?[^\S\n]+)?$", regex.IGNORECASE)
LABEL_END = regex.compile(r"[^:.;]{0,60}:")
# A sentence ends at ".", ";" or a line break, except where the text plainly goes on (general grammar):
# - a line wrapped inside a sentence: the next line opens in lower case, a digit or "(" ("… a partir de 01/01/2026 com
#   término em\n31/12/2030", DOM-BH; "com prazo de 12\n(doze) meses", Câmara de Tucano-BA; "terá vigência de 160\n(cento
#   e sessenta) dias", DODF PCDF);
# - a line that ends on a word that cannot end a sentence (a preposition, article or conjunction), a comma or a colon
#   ("fica prorrogada a vigência do\nContrato por mais 12 (doze) Meses", DODF SDE; "PRAZO DE VIGÊNCIA: O\nContrato terá
#   vigência", DODF PCDF; "PRAZO DE EXECUÇÃO/VIGÊNCIA:\nProrrogados por 120 (cento e vinte) dias", DODF CAESB);
# - a heading line that is only the word vigência ("VIGÊNCIA\nA partir da data de publicação até 31 de dezembro de
#   2029", SEI-AL CBMAL plano setorial; "DA VIGÊNCIA\n", extratos);
# - the point of an abbreviation before a number ("art. 57 da Lei nº 8.666/93, para o período compreendido de
#   05/01/2020 a 05/01/2021", DODF RA-II; "Lei n. 8.666/1993", DODF PMDF).
GOES_ON = (
    # (and the point of "N.º", the number sign: "ATA DE REGISTRO DE PREÇOS N.º: 017/2004- VALIDADE ATÉ: 26.07.2004",
    # DODF 2004; "CONTRATO N.º 010/2003", DODF 2004; "Lei n.º 8.666/93", DODF 2019)
    r"\.(?=\d)|(?<=\b[Nn])\.(?=[º°])|\n(?=[\p{Ll}\d(])"
    r"|(?<=\b\p{L}{1,4})\.(?=[^\S\n]*\d)"
    r"|(?<=(?:[,:]|\b(?i:de|d[oa]s?|por|pel[oa]s?|a|à|ao|at[ée]|em|n[oa]s?|e|o|com|para|mais|que|sua|seu|desde)"
    r"|(?:^|\n)[^\S\n]*(?i:d[oa][^\S\n]+)?(?i:prazo[^\S\n]+de[^\S\n]+)?(?i:vig[êe]ncia))[^\S\n]*)\n"
)
SENTENCE = regex.compile(r"[^.;\n]*(?:(?:" + GOES_ON + r")[^.;\n]*)*[.;\n]?")
# SENTENCE's matches tile a text: each runs to the first ".", ";" or line break where GOES_ON does not match (each of
# its forms reads one such character and what is around it, never where the sentence starts), that character
# included. So the sentence around a place is found from the nearest such ends on either side (_sentence_around),
# without SENTENCE's pass over the whole text, where every stop is tried against GOES_ON.
_GOES_ON = regex.compile(GOES_ON)
_STOP, _STOP_BEFORE = regex.compile(r"[.;\n]"), regex.compile(r"(?r)[.;\n]")
ANCHORS = [
    (
        regex.compile(
            # (a form's "do(a)": "12 (doze) meses contados do(a) assinatura do contrato", DOM-BH 2024 SMSA, the gender
            # choice of a template; "a parti" for "a partir", the final r dropped as it is in speech: "contados a parti da
            # data de assinatura do presente Termo Aditivo", DOM-AL 2023 Barra de São Miguel)
            r"\b(?:a\s+partir?\s+d[ae]|a\s+contar\s+d[ae]|contad[oa]s?\s+(?:a\s+partir?\s+)?d(?:[ae]|o\(a\)))\s+"
            r"(?:sua\s+|data\s+d[ae]\s+(?:sua\s+)?)?(?:última\s+)?assinatura"
            # from the signing until a date, "from" said by "de" alone: "Prazo: Da assinatura até 31/03/25" (DOM-BH 2024
            # Belotur), "Vigência: Da data da sua assinatura até 30/04/2021" (DODF 2021 termos de fomento), "vigência da
            # data da assinatura até 31/12/2004" (DODF 2004)
            r"|\bd[ae]\s+(?:data\s+d[ae]\s+)?(?:sua\s+)?assinatura(?=\s+at[ée]\s)"
            # "O contrato terá vigência desde sua assinatura até 27/06/2020" (DODF 2020-01-07, PCDF); "vigorará desde a
            # data de sua assinatura até …": the instrument's own signing ("sua"), as "a partir de sua assinatura"
            r"|\bdesde\s+(?:a\s+)?(?:data\s+d[ae]\s+)?sua\s+assinatura",
            regex.IGNORECASE,
        ),
        "assinatura",
    ),
    # "TERÁ INICIO NA DATA DE SUA ASSINATURA E VIGORARÁ ATÉ …" (DOM-AL); "O presente instrumento vigorará, após a sua
    # assinatura, pelo prazo de 12 (doze) meses" (DOE-RJ 2023, SEPOL), "O presente Convênio vigorará por prazo
    # determinado, considerando-se formado com a sua assinatura por todas as partes … e encerrando-se …" (Fundação
    # Abrinq convênio 379/2021): the period starts when it is signed
    (
        regex.compile(
            r"\b(?:ter[áa]\s+in[íi]cio|inicia(?:-se|r[áa])|come[çc]a(?:r[áa])?)\s+(?:n?a\s+)?(?:data\s+d[ae]\s+)?(?:sua\s+)?assinatura"
            # ("sua": the instrument's own; not "ficando a CONTRATADA obrigada, com a assinatura, a entregar …", "em
            # conformidade com a assinatura eletrônica", "prazo de entrega é de 30 dias após a assinatura": review24)
            r"|\b(?:ap[óo]s|com)\s+a\s+sua\s+assinatura",
            regex.IGNORECASE,
        ),
        "assinatura",
    ),
    (
        regex.compile(
            r"\b(?:a\s+partir|a\s+contar|contad[oa]s?(?:\s+a\s+partir)?)\s+d(?:[ae]|est[ae])\s+"  # "desta publicação"
            # ("a contar da data desta publicação": DODF 2021 METRÔ-DF ata, DOU S1 2014 CEBAS)
            r"(?:sua\s+|data\s+d(?:[ae]|est[ae])\s+(?:sua\s+)?)?publica[çc][ãa]o"
            # the publication named the period's "termo inicial" (the law's word for a period's first day, as "tendo como
            # termo inicial 23/01/2020", DOE-BA 2020): "36 (trinta e seis) meses, valendo a data de publicação do extrato
            # como termo inicial de vigência" (DOE-RJ 2023, RJPREV)
            r"|\bdata\s+d[ae]\s+(?:sua\s+)?publica[çc][ãa]o\b[^.;]{0,40}?\bcomo\s+termo\s+inicial",
            regex.IGNORECASE,
        ),
        "publicacao",
    ),
]
# What may stand between two dates of a range, and before the first: "de 01/01/2025 a 31/12/2025",
# "Vigência: 02/01/2020 a 02/01/2021", "do dia 1º de abril de 2015 até 31 de março de 2020".
# (a start and an end named as such: "Vigência: com início em 01/02/2024 e término em 31/01/2025", the words END_AFTER
# reads after a duration: "com início em 19/12/2019 e término em 18/12/2020", DOE-BA; "a partir de 01/07/2025 com término
# em 30/06/2030", DOM-BH; "tendo como termo inicial 23/01/2020 e como termo final 22/01/2021", DOE-BA)
RANGE_JOIN = regex.compile(
    r"\s*,?\s*(?:a|até|ate|à|(?:e|com)\s+(?:seu\s+)?t[ée]rmino\s+em|e\s+(?:como\s+)?termo\s+final(?:\s+em)?"
    r"|encerrando-se\s+em)\s+(?:o\s+dia\s+|dia\s+)?$"
    # a dash between the two days, the range's typographic form ("(Diárias) 11/11/2017 - 13/12/2017", DOU S2 2017 UFSM;
    # "Vigência: 01/02/2024 – 31/01/2025"), spaced (a date glued to a hyphen is no date: patterns.dates)
    r"|\s+[-–]\s+$",
    regex.IGNORECASE,
)
# Between a duration and the date it starts from: "12 meses, contados a partir de 01/02/2026",
# "12 (doze) meses a contar do dia 06 de janeiro de 2020".
# ("Vigência: 12 (doze) meses, com início em 16.01.2020", "por mais 12 meses, com início em 19/12/2019 e término em
# 18/12/2020": DOE-BA; "por mais 12 (doze) meses, tendo como termo inicial o dia 07/02/2020 e termo final o dia
# 07/02/2021": DOE-BA UESB, the DOU's "termo inicial" of a period)
FROM_AFTER = regex.compile(
    r"\s*,?\s*(?i:o\s+(?:contrato|conv[êe]nio|termo)\b[^,;\n]{0,30},\s*)?"  # "12 (doze) meses, o Contrato nº 005/2017, tendo"
    # (any one word before "a partir de": "contados a partir de", "contatos a partir de 23 de dezembro de 2019" as printed
    # in DODF CEASA, "válido a partir de")
    r"(?:(?:\p{L}+\s+)?(?:a\s+partir|a\s+contar)\s+d(?:[eo]|a\s+data\s+de)|contad[oa]s?\s+d[eo]|de|desde"
    r"|com\s+in[íi]cio\s+em|tendo\s+como\s+termo\s+inicial)\s+(?:o\s+)?(?:dia\s+)?$",
    regex.IGNORECASE,
)
# Between the keyword and a date that starts the duration after it: "Vigência: 02/01/2020, com prazo de
# 12 (doze) meses", "Vigência: a partir de 03/01/2020, com prazo de 12 (doze) meses".
FROM_BEFORE = regex.compile(
    r"^\s*:?\s*(?:(?:a\s+partir|a\s+contar)\s+d[eo]\s+(?:dia\s+)?|de\s+|desde\s+|em\s+)?$", regex.IGNORECASE
)
BEFORE_DURATION = regex.compile(
    r"^\s*[,;]?\s*(?:com\s+|pelo\s+|por\s+|e\s+)?(?:(?:o\s+)?prazo\s+(?:de\s+)?(?:vig[êe]ncia\s+)?(?:de\s+)?)?$",
    regex.IGNORECASE,
)
# An end stated after the duration: "… a 05 de janeiro de 2021", "ou seja, até o dia 29 de fevereiro de 2020",
# "encerrando-se em 30/09/2020"; "terminando, portanto, em 19/06/2020", "com seu término em 19 de janeiro de 2021"
# (DOE-BA), "e término em 18/12/2020" (DOE-BA, DOM-BH "com término em").
END_AFTER = regex.compile(
    r"^\s*,?\s*(?:(?:ou\s+seja|isto\s+é)\s*,?\s*)?(?:a|até|ate|à|encerrando-se\s+em|com\s+(?:término|finalização|encerramento)\s+em"
    r"|terminando,?\s+(?:portanto,?\s+)?em|(?:e|com)\s+(?:seu\s+)?t[ée]rmino\s+em|e\s+(?:como\s+)?termo\s+final)\s+"
    r"(?:o\s+dia\s+|dia\s+)?\(?$",  # "ou seja, até (31/12/2020)" (DOE-BA, Campo Alegre de Lourdes)
    regex.IGNORECASE,
)
# A prorrogação that moves the end: "por mais 120 (cento e vinte) dias corridos, passando o término de
# 17/02/2020 para 16/06/2020" (NOVACAP, DODF 2020-01-07): the old end starts it, the new one ends it.
# (DODF 2018-02-09: "passando o seu término de 14/03/2018 para 12/06/2018", "passando o término de vigência de …",
# "passando o término do mesmo de …", "… e o término da vigência de 07/03/2018 para 06/04/2018")
MOVED_END = regex.compile(
    r"^[^.;]*?\b(?:passando|e)\s+(?:o\s+(?:seu\s+)?(?:término|prazo|vencimento)\s+(?:d[aeo]\s+(?:vig[êe]ncia|mesmo)\s+)?)?"
    r"(?:de|do\s+dia)\s+$",
    regex.IGNORECASE,
)
# which of several moved ends is the vigência's ("passando o término da execução de … para …, e o término da
# vigência de … para …")
MOVED_EXECUTION = regex.compile(r"execu[çc][ãa]o\s+(?:de|do\s+dia)\s+$", regex.IGNORECASE)
MOVED_TO = regex.compile(r"^\s+para\s+(?:o\s+dia\s+)?$", regex.IGNORECASE)
# The end of the fiscal year: "VIGORARÁ ATÉ O FINAL DO EXERCÍCIO CORRENTE" (DOM-AL), "até o término do exercício
# financeiro de 2024", "até o fim do exercício" (Tucano-BA): 31 December of the year named, or of the start's
YEAR_END = regex.compile(
    r"\bat[ée]\s+(?:o\s+)?(?:final|fim|t[ée]rmino|encerramento)\s+do\s+exerc[íi]cio(?:\s+(?:financeiro\s+)?"
    r"(?:corrente|vigente|em\s+curso|de\s+(?P<y>\d{4})))?",
    regex.IGNORECASE,
)
# The last day of a month, a date as deadlines print it (general grammar): "encerrando-se no último dia útil do mês de
# Janeiro/2024" (Fundação Abrinq convênio 379/2021, a vigência), "Primeira Cota: último dia útil de abril de 2020" (DODF
# 2020-01-08, IPVA quotas), "até o último dia útil do mês" (DOU S1 2017, a payment), "até o último dia do mês de
# dezembro de 2024": that month's last day (its last weekday when "útil"); an end only after a vigência's start words
MONTH_END = regex.compile(
    r"\b(?:at[ée]|encerrando-se|terminando|com\s+t[ée]rmino)\s+(?:em\s+|n)?o\s+[úu]ltimo\s+dia\s+(?P<util>[úu]til\s+)?"
    r"(?:do\s+m[êe]s\s+)?de\s+(?P<month>\p{L}+)\s*(?:/|de)\s*(?P<y>\d{4})",
    regex.IGNORECASE,
)
MONTHS = "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro".split()


def month_end(m) -> dt.date | None:
    """The day a MONTH_END mention names (None for an unknown month)."""
    name = m.group("month").casefold().replace("marco", "março")
    if name not in MONTHS:
        return None
    year, month = int(m.group("y")), MONTHS.index(name) + 1
    day = dt.date(year, month, calendar.monthrange(year, month)[1])
    while m.group("util") and day.weekday() >= 5:
        day -= dt.timedelta(days=1)
    return day


UNTIL = regex.compile(r"\bat[ée](?:\s*:)?\s+(?:o\s+dia\s+)?$", regex.IGNORECASE)  # (a label's colon: "VALIDADE ATÉ:")
# The signing date an extrato states ("DATA DE ASSINATURA: 26/12/2019", "Assinatura: 19.12.2019",
# "Ass: 18/03/2019", "assinado em 20/12/2019"), and where the next act of a list of extratos begins.
# ("A DATA DE ASSINATURA: 15 DE JANEIRO 2016", DOM-AL; "Assinatura em: 22/11/2024", DOM-BH; the label naming the
# instrument: "DATA DE ASSINATURA DO CONTRATO: 08 de junho de 2022", APRECE-CE)
STATED_SIGNING = regex.compile(
    # (the ata de registro de preços: "Data de assinatura da ata: 03/12/2020", DODF 2021 METRÔ-DF; "Data de Assinatura da
    # Ata: 22/02/2019", DODF 2019)
    r"\b(?:data\s+d[ae]\s+assinatura(?:\s+d[oa]\s+(?:contrato|conv[êe]nio|termo|instrumento|aditivo|ata))?|assinatura|ass\.?"
    r"|assinad[oa]\s+em|assina(?:m|ram)\s+em)\s*(?:em\s*)?:?\s*(?:em\s+)?"  # "Assinam em 02 de janeiro de 2020" (DODF)
    r"(?:(?P<d>\d{1,2})[./](?P<m>\d{1,2})[./](?P<y>\d{4})\b|(?P<w>\d{1,2}\s*[º°o]?\s+(?:de\s+)?\p{L}+\s+(?:de\s+)?\d{4}))",
    regex.IGNORECASE,
)
# (a process number cited inside an extrato's objeto, "todos constantes do processo nº 112.004.249/2017", starts
# no act: the label does, at a line's or sentence's start)
NEXT_ACT = regex.compile(
    r"\bEXTRATO\b|\bEsp[ée]cie\s*:|(?:^|\n|\.\s)\s*Processo\s*(?:n[º°o]\.?\s*)?:?\s*\d|\n\s*N[º°o]\s+\d",
    regex.IGNORECASE,
)
SIGNING_REACH = 1500


@dataclass
class Vigencia:
    start_offset: int
    end_offset: int
    start: dt.date | None
    end: dt.date | None
    duration_value: int | None
    duration_unit: str | None
    anchor: str | None
    resolved: bool
    is_prorrogacao: bool


def add(start: dt.date, value: int, unit: str) -> dt.date:
    """>>> add(dt.date(2025, 10, 31), 32, "meses")
    datetime.date(2028, 6, 30)
    """
    if unit == "dias":
        return start + dt.timedelta(days=value)
    months = value * (12 if unit == "anos" else 1)
    y, m = divmod(start.month - 1 + months, 12)
    year, month = start.year + y, m + 1
    return dt.date(year, month, min(start.day, calendar.monthrange(year, month)[1]))


# Day dates a vigência prints in two forms patterns.dates leaves out (they are no date in most other places: "10.12.93",
# "8.666/93"): a two-digit year after slashes ("Prazo: Da assinatura até 31/03/25", DOM-BH 2024 Belotur; "validade de
# 60 meses a partir do dia 08/02/19", DODF 2019 Financeira BRB; "VIGÊNCIA: 08/03/23. DATA DA ASSINATURA: 08 de março
# 2018", DOU S3 2018 UFAL convênios de estágio; "com efeitos a contar de 15/03/20", DOE-RJ 2023) and
# hyphens between the parts of a four-digit-year date ("ficam prorrogados até 31-12-2004", DODF 2004 Terracap; "Vigência:
# 01-01-2024 a 31-12-2024"). Read only inside a vigência's sentence.
SHORT_DATE = regex.compile(
    r"(?<![\d./-])(?P<d>0?[1-9]|[12]\d|3[01])(?:/(?P<m>0?[1-9]|1[0-2])/(?P<y>\d{2})|-(?P<m2>0?[1-9]|1[0-2])-(?P<y2>(?:19|20)\d{2}))"
    r"(?![\d/-]|[.,]\d)"
)


def _days(sentence: str) -> list:
    """The day-precision dates of a sentence, the short forms (SHORT_DATE) among them, in reading order."""
    out = [d for d in dates.find(sentence) if d.get("precision") == "day"]
    if "/" in sentence or "-" in sentence:
        for m in SHORT_DATE.finditer(sentence):
            if any(d.start <= m.start() < d.end for d in out):
                continue
            if m.group("y2"):
                y = int(m.group("y2"))
            else:  # "25" 2025, "99" 1999
                y = int(m.group("y")) + (2000 if int(m.group("y")) < 70 else 1900)
            mo, d = int(m.group("m") or m.group("m2")), int(m.group("d"))
            value = dates.day(y, mo, d)
            if value is not None:
                out.append(
                    make("date", sentence, m.start(), m.end(), value.isoformat(), True, "", precision="day", year=y)
                )
        out.sort(key=lambda x: x.start)
    return out


def _day(m) -> dt.date | None:
    """A day-precision date mention's value (None for an impossible day)."""
    return dt.date.fromisoformat(m.value) if m.valid else None


def _signed_on(m) -> dt.date | None:
    if m.group("w"):
        found = dates.find(m.group("w"))
        return dt.date.fromisoformat(found[0].value) if found and found[0].valid else None
    return dates.day(int(m.group("y")), int(m.group("m")), int(m.group("d")))


def stated_signing(text: str, at: int, end: int) -> dt.date | None:
    """The signing date the act around ``text[at:end]`` states: the nearest after it within
    ``SIGNING_REACH`` characters, else the nearest before it, never across the start of another act."""
    after = STATED_SIGNING.search(text, end, min(len(text), end + SIGNING_REACH))
    if after and not NEXT_ACT.search(text, end, after.start()):
        return _signed_on(after)
    before = list(STATED_SIGNING.finditer(text, max(0, at - SIGNING_REACH), at))
    if before and not NEXT_ACT.search(text, before[-1].end(), at):
        return _signed_on(before[-1])
    # the instrument "firmado em" a day, for a period that runs from its signing only (not a document's date: a "firmado
    # em" may date another instrument the extrato cites)
    # (not in an act that amends another instrument: there it dates the instrument amended, "EXTRATO DO SEGUNDO TERMO
    # ADITIVO AO CONTRATO Nº 15/2019, firmado em 10/03/2019 … prorrogação … por mais 12 (doze) meses, a contar de sua
    # assinatura", the aditivo's; "RESUMO DO 4º TERMO ADITIVO AO CONVÊNIO Nº. 157/18. FIRMADO EM: 30/05/18", DOE-BA:
    # review26)
    firmado = list(FIRMADO.finditer(text, max(0, at - SIGNING_REACH), at))
    if (
        firmado
        and not NEXT_ACT.search(text, firmado[-1].end(), at)
        and not AMENDMENT.search(text, max(0, at - SIGNING_REACH), min(len(text), end + SIGNING_REACH))
    ):
        return _signed_on(firmado[-1])
    return None


# The day an instrument was made, in its preamble or its extrato: "Firmado em: 11/08/2023" (DOM-AL 2023, atas de registro
# de preços), "firmada em 27 de setembro de 2017" (DOU S1 2017), the parties between: "Contrato: nº 04/2018 - PG/CLDF …,
# firmado entre a Câmara Legislativa do Distrito Federal, (Contratante) e a empresa SEFIX …, CNPJ nº 13.258.899/0001-99
# (Contratada), em 08/02/2018" (DODF 2018, CLDF: its vigência "12 (doze) meses, contados de sua assinatura")
FIRMADO = regex.compile(
    r"\bfirmad[oa]\s+(?:entre\s(?:(?!\.\s)[^;]){0,300}?,\s*)?em\s*:?\s*"
    r"(?:(?P<d>\d{1,2})[./](?P<m>\d{1,2})[./](?P<y>\d{4})\b|(?P<w>\d{1,2}\s*[º°o]?\s+(?:de\s+)?\p{L}+\s+(?:de\s+)?\d{4}))",
    regex.IGNORECASE,
)


# An act that amends an instrument: its aditivo, apostilamento or aditamento named (not a clause's "mediante termo
# aditivo", the way a contract says it may be changed)
AMENDMENT = regex.compile(
    r"(?<!\b(?:mediante|meio\s+de|atrav[ée]s\s+de|por)\s+(?:(?:termo|instrumento)\s+)?)\baditiv[oa]s?\b"
    r"|\bapostilamento\b|\baditamento\b",
    regex.IGNORECASE,
)


def signing_date(text: str) -> dt.date | None:
    """The signing date an extrato states (``DATA DE ASSINATURA: 26/12/2019``, ``Ass: 18/03/2019``), when it
    states one: None when it states none or several (a page of several extratos)."""
    found = {d for m in STATED_SIGNING.finditer(text) if (d := _signed_on(m)) is not None}
    return found.pop() if len(found) == 1 else None


# A duration printed with the day it starts and the day it ends, whatever words open the sentence: "seu prazo fica
# acrescido em mais 45 dias a partir de 06/01/2020, com término em 20/02/2020" (DOE-BA 2020, SEINFRA), "60 (sessenta)
# meses a partir de 01/07/2025 com término em 30/06/2030" (DOM-BH): the period, stated whole (general grammar: a
# duration, its start, its end); not an execution or delivery period ("prazo de execução …")
# Only an instrument's period: in an instrument's or an extrato's act, or a sentence naming the instrument or its
# prorrogação; never a servant's or a penalty's period ("Ceder o servidor … 12 meses, a partir de 01/01/2020 até
# 31/12/2020", "suspensa … do direito de licitar por 24 meses, a partir de …", "responder pelo cargo durante 15 dias, de
# … a …", férias, licenças: review24)
# (``years``, ``separators``: the sentence's FOUR_DIGITS and DATE_SEPARATOR, counted by the caller once per text)
def _dated_period(sentence: str, base: int, instrument: bool, years: int, separators: int) -> Vigencia | None:
    if years < 2 and (separators < 2 or len(SHORT_DATE.findall(sentence)) < 2):
        return None  # two dates to the day each print a year: most sentences have no two (checked first, cheaply)
    if EXECUTION_ONLY.search(sentence) or OTHER_PERIOD.search(sentence) or NOT_AN_INSTRUMENT.search(sentence):
        return None
    if not (instrument or INSTRUMENT_WORD.search(sentence)):
        return None
    spans = durations.find(sentence)
    if not spans:
        return None  # most sentences state no duration: their dates are not looked for
    days = _days(sentence)
    for d in spans:
        later = [x for x in days if x.start >= d.end]
        if (
            len(later) > 1
            and FROM_AFTER.match(sentence[d.end : later[0].start])
            and END_AFTER.match(sentence[later[0].end : later[1].start])
        ):
            a, b = _day(later[0]), _day(later[1])
            prorrog = PRORROGACAO.search(sentence) is not None or ACCRUED.search(sentence, 0, d.start) is not None
            return Vigencia(
                base + d.start,
                base + d.end,
                a,
                b,
                d.value,
                d.get("unit"),
                "data",
                a is not None and b is not None,
                prorrog,
            )
    return None


# the year of a date to the day (every form of patterns.dates prints four digits in a row)
FOUR_DIGITS = regex.compile(r"\d{4}")
# the "/" or "-" between a short date's day and month (SHORT_DATE): a sentence with fewer than two has no two
DATE_SEPARATOR = regex.compile(r"(?<=\d)[/-](?=\d)")


class _Counts:
    """The matches of some patterns in a whole text, counted in any of its sentences: one search per text instead of
    one per sentence (most texts have thousands). Exact for patterns whose matches hold no sentence end (".", ";", a
    line break: a sentence ends right after one) and that read no character around them: a sentence's own search finds
    the matches of the text's that lie inside it."""

    def __init__(self, patterns: tuple[regex.Pattern, ...], text: str) -> None:
        spans = sorted(m.span() for pattern in patterns for m in pattern.finditer(text))
        self.starts, self.ends = [a for a, _ in spans], sorted(b for _, b in spans)

    def inside(self, start: int, end: int) -> int:
        return bisect.bisect_right(self.ends, end) - bisect.bisect_left(self.starts, start)


def _sentences_with(text: str, marks: list[int]) -> Iterator[tuple[int, int]]:
    """The spans of the matches of ``SENTENCE.finditer(text)`` that hold one of ``marks`` (ascending), in order."""
    k = 0
    while k < len(marks):
        start, end = _sentence_around(text, marks[k])
        yield start, end
        k = bisect.bisect_left(marks, end, k + 1)


def _sentence_around(text: str, at: int) -> tuple[int, int]:
    """The span of SENTENCE's match that holds ``text[at]``: from right after the last sentence end before ``at`` to
    right after the first at or after it (a stop where GOES_ON does not match), or the text's start and end."""
    start, pos = 0, at
    while (stop := _STOP_BEFORE.search(text, 0, pos)) is not None:
        if _GOES_ON.match(text, stop.start()) is None:
            start = stop.end()
            break
        pos = stop.start()
    pos = at
    while (stop := _STOP.search(text, pos)) is not None:
        if _GOES_ON.match(text, stop.start()) is None:
            return start, stop.end()
        pos = stop.end()
    return start, len(text)


# "prazo fica acrescido em mais 45 dias": a prorrogação (DOE-BA 2020); it only flags the period a prorrogação (one
# source: it no longer lets a sentence without an instrument through, review24 finding 22)
ACCRUED = regex.compile(r"\bacrescid[oa]s?\s+(?:em|de)\s+mais\b", regex.IGNORECASE)
# an instrument's validity named in a sentence ("a validade da Ata de Registro de Preços nº 10/2024")
INSTRUMENT_VALIDITY = regex.compile(
    r"\bvalidade\s+d[aoe]s?\s+(?:presente\s+)?(?:ata|contrato|conv[êe]nio|termo|acordo|instrumento|ajuste)\b",
    regex.IGNORECASE,
)
INSTRUMENT_WORD = regex.compile(
    r"\b(?:contrat(?:o|ual)|conv[êe]nio|termo\s+(?:aditivo|de)|aditivo|acordo|instrumento|ata\s+de\s+registro)\b",
    regex.IGNORECASE,
)
NOT_AN_INSTRUMENT = regex.compile(
    r"\b(?:servidor[a]?|f[ée]rias|licen[çc]a|responder\s+pel[oa]|designa[rd]?|suspens[ao]|suspensão|impedid[oa]|"
    r"direito\s+de\s+licitar|afastamento|cedid[oa]|ceder)\b",
    regex.IGNORECASE,
)
# An act about an instrument names it or labels its parties ("RESUMO DE CARTA ADITIVA Nº 482/2016.1. Convenentes: CAR/
# Associação …", DOE-BA; "Contratante: … Contratada: …", extratos of every gazette)
PARTY_LABEL = regex.compile(
    r"\b(?:convenentes?|conveniad[oa]|concedente|contratad[oa]|contratante|locat[áa]ri[oa]|locador[a]?|partes|"
    r"aditiv[oa])\b",
    regex.IGNORECASE,
)
# What a prorrogação without the word vigência may be about that is no instrument's term: a commission, a working
# group, a concurso, a sindicância, a servant's requisição, a deadline a norm sets ("o prazo definido pelo artigo 4º",
# "o prazo de que trata a Portaria nº 384", DOU S1 2017 and 2014; "o prazo assinado para a conclusão dos trabalhos",
# DOU S2 2023)
NOT_A_TERM = regex.compile(
    r"\b(?:comiss[ãa]o|grupo\s+de\s+trabalho|concurso|processo\s+seletivo|sindic[âa]ncia|requisi[çc][ãa]o"
    r"|pens[ãa]o|[óo]bito|falecimento|aposentadoria|conclus[ãa]o\s+dos\s+trabalhos|prazo\s+(?:para|definido|estabelecido|previsto|fixado|assinado|concedido|de\s+que\s+trata))",
    regex.IGNORECASE,
)
# the doc types of an instrument (documents.classify): its own text, or an extrato of it
INSTRUMENT_TYPES = {
    "contrato",
    "convenio",
    "termo",
    "termo_aditivo",
    "apostilamento",
    "ata_registro_precos",
    "acordo_de_cooperacao",
    "acordo_de_adesao",
    "termo_de_adesao",
    "termo_de_colaboracao",
    "termo_de_compromisso",
    "termo_de_fomento",
    "ordem_de_servico",
}


def is_instrument(doc_type: str | None) -> bool:
    """Whether an act is an instrument or an extrato of one (its dated periods are its vigência)."""
    return (doc_type or "").startswith("extrato") or doc_type in INSTRUMENT_TYPES


def nearest_anchor(sentence: str, key_end: int, d) -> str | None:
    """The anchor nearest to the duration ``d``: after it (no other duration between: "12 (doze) meses e o prazo de
    entrega é de 30 dias após a sua assinatura" anchors the 30 days), or between the keyword and it ("vigorará, após a
    sua assinatura, pelo prazo de …"); the nearest when several match ("12 meses a partir da publicação, … com a sua
    assinatura …" starts at the publication)."""
    others = [x.start for x in durations.find(sentence) if x.start >= d.end]
    best: tuple[int, str] | None = None
    for rx, name in ANCHORS:
        after = rx.search(sentence, d.end)
        if after is not None and not any(o < after.start() for o in others):
            best = min(best or (after.start() - d.end, name), (after.start() - d.end, name), key=lambda x: x[0])
        before = list(rx.finditer(sentence, key_end, d.start))
        if before:
            gap = d.start - before[-1].end()
            best = min(best or (gap, name), (gap, name), key=lambda x: x[0])
    return best[1] if best else None


# A numeric date as a scan's OCR prints it: spaces inside ("01/ 02/2024", "31 /01/2025"), the letter O or o for a zero and
# I or l for a one ("O1/02/2024", "3l/12/2O24"): general reading noise (Tesseract), the shape of a date being plain
# (two numbers and a four-digit year between slashes, five digits at least).
OCR_DATE = regex.compile(
    r"(?<![\w/])(?P<d>[\dOoIl]{1,2})[^\S\n]?/[^\S\n]?(?P<m>[\dOoIl]{1,2})[^\S\n]?/[^\S\n]?(?P<y>[12][\dOoIl]{3})(?![\w/])"
)
OCR_DIGIT = str.maketrans("OoIl", "0011")


def mended(text: str) -> str:
    """``text`` with its OCR-misread numeric dates written as dates, of the same length (offsets hold): the digits
    joined, the room of the spaces taken out left after the year."""

    def mend(m) -> str:
        raw = m.group()
        if sum(c.isdigit() for c in raw) < 5:
            return raw
        date = "/".join(m.group(k).translate(OCR_DIGIT) for k in ("d", "m", "y"))
        return date + " " * (len(raw) - len(date))

    return OCR_DATE.sub(mend, text) if "/" in text else text


def find(
    text: str, *, signed: dt.date | None = None, published: dt.date | None = None, instrument: bool = False
) -> list[Vigencia]:
    """The vigências a text states; ``instrument``: the act is an instrument or an extrato (see _dated_period)."""
    text = mended(text)
    out = []
    about: list[bool] = []  # whether the act is about an instrument, found once when first needed

    def about_instrument() -> bool:
        if not about:
            about.append(instrument or INSTRUMENT_WORD.search(text) is not None or PARTY_LABEL.search(text) is not None)
        return about[0]

    # every alternative of PRORROGACAO reads these letters, in some case (PRORROGACAO_LETTERS): a sentence without them
    # (most) has no prorrogação, and skips that search
    # (DATE_SEPARATOR reads the digits around its match, but a sentence never ends right before one: counted whole)
    patterns = (KEYWORD_WORD_PARTS, (FOUR_DIGITS,), (DATE_SEPARATOR,), (regex.compile(PRORROGACAO_LETTERS, regex.I),))
    keywords, years, separators, prorrogations = counts = [_Counts(p, text) for p in patterns]
    # a sentence where none of them starts has no keyword, no prorrogação, no year and no date separator: nothing below
    # reads it (nine sentences in ten), and it is passed over at once
    marks = sorted({at for c in counts for at in c.starts})
    for a, b in _sentences_with(text, marks):
        sentence = text[a:b]
        if not sentence.strip():
            continue
        kw = next(first_matches(KEYWORD_PARTS, sentence), None) if keywords.inside(a, b) else None
        key = kw or (PRORROGACAO.search(sentence) if prorrogations.inside(a, b) else None)
        if (
            not key
            and (period := _dated_period(sentence, a, instrument, years.inside(a, b), separators.inside(a, b)))
            is not None
        ):
            out.append(period)
            continue
        if not key or (not kw and EXECUTION_ONLY.search(sentence)):
            continue
        # a prorrogação without the word vigência is an instrument's only in an act about an instrument, and never a
        # commission's or a working group's term ("Prorrogar por 180 (cento e oitenta) dias o prazo para a conclusão dos
        # trabalhos da Comissão", DOU S2 2023; "Prorrogar por mais 30 (trinta) dias a Comissão Processante", DODF 2020),
        # a concurso's validity ("Prorrogar por mais 1 (um) ano … o prazo de validade do Concurso Público", DOU S1 2017)
        # or a norm's deadline ("Fica prorrogado, por mais 90 (noventa) dias, o prazo definido pelo artigo 4º …", ANTT)
        if kw is None and (NOT_A_TERM.search(sentence) or NOT_AN_INSTRUMENT.search(sentence) or not about_instrument()):
            continue
        if key.group().casefold().startswith("prazo") and ":" in key.group() and OTHER_PERIOD.search(sentence):
            continue
        base = a
        prorrog = PRORROGACAO.search(sentence) if prorrogations.inside(a, b) else None
        days = _days(sentence)
        rng = next(
            (
                (a, b)
                for a, b in zip(days, days[1:])
                if RANGE_JOIN.match(sentence[a.end : b.start]) and a.start >= key.start()
            ),
            None,
        )
        # a prorrogação states its duration or end before "o prazo de vigência": "Prorroga por mais 04 (quatro) meses o
        # prazo de vigência do Convênio" (DOE-BA), "Prorrogar por 180 (cento e oitenta) dias o prazo" (DOU), "Prorroga,
        # até 30 de abril de 2024, o prazo de vigência do Termo de Fomento" (Paraguaçu Paulista-SP)
        lo = prorrog.start() if prorrog is not None and prorrog.start() < key.start() else key.start()
        # (after a label's colon: "VIGÊNCIA (Cláusula Terceira - da Natureza Jurídica): A presente Autorização de Uso de
        # imóvel é feita por tempo determinado de 3 (três) meses", DODF RA-Gama; "PRAZO DE VIGÊNCIA: O contrato terá
        # vigência de 160 (cento e sessenta) dias", DODF PCDF: the value starts at the colon)
        label = LABEL_END.match(sentence, key.end())
        reach = (label.end() if label else key.end()) + NEAR
        found = [d for d in durations.find(sentence) if lo <= d.start <= reach]
        if rng and not (found and found[0].start < rng[0].start):
            a, b = rng
            out.append(
                Vigencia(
                    base + a.start,
                    base + b.end,
                    _day(a),
                    _day(b),
                    None,
                    None,
                    "data",
                    a.valid and b.valid,
                    bool(prorrog and prorrog.start() < a.start),
                )
            )
            continue
        if found:
            d = found[0]
            anchor, start, end = None, None, None
            stamped = False  # the start is the instrument's own signing stamp, not a date its text prints
            anchor = nearest_anchor(sentence, key.end(), d)
            if anchor == "assinatura":
                stamped = signed is not None
                start = signed or stated_signing(text, base + d.start, base + d.end) or signing_date(text)
            elif anchor == "publicacao":
                start = published
            later = [x for x in days if x.start >= d.end]
            earlier = [x for x in days if key.end() <= x.start and x.end <= d.start]
            if anchor is None and later and FROM_AFTER.match(sentence[d.end : later[0].start]):
                anchor, start = "data", _day(later[0])
                # "12 meses a contar do dia 06 de janeiro de 2020 a 05 de janeiro de 2021", "60 (sessenta) meses a
                # partir de 01/07/2025 com término em 30/06/2030" (DOM-BH)
                if len(later) > 1 and (
                    RANGE_JOIN.match(sentence[later[0].end : later[1].start])
                    or END_AFTER.match(sentence[later[0].end : later[1].start])
                ):
                    end = _day(later[1])
            elif (
                anchor is None
                and earlier
                and FROM_BEFORE.match(sentence[key.end() : earlier[-1].start])
                and BEFORE_DURATION.match(sentence[earlier[-1].end : d.start])
            ):
                anchor, start = "data", _day(earlier[-1])
            # "por mais 120 (cento e vinte) dias corridos, passando o término de 17/02/2020 para 16/06/2020": the new
            # end; the period's start is not printed (the old end is not it)
            if start is None and anchor is None:
                moved = [
                    (a, b)
                    for a, b in zip(later, later[1:])
                    if MOVED_END.match(sentence[d.end : a.start]) and MOVED_TO.match(sentence[a.end : b.start])
                ]
                vig = [(a, b) for a, b in moved if not MOVED_EXECUTION.search(sentence, 0, a.start)]
                if moved:
                    anchor, end = "data", _day((vig or moved)[-1 if vig else 0][1])
            # "por mais 12 (doze) meses, … para o período de 05/01/2020 a 05/01/2021"
            if start is None and anchor is None:
                pair = next(
                    ((a, b) for a, b in zip(later, later[1:]) if RANGE_JOIN.match(sentence[a.end : b.start])), None
                )
                if pair:
                    anchor, start, end = "data", _day(pair[0]), _day(pair[1])
            if end is None:
                stated = next((x for x in later if END_AFTER.match(sentence[d.end : x.start])), None)
                end = _day(stated) if stated else None
            # an end computed from a duration only when the start is the instrument's own signing stamp (seed
            # convênio 978990/2025); a start its text prints gets only the end the text prints (real2 gold)
            if end is None and start is not None and stamped:
                end = add(start, d.value, d.get("unit"))
            out.append(
                Vigencia(
                    base + d.start,
                    base + d.end,
                    start,
                    end,
                    d.value,
                    d.get("unit"),
                    anchor,
                    start is not None and end is not None,
                    prorrog is not None,
                )
            )
            continue
        # no duration: "Prazo de Vigência: a contar da sua assinatura" (DODF), "TERÁ INICIO NA DATA DE SUA ASSINATURA
        # E VIGORARÁ ATÉ O FINAL DO EXERCÍCIO CORRENTE" (DOM-AL): the signing date starts it, the year's end ends it
        signing = ANCHORS[0][0].search(sentence, key.start()) or ANCHORS[1][0].search(sentence)
        year_end = YEAR_END.search(sentence)
        # from the publication, no duration: "VIGÊNCIA: A partir da publicação do extrato em DOERJ" (DOE-RJ), "VIGÊNCIA:
        # A partir da data da publicação até o prazo de 60 (sessenta) dias após …" (DOU): the gazette's date starts it
        publication = ANCHORS[2][0].search(sentence, key.start())
        # (not a pension's or a servant's act: "com vigência a partir da Data da Publicação do Ato e efeitos financeiros a
        # partir de 22 de junho de 2017, data do óbito", DOU S2 2017)
        if (
            not signing
            and not year_end
            and publication is not None
            and published is not None
            and not NOT_A_TERM.search(sentence)
            and not NOT_AN_INSTRUMENT.search(sentence)
        ):
            # … until a date: "VIGÊNCIA\nA partir da data de publicação até 31 de dezembro de 2029" (SEI-AL CBMAL plano
            # setorial), "Entrará em vigor a partir de sua assinatura até 15/01/2021" (DOU), the same with the publication
            until = next((x for x in days if x.start > publication.end() and UNTIL.search(sentence[: x.start])), None)
            end = _day(until) if until is not None else None
            out.append(
                Vigencia(
                    base + publication.start(),
                    base + (until.end if until is not None else publication.end()),
                    published,
                    end,
                    None,
                    None,
                    "publicacao",
                    end is not None,
                    prorrog is not None,
                )
            )
            continue
        if signing or year_end:
            start = (
                (signed or stated_signing(text, base + key.start(), base + key.end()) or signing_date(text))
                if signing
                else None
            )
            year = int(year_end.group("y")) if year_end and year_end.group("y") else (start.year if start else None)
            end = dt.date(year, 12, 31) if year_end and year else None
            # from the signing until a date: "Entrará em vigor a partir de sua assinatura até 15/01/2021" (DOU), "com
            # prazo de validade até 31 de dezembro de 2022, a contar da data de assinatura do contrato" (APRECE-CE)
            until = next((x for x in days if x.start > key.start() and UNTIL.search(sentence[: x.start])), None)
            if end is None and signing and until is not None:
                end = _day(until)
            if end is None and signing and (last := MONTH_END.search(sentence, key.start())):
                end = month_end(last)
            if start is None and end is None:
                continue  # nothing dated ("a contar da assinatura" with no signing date in reach)
            at = signing or year_end
            out.append(
                Vigencia(
                    base + at.start(),
                    base + at.end(),
                    start,
                    end,
                    None,
                    None,
                    "assinatura" if signing else "data",
                    start is not None and end is not None,
                    prorrog is not None,
                )
            )
            continue
        until = next((x for x in days if x.start > lo and UNTIL.search(sentence[: x.start])), None)
        # (or the instrument's validity until a date, the keyword's "validade até": "ATA DE REGISTRO DE PREÇOS N.º:
        # 017/2004- VALIDADE ATÉ: 26.07.2004 A Gerência …", DODF 2004 SEF atas, the sentence going on; as "com prazo de
        # validade até 31 de dezembro de 2022", DOM-CE APRECE 2.974 above)
        # (the validity the keyword itself names or an instrument's, not another "validade" in the sentence: "PRAZO:
        # conforme proposta com validade até 20/01/2024 …", "prorrogada até 30/06/2025 a validade das propostas" are a
        # bid's; "Prorroga-se até 30/06/2025 a validade da Ata de Registro de Preços" is the ata's; review rev27a)
        if until and (
            regex.search(r"vig[êe]ncia|vigorar", sentence, regex.IGNORECASE)
            or "validade" in key.group().casefold()
            or INSTRUMENT_VALIDITY.search(sentence)
        ):
            u = UNTIL.search(sentence[: until.start])
            out.append(
                Vigencia(
                    base + u.start(),
                    base + until.end,
                    None,
                    _day(until),
                    None,
                    None,
                    "data",
                    False,
                    bool(prorrog and prorrog.start() < u.start()),
                )
            )
        # a label's only value a date: "Vigência: 31 de outubro de 2021. Data da assinatura: 17 de dezembro de 2019" (DODF
        # DETRAN acordo), "PRAZO DE VIGÊNCIA: 31/12/2024." — the day it ends (a start is printed "a partir de")
        elif (
            days
            and LONE_DATE.match(sentence, key.end(), days[0].start)
            # (alone, or followed by its extension, whatever the sentence says after it: "… permitida a prorrogação na
            # forma da lei vigente: Data da Assinatura: 01/01/2004;", DODF 2004, a colon for a semicolon)
            and (
                (len(days) == 1 and not sentence[days[0].end :].strip(" .;\n"))
                or EXTENSIBLE.match(sentence, days[0].end)
            )
            and not START_LABEL.search(sentence, 0, key.start())
            and about_instrument()
        ):
            out.append(
                Vigencia(
                    base + days[0].start, base + days[0].end, None, _day(days[0]), None, None, "data", False, False
                )
            )
    return out


def joined(found: list[Vigencia]) -> list[Vigencia]:
    """One period told in two places made one row: a duration (or an end) without a start, and in another sentence the
    day the act takes effect with no duration or end: "OBJETO: Prorrogação do prazo de vigência do contrato por mais 12
    (doze) meses … DA VIGÊNCIA: O presente Termo Aditivo entra em vigência a partir da data de sua assinatura. … DATA DE
    ASSINATURA: 18/12/2020" (DODF 2021, PCDF), "a prorrogação do prazo de vigência do Contrato por mais 12 (doze) meses …
    CLÁUSULA TERCEIRA – DO PRAZO DE VIGÊNCIA: O presente Termo Aditivo entre em vigência a partir da data de sua
    assinatura" (DODF 2004, SDE), "Prorrogação de prazo de vigência, por mais 12 meses. … Vigência: a partir da data de
    sua assinatura. Assinam em 22 de dezembro de 2020" (DODF 2021, SEL acordo de cooperação), "VIGÊNCIA: 12 meses. …
    O contrato entra em vigor a partir da data de sua assinatura": the start of the one, the duration and end of the
    other (the row of the duration). Only when the document states no whole period and each half once."""
    whole = next((v for v in found if v.start is not None and v.end is not None), None)
    if whole is not None:
        return _with_duration(found, whole)
    starts = [v for v in found if v.start is not None and v.end is None and v.duration_value is None]
    rest = [v for v in found if v.start is None and (v.duration_value is not None or v.end is not None)]
    if len(starts) != 1 or len(rest) != 1:
        return found
    a, b = starts[0], rest[0]
    if b.end is not None and b.end <= a.start:
        return found
    one = Vigencia(
        b.start_offset,
        b.end_offset,
        a.start,
        b.end,
        b.duration_value,
        b.duration_unit,
        a.anchor,
        b.end is not None,
        a.is_prorrogacao or b.is_prorrogacao,
    )
    return [one if v is b else v for v in found if v is not a]


def _with_duration(found: list[Vigencia], whole: Vigencia) -> list[Vigencia]:
    """A whole period printed without its duration takes the one duration the act prints elsewhere when the two agree
    (the end one day either side of start + duration): "PRORROGAR o prazo de vigência do Contrato mais 12 (doze) meses
    … O presente Termo Aditivo entra em vigor de 08/04/2019 até 08/04/2020" (DODF 2019, CBMDF), "prorrogação … por mais
    12 (doze) meses … terá a vigência de 1º de dezembro de 2024 a 30 de novembro de 2025" (DOM-BH 2024), "VIGÊNCIA:
    01/01/2023 a 31/12/2023, podendo ser prorrogado" with "a prorrogação do prazo de vigência por 12 (doze) meses"
    (Paraguaçu Paulista-SP 2023, termo aditivo 05/2023 scan); old corpus: DOU S3 2018 and 2019 UASG termos aditivos
    ("12(doze) meses", "10/03/2018 a 10/03/2019")."""
    if whole.duration_value is not None:
        return found
    lone = [v for v in found if v.start is None and v.end is None and v.duration_value is not None]
    if len(lone) != 1 or lone[0].duration_unit not in ("dias", "meses", "anos"):
        return found
    d = lone[0]
    if abs((add(whole.start, d.duration_value, d.duration_unit) - whole.end).days) > 1:
        return found
    one = Vigencia(
        whole.start_offset,
        whole.end_offset,
        whole.start,
        whole.end,
        d.duration_value,
        d.duration_unit,
        whole.anchor,
        whole.resolved,
        whole.is_prorrogacao or d.is_prorrogacao,
    )
    return [one if v is whole else v for v in found if v is not d]


def ordered(found: list[Vigencia]) -> list[Vigencia]:
    """The periods a document states, those with start and end first, else in reading order: an aditivo's "prorrogação … por mais 12 (doze) meses" comes before its clause "terá a vigência
    de 1º de dezembro de 2024 a 30 de novembro de 2025" (DOM-BH)."""
    return sorted(found, key=lambda v: not (v.start is not None and v.end is not None))


def vigencia_rows(
    text: str, layout, doc: dict, run_id: str, *, signed: dt.date | None, published: dt.date | None
) -> list[dict]:
    return [
        fact_row(
            text,
            layout,
            doc,
            run_id,
            v.start_offset,
            v.end_offset,
            EXTRACTOR,
            start=v.start,
            end=v.end,
            duration_value=v.duration_value,
            duration_unit=v.duration_unit,
            anchor=v.anchor,
            resolved=v.resolved,
            is_prorrogacao=v.is_prorrogacao,
        )
        for v in ordered(
            joined(find(text, signed=signed, published=published, instrument=is_instrument(doc.get("doc_type"))))
        )
    ]
