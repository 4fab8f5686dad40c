import { CommandMetadata, Role } from '@yunghap/kernel';

/** Command metadata for a test: who acts, and when. */
export function actingAs(role: Role, now = '2026-03-02T09:00:00+09:00', userId = `${role}-1`): CommandMetadata {
  return { now, actor: { userId, role } };
}
