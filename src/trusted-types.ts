// Lit asks the page for a Trusted Types policy named "lit-html" as it loads.
// Where the page's Content-Security-Policy does not allow that name, the
// request throws, the whole module fails, and the tag never exists: a blank
// page with nothing to say why. This module is evaluated before Lit (define.ts
// imports it first) and turns that one refusal into a reason the element can
// show; every other policy, and every other error, goes through untouched.

interface TrustedTypePolicyFactoryLike {
  createPolicy(name: string, rules: object): unknown;
}

const factory = (globalThis as { trustedTypes?: TrustedTypePolicyFactoryLike }).trustedTypes;
const create = factory?.createPolicy;

/** Why the page refused Lit's policy, or null when it did not. */
export let policyRefused: string | null = null;

if (factory && create) {
  factory.createPolicy = function (this: TrustedTypePolicyFactoryLike, name: string, rules: object) {
    try {
      return create.call(this, name, rules);
    } catch (error) {
      if (name !== 'lit-html') throw error;
      policyRefused = (error as Error)?.message ?? String(error);
      return undefined;
    }
  };
}

/** Puts the page's own createPolicy back once Lit has asked. */
export function restoreCreatePolicy(): void {
  if (factory && create) factory.createPolicy = create;
}
