"""Start-up stays quick: heavy libraries are imported when first used, not at start."""

from __future__ import annotations

import subprocess
import sys

HEAVY = ("reportlab", "matplotlib", "pyhanko", "cryptography", "openpyxl", "keyring")


def test_opening_the_services_imports_no_pdf_chart_crypto_or_spreadsheet_library() -> None:
    code = (
        "import sys, acct_desktop.services.workspace, acct_desktop.gui.main_window\n"
        f"print(sorted({{m.split('.')[0] for m in sys.modules}} & set({HEAVY!r})))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        timeout=120,
        env={"QT_QPA_PLATFORM": "offscreen", "PATH": ""},
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]", f"imported at start: {result.stdout.strip()}"
