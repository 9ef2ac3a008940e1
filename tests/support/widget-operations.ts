import { readdirSync, readFileSync } from 'node:fs';
import { Kind, parse, print, visit, type ASTNode, type FragmentDefinitionNode } from 'graphql';
import { repoPath } from '../../core/subgraph-sdl';

export interface WidgetOperation {
  widget: string;
  name: string;
  /** The operation with the fragments it may use, as the widget sends it. */
  query: string;
}

/** The fragments `node` spreads, and those they spread in turn, as codegen sends them with an operation. */
function usedFragments(node: ASTNode, fragments: FragmentDefinitionNode[], found = new Set<string>()) {
  visit(node, {
    FragmentSpread(spread) {
      const fragment = fragments.find((candidate) => candidate.name.value === spread.name.value);
      if (!fragment || found.has(spread.name.value)) return;
      found.add(spread.name.value);
      usedFragments(fragment, fragments, found);
    },
  });
  return fragments.filter((fragment) => found.has(fragment.name.value));
}

/** Each operation of each widget's .graphql file, alone with the fragments it uses, as the widget sends it. */
export function widgetOperations(): WidgetOperation[] {
  return readdirSync(repoPath('widgets'), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .flatMap((entry) =>
      readdirSync(repoPath(`widgets/${entry.name}`))
        .filter((file) => file.endsWith('.graphql'))
        .flatMap((file) => {
          const document = parse(readFileSync(repoPath(`widgets/${entry.name}/${file}`), 'utf8'));
          const fragments = document.definitions.filter(
            (definition): definition is FragmentDefinitionNode => definition.kind === Kind.FRAGMENT_DEFINITION,
          );
          return document.definitions
            .filter((definition) => definition.kind === Kind.OPERATION_DEFINITION)
            .map((operation) => ({
              widget: entry.name,
              name: operation.name?.value ?? '(anonymous)',
              query: print({ kind: Kind.DOCUMENT, definitions: [operation, ...usedFragments(operation, fragments)] }),
            }));
        }),
    );
}
