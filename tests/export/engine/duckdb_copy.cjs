// DuckDB's own export rates, the yardstick of issue 4: loads a CSV export of
// the predictions into an in-memory table (not timed), then times COPY to CSV
// and to Parquet (snappy) from that table, as DuckDB writes from its own memory.
// usage: node duckdb_copy.cjs TOOLS_DIR CSV_FILE OUT_DIR
// prints: {"rows": N, "csv_ms": ..., "parquet_ms": ...}
'use strict';
const path = require('path');
const fs = require('fs');
const { createRequire } = require('module');

const [toolsDir, csvFile, outDir] = process.argv.slice(2);
const duckdb = createRequire(path.join(toolsDir, 'package.json'))('@duckdb/node-api');
const quoteSql = (s) => "'" + String(s).replace(/'/g, "''") + "'";

(async () => {
  const instance = await duckdb.DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  await connection.run(`CREATE TABLE t AS SELECT * FROM read_csv(${quoteSql(csvFile)}, header = true)`);
  const count = await connection.runAndReadAll('SELECT count(*) FROM t');
  const rows = Number(count.getRows()[0][0]);
  const timed = async (sql) => {
    const start = process.hrtime.bigint();
    await connection.run(sql);
    return Number(process.hrtime.bigint() - start) / 1e6;
  };
  const csvOut = path.join(outDir, 'bench-duckdb.csv');
  const parquetOut = path.join(outDir, 'bench-duckdb.parquet');
  const csvMs = await timed(`COPY t TO ${quoteSql(csvOut)} (HEADER)`);
  const parquetMs = await timed(`COPY t TO ${quoteSql(parquetOut)} (FORMAT parquet, COMPRESSION snappy)`);
  fs.rmSync(csvOut, { force: true });
  fs.rmSync(parquetOut, { force: true });
  console.log(JSON.stringify({ rows, csv_ms: csvMs, parquet_ms: parquetMs }));
})().catch((e) => {
  console.error(String(e && e.stack ? e.stack : e));
  process.exit(1);
});
