/**
 * `npm run cem` writes widgets/custom-elements.json from the elements' JSDoc (@tag @fires @csspart @cssprop)
 * and their Lit properties; tests/generated.test.ts fails when it is stale.
 */

/** Lit's internal state (private or protected fields) is not part of the public attribute API. */
function hideInternalState() {
  return {
    name: 'hide-internal-state',
    moduleLinkPhase({ moduleDoc }) {
      for (const declaration of moduleDoc.declarations ?? []) {
        const internal = new Set(
          (declaration.members ?? [])
            .filter((member) => member.privacy && member.privacy !== 'public')
            .map((member) => member.name),
        );
        if (declaration.attributes) {
          declaration.attributes = declaration.attributes.filter(
            (attribute) => !internal.has(attribute.fieldName ?? attribute.name),
          );
        }
        if (declaration.members)
          declaration.members = declaration.members.filter((member) => !internal.has(member.name));
      }
    },
  };
}

/** Modules in path order: the analyzer lists them as its file reads finish, which differs from run to run. */
function sortModules() {
  return {
    name: 'sort-modules',
    packageLinkPhase({ customElementsManifest }) {
      customElementsManifest.modules.sort((a, b) => a.path.localeCompare(b.path));
    },
  };
}

export default {
  globs: ['widgets/*/*.component.ts', 'widgets/shared/element.ts', 'widgets/shared/form-element.ts'],
  outdir: 'widgets',
  litelement: true,
  // package.json's customElements field is kept by hand; the staleness test writes elsewhere.
  packagejson: false,
  plugins: [hideInternalState(), sortModules()],
};
