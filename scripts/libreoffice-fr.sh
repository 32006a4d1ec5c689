#!/bin/sh
# LibreOffice, headless and in a French locale, on tables written with the French spreadsheet profile
# (`--profile fr`): each table is imported as a spreadsheet in French imports it (`;`, UTF-8, language
# French (France)) and saved as flat ODS, and every non-empty cell of a column that datapackage.json
# declares a number or an integer must be a number (office:value-type "float"), and of a column it
# declares a date a date ("date"); everything else (texts, ids, JSON lists) is not checked.
# Not part of the build or of CI: it needs LibreOffice (Debian: apt-get install libreoffice-calc-nogui).
#
# Usage: scripts/libreoffice-fr.sh [KENEYA_JAR] [WORK_DIR]
#   KENEYA_JAR  default cli/target/keneya.jar (build it with: mvn -B -ntp package -DskipTests)
#   WORK_DIR    where the files go, default a new temporary folder
# Prints one PASS or FAIL line per table, and exits 1 if any failed.
set -eu

here=$(cd "$(dirname "$0")" && pwd)
jar=${1:-$here/../cli/target/keneya.jar}
if [ ! -f "$jar" ]; then
  echo "no keneya jar at $jar: build it with 'mvn -B -ntp package -DskipTests', or pass its path" >&2
  exit 2
fi
soffice=$(command -v soffice || command -v libreoffice || true)
if [ -z "$soffice" ]; then
  echo "LibreOffice (soffice) is not installed; on Debian or Ubuntu: apt-get install libreoffice-calc-nogui" >&2
  exit 2
fi
work=${2:-$(mktemp -d "${TMPDIR:-/tmp}/keneya-libreoffice-fr.XXXXXX")}
mkdir -p "$work"
echo "work directory: $work"

# The CSV import filter's options: separator 59 (;), text delimiter 34 ("), character set 76
# (UTF-8), from line 1, standard column formats, language 1036 (French (France)), so that the
# import reads decimal commas and dd/mm/yyyy dates as a spreadsheet in French does.
filter='CSV:59,34,76,1,,1036'
# A profile of its own, so that no user's LibreOffice settings change the import.
profile="file://$work/libreoffice-profile"

rm -rf "$work/sample" "$work/seeds" "$work/decimals" "$work/ods"
java -jar "$jar" sample --seed 1 --size 200 "$work/sample.json"
java -jar "$jar" convert "$work/sample.json" "$work/sample" --to folder --profile fr --quiet
java -jar "$jar" seeds "$work/seeds" --to folder --profile fr
# The health data's number cells outside lists are whole (XOF has no minor unit): give the seeds'
# stated budget variation two decimals, so that a decimal comma is imported too.
java -jar "$jar" seeds "$work/seeds.json"
python3 - "$work/seeds.json" "$work/decimals.json" <<'PY'
import json, sys
data = json.load(open(sys.argv[1], encoding='utf-8'))
changed = 0
for budget in data['kinds']['budget']:
    if 'statedVariation' in budget:
        budget['statedVariation'].update(percent=-11.25, decimals=2)
        changed += 1
assert changed, 'no budget of the seeds states a variation any more: pick another decimal to change'
json.dump(data, open(sys.argv[2], 'w', encoding='utf-8'), ensure_ascii=False)
PY
java -jar "$jar" convert "$work/decimals.json" "$work/decimals" --to folder --profile fr --quiet
grep -q ';-11,25;' "$work/decimals/budget.csv" || { echo "FAIL decimals/budget.csv: no cell -11,25 written" >&2; exit 1; }
mkdir -p "$work/ods/sample" "$work/ods/seeds" "$work/ods/decimals"
for set in sample seeds decimals; do
  "$soffice" -env:UserInstallation="$profile" --headless --infilter="$filter" --convert-to fods \
    --outdir "$work/ods/$set" "$work/$set"/*.csv > "$work/ods/$set.log" 2>&1
done

python3 - "$work" <<'PY'
import json, os, sys
import xml.etree.ElementTree as ET

work = sys.argv[1]
T = '{urn:oasis:names:tc:opendocument:xmlns:table:1.0}'
O = '{urn:oasis:names:tc:opendocument:xmlns:office:1.0}'
X = '{urn:oasis:names:tc:opendocument:xmlns:text:1.0}'
expected_type = {'number': 'float', 'integer': 'float', 'date': 'date'}
failed = False

def rows(path):
    """The rows of the first sheet, each a list of (value-type, text) per column."""
    sheet = ET.parse(path).getroot().find('.//' + T + 'table')
    for row in sheet.iter(T + 'table-row'):
        cells = []
        for cell in row:
            if cell.tag not in (T + 'table-cell', T + 'covered-table-cell'):
                continue
            text = '\n'.join(''.join(p.itertext()) for p in cell.iter(X + 'p'))
            repeat = int(cell.get(T + 'number-columns-repeated', '1'))
            cells.extend([(cell.get(O + 'value-type'), text)] * min(repeat, 1000))
        repeat = int(row.get(T + 'number-rows-repeated', '1'))
        if any(text for _, text in cells):
            for _ in range(repeat):
                yield cells

for data_set in ('sample', 'seeds', 'decimals'):
    with open(os.path.join(work, data_set, 'datapackage.json'), encoding='utf-8') as f:
        descriptor = json.load(f)
    for resource in descriptor['resources']:
        name = resource['path']
        fields = {f['name']: f['type'] for f in resource['schema']['fields']}
        ods = os.path.join(work, 'ods', data_set, name[:-len('.csv')] + '.fods')
        where = f'{data_set}/{name}'
        if not os.path.exists(ods):
            print(f'FAIL {where}: LibreOffice wrote no {ods} (see {work}/ods/{data_set}.log)')
            failed = True
            continue
        table = list(rows(ods))
        header = [text for _, text in table[0]] if table else []
        if header[:len(fields)] != list(fields):
            print(f'FAIL {where}: the header read is {header[:len(fields)]}, not the declared fields')
            failed = True
            continue
        checked = {'float': 0, 'date': 0}
        errors = []
        for r, cells in enumerate(table[1:], start=2):
            for c, column in enumerate(header[:len(fields)]):
                want = expected_type.get(fields[column])
                if want is None or c >= len(cells) or not cells[c][1]:
                    continue
                got, text = cells[c]
                if got != want:
                    errors.append(f'row {r}, column {column}: {text!r} is {got or "text"}, not {want}')
                else:
                    checked[want] += 1
        status = 'FAIL' if errors else 'PASS'
        failed = failed or bool(errors)
        print(f'{status} {where}: {len(table) - 1} rows, {checked["float"]} number cells and '
              f'{checked["date"]} date cells read as numbers and dates')
        for e in errors[:20]:
            print('  ' + e)
        if len(errors) > 20:
            print(f'  ... and {len(errors) - 20} more')
sys.exit(1 if failed else 0)
PY
