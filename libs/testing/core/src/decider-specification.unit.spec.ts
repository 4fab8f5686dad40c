import { Decider, DomainCommand, DomainError } from '@yunghap/kernel';
import { deciderSpecification } from './decider-specification';

type Command = DomainCommand<'Add', { n: number }>;
type Event = { type: 'Added'; data: { n: number } };
const counter: Decider<Command, Event, { total: number }> = {
  initialState: () => ({ total: 0 }),
  evolve: (state, event) => ({ total: state.total + event.data.n }),
  decide: (command, state) =>
    state.total + command.data.n > 10 ? new DomainError('COUNTER.FULL', 'rule', 'full', { total: state.total }) : [{ type: 'Added', data: command.data }],
};
const add = (n: number): Command => ({ type: 'Add', data: { n }, metadata: { now: '2026-01-01T00:00:00Z', actor: { userId: 'u', role: 'system' } } });
const added = (n: number): Event => ({ type: 'Added', data: { n } });
const spec = deciderSpecification(counter);

describe('deciderSpecification', () => {
  it('passes when the decided events match, and evolves the given events first', () => {
    spec
      .given([added(4)])
      .when(add(5))
      .then([added(5)]);
    spec
      .given([added(4)])
      .when(add(5))
      .thenState({ total: 9 });
  });

  it('fails when the events differ or the command was refused', () => {
    expect(() =>
      spec
        .given([])
        .when(add(5))
        .then([added(6)]),
    ).toThrow();
    expect(() =>
      spec
        .given([added(8)])
        .when(add(5))
        .then([added(5)]),
    ).toThrow(/refused: COUNTER.FULL/);
  });

  it('checks the code and details of a refusal', () => {
    spec
      .given([added(8)])
      .when(add(5))
      .thenFails('COUNTER.FULL', { total: 8 });
    expect(() => spec.given([]).when(add(1)).thenFails('COUNTER.FULL')).toThrow(/produced/);
    expect(() =>
      spec
        .given([added(8)])
        .when(add(5))
        .thenFails('COUNTER.FULL', { total: 7 }),
    ).toThrow();
  });
});
