"""Find user-visible string literals in desktop/ that are not passed through tr()/translate().

``python -m tools.untranslated`` lists them (file:line: text); the test suite runs the same scan
(tests/test_i18n.py). A literal counts as user-visible when it is an argument of a Qt call that
shows text (setText, setToolTip, QAction(...), addMenu, showMessage ...), or an f-string there.
"""

from __future__ import annotations

import ast
import re
import sys
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# Calls whose string arguments reach the screen.
TEXT_CALLS = {
    "setText",
    "setToolTip",
    "setWindowTitle",
    "setStatusTip",
    "setWhatsThis",
    "setPlaceholderText",
    "showMessage",
    "setAccessibleName",
    "setAccessibleDescription",
    "addMenu",
    "addTab",
    "setTabText",
    "setTitle",
    "setLabelText",
    "setHeaderLabels",
    "setHorizontalHeaderLabels",
    "setInformativeText",
    "setDetailedText",
    "setPrefix",
    "setSuffix",
    "setSpecialValueText",
    "setFormat",
    "addItem",
    "addRow",
    "insertItem",
    "QAction",
    "QLabel",
    "QPushButton",
    "QCheckBox",
    "QRadioButton",
    "QGroupBox",
    "QDockWidget",
    "QToolButton",
    "QMenu",
    "addToolBar",
    "setItemText",
    "information",
    "warning",
    "critical",
    "question",
    "about",
    "getSaveFileName",
    "getOpenFileName",
    "getExistingDirectory",
    "getText",
    "_action",
}
TRANSLATORS = {"tr", "translate", "QT_TR_NOOP", "QT_TRANSLATE_NOOP"}
# Text with no word in it needs no translation: "…", "", "%", "·", numbers, "#d8d2c4" ...
_WORD = re.compile(r"[A-Za-z]{2,}")
# Literals that are not language: ids, object names, markup-only strings.
ALLOWED: set[str] = set()
# Key sequences ("Ctrl+0", "Alt+Left", "F1", "Escape") are shortcuts, not text.
_SHORTCUT = re.compile(r"^((Ctrl|Alt|Shift|Meta)\+)*(F\d+|Escape|Left|Right|Up|Down|Home|End|\S)$")


def _call_name(node: ast.Call) -> str:
    func = node.func
    if isinstance(func, ast.Attribute):
        return func.attr
    if isinstance(func, ast.Name):
        return func.id
    return ""


def _literal_text(node: ast.AST) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        return "".join(v.value for v in node.values if isinstance(v, ast.Constant))
    return None


def needs_translation(text: str) -> bool:
    stripped = re.sub(r"<[^>]+>|&\w+;|%\d|\{[^}]*\}", " ", text)  # markup, entities, {placeholders}
    if text in ALLOWED or _SHORTCUT.match(text):
        return False
    return bool(_WORD.search(stripped))


def translation_wrappers(paths: list[Path]) -> set[str]:
    """Functions that pass a parameter on to translate()/tr(): lupdate never sees a literal
    given to them (``_tr("Date")`` stays English in every catalogue)."""
    found = set()
    for path in paths:
        for node in ast.walk(ast.parse(path.read_text("utf-8"), str(path))):
            if not isinstance(node, ast.FunctionDef):
                continue
            params = {a.arg for a in node.args.args}
            for call in ast.walk(node):
                if not isinstance(call, ast.Call) or _call_name(call) not in ("tr", "translate"):
                    continue
                position = 1 if _call_name(call) == "translate" else 0
                if len(call.args) > position:
                    source = call.args[position]
                    if isinstance(source, ast.Name) and source.id in params:
                        found.add(node.name)
    return found


def scan_file(path: Path, wrappers: frozenset[str] = frozenset()) -> Iterator[tuple[int, str]]:
    tree = ast.parse(path.read_text("utf-8"), str(path))
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call) or _call_name(node) not in TEXT_CALLS | wrappers:
            continue
        for arg in [*node.args, *(k.value for k in node.keywords)]:
            text = _literal_text(arg)
            if text is not None and needs_translation(text):
                yield arg.lineno, text


def scan(root: Path = ROOT / "desktop") -> list[str]:
    found = []
    paths = sorted(root.rglob("*.py"))
    wrappers = frozenset(translation_wrappers(paths))
    for path in paths:
        for line, text in scan_file(path, wrappers):
            found.append(f"{path.relative_to(ROOT)}:{line}: {text!r}")
    return found


def main() -> int:
    found = scan()
    print("\n".join(found))
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
