import { PROVINCES } from '@yunghap/kernel';
import { APPLICATION_STATUSES, ENGAGEMENT_STATUSES, FIRM_SIZES, RELATIONSHIP_KINDS, TASK_STAGES } from '../api/types';
import en from './en.json';
import ko from './ko.json';

type Catalogue = { readonly [key: string]: string | Catalogue };

/** Every message of a catalogue by its dotted key. */
function messages(catalogue: Catalogue, prefix = ''): Map<string, string> {
  const found = new Map<string, string>();
  for (const [key, value] of Object.entries(catalogue)) {
    if (typeof value === 'string') found.set(prefix + key, value);
    else for (const [inner, text] of messages(value, `${prefix}${key}.`)) found.set(inner, text);
  }
  return found;
}

// The variables a message interpolates ({{amount}}): a translation that drops one loses a fact.
const variablesOf = (text: string) => [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((match) => match[1]).sort();

describe('the message catalogues', () => {
  const korean = messages(ko);
  const english = messages(en);

  it('have the same keys in Korean and English', () => {
    expect([...english.keys()].sort()).toEqual([...korean.keys()].sort());
  });

  it('have no empty message', () => {
    for (const [key, text] of [...korean, ...english]) expect({ key, empty: text.trim() === '' }).toEqual({ key, empty: false });
  });

  it('interpolate the same variables in both languages', () => {
    for (const [key, text] of korean) expect({ key, variables: variablesOf(english.get(key) ?? '') }).toEqual({ key, variables: variablesOf(text) });
  });

  it('name the service in Korean first', () => {
    expect(korean.get('app.name')).toBe('융합 기술융합 지원사업');
    expect(korean.get('errors.forbidden.title')).toBe('접근 권한이 없습니다');
  });

  it('label every status, stage, size and province the services can answer', () => {
    const needed = [
      ...APPLICATION_STATUSES.map((status) => `status.${status}`),
      ...TASK_STAGES.map((stage) => `stages.${stage}`),
      ...FIRM_SIZES.map((size) => `sizes.${size}`),
      ...PROVINCES.map((province) => `provinces.${province}`),
      ...ENGAGEMENT_STATUSES.map((status) => `engagements.states.${status}`),
      ...RELATIONSHIP_KINDS.map((kind) => `recusal.kinds.${kind}`),
    ];
    expect(needed.filter((key) => !korean.has(key))).toEqual([]);
  });
});
