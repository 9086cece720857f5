"""Developers' translation chores: ``python -m tools.translations update|release|check``.

- ``update``: run ``pyside6-lupdate`` over desktop/ and geodata/ into
  resources/i18n/atlas_<lang>.ts (new strings arrive as unfinished entries; translate them in
  Qt Linguist or by hand). geodata, which must not import Qt, marks its texts the way lupdate
  reads them (``language.translate("Context", "text")``, ``QT_TRANSLATE_NOOP``) and reads the
  same .ts files at run time (geodata.legend.language): one source of truth for both.
- ``release``: compile each .ts to its .qm beside it (git-ignored; the build backend does this
  for ``pip install``).
- ``check``: fail when a catalogue has unfinished or missing entries.
"""

from __future__ import annotations

import argparse
import html
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
I18N = ROOT / "resources" / "i18n"
SOURCES = (ROOT / "desktop", ROOT / "geodata")
LANGUAGES = ("ar", "tr", "ku")  # besides English, the source language
#: How many plural forms lupdate gives each language (geodata.legend.language.plural_form).
PLURAL_FORMS = {"ar": 6, "tr": 1, "ku": 2}


def ts_path(lang: str, folder: Path = I18N) -> Path:
    return folder / f"atlas_{lang}.ts"


def qt_tool(name: str) -> list[str]:
    """The command running ``pyside6-<name>`` (lupdate, lrelease) of this Python's PySide6."""
    script = shutil.which(f"pyside6-{name}", path=str(Path(sys.executable).parent))
    if script:
        return [script]
    # No console script (e.g. an isolated build environment): PySide6's own launcher.
    code = f"import sys; from PySide6.scripts.pyside_tool import {name}; sys.exit({name}())"
    return [sys.executable, "-c", code]


def python_sources(roots: tuple[Path, ...] = SOURCES) -> list[Path]:
    return sorted(p for root in roots for p in root.rglob("*.py") if "__pycache__" not in p.parts)


def update(folder: Path = I18N, languages=LANGUAGES, quiet: bool = False) -> list[Path]:
    """Run lupdate over desktop/ and geodata/ into ``folder``'s catalogues; return them."""
    folder.mkdir(parents=True, exist_ok=True)
    outputs = []
    for lang in languages:
        out = ts_path(lang, folder)
        kept = plural_translations(out) if out.exists() else {}
        command = [
            *qt_tool("lupdate"),
            *(str(p) for p in python_sources()),
            "-no-obsolete",
            "-locations",
            "none",  # line numbers would churn the .ts on every edit
            "-source-language",
            "en",
            "-target-language",
            lang,
            "-ts",
            str(out),
        ]
        subprocess.run(command, check=True, capture_output=quiet, cwd=ROOT)
        mark_plurals(out, PLURAL_FORMS[lang], kept)
        outputs.append(out)
    return outputs


def plural_translations(path: Path) -> dict[tuple[str, str], list[str]]:
    """(context, source) -> the plural forms a catalogue holds (before lupdate drops them)."""
    forms = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            found = [f.text or "" for f in message.iter("numerusform")]
            if found:
                forms[(name, message.findtext("source", ""))] = found
    return forms


def mark_plurals(path: Path, count: int, kept: dict[tuple[str, str], list[str]]) -> None:
    """Make every "%n" message of ``path`` a plural one, with ``count`` forms (those ``kept``
    from before the update, else unfinished). lupdate's Python parser marks plurals only for
    ``tr(text, disambiguation, n)`` or a literal n: ``QCoreApplication.translate(context, text,
    None, count)`` and geodata's ``language.translate`` would lose their forms on each update.
    Edited as text, message by message, so the rest of the file stays as lupdate wrote it."""
    text = path.read_text(encoding="utf-8")

    def context_block(match: re.Match) -> str:
        name = html.unescape(match.group(1))
        return _MESSAGE.sub(lambda m: _plural_message(m, name, count, kept), match.group(0))

    updated = _CONTEXT.sub(context_block, text)
    if updated != text:
        path.write_text(updated, encoding="utf-8")


_CONTEXT = re.compile(r"<context>\s*<name>(.*?)</name>.*?</context>", re.S)
_MESSAGE = re.compile(r"( *)<message>(.*?)</message>", re.S)
_TRANSLATION = re.compile(r"<translation[^>]*?(?:/>|>.*?</translation>)", re.S)


def _escape(text: str) -> str:
    """Text as lupdate writes it in a .ts file."""
    return html.escape(text, quote=False).replace('"', "&quot;").replace("'", "&apos;")


def _plural_message(match: re.Match, context: str, count: int, kept) -> str:
    indent, body = match.group(1), match.group(2)
    source = html.unescape(re.search(r"<source>(.*?)</source>", body, re.S).group(1))
    if "%n" not in source:
        return match.group(0)
    forms = (list(kept.get((context, source), [])) + [""] * count)[:count]
    unfinished = "" if all(f.strip() for f in forms) else ' type="unfinished"'
    inner = "".join(f"\n{indent}        <numerusform>{_escape(f)}</numerusform>" for f in forms)
    translation = f"<translation{unfinished}>{inner}\n{indent}    </translation>"
    body = _TRANSLATION.sub(lambda _m: translation, body, count=1)
    return f'{indent}<message numerus="yes">{body}</message>'


def release(folder: Path = I18N, quiet: bool = False) -> list[Path]:
    """Compile every atlas_<lang>.ts in ``folder`` to .qm beside it; return the .qm files."""
    outputs = []
    for ts in sorted(folder.glob("atlas_*.ts")):
        qm = ts.with_suffix(".qm")
        command = [*qt_tool("lrelease"), "-silent", str(ts), "-qm", str(qm)]
        subprocess.run(command, check=True, capture_output=quiet)
        if not qm.exists():
            raise RuntimeError(f"lrelease wrote no {qm.name}")
        outputs.append(qm)
    return outputs


def catalogue(path: Path) -> dict[tuple[str, str], tuple[str, str | None]]:
    """(context, source) -> (translation, its type attribute) of a .ts file."""
    entries = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            numerus = [t.text or "" for t in translation.iter("numerusform")]
            if numerus and not all(form.strip() for form in numerus):
                numerus = [""]  # a plural form left empty: the entry is not finished
            text = " | ".join(numerus) if numerus else (translation.text or "")
            entries[(name, message.findtext("source", ""))] = (text, translation.get("type"))
    return entries


def problems(path: Path) -> list[str]:
    """Entries of a catalogue that are unfinished, empty or obsolete."""
    found = []
    for (context, source), (text, kind) in catalogue(path).items():
        if kind in ("unfinished", "obsolete", "vanished") or not text.strip():
            found.append(f"{path.name}: {context}: {source!r} is {kind or 'empty'}")
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tools.translations")
    parser.add_argument("command", choices=("update", "release", "check"))
    args = parser.parse_args(argv)
    if args.command == "update":
        update()
    elif args.command == "release":
        for qm in release():
            print(f"wrote {qm.relative_to(ROOT)}")
    else:
        found = [p for lang in LANGUAGES for p in problems(ts_path(lang))]
        print("\n".join(found) or "all catalogues complete")
        return 1 if found else 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
