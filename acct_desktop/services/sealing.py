"""Seal a checklist PDF (PAdES B-B with pyHanko) and tell whether a sealed PDF is intact.

A checklist is sealed once, as the very last step, so the verifier is deliberately stricter
than a general-purpose PDF reader: a second signature, or *anything* appended after the seal
(even an incremental update a PDF reader would call harmless) counts as modified. It also
insists that the signature container is exactly in the shape ``seal_pdf`` writes it (see
``_container_problems``): the bytes of ``/Contents`` are not covered by the signature, and
without that check a changed byte there could go unnoticed.

Everything works offline: no timestamp server, no certificate fetching, no revocation check
(the seal certificates are self-signed and trusted by explicit import, see ``seal_keys``).
pyHanko is imported where first used because it is slow to import.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import logging
import re
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from enum import StrEnum
from typing import TYPE_CHECKING, Any

from acct_desktop.domain.sentences import QT_TRANSLATE_NOOP, Moment, Sentence, bracketed

if TYPE_CHECKING:
    from pyhanko.sign.signers import Signer

DOCUMENT_INFO_KEYS = ("Title", "Author", "Subject", "Keywords")
# PDF allows junk before the header; readers look for it in the first kilobyte.
HEADER_WINDOW = 1024
_SIGNATURE_DICT = re.compile(rb"/ByteRange\s*\[")
_HEX_CONTENTS = re.compile(rb"<([0-9A-Fa-f]*)>")
_DAMAGED = Sentence.of(QT_TRANSLATE_NOOP("messages", "the file is damaged"))


class SealState(StrEnum):
    INTACT = "intact"
    MODIFIED = "modified"
    NOT_SEALED = "not_sealed"
    UNKNOWN_KEY = "unknown_key"
    UNREADABLE = "unreadable"


EXIT_CODES: dict[SealState, int] = {
    SealState.INTACT: 0,
    SealState.MODIFIED: 3,
    SealState.NOT_SEALED: 4,
    SealState.UNKNOWN_KEY: 5,
    SealState.UNREADABLE: 6,
}


@dataclass(frozen=True)
class VerificationReport:
    """What ``verify_pdf`` found. Signer facts are only filled in when the seal is intact
    (INTACT or UNKNOWN_KEY): for a modified file they could be forged."""

    state: SealState
    signer_name: str | None
    organisation: str | None
    fingerprint_sha256: str | None
    signed_at: datetime | None
    document_info: dict[str, str]
    file_sha256: str
    detail: str
    # Plain-language reason used in ``message``: why a file is unreadable, or why an
    # intact seal by an imported certificate is still not trusted (e.g. expired).
    note: str | None = field(default=None)

    @property
    def message(self) -> str:
        """One sentence for the user."""
        if self.state is SealState.INTACT:
            by = self._signer()
            if self.signed_at is None:
                return Sentence.of(
                    QT_TRANSLATE_NOOP("messages", "Sealed and intact: sealed by %1."), by
                )
            return Sentence.of(
                QT_TRANSLATE_NOOP("messages", "Sealed and intact: sealed by %1 on %2."),
                by,
                Moment(self.signed_at.astimezone()),  # the user's local time, their way
            )
        if self.state is SealState.MODIFIED:
            return QT_TRANSLATE_NOOP(
                "messages",
                "Modified after sealing: the file was changed or had content appended after "
                "it was sealed — do not trust it.",
            )
        if self.state is SealState.NOT_SEALED:
            return QT_TRANSLATE_NOOP("messages", "Not sealed: this PDF carries no digital seal.")
        if self.state is SealState.UNKNOWN_KEY:
            who: str = ", ".join(x for x in (self.signer_name, self.organisation) if x)
            if not who:
                who = Sentence.of(QT_TRANSLATE_NOOP("messages", "unnamed"))
            if self.note:
                return Sentence.of(
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "Sealed by a key that is not trusted: the seal is intact, but the "
                        "certificate (%1, fingerprint %2) did not pass validation: %3.",
                    ),
                    who,
                    self.fingerprint_sha256,
                    self.note,
                )
            return Sentence.of(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "Sealed by an unknown key: the seal is intact but was made by a certificate "
                    "you have not imported as trusted (%1, fingerprint %2).",
                ),
                who,
                self.fingerprint_sha256,
            )
        note = self.note or Sentence.of(QT_TRANSLATE_NOOP("messages", "the file could not be read"))
        return Sentence.of(QT_TRANSLATE_NOOP("messages", "Not a readable PDF: %1."), note)

    def _signer(self) -> str:
        """Who sealed it, as the intact verdict names them (organisation in brackets)."""
        if self.signer_name:
            return (
                bracketed(self.signer_name, self.organisation)
                if self.organisation
                else self.signer_name
            )
        if self.organisation:
            return Sentence.of(
                QT_TRANSLATE_NOOP("messages", "an unnamed signer (%1)"), self.organisation
            )
        return Sentence.of(QT_TRANSLATE_NOOP("messages", "an unnamed signer"))

    @property
    def exit_code(self) -> int:
        return EXIT_CODES[self.state]


def seal_pdf(
    pdf: bytes,
    signer: Signer,
    *,
    reason: str,
    location: str | None = None,
    field_name: str = "Seal",
    contact: str | None = None,
) -> bytes:
    """Return ``pdf`` with an invisible PAdES B-B seal appended as an incremental update.

    Raises ValueError when ``pdf`` is not a readable PDF or is already sealed.
    """
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign import signers
    from pyhanko.sign.fields import SigSeedSubFilter

    try:
        already_sealed = bool(PdfFileReader(io.BytesIO(pdf)).embedded_signatures)
    except Exception as exc:
        raise ValueError(
            Sentence.of(
                QT_TRANSLATE_NOOP(
                    "messages", "This file is not a readable PDF, so it cannot be sealed (%1)."
                ),
                exc,
            )
        ) from exc
    if already_sealed:
        raise ValueError(
            QT_TRANSLATE_NOOP(
                "messages",
                "This PDF is already sealed; a checklist is sealed once, as its last step.",
            )
        )
    metadata = signers.PdfSignatureMetadata(
        field_name=field_name,
        reason=reason,
        location=location,
        contact_info=contact,
        md_algorithm="sha256",
        subfilter=SigSeedSubFilter.PADES,
    )
    writer = IncrementalPdfFileWriter(io.BytesIO(pdf))
    output = signers.PdfSigner(metadata, signer).sign_pdf(writer)
    return output.getvalue()


def verify_pdf(data: bytes, trust_roots: list) -> VerificationReport:
    """Check a sealed PDF against ``trust_roots`` (asn1crypto certificates).

    Never raises: every failure maps to a state, strictest first (unreadable, modified,
    not sealed, unknown key, intact).
    """
    # Imported outside the catch-all below: a broken installation must fail loudly, not
    # make every file look modified or unreadable.
    pyhanko = _load_pyhanko()
    roots = [_as_certificate(root) for root in trust_roots]  # a caller's bug raises here
    try:
        data = bytes(data)
        digest = hashlib.sha256(data).hexdigest()
    except Exception as exc:  # not bytes-like at all
        return _report(SealState.UNREADABLE, "", f"{type(exc).__name__}: {exc}", note=str(exc))
    try:
        with _quiet.during_verification():
            return _verify(data, roots, digest, pyhanko)
    except Exception as exc:
        # pyHanko (or asn1crypto) choked on the file. If it carries a signature dictionary,
        # a damaged seal is a modified seal; otherwise it is simply an unreadable PDF.
        detail = f"{type(exc).__name__}: {exc}"
        if _SIGNATURE_DICT.search(data):
            return _report(SealState.MODIFIED, digest, detail)
        return _report(SealState.UNREADABLE, digest, detail, note=_DAMAGED)


@dataclass(frozen=True)
class _PyHanko:
    """The few pyHanko names the verifier needs, imported once on first use."""

    PdfFileReader: Any
    ENTIRE_FILE: Any
    validate_pdf_signature: Any
    ValidationContext: Any
    ContentInfo: Any


def _load_pyhanko() -> _PyHanko:
    from asn1crypto.cms import ContentInfo
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko.sign.validation.status import SignatureCoverageLevel
    from pyhanko_certvalidator import ValidationContext

    return _PyHanko(
        PdfFileReader=PdfFileReader,
        ENTIRE_FILE=SignatureCoverageLevel.ENTIRE_FILE,
        validate_pdf_signature=validate_pdf_signature,
        ValidationContext=ValidationContext,
        ContentInfo=ContentInfo,
    )


def _verify(data: bytes, trust_roots: list, digest: str, ph: _PyHanko) -> VerificationReport:
    if not data.strip():
        return _report(
            SealState.UNREADABLE,
            digest,
            "empty input",
            note=Sentence.of(QT_TRANSLATE_NOOP("messages", "the file is empty")),
        )
    if b"%PDF-" not in data[:HEADER_WINDOW]:
        return _report(
            SealState.UNREADABLE,
            digest,
            f"no %PDF- header; starts with {data[:16]!r}",
            note=Sentence.of(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "it has no PDF header (it may be an image, a text file or another document)",
                )
            ),
        )
    has_signature_dict = _SIGNATURE_DICT.search(data) is not None
    try:
        reader = ph.PdfFileReader(io.BytesIO(data))
        signatures = reader.embedded_signatures
    except Exception as exc:
        detail = f"{type(exc).__name__}: {exc}"
        if has_signature_dict:
            return _report(SealState.MODIFIED, digest, detail)
        return _report(SealState.UNREADABLE, digest, detail, note=_DAMAGED)
    if not signatures:
        if has_signature_dict:
            # A signature dictionary no form field points at: the seal was unhooked.
            return _report(
                SealState.MODIFIED, digest, "signature dictionary present but no signed field"
            )
        return _report(SealState.NOT_SEALED, digest, "no signature fields with a value")
    if len(signatures) > 1:
        names = ", ".join(sig.field_name for sig in signatures)
        return _report(SealState.MODIFIED, digest, f"{len(signatures)} signatures: {names}")

    embedded = signatures[0]
    context = ph.ValidationContext(
        trust_roots=trust_roots, allow_fetching=False, revocation_mode="soft-fail"
    )
    # skip_diff: the diff analysis judges what an incremental update after the signature
    # changed; any such update is already fatal here (coverage must be the entire file).
    status = ph.validate_pdf_signature(embedded, context, skip_diff=True)
    summary = f"pyHanko: {status.summary()}; coverage {status.coverage}"
    if not (status.intact and status.valid):
        return _report(SealState.MODIFIED, digest, f"signature does not check out; {summary}")
    if status.coverage != ph.ENTIRE_FILE:
        return _report(SealState.MODIFIED, digest, f"data after the signed revision; {summary}")
    problems = _container_problems(data, embedded, ph.ContentInfo)
    if problems:
        return _report(SealState.MODIFIED, digest, f"{problems}; {summary}")

    cert = status.signing_cert
    subject = cert.subject.native
    fingerprint = hashlib.sha256(cert.dump()).hexdigest()
    signed_at = status.signer_reported_dt
    facts: dict[str, Any] = {
        "signer_name": _text(subject.get("common_name")),
        "organisation": _text(subject.get("organization_name")),
        "fingerprint_sha256": fingerprint,
        "signed_at": signed_at.astimezone(UTC) if signed_at else None,
        "document_info": _document_info(reader, embedded.signed_revision),
    }
    if not status.bottom_line:
        known = any(hashlib.sha256(root.dump()).hexdigest() == fingerprint for root in trust_roots)
        note = _trust_problem(status) if known else None
        return _report(SealState.UNKNOWN_KEY, digest, summary, note=note, **facts)
    outside = _outside_validity(cert, facts["signed_at"])
    if outside:
        return _report(
            SealState.UNKNOWN_KEY, digest, f"{outside}; {summary}", note=outside, **facts
        )
    return _report(SealState.INTACT, digest, summary, **facts)


def _outside_validity(cert: Any, signed_at: datetime | None) -> str | None:
    """Path validation never checks a trust anchor's dates, and our seal certificates are
    their own anchors. So check them here, against the time the seal reports (the only time
    an offline seal has): a seal made with an expired or not-yet-valid certificate is not
    trusted, while an old seal made in time stays intact after the certificate expires."""
    if signed_at is None:
        return None
    valid = cert["tbs_certificate"]["validity"]
    not_before, not_after = valid["not_before"].native, valid["not_after"].native
    if not_before <= signed_at <= not_after:
        return None
    return Sentence.of(  # days where the user is, as every date shown
        QT_TRANSLATE_NOOP(
            "messages", "it was sealed on %1, outside the certificate's validity (%2 to %3)"
        ),
        signed_at.astimezone().date(),
        not_before.astimezone().date(),
        not_after.astimezone().date(),
    )


def _as_certificate(root: Any) -> Any:
    """An asn1crypto certificate from one (asn1crypto, ``cryptography``, DER or PEM bytes)."""
    from asn1crypto import pem
    from asn1crypto import x509 as asn1_x509

    if isinstance(root, asn1_x509.Certificate):
        return root
    if hasattr(root, "public_bytes"):  # a cryptography certificate
        from cryptography.hazmat.primitives.serialization import Encoding

        return asn1_x509.Certificate.load(root.public_bytes(Encoding.DER))
    if isinstance(root, bytes):
        der = pem.unarmor(root)[2] if pem.detect(root) else root
        return asn1_x509.Certificate.load(der)
    raise TypeError(f"A trust root must be a certificate, not {type(root).__name__}.")


def _container_problems(data: bytes, embedded: Any, content_info: Any) -> str | None:
    """Why the signature container is not exactly as ``seal_pdf`` writes it, or None.

    ``/Contents`` is the one part of the file the signature cannot cover, and parts of the
    CMS inside it are unsigned too (the certificate set, the outer algorithm lists, the
    zero padding, the hex letter case). Requiring one canonical shape means any changed
    byte there is reported as a modification instead of slipping through.
    """
    start, length, resume, tail = (int(x) for x in embedded.byte_range)
    if start != 0 or resume + tail != len(data):
        # pyHanko's ENTIRE_FILE already implies this; kept explicit because "nothing after
        # the seal" is the rule this module exists to enforce.
        return "the signed byte range is not the whole file"
    match = _HEX_CONTENTS.fullmatch(data[length:resume])
    if match is None:
        return "the unsigned gap is not exactly one hex string"
    hex_digits = match.group(1)
    if hex_digits not in (hex_digits.upper(), hex_digits.lower()):
        return "signature hex string mixes upper and lower case"
    raw = bytes.fromhex(hex_digits.decode("ascii"))
    der = content_info.load(raw).dump()  # the bytes the first DER element occupies
    if any(raw[len(der) :]):
        return "non-zero bytes after the signature in /Contents"
    if content_info.load(der, strict=True).dump(force=True) != der:
        return "signature is not in canonical DER"
    signed_data = embedded.signed_data
    signer_info = embedded.signer_info
    signer_cert = embedded.signer_cert
    certificates = signed_data["certificates"]
    if len(signed_data["signer_infos"]) != 1:
        return "more than one signer in the signature"
    # RFC 5652 fixes both version numbers for this shape (id-data content, X.509 certificates
    # only); pyHanko does not look at them, so a changed version would otherwise pass.
    expected_version = "v1" if signer_info["sid"].name == "issuer_and_serial_number" else "v3"
    if (signed_data["version"].native, signer_info["version"].native) != (
        expected_version,
        expected_version,
    ):
        return "unexpected CMS version numbers"
    if [alg.dump() for alg in signed_data["digest_algorithms"]] != [
        signer_info["digest_algorithm"].dump()
    ]:
        return "digest algorithm list does not match the signer's"
    encapsulated = signed_data["encap_content_info"]
    if encapsulated["content_type"].native != "data" or encapsulated["content"].native:
        return "unexpected encapsulated content"
    if len(certificates) != 1 or certificates[0].chosen.dump() != signer_cert.dump():
        return "the certificate set is not exactly the signing certificate"
    if signed_data["crls"].native or signer_info["unsigned_attrs"].native:
        return "unsigned data inside the signature"
    try:
        signature_hash = signer_info["signature_algorithm"].hash_algo
    except ValueError:
        return "signature algorithm does not name its hash"
    if signature_hash != signer_info["digest_algorithm"]["algorithm"].native:
        return "signature and digest algorithms disagree"
    if not _signing_certificate_bound(signer_info, signer_cert):
        return "signed attributes do not name the embedded certificate"
    return None


def _signing_certificate_bound(signer_info: Any, cert: Any) -> bool:
    """PAdES binds the signer's certificate through the signed signing-certificate-v2
    attribute; check the embedded certificate is the one named there."""
    for attribute in signer_info["signed_attrs"]:
        if attribute["type"].native == "signing_certificate_v2":
            cert_id = attribute["values"][0]["certs"][0]
            algorithm = cert_id["hash_algorithm"]["algorithm"].native
            actual = hashlib.new(algorithm, cert.dump()).digest()
            return actual == cert_id["cert_hash"].native
    return False


def _document_info(reader: Any, revision: int) -> dict[str, str]:
    """Title/Author/Subject/Keywords as they were in the signed revision."""
    trailer = reader.get_historical_resolver(revision).trailer_view
    if "/Info" not in trailer:
        return {}
    info = trailer["/Info"].get_object()
    result = {}
    for key in DOCUMENT_INFO_KEYS:
        value = info.get(f"/{key}")
        if value is not None:
            result[key] = str(value.get_object())
    return result


def _trust_problem(status: Any) -> str:
    indication = status.trust_problem_indic
    name = getattr(indication, "name", str(indication)).lower().replace("_", " ")
    if indication:
        return Sentence.of(QT_TRANSLATE_NOOP("messages", "pyHanko reports %1"), name)
    return Sentence.of(QT_TRANSLATE_NOOP("messages", "the certificate was not accepted"))


def _text(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, list | tuple):  # multi-valued RDNs
        return ", ".join(str(v) for v in value)
    return str(value)


def _report(
    state: SealState,
    digest: str,
    detail: str,
    *,
    note: str | None = None,
    signer_name: str | None = None,
    organisation: str | None = None,
    fingerprint_sha256: str | None = None,
    signed_at: datetime | None = None,
    document_info: dict[str, str] | None = None,
) -> VerificationReport:
    return VerificationReport(
        state=state,
        signer_name=signer_name,
        organisation=organisation,
        fingerprint_sha256=fingerprint_sha256,
        signed_at=signed_at,
        document_info=document_info or {},
        file_sha256=digest,
        detail=detail,
        note=note,
    )


class _QuietPyHanko(logging.Filter):
    """pyHanko logs what it finds in a damaged or untrusted file as WARNINGs with tracebacks.
    The report already says it in a sentence, and with no handlers configured (the CLI)
    Python would print those tracebacks on the user's terminal. While this thread is inside
    ``verify_pdf``, such records are demoted to DEBUG without the traceback; pyHanko's
    logging elsewhere is untouched."""

    def __init__(self) -> None:
        super().__init__()
        self.active = threading.local()
        self.installed: set[str] = set()

    def filter(self, record: logging.LogRecord) -> bool:
        if getattr(self.active, "depth", 0):
            record.levelno, record.levelname = logging.DEBUG, "DEBUG"
            record.exc_info, record.exc_text = None, None
        return True

    @contextlib.contextmanager
    def during_verification(self) -> Iterator[None]:
        # Logger filters do not apply to records from child loggers, so every pyHanko
        # logger gets the filter (new ones appear as pyHanko imports more modules).
        for name in list(logging.root.manager.loggerDict):
            top = name.split(".")[0]
            if top in {"pyhanko", "pyhanko_certvalidator"} and name not in self.installed:
                logging.getLogger(name).addFilter(self)
                self.installed.add(name)
        self.active.depth = getattr(self.active, "depth", 0) + 1
        try:
            yield
        finally:
            self.active.depth -= 1


_quiet = _QuietPyHanko()
