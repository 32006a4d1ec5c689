#!/usr/bin/python3
"""Reads every table of Keneya CSV zips and folders with pandas and with Python's csv module.

Each table is read as text (``dtype=str``, ``keep_default_na=False``: amounts stay exact and an
empty cell stays an empty string, never NaN), in the encoding and with the delimiter that
``datapackage.json`` declares. The script checks that the header is the schema's fields and that
each table has as many rows as the JSON export has entities of its kind.

Usage: pandas-read.py [KENEYA_JAR] [WORK_DIR]
(Not named pandas.py: Python puts the script's folder first on its path, and the script would
import itself instead of pandas.)
Prints one line per output and table reader (PASS or FAIL) with the errors; exits 1 on a failure.
"""
import csv
import io
import json
import os
import shutil
import subprocess
import sys
import tempfile
import zipfile

import pandas

HERE = os.path.dirname(os.path.abspath(__file__))
JAR = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "..", "..", "cli", "target", "keneya.jar")
WORK = sys.argv[2] if len(sys.argv) > 2 else tempfile.mkdtemp(prefix="keneya-outside-readers.")

VARIANTS = {
    "comma": [],
    "semicolon": ["--delimiter", ";"],
    "comma-bom": ["--bom"],
    "semicolon-bom-crlf": ["--delimiter", ";", "--bom", "--crlf"],
    "comma-guard": ["--formula-guard"],
}


def keneya(*args):
    subprocess.run(["java", "-jar", JAR, *args], check=True)


def files(output):
    """The bytes of each file of a zip or folder, by name."""
    if output.endswith(".zip"):
        with zipfile.ZipFile(output) as z:
            return {name: z.read(name) for name in z.namelist()}
    return {name: open(os.path.join(output, name), "rb").read() for name in os.listdir(output)}


def check(output, counts):
    """The errors of each reader on one output, as {reader: [message]}."""
    found = files(output)
    descriptor = json.loads(found["datapackage.json"])
    errors = {"pandas": [], "csv": []}
    for resource in descriptor["resources"]:
        name, path = resource["name"], resource["path"]
        fields = [f["name"] for f in resource["schema"]["fields"]]
        encoding = resource.get("encoding", "utf-8")
        delimiter = resource.get("dialect", {}).get("delimiter", ",")
        expected = counts.get(name, 0)
        data = found[path]

        frame = pandas.read_csv(io.BytesIO(data), sep=delimiter, dtype=str, keep_default_na=False, encoding=encoding)
        if list(frame.columns) != fields:
            errors["pandas"].append(f"{path}: header {list(frame.columns)[:3]}… is not the schema's {fields[:3]}…")
        if len(frame) != expected:
            errors["pandas"].append(f"{path}: {len(frame)} rows, the JSON export has {expected} entities")

        # newline="" keeps line breaks inside quoted cells as they are, as the csv module requires.
        rows = list(csv.reader(io.TextIOWrapper(io.BytesIO(data), encoding=encoding, newline=""), delimiter=delimiter))
        header, body = (rows[0] if rows else []), rows[1:]
        if header != fields:
            bom = " (a byte-order mark, which the csv module keeps with 'utf-8' and removes with 'utf-8-sig')" \
                if header and header[0].startswith("\ufeff") else ""
            errors["csv"].append(f"{path}: header {header[:3]}… is not the schema's {fields[:3]}…{bom}")
        if len(body) != expected:
            errors["csv"].append(f"{path}: {len(body)} rows, the JSON export has {expected} entities")
        if any(len(row) != len(fields) for row in body):
            errors["csv"].append(f"{path}: a row has not {len(fields)} cells")
    return len(descriptor["resources"]), errors


def main():
    os.makedirs(WORK, exist_ok=True)
    print(f"work directory: {WORK}")
    sample = os.path.join(WORK, "sample.json")
    keneya("sample", "--seed", "1", "--size", "500", sample)
    with open(sample, encoding="utf-8") as f:
        counts = {kind: len(entities) for kind, entities in json.load(f)["kinds"].items()}
    failed = False
    for variant, flags in VARIANTS.items():
        for form in ("zip", "folder"):
            output = os.path.join(WORK, variant + (".zip" if form == "zip" else ""))
            shutil.rmtree(output, ignore_errors=True)
            keneya("convert", sample, output, "--to", form, *flags, "--quiet")
            tables, errors = check(output, counts)
            for reader, messages in errors.items():
                failed = failed or bool(messages)
                status = "FAIL" if messages else "PASS"
                print(f"{status} {reader} {output}: {tables} tables, {sum(counts.values())} entities")
                for message in messages:
                    print(f"  {message}")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
