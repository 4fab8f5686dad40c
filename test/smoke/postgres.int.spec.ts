import { Client } from 'pg';
import { localEngines, requireEngine, uniqueName } from '@yunghap/testing';

describe('PostgreSQL smoke (node-postgres against the deploy/local server)', () => {
  const engine = localEngines().postgres;
  let client: Client;
  const table = uniqueName('smoke');

  beforeAll(async () => {
    await requireEngine(engine);
    client = new Client({ connectionString: engine.url });
    await client.connect();
  });

  afterAll(async () => {
    await client?.query(`DROP TABLE IF EXISTS ${table}`);
    await client?.end();
  });

  it('writes a row and reads it back, with a won amount as an exact bigint', async () => {
    await client.query(`CREATE TABLE ${table} (id serial PRIMARY KEY, center text NOT NULL, amount_won bigint NOT NULL)`);
    await client.query(`INSERT INTO ${table} (center, amount_won) VALUES ($1, $2)`, ['gyeongin', '500000000']);

    const { rows } = await client.query<{ center: string; amount_won: string }>(`SELECT center, amount_won FROM ${table}`);

    expect(rows).toEqual([{ center: 'gyeongin', amount_won: '500000000' }]);
  });
});
