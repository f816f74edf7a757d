// The JSON API. Errors come back as {status, message}; they are thrown as ApiError.

export class ApiError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

async function read(response) {
  const type = response.headers.get('Content-Type') || '';
  const body = type.startsWith('application/json') ? await response.json() : await response.text();
  if (!response.ok) {
    throw new ApiError(response.status, body && body.message ? body.message : 'HTTP ' + response.status);
  }
  return body;
}

export function url(path, params = {}) {
  const u = new URL(path, window.location.origin);
  for (const [k, v] of Object.entries(params)) {
    if (Array.isArray(v)) v.forEach(x => u.searchParams.append(k, x));
    else if (v !== undefined && v !== null && v !== '') u.searchParams.set(k, v);
  }
  return u.pathname + u.search;
}

export async function get(path, params) {
  return read(await fetch(url(path, params), {headers: {Accept: 'application/json'}}));
}

export async function upload(files, format, token) {
  const form = new FormData();
  for (const f of files) form.append('files', f, f.name);
  form.append('format', format);
  return read(await fetch('/api/import', {method: 'POST', body: form, headers: {Authorization: 'Bearer ' + token}}));
}
