import { createRequire } from 'node:module';
import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import type {
  DocumentNode,
  GraphQLInputType,
  GraphQLNamedType,
  GraphQLSchema,
  OperationDefinitionNode,
  ValueNode,
} from 'graphql';
import { badUserInput } from './errors';
import { scalarResolvers } from './scalars';
import { textProblem } from './validation';

/**
 * The copy of graphql the Apollo packages load (CommonJS). The schema this plugin walks is theirs, and graphql's
 * type checks (isListType, TypeInfo …) refuse types from another copy, such as the ES build vitest gives this
 * module; outside vitest both names resolve to this same copy.
 */
const {
  getNamedType,
  isInputObjectType,
  isInputType,
  isListType,
  isNonNullType,
  isScalarType,
  isValueNode,
  Kind,
  TypeInfo,
  typeFromAST,
  visit,
  visitWithTypeInfo,
} = createRequire(import.meta.url)('graphql') as typeof import('graphql');

type CustomScalar = { parseValue(value: unknown): unknown; parseLiteral(node: ValueNode): unknown };
const CUSTOM_SCALARS: Record<string, CustomScalar> = scalarResolvers;

/** The subgraphs' own implementation of a custom scalar (the gateway's copies, built from the supergraph, accept anything). */
function customScalar(type: GraphQLNamedType | null): CustomScalar | undefined {
  return type && isScalarType(type) ? CUSTOM_SCALARS[type.name] : undefined;
}

function refuse(where: string, error: unknown): never {
  // The scalars throw only their own messages, written for the client.
  throw badUserInput(where, error instanceof Error ? error.message : 'is not a valid value', { beforeExecution: true });
}

function checkText(value: string, where: string): void {
  const problem = textProblem(value);
  if (problem) throw badUserInput(where, problem, { beforeExecution: true });
}

/** One value the client sent, at a leaf of its input type: the text rule for strings, the parser for custom scalars. */
function checkLeaf(value: unknown, type: GraphQLNamedType | null, where: string): void {
  if (typeof value === 'string') checkText(value, where);
  const scalar = customScalar(type);
  try {
    scalar?.parseValue(value);
  } catch (error) {
    refuse(where, error);
  }
}

/** Walks a variable's JSON value along its type; shapes that do not fit are left to graphql-js to refuse. */
function checkValue(value: unknown, type: GraphQLInputType, where: string): void {
  if (value === null || value === undefined) return;
  if (isNonNullType(type)) return checkValue(value, type.ofType, where);
  if (isListType(type)) {
    if (Array.isArray(value)) value.forEach((item, index) => checkValue(item, type.ofType, `${where}[${index}]`));
    else checkValue(value, type.ofType, where);
    return;
  }
  if (isInputObjectType(type)) {
    if (typeof value !== 'object' || Array.isArray(value)) return;
    for (const [name, field] of Object.entries(type.getFields()))
      checkValue((value as Record<string, unknown>)[name], field.type, `${where}.${name}`);
    return;
  }
  checkLeaf(value, type, where);
}

/** Values written in the document (arguments, input fields, variable defaults), named by where they sit. */
function checkLiterals(schema: GraphQLSchema, document: DocumentNode): void {
  const typeInfo = new TypeInfo(schema);
  const path: string[] = [];
  const enter = (name: string) => {
    path.push(name);
  };
  const leave = () => {
    path.pop();
  };
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      VariableDefinition: { enter: (node) => enter(`$${node.variable.name.value}`), leave },
      Argument: { enter: (node) => enter(node.name.value), leave },
      ObjectField: { enter: (node) => enter(node.name.value), leave },
      enter(node) {
        if (!isValueNode(node) || node.kind === Kind.VARIABLE || node.kind === Kind.NULL) return undefined;
        if (node.kind === Kind.STRING) checkText(node.value, path.join('.'));
        // A list literal's items are visited next, each with its own type; any other value where a list goes
        // stands for a list of one (graphql's input coercion), so the item type applies to it.
        const type = typeInfo.getInputType();
        const scalar = type && node.kind !== Kind.LIST ? customScalar(getNamedType(type)) : undefined;
        if (!scalar) return undefined;
        try {
          scalar.parseLiteral(node);
        } catch (error) {
          refuse(path.join('.'), error);
        }
        // A custom scalar's literal is whole; whatever it holds inside is not a typed value of its own.
        return false;
      },
    }),
  );
}

/** The operation's variables, as the client sent them. */
function checkVariables(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown> | undefined,
): void {
  for (const definition of operation.variableDefinitions ?? []) {
    const name = definition.variable.name.value;
    const type = typeFromAST(schema, definition.type);
    if (type && isInputType(type)) checkValue(variables?.[name], type, `$${name}`);
  }
}

/**
 * The edge rule for every input, on the gateway and on every subgraph, before anything executes: a string
 * with control characters or a lone surrogate, or a DateTime or Date that is not a real instant in the accepted
 * years, is refused with 400 BAD_USER_INPUT naming the argument (or `$variable.field`), so no such value
 * reaches a resolver or SQL.
 */
export function inputGuardPlugin<C extends BaseContext>(): ApolloServerPlugin<C> {
  // Literals depend on the document alone, and Apollo hands back the same parsed document for a repeated operation
  // (a widget's registered query, a gateway query plan): each is walked once, not on every request. Only documents
  // that passed are kept; variables are checked every time.
  const checkedDocuments = new WeakSet<DocumentNode>();
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operation, request }) {
          if (!checkedDocuments.has(document)) {
            checkLiterals(schema, document);
            checkedDocuments.add(document);
          }
          if (operation) checkVariables(schema, operation, request.variables);
        },
      };
    },
  };
}
