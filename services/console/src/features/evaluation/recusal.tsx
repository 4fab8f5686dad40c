import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { evaluationApi } from '../../api/clients';
import { useConfirmCommand } from '../../api/use-confirm-command';
import { ApplicationContent, RELATIONSHIP_KINDS, RelationshipKind } from '../../api/types';
import { ConfirmAction } from '../../ui/confirm-action';
import { Field } from '../../ui/field';

interface RecusalProps {
  readonly committeeId: string;
  readonly content: ApplicationContent;
  /** Called once the declaration is recorded: the member no longer evaluates the firm's applications. */
  readonly onRecused: () => void;
}

/**
 * A conflict of interest: the member declares a tie to one of the consortium's firms, and the
 * committee recuses them from that firm's evaluations at once. It cannot be taken back here.
 */
export function Recusal({ committeeId, content, onRecused }: RecusalProps) {
  const { t } = useTranslation();
  const firms = [content.leadFirm, ...content.partnerFirms];
  const [firm, setFirm] = useState(firms[0]?.registrationNumber ?? '');
  const [kind, setKind] = useState<RelationshipKind>('employment');
  const firmName = firms.find((candidate) => candidate.registrationNumber === firm)?.name ?? firm;

  const confirm = useConfirmCommand();
  const declare = () =>
    confirm(
      () => evaluationApi.POST('/api/evaluation/committees/{committeeId}/relationships', { params: { path: { committeeId } }, body: { firm, kind } }),
      onRecused,
    );

  return (
    <section>
      <h2>{t('recusal.title')}</h2>
      <p>{t('recusal.intro')}</p>
      <Field label={t('recusal.firm')}>
        <select value={firm} onChange={(event) => setFirm(event.target.value)}>
          {firms.map((candidate) => (
            <option key={candidate.registrationNumber} value={candidate.registrationNumber}>
              {candidate.name} ({candidate.registrationNumber})
            </option>
          ))}
        </select>
      </Field>
      <Field label={t('recusal.kind')}>
        <select value={kind} onChange={(event) => setKind(RELATIONSHIP_KINDS.find((candidate) => candidate === event.target.value) ?? 'other')}>
          {RELATIONSHIP_KINDS.map((value) => (
            <option key={value} value={value}>
              {t(`recusal.kinds.${value}`)}
            </option>
          ))}
        </select>
      </Field>
      <ConfirmAction
        label={t('recusal.declare')}
        title={t('recusal.confirmTitle')}
        body={t('recusal.confirmBody', { firm: firmName, kind: t(`recusal.kinds.${kind}`) })}
        confirmLabel={t('recusal.confirm')}
        onConfirm={declare}
      />
    </section>
  );
}
