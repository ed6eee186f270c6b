#!/usr/bin/env python3
"""Checks the translations in translations/ against the sources and the CLI.

    tscheck.py current --lupdate LUPDATE --source-dir DIR
        run lupdate on a copy of each .ts file and fail when a message is new
        or gone, or when lupdate warns that it cannot place a message
    tscheck.py complete TS_FILE
        fail on unfinished or empty translations, placeholders (%1, %n) that
        differ from the source, and accelerators (&) that are missing,
        doubled or used twice within one dialog
    tscheck.py cli --language de --ts TS_FILE [--qtpaths QTPATHS]
        run $VASTHARVEST_CLI --help in that language and find a translated
        option text in it, and Qt's own help text when Qt has a translation

Python 3 standard library only.
"""

import argparse
import os
import pathlib
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ElementTree

FIX = "cmake --build --preset ci --target update_translations"
# The options of qt_add_translations() in translations/CMakeLists.txt.
LUPDATE_OPTIONS = ["-locations", "relative", "-no-obsolete", "-source-language", "en"]
PLACEHOLDER = re.compile(r"%L?(?:\d{1,2}|n)")


def messages(path):
    """Yields (context, message element) for each message still in use."""
    root = ElementTree.parse(path).getroot()
    for context in root.iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            kind = message.find("translation").get("type")
            if kind not in ("obsolete", "vanished"):
                yield name, message


def key(context, message):
    return (context, message.findtext("source"), message.findtext("comment") or "",
            message.get("numerus") == "yes")


def describe(entry):
    context, source, comment, numerus = entry
    text = f"{context}: {source!r}"
    if comment:
        text += f" (disambiguation {comment!r})"
    return text + (" [plural]" if numerus else "")


def check_current(arguments):
    source_dir = pathlib.Path(arguments.source_dir).resolve()
    ts_files = sorted((source_dir / "translations").glob("*.ts"))
    if not ts_files:
        print(f"no .ts files in {source_dir / 'translations'}")
        return 1
    stale = 0
    with tempfile.TemporaryDirectory() as temporary:
        copies = [pathlib.Path(shutil.copy(path, temporary)) for path in ts_files]
        command = [arguments.lupdate, "-silent", *LUPDATE_OPTIONS, "-extensions", "cpp,h",
                   "-I", str(source_dir / "app"), "-I", str(source_dir / "ui"),
                   str(source_dir / "app"), str(source_dir / "ui"),
                   "-ts", *map(str, copies)]
        run = subprocess.run(command, capture_output=True, text=True)
        if run.returncode != 0:
            print(" ".join(command), "failed:", run.stdout, run.stderr, sep="\n")
            return 1
        # lupdate warns when it cannot give a message its context.
        if run.stderr.strip():
            print("lupdate warnings:", run.stderr, sep="\n")
            stale += 1
        for committed, updated in zip(ts_files, copies):
            before = {key(*pair) for pair in messages(committed)}
            after = {key(*pair) for pair in messages(updated)}
            added, removed = sorted(after - before), sorted(before - after)
            for entry in added:
                print(f"{committed.name}: new message {describe(entry)}")
            for entry in removed:
                print(f"{committed.name}: message no longer in the sources {describe(entry)}")
            stale += len(added) + len(removed)
            print(f"{committed.name}: {len(before)} messages, {len(added)} new, {len(removed)} gone")
    if stale:
        print(f"The .ts files are out of date. Run: {FIX}")
        print("then translate the new messages and commit translations/.")
        return 1
    return 0


def mnemonic(text):
    """The accelerator letters of a text: '&File' has 'f', '&&' has none."""
    return [match.group(1).lower() for match in re.finditer(r"&(&|\w)", text)
            if match.group(1) != "&"]


def check_complete(arguments):
    problems = []
    letters = {}
    count = 0
    for context, message in messages(arguments.ts_file):
        count += 1
        source = message.findtext("source")
        where = f"{context}: {source!r}"
        translation = message.find("translation")
        if translation.get("type") == "unfinished":
            problems.append(f"{where} is unfinished")
        forms = ([form.text or "" for form in translation.iter("numerusform")]
                 if message.get("numerus") == "yes" else [translation.text or ""])
        for form in forms:
            if not form.strip():
                problems.append(f"{where} has an empty translation")
                continue
            expected = sorted(set(PLACEHOLDER.findall(source)))
            found = sorted(set(PLACEHOLDER.findall(form)))
            if expected != found:
                problems.append(f"{where}: placeholders {found} in {form!r}, source has {expected}")
            keys = mnemonic(form)
            if len(mnemonic(source)) != len(keys):
                problems.append(f"{where}: {form!r} has {len(keys)} accelerator(s), "
                                f"the source {len(mnemonic(source))}")
            if context.endswith("Dialog"):
                for letter in keys:
                    letters.setdefault((context, letter), []).append(form)
    for (context, letter), texts in sorted(letters.items()):
        if len(texts) > 1:
            problems.append(f"{context}: accelerator &{letter} is used by {texts}")
    for problem in problems:
        print(problem)
    print(f"{arguments.ts_file}: {count} messages, {len(problems)} problem(s)")
    return 1 if problems else 0


def translation_of(ts_file, context, source):
    for name, message in messages(ts_file):
        if name == context and message.findtext("source") == source:
            return message.findtext("translation")
    raise SystemExit(f"{ts_file} has no message {source!r} in {context}")


def check_cli(arguments):
    cli = os.environ.get("VASTHARVEST_CLI")
    if not cli:
        print("VASTHARVEST_CLI is not set; CTest sets it to vastharvest-cli")
        return 1
    source = "Read the Vast.ai API key from FILE."
    translated = translation_of(arguments.ts, "vh::CliApplication", source)
    environment = dict(os.environ, VASTHARVEST_LANGUAGE=arguments.language)
    run = subprocess.run([cli, "--help"], capture_output=True, env=environment)
    # QTextStream writes UTF-8 whatever the console's code page is.
    output = (run.stdout + run.stderr).decode("utf-8", errors="replace")
    failed = run.returncode != 0 or translated not in output or source in output
    if failed:
        print(f"VASTHARVEST_LANGUAGE={arguments.language} {cli} --help exited with "
              f"{run.returncode}; expected {translated!r} instead of {source!r} in:\n{output}")
        return 1
    print(f"found {translated!r}")

    qt_source = "Displays help on commandline options."
    if arguments.qtpaths:
        folder = subprocess.run([arguments.qtpaths, "--query", "QT_INSTALL_TRANSLATIONS"],
                                capture_output=True, text=True).stdout.strip()
        if (pathlib.Path(folder) / f"qtbase_{arguments.language}.qm").exists():
            if qt_source in output:
                print(f"Qt's translation in {folder} was not loaded: {qt_source!r} is English")
                return 1
            print(f"Qt's own help text is translated too ({folder})")
        else:
            print(f"Qt has no qtbase_{arguments.language}.qm in {folder}; its texts stay English")
    return 0


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    current = commands.add_parser("current")
    current.add_argument("--lupdate", required=True)
    current.add_argument("--source-dir", required=True)
    current.set_defaults(run=check_current)
    complete = commands.add_parser("complete")
    complete.add_argument("ts_file")
    complete.set_defaults(run=check_complete)
    cli = commands.add_parser("cli")
    cli.add_argument("--language", required=True)
    cli.add_argument("--ts", required=True)
    cli.add_argument("--qtpaths")
    cli.set_defaults(run=check_cli)
    arguments = parser.parse_args()
    return arguments.run(arguments)


if __name__ == "__main__":
    sys.exit(main())
