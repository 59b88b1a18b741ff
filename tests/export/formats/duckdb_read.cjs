// Reads an export with DuckDB (@duckdb/node-api) and compares every value.
// usage: node duckdb_read.cjs TOOLS_DIR MODE FILE EXPECTED [OPTIONS_JSON]
//   MODE: csv | json | ndjson
//   OPTIONS_JSON (csv): {"delimiter":",","quote":"\"","nullText":"","formula":true,"header":true}
'use strict';
const fs = require('fs');
const path = require('path');
const { createRequire } = require('module');

const [toolsDir, mode, file, expectedPath, optionsJson] = process.argv.slice(2);
const duckdb = createRequire(path.join(toolsDir, 'package.json'))('@duckdb/node-api');
const options = optionsJson ? JSON.parse(optionsJson) : {};

function load(p) {
  const lines = fs.readFileSync(p, 'ascii').split('\n').filter((l) => l.length > 0);
  const columns = JSON.parse(lines[0]);
  const rows = lines.slice(1).map((line) => JSON.parse(line).map((cell) => {
    if (cell === null) return ['null', null];
    switch (cell[0]) {
      case 'i': return ['integer', BigInt(cell[1])];
      case 'd': return ['double', Buffer.from(cell[1].padStart(16, '0'), 'hex').readDoubleBE(0)];
      case 'b': return ['boolean', cell[1] === 1];
      case 't': return ['text', Buffer.from(cell[1], 'hex').toString('utf8')];
      case 'ts': return ['timestamp', BigInt(cell[1])];
      default: throw new Error('unknown tag ' + cell[0]);
    }
  }));
  return { columns, rows };
}

const sqlTypes = { integer: 'BIGINT', double: 'DOUBLE', boolean: 'BOOLEAN', text: 'VARCHAR', timestamp: 'TIMESTAMP' };
const quoteSql = (s) => "'" + String(s).replace(/'/g, "''") + "'";

function show(v) {
  if (typeof v === 'bigint') return v.toString() + 'n';
  if (typeof v === 'number' && Object.is(v, -0)) return '-0';
  if (typeof v === 'string' && v.length > 80) return JSON.stringify(v.slice(0, 60)) + `...(${v.length} chars)`;
  return JSON.stringify(v) ?? String(v);
}

(async () => {
  const { columns, rows } = load(expectedPath);
  const spec = '{' + columns.map(([name, type]) => `${quoteSql(name)}: ${quoteSql(sqlTypes[type])}`).join(', ') + '}';
  let from;
  if (mode === 'csv') {
    from = `read_csv(${quoteSql(file)}, header=${options.header !== false}, columns=${spec}, ` +
      `delim=${quoteSql(options.delimiter ?? ',')}, quote=${quoteSql(options.quote ?? '"')}, ` +
      `escape=${quoteSql(options.quote ?? '"')}, nullstr=${quoteSql(options.nullText ?? '')}, ` +
      `allow_quoted_nulls=false, strict_mode=true, max_line_size=4000000)`;
  } else {
    from = `read_json(${quoteSql(file)}, format=${quoteSql(mode === 'ndjson' ? 'newline_delimited' : 'array')}, ` +
      `columns=${spec}, maximum_object_size=16000000)`;
  }
  // Text comes back as hex of its UTF-8 bytes: the Node binding's UTF-8
  // decoder drops a leading U+FEFF, which DuckDB itself keeps.
  const select = columns.map(([name, type]) =>
    type === 'timestamp' ? `epoch_ms("${name}") AS "${name}"`
      : type === 'text' ? `hex(encode("${name}")) AS "${name}"` : `"${name}"`).join(', ');
  const instance = await duckdb.DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  const result = await connection.runAndReadAll(`SELECT ${select} FROM ${from}`);
  const actualRows = result.getRows();

  let mismatches = 0;
  let checked = 0;
  const check = (ok, where, actual, expected) => {
    ++checked;
    if (!ok && ++mismatches <= 20) console.log(`duckdb ${mode}: ${where}: got ${show(actual)}, expected ${show(expected)}`);
  };
  check(actualRows.length === rows.length, 'row count', actualRows.length, rows.length);
  rows.forEach((row, r) => {
    const actual = actualRows[r] ?? [];
    row.forEach(([kind, value], c) => {
      const where = `row ${r + 1} column ${columns[c][0]}`;
      let want = value;
      if (kind === 'text' && mode === 'csv' && options.formula !== false && /^[=+\-@\t\r]/.test(value)) want = "'" + value;
      if (kind === 'text') want = Buffer.from(want, 'utf8').toString('hex').toUpperCase();
      const got = actual[c];
      let ok;
      if (kind === 'double') ok = typeof got === 'number' && Object.is(got, want);
      else if (kind === 'null') ok = got === null;
      else ok = got === want;
      check(ok, where, got, want);
    });
  });
  if (mismatches > 0) {
    console.log(`duckdb ${mode}: ${mismatches} mismatches in ${checked} checks`);
    process.exit(1);
  }
  console.log(`duckdb ${mode}: ${checked} values checked, all equal`);
})().catch((e) => { console.error(e); process.exit(2); });
