import { DomainCommand } from '@yunghap/kernel';

export type OpenCall = DomainCommand<
  'OpenCall',
  {
    readonly callId: string;
    readonly budgetLineId: string;
    readonly title: string;
    readonly opensAt: string;
    readonly closesAt: string;
    /** Whole won; at most the program's limit per project. */
    readonly capPerProject: number;
    readonly technologyFields: readonly string[];
  }
>;

/** Changes what is given; the opening time and the budget line stay as published. */
export type AmendCall = DomainCommand<
  'AmendCall',
  {
    readonly callId: string;
    readonly title?: string;
    readonly closesAt?: string;
    readonly capPerProject?: number;
    readonly technologyFields?: readonly string[];
  }
>;

/** Ends the window now, before its scheduled closing. */
export type CloseCall = DomainCommand<'CloseCall', { readonly callId: string; readonly reason: string }>;

export type CallCommand = OpenCall | AmendCall | CloseCall;
