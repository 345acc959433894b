import { createRequire } from 'node:module';
import type {
  GraphQLArgument,
  GraphQLField,
  GraphQLInputField,
  GraphQLInputType,
  GraphQLNamedType,
  GraphQLObjectType,
  GraphQLOutputType,
  GraphQLSchema,
} from 'graphql';
import * as esmGraphql from 'graphql';
import { schema } from '../schema/index.ts';

/**
 * Walks the API's GraphQL schema to build arguments and selection sets for any field, so tests
 * generated from it cover fields added later without being edited.
 */

type GraphQLModule = typeof esmGraphql;

/**
 * graphql-js's type predicates check `instanceof`. Vite hands source files the ESM build of
 * graphql, while Pothos (loaded by Node) builds the schema with the CommonJS one, and each build
 * refuses the other's types. Use whichever build the schema was made with.
 */
const graphqlOf = (target: GraphQLSchema): GraphQLModule => {
  const builds = [esmGraphql, createRequire(import.meta.url)('graphql') as GraphQLModule];
  for (const build of builds) {
    try {
      if (build.isSchema(target)) return build;
    } catch {
      // A build of another realm: try the next one.
    }
  }
  throw new Error('No build of graphql recognises the schema');
};

export const graphql = graphqlOf(schema);
const g = graphql;

export { schema };

export type OperationKind = 'query' | 'mutation';
export type RootField = { kind: OperationKind; field: GraphQLField<unknown, unknown> };

const DAY_MS = 86_400_000;

/** Every field of the query and mutation types, queries first, each sorted by name. */
export const rootFields = (target: GraphQLSchema = schema): RootField[] => {
  const of = (kind: OperationKind, type: GraphQLObjectType | null | undefined) =>
    Object.values(type?.getFields() ?? {})
      .sort((a, b) => a.name.localeCompare(b.name))
      .map((field) => ({ kind, field }));
  return [...of('query', target.getQueryType()), ...of('mutation', target.getMutationType())];
};

/** The named type under any list and non-null wrappers. */
export const namedTypeOf = (type: GraphQLInputType | GraphQLOutputType): GraphQLNamedType =>
  g.getNamedType(type);

/** Whether a value must be given: non-null without a default. */
export const isRequired = (input: GraphQLArgument | GraphQLInputField): boolean =>
  g.isNonNullType(input.type) && input.defaultValue === undefined;

const isIdType = (type: GraphQLNamedType) => g.isScalarType(type) && type.name === 'ID';

/** Whether an input type holds an ID anywhere: itself, in a list, or in a nested input object. */
export const containsId = (
  type: GraphQLInputType,
  seen: ReadonlySet<string> = new Set(),
): boolean => {
  const named = g.getNamedType(type);
  if (isIdType(named)) return true;
  if (!g.isInputObjectType(named) || seen.has(named.name)) return false;
  const inner = new Set([...seen, named.name]);
  return Object.values(named.getFields()).some((field) => containsId(field.type, inner));
};

/** Whether any of the field's arguments holds an ID, directly or nested in an input object. */
export const hasIdArgument = (field: GraphQLField<unknown, unknown>): boolean =>
  field.args.some((arg) => containsId(arg.type));

/** Thrown while building a value the walker does not know how to make (a custom scalar). */
export class CannotBuildValue extends Error {}

export type ValueOptions = {
  /** The id to put at an ID position; `path` is like `input.personIds.0`. */
  id: (path: string) => string;
  /** The test clock: dates are a day before it. */
  now: Date;
  /**
   * Whether to fill an optional argument or input field (required ones always are). By default,
   * those that hold an ID somewhere, so every ID position gets a value.
   */
  includeOptional?: (input: GraphQLArgument | GraphQLInputField, path: string) => boolean;
  /** Elements in each list; 1 by default. */
  listLength?: number;
};

const includeIdFields = (input: GraphQLArgument | GraphQLInputField) => containsId(input.type);

const scalarValue = (name: string, path: string, options: ValueOptions): unknown => {
  switch (name) {
    case 'ID':
      return options.id(path);
    case 'String':
      return 'x';
    case 'Int':
    case 'Float':
    case 'Number':
      return 1;
    case 'Boolean':
      return true;
    case 'Decimal':
      return '1.00';
    case 'DateTime':
      return new Date(options.now.getTime() - DAY_MS).toISOString();
    default:
      throw new CannotBuildValue(`No value for the scalar ${name} at ${path}`);
  }
};

const join = (path: string, key: string | number) => (path ? `${path}.${key}` : String(key));

/** A minimal, valid-looking JSON value (as sent in variables) for an input type. */
export const buildValue = (
  type: GraphQLInputType,
  options: ValueOptions,
  path = '',
  enclosing: ReadonlySet<string> = new Set(),
): unknown => {
  if (g.isNonNullType(type)) return buildValue(type.ofType, options, path, enclosing);
  if (g.isListType(type)) {
    return Array.from({ length: options.listLength ?? 1 }, (_, index) =>
      buildValue(type.ofType, options, join(path, index), enclosing),
    );
  }
  if (g.isScalarType(type)) return scalarValue(type.name, path, options);
  if (g.isEnumType(type)) {
    const [first] = type.getValues();
    if (!first) throw new CannotBuildValue(`The enum ${type.name} has no values`);
    return first.name;
  }
  if (g.isInputObjectType(type)) {
    const include = options.includeOptional ?? includeIdFields;
    const inner = new Set([...enclosing, type.name]);
    const value: Record<string, unknown> = {};
    for (const field of Object.values(type.getFields())) {
      const fieldPath = join(path, field.name);
      const wanted = isRequired(field) || (!enclosing.has(type.name) && include(field, fieldPath));
      if (wanted) value[field.name] = buildValue(field.type, options, fieldPath, inner);
    }
    return value;
  }
  throw new CannotBuildValue(`No value for ${String(type)} at ${path}`);
};

/**
 * Values for a field's arguments: every required one, and the optional ones `includeOptional`
 * picks. Null when a required argument cannot be built.
 */
export const buildArgs = (
  field: GraphQLField<unknown, unknown>,
  options: ValueOptions,
): Record<string, unknown> | null => {
  const include = options.includeOptional ?? includeIdFields;
  const args: Record<string, unknown> = {};
  for (const arg of field.args) {
    const required = isRequired(arg);
    if (!required && !include(arg, arg.name)) continue;
    try {
      args[arg.name] = buildValue(arg.type, options, arg.name);
    } catch (error) {
      if (!(error instanceof CannotBuildValue)) throw error;
      if (required) return null;
    }
  }
  return args;
};

/** The paths of the ID positions `buildArgs` fills for a field, e.g. `['id', 'input.originGroupId']`. */
export const idSlots = (
  field: GraphQLField<unknown, unknown>,
  options: Omit<ValueOptions, 'id'>,
): string[] => {
  const slots: string[] = [];
  buildArgs(field, {
    ...options,
    id: (path) => {
      slots.push(path);
      return '00000000-0000-4000-8000-000000000000';
    },
  });
  return slots;
};

/** A GraphQL literal for a JSON value of an input type, for arguments inside a selection. */
const literalFor = (type: GraphQLInputType, value: unknown): string => {
  if (value === null || value === undefined) return 'null';
  if (g.isNonNullType(type)) return literalFor(type.ofType, value);
  if (g.isListType(type)) {
    const items = Array.isArray(value) ? value : [value];
    return `[${items.map((item) => literalFor(type.ofType, item)).join(', ')}]`;
  }
  if (g.isEnumType(type)) return String(value);
  if (g.isInputObjectType(type)) {
    const fields = type.getFields();
    const entries = Object.entries(value as Record<string, unknown>).flatMap(([key, item]) => {
      const field = fields[key];
      return field ? [`${key}: ${literalFor(field.type, item)}`] : [];
    });
    return `{ ${entries.join(', ')} }`;
  }
  return JSON.stringify(value);
};

export type SelectionOptions = {
  /** Levels of nested objects to select below this one; leaves are always selected. */
  depth: number;
  /** Values for the arguments of nested fields that require some. */
  values: ValueOptions;
};

const isConnection = (type: GraphQLObjectType) => {
  const fields = type.getFields();
  return 'nodes' in fields && 'pageInfo' in fields;
};

const errorInterface = () => {
  const type = schema.getType('Error');
  return type && g.isInterfaceType(type) ? type : null;
};

/** `name`, or `name(arg: value)` when it requires arguments; null when those cannot be built. */
const fieldCall = (field: GraphQLField<unknown, unknown>, options: SelectionOptions) => {
  if (!field.args.some(isRequired)) return field.name;
  const args = buildArgs(field, { ...options.values, includeOptional: () => false });
  if (!args) return null;
  const text = field.args
    .filter((arg) => arg.name in args)
    .map((arg) => `${arg.name}: ${literalFor(arg.type, args[arg.name])}`)
    .join(', ');
  return `${field.name}(${text})`;
};

/**
 * Fields of one name that the members of a union or interface return with different types
 * (a touch's optional duration, a meeting's required one): GraphQL refuses a selection of both
 * under one name, so each member's is aliased.
 */
const conflictingFields = (members: readonly GraphQLObjectType[]): Set<string> => {
  const typesByName = new Map<string, Set<string>>();
  for (const member of members) {
    for (const field of Object.values(member.getFields())) {
      const types = typesByName.get(field.name) ?? new Set<string>();
      typesByName.set(field.name, types.add(String(field.type)));
    }
  }
  return new Set([...typesByName].filter(([, types]) => types.size > 1).map(([name]) => name));
};

const objectSelection = (
  type: GraphQLObjectType,
  options: SelectionOptions,
  conflicts: ReadonlySet<string> = new Set(),
): string => {
  const parts = ['__typename'];
  const connection = isConnection(type);
  for (const field of Object.values(type.getFields())) {
    // A connection's nodes are its edges' nodes: `totalCount`, `nodes` and `pageInfo` say it all.
    if (connection && field.name === 'edges') continue;
    const called = fieldCall(field, options);
    if (!called) continue;
    const call = conflicts.has(field.name) ? `${type.name}_${field.name}: ${called}` : called;
    const named = g.getNamedType(field.type);
    if (g.isLeafType(named)) {
      parts.push(call);
      continue;
    }
    // Inside a connection, `nodes` and `pageInfo` are the wrapping of a list, not a level.
    const depth = connection ? options.depth : options.depth - 1;
    if (depth < 0) continue;
    parts.push(`${call} { ${selectionFor(field.type, { ...options, depth })} }`);
  }
  return parts.join(' ');
};

/**
 * A selection set (without the outer braces) for any output type: `__typename`, every leaf
 * field, nested objects down to `depth` levels, each member of a union or interface, and for
 * errors `... on Error { message }`. Fields whose required arguments cannot be built are left out.
 */
export const selectionFor = (type: GraphQLOutputType, options: SelectionOptions): string => {
  const named = g.getNamedType(type);
  if (g.isLeafType(named)) return '';
  if (g.isObjectType(named)) return objectSelection(named, options);
  const members = g.isUnionType(named) ? named.getTypes() : schema.getPossibleTypes(named);
  const error = errorInterface();
  const parts = ['__typename'];
  if (error && members.some((member) => member.getInterfaces().includes(error))) {
    parts.push(`... on ${error.name} { message }`);
  }
  const conflicts = conflictingFields(members);
  for (const member of members) {
    parts.push(`... on ${member.name} { ${objectSelection(member, options, conflicts)} }`);
  }
  return parts.join(' ');
};

/**
 * One operation calling one root field, aliased `result`, with each argument given in `args`
 * passed as a variable of the argument's own type.
 */
export const operationFor = (
  { kind, field }: RootField,
  args: Record<string, unknown>,
  selection: SelectionOptions,
): string => {
  const used = field.args.filter((arg) => arg.name in args);
  const variables = used.map((arg) => `$${arg.name}: ${String(arg.type)}`).join(', ');
  const call = used.map((arg) => `${arg.name}: $${arg.name}`).join(', ');
  const selected = selectionFor(field.type, selection);
  return [
    kind,
    used.length > 0 ? `(${variables})` : '',
    ` { result: ${field.name}`,
    used.length > 0 ? `(${call})` : '',
    selected ? ` { ${selected} }` : '',
    ' }',
  ].join('');
};

/**
 * The object types a field may return, split into errors (those implementing `Error`) and
 * successes. Both are empty for a field of a scalar type.
 */
export const resultTypesOf = (
  field: GraphQLField<unknown, unknown>,
): { successes: string[]; errors: string[] } => {
  const named = g.getNamedType(field.type);
  if (g.isLeafType(named)) return { successes: [], errors: [] };
  const members = g.isObjectType(named)
    ? [named]
    : g.isUnionType(named)
      ? named.getTypes()
      : schema.getPossibleTypes(named);
  const error = errorInterface();
  const isError = (member: GraphQLObjectType) =>
    error !== null && member.getInterfaces().includes(error);
  return {
    successes: members.filter((member) => !isError(member)).map((member) => member.name),
    errors: members.filter(isError).map((member) => member.name),
  };
};

/** The names of every enum value in the schema: words any response may carry. */
export const enumValueNames = (target: GraphQLSchema = schema): Set<string> =>
  new Set(
    Object.values(target.getTypeMap())
      .filter((type) => g.isEnumType(type))
      .flatMap((type) => type.getValues().map((value) => value.name)),
  );
