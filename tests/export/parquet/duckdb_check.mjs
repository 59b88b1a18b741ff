// Reads a Parquet file with DuckDB and compares it with the expectation the
// test wrote: column types, nullability, row groups, compression, encodings,
// statistics, and every value of every row (which makes DuckDB decode every
// page, not just the footer). Exits 1 on any mismatch.
//   node duckdb_check.mjs FILE.parquet FILE.ndjson   (GC_EXPORT_TOOLS set)
import {
  Report, checkRowGroupSizes, compareValues, expectedStatistics, expectedValue, importTool, loadExpectation, same, show,
} from './expectation.mjs'

const [file, expectationFile] = process.argv.slice(2)
const { header, rows } = loadExpectation(expectationFile)
const columns = header.columns
const report = new Report('duckdb')
const { DuckDBInstance } = await importTool('@duckdb/node-api')
const instance = await DuckDBInstance.create(':memory:')
const db = await instance.connect()
const q = async sql => (await db.runAndReadAll(sql)).getRowObjects()
const source = `'${file.replaceAll("'", "''")}'`
const quote = name => `"${name}"`

// Types as DuckDB maps the logical types: TIMESTAMP(isAdjustedToUTC=true) is
// DuckDB's TIMESTAMP WITH TIME ZONE.
const duckType = { integer: 'BIGINT', double: 'DOUBLE', boolean: 'BOOLEAN', text: 'VARCHAR', timestamp: 'TIMESTAMP WITH TIME ZONE' }
const described = await q(`DESCRIBE SELECT * FROM read_parquet(${source})`)
if (described.length !== columns.length) report.add(`${described.length} columns, expected ${columns.length}`)
columns.forEach((c, i) => {
  const d = described[i]
  if (!d || d.column_name !== c.name || d.column_type !== duckType[c.type])
    report.add(`column ${i}: ${d?.column_name} ${d?.column_type}, expected ${c.name} ${duckType[c.type]}`)
})

const physical = { integer: 'INT64', double: 'DOUBLE', boolean: 'BOOLEAN', text: 'BYTE_ARRAY', timestamp: 'INT64' }
const converted = { text: 'UTF8', timestamp: 'TIMESTAMP_MILLIS' }
const schema = (await q(`SELECT * FROM parquet_schema(${source})`)).slice(1)
columns.forEach((c, i) => {
  const s = schema[i]
  const repetition = c.nullable ? 'OPTIONAL' : 'REQUIRED'
  if (!s || s.name !== c.name || s.type !== physical[c.type] || s.repetition_type !== repetition
      || (s.converted_type ?? null) !== (converted[c.type] ?? null))
    report.add(`schema of ${c.name}: ${s?.type} ${s?.repetition_type} ${s?.converted_type}, expected ${physical[c.type]} ${repetition} ${converted[c.type]}`)
})

const fileMeta = (await q(`SELECT * FROM parquet_file_metadata(${source})`))[0]
if (BigInt(fileMeta.num_rows) !== BigInt(header.rows)) report.add(`num_rows ${fileMeta.num_rows}, expected ${header.rows}`)
if (!/^geoconsole version \d+\.\d+\.\d+$/.test(fileMeta.created_by)) report.add(`created_by ${fileMeta.created_by}`)

// Every value, in file order.
const select = columns.map(c => {
  if (c.type === 'integer') return `CAST(${quote(c.name)} AS VARCHAR)`
  if (c.type === 'timestamp') return `CAST(epoch_ms(${quote(c.name)}) AS VARCHAR)`
  return quote(c.name)
}).join(', ')
const result = await db.runAndReadAll(
  `SELECT ${select} FROM read_parquet(${source}, file_row_number = true) ORDER BY file_row_number`)
const got = result.getRows()
if (got.length !== rows.length) report.add(`${got.length} rows, expected ${rows.length}`)
let compared = 0
for (let r = 0; r < Math.min(got.length, rows.length); ++r) {
  columns.forEach((c, i) => {
    let want = expectedValue(c.type, rows[r][i])
    if (want !== null && (c.type === 'integer' || c.type === 'timestamp')) want = String(want)
    const have = got[r][i]
    if (!same(have, want)) report.add(`row ${r} ${c.name}: ${show(have)}, expected ${show(want)}`)
    ++compared
  })
}

// Aggregates over whole columns, as a second path through every page.
const counts = (await db.runAndReadAll(
  `SELECT ${columns.map(c => `count(${quote(c.name)})`).join(', ')} FROM read_parquet(${source})`)).getRows()[0]
columns.forEach((c, i) => {
  const want = rows.filter(row => row[i] !== null).length
  if (Number(counts[i]) !== want) report.add(`count(${c.name}) = ${counts[i]}, expected ${want}`)
})

// Row groups, compression, encodings, statistics.
const meta = await q(`SELECT * FROM parquet_metadata(${source}) ORDER BY row_group_id, column_id`)
const groups = new Map()
for (const m of meta) groups.set(Number(m.row_group_id), Number(m.row_group_num_rows))
const sizes = [...groups.keys()].sort((a, b) => a - b).map(k => groups.get(k))
if (BigInt(fileMeta.num_row_groups) !== BigInt(sizes.length)) report.add(`num_row_groups ${fileMeta.num_row_groups}, listed ${sizes.length}`)
checkRowGroupSizes(header, sizes, report.add.bind(report))
const starts = []
sizes.reduce((at, n) => { starts.push(at); return at + n }, 0)
const dictionaryColumns = new Set(header.dictionaryColumns)
for (const m of meta) {
  const g = Number(m.row_group_id)
  const i = Number(m.column_id)
  const c = columns[i]
  const where = `group ${g} ${c.name}`
  if (m.compression !== header.compression) report.add(`${where}: compression ${m.compression}, expected ${header.compression}`)
  if (Number(m.num_values) !== sizes[g]) report.add(`${where}: num_values ${m.num_values}, expected ${sizes[g]}`)
  const stats = expectedStatistics(header, rows, i, starts[g], starts[g] + sizes[g])
  if (Number(m.stats_null_count) !== stats.nulls) report.add(`${where}: null_count ${m.stats_null_count}, expected ${stats.nulls}`)
  const hasValues = stats.nulls < sizes[g]
  const dictionary = m.dictionary_page_offset !== null
  const encodings = String(m.encodings)
  if (dictionaryColumns.has(c.name) && hasValues) {
    if (!dictionary || !encodings.includes('RLE_DICTIONARY')) report.add(`${where}: not dictionary-encoded (${encodings})`)
  } else if (dictionary || encodings.includes('DICTIONARY')) {
    report.add(`${where}: dictionary-encoded (${encodings}), expected PLAIN`)
  }
  // DuckDB prints statistics as text; integers and strings print exactly.
  if (c.type === 'integer' || c.type === 'text') {
    const want = v => (v === undefined ? null : String(v))
    if (m.stats_min_value !== want(stats.min) || m.stats_max_value !== want(stats.max))
      report.add(`${where}: min/max ${show(m.stats_min_value)}/${show(m.stats_max_value)}, expected ${show(want(stats.min))}/${show(want(stats.max))}`)
  } else if (c.type === 'double') {
    // DuckDB shows a non-finite bound as NULL (parquet_statistics.cpp); the
    // hyparquet check compares the stored bytes of those.
    const shown = v => (v === undefined || !Number.isFinite(v) ? undefined : v)
    const have = [m.stats_min_value, m.stats_max_value].map(v => (v === null ? undefined : Number(v)))
    if (!same(have[0], shown(stats.min)) || !same(have[1], shown(stats.max)))
      report.add(`${where}: min/max ${m.stats_min_value}/${m.stats_max_value}, expected ${show(stats.min)}/${show(stats.max)}`)
  } else if ((m.stats_min_value === null) !== (stats.min === undefined)) {
    report.add(`${where}: min ${m.stats_min_value}, expected ${show(stats.min)}`)
  }
}
// Filters DuckDB answers with the statistics: it skips row groups whose
// min/max exclude the constant, so a wrong bound loses rows here.
const sqlLiteral = (type, v) => {
  if (type === 'text') return `'${v.replaceAll("'", "''")}'`
  if (type === 'integer') return `(${v})::BIGINT`
  return `(${String(v)})::DOUBLE`
}
let filters = 0
for (const [i, c] of columns.entries()) {
  if (!['integer', 'double', 'text'].includes(c.type)) continue
  const values = rows.map(row => expectedValue(c.type, row[i]))
  const candidates = [0, rows.length / 3, rows.length / 2, rows.length - 1].map(Math.floor)
    .map(r => values[r]).filter(v => v !== null && v !== undefined && (c.type !== 'double' || Number.isFinite(v)))
  for (const t of candidates) {
    const greater = v => (c.type === 'double' && Number.isNaN(v)) || (c.type === 'text' ? compareValues('text', v, t) > 0 : v > t)
    const want = [values.filter(v => v !== null && greater(v)).length, values.filter(v => v !== null && v === t).length] // -0 === 0, as in SQL
    const lit = sqlLiteral(c.type, t)
    const have = (await db.runAndReadAll(`SELECT count(*) FILTER (WHERE ${quote(c.name)} > ${lit}), count(*) FILTER (WHERE ${quote(c.name)} = ${lit}) FROM read_parquet(${source})`)).getRows()[0].map(Number)
    const pushed = Number((await db.runAndReadAll(`SELECT count(*) FROM read_parquet(${source}) WHERE ${quote(c.name)} > ${lit}`)).getRows()[0][0])
    if (have[0] !== want[0] || have[1] !== want[1] || pushed !== want[0])
      report.add(`${c.name} vs ${show(t)}: > ${have[0]} (filtered scan ${pushed}), = ${have[1]}; expected ${want[0]}, ${want[1]}`)
    ++filters
  }
}

report.finish(`${rows.length} rows, ${compared} values, ${sizes.length} row groups, ${filters} filters`)
