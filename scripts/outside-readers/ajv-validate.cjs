// Validates Keneya JSON exports with ajv in strict mode against the JSON Schema `keneya schema`
// prints. The Ajv class is chosen by the schema's `$schema` (draft 2020-12, 2019-09 or 07), and
// ajv-formats adds the `date` and other formats, which strict mode otherwise refuses as unknown.
// Usage: node ajv-validate.cjs MODULES_DIR SCHEMA.json DOCUMENT.json...
// Prints one line per document (PASS or FAIL) and, under a failure, each error; exits 1 on a failure.
'use strict';
const fs = require('fs');
const path = require('path');
const { createRequire } = require('module');

const [modules, schemaFile, ...documents] = process.argv.slice(2);
const load = createRequire(path.join(path.resolve(modules), 'package.json'));
const addFormats = load('ajv-formats');

const schema = JSON.parse(fs.readFileSync(schemaFile, 'utf8'));
const dialect = schema.$schema || '(none)';
const classes = {
  'https://json-schema.org/draft/2020-12/schema': 'ajv/dist/2020',
  'https://json-schema.org/draft/2019-09/schema': 'ajv/dist/2019',
  'http://json-schema.org/draft-07/schema#': 'ajv',
  'http://json-schema.org/draft-07/schema': 'ajv',
};
if (!classes[dialect.replace(/#$/, '')] && !classes[dialect]) {
  console.log(`FAIL ${schemaFile}: $schema ${dialect} is not a draft this script knows`);
  process.exit(1);
}
const Ajv = load(classes[dialect] || classes[dialect.replace(/#$/, '')]).default;
console.log(`schema ${schemaFile}: $schema ${dialect}, ${Ajv.name} in strict mode`);

let validate;
try {
  const ajv = new Ajv({ strict: true, allErrors: true });
  addFormats(ajv);
  validate = ajv.compile(schema);
} catch (e) {
  // Strict mode refuses a schema with unknown keywords, formats or ambiguous types: a finding too.
  console.log(`FAIL ${schemaFile}: the schema does not compile in strict mode: ${e.message}`);
  process.exit(1);
}

let failed = false;
for (const file of documents) {
  const ok = validate(JSON.parse(fs.readFileSync(file, 'utf8')));
  failed = failed || !ok;
  console.log(`${ok ? 'PASS' : 'FAIL'} ${file}` + (ok ? '' : `: ${validate.errors.length} errors`));
  for (const e of (validate.errors || []).slice(0, 40)) {
    console.log(`  ${e.instancePath || '/'}: ${e.message} (${e.schemaPath} ${JSON.stringify(e.params)})`);
  }
}
process.exit(failed ? 1 : 0);
