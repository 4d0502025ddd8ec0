"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { type FormEvent, useRef, useState, useTransition } from "react";
import { Button, buttonClasses } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";
import { dashboardParamsSchema, dashboardQuery, type DashboardParams, RANGE_LABELS, RANGE_PRESETS } from "@/lib/dashboard/schemas";
import { KIND_LABELS, PRIORITY_LABELS } from "@/lib/tickets/labels";
import { parseQueryLeniently } from "@/lib/url-query";
import { useWorkspacePath } from "@/components/workspaces/use-workspace-path";

type Option = { value: string; label: string };

const RANGE_ERROR_ID = "dashboard-range-error";
const GRANULARITY_OPTIONS: Option[] = [
  { value: "", label: "Auto" },
  { value: "day", label: "Day" },
  { value: "week", label: "Week" },
  { value: "month", label: "Month" },
];
const toOptions = (labels: Record<string, string>): Option[] => Object.entries(labels).map(([value, label]) => ({ value, label }));

function SelectField({ id, name, label, defaultValue, options, onChange }: {
  id: string;
  name: string;
  label: string;
  defaultValue: string;
  options: Option[];
  onChange?: (value: string) => void;
}) {
  return (
    <div className="space-y-1.5">
      <label htmlFor={id} className="block text-sm font-medium">
        {label}
      </label>
      <select
        id={id}
        name={name}
        defaultValue={defaultValue}
        onChange={onChange && ((event) => onChange(event.target.value))}
        className="block h-10 w-full rounded-md border border-border bg-surface px-2 text-sm text-fg shadow-xs"
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}

type FiltersFormProps = {
  params: DashboardParams;
  categories: { id: string; name: string }[];
  agents: { id: string; name: string }[];
  rangeError: string | null;
};

/**
 * The dashboard's filters as a GET form, so it works before hydration and every view has a URL.
 * With JavaScript it navigates to the same URL minus the empty fields, and a new preset applies
 * at once; a custom range waits for its dates and Apply.
 */
export function DashboardFiltersForm(props: FiltersFormProps) {
  // The page stays mounted across its own navigations (Apply, Reset, a preset): keying by the
  // URL's filters resets the fields' default values and the shown range to the new ones.
  return <FiltersForm key={`${dashboardQuery(props.params)}|${props.rangeError ?? ""}`} {...props} />;
}

function FiltersForm({ params, categories, agents, rangeError }: FiltersFormProps) {
  const router = useRouter();
  const inWorkspace = useWorkspacePath();
  const formRef = useRef<HTMLFormElement>(null);
  const [isPending, startTransition] = useTransition();
  const [range, setRange] = useState<string>(params.range ?? "30d");
  const dateError = rangeError ? { "aria-describedby": RANGE_ERROR_ID, "aria-invalid": true } : {};

  function apply(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const chosen = parseQueryLeniently(dashboardParamsSchema, Object.fromEntries(new FormData(event.currentTarget)));
    const query = dashboardQuery(chosen);
    startTransition(() => router.push(inWorkspace(query ? `/dashboard?${query}` : "/dashboard")));
  }

  return (
    <form
      ref={formRef}
      method="get"
      action={inWorkspace("/dashboard")}
      role="search"
      aria-label="Dashboard filters"
      onSubmit={apply}
      className="space-y-3 rounded-lg border border-border bg-surface p-4 shadow-xs"
    >
      <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4 xl:grid-cols-7">
        <SelectField
          id="dashboard-range"
          name="range"
          label="Range"
          defaultValue={range}
          options={RANGE_PRESETS.map((preset) => ({ value: preset, label: RANGE_LABELS[preset] }))}
          onChange={(value) => {
            setRange(value);
            if (value !== "custom") formRef.current?.requestSubmit();
          }}
        />
        {range === "custom" && (
          <>
            <TextField id="dashboard-from" name="from" type="date" label="From" defaultValue={params.from} required {...dateError} />
            <TextField id="dashboard-to" name="to" type="date" label="To" defaultValue={params.to} required {...dateError} />
          </>
        )}
        <SelectField id="dashboard-granularity" name="granularity" label="Group by" defaultValue={params.granularity ?? ""} options={GRANULARITY_OPTIONS} />
        <SelectField
          id="dashboard-category"
          name="categoryId"
          label="Category"
          defaultValue={params.categoryId ?? ""}
          options={[{ value: "", label: "All categories" }, ...categories.map((category) => ({ value: category.id, label: category.name }))]}
        />
        <SelectField
          id="dashboard-priority"
          name="priority"
          label="Priority"
          defaultValue={params.priority ?? ""}
          options={[{ value: "", label: "All priorities" }, ...toOptions(PRIORITY_LABELS)]}
        />
        <SelectField
          id="dashboard-kind"
          name="kind"
          label="Kind"
          defaultValue={params.kind ?? ""}
          options={[{ value: "", label: "All kinds" }, ...toOptions(KIND_LABELS)]}
        />
        <SelectField
          id="dashboard-agent"
          name="assigneeId"
          label="Agent"
          defaultValue={params.assigneeId ?? ""}
          options={[
            { value: "", label: "All agents" },
            { value: "none", label: "Unassigned" },
            ...agents.map((agent) => ({ value: agent.id, label: agent.name })),
          ]}
        />
      </div>
      {rangeError && (
        <p id={RANGE_ERROR_ID} role="alert" className="text-sm text-danger">
          {rangeError} Showing the last 30 days instead.
        </p>
      )}
      <div className="flex items-center gap-2">
        <Button type="submit" isPending={isPending}>
          Apply
        </Button>
        <Link href={inWorkspace("/dashboard")} className={buttonClasses("ghost")}>
          Reset
        </Link>
      </div>
    </form>
  );
}
