#!/bin/sh
# ajv (JSON Schema, strict mode) on a sample export and the embedded seeds, against `keneya schema`.
# Usage: scripts/outside-readers/ajv.sh [KENEYA_JAR] [WORK_DIR]
. "$(dirname "$0")/common.sh"
install_modules

keneya schema > "$work/schema.json"
keneya sample --seed 1 --size 500 "$work/sample.json"
keneya seeds "$work/seeds.json"
node "$here/ajv-validate.cjs" "$modules" "$work/schema.json" "$work/sample.json" "$work/seeds.json"
