// The clerk's allowed words: kept in this browser's localStorage only. They are never sent to
// the service; the page filters findings with them after each check.

import { normWord } from "./text.js";

const KEY = "simplify.erlaubteWoerter";

export class AllowList {
  constructor(storage = window.localStorage) {
    this.storage = storage;
    this.words = this.read();
  }

  read() {
    try {
      const data = JSON.parse(this.storage.getItem(KEY) || "[]");
      return Array.isArray(data) ? data.filter((w) => typeof w === "string" && w.trim()) : [];
    } catch {
      return [];
    }
  }

  write() {
    try {
      this.storage.setItem(KEY, JSON.stringify(this.words));
      return true;
    } catch {
      return false;  // private mode or full storage: the list lasts for this page only
    }
  }

  has(word) {
    const n = normWord(word);
    return this.words.some((w) => normWord(w) === n);
  }

  add(word) {
    const clean = word.replace(/\s+/g, " ").trim();
    if (!clean || this.has(clean)) return false;
    this.words.push(clean);
    this.words.sort((a, b) => a.localeCompare(b, "de"));
    this.write();
    return true;
  }

  remove(word) {
    const n = normWord(word);
    this.words = this.words.filter((w) => normWord(w) !== n);
    this.write();
  }

  /** The list as a line for simplify.toml: allow = ["Wort1", "Wort2"] */
  toml() {
    const quoted = this.words.map((w) => `"${w.replace(/\\/g, "\\\\").replace(/"/g, "\\\"")}"`);
    return `allow = [${quoted.join(", ")}]`;
  }
}
