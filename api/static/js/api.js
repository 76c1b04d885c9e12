// Talking to the simplify service. Errors become German messages for the page.

const OFFLINE = "Keine Verbindung zum Dienst. Bitte prüfen Sie die Verbindung und " +
  "versuchen Sie es noch einmal.";

export class ApiError extends Error {
  constructor(message, status) {
    super(message);
    this.status = status;
  }
}

async function request(url, options = {}) {
  let response;
  try {
    response = await fetch(url, { headers: { Accept: "application/json" }, ...options });
  } catch {
    throw new ApiError(OFFLINE, 0);
  }
  let body = null;
  try {
    body = await response.json();
  } catch {
    body = null;
  }
  if (!response.ok) {
    const detail = body && typeof body.detail === "string" ? body.detail
      : `Der Dienst hat einen Fehler gemeldet (${response.status}). Bitte versuchen Sie es ` +
        "später noch einmal.";
    throw new ApiError(detail, response.status);
  }
  if (body === null) {
    throw new ApiError("Die Antwort des Dienstes ist unvollständig. Bitte versuchen Sie es " +
      "noch einmal.", response.status);
  }
  return body;
}

export function getProfiles() {
  return request("/v1/profiles");
}

export function getRules() {
  return request("/v1/rules");
}

export function analyze(text, profile) {
  return request("/v1/analyze", {
    method: "POST",
    headers: { "Content-Type": "application/json", Accept: "application/json" },
    body: JSON.stringify({ text, profile }),
  });
}
