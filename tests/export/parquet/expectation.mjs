// Shared by the Parquet reader checks: loads the expectation file the test
// wrote next to the Parquet file (see ParquetTestData.h for its format),
// decodes the expected values, and collects mismatches so a check reports
// all of them and exits non-zero.
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import { pathToFileURL } from 'node:url'

const tools = process.env.GC_EXPORT_TOOLS
if (!tools) {
  console.error('GC_EXPORT_TOOLS is not set')
  process.exit(2)
}
const requireTool = createRequire(path.join(tools, 'package.json'))

/** Imports a package installed in tests/export/tools (CommonJS or ESM). */
export async function importTool(name) {
  return import(pathToFileURL(requireTool.resolve(name)).href)
}

export function loadExpectation(file) {
  const lines = readFileSync(file, 'utf8').split('\n').filter(l => l.length > 0)
  const header = JSON.parse(lines[0])
  const rows = lines.slice(1).map(l => JSON.parse(l))
  if (rows.length !== header.rows) throw new Error(`expectation has ${rows.length} rows, header says ${header.rows}`)
  return { header, rows }
}

/** The expected value of one cell as JavaScript: bigint, number, boolean, string or null. */
export function expectedValue(type, cell) {
  if (cell === null) return null
  switch (type) {
  case 'integer':
  case 'timestamp':
    return BigInt(cell)
  case 'double': {
    const view = new DataView(new ArrayBuffer(8))
    view.setBigUint64(0, BigInt('0x' + cell))
    return view.getFloat64(0)
  }
  default:
    return cell
  }
}

const utf8 = new TextEncoder()

/** Orders values as Parquet's statistics do: signed integers, numbers, and text as unsigned UTF-8 bytes. */
export function compareValues(type, a, b) {
  if (type === 'text') return Buffer.compare(Buffer.from(utf8.encode(a)), Buffer.from(utf8.encode(b)))
  return a < b ? -1 : a > b ? 1 : 0
}

/**
 * What the writer promises as statistics for rows [begin, end) of column
 * `index`: null count, and min/max (undefined when none are written: no
 * non-NULL value, only NaN, or text longer than 4096 bytes).
 */
export function expectedStatistics(header, rows, index, begin, end) {
  const type = header.columns[index].type
  let nulls = 0
  let min
  let max
  for (let r = begin; r < end; ++r) {
    const v = expectedValue(type, rows[r][index])
    if (v === null) {
      ++nulls
      continue
    }
    if (type === 'double' && Number.isNaN(v)) continue
    if (min === undefined || compareValues(type, v, min) < 0) min = v
    if (max === undefined || compareValues(type, v, max) > 0) max = v
  }
  if (type === 'double' && min !== undefined) {
    if (min === 0) min = -0
    if (max === 0) max = 0
  }
  if (type === 'boolean' && min !== undefined) {
    // no ordering trick needed: false < true holds for booleans in JS
  }
  if (type === 'text' && min !== undefined
      && (utf8.encode(min).length > 4096 || utf8.encode(max).length > 4096)) {
    min = undefined
    max = undefined
  }
  return { nulls, min, max }
}

/** The rows of each row group as the writer must have cut them. */
export function checkRowGroupSizes(header, sizes, report) {
  const total = sizes.reduce((a, b) => a + b, 0)
  if (total !== header.rows) report(`row groups hold ${total} rows, expected ${header.rows}`)
  if (header.exactRowGroups) {
    const expected = []
    for (let left = header.rows; left > 0; left -= header.rowGroupRows) expected.push(Math.min(left, header.rowGroupRows))
    if (JSON.stringify(expected) !== JSON.stringify(sizes))
      report(`row group sizes ${JSON.stringify(sizes)}, expected ${JSON.stringify(expected)}`)
  } else if (header.rows > 0 && sizes.length <= Math.ceil(header.rows / header.rowGroupRows)) {
    report(`expected the byte limit to close row groups early, got ${sizes.length} groups`)
  } else if (sizes.some(s => s > header.rowGroupRows)) {
    report(`a row group exceeds ${header.rowGroupRows} rows: ${JSON.stringify(sizes)}`)
  }
}

export function same(a, b) {
  if (typeof a === 'number' && typeof b === 'number') return Object.is(a, b) || (Number.isNaN(a) && Number.isNaN(b))
  return a === b
}

export function show(v) {
  if (typeof v === 'string') return JSON.stringify(v.length > 80 ? v.slice(0, 80) + `…(${v.length} chars)` : v)
  if (typeof v === 'bigint') return `${v}n`
  if (Object.is(v, -0)) return '-0'
  return String(v)
}

export class Report {
  constructor(name) {
    this.name = name
    this.errors = []
  }
  add(message) {
    if (this.errors.length < 50) this.errors.push(message)
    else if (this.errors.length === 50) this.errors.push('… more mismatches left out')
  }
  finish(summary) {
    if (this.errors.length > 0) {
      console.error(`${this.name}: ${this.errors.length} problem(s)`)
      for (const e of this.errors) console.error('  ' + e)
      process.exit(1)
    }
    console.log(`${this.name}: OK, ${summary}`)
  }
}
