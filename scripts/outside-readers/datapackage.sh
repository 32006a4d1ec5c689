#!/bin/sh
# datapackage-js (Frictionless) on CSV zips and folders written with `,`, `;` and `--bom`: validates
# each descriptor and casts every row of every table against its Table Schema.
# Usage: scripts/outside-readers/datapackage.sh [KENEYA_JAR] [WORK_DIR]
. "$(dirname "$0")/common.sh"
install_modules

keneya sample --seed 1 --size 500 "$work/sample.json"
outputs=""
for variant in comma semicolon comma-bom semicolon-bom-crlf seeds; do
  case $variant in
    comma) flags="" ;;
    semicolon) flags="--delimiter ;" ;;
    comma-bom) flags="--bom" ;;
    semicolon-bom-crlf) flags="--delimiter ; --bom --crlf" ;;
    seeds) flags="" ;;
  esac
  for form in zip folder; do
    target="$work/$variant"
    [ "$form" = zip ] && target="$target.zip"
    rm -rf "$target"
    if [ "$variant" = seeds ]; then
      keneya seeds "$target" --to "$form"
    else
      # shellcheck disable=SC2086 # the flags are words on purpose
      keneya convert "$work/sample.json" "$target" --to "$form" $flags --quiet
    fi
    outputs="$outputs $target"
  done
done
# shellcheck disable=SC2086
node "$here/datapackage-validate.cjs" "$modules" $outputs
