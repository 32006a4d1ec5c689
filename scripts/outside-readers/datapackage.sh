#!/bin/sh
# datapackage-js (Frictionless) on CSV zips and folders written with `,`, `;`, `--bom` and the French
# profile (`--profile fr --no-bom`: decimal commas and dd/mm/yyyy dates, declared in the descriptor):
# validates each descriptor and casts every row of every table against its Table Schema.
# Usage: scripts/outside-readers/datapackage.sh [KENEYA_JAR] [WORK_DIR]
. "$(dirname "$0")/common.sh"
install_modules

keneya sample --seed 1 --size 500 "$work/sample.json"
outputs=""
for variant in comma semicolon comma-bom semicolon-bom-crlf french seeds seeds-french; do
  case $variant in
    comma) flags="" ;;
    semicolon) flags="--delimiter ;" ;;
    comma-bom) flags="--bom" ;;
    semicolon-bom-crlf) flags="--delimiter ; --bom --crlf" ;;
    # the French spreadsheet profile without its byte-order mark, which Frictionless readers keep
    french | seeds-french) flags="--profile fr --no-bom" ;;
    seeds) flags="" ;;
  esac
  for form in zip folder; do
    target="$work/$variant"
    [ "$form" = zip ] && target="$target.zip"
    rm -rf "$target"
    if [ "$variant" = seeds ] || [ "$variant" = seeds-french ]; then
      # shellcheck disable=SC2086
      keneya seeds "$target" --to "$form" $flags
    else
      # shellcheck disable=SC2086 # the flags are words on purpose
      keneya convert "$work/sample.json" "$target" --to "$form" $flags --quiet
    fi
    outputs="$outputs $target"
  done
done
# shellcheck disable=SC2086
node "$here/datapackage-validate.cjs" "$modules" $outputs
