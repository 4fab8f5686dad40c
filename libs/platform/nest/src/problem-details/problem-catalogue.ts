/**
 * A problem's words by its stable code, for refusals whose own message is English only: Korean
 * and English templates whose `{name}` placeholders are filled from the refusal's `details`.
 * Example: `{ 'CALL.NOT_FOUND': { ko: '공모 {callId}이(가) 없습니다.', en: 'Call {callId} has not been opened.' } }`.
 */
export interface ProblemText {
  readonly ko: string;
  readonly en: string;
}

export type ProblemCatalogue = Readonly<Record<string, ProblemText>>;

const PLACEHOLDER = /\{([A-Za-z][A-Za-z0-9]*)\}/g;

/** The placeholders a template names, e.g. `['callId']`. */
export function placeholdersOf(template: string): string[] {
  return [...template.matchAll(PLACEHOLDER)].map(([, name]) => name);
}

function shown(value: unknown): string | undefined {
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  if (Array.isArray(value) && value.every((item) => shown(item) !== undefined)) return value.map(shown).join(', ');
  return undefined;
}

/** The template with its placeholders filled from `values`, or undefined when one has no value to show. */
export function fillTemplate(template: string, values: Readonly<Record<string, unknown>>): string | undefined {
  let complete = true;
  const filled = template.replace(PLACEHOLDER, (_match, name: string) => {
    const value = shown(values[name]);
    if (value === undefined) complete = false;
    return value ?? '';
  });
  return complete ? filled : undefined;
}
