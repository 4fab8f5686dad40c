import { Controller, Get, Header, Inject } from '@nestjs/common';
import { SIGNING_KEY } from '../gateway.di-tokens';
import type { SigningKey } from './signing-key';

/** The public key the services verify service tokens with; they cache it and refetch on an unknown `kid`. */
@Controller('.well-known')
export class JwksController {
  constructor(@Inject(SIGNING_KEY) private readonly key: SigningKey) {}

  @Get('jwks.json')
  @Header('Cache-Control', 'public, max-age=300')
  jwks(): { keys: SigningKey['publicJwk'][] } {
    return { keys: [this.key.publicJwk] };
  }
}
