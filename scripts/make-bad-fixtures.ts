/**
 * Writes the derived file fixtures of tests/xlsx/ into tests/fixtures/files/, deterministically:
 *
 * - `kpi-utf8-bom.csv`, `kpi-sjis.csv`: kpi-utf8.csv (hand-written, CRLF like Excel) with a BOM, and in Shift_JIS
 *   (Windows-31J, what Excel on Japanese Windows saves as "CSV"); `kpi-utf16.txt`: the same table as Excel's
 *   "Unicode text" (UTF-16LE with BOM, tab-separated).
 * - `encrypted.xlsx`: a minimal, structurally valid OLE compound file (CFB v3) whose directory holds the streams a
 *   password-protected OOXML workbook has (`\x06DataSpaces`, `EncryptionInfo`, `EncryptedPackage`), all empty.
 *   Crafted because no encryption tool is available here (no msoffcrypto; LibreOffice 7.4's headless export
 *   ignored the password); the reader only looks at the OLE signature and the `EncryptedPackage` entry name.
 * - `legacy.xls`: the same kind of OLE file with a `Workbook` stream, as Excel 97-2003 writes.
 * - `not-a-workbook.xlsx`: a valid zip holding a Word document's parts, no workbook.
 * - `broken-xml.xlsx`: a zip with a workbook part that is not well-formed XML (exceljs's parser throws).
 * - `truncated.xlsx`: the first half of a real workbook written by exceljs.
 *
 * (`libreoffice-97.xls` is a real Excel 97 file, made once with
 * `soffice --headless --convert-to xls tiny.xlsx` from a two-row workbook; it is committed, not rebuilt here.)
 *
 * Run: npx tsx scripts/make-bad-fixtures.ts
 */
import ExcelJS from "exceljs";
import { parse } from "csv-parse/sync";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { crc32 } from "node:zlib";
import { fixZipTimes } from "./build-sample";

const DIR = join(__dirname, "../tests/fixtures/files");

/** UTF-16LE bytes of a string. */
function utf16le(text: string): Uint8Array {
  const out = new Uint8Array(text.length * 2);
  for (let i = 0; i < text.length; i++) {
    out[2 * i] = text.charCodeAt(i) & 0xff;
    out[2 * i + 1] = text.charCodeAt(i) >> 8;
  }
  return out;
}

/** Windows-31J encoder built from the WHATWG shift_jis decoder's table; throws on a character it cannot encode. */
function shiftJis(text: string): Uint8Array {
  const table = new Map<string, number[]>();
  const decoder = new TextDecoder("shift_jis");
  for (let b = 0xa1; b <= 0xdf; b++) table.set(decoder.decode(new Uint8Array([b])), [b]);
  for (const lead of [...range(0x81, 0x9f), ...range(0xe0, 0xfc)]) {
    for (const trail of [...range(0x40, 0x7e), ...range(0x80, 0xfc)]) {
      const ch = decoder.decode(new Uint8Array([lead, trail]));
      if (ch.length === 1 && ch !== "\ufffd" && !table.has(ch)) table.set(ch, [lead, trail]);
    }
  }
  const bytes: number[] = [];
  for (const ch of text) {
    if (ch.charCodeAt(0) < 0x80) bytes.push(ch.charCodeAt(0));
    else if (table.has(ch)) bytes.push(...table.get(ch)!);
    else throw new Error(`not encodable in Shift_JIS: ${ch}`);
  }
  return new Uint8Array(bytes);
}

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}

/** A minimal CFB v3 file (512-byte sectors): header, one FAT sector, one directory sector of empty streams. */
function compoundFile(streamNames: string[]): Uint8Array {
  if (streamNames.length > 3) throw new Error("up to 3 streams");
  const out = new Uint8Array(512 * 3);
  const v = new DataView(out.buffer);
  const END = 0xfffffffe, FREE = 0xffffffff, NONE = 0xffffffff;
  out.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], 0);
  v.setUint16(0x18, 0x003e, true); // minor version
  v.setUint16(0x1a, 0x0003, true); // major version 3
  v.setUint16(0x1c, 0xfffe, true); // little-endian
  v.setUint16(0x1e, 9, true); // 512-byte sectors
  v.setUint16(0x20, 6, true); // 64-byte mini sectors
  v.setUint32(0x2c, 1, true); // one FAT sector
  v.setUint32(0x30, 1, true); // directory starts at sector 1
  v.setUint32(0x38, 0x1000, true); // mini stream cutoff
  v.setUint32(0x3c, END, true); // no mini FAT
  v.setUint32(0x44, END, true); // no DIFAT sectors
  for (let i = 0; i < 109; i++) v.setUint32(0x4c + 4 * i, i === 0 ? 0 : FREE, true);
  const fat = 512;
  for (let i = 0; i < 128; i++) v.setUint32(fat + 4 * i, i === 0 ? 0xfffffffd : i === 1 ? END : FREE, true);
  // directory: entries sorted as CFB compares names (length, then upper case); the middle one is the root's
  // child (black), its neighbours its red left/right siblings: a valid red-black tree of up to 3 nodes
  const names = [...streamNames].sort((a, b) => a.length - b.length || (a.toUpperCase() < b.toUpperCase() ? -1 : 1));
  const mid = Math.floor((names.length - 1) / 2);
  const entry = (i: number, name: string, type: number, color: number, left: number, right: number, child: number) => {
    const at = 1024 + 128 * i;
    out.set(utf16le(name), at);
    v.setUint16(at + 0x40, (name.length + 1) * 2, true);
    out[at + 0x42] = type;
    out[at + 0x43] = color;
    v.setUint32(at + 0x44, left, true);
    v.setUint32(at + 0x48, right, true);
    v.setUint32(at + 0x4c, child, true);
    v.setUint32(at + 0x74, END, true); // empty: no start sector
  };
  entry(0, "Root Entry", 5, 1, NONE, NONE, 1 + mid);
  names.forEach((name, i) =>
    entry(1 + i, name, 2, i === mid ? 1 : 0, i === mid && mid > 0 ? 1 : NONE, i === mid && i + 1 < names.length ? 2 + i : NONE, NONE),
  );
  for (let i = 1 + names.length; i < 4; i++) entry(i, "", 0, 0, NONE, NONE, NONE);
  return out;
}

/** A zip of stored (uncompressed) entries with fixed timestamps. */
function storedZip(files: Record<string, string>): Uint8Array {
  const chunks: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  for (const [name, text] of Object.entries(files)) {
    const data = new TextEncoder().encode(text);
    const nameBytes = new TextEncoder().encode(name);
    const crc = crc32(data);
    const header = (size: number, sig: number): DataView => new DataView(new ArrayBuffer(size + nameBytes.length));
    const local = header(30, 0x04034b50);
    local.setUint32(0, 0x04034b50, true);
    local.setUint16(4, 20, true);
    local.setUint16(10, 0, true);
    local.setUint16(12, (2026 - 1980) << 9 | 1 << 5 | 1, true);
    local.setUint32(14, crc, true);
    local.setUint32(18, data.length, true);
    local.setUint32(22, data.length, true);
    local.setUint16(26, nameBytes.length, true);
    new Uint8Array(local.buffer).set(nameBytes, 30);
    const cd = header(46, 0x02014b50);
    cd.setUint32(0, 0x02014b50, true);
    cd.setUint16(4, 20, true);
    cd.setUint16(6, 20, true);
    cd.setUint16(14, (2026 - 1980) << 9 | 1 << 5 | 1, true);
    cd.setUint32(16, crc, true);
    cd.setUint32(20, data.length, true);
    cd.setUint32(24, data.length, true);
    cd.setUint16(28, nameBytes.length, true);
    cd.setUint32(42, offset, true);
    new Uint8Array(cd.buffer).set(nameBytes, 46);
    chunks.push(new Uint8Array(local.buffer), data);
    central.push(new Uint8Array(cd.buffer));
    offset += local.byteLength + data.length;
  }
  const cdSize = central.reduce((n, c) => n + c.length, 0);
  const end = new DataView(new ArrayBuffer(22));
  end.setUint32(0, 0x06054b50, true);
  end.setUint16(8, central.length, true);
  end.setUint16(10, central.length, true);
  end.setUint32(12, cdSize, true);
  end.setUint32(16, offset, true);
  return Buffer.concat([...chunks, ...central, new Uint8Array(end.buffer)]);
}

/** A tab-separated line of Excel's "Unicode text": cells with a tab, quote or line break are quoted. */
function tsvLine(cells: string[]): string {
  return cells.map((c) => (/[\t"\r\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join("\t");
}

async function main(): Promise<void> {
  const csv = readFileSync(join(DIR, "kpi-utf8.csv"), "utf8");
  const write = (name: string, bytes: Uint8Array): void => {
    writeFileSync(join(DIR, name), bytes);
    console.log(`wrote ${name} (${bytes.length} bytes)`);
  };
  write("kpi-utf8-bom.csv", Buffer.concat([new Uint8Array([0xef, 0xbb, 0xbf]), new TextEncoder().encode(csv)]));
  write("kpi-sjis.csv", shiftJis(csv));
  const rows: string[][] = parse(csv, { relax_column_count: true });
  const tsv = rows.map(tsvLine).join("\r\n") + "\r\n";
  write("kpi-utf16.txt", Buffer.concat([new Uint8Array([0xff, 0xfe]), utf16le(tsv)]));
  write("encrypted.xlsx", compoundFile(["\u0006DataSpaces", "EncryptionInfo", "EncryptedPackage"]));
  write("legacy.xls", compoundFile(["Workbook"]));
  write(
    "not-a-workbook.xlsx",
    storedZip({
      "[Content_Types].xml":
        '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
      "word/document.xml": '<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body/></w:document>',
    }),
  );
  write(
    "broken-xml.xlsx",
    storedZip({
      "[Content_Types].xml":
        '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>',
      "_rels/.rels":
        '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
      "xl/workbook.xml": '<?xml version="1.0" encoding="UTF-8"?><workbook><sheets><sheet name="KPI" sheetId="1"</sheets>',
    }),
  );
  const wb = new ExcelJS.Workbook();
  const fixed = new Date(Date.UTC(2026, 0, 1));
  wb.created = wb.modified = fixed;
  wb.addWorksheet("KPI").addRows([["年度", "No", "取組項目"], ["2024年度", 1, "お客様アンケートの収集"]]);
  const whole = fixZipTimes(new Uint8Array(await wb.xlsx.writeBuffer()), fixed);
  write("truncated.xlsx", whole.subarray(0, Math.floor(whole.length / 2)));
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
