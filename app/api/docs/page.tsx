import type { Metadata } from "next";
import Link from "next/link";
import { Logo } from "@/components/app-shell/logo";
import { ThemeToggle } from "@/components/app-shell/theme-toggle";
import { Markdown } from "@/components/markdown/markdown";
import { buildOpenApiDocument } from "@/lib/api/v1/openapi";
import { OperationCard, SchemaBlock } from "./operation-card";

export const metadata: Metadata = { title: "API reference" };

// Underlined, not only coloured: links inside running text must not rely on colour alone.
const LINK = "text-accent underline underline-offset-2";

/** The API reference, rendered here from the OpenAPI document: public, and no CDN viewer needed. */
export default function ApiDocsPage() {
  // Paths are shown relative to this server, so the origin does not matter here.
  const document = buildOpenApiDocument({ serverUrl: "" });
  const operations = Object.entries(document.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, operation]) => ({ path, method, operation })),
  );
  const byTag = document.tags.map((tag) => ({
    ...tag,
    anchor: `tag-${tag.name.toLowerCase().replaceAll(" ", "-")}`,
    operations: operations.filter(({ operation }) => operation.tags.includes(tag.name)),
  }));

  return (
    <div className="flex min-h-dvh flex-col">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:fixed focus:top-2 focus:left-2 focus:z-50 focus:rounded-md focus:bg-surface focus:px-3 focus:py-2"
      >
        Skip to content
      </a>
      <header className="flex items-center justify-between border-b border-border px-6 py-4">
        <Link href="/" aria-label="Triage home">
          <Logo />
        </Link>
        <ThemeToggle />
      </header>
      <div className="mx-auto flex w-full max-w-6xl flex-1 gap-10 px-4 py-8 sm:px-6">
        <nav aria-label="API operations" className="hidden w-56 shrink-0 lg:block">
          <ul className="sticky top-6 space-y-5 text-sm">
            {byTag.map((tag) => (
              <li key={tag.name}>
                <a className="font-semibold" href={`#${tag.anchor}`}>
                  {tag.name}
                </a>
                <ul className="mt-2 space-y-1.5">
                  {tag.operations.map(({ operation }) => (
                    <li key={operation.operationId}>
                      <a className="text-fg-muted hover:text-fg" href={`#${operation.operationId}`}>
                        {operation.summary}
                      </a>
                    </li>
                  ))}
                </ul>
              </li>
            ))}
            <li>
              <a className="font-semibold" href="#schemas">
                Schemas
              </a>
            </li>
          </ul>
        </nav>
        <main id="main" className="min-w-0 flex-1 space-y-12">
          <section aria-labelledby="overview">
            <h1 id="overview" className="text-2xl font-semibold tracking-tight">
              {document.info.title} reference
            </h1>
            <p className="mt-2 text-sm text-fg-muted">
              Version {document.info.version}. Base URL <code className="font-mono">{document.servers[0]?.url}</code> on this server. The
              machine-readable description is{" "}
              <a className={LINK} href="/api/v1/openapi.json">
                /api/v1/openapi.json
              </a>{" "}
              (OpenAPI 3.1), for code generators and API clients.
            </p>
            <Markdown className="mt-6">{document.info.description}</Markdown>
          </section>

          {byTag.map((tag) => (
            <section key={tag.name} aria-labelledby={tag.anchor} className="space-y-4">
              <div>
                <h2 id={tag.anchor} className="scroll-mt-6 text-xl font-semibold tracking-tight">
                  {tag.name}
                </h2>
                <p className="mt-1 text-sm text-fg-muted">{tag.description}</p>
              </div>
              {tag.operations.map(({ path, method, operation }) => (
                <OperationCard key={operation.operationId} method={method} path={path} operation={operation} schemas={document.components.schemas} />
              ))}
            </section>
          ))}

          <section aria-labelledby="schemas" className="space-y-6">
            <h2 id="schemas" className="scroll-mt-6 text-xl font-semibold tracking-tight">
              Schemas
            </h2>
            <p className="text-sm text-fg-muted">
              JSON Schema 2020-12. Response objects list every field they have; <code className="font-mono">$ref</code> names another
              schema here. Every error answer uses{" "}
              <a className={LINK} href="#schema-Error">
                Error
              </a>
              .
            </p>
            {Object.entries(document.components.schemas).map(([name, schema]) => (
              <div key={name} id={`schema-${name}`} className="scroll-mt-6">
                <h3 className="font-mono text-sm font-semibold">{name}</h3>
                <SchemaBlock schema={schema} label={`${name} schema`} />
              </div>
            ))}
          </section>
        </main>
      </div>
    </div>
  );
}
