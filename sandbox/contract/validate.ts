/**
 * Checks HTTP requests and responses against the committed Bud contract (bud.json, OpenAPI 3.0). Operations are
 * found by method + path template; schemas are compiled with ajv on first use. OpenAPI 3.0 specifics: `nullable`
 * (ajv supports it natively), `$ref`s into `#/components/...` (rebased onto the contract document registered
 * with ajv), and OpenAPI's numeric formats (accepted, as they only describe precision).
 */
import { readFileSync } from "node:fs";
import Ajv, { type ValidateFunction } from "ajv";
import addFormats from "ajv-formats";

type Schema = Record<string, unknown>;

interface Parameter {
  in: "path" | "query" | "header" | "cookie";
  name: string;
  required?: boolean;
  schema?: Schema;
}

interface OperationObject {
  operationId: string;
  parameters?: (Parameter | { $ref: string })[];
  requestBody?: { required?: boolean; content: Record<string, { schema?: Schema }> };
  responses: Record<string, { content?: Record<string, { schema?: Schema }> }>;
}

interface Contract {
  paths: Record<string, Record<string, OperationObject>>;
  components: { parameters: Record<string, Parameter>; schemas: Record<string, Schema> };
}

export interface HttpRequestSample {
  method: string;
  /** Path and query string, e.g. `/financial/v2/transactions?page_size=10`. */
  url: string;
  headers: Headers;
  /** Parsed JSON, or the fields of a form-encoded body. */
  body?: unknown;
}

export interface HttpResponseSample {
  status: number;
  contentType: string | null;
  /** Parsed JSON, or undefined for an empty body. */
  body: unknown;
}

interface Operation {
  method: string;
  template: string;
  pattern: RegExp;
  pathParams: string[];
  spec: OperationObject;
}

const CONTRACT_ID = "https://budgie.local/bud.json";
const GENERIC_ERROR = { $ref: `${CONTRACT_ID}#/components/schemas/ServerErrorResponse` };

export function loadContract(): Contract {
  return JSON.parse(readFileSync(new URL("./bud.json", import.meta.url), "utf8")) as Contract;
}

export class ContractValidator {
  private readonly ajv: Ajv;
  private readonly operations: Operation[];
  private readonly compiled = new Map<Schema, ValidateFunction>();

  constructor(private readonly contract: Contract = loadContract()) {
    this.ajv = new Ajv({ strict: false, allErrors: true });
    addFormats(this.ajv);
    for (const format of ["ISO8601", "double", "float"]) this.ajv.addFormat(format, true);
    this.ajv.addSchema({ $id: CONTRACT_ID, components: contract.components });
    this.operations = Object.entries(contract.paths)
      .flatMap(([template, methods]) =>
        Object.entries(methods).map(([method, spec]) => {
          const pathParams = [...template.matchAll(/\{([^}]+)\}/g)].map((match) => match[1] ?? "");
          const source = template.replace(/[.+?^$()|[\]\\]/g, "\\$&").replace(/\{[^}]+\}/g, "([^/]+)");
          return { method: method.toUpperCase(), template, pattern: new RegExp(`^${source}$`), pathParams, spec };
        }),
      )
      // Literal segments beat parameters: /accounts/transaction-dates before /accounts/{account_id}.
      .sort((a, b) => a.pathParams.length - b.pathParams.length);
  }

  /** Every operation in the contract, as "METHOD /template". */
  operationKeys(): string[] {
    return this.operations.map((operation) => `${operation.method} ${operation.template}`);
  }

  find(method: string, path: string): Operation | undefined {
    return this.operations.find((operation) => operation.method === method.toUpperCase() && operation.pattern.test(path));
  }

  /** Problems with a request, as readable strings; empty when it conforms. */
  validateRequest(request: HttpRequestSample): string[] {
    const url = new URL(request.url, "http://contract.invalid");
    const operation = this.find(request.method, url.pathname);
    if (!operation) return [`${request.method} ${url.pathname} is not in the contract`];
    const pathValues = operation.pattern.exec(url.pathname)?.slice(1) ?? [];
    const errors = this.parameters(operation).flatMap((parameter) => {
      const value = parameterValue(parameter, url, request.headers, operation.pathParams, pathValues);
      if (value === undefined) return parameter.required ? [`${parameter.in} parameter ${parameter.name} is required`] : [];
      return this.check(parameter.schema ?? {}, value, `${parameter.in} parameter ${parameter.name}`);
    });
    const body = operation.spec.requestBody;
    if (body === undefined) return errors;
    if (request.body === undefined) return body.required ? [...errors, "request body is required"] : errors;
    const schema = Object.values(body.content)[0]?.schema;
    return schema ? [...errors, ...this.check(schema, request.body, "request body")] : errors;
  }

  /** Problems with a response to `method path`; empty when it conforms to the contract for its status code. */
  validateResponse(method: string, path: string, response: HttpResponseSample): string[] {
    const operation = this.find(method, new URL(path, "http://contract.invalid").pathname);
    if (!operation) return [`${method} ${path} is not in the contract`];
    const { responses } = operation.spec;
    const declared = responses[String(response.status)] ?? responses[`${String(response.status)[0]}XX`] ?? responses.default;
    if (!declared) return [`status ${response.status} is not declared for ${operation.spec.operationId}`];
    const content = declared.content?.["application/json"];
    if (content?.schema) {
      if (!response.contentType?.startsWith("application/json")) return [`content-type ${response.contentType} is not JSON`];
      return this.check(content.schema, response.body, "response body");
    }
    if (response.body === undefined) return [];
    // Declared without a schema (e.g. `401: {}`): the body must still be one of Bud's documented error bodies.
    return response.status >= 400 ? this.check(GENERIC_ERROR, response.body, "error body") : [];
  }

  /** Problems with a value against one of the contract's component schemas (webhook bodies belong to no operation). */
  validateComponent(name: string, value: unknown): string[] {
    const schema = (this.componentRefs[name] ??= { $ref: `${CONTRACT_ID}#/components/schemas/${name}` });
    return this.check(schema, value, name);
  }

  private readonly componentRefs: Record<string, Schema> = {};

  private parameters(operation: Operation): Parameter[] {
    const { parameters } = this.contract.components;
    return (operation.spec.parameters ?? []).flatMap((parameter) => {
      if (!("$ref" in parameter)) return [parameter];
      const resolved = parameters[parameter.$ref.split("/").at(-1) ?? ""];
      return resolved ? [resolved] : [];
    });
  }

  private check(schema: Schema, value: unknown, where: string): string[] {
    let validate = this.compiled.get(schema);
    if (!validate) {
      validate = this.ajv.compile(rebase(schema));
      this.compiled.set(schema, validate);
    }
    if (validate(value)) return [];
    return (validate.errors ?? []).map((error) => `${where}${error.instancePath} ${error.message ?? "is invalid"}`);
  }
}

/** Query values as OpenAPI 3.0 serialises them by default: arrays as repeated keys, scalars coerced to their type. */
function parameterValue(parameter: Parameter, url: URL, headers: Headers, names: string[], values: string[]): unknown {
  const type = parameter.schema?.type;
  if (parameter.in === "query" && type === "array") {
    const all = url.searchParams.getAll(parameter.name);
    return all.length > 0 ? all : undefined;
  }
  const raw = rawValue(parameter, url, headers, names, values);
  if (raw === undefined) return undefined;
  if ((type === "integer" || type === "number") && raw.trim() !== "" && !Number.isNaN(Number(raw))) return Number(raw);
  if (type === "boolean" && (raw === "true" || raw === "false")) return raw === "true";
  return raw;
}

function rawValue(parameter: Parameter, url: URL, headers: Headers, names: string[], values: string[]): string | undefined {
  switch (parameter.in) {
    case "path": {
      const value = values[names.indexOf(parameter.name)];
      return value === undefined ? undefined : decodeURIComponent(value);
    }
    case "query":
      return url.searchParams.get(parameter.name) ?? undefined;
    case "header":
      // fetch appends `;charset=UTF-8` to form bodies; the contract enumerates the bare media type.
      return headers.get(parameter.name)?.split(";")[0] ?? undefined;
    default:
      return undefined;
  }
}

/** Points `#/components/...` references at the contract document registered with ajv. */
function rebase(schema: unknown): Schema {
  return JSON.parse(JSON.stringify(schema), (key, value: unknown) =>
    key === "$ref" && typeof value === "string" && value.startsWith("#/") ? `${CONTRACT_ID}${value}` : value,
  ) as Schema;
}
