import type { TFunction } from 'i18next';
import type { RoleOption } from './session';

/** A role in the person's language, from its kind and scope; the gateway's Korean label is the fallback. */
export function roleLabel(option: RoleOption, t: TFunction): string {
  const scope = option.scopeName ?? option.centerId ?? option.firmId ?? '';
  const count = option.committeeIds?.length ?? 0;
  return t(`roles.${option.role}`, { scope, count, defaultValue: option.label });
}
