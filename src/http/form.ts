// Reading urlencoded form bodies. A repeated field takes its first value, so duplicate
// parameters are handled the same way every time.

export type FormBody = Record<string, string | string[] | undefined>;

export function asForm(body: unknown): FormBody {
  return body && typeof body === 'object' && !Array.isArray(body) ? (body as FormBody) : {};
}

export function field(form: FormBody, name: string): string {
  const value = form[name];
  if (Array.isArray(value)) return value[0] ?? '';
  return value ?? '';
}

/** Every value of a repeated field, in order. */
export function fields(form: FormBody, name: string): string[] {
  const value = form[name];
  if (value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}

export function checkbox(form: FormBody, name: string): boolean {
  return field(form, name) !== '';
}

/** A positive integer id from a path or form, or undefined. */
export function parseId(raw: unknown): number | undefined {
  if (typeof raw !== 'string' || !/^[1-9][0-9]{0,9}$/.test(raw)) return undefined;
  const n = Number(raw);
  return n <= 2_147_483_647 ? n : undefined;
}
