#!/usr/bin/env python3
"""Finds user-visible string literals in the widgets that skip translation.

A literal is user-visible when it is an argument of a call that puts text on
screen: setText(), setToolTip(), QLabel(...), QMessageBox::warning(...),
addAction() and the like (TEXT_CALLS below). It is translated when it sits
inside tr(), translate(), QT_TR_NOOP() or QT_TRANSLATE_NOOP(). Literals
without a letter ("%1 / %2", "…") need no translation; other intentional
ones (object names, icon names, settings keys) go in ALLOWED.

    literalscan.py FOLDER...     scan every .cpp file in the folders
    literalscan.py --self-test   prove the scanner finds a planted literal

Exit status 1 lists each finding as FILE:LINE. Python 3 standard library only.
"""

import pathlib
import re
import sys

# Calls whose string arguments reach the screen.
TEXT_CALLS = re.compile(
    r"\b(?:"
    r"set(?:Text|WindowTitle|ToolTip|StatusTip|WhatsThis|PlaceholderText|Title"
    r"|LabelText|InformativeText|DetailedText|HeaderLabels|HorizontalHeaderLabels"
    r"|VerticalHeaderLabels|Suffix|Prefix|SpecialValueText|TabText|ItemText"
    r"|AccessibleName|AccessibleDescription|WindowIconText)"
    r"|addAction|addMenu|addTab|addItem|addItems|addRow|addButton|addToolBar"
    r"|showMessage|insertRow|insertTab"
    r"|QMessageBox::(?:information|warning|critical|question|about)"
    r"|QInputDialog::get\w+|QFileDialog::get\w+"
    r"|(?:QLabel|QPushButton|QCheckBox|QRadioButton|QGroupBox|QAction|QMenu"
    r"|QToolButton|QCommandLinkButton)(?:\s+\w+)?"
    r")\s*\(")

# Calls whose arguments are translated, or are not text at all.
EXEMPT_CALLS = re.compile(
    r"\b(?:\w+::)*(?:tr|translate|qtTrId|QT_TR_NOOP|QT_TRANSLATE_NOOP"
    r"|QT_TR_N_NOOP|QT_TRANSLATE_N_NOOP|QT_TRANSLATE_NOOP3"
    r"|QIcon::fromTheme|QIcon|QKeySequence|setObjectName|setProperty)\s*\(")

# Literals that are meant to stay as they are, with the file they are in.
ALLOWED = {
}

LETTER = re.compile(r"[^\W\d_]")


def blank_comments(text):
    """Returns text with comments replaced by spaces (newlines kept) and the
    spans of its string literals."""
    out = list(text)
    literals = []
    i, n = 0, len(text)
    while i < n:
        c = text[i]
        if text.startswith("//", i):
            end = text.find("\n", i)
            end = n if end < 0 else end
            out[i:end] = " " * (end - i)
            i = end
        elif text.startswith("/*", i):
            end = text.find("*/", i + 2)
            end = n if end < 0 else end + 2
            out[i:end] = [ch if ch == "\n" else " " for ch in text[i:end]]
            i = end
        elif c == "R" and text.startswith('R"', i) and not (text[i - 1:i].isalnum()):
            open_paren = text.find("(", i)
            delimiter = text[i + 2:open_paren]
            end = text.find(")" + delimiter + '"', open_paren) + len(delimiter) + 2
            literals.append((i, end, text[open_paren + 1:end - len(delimiter) - 2]))
            i = end
        elif c == '"':
            j = i + 1
            while j < n and text[j] != '"':
                j += 2 if text[j] == "\\" else 1
            literals.append((i, j + 1, text[i + 1:j]))
            i = j + 1
        elif c == "'":
            j = i + 1
            while j < n and text[j] != "'":
                j += 2 if text[j] == "\\" else 1
            i = j + 1
        else:
            i += 1
    return "".join(out), literals


def inside(position, spans):
    return any(start <= position < end for start, end in spans)


def closing_paren(code, open_index, literals):
    """Index of the parenthesis that closes the one at open_index."""
    depth = 0
    literal_starts = {start: end for start, end, _ in literals}
    i = open_index
    while i < len(code):
        if i in literal_starts:
            i = literal_starts[i]
            continue
        if code[i] == "(":
            depth += 1
        elif code[i] == ")":
            depth -= 1
            if depth == 0:
                return i
        i += 1
    return len(code)


def scan(name, text):
    """Returns (line, literal, call) for each untranslated visible literal."""
    code, literals = blank_comments(text)
    literal_spans = [(start, end) for start, end, _ in literals]
    exempt = []
    for match in EXEMPT_CALLS.finditer(code):
        if not inside(match.start(), literal_spans):
            exempt.append((match.start(), closing_paren(code, match.end() - 1, literals)))
    findings = {}
    for match in TEXT_CALLS.finditer(code):
        if inside(match.start(), literal_spans):
            continue
        end = closing_paren(code, match.end() - 1, literals)
        call = match.group(0).rstrip("( \t\n")
        for start, stop, value in literals:
            if not (match.end() <= start < end) or inside(start, exempt):
                continue
            if not LETTER.search(value) or value in ALLOWED.get(name, ()):
                continue
            findings.setdefault(start, (text.count("\n", 0, start) + 1, value, call))
    return [findings[key] for key in sorted(findings)]


PLANTED = r'''
void Planted::build()
{
    setWindowTitle(tr("Fine"));
    m_label->setText(QStringLiteral("Download finished"));
    auto *button = new QPushButton("Destroy", this);
    QMessageBox::warning(this, tr("Title"),
                         QStringLiteral("Plain text") + tr("fine"));
    m_action = menu->addAction(QIcon::fromTheme(QStringLiteral("edit-copy")), tr("Copy"));
    setObjectName(QStringLiteral("plantedWindow"));
    m_status->setText(QStringLiteral("%1 / %2").arg(done).arg(total));
    // m_label->setText(QStringLiteral("commented out"));
    m_label->setToolTip(QCoreApplication::translate("vh::Planted", "fine"));
    statusBar()->showMessage(tr("%1 of %2").arg(QStringLiteral("all")));
    setText(QStringLiteral("Vast Harvest"));
    QLabel note(QT_TR_NOOP("fine"), this);
    QLabel hint(QStringLiteral("hint"), this);
}
'''

PLANTED_FINDINGS = [
    (5, "Download finished", "setText"),
    (6, "Destroy", "QPushButton"),
    (8, "Plain text", "QMessageBox::warning"),
    (14, "all", "showMessage"),
    (17, "hint", "QLabel hint"),
]


def self_test():
    ALLOWED["planted.cpp"] = {"Vast Harvest"}
    found = scan("planted.cpp", PLANTED)
    del ALLOWED["planted.cpp"]
    if found != PLANTED_FINDINGS:
        print("literalscan self-test failed")
        print("  expected:", PLANTED_FINDINGS)
        print("  found:   ", found)
        return 1
    print(f"literalscan self-test: all {len(PLANTED_FINDINGS)} planted literals found")
    return 0


def main(arguments):
    if arguments == ["--self-test"]:
        return self_test()
    if not arguments:
        print(__doc__)
        return 2
    failures = 0
    files = 0
    for folder in map(pathlib.Path, arguments):
        for path in sorted(folder.glob("*.cpp")):
            files += 1
            for line, value, call in scan(path.name, path.read_text(encoding="utf-8")):
                failures += 1
                print(f'{path}:{line}: "{value}" reaches the screen through {call}() '
                      "without tr(); wrap it, or add it to ALLOWED in "
                      f"{pathlib.Path(__file__).name} if it must stay as it is")
    print(f"literalscan: {files} files, {failures} untranslated literal(s)")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
