import { grantsApi } from '../../api/clients';
import { useResource } from '../../api/use-resource';
import { ResourceView } from '../../ui/resource-view';
import { ExecutionChart } from './execution-chart';

/** The year's execution rate month by month (grants' execution series). */
export function Execution({ year, language }: { readonly year: number; readonly language: 'ko' | 'en' }) {
  const [series] = useResource(`execution/${year}`, (signal) => grantsApi.GET('/api/grants/audit/execution', { params: { query: { year } }, signal }));
  return <ResourceView resource={series}>{(answer) => <ExecutionChart series={answer} language={language} />}</ResourceView>;
}
