import { changeOf, pendingOf } from './live-event';

describe('changeOf', () => {
  it('reads the context and position of a change', () => {
    expect(changeOf('{"context":"grants","position":42}')).toEqual({ context: 'grants', position: 42 });
  });

  it.each(['', 'not json', '{"context":"grants"}', '{"context":7,"position":1}', 'null'])('is no change for %p', (data) => {
    expect(changeOf(data)).toBeNull();
  });
});

describe('pendingOf', () => {
  it('reads the pending contexts, none once everything has arrived', () => {
    expect(pendingOf('{"contexts":["grants","mentoring"]}')).toEqual(['grants', 'mentoring']);
    expect(pendingOf('{"contexts":[]}')).toEqual([]);
  });

  it.each(['{}', '{"contexts":"grants"}', '{"contexts":[1]}', 'oops'])('is nothing for %p', (data) => {
    expect(pendingOf(data)).toBeNull();
  });
});
