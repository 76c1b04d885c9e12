// Talking to the simplify service. Errors become German messages for the page.

const OFFLINE = "Keine Verbindung zum Dienst. Bitte prüfen Sie die Verbindung und " +
  "versuchen Sie es noch einmal.";

export class ApiError extends Error {
  constructor(message, status) {
    super(message);
    this.status = status;
  }
}

function detailOf(body, status) {
  if (body && typeof body.detail === "string") return body.detail;
  return `Der Dienst hat einen Fehler gemeldet (${status}). Bitte versuchen Sie es ` +
    "später noch einmal.";
}

async function send(url, options) {
  try {
    return await fetch(url, { headers: { Accept: "application/json" }, ...options });
  } catch (error) {
    if (error && error.name === "AbortError") throw error;
    throw new ApiError(OFFLINE, 0);
  }
}

async function request(url, options = {}) {
  const response = await send(url, options);
  let body = null;
  try {
    body = await response.json();
  } catch (error) {
    if (error && error.name === "AbortError") throw error;
    body = null;
  }
  if (!response.ok) throw new ApiError(detailOf(body, response.status), response.status);
  if (body === null) {
    throw new ApiError("Die Antwort des Dienstes ist unvollständig. Bitte versuchen Sie es " +
      "noch einmal.", response.status);
  }
  return body;
}

/** A download (Blob) from a JSON request; errors as German messages. */
async function download(url, payload) {
  const response = await send(url, {
    method: "POST",
    headers: { "Content-Type": "application/json", Accept: "*/*" },
    body: JSON.stringify(payload),
  });
  if (!response.ok) {
    let body = null;
    try {
      body = await response.json();
    } catch {
      body = null;
    }
    throw new ApiError(detailOf(body, response.status), response.status);
  }
  return response.blob();
}

export function getProfiles() {
  return request("/v1/profiles");
}

export function getVocabulary() {
  return request("/v1/vocabulary");
}

/** Check a text. ``disable``: rule ids switched off; ``signal``: to cancel an old request. */
export function analyze(text, profile, { disable = [], signal } = {}) {
  const payload = { text, profile };
  if (disable.length) payload.disable = disable;
  return request("/v1/analyze", {
    method: "POST",
    headers: { "Content-Type": "application/json", Accept: "application/json" },
    body: JSON.stringify(payload),
    signal,
  });
}

/** Upload a document (read in memory on the server): text, report and locations. */
export function uploadDocument(file, profile) {
  const form = new FormData();
  form.append("file", file, file.name);
  if (profile) form.append("profile", profile);
  return request("/v1/documents", { method: "POST", body: form });
}

export function exportDocx(text, name) {
  return download("/v1/export/docx", { text, name });
}

export function reportHtml(text, profile, disable, name) {
  return download("/v1/report/html", { text, profile, disable, name });
}

export function getRules() {
  return request("/v1/rules");
}
