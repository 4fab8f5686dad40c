import { DOCUMENT_MEDIA_TYPES, detectDocumentType } from './document-type';

const OLE_HEADER = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504)]);

/** The first sector of an OLE compound file, then a stream holding `payload`, as in a real file. */
const compoundFile = (payload: string) => Buffer.concat([OLE_HEADER, Buffer.alloc(512), Buffer.from(payload, 'latin1'), Buffer.alloc(64)]);

/** A ZIP whose first local entry is `name` holding `data`, as a packager writes it. */
function zipWithFirstEntry(name: string, data: string, { method = 0, flags = 0, declaredSize = data.length } = {}): Buffer {
  const header = Buffer.alloc(30);
  header.write('PK\x03\x04', 0, 'latin1');
  header.writeUInt16LE(20, 4); // version needed
  header.writeUInt16LE(flags, 6);
  header.writeUInt16LE(method, 8);
  header.writeUInt32LE(declaredSize, 18);
  header.writeUInt32LE(declaredSize, 22);
  header.writeUInt16LE(name.length, 26);
  header.writeUInt16LE(0, 28);
  return Buffer.concat([header, Buffer.from(name, 'latin1'), Buffer.from(data, 'latin1'), Buffer.from('PK\x03\x04 next entry…', 'latin1')]);
}

describe('detectDocumentType', () => {
  it('recognises a PDF by its header, whatever follows', () => {
    expect(detectDocumentType(Buffer.from('%PDF-1.7\n%âãÏÓ\n1 0 obj'))).toBe(DOCUMENT_MEDIA_TYPES.pdf);
  });

  it('recognises an HWP 5 compound file by the signature of its FileHeader stream', () => {
    expect(detectDocumentType(compoundFile('HWP Document File\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0'))).toBe(DOCUMENT_MEDIA_TYPES.hwp);
  });

  it('refuses other compound files (a Word document has the same OLE header)', () => {
    expect(detectDocumentType(compoundFile('WordDocument\0Microsoft Word 97-2003'))).toBeUndefined();
  });

  it('refuses the HWP signature outside a compound file', () => {
    expect(detectDocumentType(Buffer.from('HWP Document File'))).toBeUndefined();
  });

  it('recognises HWPX by its stored mimetype entry, with sizes in the header or in a data descriptor', () => {
    expect(detectDocumentType(zipWithFirstEntry('mimetype', 'application/hwp+zip'))).toBe(DOCUMENT_MEDIA_TYPES.hwpx);
    expect(detectDocumentType(zipWithFirstEntry('mimetype', 'application/hwp+zip', { flags: 0x08, declaredSize: 0 }))).toBe(DOCUMENT_MEDIA_TYPES.hwpx);
  });

  it.each([
    ['an EPUB (another mimetype)', zipWithFirstEntry('mimetype', 'application/epub+zip')],
    ['a mimetype that only starts like HWPX', zipWithFirstEntry('mimetype', 'application/hwp+zipper')],
    ['a ZIP whose first entry is not the mimetype', zipWithFirstEntry('Contents/section0.xml', 'application/hwp+zip')],
    ['a compressed mimetype entry', zipWithFirstEntry('mimetype', 'application/hwp+zip', { method: 8 })],
    ['a ZIP cut inside its first header', zipWithFirstEntry('mimetype', 'application/hwp+zip').subarray(0, 20)],
  ])('refuses %s', (_case, bytes) => {
    expect(detectDocumentType(bytes)).toBeUndefined();
  });

  it.each([
    ['nothing', Buffer.alloc(0)],
    ['plain text claiming to be a PDF', Buffer.from('PDF-1.7 this is not one')],
    ['a PNG', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])],
    ['a PDF header not at the start', Buffer.from(' %PDF-1.7')],
  ])('refuses %s', (_case, bytes) => {
    expect(detectDocumentType(bytes)).toBeUndefined();
  });

  it('reads a view into a larger buffer from its own start', () => {
    const larger = Buffer.concat([Buffer.from('junk'), Buffer.from('%PDF-1.4')]);
    expect(detectDocumentType(new Uint8Array(larger.buffer, larger.byteOffset + 4, 8))).toBe(DOCUMENT_MEDIA_TYPES.pdf);
  });
});
