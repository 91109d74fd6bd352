"""Build the acct-desktop bundle and, on Windows, its installer: one command.

    python installer/build.py                 # bundle + (Windows) installer, in dist/
    python installer/build.py --selftest      # ... and run the bundled self-test
    python installer/build.py --no-installer  # the PyInstaller bundle only

On Windows the results are ``dist\\acct-desktop\\`` and ``dist\\acct-desktop-setup-<v>.exe``.

Steps:

1. Stage the PDF font (WenQuanYi Micro Hei, TrueType .ttc, Apache-2.0 / GPL-3 with font
   exception) into ``build/staging/fonts``: from ``--font``, ``$ACCT_DESKTOP_BUNDLE_FONT``,
   Debian's ``fonts-wqy-microhei`` package when installed, or else downloaded as that
   Debian package (pinned version, SHA-256 checked) and unpacked here in Python. The font
   binary is never committed; the spec puts it at ``acct_desktop/assets/fonts`` in the
   bundle, where ``reporting/fonts.py`` looks first.
2. Compile the translations (``python installer/translations.py build``: zh_CN, vi, nl and
   English's plural forms) into ``acct_desktop/assets/i18n``, then
   ``pyinstaller installer/acct-desktop.spec`` → ``dist/acct-desktop/`` (one folder:
   ``acct-desktop`` windowed, ``acct-desktop-cli`` console, ``_internal/``); the spec
   refuses to bundle without every language's ``.qm``.
3. The installer: ``makensis installer/acct-desktop.nsi``. On Windows this is the product
   (``dist/acct-desktop-setup-<version>.exe``; NSIS 3 from https://nsis.sourceforge.io or
   ``winget install NSIS.NSIS`` / ``choco install nsis``). Elsewhere, when ``makensis`` is
   available (Debian: ``apt-get install nsis``), the script is compiled as a check into
   ``build/nsis-check/`` around the bundle of this platform, which is of no use on Windows.

Only the standard library is used here; PyInstaller must be installed in the same Python
as the app (``pip install . pyinstaller``).
"""

from __future__ import annotations

import argparse
import hashlib
import io
import os
import shutil
import subprocess
import sys
import tarfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
INSTALLER = ROOT / "installer"
BUILD = ROOT / "build"
DIST = ROOT / "dist"
STAGING = BUILD / "staging"
BUNDLE = DIST / "acct-desktop"
SPEC = INSTALLER / "acct-desktop.spec"
NSIS_SCRIPT = INSTALLER / "acct-desktop.nsi"

FONT_FILE = "wqy-microhei.ttc"
FONT_ENV = "ACCT_DESKTOP_BUNDLE_FONT"
SYSTEM_FONT = Path("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc")
SYSTEM_FONT_COPYRIGHT = Path("/usr/share/doc/fonts-wqy-microhei/copyright")
# Debian's fonts-wqy-microhei 0.2.0-beta-3.1 (bookworm and later): the .deb and the font in it.
FONT_DEB = "fonts-wqy-microhei_0.2.0-beta-3.1_all.deb"
FONT_DEB_URLS = (
    f"https://deb.debian.org/debian/pool/main/f/fonts-wqy-microhei/{FONT_DEB}",
    # snapshot.debian.org keeps every file ever published, by its SHA-1
    "https://snapshot.debian.org/file/5f6730e30eaddeb0e589c86b993e9fd1197d42d4",
)
FONT_DEB_SHA256 = "239163df984eea5c9da3b551aee374936222cdbd67f1a1be3cdcf3d76143ad66"
FONT_SHA256 = "2420e8078af796b19a3f6ef13de527a1a91c1e7171eea115926c614ced1009b3"
FONT_IN_DEB = f"usr/share/fonts/truetype/wqy/{FONT_FILE}"
COPYRIGHT_IN_DEB = "usr/share/doc/fonts-wqy-microhei/copyright"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--font", type=Path, help=f"the {FONT_FILE} to bundle")
    parser.add_argument("--no-installer", action="store_true", help="build the bundle only")
    parser.add_argument(
        "--installer-only", action="store_true", help="compile the installer around dist/"
    )
    parser.add_argument("--selftest", action="store_true", help="run the bundled self-test")
    args = parser.parse_args(argv)

    version = _version()
    if not args.installer_only:
        stage_font(args.font or (Path(os.environ[FONT_ENV]) if os.environ.get(FONT_ENV) else None))
        build_bundle()
    if args.selftest and (code := run_bundled_selftest()) != 0:
        return code
    if not args.no_installer:
        return build_installer(version)
    return 0


def _version() -> str:
    sys.path.insert(0, str(ROOT))
    from acct_desktop import __version__

    return __version__


# -- 1. the font --------------------------------------------------------------------------


def stage_font(explicit: Path | None) -> Path:
    target = STAGING / "fonts" / FONT_FILE
    target.parent.mkdir(parents=True, exist_ok=True)
    if explicit is not None:
        if not explicit.is_file():
            raise SystemExit(f"error: the font {explicit} does not exist")
        _copy(explicit, target, "the given font")
    elif SYSTEM_FONT.is_file():
        _copy(SYSTEM_FONT, target, "Debian's fonts-wqy-microhei")
        if SYSTEM_FONT_COPYRIGHT.is_file():
            shutil.copyfile(SYSTEM_FONT_COPYRIGHT, target.with_name("wqy-microhei-COPYRIGHT.txt"))
    elif target.is_file() and _sha256(target.read_bytes()) == FONT_SHA256:
        print(f"font: {target} (staged earlier)")
    else:
        font, copyright_text = _font_from_debian_package()
        target.write_bytes(font)
        target.with_name("wqy-microhei-COPYRIGHT.txt").write_bytes(copyright_text)
        print(f"font: {target} (from Debian's {FONT_DEB})")
    return target


def _copy(source: Path, target: Path, what: str) -> None:
    shutil.copyfile(source, target)
    print(f"font: {source} ({what})")


def _font_from_debian_package() -> tuple[bytes, bytes]:
    deb = None
    for url in FONT_DEB_URLS:
        try:
            with urllib.request.urlopen(url, timeout=60) as response:
                data = response.read()
        except OSError as exc:
            print(f"font: {url}: {exc}", file=sys.stderr)
            continue
        if _sha256(data) == FONT_DEB_SHA256:
            deb = data
            break
        print(f"font: {url}: unexpected SHA-256, ignored", file=sys.stderr)
    if deb is None:
        raise SystemExit(
            f"error: {FONT_FILE} could not be downloaded. Download {FONT_DEB} from a Debian "
            f"mirror yourself, or pass --font PATH (or set {FONT_ENV})."
        )
    members = unpack_deb_data(deb, {FONT_IN_DEB, COPYRIGHT_IN_DEB})
    font = members[FONT_IN_DEB]
    if _sha256(font) != FONT_SHA256:
        raise SystemExit(f"error: the {FONT_FILE} in {FONT_DEB} has an unexpected SHA-256")
    return font, members[COPYRIGHT_IN_DEB]


def unpack_deb_data(deb: bytes, wanted: set[str]) -> dict[str, bytes]:
    """Files from a .deb's data archive (an ``ar`` archive holding ``data.tar.*``)."""
    if not deb.startswith(b"!<arch>\n"):
        raise ValueError("not a .deb (ar) archive")
    offset = 8
    while offset + 60 <= len(deb):
        header = deb[offset : offset + 60]
        name = header[:16].decode().strip().rstrip("/")
        size = int(header[48:58].decode().strip())
        body = deb[offset + 60 : offset + 60 + size]
        offset += 60 + size + (size % 2)
        if name.startswith("data.tar"):
            found: dict[str, bytes] = {}
            with tarfile.open(fileobj=io.BytesIO(body), mode="r:*") as archive:
                for member in archive.getmembers():
                    path = member.name.removeprefix("./")
                    if path in wanted and member.isfile():
                        handle = archive.extractfile(member)
                        assert handle is not None
                        found[path] = handle.read()
            if missing := wanted - found.keys():
                raise ValueError(f"not in the package: {', '.join(sorted(missing))}")
            return found
    raise ValueError("the .deb has no data archive")


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


# -- 2. the bundle ------------------------------------------------------------------------


def build_bundle() -> None:
    started = time.perf_counter()
    _run(sys.executable, str(INSTALLER / "translations.py"), "build")  # the .qm files it ships
    _run(
        sys.executable,
        "-m",
        "PyInstaller",
        "--noconfirm",
        "--log-level=WARN",
        f"--distpath={DIST}",
        f"--workpath={BUILD / 'pyinstaller'}",
        str(SPEC),
    )
    print(f"bundle: {BUNDLE} ({_size_mb(BUNDLE):.0f} MB, {time.perf_counter() - started:.0f} s)")


def bundled_cli() -> Path:
    return BUNDLE / ("acct-desktop-cli.exe" if sys.platform == "win32" else "acct-desktop-cli")


def run_bundled_selftest() -> int:
    env = dict(os.environ)
    if sys.platform.startswith("linux") and not env.get("DISPLAY"):
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
    started = time.perf_counter()
    result = subprocess.run([str(bundled_cli()), "--selftest"], env=env, check=False)
    print(f"bundled self-test: exit {result.returncode}, {time.perf_counter() - started:.1f} s")
    return result.returncode


def _size_mb(folder: Path) -> float:
    return sum(p.lstat().st_size for p in folder.rglob("*") if not p.is_symlink()) / 1e6


# -- 3. the installer ---------------------------------------------------------------------


def find_makensis() -> str | None:
    found = shutil.which("makensis")
    if found:
        return found
    if sys.platform == "win32":
        for base in (os.environ.get("PROGRAMFILES(X86)"), os.environ.get("PROGRAMFILES")):
            if base and (candidate := Path(base) / "NSIS" / "makensis.exe").is_file():
                return str(candidate)
    return None


def build_installer(version: str) -> int:
    makensis = find_makensis()
    windows = sys.platform == "win32"
    if makensis is None:
        if windows:
            print(
                "error: makensis (NSIS 3) was not found; install it (winget install NSIS.NSIS) "
                "or pass --no-installer",
                file=sys.stderr,
            )
            return 2
        print("installer: makensis not found, NSIS check skipped (Debian: apt-get install nsis)")
        return 0
    if not BUNDLE.is_dir():
        print(f"error: no bundle at {BUNDLE}; build it first", file=sys.stderr)
        return 2
    if windows:
        out = DIST / f"acct-desktop-setup-{version}.exe"
    else:  # a syntax check around this platform's bundle: never ship it
        out = BUILD / "nsis-check" / f"acct-desktop-setup-{version}-CHECK-ONLY.exe"
    out.parent.mkdir(parents=True, exist_ok=True)
    _run(
        makensis,
        "-V2",
        *([] if windows else ["-DCHECK_ONLY"]),
        "-WX",  # warnings are errors
        f"-DVERSION={version}",
        f"-DVI_VERSION={_four_part(version)}",
        f"-DBUNDLE_DIR={BUNDLE}",
        f"-DOUTFILE={out}",
        f"-DICON={INSTALLER / 'acct-desktop.ico'}",
        str(NSIS_SCRIPT),
    )
    if windows:
        print(f"installer: {out} ({out.stat().st_size / 1e6:.0f} MB)")
    else:
        out.unlink()
        print(f"installer: {NSIS_SCRIPT.name} compiles (makensis, warnings as errors)")
    return 0


def _four_part(version: str) -> str:
    """``0.1.0`` → ``0.1.0.0``: Windows version resources want four numbers."""
    numbers = [part if part.isdigit() else "0" for part in version.split(".")[:4]]
    return ".".join([*numbers, "0", "0", "0", "0"][:4])


def _run(*command: str) -> None:
    print("+", " ".join(command), flush=True)
    if subprocess.run(command, check=False, cwd=ROOT).returncode != 0:
        raise SystemExit(f"error: {Path(command[0]).name} {command[-1]} failed (see above)")


if __name__ == "__main__":
    raise SystemExit(main())
