import { Markdown } from "@/components/markdown/markdown";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { DataTable } from "@/components/ui/data-table";
import type { JsonSchema, OpenApiOperation, OpenApiParameter } from "@/lib/api/v1/openapi";

const METHOD_TONES: Record<string, BadgeTone> = { get: "blue", post: "green", patch: "amber", delete: "red" };
const CELL = "px-4 py-2.5 align-top";

const schemaName = (ref: string) => ref.slice(ref.lastIndexOf("/") + 1);

/** A one-line reading of a parameter's schema: its type, allowed values and bounds. */
function describeSchema(schema: JsonSchema): string {
  if (Array.isArray(schema.anyOf)) return (schema.anyOf as JsonSchema[]).map(describeSchema).join(" or ");
  if (schema.const !== undefined) return JSON.stringify(schema.const);
  if (schema.type === "array") return `list of ${describeSchema(schema.items as JsonSchema)}`;
  const parts = [String(schema.type ?? "any")];
  if (Array.isArray(schema.enum)) parts.push(`one of ${schema.enum.join(", ")}`);
  if (typeof schema.format === "string") parts.push(schema.format);
  if (schema.minimum !== undefined || schema.maximum !== undefined) parts.push(`${schema.minimum ?? "…"} to ${schema.maximum ?? "…"}`);
  if (schema.maxLength !== undefined) parts.push(`up to ${String(schema.maxLength)} characters`);
  if (schema.default !== undefined) parts.push(`default ${JSON.stringify(schema.default)}`);
  return parts.join(", ");
}

function MethodPath({ method, path }: { method: string; path: string }) {
  return (
    <span className="flex flex-wrap items-center gap-2">
      <Badge tone={METHOD_TONES[method] ?? "neutral"}>{method.toUpperCase()}</Badge>
      <code className="font-mono text-sm break-all">{path}</code>
    </span>
  );
}

function ParameterTable({ parameters, operationId }: { parameters: OpenApiParameter[]; operationId: string }) {
  return (
    <DataTable caption={`Parameters of ${operationId}`} columns={[{ label: "Name" }, { label: "In" }, { label: "Schema" }, { label: "Description" }]}>
      {parameters.map((parameter) => (
        <tr key={`${parameter.in} ${parameter.name}`}>
          <td className={CELL}>
            <code className="font-mono text-xs">{parameter.name}</code>
            {parameter.required && <span className="ml-2 text-xs text-danger">required</span>}
          </td>
          <td className={`${CELL} text-fg-muted`}>{parameter.in}</td>
          <td className={`${CELL} text-fg-muted`}>{describeSchema(parameter.schema)}</td>
          <td className={`${CELL} text-fg-muted`}>
            {parameter.description}
            {parameter.example && <> Example: <code className="font-mono text-xs">{parameter.example}</code></>}
          </td>
        </tr>
      ))}
    </DataTable>
  );
}

/** A JSON Schema as indented JSON; $refs name the schema they point to in the Schemas section. */
export function SchemaBlock({ schema, label }: { schema: JsonSchema | undefined; label: string }) {
  return (
    <pre aria-label={label} tabIndex={0} className="mt-2 max-h-96 overflow-auto rounded-lg border border-border bg-surface-muted p-4 font-mono text-xs leading-relaxed">
      {JSON.stringify(schema, null, 2)}
    </pre>
  );
}

/** One operation: what it does, the scope it needs, what it takes and what it answers. */
export function OperationCard({
  method,
  path,
  operation,
  schemas,
}: {
  method: string;
  path: string;
  operation: OpenApiOperation;
  schemas: Record<string, JsonSchema>;
}) {
  const body = operation.requestBody?.content["application/json"].schema.$ref;
  return (
    <article id={operation.operationId} aria-labelledby={`${operation.operationId}-title`} className="scroll-mt-6 rounded-lg border border-border bg-surface p-5 shadow-xs">
      <MethodPath method={method} path={path} />
      <h3 id={`${operation.operationId}-title`} className="mt-3 text-base font-semibold">
        {operation.summary}
      </h3>
      <Markdown className="mt-2 text-fg-muted">{operation.description}</Markdown>
      <p className="mt-3 text-sm">
        <span className="text-fg-muted">Required scope: </span>
        {operation["x-required-scope"] ? <code className="font-mono text-xs">{operation["x-required-scope"]}</code> : "none (any valid key)"}
      </p>
      {operation.parameters && (
        <>
          <h4 className="mt-5 mb-2 text-sm font-semibold">Parameters</h4>
          <ParameterTable parameters={operation.parameters} operationId={operation.operationId} />
        </>
      )}
      {body && (
        <>
          <h4 className="mt-5 mb-2 text-sm font-semibold">Request body</h4>
          <p className="text-sm text-fg-muted">
            JSON, required: <a className="text-accent underline underline-offset-2" href={`#schema-${schemaName(body)}`}>{schemaName(body)}</a>
          </p>
          <SchemaBlock schema={schemas[schemaName(body)]} label={`${schemaName(body)} schema`} />
        </>
      )}
      <h4 className="mt-5 mb-2 text-sm font-semibold">Responses</h4>
      <dl className="divide-y divide-border rounded-lg border border-border text-sm">
        {Object.entries(operation.responses).map(([status, response]) => {
          const ref = response.content?.["application/json"].schema.$ref;
          return (
            <div key={status} className="flex gap-4 px-4 py-2.5">
              <dt className="w-10 shrink-0 font-mono font-semibold">{status}</dt>
              <dd className="min-w-0 text-fg-muted">
                <Markdown className="text-fg-muted">{response.description}</Markdown>
                {ref && (
                  <a className="text-accent underline underline-offset-2" href={`#schema-${schemaName(ref)}`}>
                    {schemaName(ref)}
                  </a>
                )}
              </dd>
            </div>
          );
        })}
      </dl>
    </article>
  );
}
