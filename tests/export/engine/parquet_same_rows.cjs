// Reads two Parquet files with DuckDB (@duckdb/node-api) and checks that they
// hold the same rows in the same order, column types included, and that no
// row group of either holds more than MAX_GROUP rows.
// usage: node parquet_same_rows.cjs TOOLS_DIR A B MAX_GROUP
'use strict';
const path = require('path');
const { createRequire } = require('module');

const [toolsDir, a, b, maxGroup] = process.argv.slice(2);
const duckdb = createRequire(path.join(toolsDir, 'package.json'))('@duckdb/node-api');
const quote = (s) => "'" + String(s).replace(/'/g, "''") + "'";

(async () => {
  const instance = await duckdb.DuckDBInstance.create(':memory:');
  const c = await instance.connect();
  const rowsOf = async (file) => {
    // Every value of every page: each row as text, NULLs spelled out.
    const reader = await c.runAndReadAll(`SELECT * FROM read_parquet(${quote(file)})`);
    return reader.getRows().map((r) => JSON.stringify(r, (_, v) => (typeof v === 'bigint' ? v.toString() + 'n' : v)));
  };
  const typesOf = async (file) => {
    const reader = await c.runAndReadAll(`DESCRIBE SELECT * FROM read_parquet(${quote(file)})`);
    return JSON.stringify(reader.getRows().map((r) => [r[0], r[1]]));
  };
  const groupsOf = async (file) => {
    const reader = await c.runAndReadAll(
      `SELECT DISTINCT row_group_id, row_group_num_rows FROM parquet_metadata(${quote(file)}) ORDER BY 1`);
    return reader.getRows().map((r) => Number(r[1]));
  };
  let failed = false;
  const fail = (m) => { console.error(m); failed = true; };
  const [ra, rb] = [await rowsOf(a), await rowsOf(b)];
  if (ra.length !== rb.length) fail(`row counts differ: ${ra.length} and ${rb.length}`);
  for (let i = 0; i < Math.min(ra.length, rb.length) && !failed; ++i)
    if (ra[i] !== rb[i]) fail(`row ${i + 1} differs:\n  ${ra[i]}\n  ${rb[i]}`);
  const [ta, tb] = [await typesOf(a), await typesOf(b)];
  if (ta !== tb) fail(`column types differ: ${ta} and ${tb}`);
  for (const file of [a, b]) {
    const groups = await groupsOf(file);
    if (groups.some((n) => n > Number(maxGroup))) fail(`${file}: a row group exceeds ${maxGroup} rows: ${groups}`);
    console.log(`${path.basename(file)}: ${groups.length} row groups (${groups.join(' ')})`);
  }
  console.log(`${ra.length} rows compared`);
  process.exit(failed ? 1 : 0);
})().catch((e) => { console.error(e); process.exit(2); });
