// Validates Keneya CSV outputs (zips and folders) with the Frictionless JavaScript library
// (datapackage-js): the descriptor against the Data Package profile, then every row of every
// table read and cast against its Table Schema, foreign keys included.
// Usage: node datapackage-validate.cjs MODULES_DIR OUTPUT...  (MODULES_DIR holds node_modules)
// Prints one line per output (PASS or FAIL) and, under a failure, each error; exits 1 on a failure.
'use strict';
const path = require('path');
const { createRequire } = require('module');

const [modules, ...outputs] = process.argv.slice(2);
// With relations checked, each table's stream gets one listener per referenced table: more than
// Node's default of 10 for recommendation.csv, which only makes Node warn.
require('events').defaultMaxListeners = 100;
const { Package } = createRequire(path.join(path.resolve(modules), 'package.json'))('datapackage');

// Shows a cell as JSON, with invisible characters such as a byte-order mark escaped.
function shown(text) {
  return JSON.stringify(text).replace(/[\u0000-\u001f\u007f-\u00a0\u200b-\u200f\ufeff]/g,
      (c) => '\\u' + c.charCodeAt(0).toString(16).padStart(4, '0'));
}

// A cast error of datapackage-js nests the errors of each cell under `errors`.
function messages(error) {
  const nested = Array.isArray(error.errors) && error.errors.length ? error.errors : [];
  return nested.length ? nested.map((e) => e.message || String(e)) : [error.message || String(error)];
}

async function check(output) {
  const errors = [];
  let rows = 0;
  const source = output.endsWith('.zip') ? output : path.join(output, 'datapackage.json');
  const pkg = await Package.load(source, { strict: false });
  for (const e of pkg.errors) errors.push(`datapackage.json: ${e.message}`);
  for (const resource of pkg.resources) {
    const where = resource.descriptor.path || resource.name;
    for (const e of resource.errors) errors.push(`${where}: descriptor: ${e.message}`);
    if (!resource.tabular) continue;
    try {
      const table = await resource.table;
      const expected = (resource.descriptor.schema.fields || []).map((f) => f.name);
      // Read before casting, so that the header is checked as the file holds it.
      const headers = (await table.read({ cast: false, limit: 1 }), table.headers);
      const differs = expected.findIndex((name, i) => headers[i] !== name);
      if (differs >= 0 || headers.length !== expected.length) {
        const i = differs >= 0 ? differs : expected.length;
        errors.push(`${where}: header cell ${i + 1} is ${shown(headers[i])}, the schema's field is ${shown(expected[i])}`);
      }
      const iterator = await resource.iter({ cast: true, forceCast: true, relations: true, extended: true });
      let row = 1;
      const repeated = new Map(); // message -> [first row, count]: one line per message and table
      for await (const item of iterator) {
        row++;
        if (item instanceof Error) {
          for (const m of messages(item)) {
            const seen = repeated.get(m);
            if (seen) seen[1]++; else repeated.set(m, [item.rowNumber || row, 1]);
          }
        } else {
          rows++;
        }
      }
      for (const [m, [first, count]] of repeated) {
        errors.push(`${where}, row ${first}${count > 1 ? ` and ${count - 1} more rows` : ''}: ${m}`);
      }
    } catch (e) {
      for (const m of messages(e)) errors.push(`${where}: ${m}`);
    }
  }
  return { errors, rows, resources: pkg.resources.length };
}

(async () => {
  let failed = false;
  for (const output of outputs) {
    let result;
    try {
      result = await check(output);
    } catch (e) {
      result = { errors: [`cannot load: ${e.message}`], rows: 0, resources: 0 };
    }
    const ok = result.errors.length === 0;
    failed = failed || !ok;
    console.log(`${ok ? 'PASS' : 'FAIL'} ${output}: ${result.resources} tables, ${result.rows} rows cast`
        + (ok ? '' : `, ${result.errors.length} errors`));
    const listed = result.errors.slice(0, 40);
    for (const e of listed) console.log(`  ${e}`);
    if (result.errors.length > listed.length) console.log(`  … and ${result.errors.length - listed.length} more`);
  }
  process.exit(failed ? 1 : 0);
})();
