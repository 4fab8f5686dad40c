import { randomUUID } from 'node:crypto';
import { openFields, sealFields } from '../personal-fields';
import { PersonalKeyStore, SubjectErasedError } from '../personal-key-store.port';

/**
 * What every key store must do, run against each adapter: one key per person however many ask at
 * once, erasure that leaves a tombstone and no key, and sealed values that open until then and
 * read as erased after.
 */
export function personalKeyStoreContract(name: string, open: () => Promise<PersonalKeyStore>): void {
  describe(`personal key store: ${name}`, () => {
    let keys: PersonalKeyStore;
    beforeEach(async () => (keys = await open()));
    afterEach(() => keys.close());
    const person = () => `person:${randomUUID()}`;

    it('makes one key per person on first use, the same however many ask at once', async () => {
      const [a, b] = [person(), person()];
      expect(await keys.find(a)).toBeNull();
      const raced = await Promise.all(Array.from({ length: 8 }, () => keys.keyOf(a)));
      expect(new Set(raced.map(({ key }) => Buffer.from(key).toString('hex'))).size).toBe(1);
      expect((await keys.find(a)) as { key: Uint8Array }).toMatchObject({ subject: a, key: raced[0].key });
      expect(Buffer.from((await keys.keyOf(b)).key).equals(Buffer.from(raced[0].key))).toBe(false);
    });

    it('marks when something of a person was last sealed, to the day, from which their retention runs', async () => {
      const subject = person();
      const before = Date.now();
      const first = await keys.keyOf(subject);
      expect(Math.abs(Date.parse(first.lastSealedAt) - before)).toBeLessThan(60_000);
      const second = await keys.keyOf(subject);
      expect(second.lastSealedAt).toBe(first.lastSealedAt);
      expect(await keys.find(subject)).toMatchObject({ lastSealedAt: first.lastSealedAt });
    });

    it('destroys a key for good, keeping when and why, and seals nothing new for that person', async () => {
      const subject = person();
      await keys.keyOf(subject);
      const erasure = { at: '2026-12-04T10:00:00.000Z', reference: 'erasure-1' };
      expect(await keys.erase(subject, erasure)).toBe('erased');
      expect(await keys.find(subject)).toEqual({ subject, erasedAt: erasure.at, reference: 'erasure-1' });
      await expect(keys.keyOf(subject)).rejects.toThrow(SubjectErasedError);
      expect(await keys.erase(subject, { at: '2026-12-05T00:00:00.000Z', reference: 'erasure-2' })).toBe('already-erased');
      expect(await keys.find(subject)).toMatchObject({ reference: 'erasure-1' });
      // A person erased before anything was sealed for them stays erased.
      const never = person();
      expect(await keys.erase(never, erasure)).toBe('erased');
      await expect(keys.keyOf(never)).rejects.toThrow(SubjectErasedError);
    });

    it('opens sealed fields until the person is erased, then shows them erased; others are untouched', async () => {
      const [rep, mentor] = [person(), person()];
      const data = { applicationId: 'app-1', representative: { name: '김대표', phone: '010-1234-5678' }, mentor: { name: '이멘토' }, amountWon: 1_000 };
      const sealed = await sealFields(
        data,
        [
          { path: ['representative', 'name'], subject: rep },
          { path: ['representative', 'phone'], subject: rep },
          { path: ['mentor', 'name'], subject: mentor },
          { path: ['missing', 'field'], subject: rep },
        ],
        keys,
      );
      expect(JSON.stringify(sealed)).not.toMatch(/김대표|010-1234-5678|이멘토/);
      expect(sealed).toMatchObject({ applicationId: 'app-1', amountWon: 1_000 });
      expect(await openFields(sealed, keys)).toEqual(data);

      await keys.erase(rep, { at: '2026-12-04T10:00:00.000Z', reference: 'erasure-3' });
      expect(await openFields(sealed, keys)).toEqual({
        ...data,
        representative: {
          name: { $erased: { subject: rep, erasedAt: '2026-12-04T10:00:00.000Z' } },
          phone: { $erased: { subject: rep, erasedAt: '2026-12-04T10:00:00.000Z' } },
        },
      });
    });

    it('refuses a sealed value that was altered or moved to another person', async () => {
      const [a, b] = [person(), person()];
      const sealedA = (await sealFields({ name: '박신청' }, [{ path: ['name'], subject: a }], keys)) as {
        name: { $personal: { sealed: string; subject: string } };
      };
      const altered = structuredClone(sealedA);
      const bytes = Buffer.from(altered.name.$personal.sealed, 'base64');
      bytes[0] ^= 1;
      altered.name.$personal.sealed = bytes.toString('base64');
      await expect(openFields(altered, keys)).rejects.toThrow();
      await keys.keyOf(b);
      const moved = structuredClone(sealedA);
      moved.name.$personal.subject = b;
      await expect(openFields(moved, keys)).rejects.toThrow();
    });
  });
}
