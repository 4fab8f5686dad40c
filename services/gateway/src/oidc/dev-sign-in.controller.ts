import { Controller, Get, Header, Inject, NotFoundException, Param, Post, Req, Res, UseGuards } from '@nestjs/common';
import { ThrottlerGuard } from '@nestjs/throttler';
import type { Request, Response } from 'express';
import type { Logger } from 'pino';
import { ProblemException } from '@yunghap/platform-nest';
import { GATEWAY_LOGGER } from '../gateway.di-tokens';
import { demoPerson } from './demo-people';
import { DEV_INTERACTION_PATH } from './dev-provider';
import { SIGN_IN_CSS, signInPage } from './sign-in-page';
import { SignInSetup } from './sign-in-setup';

/** The development provider's interaction: the "sign in as" page and its answer. Absent with a real provider. */
@Controller(DEV_INTERACTION_PATH.slice(1))
export class DevSignInController {
  constructor(
    private readonly signIn: SignInSetup,
    @Inject(GATEWAY_LOGGER) private readonly logger: Logger,
  ) {}

  @Get('sign-in.css')
  @Header('Content-Type', 'text/css; charset=utf-8')
  stylesheet(): string {
    return SIGN_IN_CSS;
  }

  @Get(':uid')
  @Header('Cache-Control', 'no-store')
  async page(@Param('uid') uid: string, @Req() request: Request, @Res() response: Response): Promise<void> {
    const details = await this.provider().interactionDetails(request, response);
    if (details.uid !== uid) throw new NotFoundException();
    response.type('html').send(signInPage(`${DEV_INTERACTION_PATH}/${encodeURIComponent(uid)}/login`));
  }

  @UseGuards(ThrottlerGuard)
  @Post(':uid/login')
  async login(@Param('uid') uid: string, @Req() request: Request, @Res() response: Response): Promise<void> {
    const provider = this.provider();
    const details = await provider.interactionDetails(request, response);
    const person = demoPerson(String((request.body as Record<string, unknown> | undefined)?.['sub'] ?? ''));
    if (details.uid !== uid || !person) {
      throw new ProblemException(400, 'DEV_SIGN_IN.UNKNOWN_PERSON', '목록에 있는 사람을 고르십시오. (Choose one of the listed people.)');
    }
    this.logger.info({ sub: person.sub }, 'development sign-in');
    await provider.interactionFinished(request, response, { login: { accountId: person.sub } }, { mergeWithLastSubmission: false });
  }

  private provider() {
    const provider = this.signIn.development();
    if (!provider) throw new NotFoundException();
    return provider;
  }
}
