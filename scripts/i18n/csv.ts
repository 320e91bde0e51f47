// CSV as RFC 4180 writes it (quoted where needed, CRLF), read back with the line each record
// starts on, so a refusal can say where to look in the translation office's spreadsheet.

export interface CsvRecord {
  /** 1-based line of the file where the record starts (a quoted field may span lines). */
  line: number;
  fields: string[];
}

const needsQuotes = /[",\r\n]/;

export function writeCsv(rows: readonly (readonly string[])[]): string {
  const cell = (value: string) => (needsQuotes.test(value) || value !== value.trim() ? `"${value.replace(/"/g, '""')}"` : value);
  // The byte-order mark makes spreadsheet programs read the file as UTF-8, not the local code page.
  return `\ufeff${rows.map((row) => row.map(cell).join(',')).join('\r\n')}\r\n`;
}

/** Records of a CSV text; throws with a line number on an unterminated quote. */
export function readCsv(text: string): CsvRecord[] {
  const source = text.replace(/^\ufeff/, '');
  const records: CsvRecord[] = [];
  let line = 1;
  let start = 1;
  let field = '';
  let fields: string[] = [];
  let quoted = false;
  let i = 0;
  const endRecord = () => {
    fields.push(field);
    // A blank line (a spreadsheet's trailing one) is no record.
    if (!(fields.length === 1 && fields[0] === '')) records.push({ line: start, fields });
    fields = [];
    field = '';
  };
  while (i < source.length) {
    const c = source[i];
    if (quoted) {
      if (c === '"' && source[i + 1] === '"') {
        field += '"';
        i += 2;
        continue;
      }
      if (c === '"') quoted = false;
      else {
        if (c === '\n') line += 1;
        field += c;
      }
      i += 1;
      continue;
    }
    if (c === '"' && field === '') quoted = true;
    else if (c === ',') {
      fields.push(field);
      field = '';
    } else if (c === '\r' && source[i + 1] === '\n') {
      i += 1;
      continue;
    } else if (c === '\n') {
      endRecord();
      line += 1;
      start = line;
    } else field += c;
    i += 1;
  }
  if (quoted) throw new Error(`第 ${start} 行：引号未闭合 (unterminated quote)`);
  if (field !== '' || fields.length > 0) endRecord();
  return records;
}
