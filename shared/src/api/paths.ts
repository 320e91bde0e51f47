// Path templates of the route table (./routes), filled by the app's client.
/** Fills a path template: pathFor('/catalogue/items/{id}', { id: 'x' }) → '/catalogue/items/x'. */
export function pathFor(template: string, params: Record<string, string> = {}): string {
  return template.replace(/\{(\w+)\}/g, (_m, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`missing path parameter ${name}`);
    return encodeURIComponent(value);
  });
}
