import { useTranslation } from 'react-i18next';
import { evaluationApi } from '../../api/clients';
import { useConfirmCommand } from '../../api/use-confirm-command';
import type { Committee } from '../../api/types';
import { ConfirmAction } from '../../ui/confirm-action';
import { TableScroll } from '../../ui/table-scroll';
import { AddMemberForm } from './add-member-form';
import { DeadlineForm } from './deadline-form';

interface CommitteePanelProps {
  readonly committee: Committee;
  /** The committee as people call it: its center's region, or shared. */
  readonly name: string;
  readonly onChanged: () => void;
}

/** One committee: its scoring deadline, its members (added and removed here) and the ties they declared. */
export function CommitteePanel({ committee, name, onChanged }: CommitteePanelProps) {
  const { t } = useTranslation();
  const { committeeId } = committee;
  const memberName = (userId: string) => committee.members.find((member) => member.userId === userId)?.name ?? userId;

  const confirm = useConfirmCommand();
  const remove = (userId: string) =>
    confirm(() => evaluationApi.DELETE('/api/evaluation/committees/{committeeId}/members/{userId}', { params: { path: { committeeId, userId } } }), onChanged);

  return (
    <section className="card" aria-labelledby={`committee-${committeeId}`}>
      <h3 id={`committee-${committeeId}`}>
        {name} <span className="secondary-line">{committeeId}</span>
      </h3>
      <DeadlineForm committeeId={committeeId} scoresDueAt={committee.scoresDueAt} onSet={onChanged} />
      <TableScroll label={t('committees.membersOf', { name })}>
        <table>
          <caption>{t('committees.membersOf', { name })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('committees.memberName')}</th>
              <th scope="col">{t('committees.affiliation')}</th>
              <th scope="col">{t('committees.userId')}</th>
              <th scope="col">{t('committees.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {committee.members.map((member) => (
              <tr key={member.userId}>
                <th scope="row">{member.name}</th>
                <td>{member.affiliation}</td>
                <td>{member.userId}</td>
                <td>
                  <ConfirmAction
                    label={t('committees.remove')}
                    accessibleLabel={t('committees.removeNamed', { name: member.name })}
                    title={t('committees.removeTitle')}
                    body={t('committees.removeBody', { name: member.name })}
                    confirmLabel={t('committees.remove')}
                    onConfirm={() => remove(member.userId)}
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      {committee.relationships.length > 0 && (
        <>
          <h4>{t('committees.ties')}</h4>
          <ul>
            {committee.relationships.map((tie) => (
              <li key={`${tie.memberId}/${tie.firm}/${tie.kind}`}>
                {t('committees.tie', { member: memberName(tie.memberId), firm: tie.firm, kind: t(`recusal.kinds.${tie.kind}`) })}
              </li>
            ))}
          </ul>
        </>
      )}
      <AddMemberForm committeeId={committeeId} onAdded={onChanged} />
    </section>
  );
}
