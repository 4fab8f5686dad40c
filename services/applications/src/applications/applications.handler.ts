import { Inject, Injectable } from '@nestjs/common';
import { ApplicationCommand, applicationDecider, ApplicationFile, applicationStreamId, ContentViolation } from '@yunghap/applications-domain';
import { foldStream } from '@yunghap/event-store';
import { CommandExecutor, DomainRefusal, ProblemException, SERVICE_RUNTIME, ServiceRuntime } from '@yunghap/platform-nest';
import { withExpectedVersion } from '../shared/expected-version';
import { applicationNotFound } from './applications.queries';
import { applicationMessages } from './applications.outbox';

// Content problems come back per field, like request validation's 400s, so that a form can show
// each beside its input. They stay 422: check digits and KSIC shapes are the domain's rules.
function withFieldErrors(error: unknown): unknown {
  if (!(error instanceof DomainRefusal) || error.error.code !== 'APPLICATION.CONTENT_INVALID') return error;
  const violations = error.error.details['violations'] as readonly ContentViolation[];
  return new ProblemException(
    422,
    error.error.code,
    error.error.message,
    violations.map(({ field, code, message }) => ({ field, rule: code, message })),
  );
}

/** Every command on an application from HTTP: on its stream, with its outbox messages, optionally at an expected version. */
@Injectable()
export class ApplicationCommands {
  constructor(
    private readonly executor: CommandExecutor,
    @Inject(SERVICE_RUNTIME) private readonly runtime: ServiceRuntime,
  ) {}

  private get store() {
    return this.runtime.store;
  }

  /**
   * The application as its own stream says, 404 when it has none: what a command checks first,
   * from the event store, so that commands go on while the read-model store is away.
   */
  async file(applicationId: string): Promise<ApplicationFile> {
    const state = foldStream(await this.store.readStream(applicationStreamId(applicationId)), applicationDecider);
    if (state.status === 'none') throw applicationNotFound(applicationId);
    return state;
  }

  async execute(command: ApplicationCommand, expectedVersion?: number): Promise<void> {
    try {
      await this.executor.execute(applicationStreamId(command.data.applicationId), command, withExpectedVersion(applicationDecider, expectedVersion), {
        outbox: (events, { state }, context) => applicationMessages(events, state, context),
      });
    } catch (error) {
      throw withFieldErrors(error);
    }
  }
}
