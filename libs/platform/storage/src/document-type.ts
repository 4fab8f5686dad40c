/** The document formats an applicant may attach, by what their bytes are, never by what the client calls them. */
export const DOCUMENT_MEDIA_TYPES = {
  pdf: 'application/pdf',
  /** HWP 5: an OLE compound file. */
  hwp: 'application/x-hwp',
  /** HWPX (OWPML): a ZIP package in the OCF layout. */
  hwpx: 'application/hwp+zip',
} as const;

export type DocumentMediaType = (typeof DOCUMENT_MEDIA_TYPES)[keyof typeof DOCUMENT_MEDIA_TYPES];

const ascii = (text: string) => Buffer.from(text, 'latin1');

const PDF_MAGIC = ascii('%PDF-');
const OLE_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
// The first bytes of HWP 5's FileHeader stream (never compressed or encrypted). Word, Excel and
// installer files are OLE compound files too; this is what tells a Hangul document from them.
const HWP_SIGNATURE = ascii('HWP Document File');
const ZIP_LOCAL_FILE = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const ZIP_STORED = 0;
const ZIP_HAS_DATA_DESCRIPTOR = 0x08;
const HWPX_MIMETYPE = ascii(DOCUMENT_MEDIA_TYPES.hwpx);

/**
 * An HWPX package, as OCF requires of it: the first entry of the ZIP is `mimetype`, stored
 * uncompressed, holding exactly `application/hwp+zip`. A ZIP of anything else (an EPUB, an Office
 * file, a plain archive) has another first entry or another value.
 */
function isHwpx(bytes: Buffer): boolean {
  if (bytes.length < 30 || !bytes.subarray(0, 4).equals(ZIP_LOCAL_FILE)) return false;
  const flags = bytes.readUInt16LE(6);
  const method = bytes.readUInt16LE(8);
  const storedSize = bytes.readUInt32LE(18);
  const nameLength = bytes.readUInt16LE(26);
  const extraLength = bytes.readUInt16LE(28);
  const name = bytes.subarray(30, 30 + nameLength).toString('latin1');
  const dataStart = 30 + nameLength + extraLength;
  const sizeKnown = storedSize === HWPX_MIMETYPE.length || (storedSize === 0 && (flags & ZIP_HAS_DATA_DESCRIPTOR) !== 0);
  return name === 'mimetype' && method === ZIP_STORED && sizeKnown && bytes.subarray(dataStart, dataStart + HWPX_MIMETYPE.length).equals(HWPX_MIMETYPE);
}

/**
 * The media type of a PDF, HWP 5 or HWPX document from its bytes, or `undefined` for anything
 * else, whatever name or type the upload claimed. Give it the whole file: HWP's signature lies
 * inside the compound file, not in its first bytes.
 *
 * @example
 * const mediaType = detectDocumentType(upload);
 * if (!mediaType) throw unsupportedAttachment();
 * await store.put(upload, { mediaType, maxBytes });
 */
export function detectDocumentType(content: Uint8Array): DocumentMediaType | undefined {
  const bytes = Buffer.from(content.buffer, content.byteOffset, content.byteLength);
  if (bytes.subarray(0, PDF_MAGIC.length).equals(PDF_MAGIC)) return DOCUMENT_MEDIA_TYPES.pdf;
  if (bytes.subarray(0, OLE_MAGIC.length).equals(OLE_MAGIC) && bytes.includes(HWP_SIGNATURE, OLE_MAGIC.length)) return DOCUMENT_MEDIA_TYPES.hwp;
  if (isHwpx(bytes)) return DOCUMENT_MEDIA_TYPES.hwpx;
  return undefined;
}
