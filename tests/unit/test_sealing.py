"""Sealing checklists and verifying them: a tampered seal is never reported intact."""

from __future__ import annotations

import asyncio
import io
import logging
import random
import re
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import keyring
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from acct_desktop.services.seal_keys import SealIdentity, SealKeyStore
from acct_desktop.services.sealing import EXIT_CODES, SealState, seal_pdf, verify_pdf
from tests.conftest import MemoryKeyring
from tests.zones import local_zone

TITLE = "Danh sách vấn đề · 问题清单 No. 2026-0042"
KEYWORDS = "issue checklist, Đà Nẵng, 华润万家"
BODY = ("Nguyễn Văn Đức · Cửa hàng Phường Đại Phúc", "华润万家 广州配送中心 返利 核销")
NEVER = (SealState.INTACT, SealState.UNKNOWN_KEY)  # what a tampered file must never be


@dataclass(frozen=True)
class Party:
    store: SealKeyStore
    signer: object
    roots: list
    fingerprint: str


def make_party(folder: Path, identity: SealIdentity) -> Party:
    """A real key in its own keyring; the unlocked signer outlives the keyring."""
    previous = keyring.get_keyring()
    keyring.set_keyring(MemoryKeyring())
    try:
        store = SealKeyStore(folder)
        info = store.create(identity)
        return Party(store, store.signer(), store.trust_roots(), info.fingerprint_sha256)
    finally:
        keyring.set_keyring(previous)


@pytest.fixture(scope="module")
def alice(tmp_path_factory: pytest.TempPathFactory) -> Party:
    folder = tmp_path_factory.mktemp("alice") / "seal"
    return make_party(folder, SealIdentity("Li Wei", "Acme Lubricants", "li.wei@acme.example"))


@pytest.fixture(scope="module")
def mallory(tmp_path_factory: pytest.TempPathFactory) -> Party:
    folder = tmp_path_factory.mktemp("mallory") / "seal"
    return make_party(folder, SealIdentity("Li Wei", "Acme Lubricants"))  # same name, other key


def checklist_pdf() -> bytes:
    """A small reportlab PDF like the checklists: embedded Unicode font, title, keywords."""
    from reportlab.pdfgen.canvas import Canvas

    from acct_desktop.reporting.fonts import register_unicode_font

    buffer = io.BytesIO()
    canvas = Canvas(buffer)
    canvas.setTitle(TITLE)
    canvas.setKeywords(KEYWORDS)
    canvas.setAuthor("Li Wei")
    canvas.setFont(register_unicode_font(), 12)
    for line, text in enumerate(BODY):
        canvas.drawString(72, 760 - 20 * line, text)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


@pytest.fixture(scope="module")
def plain() -> bytes:
    return checklist_pdf()


@dataclass(frozen=True)
class Sealed:
    data: bytes
    before: datetime
    after: datetime
    byte_range: tuple[int, int, int, int]

    @property
    def gap(self) -> range:
        """Offsets of the unsigned /Contents hex string, '<' and '>' included."""
        return range(self.byte_range[1], self.byte_range[2])


def byte_range(data: bytes) -> tuple[int, int, int, int]:
    match = re.search(rb"/ByteRange\s*\[\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s*\]", data)
    assert match
    a, b, c, d = (int(x) for x in match.groups())
    return a, b, c, d


@pytest.fixture(scope="module")
def sealed(plain: bytes, alice: Party) -> Sealed:
    before = datetime.now(UTC) - timedelta(seconds=1)
    data = seal_pdf(plain, alice.signer, reason="Issue checklist issued", location="Đà Nẵng")
    after = datetime.now(UTC) + timedelta(seconds=1)
    return Sealed(data, before, after, byte_range(data))


def flipped(data: bytes, offset: int, mask: int = 0x01) -> bytes:
    changed = bytearray(data)
    changed[offset] ^= mask
    return bytes(changed)


# -- sealing and a clean verification -----------------------------------------------------------


def test_a_sealed_checklist_verifies_intact_with_signer_time_and_document_info(
    sealed: Sealed, alice: Party
) -> None:
    report = verify_pdf(sealed.data, alice.roots)

    assert report.state is SealState.INTACT, report.detail
    assert (report.signer_name, report.organisation) == ("Li Wei", "Acme Lubricants")
    assert report.fingerprint_sha256 == alice.fingerprint
    assert report.signed_at is not None
    assert sealed.before <= report.signed_at <= sealed.after
    assert report.document_info["Title"] == TITLE
    assert report.document_info["Keywords"] == KEYWORDS
    assert report.document_info["Author"] == "Li Wei"
    assert report.exit_code == 0
    assert report.message.startswith("Sealed and intact: sealed by Li Wei (Acme Lubricants) on ")
    import hashlib

    assert report.file_sha256 == hashlib.sha256(sealed.data).hexdigest()


def test_the_verdict_tells_the_sealing_time_in_the_users_local_time(
    sealed: Sealed, alice: Party
) -> None:
    """In Shanghai the verdict said "02:49 (UTC)" while the window shows local times."""
    with local_zone("Asia/Shanghai"):
        report = verify_pdf(sealed.data, alice.roots)
        message = report.message
    local = report.signed_at.astimezone(ZoneInfo("Asia/Shanghai"))
    assert message == (
        f"Sealed and intact: sealed by Li Wei (Acme Lubricants) on {local:%Y-%m-%d %H:%M}."
    )
    assert "UTC" not in message


def test_the_sealed_pdf_still_reads_as_the_same_document(sealed: Sealed, plain: bytes) -> None:
    from pypdf import PdfReader

    assert sealed.data.startswith(plain)  # an incremental update: the original is untouched
    text = PdfReader(io.BytesIO(sealed.data)).pages[0].extract_text()
    for line in BODY:
        assert line.replace(" ", "") in text.replace(" ", "")


def test_bytes_like_input_is_accepted(sealed: Sealed, alice: Party) -> None:
    assert verify_pdf(bytearray(sealed.data), alice.roots).state is SealState.INTACT
    assert verify_pdf(memoryview(sealed.data), alice.roots).state is SealState.INTACT


def test_a_sealed_pdf_cannot_be_sealed_again(sealed: Sealed, alice: Party, mallory: Party) -> None:
    for signer in (alice.signer, mallory.signer):
        with pytest.raises(ValueError, match="already sealed"):
            seal_pdf(sealed.data, signer, reason="again")


def test_sealing_something_that_is_not_a_pdf_is_a_sentence(alice: Party) -> None:
    with pytest.raises(ValueError, match="not a readable PDF"):
        seal_pdf(b"plain text", alice.signer, reason="x")


# -- tampering: never intact ---------------------------------------------------------------------


def _positions(data: bytes, gap: range) -> dict[str, int]:
    br = re.search(rb"/ByteRange\s*\[\s*\d+\s+(\d+)", data)
    assert br
    # The CMS inside /Contents: its two version numbers are not covered by the signature.
    from asn1crypto import cms

    raw = bytes.fromhex(data[gap.start + 1 : gap.stop - 1].decode())
    signed_data = cms.ContentInfo.load(raw)["content"]
    signer_info = signed_data["signer_infos"][0]

    def low_nibble_of_version(body: bytes) -> int:
        # A body starts with its version INTEGER: 02 01 <v>; the low hex digit of <v>.
        return gap.start + 1 + 2 * (raw.index(body) + 2) + 1

    return {
        "cms-signed-data-version": low_nibble_of_version(signed_data.contents),
        "cms-signer-info-version": low_nibble_of_version(signer_info.contents),
        "content-stream-start": data.index(b"stream") + len(b"stream") + 3,
        "middle-of-file": len(data) // 2,
        "signature-contents": (gap.start + gap.stop) // 2,
        "signature-contents-first-digit": gap.start + 1,
        "signature-contents-padding": gap.stop - 3,
        "byte-range-numbers": br.start(1),
        "xref-table": data.rindex(b"xref") + len(b"xref") + 4,
        "startxref-offset": data.rindex(b"startxref") + len(b"startxref") + 2,
        "trailer-dictionary": data.rindex(b"trailer") + len(b"trailer") + 4,
        "last-byte": len(data) - 1,
    }


POSITION_NAMES = [
    "cms-signed-data-version",
    "cms-signer-info-version",
    "content-stream-start",
    "middle-of-file",
    "signature-contents",
    "signature-contents-first-digit",
    "signature-contents-padding",
    "byte-range-numbers",
    "xref-table",
    "startxref-offset",
    "trailer-dictionary",
    "last-byte",
]


@pytest.mark.parametrize("mask", [0x01, 0x20], ids=["bit0", "case-bit"])
@pytest.mark.parametrize("where", POSITION_NAMES)
def test_one_changed_byte_is_reported_modified(
    sealed: Sealed, alice: Party, where: str, mask: int
) -> None:
    offset = _positions(sealed.data, sealed.gap)[where]
    report = verify_pdf(flipped(sealed.data, offset, mask), alice.roots)
    assert report.state is SealState.MODIFIED, report.detail
    assert report.exit_code == 3
    assert report.signer_name is None  # facts from a modified file are not shown as true


def test_a_changed_pdf_header_is_never_intact(sealed: Sealed, alice: Party) -> None:
    for offset in range(5):
        assert verify_pdf(flipped(sealed.data, offset), alice.roots).state not in NEVER


def _incremental_update(data: bytes, change: str, other: Party) -> bytes:
    from pyhanko.pdf_utils import generic
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import fields, signers

    writer = IncrementalPdfFileWriter(io.BytesIO(data))
    if change == "second-signature":
        metadata = signers.PdfSignatureMetadata(field_name="Second", md_algorithm="sha256")
        return signers.PdfSigner(metadata, other.signer).sign_pdf(writer).getvalue()
    if change == "metadata":
        writer.document_meta.title = "A different title"
        writer.document_meta.keywords = ["changed"]
        writer.update_root()
    elif change == "empty-field":
        fields.append_signature_field(writer, fields.SigFieldSpec("Second"))
    elif change == "no-op":
        writer.update_root()
    elif change == "unhook-seal-field":
        acroform = writer.root["/AcroForm"]
        acroform["/Fields"] = generic.ArrayObject()
        writer.update_container(acroform)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


@pytest.mark.parametrize(
    "change", ["metadata", "empty-field", "no-op", "second-signature", "unhook-seal-field"]
)
def test_an_incremental_update_after_sealing_is_reported_modified(
    sealed: Sealed, alice: Party, mallory: Party, change: str
) -> None:
    changed = _incremental_update(sealed.data, change, mallory)
    assert changed.startswith(sealed.data)
    both = alice.roots + mallory.roots
    report = verify_pdf(changed, both)
    assert report.state is SealState.MODIFIED, report.detail


@pytest.mark.parametrize(
    "tail",
    [b"\n", b" ", b"%%EOF\n", b"%comment\n", bytes(range(256)), b"\n" + b"x" * 5000],
    ids=["newline", "space", "eof", "comment", "binary", "long-text"],
)
def test_bytes_appended_after_sealing_are_reported_modified(
    sealed: Sealed, alice: Party, tail: bytes
) -> None:
    report = verify_pdf(sealed.data + tail, alice.roots)
    assert report.state is SealState.MODIFIED, report.detail


def test_resealing_the_original_with_another_key_is_an_unknown_key(
    plain: bytes, alice: Party, mallory: Party
) -> None:
    forged = seal_pdf(plain, mallory.signer, reason="Issue checklist issued")

    report = verify_pdf(forged, alice.roots)
    assert report.state is SealState.UNKNOWN_KEY, report.detail
    assert report.exit_code == 5
    assert report.fingerprint_sha256 == mallory.fingerprint
    assert mallory.fingerprint in report.message
    assert report.message.startswith("Sealed by an unknown key: the seal is intact")

    trusted = verify_pdf(forged, alice.roots + mallory.roots)
    assert trusted.state is SealState.INTACT
    assert trusted.fingerprint_sha256 == mallory.fingerprint


def test_no_trust_roots_at_all_means_unknown_key(sealed: Sealed) -> None:
    assert verify_pdf(sealed.data, []).state is SealState.UNKNOWN_KEY


def test_a_signature_spliced_in_from_another_key_names_that_key(
    sealed: Sealed, alice: Party, mallory: Party
) -> None:
    """Mallory signs exactly Alice's signed bytes and swaps the /Contents: the verifier then
    reports Mallory's key (unknown), never an intact seal by Alice."""
    _, length, resume, _ = sealed.byte_range
    signed_bytes = sealed.data[:length] + sealed.data[resume:]
    cms = asyncio.run(mallory.signer.async_sign_general_data(signed_bytes, "sha256"))
    hex_signature = cms.dump().hex().upper().encode()
    room = resume - length - 2
    assert len(hex_signature) <= room
    contents = b"<" + hex_signature.ljust(room, b"0") + b">"
    spliced = sealed.data[:length] + contents + sealed.data[resume:]

    report = verify_pdf(spliced, alice.roots)
    assert report.state not in (SealState.INTACT,)
    if report.state is SealState.UNKNOWN_KEY:
        assert report.fingerprint_sha256 == mallory.fingerprint


@pytest.mark.parametrize(
    "cut", ["last-byte", "last-10", "after-contents", "before-contents", "half", "first-kilobyte"]
)
def test_a_truncated_sealed_file_is_never_intact(sealed: Sealed, alice: Party, cut: str) -> None:
    size = {
        "last-byte": len(sealed.data) - 1,
        "last-10": len(sealed.data) - 10,
        "after-contents": sealed.gap.stop,
        "before-contents": sealed.gap.start,
        "half": len(sealed.data) // 2,
        "first-kilobyte": 1024,
    }[cut]
    report = verify_pdf(sealed.data[:size], alice.roots)
    assert report.state not in NEVER, report.detail


def test_cutting_the_seal_off_leaves_the_unsealed_original(
    sealed: Sealed, plain: bytes, alice: Party
) -> None:
    assert verify_pdf(sealed.data[: len(plain)], alice.roots).state is SealState.NOT_SEALED


SIGNED_SETTINGS = settings(
    max_examples=40,
    deadline=None,
    derandomize=True,  # the same examples on every run: a CI failure can be reproduced
    suppress_health_check=[HealthCheck.function_scoped_fixture],  # the autouse keyring
)


@SIGNED_SETTINGS
@given(where=st.integers(min_value=0), mask=st.integers(min_value=1, max_value=255))
def test_any_changed_byte_in_the_signed_ranges_is_never_intact(
    sealed: Sealed, alice: Party, where: int, mask: int
) -> None:
    signed = [*range(0, sealed.gap.start), *range(sealed.gap.stop, len(sealed.data))]
    offset = signed[where % len(signed)]
    assert verify_pdf(flipped(sealed.data, offset, mask), alice.roots).state not in NEVER


@SIGNED_SETTINGS
@given(where=st.integers(min_value=0), mask=st.integers(min_value=1, max_value=255))
def test_any_changed_byte_in_the_signature_contents_is_never_intact(
    sealed: Sealed, alice: Party, where: int, mask: int
) -> None:
    offset = sealed.gap[where % len(sealed.gap)]
    assert verify_pdf(flipped(sealed.data, offset, mask), alice.roots).state not in NEVER


# -- not sealed, not a PDF -----------------------------------------------------------------------


def test_an_unsigned_pdf_is_not_sealed(plain: bytes, alice: Party) -> None:
    report = verify_pdf(plain, alice.roots)
    assert report.state is SealState.NOT_SEALED
    assert report.message == "Not sealed: this PDF carries no digital seal."
    assert report.exit_code == 4


@pytest.mark.parametrize(
    "content",
    [
        b"",
        b"  \n\t",
        random.Random(7).randbytes(4096),
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(200),
        b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(200),
        "Checklist 2026-0042\nNguyễn Văn Đức\n".encode(),
        b"%PDF-1.7\n" + random.Random(8).randbytes(2000),
        b"%PDF-1.4\n%%EOF\n",
    ],
    ids=["empty", "whitespace", "random", "png", "jpg", "text", "pdf-header-garbage", "pdf-stub"],
)
def test_something_that_is_not_a_readable_pdf_is_unreadable(content: bytes, alice: Party) -> None:
    report = verify_pdf(content, alice.roots)
    assert report.state is SealState.UNREADABLE, report.detail
    assert report.message.startswith("Not a readable PDF: ")
    assert report.exit_code == 6


def test_a_broken_pdf_with_a_signature_dictionary_counts_as_modified(alice: Party) -> None:
    content = b"%PDF-1.7\n1 0 obj << /Type /Sig /ByteRange [0 10 20 30] >>\n%%EOF\n"
    assert verify_pdf(content, alice.roots).state is SealState.MODIFIED


def test_non_bytes_input_does_not_raise(alice: Party) -> None:
    assert verify_pdf("not bytes", alice.roots).state is SealState.UNREADABLE  # type: ignore[arg-type]


def test_exit_codes_and_messages_are_distinct_per_state(
    sealed: Sealed, plain: bytes, alice: Party, mallory: Party
) -> None:
    assert set(EXIT_CODES) == set(SealState)
    assert len(set(EXIT_CODES.values())) == len(SealState)
    assert EXIT_CODES[SealState.INTACT] == 0
    reports = {
        verify_pdf(data, roots).state: verify_pdf(data, roots)
        for data, roots in [
            (sealed.data, alice.roots),
            (sealed.data + b"\n", alice.roots),
            (plain, alice.roots),
            (sealed.data, mallory.roots),
            (b"", alice.roots),
        ]
    }
    assert set(reports) == set(SealState)
    messages = [report.message for report in reports.values()]
    assert len(set(messages)) == len(messages)
    assert all(message.endswith(".") and len(message) > 20 for message in messages)


def test_verifying_a_bad_seal_logs_no_warnings_or_tracebacks(
    sealed: Sealed, mallory: Party, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    verify_pdf(sealed.data, mallory.roots)  # unknown key
    verify_pdf(flipped(sealed.data, sealed.gap.start + 1), mallory.roots)  # broken container
    loud = [r for r in caplog.records if r.levelno >= logging.WARNING or r.exc_info]
    assert loud == []


def test_trust_roots_may_be_given_as_pem_der_or_cryptography_certificates(
    sealed: Sealed, alice: Party
) -> None:
    from cryptography import x509

    pem = alice.store.certificate_pem()
    cert = x509.load_pem_x509_certificate(pem)
    for roots in ([pem], [alice.roots[0].dump()], [cert]):
        assert verify_pdf(sealed.data, roots).state is SealState.INTACT


def test_an_intact_seal_by_an_expired_trusted_certificate_is_not_intact(plain: bytes) -> None:
    """Sealed after the trusted certificate expired: UNKNOWN_KEY with the reason, not INTACT
    (path validation ignores a trust anchor's dates, so sealing checks them itself).
    EC P-256 on purpose: pyHanko seals with EC keys just as well."""
    from asn1crypto import keys as asn1_keys
    from asn1crypto import x509 as asn1_x509
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID
    from pyhanko.sign.signers import SimpleSigner
    from pyhanko_certvalidator.registry import SimpleCertificateStore

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Old Key")])
    now = datetime.now(UTC)
    usage = x509.KeyUsage(True, True, False, False, False, False, False, False, False)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - timedelta(days=30))
        .not_valid_after(now - timedelta(days=1))
        .add_extension(usage, critical=True)
        .sign(key, hashes.SHA256())
    )
    der = cert.public_bytes(serialization.Encoding.DER)
    signer = SimpleSigner(
        signing_cert=asn1_x509.Certificate.load(der),
        signing_key=asn1_keys.PrivateKeyInfo.load(
            key.private_bytes(
                serialization.Encoding.DER,
                serialization.PrivateFormat.PKCS8,
                serialization.NoEncryption(),
            )
        ),
        cert_registry=SimpleCertificateStore(),
        embed_roots=False,
    )
    report = verify_pdf(seal_pdf(plain, signer, reason="old"), [cert])
    assert report.state is SealState.UNKNOWN_KEY, report.detail
    assert report.note
    assert report.message.startswith("Sealed by a key that is not trusted: the seal is intact")
    assert "outside the certificate's validity" in report.message
