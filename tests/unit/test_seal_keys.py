"""The seal key: encrypted on disk, passphrase only in the keyring, certificates in and out."""

from __future__ import annotations

import os
import shutil
import stat
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import keyring
import keyring.backends.fail
import keyring.backends.null
import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID
from keyring.errors import KeyringLocked

from acct_desktop.services.seal_keys import (
    KEYRING_SERVICE,
    CertificateImportError,
    SealIdentity,
    SealKeyStore,
    SealKeyUnavailable,
    fingerprint_of,
    keyring_username,
)
from tests.conftest import MemoryKeyring

IDENTITY = SealIdentity("Li Wei", "Acme Lubricants", "li.wei@acme.example")
POSIX = sys.platform != "win32"


class LockedKeyring(MemoryKeyring):
    """A keyring that is there but locked: every call raises, as a locked Secret Service does."""

    def get_password(self, service: str, username: str) -> str | None:
        raise KeyringLocked("the collection is locked")

    def set_password(self, service: str, username: str, password: str) -> None:
        raise KeyringLocked("the collection is locked")


@pytest.fixture
def use_keyring():
    """Install a keyring backend for the rest of the test; the previous one comes back."""
    previous = keyring.get_keyring()
    yield keyring.set_keyring
    keyring.set_keyring(previous)


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory):
    """One real key for the module (RSA key generation is the slow part): its folder and the
    keyring entries it made, copied into each test's own folder and keyring."""
    folder = tmp_path_factory.mktemp("seal-template") / "seal"
    backend = MemoryKeyring()
    previous = keyring.get_keyring()
    keyring.set_keyring(backend)
    try:
        info = SealKeyStore(folder).create(IDENTITY)
    finally:
        keyring.set_keyring(previous)
    return folder, info, dict(backend.secrets)


@pytest.fixture
def store(template, tmp_path: Path, isolated_user: MemoryKeyring) -> SealKeyStore:
    folder, _, secrets = template
    target = tmp_path / "seal"
    shutil.copytree(folder, target)
    isolated_user.secrets.update(secrets)
    return SealKeyStore(target)


def other_certificate(name: str, organisation: str = "Other Co") -> x509.Certificate:
    """A throwaway self-signed certificate (EC: instant) for trust-list tests."""
    key = ec.generate_private_key(ec.SECP256R1())
    subject = x509.Name(
        [
            x509.NameAttribute(NameOID.COMMON_NAME, name),
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, organisation),
        ]
    )
    now = datetime.now(UTC)
    return (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - timedelta(hours=1))
        .not_valid_after(now + timedelta(days=30))
        .sign(key, hashes.SHA256())
    )


def files_in(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*") if p.is_file())


# -- creating the key -------------------------------------------------------------------------


def test_create_writes_an_encrypted_key_and_keeps_the_passphrase_only_in_the_keyring(
    tmp_path: Path, isolated_user: MemoryKeyring
) -> None:
    folder = tmp_path / "seal"
    store = SealKeyStore(folder)
    assert not store.exists()

    info = store.create(IDENTITY)

    assert store.exists()
    key_file = folder / f"key-{info.fingerprint_sha256}.pem"
    assert {p.name for p in files_in(folder)} == {"certificate.pem", key_file.name}
    pem = key_file.read_bytes()
    assert pem.startswith(b"-----BEGIN ENCRYPTED PRIVATE KEY-----")
    with pytest.raises(TypeError):  # "password was not given but private key is encrypted"
        serialization.load_pem_private_key(pem, password=None)

    passphrase = isolated_user.secrets[(KEYRING_SERVICE, f"seal-key:{info.fingerprint_sha256}")]
    assert len(passphrase) >= 40
    serialization.load_pem_private_key(pem, password=passphrase.encode())
    for path in files_in(folder):
        assert passphrase.encode() not in path.read_bytes(), path
    if POSIX:
        assert stat.S_IMODE(key_file.stat().st_mode) == 0o600


def test_certificate_info_describes_a_ten_year_self_signed_seal_certificate(
    store: SealKeyStore,
) -> None:
    info = store.certificate()
    assert (info.subject_name, info.organisation, info.email) == (
        "Li Wei",
        "Acme Lubricants",
        "li.wei@acme.example",
    )
    assert info.self_signed
    assert info.valid_from.tzinfo is not None
    assert info.valid_from <= datetime.now(UTC) < info.valid_to
    assert timedelta(days=3650) <= info.valid_to - info.valid_from <= timedelta(days=3655)

    cert = x509.load_pem_x509_certificate(store.certificate_pem())
    assert info.fingerprint_sha256 == fingerprint_of(cert)
    assert info.fingerprint_sha256 == info.fingerprint_sha256.lower()
    usage = cert.extensions.get_extension_for_class(x509.KeyUsage).value
    assert usage.digital_signature and usage.content_commitment and not usage.key_cert_sign
    assert cert.extensions.get_extension_for_class(x509.BasicConstraints).value.ca is False
    assert cert.public_key().key_size == 3072


def test_ensure_creates_on_first_use_and_then_keeps_the_same_key(tmp_path: Path) -> None:
    store = SealKeyStore(tmp_path / "seal")
    first = store.ensure(IDENTITY)
    before = {p: p.read_bytes() for p in files_in(store.folder)}

    again = store.ensure(SealIdentity("Someone Else", "Elsewhere"))

    assert again == first
    assert {p: p.read_bytes() for p in files_in(store.folder)} == before


def test_creating_again_replaces_the_key_but_keeps_old_seals_verifiable(
    store: SealKeyStore, isolated_user: MemoryKeyring
) -> None:
    old = store.certificate()

    new = store.create(SealIdentity("Li Wei", "Acme Lubricants Vietnam"))

    assert new.fingerprint_sha256 != old.fingerprint_sha256
    assert store.certificate() == new
    assert [t.fingerprint_sha256 for t in store.trusted()] == [old.fingerprint_sha256]
    assert not (store.folder / f"key-{old.fingerprint_sha256}.pem").exists()
    assert (KEYRING_SERVICE, keyring_username(old.fingerprint_sha256)) not in isolated_user.secrets
    assert store.signer().signing_cert.sha256.hex() == new.fingerprint_sha256


@pytest.mark.parametrize(
    "identity",
    [
        SealIdentity("", "Acme"),
        SealIdentity("Li Wei", "  "),
        SealIdentity("x" * 65, "Acme"),
        SealIdentity("Li Wei", "Acme", "not-an-address"),
    ],
)
def test_an_incomplete_identity_is_refused_before_any_key_is_made(
    identity: SealIdentity, tmp_path: Path
) -> None:
    store = SealKeyStore(tmp_path / "seal")
    with pytest.raises(ValueError):
        store.create(identity)
    assert not store.exists()


def test_without_a_key_every_use_says_to_create_one_first(tmp_path: Path) -> None:
    store = SealKeyStore(tmp_path / "nothing-here")
    assert not store.exists()
    for use in (store.certificate, store.certificate_pem, store.signer):
        with pytest.raises(SealKeyUnavailable, match="No seal key has been created yet"):
            use()
    assert store.trust_roots() == []
    assert store.trusted() == []


# -- the keyring failing -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("backend", "expected"),
    [
        (keyring.backends.fail.Keyring, "refused to store"),
        (LockedKeyring, "refused to store.*KeyringLocked"),
        (keyring.backends.null.Keyring, "did not keep"),  # accepts and forgets
    ],
)
def test_create_fails_cleanly_when_the_keyring_will_not_keep_the_passphrase(
    backend, expected: str, tmp_path: Path, use_keyring
) -> None:
    use_keyring(backend())
    store = SealKeyStore(tmp_path / "seal")

    with pytest.raises(SealKeyUnavailable, match=expected) as caught:
        store.create(IDENTITY)

    assert "try again" in str(caught.value)
    assert not store.exists()
    assert not store.folder.exists() or not any(store.folder.rglob("*"))


def test_signer_unlocks_the_key_with_the_keyring_passphrase(store: SealKeyStore) -> None:
    signer = store.signer()
    assert signer.signing_cert.sha256.hex() == store.certificate().fingerprint_sha256


def test_signer_without_the_passphrase_in_the_keyring_says_what_happened(
    store: SealKeyStore,
) -> None:
    keyring.delete_password(
        KEYRING_SERVICE, keyring_username(store.certificate().fingerprint_sha256)
    )
    with pytest.raises(SealKeyUnavailable, match="passphrase is not in this computer's") as caught:
        store.signer()
    assert "Create a new seal key" in str(caught.value)


def test_signer_with_a_locked_keyring_says_to_unlock_it(store: SealKeyStore, use_keyring) -> None:
    use_keyring(LockedKeyring())
    with pytest.raises(SealKeyUnavailable, match=r"could not be read.*Unlock or configure"):
        store.signer()


def test_signer_refuses_a_key_file_that_is_not_encrypted(store: SealKeyStore) -> None:
    """Never fall back to a key in the clear, even one that matches the certificate."""
    fingerprint = store.certificate().fingerprint_sha256
    key_file = store.folder / f"key-{fingerprint}.pem"
    passphrase = keyring.get_password(KEYRING_SERVICE, keyring_username(fingerprint))
    key = serialization.load_pem_private_key(key_file.read_bytes(), passphrase.encode())
    key_file.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    with pytest.raises(SealKeyUnavailable, match="could not be unlocked"):
        store.signer()


# -- certificates out and in ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("suffix", "is_pem"), [(".pem", True), (".crt", True), (".cer", False), (".der", False)]
)
def test_export_then_import_round_trips_the_certificate(
    store: SealKeyStore, tmp_path: Path, suffix: str, is_pem: bool
) -> None:
    exported = tmp_path / f"li-wei{suffix}"
    store.export_certificate(exported)
    assert exported.read_bytes().startswith(b"-----BEGIN CERTIFICATE-----") is is_pem

    colleague = SealKeyStore(tmp_path / "colleague")
    info = colleague.import_trusted(exported)

    assert info == store.certificate()
    assert colleague.trusted() == [info]
    assert (colleague.folder / "trusted" / f"{info.fingerprint_sha256}.pem").is_file()
    assert [root.sha256.hex() for root in colleague.trust_roots()] == [info.fingerprint_sha256]


def test_export_refuses_an_unknown_file_type(store: SealKeyStore, tmp_path: Path) -> None:
    with pytest.raises(ValueError, match=r"\.pem, \.crt, \.cer or \.der"):
        store.export_certificate(tmp_path / "cert.txt")
    assert not (tmp_path / "cert.txt").exists()


def test_importing_the_same_certificate_twice_is_harmless(
    store: SealKeyStore, tmp_path: Path
) -> None:
    cert = other_certificate("Nguyễn Văn Đức")
    pem = tmp_path / "duc.pem"
    der = tmp_path / "duc.cer"
    pem.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    der.write_bytes(cert.public_bytes(serialization.Encoding.DER))

    first = store.import_trusted(pem)
    second = store.import_trusted(der)

    assert first == second
    assert store.trusted() == [first]
    assert first.subject_name == "Nguyễn Văn Đức"


@pytest.mark.parametrize(
    "content",
    [
        b"",
        b"hello, this is not a certificate\n",
        os.urandom(600),
        b"-----BEGIN CERTIFICATE-----\nbm90IGEgY2VydA==\n-----END CERTIFICATE-----\n",
        b"\x89PNG\r\n\x1a\n" + bytes(64),
    ],
    ids=["empty", "text", "random", "bad-pem", "png"],
)
def test_a_file_that_is_not_a_certificate_is_refused_with_a_sentence(
    store: SealKeyStore, tmp_path: Path, content: bytes
) -> None:
    path = tmp_path / "not-a-cert.pem"
    path.write_bytes(content)
    with pytest.raises(CertificateImportError, match="is not a certificate"):
        store.import_trusted(path)
    assert store.trusted() == []


def test_a_private_key_file_is_not_a_certificate(store: SealKeyStore) -> None:
    key_file = next(store.folder.glob("key-*.pem"))
    with pytest.raises(CertificateImportError):
        store.import_trusted(key_file)


def test_a_missing_file_is_refused_with_a_sentence(store: SealKeyStore, tmp_path: Path) -> None:
    with pytest.raises(CertificateImportError, match="could not be read"):
        store.import_trusted(tmp_path / "missing.pem")


def test_trusted_is_sorted_by_subject_and_remove_trusted_forgets_one(
    store: SealKeyStore, tmp_path: Path
) -> None:
    for name in ("Zoë de Vries", "an Pham", "Bao Tran"):
        path = tmp_path / f"{name}.pem"
        path.write_bytes(other_certificate(name).public_bytes(serialization.Encoding.PEM))
        store.import_trusted(path)
    names = [info.subject_name for info in store.trusted()]
    assert names == ["an Pham", "Bao Tran", "Zoë de Vries"]
    assert len(store.trust_roots()) == 4  # own certificate first, then the three

    bao = store.trusted()[1]
    colons = ":".join(bao.fingerprint_sha256[i : i + 2] for i in range(0, 64, 2)).upper()
    store.remove_trusted(colons)
    assert [info.subject_name for info in store.trusted()] == ["an Pham", "Zoë de Vries"]
    store.remove_trusted(bao.fingerprint_sha256)  # already gone: nothing happens


def test_remove_trusted_refuses_something_that_is_not_a_fingerprint(store: SealKeyStore) -> None:
    with pytest.raises(ValueError, match="not a SHA-256 certificate fingerprint"):
        store.remove_trusted("../certificate")
    assert store.exists()


def test_own_certificate_imported_as_trusted_is_one_trust_root(
    store: SealKeyStore, tmp_path: Path
) -> None:
    path = tmp_path / "me.pem"
    store.export_certificate(path)
    store.import_trusted(path)
    assert len(store.trust_roots()) == 1
