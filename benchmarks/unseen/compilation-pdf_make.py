"""Print compilation-pdf_src.html (kept beside this script) to compilation-pdf.pdf with headless chromium.

Run from anywhere: python compilation-pdf_make.py
"""
import shutil
import subprocess
from pathlib import Path

HERE = Path(__file__).resolve().parent
SRC = HERE / "compilation-pdf_src.html"
OUT = HERE / "compilation-pdf.pdf"

browser = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
if browser is None:
    raise SystemExit("chromium not found")
subprocess.run([browser, "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                f"--print-to-pdf={OUT}", SRC.as_uri()], check=True, capture_output=True)
print(OUT, OUT.stat().st_size)
