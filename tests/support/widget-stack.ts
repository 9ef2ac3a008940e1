import type { TestProject } from 'vitest/node';
import { buildWidgets } from '../../scripts/build-widgets';
import { startStack, type Stack } from './stack';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The gateway's /graphql URL of a stack started for the browser tests. */
    gatewayUrl: string;
  }
}

let stack: Stack | null = null;

/** The real product for the widgets to talk to: three subgraphs and the gateway, on the embedded database. */
export async function setup(project: TestProject): Promise<void> {
  // The embedding test loads the real bundle from the gateway, as a partner page would.
  await buildWidgets();
  stack = await startStack({ kind: 'memory' });
  project.provide('gatewayUrl', `${stack.gateway.url}/graphql`);
}

export async function teardown(): Promise<void> {
  await stack?.stop();
}
