import { PROGRAM_POLICY_REPLICA_STREAM_ID, programPolicyReplicaDecider } from '@yunghap/applications-domain';
import { ProjectCapSetV1 } from '@yunghap/contracts';
import { won } from '@yunghap/kernel';
import { commandTarget, defineConsumer } from '@yunghap/platform-nest';

const replica = commandTarget({ decider: programPolicyReplicaDecider, streamId: () => PROGRAM_POLICY_REPLICA_STREAM_ID });

/** Keeps the local copy of the grants context's cap per project, by program year. */
export const programPolicyReplicaConsumer = defineConsumer({
  name: 'applications.program-policy-replica',
  reads: [
    replica.on(ProjectCapSetV1, ({ year, maxGrantPerProject, setAt }, metadata) => ({
      type: 'RecordProjectCap',
      data: { year, maxGrantPerProject: won(maxGrantPerProject), setAt },
      metadata,
    })),
  ],
});
