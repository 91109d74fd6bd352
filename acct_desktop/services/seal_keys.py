"""The manager's seal key: an encrypted private key, its self-signed certificate, and the
certificates of colleagues whose seals this installation trusts.

Layout of the key folder (e.g. ``data_dir() / "seal"``)::

    certificate.pem          own certificate (PEM); the commit point of ``create``
    key-<fingerprint>.pem    own private key, PKCS#8 PEM encrypted with a random passphrase
    trusted/<fingerprint>.pem  imported certificates

The passphrase lives only in the OS keyring (service ``acct-desktop``, user
``seal-key:<fingerprint>``): never in a file, the settings or the database. Naming the key
file after the certificate's fingerprint makes ``create`` crash-safe: the key is written
first, the certificate last, so a crash leaves either the old pair or an orphan key file that
no certificate points at — never a certificate with the wrong key.

RSA 3072 is used rather than EC P-256: it takes ~0.1-0.3 s here, which is fine for a key
made once per user, and RSA seals open in every PDF reader, including old Adobe versions.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import os
import re
import secrets
import tempfile
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.x509.oid import NameOID

from acct_desktop.domain.sentences import QT_TRANSLATE_NOOP, Sentence, file_problem

if TYPE_CHECKING:
    from asn1crypto import x509 as asn1_x509
    from pyhanko.sign.signers import SimpleSigner

log = logging.getLogger(__name__)

KEYRING_SERVICE = "acct-desktop"
CERTIFICATE_FILE = "certificate.pem"
TRUSTED_FOLDER = "trusted"
RSA_KEY_BITS = 3072
VALIDITY = timedelta(days=3653)  # ten years, leap days included
# Certificates start an hour in the past so a slightly slow clock elsewhere does not make a
# fresh seal look "not yet valid".
BACKDATE = timedelta(hours=1)
MAX_NAME_LENGTH = 64  # X.520 upper bound for CN and O; longer names are rejected by X.509
_FINGERPRINT = re.compile(r"^[0-9a-f]{64}$")


class SealKeyUnavailable(Exception):
    """The seal key cannot be created or used; the message tells the user what to do."""


class CertificateImportError(ValueError):
    """A file offered as a certificate is not one (or cannot be read)."""


@dataclass(frozen=True)
class SealIdentity:
    name: str
    organisation: str
    email: str | None = None


@dataclass(frozen=True)
class CertificateInfo:
    subject_name: str
    organisation: str | None
    email: str | None
    fingerprint_sha256: str
    valid_from: datetime
    valid_to: datetime
    self_signed: bool


@dataclass(frozen=True)
class NewSealKey:
    """What ``replace_key`` did: the new certificate, and the one it replaced (now trusted)."""

    certificate: CertificateInfo
    previous: CertificateInfo | None


# Where the user makes a new key, named in every refusal that asks for one. Earlier seals
# stay verifiable only while the old certificate can be read: ``create`` keeps it trusted.
_CREATE_NEW_KEY = QT_TRANSLATE_NOOP(
    "messages",
    "Create a new seal key under Tools → New seal key… (or run `acct-desktop seal new-key`); "
    "documents sealed earlier stay verifiable.",
)
_CREATE_NEW_KEY_ONLY = QT_TRANSLATE_NOOP(
    "messages",
    "Create a new seal key under Tools → New seal key… (or run `acct-desktop seal new-key`).",
)


def keyring_username(fingerprint_sha256: str) -> str:
    """The keyring entry holding the passphrase of the key certified by this fingerprint."""
    return f"seal-key:{fingerprint_sha256}"


def normalise_fingerprint(fingerprint: str) -> str:
    """Lower-case hex without separators; ValueError for anything that is not a SHA-256."""
    value = fingerprint.strip().lower().replace(":", "").replace(" ", "")
    if not _FINGERPRINT.match(value):
        raise ValueError(
            Sentence.of(
                QT_TRANSLATE_NOOP("messages", "“%1” is not a SHA-256 certificate fingerprint."),
                fingerprint,
            )
        )
    return value


def grouped_fingerprint(fingerprint_sha256: str) -> str:
    """``AB:CD:…``: the fingerprint as people compare it by eye or read it out."""
    hex_digest = normalise_fingerprint(fingerprint_sha256)
    return ":".join(hex_digest[i : i + 2] for i in range(0, len(hex_digest), 2)).upper()


def fingerprint_of(cert: x509.Certificate) -> str:
    return hashlib.sha256(cert.public_bytes(serialization.Encoding.DER)).hexdigest()


def certificate_info(cert: x509.Certificate) -> CertificateInfo:
    """The facts about a certificate that the GUI and the verifier show."""
    return CertificateInfo(
        subject_name=_attribute(cert.subject, NameOID.COMMON_NAME) or cert.subject.rfc4514_string(),
        organisation=_attribute(cert.subject, NameOID.ORGANIZATION_NAME),
        email=_attribute(cert.subject, NameOID.EMAIL_ADDRESS),
        fingerprint_sha256=fingerprint_of(cert),
        valid_from=cert.not_valid_before_utc,
        valid_to=cert.not_valid_after_utc,
        self_signed=_is_self_signed(cert),
    )


def load_certificate(data: bytes) -> x509.Certificate:
    """Parse one certificate from PEM or DER bytes (the first one of a PEM bundle)."""
    if b"-----BEGIN" in data:
        return x509.load_pem_x509_certificate(data)
    return x509.load_der_x509_certificate(data)


class SealKeyStore:
    """Creates and unlocks the seal key; keeps the list of trusted certificates."""

    def __init__(self, folder: Path) -> None:
        self.folder = Path(folder)

    # -- own key and certificate ------------------------------------------------------------

    @property
    def certificate_path(self) -> Path:
        return self.folder / CERTIFICATE_FILE

    def key_path(self, fingerprint_sha256: str) -> Path:
        return self.folder / f"key-{fingerprint_sha256}.pem"

    def exists(self) -> bool:
        """True when a certificate and the key file it names are both present."""
        try:
            cert = self._own_certificate()
        except SealKeyUnavailable:
            return False
        return self.key_path(fingerprint_of(cert)).is_file()

    def create(self, identity: SealIdentity) -> CertificateInfo:
        """Make a new key and self-signed certificate, replacing any previous one.

        The previous certificate (if any) is added to the trusted list first, so seals made
        with it keep verifying as intact. Raises SealKeyUnavailable, leaving no key file,
        when the keyring will not keep the passphrase.
        """
        _check_identity(identity)
        key = rsa.generate_private_key(public_exponent=65537, key_size=RSA_KEY_BITS)
        cert = _self_signed_certificate(key, identity)
        fingerprint = fingerprint_of(cert)
        passphrase = secrets.token_urlsafe(32)
        _store_passphrase(fingerprint, passphrase)
        previous = self._own_certificate_or_none()
        try:
            self.folder.mkdir(parents=True, exist_ok=True, mode=0o700)
            encrypted = key.private_bytes(
                serialization.Encoding.PEM,
                serialization.PrivateFormat.PKCS8,
                serialization.BestAvailableEncryption(passphrase.encode()),
            )
            if previous is not None:
                self._write_trusted(previous)
            _atomic_write(self.key_path(fingerprint), encrypted)
            # The commit point: from here on the new key is the seal key.
            _atomic_write(self.certificate_path, cert.public_bytes(serialization.Encoding.PEM))
        except BaseException:
            with contextlib.suppress(OSError):
                self.key_path(fingerprint).unlink()
            _forget_passphrase(fingerprint)
            raise
        self._remove_stale_keys(keep=fingerprint)
        return certificate_info(cert)

    def replace_key(self, identity: SealIdentity) -> NewSealKey:
        """A new key and certificate in place of the current one: when the old key can no
        longer be unlocked (its passphrase is gone from the keyring, its file damaged) or
        should not be used any more.

        The old certificate stays in the trusted list (see ``create``), so documents sealed
        with it still verify as intact here; the old private key is deleted.
        """
        previous = self._own_certificate_or_none()
        created = self.create(identity)
        return NewSealKey(created, certificate_info(previous) if previous is not None else None)

    def ensure(self, identity: SealIdentity) -> CertificateInfo:
        """The existing certificate, or a new key and certificate on first use."""
        if self.exists():
            return self.certificate()
        return self.create(identity)

    def certificate(self) -> CertificateInfo:
        """Facts about the own certificate; SealKeyUnavailable when there is none yet."""
        return certificate_info(self._own_certificate())

    def certificate_pem(self) -> bytes:
        """The own certificate as PEM (public: safe to hand to colleagues)."""
        return self._own_certificate().public_bytes(serialization.Encoding.PEM)

    def export_certificate(self, path: Path) -> None:
        """Write the own certificate to ``path``: PEM for .pem/.crt, DER for .cer/.der."""
        cert = self._own_certificate()
        suffix = Path(path).suffix.lower()
        if suffix in {".pem", ".crt"}:
            data = cert.public_bytes(serialization.Encoding.PEM)
        elif suffix in {".cer", ".der"}:
            data = cert.public_bytes(serialization.Encoding.DER)
        else:
            raise ValueError(
                Sentence.of(
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "Certificates can be exported as .pem, .crt, .cer or .der files, not “%1”.",
                    ),
                    suffix,
                )
            )
        _atomic_write(Path(path), data, mode=0o644)

    def signer(self) -> SimpleSigner:
        """A pyHanko signer for the own key, unlocked with the passphrase from the keyring.

        Raises SealKeyUnavailable when there is no key, the keyring is locked or absent, or
        the passphrase is missing or wrong. There is no fallback: no seal without the key.
        """
        from asn1crypto import keys as asn1_keys
        from asn1crypto import x509 as asn1_x509
        from pyhanko.sign.signers import SimpleSigner
        from pyhanko_certvalidator.registry import SimpleCertificateStore

        cert = self._own_certificate()
        fingerprint = fingerprint_of(cert)
        try:
            encrypted = self.key_path(fingerprint).read_bytes()
        except OSError as exc:
            raise SealKeyUnavailable(
                Sentence.of(
                    QT_TRANSLATE_NOOP(
                        "messages", "The seal key file is missing or unreadable (%1). %2"
                    ),
                    file_problem(exc),
                    Sentence.of(_CREATE_NEW_KEY),
                )
            ) from exc
        passphrase = _load_passphrase(fingerprint)
        try:
            key = serialization.load_pem_private_key(encrypted, password=passphrase.encode())
        except (TypeError, ValueError) as exc:
            # TypeError: the file is not encrypted. It is refused rather than used, because a
            # seal key must never sit on disk in the clear.
            raise SealKeyUnavailable(
                Sentence.of(
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "The seal key could not be unlocked with the passphrase stored in the "
                        "system keyring (the key file was replaced or damaged). %1",
                    ),
                    Sentence.of(_CREATE_NEW_KEY),
                )
            ) from exc
        if key.public_key().public_numbers() != cert.public_key().public_numbers():
            raise SealKeyUnavailable(
                Sentence.of(
                    QT_TRANSLATE_NOOP(
                        "messages", "The seal key does not belong to the seal certificate. %1"
                    ),
                    Sentence.of(_CREATE_NEW_KEY),
                )
            )
        # The decrypted key exists only in memory, handed straight to pyHanko.
        key_info = asn1_keys.PrivateKeyInfo.load(
            key.private_bytes(
                serialization.Encoding.DER,
                serialization.PrivateFormat.PKCS8,
                serialization.NoEncryption(),
            )
        )
        signing_cert = asn1_x509.Certificate.load(cert.public_bytes(serialization.Encoding.DER))
        # An empty registry: the CMS then carries the signing certificate exactly once, which
        # keeps the signature container small and lets the verifier insist on that shape.
        return SimpleSigner(
            signing_cert=signing_cert,
            signing_key=key_info,
            cert_registry=SimpleCertificateStore(),
            embed_roots=False,
        )

    # -- trusted certificates ---------------------------------------------------------------

    @property
    def trusted_folder(self) -> Path:
        return self.folder / TRUSTED_FOLDER

    def import_trusted(self, path: Path) -> CertificateInfo:
        """Trust the certificate in ``path`` (PEM or DER); importing it again is harmless."""
        try:
            data = Path(path).read_bytes()
        except OSError as exc:
            raise CertificateImportError(
                Sentence.of(
                    QT_TRANSLATE_NOOP("messages", "The file %1 could not be read (%2)."),
                    Path(path).name,
                    file_problem(exc),
                )
            ) from exc
        try:
            cert = load_certificate(data)
        except ValueError as exc:
            raise CertificateImportError(
                Sentence.of(
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "The file %1 is not a certificate. Ask the sender for their seal "
                        "certificate as a .pem, .crt, .cer or .der file.",
                    ),
                    Path(path).name,
                )
            ) from exc
        self._write_trusted(cert)
        return certificate_info(cert)

    def trusted(self) -> list[CertificateInfo]:
        """Imported certificates, sorted by subject name."""
        infos = [certificate_info(cert) for cert in self._trusted_certificates()]
        return sorted(
            infos, key=lambda info: (info.subject_name.casefold(), info.fingerprint_sha256)
        )

    def remove_trusted(self, fingerprint: str) -> None:
        """Stop trusting a certificate; removing one that is not there does nothing."""
        path = self.trusted_folder / f"{normalise_fingerprint(fingerprint)}.pem"
        with contextlib.suppress(FileNotFoundError):
            path.unlink()

    def trust_roots(self) -> list[asn1_x509.Certificate]:
        """asn1crypto certificates for pyHanko's validator: own (if any) plus imported."""
        from asn1crypto import x509 as asn1_x509

        certs = self._trusted_certificates()
        own = self._own_certificate_or_none()
        if own is not None:
            certs.insert(0, own)
        seen: set[str] = set()
        roots = []
        for cert in certs:
            fingerprint = fingerprint_of(cert)
            if fingerprint not in seen:
                seen.add(fingerprint)
                roots.append(
                    asn1_x509.Certificate.load(cert.public_bytes(serialization.Encoding.DER))
                )
        return roots

    # -- internals --------------------------------------------------------------------------

    def _own_certificate(self) -> x509.Certificate:
        try:
            data = self.certificate_path.read_bytes()
        except FileNotFoundError as exc:
            raise SealKeyUnavailable(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "No seal key has been created yet. Create one (your name and organisation) "
                    "before sealing checklists.",
                )
            ) from exc
        except OSError as exc:
            raise SealKeyUnavailable(
                Sentence.of(
                    QT_TRANSLATE_NOOP("messages", "The seal certificate could not be read (%1)."),
                    file_problem(exc),
                )
            ) from exc
        try:
            return x509.load_pem_x509_certificate(data)
        except ValueError as exc:
            raise SealKeyUnavailable(
                Sentence.of(
                    QT_TRANSLATE_NOOP("messages", "The seal certificate file is damaged. %1"),
                    Sentence.of(_CREATE_NEW_KEY_ONLY),
                )
            ) from exc

    def _own_certificate_or_none(self) -> x509.Certificate | None:
        try:
            return self._own_certificate()
        except SealKeyUnavailable:
            return None

    def _write_trusted(self, cert: x509.Certificate) -> None:
        self.trusted_folder.mkdir(parents=True, exist_ok=True)
        target = self.trusted_folder / f"{fingerprint_of(cert)}.pem"
        _atomic_write(target, cert.public_bytes(serialization.Encoding.PEM), mode=0o644)

    def _trusted_certificates(self) -> list[x509.Certificate]:
        if not self.trusted_folder.is_dir():
            return []
        certs = []
        for path in sorted(self.trusted_folder.glob("*.pem")):
            try:
                certs.append(x509.load_pem_x509_certificate(path.read_bytes()))
            except (OSError, ValueError):
                # One damaged file must not stop every other seal from verifying.
                log.warning("Ignoring unreadable trusted certificate %s", path)
        return certs

    def _remove_stale_keys(self, keep: str) -> None:
        """Delete keys no certificate points at (replaced, or orphaned by a crash)."""
        for path in self.folder.glob("key-*.pem"):
            fingerprint = path.stem.removeprefix("key-")
            if fingerprint != keep:
                with contextlib.suppress(OSError):
                    path.unlink()
                if _FINGERPRINT.match(fingerprint):
                    _forget_passphrase(fingerprint)


def _attribute(name: x509.Name, oid: x509.ObjectIdentifier) -> str | None:
    values = name.get_attributes_for_oid(oid)
    return str(values[0].value) if values else None


def _is_self_signed(cert: x509.Certificate) -> bool:
    if cert.issuer != cert.subject:
        return False
    from cryptography.exceptions import InvalidSignature

    try:
        cert.verify_directly_issued_by(cert)
    except (InvalidSignature, ValueError, TypeError):
        return False
    return True


def _check_identity(identity: SealIdentity) -> None:
    # One sentence per field (each a whole sentence for the translators).
    checks = (
        (
            identity.name,
            QT_TRANSLATE_NOOP("messages", "The seal needs a name."),
            QT_TRANSLATE_NOOP("messages", "The name on a seal can be at most %1 characters."),
        ),
        (
            identity.organisation,
            QT_TRANSLATE_NOOP("messages", "The seal needs an organisation."),
            QT_TRANSLATE_NOOP(
                "messages", "The organisation on a seal can be at most %1 characters."
            ),
        ),
    )
    for value, missing, too_long in checks:
        if not value or not value.strip():
            raise ValueError(missing)
        if len(value.strip()) > MAX_NAME_LENGTH:
            raise ValueError(Sentence.of(too_long, MAX_NAME_LENGTH))
    if identity.email is not None and "@" not in identity.email:
        raise ValueError(
            Sentence.of(
                QT_TRANSLATE_NOOP("messages", "“%1” is not an e-mail address."), identity.email
            )
        )


def _self_signed_certificate(key: rsa.RSAPrivateKey, identity: SealIdentity) -> x509.Certificate:
    attributes = [
        x509.NameAttribute(NameOID.COMMON_NAME, identity.name.strip()),
        x509.NameAttribute(NameOID.ORGANIZATION_NAME, identity.organisation.strip()),
    ]
    if identity.email:
        attributes.append(x509.NameAttribute(NameOID.EMAIL_ADDRESS, identity.email.strip()))
    name = x509.Name(attributes)
    now = datetime.now(UTC).replace(microsecond=0)
    builder = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - BACKDATE)
        .not_valid_after(now + VALIDITY)
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=True,
                content_commitment=True,
                key_encipherment=False,
                data_encipherment=False,
                key_agreement=False,
                key_cert_sign=False,
                crl_sign=False,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
    )
    if identity.email:
        builder = builder.add_extension(
            x509.SubjectAlternativeName([x509.RFC822Name(identity.email.strip())]), critical=False
        )
    return builder.sign(key, hashes.SHA256())


def _store_passphrase(fingerprint: str, passphrase: str) -> None:
    import keyring

    username = keyring_username(fingerprint)
    try:
        keyring.set_password(KEYRING_SERVICE, username, passphrase)
        # Some backends (the "null" keyring) accept a secret and drop it: read it back.
        kept = keyring.get_password(KEYRING_SERVICE, username) == passphrase
    except Exception as exc:  # any backend failure: locked, absent, D-Bus errors, ...
        raise SealKeyUnavailable(
            Sentence.of(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "The system keyring refused to store the seal key's passphrase (%1). "
                    "Unlock or configure the keyring, then try again.",
                ),
                _describe(exc),
            )
        ) from exc
    if not kept:
        _forget_passphrase(fingerprint)
        raise SealKeyUnavailable(
            QT_TRANSLATE_NOOP(
                "messages",
                "The system keyring did not keep the seal key's passphrase. Unlock or configure "
                "the keyring, then try again.",
            )
        )


def _load_passphrase(fingerprint: str) -> str:
    import keyring

    try:
        passphrase = keyring.get_password(KEYRING_SERVICE, keyring_username(fingerprint))
    except Exception as exc:  # any backend failure
        raise SealKeyUnavailable(
            Sentence.of(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "The system keyring could not be read (%1), so the seal key cannot be "
                    "unlocked. Unlock or configure the keyring, then try again.",
                ),
                _describe(exc),
            )
        ) from exc
    if not passphrase:
        raise SealKeyUnavailable(
            Sentence.of(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "The seal key's passphrase is not in this computer's system keyring (it was "
                    "deleted, or the key was copied from another computer), so the key cannot be "
                    "used. %1",
                ),
                Sentence.of(_CREATE_NEW_KEY),
            )
        )
    return passphrase


def _forget_passphrase(fingerprint: str) -> None:
    import keyring

    # Best effort: a stale entry is harmless, failing here would hide the real error.
    with contextlib.suppress(Exception):
        keyring.delete_password(KEYRING_SERVICE, keyring_username(fingerprint))


def _describe(exc: BaseException) -> str:
    text = str(exc).strip()
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__


def _atomic_write(path: Path, data: bytes, mode: int = 0o600) -> None:
    """Write via a temp file in the same folder and os.replace, so readers (and a crash)
    see either the old file or the whole new one; ``mode`` applies where the OS has modes."""
    fd, temp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(temp, mode)
        os.replace(temp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        raise
