declare const brand: unique symbol;

/** A string that the type checker keeps apart from other strings: `Brand<string, 'GrantId'>`. */
export type Brand<T, B extends string> = T & { readonly [brand]: B };
