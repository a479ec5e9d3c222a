/** Test helper: drives the hosted Connect page like a browser without JavaScript (GET the URL, POST its forms). */

export interface Customer {
  id: string;
  secret: string;
}

export interface PageResponse {
  status: number;
  headers: Headers;
  text: string;
}

async function read(response: Response): Promise<PageResponse> {
  return { status: response.status, headers: response.headers, text: await response.text() };
}

export function connectJourney(url: string) {
  return {
    url,
    open: async () => read(await fetch(url, { redirect: "manual" })),
    post: async (form: Record<string, string>) =>
      read(await fetch(url, { method: "POST", body: new URLSearchParams(form), redirect: "manual" })),
  };
}
