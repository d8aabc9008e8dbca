"""The e-signature grammars (patterns/esig): real stamps from the corpus, public samples where the
corpus has none, near misses, known gaps, the offset invariant and a CPU bound on hostile input."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from ..conftest import SHARED
from .test_invariants import slow_scan

from seidou.patterns import esig, sei_stamp

MODULES = esig.MODULES  # every system grammar, then the fallback
PUBLIC = "public sample (not in corpus)"
ONEDOC = "real2/esig/paraguacu_sp_termo_fomento_11_2022_acipp_1doc.pdf"
ECONV = "real2/esig/paraguacu_sp_termo_fomento_01_2024_casa_lar_econv_spdp_pades.pdf"
D4SIGN = "real2/esig/abrinq_termo_convenio_379_2021_clara_amizade_d4sign.pdf"
BH = "real2/gazette/bh_dom_7147_2024_12_05_p1_4_5.pdf"
AMA_2023 = "real2/gazette/dom_al_ama_2121_2023_08_28_pages.pdf"
AMA_2016 = "real2/gazette/dom_al_ama_0225_2016_02_15_full_2p.pdf"

# Real stamps, as pypdfium2 extracts them (line breaks kept)
ONEDOC_MARGIN = (
    "Assinado por 5 pessoas: ANTONIO TAKASHI SASADA, VÂNIA FERREIRA RIOS, ANTONIO MARCOS MONTAI MESSIAS, "
    "MARCELO RICARDO MENEGON BOMFIM e CATIA APARECIDADA SILVA\r\n"
    "Para verificar a validade das assinaturas, acesse https://institutogov.1doc.com.br/verificacao/1982-45EF-60D7-4E7E "
    "e informe o código 1982-45EF-60D7-4E7E"
)
ONEDOC_MANIFEST = (
    "VERIFICAÇÃO DAS\nASSINATURAS\nCódigo para verificação: 1982-45EF-60D7-4E7E\n"
    "Este documento foi assinado digitalmente pelos seguintes signatários nas datas indicadas:\n"
    "ANTONIO TAKASHI SASADA (CPF 099.XXX.XXX-42) em 28/03/2022 15:55:07 (GMT-03:00)\nPapel: Parte\n"
    "Emitido por: AC Certisign RFB G5 << AC Secretaria da Receita Federal do Brasil v4 << Autoridade Certificadora "
    "Raiz Brasileira v5\n(Assinatura ICP-Brasil)\n"
    "VÂNIA FERREIRA RIOS (CPF 033.XXX.XXX-12) em 28/03/2022 16:21:09 (GMT-03:00)\nPapel: Parte\n"
    "Emitido por: Sub-Autoridade Certificadora 1Doc (Assinatura 1Doc)\n"
    "MARCELO RICARDO MENEGON BOMFIM (CPF 171.XXX.XXX-61) em 29/03/2022 15:04:40\n(GMT-03:00)\nPapel: Parte\n"
    "Emitido por: Sub-Autoridade Certificadora 1Doc (Assinatura 1Doc)\n"
    "MARCELO RICARDO MENEGON BOMFIM (CPF 171.XXX.XXX-61) em 29/03/2022 15:07:59\n(GMT-03:00)\nPapel: Parte\n"
    "Emitido por: Sub-Autoridade Certificadora 1Doc (Assinatura 1Doc)\n"
    "Para verificar a validade das assinaturas, acesse a Central de Verificação por meio do link:\n"
    "https://institutogov.1doc.com.br/verificacao/1982-45EF-60D7-4E7E"
)
ECONV_PAGE = (
    "Relação de Assinaturas Digitais no Documento:\nAssinado Digitalmente por: 099.XXX.XX8-42 - Antonio T* Sasada\n"
    "Método: Certificado Digital ICP-Br\nEm: 09/04/2024 - Horário: 09:42:36\nLocal: Paraguaçu Paulista SP \n"
    "SPDPDocs - LISTA PADES:Validar em: http://paraguacu.spdbrasil.com.br/?validpass=238\n"
    "Assinatura PADES ECONV/Prefeitura de Paraguaçu Paulista SP \n\n - Assinado Digitalmente por: KáTIA EMI SEO\n\n"
    " - Método: PadesCer V22.85\n - Em: 08/04/2024 - Horário: 16:22:27\n - Local: Paraguaçu Paulista SP \n"
)
D4SIGN_FOOTER = (
    "D4Sign 82c0d300-62f0-4a47-9bb9-9e45c4bf7e12 - Para confirmar as assinaturas acesse "
    "https://secure.d4sign.com.br/verificar\r\nDocumento assinado eletronicamente, conforme MP 2.200-2/01, Art. 10º, §2.\r\n"
)
D4SIGN_EVENTS = (
    "08 Oct 2021, 14:21:31\nMICHELLY LIMA ANTUNES Assinou como testemunha - Email: michelly.antunes@fadc.org.br - IP: "
    "187.8.168.186\n(187-8-168-186.customer.tdatabrasil.net.br porta: 30968) - Documento de identificação informado:\n"
    "014.160.935-40 - DATE_ATOM: 2021-10-08T14:21:31-03:00\n08 Oct 2021, 14:58:50\n"
    "SYNESIO BATISTA DA COSTA Assinou como parte (Conta 8c9baa79-6e7e-4701-9c6d-0d848be220d4) - Email:\n"
    "sbc1@abrinq.com.br - IP: 177.141.129.73 (b18d8149.virtua.com.br porta: 23602) - Geolocalização: -23.5992108\n"
    "-46.6698536 - Documento de identificação informado: 113.796.341-72 - DATE_ATOM: 2021-10-08T14:58:50-03:00\n"
    "Esse documento está assinado e certificado pela D4Sign"
)
BH_FOOTER = (
    "Dom7147.indd 4 04/12/2024 19:11:03\nDocumento assinado digitalmente em consonância com a MP 2.200-2/2001 em, "
    "04/12/2024, pelo assinante: MERCIA ADRIANA TEIXEIRA CPF: 000.628.956-80.\nHash da assinatura: "
    "0AA7B65D6177D6EBFE72204928E697001A38AF07. Utilize o QR Code ao lado para conferir sobre a assinatura.\n"
)
FOXIT = (
    "Assinado digitalmente por MARIA DE SOUZA:12345678909\nND: C=BR, O=ICP-Brasil, OU=AC SOLUTI Multipla v5, "
    "OU=Certificado PF A3, CN=MARIA DE SOUZA:12345678909\nRazão: Eu sou o autor deste documento\nLocalização: \n"
    "Data: 2024.10.17 10:20:30-03'00'\nFoxit PDF Reader Versão: 12.0.1"
)
BOLETIM = "Documento assinado por: CEL QOC BM FULANO DE TAL - Mat: 123.456-7 - Comandante-Geral Em: 06/03/2024 17:32:10"
EPROC_TRF4 = (
    "Documento eletrônico assinado por FULANO DE TAL, Juiz Federal Substituto, na forma do artigo 1º, inciso III, da "
    "Lei 11.419, de 19 de dezembro de 2006 e Resolução TRF 4ª Região nº 17, de 26 de março de 2010. A conferência da "
    "autenticidade do documento está disponível no endereço eletrônico "
    "http://www.trf4.jus.br/trf4/processos/verifica.php, mediante o preenchimento do código verificador "
    "710012345678v2 e do código CRC 1a2b3c4d.\nInformações adicionais da assinatura:\nSignatário (a): FULANO DE TAL\n"
    "Data e Hora: 24/02/2021, às 14:32:10"
)
PJE_TJMT = (
    "Número do documento: 25070113152376900000292616808\nAssinado eletronicamente por: SEBASTIAO BARBOSA FARIAS - "
    "01/07/2025 13:15:24\nNum. 296632876 - Pág. 1"
)
CEARA = (
    "Documento assinado eletronicamente por: ELIANA NUNES ESTRELA em 01/04/2025, às 10:56 (horário local do Estado do "
    "Ceará), conforme disposto no Decreto Estadual nº 34.097"
)
SUAP_BLOCK = (
    "Documento assinado eletronicamente por:\n▪ Fulano de Tal, DIRETOR(A) GERAL - CD0002 - DG/IFRN, em 08/10/2021 "
    "14:21:31.\n▪ Maria Souza, PROFESSOR ENS BASICO TECN TECNOLOGICO, em 09/10/2021 10:00:00.\n"
    "Este documento foi emitido pelo SUAP em 08/10/2021. Para comprovar sua autenticidade, faça a leitura do QRCode "
    "ao lado ou acesse https://suap.ifrn.edu.br/autenticar-documento/ e forneça os dados abaixo:\n"
    "Código Verificador: 123456\nCódigo de Autenticação: 1a2b3c4d5e\n"
)

# fmt: off
POSITIVE = [
    # (module, text, name, system, signed_at ISO or None, source)
    ("onedoc", ONEDOC_MARGIN, "ANTONIO TAKASHI SASADA", "1doc", None, f"{ONEDOC} p. 1 (margin)"),
    ("onedoc", ONEDOC_MARGIN, "CATIA APARECIDADA SILVA", "1doc", None, f"{ONEDOC} p. 1 (after the last 'e')"),
    ("onedoc", ONEDOC_MANIFEST, "ANTONIO TAKASHI SASADA", "1doc", "2022-03-28T15:55:07-03:00", f"{ONEDOC} p. 17"),
    ("onedoc", ONEDOC_MANIFEST, "MARCELO RICARDO MENEGON BOMFIM", "1doc", "2022-03-29T15:07:59-03:00",
     f"{ONEDOC} p. 17 (offset on the next line)"),
    ("econv", ECONV_PAGE, "Antonio T* Sasada", "econv", "2024-04-09T09:42:36-03:00", f"{ECONV} p. 30"),
    ("econv", ECONV_PAGE, "KáTIA EMI SEO", "econv", "2024-04-08T16:22:27-03:00", f"{ECONV} p. 30 (' - ' bullets)"),
    ("d4sign", D4SIGN_FOOTER + D4SIGN_EVENTS, "MICHELLY LIMA ANTUNES", "d4sign", "2021-10-08T14:21:31-03:00",
     f"{D4SIGN} p. 22"),
    ("d4sign", D4SIGN_EVENTS, "SYNESIO BATISTA DA COSTA", "d4sign", "2021-10-08T14:58:50-03:00", f"{D4SIGN} p. 22"),
    ("lacuna", BH_FOOTER, "MERCIA ADRIANA TEIXEIRA", "lacuna", "2024-12-04T00:00:00-03:00", f"{BH} p. 4"),
    ("lacuna", "Documento assinado digitalmente em consonância com a MP 2.200-2/2001 em 04/12/2024, pelo assinante: "
     "MERCIA ADRIANA TEIXEIRA CPF: 000.628.956-80.", "MERCIA ADRIANA TEIXEIRA", "lacuna", "2024-12-04T00:00:00-03:00",
     "the brief's wording of the BH footer (no comma after 'em')"),
    ("lacuna", "Documento assinado digitalmente conforme MP 2.200-2/2001 por JOÃO DA SILVA, em 10/01/2023 às 18:01:02",
     "JOÃO DA SILVA", "lacuna", "2023-01-10T18:01:02-03:00", PUBLIC),
    ("sigpub", "Departamento Administrativo\nPublicado por:\nBarbara Santos Canuto\nCódigo Identificador:A3A211CE\n",
     "Barbara Santos Canuto", "sigpub", None, f"{AMA_2023} p. 1"),
    ("sigpub", "Publicado por:\r\nGean Fábio Carvalho de Oliveira \r\nCódigo Identificador:9AB283D6 \r\n",
     "Gean Fábio Carvalho de Oliveira", "sigpub", None, f"{AMA_2016} p. 1 (older rendering)"),
    ("icp_appearance", "Assinado de forma digital por JOSE CARLOS DA SILVA:12345678909\nDados: 2024.10.17 10:20:30 -03'00'",
     "JOSE CARLOS DA SILVA", "icp_brasil", "2024-10-17T10:20:30-03:00", PUBLIC),
    ("icp_appearance", "JOSE CARLOS DA\nSILVA:12345678909\nAssinado de forma digital por JOSE\nCARLOS DA "
     "SILVA:12345678909\nDados: 2024.10.17\n10:20:30 -03'00'", "JOSE CARLOS DA SILVA", "icp_brasil",
     "2024-10-17T10:20:30-03:00", PUBLIC + ": Adobe's two columns, wrapped"),
    ("icp_appearance", FOXIT, "MARIA DE SOUZA", "icp_brasil", "2024-10-17T10:20:30-03:00", PUBLIC + ": Foxit"),
    ("icp_appearance", "Digitally signed by EMPRESA LTDA:12345678000195\nDate: 2023.05.02 09:01:02 -03'00'",
     "EMPRESA LTDA", "icp_brasil", "2023-05-02T09:01:02-03:00", PUBLIC + ": Adobe in English, e-CNPJ"),
    ("egba", "Assinado digitalmente pelo EGBA\nCódigo de Autenticação: 1A2B3C4D5E", "EGBA", "egba", None, PUBLIC),
    ("egba", "Documento assinado digitalmente pela Empresa Gráfica da Bahia - EGBA em 21/01/2020 às 00:12:34. Código "
     "de Autenticação: 7F3C-2A91", "Empresa Gráfica da Bahia - EGBA", "egba", "2020-01-21T00:12:34-03:00", PUBLIC),
    ("boletim", BOLETIM, "FULANO DE TAL", "boletim", "2024-03-06T17:32:10-03:00", PUBLIC),
    ("boletim", "Documento assinado por: TEN CEL QOS MARIA DA SILVA - Mat: 98765-4 - Chefe do Estado-Maior\n"
     "Em: 06/03/2024 17:32:10", "MARIA DA SILVA", "boletim", "2024-03-06T17:32:10-03:00", PUBLIC),
    ("boletim", "Documento assinado por: 1º SGT BM ANA LIMA - Matrícula: 1234567 - Auxiliar Em: 01/02/2024 08:00",
     "ANA LIMA", "boletim", "2024-02-01T08:00:00-03:00", PUBLIC),
    ("govbr", "Documento assinado digitalmente\ngov.br\nFULANO DE TAL\nData: 21/09/2026 10:32:15-0300\n"
     "Verifique em https://validar.iti.gov.br", "FULANO DE TAL", "govbr", "2026-09-21T10:32:15-03:00", PUBLIC),
    ("govbr", "Documento assinado digitalmente\nHERMANI GOMES GONCALVES FONSECA\nData: 27/08/2026 14:46:36-0300\n"
     "Verifique em https://validar.iti.gov.br", "HERMANI GOMES GONCALVES FONSECA", "govbr",
     "2026-08-27T14:46:36-03:00", PUBLIC),
    ("govbr", "Documento assinado digitalmente\r\nASSINANTE DE EXEMPLO\r\nData: 01/01/2026 12:00:00-0300\r\n"
     "Verifique em https://verificador.iti.br", "ASSINANTE DE EXEMPLO", "govbr", "2026-01-01T12:00:00-03:00",
     PUBLIC + ": the validator's older address"),
    ("sp_sem_papel", "Assinado digitalmente por MARIA SOUZA - DIRETOR TÉCNICO I / SGGD - 12/03/2021 às 10:20:30.\n"
     "Documento Nº: 2021/0000123-ABC - consulta à autenticidade em "
     "https://www.documentos.spsempapel.sp.gov.br/sigaex/public/app/autenticar?n=2021/0000123-ABC", "MARIA SOUZA",
     "sp_sem_papel", "2021-03-12T10:20:30-03:00", PUBLIC),
    ("sp_sem_papel", "Assinado com senha por CARLA DA COSTA PRUDENTE - ASSISTENTE II / 52097 - 23/05/2025 às 11:12:29.\n"
     "Documento Nº: 10460380-9695 - consulta à autenticidade em\n"
     "https://acesso.processo.rio/sigaex/public/app/autenticar?n=10460380-9695", "CARLA DA COSTA PRUDENTE",
     "siga_doc", "2025-05-23T11:12:29-03:00", PUBLIC + ": Rio's Siga-Doc"),
    ("sp_sem_papel", "Documento assinado eletronicamente por JOSÉ LIMA, Diretor, em 12/03/2021, às 10:20\n"
     "https://www.documentos.spsempapel.sp.gov.br/sigaex/public/app/autenticar?n=SPDOC1", "JOSÉ LIMA",
     "sp_sem_papel", "2021-03-12T10:20:00-03:00", PUBLIC + ": the brief's wording"),
    ("docusign", "Certificate Of Completion\nEnvelope Id: 8C3F1A2B3C4D5E6F7A8B9C0D1E2F3A4B Status: Completed\n"
     "Time Zone: (UTC-03:00) Brasilia\nSigner Events Signature Timestamp\nMaria Souza\nmaria.souza@example.org\n"
     "Diretora\nSecurity Level: Email, Account Authentication\n(None)\nSent: 10/5/2021 | 09:12\n"
     "Viewed: 10/5/2021 | 09:20\nSigned: 10/5/2021 | 09:21\nIn Person Signer Events Signature Timestamp\n",
     "Maria Souza", "docusign", "2021-10-05T09:21:00-03:00", PUBLIC),
    ("docusign", "Certificado de conclusão\nIdentificação de envelope: 8C3F1A2B-3C4D-5E6F-7A8B-9C0D1E2F3A4B\n"
     "Fuso horário: (UTC-03:00) Brasília\nEventos do signatário Assinatura Registro de hora e data\nJoão Lima\n"
     "joao@example.org\nNível de segurança: E-mail\nEnviado: 05/10/2021 | 09:12\nAssinado: 05/10/2021 | 09:21\n"
     "Eventos de resumo do envelope\n", "João Lima", "docusign", "2021-10-05T09:21:00-03:00", PUBLIC),
    ("clicksign", "Datas e horários em GMT -03:00 Brasília\nLog\n06 out 2021, 15:10:40 FULANO DE TAL assinou. Pontos "
     "de autenticação: Token via E-mail fulano@example.org.", "FULANO DE TAL", "clicksign",
     "2021-10-06T15:10:40-03:00", PUBLIC),
    ("clicksign", "06 out 2021, 15:12:03 MARIA DA SILVA assinou como parte. Pontos de\nautenticação: Token via SMS.",
     "MARIA DA SILVA", "clicksign", "2021-10-06T15:12:03-03:00", PUBLIC),
    ("zapsign", "Relatório de Assinaturas\nDatas e horários em UTC-0300 (America/Sao_Paulo)\nAssinado via ZapSign by "
     "Truora\nFULANO DE TAL\nData e hora da assinatura: 08/10/2021 10:20:31\nToken: 1a2b3c4d-5e6f-7a8b-9c0d-1e2f3a4b5c6d",
     "FULANO DE TAL", "zapsign", "2021-10-08T10:20:31-03:00", PUBLIC),
    ("zapsign", "ZapSign\nMARIA DA SILVA\nData e hora da assinatura: 09/10/2021 08:00:00", "MARIA DA SILVA", "zapsign",
     "2021-10-09T08:00:00-03:00", PUBLIC),
    ("adobe_sign", "Documento assinado eletronicamente por MARIA SOUZA (maria.souza@example.org)\nData da assinatura: "
     "2021-08-03 - 14:31:21 GMT - Fonte da hora: servidor", "MARIA SOUZA", "adobe_sign", "2021-08-03T14:31:21+00:00",
     PUBLIC),
    ("adobe_sign", "Document e-signed by John Smith (john.smith@example.org)\nSignature Date: 2021-08-03 - 5:31:21 PM "
     "GMT - Time Source: server", "John Smith", "adobe_sign", "2021-08-03T17:31:21+00:00", PUBLIC),
    ("pje", PJE_TJMT, "SEBASTIAO BARBOSA FARIAS", "pje", "2025-07-01T13:15:24-03:00", PUBLIC + ": PJe TJMT"),
    ("pje", "https://pje.tjmg.jus.br:443/pje/Processo/ConsultaDocumento/listView.seam?x=20123116330500000001885787184 "
     "Assinado eletronicamente por: Vinicius De Paula Fernandes - 31/12/2020 18:19:26", "Vinicius De Paula Fernandes",
     "pje", "2020-12-31T18:19:26-03:00", PUBLIC),
    ("pje", "Assinado eletronicamente por: SERGIO CARNEIRO ROSI - Juntado em: 21/08/2024 21:20:01 - 19afabc",
     "SERGIO CARNEIRO ROSI", "pje", "2024-08-21T21:20:01-03:00", PUBLIC + ": Justiça do Trabalho"),
    ("eproc", EPROC_TRF4, "FULANO DE TAL", "eproc", "2021-02-24T14:32:10-03:00", PUBLIC + ": TRF4"),
    ("eproc", "Documento eletrônico assinado por MARIA SOUZA, Juíza de Direito, em 08/10/2021, às 14:21:31, conforme "
     "art. 1º, III, \"b\", da Lei 11.419/2006. A autenticidade do documento pode ser conferida no site "
     "https://eproc1g.tjsc.jus.br/eproc/externo_controlador.php?acao=consulta_autenticidade_documentos informando o "
     "código verificador 310012345678v4 e o código CRC ABCD1234.", "MARIA SOUZA", "eproc",
     "2021-10-08T14:21:31-03:00", PUBLIC),
    ("suap", SUAP_BLOCK, "Fulano de Tal", "suap", "2021-10-08T14:21:31-03:00", PUBLIC),
    ("suap", SUAP_BLOCK, "Maria Souza", "suap", "2021-10-09T10:00:00-03:00", PUBLIC + ": second signer"),
    ("sipac", "(Assinado digitalmente em 08/10/2021 14:21 )\nGRACIELA DA SILVA LEITES\nCOORDENADOR (TITULAR) - TITULAR\n"
     "COORD. DE REGISTROS ESTUDANTIS (PORTO ALEGRE)\nMatrícula: 1760610", "GRACIELA DA SILVA LEITES", "sipac",
     "2021-10-08T14:21:00-03:00", PUBLIC),
    ("sipac", "(Assinado digitalmente em 03/02/2023 09:05)\r\nJOSE DA SILVA\r\nDIRETOR - TITULAR\r\nMatrícula: 123456",
     "JOSE DA SILVA", "sipac", "2023-02-03T09:05:00-03:00", PUBLIC),
    # NBSP and form feeds between the tokens (text layers of gazettes and of PDFs split in pages)
    ("pje", "Assinado\u00a0eletronicamente\u00a0por:\u00a0ANA\u00a0LIMA\u00a0-\u00a001/07/2025\u00a013:15:24",
     "ANA LIMA", "pje", "2025-07-01T13:15:24-03:00", PUBLIC + ", NBSP"),
    ("govbr", "Documento assinado digitalmente\nJOSÉ\u00a0DA\u00a0SILVA\nData: 02/03/2025 08:09:10-0300",
     "JOSÉ DA SILVA", "govbr", "2025-03-02T08:09:10-03:00", PUBLIC + ", NBSP"),
    ("icp_appearance", "Assinado de forma digital por ANA\u00a0LIMA:12345678909\fDados: 2024.10.17 10:20:30 -03'00'",
     "ANA LIMA", "icp_brasil", "2024-10-17T10:20:30-03:00", PUBLIC + ", NBSP and a form feed"),
    ("onedoc", "VERIFICAÇÃO DAS ASSINATURAS\nCódigo para verificação: 1982-45EF-60D7-4E7E\nCATIA APARECIDADA SILVA "
     "(CPF 131.XXX.XXX-60) em 01/04/2022 08:31:46\f(GMT-03:00)\nPapel: Parte", "CATIA APARECIDADA SILVA", "1doc",
     "2022-04-01T08:31:46-03:00", f"{ONEDOC} p. 17, a form feed before the offset"),
    ("desconhecido", CEARA, "ELIANA NUNES ESTRELA", "desconhecido", "2025-04-01T10:56:00-03:00",
     PUBLIC + ": Ceará's Suíte"),
    ("desconhecido", "Assinado digitalmente por CARLOS PEREIRA - Secretário Municipal em 12/05/2023 - 16:40:05",
     "CARLOS PEREIRA", "desconhecido", "2023-05-12T16:40:05-03:00", PUBLIC),
    ("desconhecido", "Este documento foi assinado eletronicamente no sistema X por ANA LIMA, Diretora, em 02/02/2024 às "
     "09h15", "ANA LIMA", "desconhecido", "2024-02-02T09:15:00-03:00", PUBLIC),
]
# fmt: on

# fmt: off
FIELDS = [
    # (module, text, name, {data key: expected})
    ("onedoc", ONEDOC_MARGIN, "VÂNIA FERREIRA RIOS", {
        "verification_code": "1982-45EF-60D7-4E7E",
        "verification_url": "https://institutogov.1doc.com.br/verificacao/1982-45EF-60D7-4E7E",
        "signed_at": None, "sig_kind": "eletronica"}),
    ("onedoc", ONEDOC_MANIFEST, "ANTONIO TAKASHI SASADA", {
        "role": "Parte", "verification_code": "1982-45EF-60D7-4E7E",
        "cert_issuer": "AC Certisign RFB G5 << AC Secretaria da Receita Federal do Brasil v4 << Autoridade "
                       "Certificadora Raiz Brasileira v5"}),
    ("econv", ECONV_PAGE, "KáTIA EMI SEO", {
        "sig_kind": "pades", "verification_url": "http://paraguacu.spdbrasil.com.br/?validpass=238",
        "verification_code": "238"}),
    ("d4sign", D4SIGN_FOOTER + D4SIGN_EVENTS, "MICHELLY LIMA ANTUNES", {
        "role": "testemunha", "verification_code": "82c0d300-62f0-4a47-9bb9-9e45c4bf7e12",
        "verification_url": "https://secure.d4sign.com.br/verificar", "legal_basis": "MP 2.200-2/01, Art. 10º, §2"}),
    ("lacuna", BH_FOOTER, "MERCIA ADRIANA TEIXEIRA", {
        "legal_basis": "MP 2.200-2/2001", "verification_code": "0AA7B65D6177D6EBFE72204928E697001A38AF07"}),
    ("sigpub", "Publicado por:\nBarbara Santos Canuto\nCódigo Identificador:A3A211CE", "Barbara Santos Canuto", {
        "verification_code": "A3A211CE", "signed_at": None}),
    ("icp_appearance", FOXIT, "MARIA DE SOUZA", {
        "sig_kind": "pades", "cert_issuer": "AC SOLUTI Multipla v5",
        "cert_subject": "C=BR, O=ICP-Brasil, OU=AC SOLUTI Multipla v5, OU=Certificado PF A3, "
                        "CN=MARIA DE SOUZA:***456789**"}),  # the e-CPF masked (LGPD)
    ("boletim", BOLETIM, "FULANO DE TAL", {"cargo": "CEL QOC BM - Comandante-Geral"}),
    ("eproc", EPROC_TRF4, "FULANO DE TAL", {
        "cargo": "Juiz Federal Substituto", "verification_code": "710012345678v2", "crc": "1a2b3c4d",
        "verification_url": "http://www.trf4.jus.br/trf4/processos/verifica.php",
        "legal_basis": "artigo 1º, inciso III, da Lei 11.419, de 19 de dezembro de 2006"}),
    ("suap", SUAP_BLOCK, "Fulano de Tal", {
        "cargo": "DIRETOR(A) GERAL - CD0002 - DG/IFRN", "verification_code": "123456", "crc": "1a2b3c4d5e",
        "verification_url": "https://suap.ifrn.edu.br/autenticar-documento/"}),
    ("pje", PJE_TJMT, "SEBASTIAO BARBOSA FARIAS", {"verification_code": "25070113152376900000292616808"}),
]
# fmt: on

SEI_STAMPS = [
    # real SEI stamps: patterns.sei_stamp's, never an esig grammar's
    "Documento assinado eletronicamente por Solange Silva Sousa, Usuário Externo, em 30/03/2026, às 21:32,\nconforme "
    "horário oficial de Brasília, com fundamento no § 3º do art. 4º do Decreto nº 10.543, de 13 de novembro\nde 2020.",
    # seed plano de trabalho, p. 5
    "Documento assinado eletronicamente por Eduardo Bruno Pessoa Vieira, Diretor(a) em 06/01/2025, às 11:13,\n"
    "conforme horário oficial de Brasília.",  # real/sei/sei_al_processo_e01203_0000000161_2025_full.pdf
    "Documento assinado eletronicamente por Aubert Kristhian Santos Alves, Tenente Coronel em 20/01/2026, às\n13:08, "
    "conforme horário oficial de Brasília.",  # real/sei/sei_al_cbmal_despacho_37187279.pdf (time cut by a break)
]

# fmt: off
NEGATIVE = [
    # (text, why)
    ("E, por estarem assim justos e pactuados firmam este instrumento, que será \nassinado pelas partes e pelas "
     "testemunhas abaixo, para que surta seus efeitos", f"{ECONV} p. 26: a clause"),
    ("a) Relatório de Execução do Objeto, assinado pelo seu representante legal, que", f"{ECONV} p. 19"),
    ("Paraguaçu Paulista-SP, na data da assinatura digital", f"{ECONV} p. 27"),
    ("Documento assinado digitalmente conforme MP no\n- 2.200-2 de 24/08/2001, que institui a\nInfraestrutura de Chaves "
     "Públicas Brasileira - ICP-Brasil.", "real/dou/dou_s1_2014_10_01_p006.pdf: the DOU names no signer"),
    ("(assinado eletronicamente)\nAUBERT KRISTHIAN SANTOS ALVES - TEN CEL QOS\nCoordenador da Área Temática MQVSP "
     "FNSP CBMAL", "real/sei/sei_al_cbmal_despacho_37187279.pdf: a printed line beside a SEI stamp"),
    (D4SIGN_FOOTER, f"{D4SIGN}: the footer names no signer (the certificate page does)"),
    ("CERTIFICAÇÃO DIGITAL: 5IJBFBS61GO6WA9V01FLCA", "real/municipal/tucano_ba_camara_do_2020_01_08.pdf"),
    ("o termo será assinado eletronicamente por ambas as partes em 10/10/2024, às 10:00", "no signer's name"),
    ("o termo deverá ser assinado por 2 pessoas, no mínimo, e publicado", "no 1Doc list"),
    ("Publicado por: Diário Oficial dos Municípios em 28/08/2023", "no Código Identificador"),
    ("08 Oct 2021, 14:21:31\nFULANO DE TAL Assinou como parte", "D4Sign's shape in a text that never names D4Sign"),
    ("Documento assinado digitalmente\nFULANO DE TAL\nData: 21/09/2026 10:32:15", "gov.br's shape, no offset nor ITI"),
    ("Assinado digitalmente por FULANO DE TAL, portador do CPF: 000.000.000-00, em 10/10/2023",
     "another system's 'assinado digitalmente por', no YYYY.MM.DD date and no time"),
    ("Relação de Assinaturas Digitais no Documento:", f"{ECONV}: the heading alone"),
    ("Documento eletrônico assinado por FULANO DE TAL, Juiz Federal, e juntado aos autos.", "e-Proc's words, no stamp"),
]
# fmt: on

# fmt: off
KNOWN_GAPS = [
    # (module, text, name, signed_at ISO, why) — strict xfail: a fix turns them into POSITIVE rows
    ("sipac", "(Assinado digitalmente em 08/10/2021 14:21) GRACIELA DA SILVA LEITES COORDENADOR (TITULAR) - TITULAR "
     "Matrícula: 1760610", "GRACIELA DA SILVA LEITES", "2021-10-08T14:21:00-03:00",
     "a flattened SIPAC stamp: name and cargo on one line cannot be told apart"),
    ("docusign", "Certificate Of Completion\nEnvelope Id: 8C3F1A2B3C4D5E6F7A8B9C0D1E2F3A4B\nSigner Events\nMaria Souza\n"
     "maria@example.org\nSigned: 05/10/2021 | 09:21\n", "Maria Souza", "2021-10-05T09:21:00-03:00",
     "English labels on a Brazilian account's day/month: read as May 10 (US order)"),
    ("d4sign", "08 Oct 2021, 14:21:31\nMICHELLY LIMA\nANTUNES Assinou como testemunha - Email: x - D4Sign",
     "MICHELLY LIMA ANTUNES", "2021-10-08T14:21:31-03:00", "a signer's name wrapped before 'Assinou'"),
    ("onedoc", "Assinado por 2 pessoas: ANTONIO TAKASHI\nSASADA e VÂNIA FERREIRA RIOS\n", "ANTONIO TAKASHI SASADA",
     None, "the rotated margin list broken inside a name (no comma at the line end)"),
    ("clicksign", "06 Oct 2021, 15:10:40 JOHN SMITH signed. Authentication points: Token via E-mail",
     "JOHN SMITH", "2021-10-06T15:10:40-03:00", "Clicksign's log in English"),
    ("icp_appearance", "Assinado de forma digital por JOSE DA SILVA:12345678909\nDados: 17/10/2024 10:20:30 -03'00'",
     "JOSE DA SILVA", "2024-10-17T10:20:30-03:00", "an appearance customised to print dd/mm/yyyy"),
]
# fmt: on

# fmt: off
DATA_KEYS = {
    "system", "sig_kind", "cargo", "signed_at", "verification_code", "verification_url", "legal_basis",
    "cert_subject", "cert_issuer", "crc", "role",
}
# fmt: on


def iso(when: dt.datetime | None) -> str | None:
    return when.isoformat() if when else None


def hits_of(found, name):
    return [m for m in found if m.value == name]


@pytest.mark.parametrize("module,text,name,system,when,source", POSITIVE, ids=[f"{r[0]}-{r[2]}" for r in POSITIVE])
def test_positive(module, text, name, system, when, source):
    found = MODULES[module].find(text)
    assert (name, system, when) in [(m.value, m.get("system"), iso(m.get("signed_at"))) for m in found], source
    # the package's find gives the same hit (the fallback's only where no system grammar matched)
    assert (name, system, when) in [(m.value, m.get("system"), iso(m.get("signed_at"))) for m in esig.find(text)]


@pytest.mark.parametrize("module,text,name,expected", FIELDS, ids=[f"{r[0]}-{r[2]}" for r in FIELDS])
def test_fields(module, text, name, expected):
    (m, *_) = hits_of(MODULES[module].find(text), name)
    assert {k: m.get(k) for k in expected} == expected


@pytest.mark.parametrize("text,why", NEGATIVE, ids=[r[1][:40] for r in NEGATIVE])
def test_negative(text, why):
    assert esig.find(text) == [], why
    for name, module in MODULES.items():
        assert module.find(text) == [], f"{name}: {why}"


@pytest.mark.parametrize("text", SEI_STAMPS)
def test_sei_stamps_stay_in_sei_stamp(text):
    assert sei_stamp.find(text), "the row is a SEI stamp"
    for name, module in MODULES.items():
        assert module.find(text) == [], name


@pytest.mark.parametrize("module,text,name,when,why", KNOWN_GAPS, ids=[r[4][:40] for r in KNOWN_GAPS])
@pytest.mark.xfail(strict=True)
def test_known_gaps(module, text, name, when, why):
    assert (name, when) in [(m.value, iso(m.get("signed_at"))) for m in MODULES[module].find(text)], why


ALL_TEXTS = [r[1] for r in POSITIVE] + [r[0] for r in NEGATIVE] + [r[1] for r in KNOWN_GAPS] + SEI_STAMPS


@pytest.mark.parametrize("name", sorted(MODULES))
def test_module_contract_and_offsets(name):
    module = MODULES[name]
    assert isinstance(module.VERSION, int) and isinstance(module.SYSTEM, str)
    assert module.__doc__ and "Example" in module.__doc__
    assert isinstance(module.DISTINCT_BY, tuple)
    for text in ALL_TEXTS:
        found = module.find(text)
        for m in found:
            assert text[m.start : m.end] == m.raw and m.start < m.end
            assert m.kind == "esig" and m.extractor == f"seidou.patterns.esig.{name}@{module.VERSION}"
            assert set(dict(m.data)) == DATA_KEYS
            assert m.value and m.value == " ".join(m.value.split())
            when = m.get("signed_at")
            assert when is None or when.utcoffset() is not None  # zone-aware, always
            assert m.valid is (when is not None) or (m.valid is None and when is None)
            assert m.get("sig_kind") in ("eletronica", "pades")


def test_fallback_only_where_no_system_matched():
    suap = "Documento assinado eletronicamente por:\nJoão Lima, COORDENADOR, em 09/10/2021 11:30:00.\n"
    assert esig.FALLBACK.find(suap), "the fallback alone would take SUAP's line"
    assert {m.get("system") for m in esig.find(suap)} == {"suap"}
    text = BH_FOOTER + "\n" + CEARA
    assert {m.get("system") for m in esig.find(text)} == {"lacuna", "desconhecido"}
    found = esig.find(text)
    assert [m.start for m in found] == sorted(m.start for m in found)


def test_no_two_system_grammars_claim_one_stamp():
    for text in [r[1] for r in POSITIVE]:
        found = [m for m in esig.find(text) if m.get("system") != "desconhecido"]
        for a, b in zip(found, found[1:]):
            assert a.end <= b.start or a.extractor == b.extractor, (a, b)


def test_dedupe_one_hit_per_signature():
    pages = ONEDOC_MARGIN + "\n" + ONEDOC_MARGIN + "\n" + ONEDOC_MANIFEST  # the margin on every page
    kept = [(m.value, iso(m.get("signed_at"))) for m in esig.dedupe(esig.find(pages))]
    assert kept == [
        ("ANTONIO MARCOS MONTAI MESSIAS", None),  # margin only here: no manifest row in this excerpt
        ("CATIA APARECIDADA SILVA", None),
        ("ANTONIO TAKASHI SASADA", "2022-03-28T15:55:07-03:00"),  # the dated manifest row wins over the margin
        ("VÂNIA FERREIRA RIOS", "2022-03-28T16:21:09-03:00"),
        ("MARCELO RICARDO MENEGON BOMFIM", "2022-03-29T15:04:40-03:00"),  # two signings, both listed
        ("MARCELO RICARDO MENEGON BOMFIM", "2022-03-29T15:07:59-03:00"),
    ]
    assert len(esig.dedupe(esig.find(BH_FOOTER * 3))) == 1  # the gazette's footer on every page
    two_acts = "Publicado por:\nAna Lima\nCódigo Identificador:A1B2C3D4\n" * 2 + (
        "Publicado por:\nAna Lima\nCódigo Identificador:FFEE0011\n"
    )
    assert [m.get("verification_code") for m in esig.dedupe(esig.find(two_acts))] == ["A1B2C3D4", "FFEE0011"]


# ---- hostile input: 1 MB of stamp-like text, bounded in CPU time (never wall-clock) -------------------------
# seconds of CPU per module and text (the invariant suite's bound); a linear scan takes 0.05-0.3 s here,
# backtracking minutes
MB = 1_000_000


def _fill(piece: str) -> str:
    return (piece * (MB // max(1, len(piece)) + 1))[:MB]


def hostile_texts(name: str) -> dict[str, str]:
    """1 MB texts made of this module's own examples: cut short (a stamp that never closes, on its lines and
    flattened on one), whole (a flood of true hits); plus every module's openings mixed, with NBSP and form feeds."""
    own = [r[1] for r in POSITIVE if r[0] == name]
    texts: dict[str, str] = {"flood": _fill(own[0])}
    for i, example in enumerate(own[:2]):
        cut = example[: max(1, int(len(example) * 0.6))]
        texts[f"ex{i}_cut"] = _fill(cut)
        texts[f"ex{i}_cut_flat"] = _fill(" ".join(cut.split()))
    openings = " ".join(r[1][:40] for r in POSITIVE)
    texts["openings_mixed"] = _fill(openings)
    texts["nbsp_form_feed"] = _fill(openings.replace(" ", "\u00a0").replace("\n", "\f"))
    return texts


@pytest.mark.parametrize("name", sorted(MODULES))
def test_hostile_input_cpu_bound(name):
    slow = {}
    for case, text in hostile_texts(name).items():
        spent = slow_scan(MODULES[name].find, text, tries=3)
        if spent is not None:
            slow[case] = spent
    assert not slow, f"{name}: {slow}"


# ---- the real documents of the corpus (skipped where the corpus is absent) -------------------------------
CORPUS = SHARED / "corpus"
# fmt: off
EXPECTED = {
    # tune file: (system, signers after dedupe)
    ONEDOC: ("1doc", ["ANTONIO TAKASHI SASADA", "VÂNIA FERREIRA RIOS", "ANTONIO MARCOS MONTAI MESSIAS",
                      "MARCELO RICARDO MENEGON BOMFIM", "MARCELO RICARDO MENEGON BOMFIM", "CATIA APARECIDADA SILVA"]),
    ECONV: ("econv", ["Antonio T* Sasada", "KáTIA EMI SEO", "ANTONIO MARCOS MONTAI MESSIAS", "CáTIA APARECIDA DA SILVA",
                      "MARCOS OLDACK SILVA", "CLAUDEMIR TARGINO DA SILVA"]),
    D4SIGN: ("d4sign", ["EDUARDO SANTOS BATISTA", "ROBERTO FIAMENGHI", "MICHELLY LIMA ANTUNES",
                        "VICTOR ALCANTARA DA GRACA", "SYNESIO BATISTA DA COSTA"]),
    BH: ("lacuna", ["MERCIA ADRIANA TEIXEIRA"]),
    AMA_2016: ("sigpub", ["Gean Fábio Carvalho de Oliveira"] * 3 + ["Ricardo Lima Torres"]),  # three acts, one person
    AMA_2023: ("sigpub", 24),  # 24 acts, each closed by its publisher and identifier
}
# fmt: on


def pdf_text(path: Path) -> str:
    pdfium = pytest.importorskip("pypdfium2")
    doc = pdfium.PdfDocument(str(path))
    try:
        return "\n".join(doc[i].get_textpage().get_text_range() for i in range(len(doc)))
    finally:
        doc.close()


@pytest.mark.parametrize("source", sorted(EXPECTED))
def test_real_documents(source):
    path = CORPUS / source
    if not path.exists():
        pytest.skip(f"{path} absent")
    text = pdf_text(path)
    found = esig.find(text)
    assert all(text[m.start : m.end] == m.raw for m in found)
    system, names = EXPECTED[source]
    kept = esig.dedupe(found)
    assert {m.get("system") for m in kept} == {system}
    if isinstance(names, int):
        assert len(kept) == names and all(m.get("verification_code") for m in kept)
    else:
        assert [m.value for m in kept] == names


def test_real_corpus_without_e_signatures_gives_nothing():
    """SEI processes (their stamps are SEI's), DOU pages, municipal gazettes and laws: no esig hit at all."""
    folder = CORPUS / "real"
    if not folder.exists():
        pytest.skip(f"{folder} absent")
    paths = [*folder.glob("sei/*.pdf"), *folder.glob("municipal/*.pdf"), *folder.glob("dou/*_p[0-9]*.pdf")]
    assert paths
    for path in sorted(paths):
        assert esig.find(pdf_text(path)) == [], path.name
