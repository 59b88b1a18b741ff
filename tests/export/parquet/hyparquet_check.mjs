// Reads a Parquet file with hyparquet (+ hyparquet-compressors for ZSTD) and
// compares it with the expectation the test wrote: schema elements (physical,
// converted and logical types, repetition), row groups, codecs, typed
// statistics, and every value of every row. Exits 1 on any mismatch.
//   node hyparquet_check.mjs FILE.parquet FILE.ndjson   (GC_EXPORT_TOOLS set)
import { readFileSync } from 'node:fs'
import {
  Report, checkRowGroupSizes, expectedStatistics, expectedValue, importTool, loadExpectation, same, show,
} from './expectation.mjs'

const [file, expectationFile] = process.argv.slice(2)
const { header, rows } = loadExpectation(expectationFile)
const columns = header.columns
const report = new Report('hyparquet')
const { parquetMetadata, parquetReadObjects } = await importTool('hyparquet')
const { compressors } = await importTool('hyparquet-compressors')
const { parquetHeader } = await importTool('hyparquet/src/column.js')

const bytes = readFileSync(file)
const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength)
// Timestamps as the stored milliseconds (bigint), not Date objects.
const parsers = { timestampFromMilliseconds: v => v }
const meta = parquetMetadata(buffer, { parsers })

const physical = { integer: 'INT64', double: 'DOUBLE', boolean: 'BOOLEAN', text: 'BYTE_ARRAY', timestamp: 'INT64' }
const converted = { text: 'UTF8', timestamp: 'TIMESTAMP_MILLIS' }
const logical = {
  text: { type: 'STRING' },
  timestamp: { type: 'TIMESTAMP', isAdjustedToUTC: true, unit: 'MILLIS' },
}
if (meta.schema[0].num_children !== columns.length) report.add(`root has ${meta.schema[0].num_children} children`)
columns.forEach((c, i) => {
  const s = meta.schema[i + 1]
  const repetition = c.nullable ? 'OPTIONAL' : 'REQUIRED'
  if (!s || s.name !== c.name || s.type !== physical[c.type] || s.repetition_type !== repetition
      || s.converted_type !== converted[c.type]
      || JSON.stringify(s.logical_type) !== JSON.stringify(logical[c.type]))
    report.add(`schema of ${c.name}: ${JSON.stringify(s)}`)
})
if (BigInt(meta.num_rows) !== BigInt(header.rows)) report.add(`num_rows ${meta.num_rows}`)

const sizes = meta.row_groups.map(g => Number(g.num_rows))
checkRowGroupSizes(header, sizes, report.add.bind(report))
// Walks a chunk's page headers: pages must tile the chunk exactly, the
// dictionary page (if any) comes first, and the sizes must add up to the
// ColumnMetaData totals. Returns the number of data pages.
function walkPages(m, where) {
  const view = new DataView(buffer)
  const first = Number(m.dictionary_page_offset ?? m.data_page_offset)
  const end = first + Number(m.total_compressed_size)
  const reader = { view, offset: first }
  let dataPages = 0
  let values = 0
  let uncompressed = 0
  while (reader.offset < end) {
    const pageStart = reader.offset
    const h = parquetHeader(reader)
    uncompressed += reader.offset - pageStart + h.uncompressed_page_size
    if (h.type === 'DICTIONARY_PAGE') {
      if (pageStart !== Number(m.dictionary_page_offset) || dataPages > 0) report.add(`${where}: misplaced dictionary page`)
    } else if (h.type === 'DATA_PAGE') {
      if (dataPages === 0 && pageStart !== Number(m.data_page_offset)) report.add(`${where}: data_page_offset ${m.data_page_offset}, first data page at ${pageStart}`)
      ++dataPages
      values += h.data_page_header.num_values
    } else {
      report.add(`${where}: unexpected page ${h.type}`)
    }
    reader.offset += h.compressed_page_size
  }
  if (reader.offset !== end) report.add(`${where}: pages end at ${reader.offset}, chunk at ${end}`)
  if (values !== Number(m.num_values)) report.add(`${where}: pages hold ${values} values, chunk ${m.num_values}`)
  if (uncompressed !== Number(m.total_uncompressed_size)) report.add(`${where}: pages add up to ${uncompressed} uncompressed bytes, chunk says ${m.total_uncompressed_size}`)
  return dataPages
}

let start = 0
let mostPages = 0
meta.row_groups.forEach((group, g) => {
  group.columns.forEach((chunk, i) => {
    const c = columns[i]
    const m = chunk.meta_data
    const where = `group ${g} ${c.name}`
    if (m.codec !== header.compression) report.add(`${where}: codec ${m.codec}`)
    if (Number(m.num_values) !== sizes[g]) report.add(`${where}: num_values ${m.num_values}`)
    if (m.path_in_schema.join('.') !== c.name) report.add(`${where}: path ${m.path_in_schema}`)
    const pages = walkPages(m, where)
    if (c.name === header.multiPageColumn) mostPages = Math.max(mostPages, pages)
    const want = expectedStatistics(header, rows, i, start, start + sizes[g])
    const st = m.statistics ?? {}
    if (Number(st.null_count) !== want.nulls) report.add(`${where}: null_count ${st.null_count}, expected ${want.nulls}`)
    if (!same(st.min_value, want.min) || !same(st.max_value, want.max))
      report.add(`${where}: min/max ${show(st.min_value)}/${show(st.max_value)}, expected ${show(want.min)}/${show(want.max)}`)
  })
  start += sizes[g]
})
if (header.multiPageColumn && mostPages < 2) report.add(`no chunk of ${header.multiPageColumn} has more than one data page`)

const got = await parquetReadObjects({ file: buffer, compressors, parsers })
if (got.length !== rows.length) report.add(`${got.length} rows, expected ${rows.length}`)
let compared = 0
for (let r = 0; r < Math.min(got.length, rows.length); ++r) {
  columns.forEach((c, i) => {
    const want = expectedValue(c.type, rows[r][i])
    let have = got[r][c.name]
    if (have === undefined) have = null
    if (!same(have, want)) report.add(`row ${r} ${c.name}: ${show(have)}, expected ${show(want)}`)
    ++compared
  })
}

report.finish(`${rows.length} rows, ${compared} values, ${sizes.length} row groups`)
