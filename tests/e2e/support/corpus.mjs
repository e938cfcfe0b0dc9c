// Reads corpus/corpus.json the way the app does, so tests can derive their
// expectations from the data instead of typing them.
import { readFileSync } from 'node:fs';

export const corpusText = readFileSync('corpus/corpus.json', 'utf8');
export const corpus = JSON.parse(corpusText);

/** A document's paragraphs with their anchors (p1, p2, … in reading order). */
export function paragraphs(docId) {
  const doc = corpus.documents.find((d) => d.id === docId);
  return doc.sections.flatMap((s) => s.paragraphs).map((p, i) => ({ ...p, anchor: `p${i + 1}` }));
}

/** The words a quote `[doc, anchor, start, end, raw?]` spans (byte offsets),
 * in a paragraph (`p12`) or a note (`n4`): in the text as received when
 * `raw` is true (only that text holds the words), else the corrected text. */
export function quoteText([doc, anchor, start, end, raw]) {
  const place = anchor.startsWith('n')
    ? corpus.documents.find((d) => d.id === doc).notes.find((n) => `n${n.number}` === anchor)
    : paragraphs(doc).find((x) => x.anchor === anchor);
  const text = raw ? (place.raw ?? place.text) : place.text;
  return Buffer.from(text, 'utf8').subarray(start, end).toString('utf8');
}

/** Parses RFC 4180 CSV (quoted fields, doubled quotes, CRLF) into rows.
 * A leading byte-order mark is skipped, as spreadsheets do; a second one
 * would stay in the first field. */
export function parseCsv(text) {
  if (text.startsWith('\uFEFF')) text = text.slice(1);
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i++; }
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(field); field = ''; }
    else if (c === '\r' && text[i + 1] === '\n') { row.push(field); rows.push(row); row = []; field = ''; i++; }
    else if (c === '\n') { row.push(field); rows.push(row); row = []; field = ''; }
    else field += c;
  }
  if (field !== '' || row.length) { row.push(field); rows.push(row); }
  return rows;
}
