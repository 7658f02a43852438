// CSV as RFC 4180 writes it: records end with CRLF; a field holding a comma,
// a double quote, a CR or an LF is put in double quotes, with its quotes
// doubled. Text is written as is (UTF-8, no BOM, so Arabic passes through and
// a parser sees the header's first byte as "f").

export function csvField(v: string | number): string {
  const s = String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function csvRecord(fields: readonly (string | number)[]): string {
  return fields.map(csvField).join(",") + "\r\n";
}
