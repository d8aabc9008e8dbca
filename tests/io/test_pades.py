"""PAdES signatures read with pyHanko: a PDF signed in the test with a throwaway key is intact;
flipping one signed byte makes integrity_ok false."""

from __future__ import annotations

import datetime as dt
import io

import pytest
from asn1crypto import keys as akeys
from asn1crypto import x509 as ax509
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.x509.oid import NameOID
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.sign import signers
from pyhanko_certvalidator.registry import SimpleCertificateStore

from seidou.runner.process import process_file

from ..conftest import FIXTURES

CPF = "05578173586"


@pytest.fixture(scope="module")
def signed(tmp_path_factory):
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    name = x509.Name(
        [
            x509.NameAttribute(NameOID.COMMON_NAME, f"FULANO DE TAL:{CPF}"),
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, "AC de teste seidou"),
        ]
    )
    now = dt.datetime.now(dt.timezone.utc)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(1)
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=30))
        .sign(key, hashes.SHA256())
    )
    acert = ax509.Certificate.load(cert.public_bytes(serialization.Encoding.DER))
    akey = akeys.PrivateKeyInfo.load(
        key.private_bytes(serialization.Encoding.DER, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
    )
    signer = signers.SimpleSigner(
        signing_cert=acert, signing_key=akey, cert_registry=SimpleCertificateStore.from_certs([acert])
    )
    src = (FIXTURES / "sei_al_cbmal_despacho_37187279.pdf").read_bytes()
    out = io.BytesIO()
    signers.sign_pdf(
        IncrementalPdfFileWriter(io.BytesIO(src)),
        signers.PdfSignatureMetadata(field_name="Sig1"),
        signer=signer,
        output=out,
    )
    folder = tmp_path_factory.mktemp("pades")
    good = folder / "assinado.pdf"
    good.write_bytes(out.getvalue())
    bad = bytearray(out.getvalue())
    bad[len(src) // 2] ^= 0x01  # one byte of the original content, inside the signed range
    tampered = folder / "adulterado.pdf"
    tampered.write_bytes(bytes(bad))
    return good, tampered


def pades(path, **kw):
    rows = process_file(str(path), "p", tables="off", **kw).rows
    return [s for s in rows["signatures"] if s["kind"] == "pades"]


def test_intact_signature(signed):
    (s,) = pades(signed[0])
    assert (s["name"], s["integrity_ok"], s["covers_whole_file"]) == ("FULANO DE TAL", True, True)
    assert s["signed_at"].utcoffset() == dt.timedelta(hours=-3)
    assert CPF not in s["cert_subject"] and CPF not in s["cert_issuer"]  # the e-CPF's CPF is masked
    assert "AC de teste seidou" in s["cert_issuer"]


def test_one_flipped_byte_breaks_integrity(signed):
    (s,) = pades(signed[1])
    assert s["integrity_ok"] is False


def test_unmasked_on_request(signed):
    (s,) = pades(signed[0], unmask_cpf=True)
    assert CPF in s["cert_subject"]


def test_unsigned_pdf_has_no_pades_rows():
    assert pades(FIXTURES / "sei_plano_trabalho_ac_4_2026.pdf") == []


@pytest.mark.parametrize(
    "raw",
    [
        b"<48656c6c6f> rest",
        b"<48 65\n6c 6c 6f>x",  # white space inside
        b"<486>",  # odd length: a 0 is appended
        b"<>",
        b"<48%c\n65>",  # a comment: pyHanko's reader skips it
        b"<4g>",  # not hex
        b"<4865",  # no end
    ],
)
def test_fast_hex_strings_read_like_pyhanko(raw):
    from pyhanko.pdf_utils import generic

    from seidou.io.pades import fast_hex_strings

    fast_hex_strings()
    fast = generic.read_hex_string_from_stream
    results = []
    for reader in (fast.original, fast):
        stream = io.BytesIO(raw)
        try:
            results.append((reader(stream), stream.tell()))
        except Exception as e:  # noqa: BLE001 - the same error type is part of the contract
            results.append(type(e).__name__)
    assert results[0] == results[1]


def test_fast_hex_strings_on_a_real_signature():
    # DOU Seção 2 2023-05-02 p. 94: signed by the Imprensa Nacional (the CMS blob is ~20 KB of hex)
    from seidou.io.pades import read_signatures

    sigs = read_signatures(FIXTURES / "dou_s2_2023_05_02_p94.pdf")
    assert sigs and all(s.subject and s.signed_at for s in sigs)


def test_encrypted_with_an_empty_user_password_is_read():
    # Adobe Sign's agreements are encrypted with an empty user password (owner restrictions only): every
    # viewer opens them, so their signature dictionaries are read after decrypting with "" (a general PDF fact)
    from seidou.io.pades import read_signatures

    from ..conftest import SHARED, SHARED_REASON

    path = SHARED / "corpus/real2/esig/unesco_acordo_parceiros_sa2800_2021_clara_amizade_adobe_sign_encrypted.pdf"
    if not path.exists():
        pytest.skip(SHARED_REASON)
    (sig,) = read_signatures(path)
    assert sig.name == "Adobe Sign, a Document Cloud solution"
    assert sig.certifies and sig.integrity_ok and sig.error is None
