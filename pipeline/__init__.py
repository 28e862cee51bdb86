"""Pengaduan: a complaint-intake pipeline for Indonesian public service units.

Data flows one way, and the sub-packages are named after the stages:
sources -> parse -> extract -> validate -> store -> notify, driven by run.py.
"""

from pathlib import Path

__version__ = "0.1.0"

PACKAGE_DIR = Path(__file__).resolve().parent
# templates/ sits beside the package (DESIGN.md's layout); the project is
# installed in editable mode, so this resolves without the working directory.
TEMPLATES_DIR = PACKAGE_DIR.parent / "templates"
