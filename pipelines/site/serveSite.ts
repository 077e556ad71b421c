import { createReadStream, existsSync, realpathSync, statSync } from "node:fs";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, resolve } from "node:path";
import { InputError } from "../../lib/InputError.ts";
import { isWithin } from "../../lib/isWithin.ts";
import { compressible, encodings } from "./compressSite.ts";

export interface ServeSiteOptions {
  /** First port to try (default 3000); when taken, the next ones are tried. 0: any free port. */
  port?: number;
  /** How many ports to try before giving up. */
  attempts?: number;
  /** Where the address is announced (default: console.log); pass `() => {}` to stay quiet. */
  log?: (line: string) => void;
}

export interface SiteServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

const contentTypes: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".ico": "image/x-icon",
  ".woff2": "font/woff2",
  ".arrow": "application/vnd.apache.arrow.file",
  ".parquet": "application/vnd.apache.parquet",
  ".csv": "text/csv; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".pdf": "application/pdf",
};

/**
 * Serves a built site folder on this computer only (127.0.0.1): the internal build carries the
 * office's data, so it is not offered to the network. Plain static files, `index.html` for folders,
 * nothing outside the folder; text in the brotli or gzip copy the build made, as the browser accepts.
 */
export async function serveSite(dir: string, options: ServeSiteOptions = {}): Promise<SiteServer> {
  const { port: first = 3000, attempts = 20, log = console.log } = options;
  if (!existsSync(dir) || !statSync(dir).isDirectory())
    throw new InputError(`找不到網站資料夾 ${dir}，請先執行 sqd site 建置網站。`);
  const root = realpathSync(resolve(dir));
  const server = createServer((req, res) => handle(root, req, res));
  for (let port = first; port < first + attempts; port++) {
    if (await listen(server, port)) {
      const bound = (server.address() as AddressInfo).port;
      const url = `http://localhost:${bound}/`;
      log(`網站已啟動：${url}（按 Ctrl+C 結束）`);
      return { url, port: bound, close: () => new Promise((done) => server.close(() => done())) };
    }
  }
  throw new InputError(`連接埠 ${first}–${first + attempts - 1} 都已被占用，請以 --port 指定其他連接埠。`);
}

/** Resolves to false when the port is taken, so that the caller tries the next one. */
function listen(server: Server, port: number): Promise<boolean> {
  return new Promise((done, fail) => {
    const onError = (e: NodeJS.ErrnoException) => {
      server.off("listening", onListening);
      if (e.code === "EADDRINUSE" || e.code === "EACCES") done(false);
      else fail(e);
    };
    const onListening = () => {
      server.off("error", onError);
      done(true);
    };
    server.once("error", onError);
    server.once("listening", onListening);
    server.listen(port, "127.0.0.1");
  });
}

function handle(root: string, req: IncomingMessage, res: ServerResponse): void {
  if (req.method !== "GET" && req.method !== "HEAD") return reply(res, 405, "不支援此請求方法。");
  const path = requestPath(req.url ?? "/");
  if (path === null) return reply(res, 400, "網址格式不正確。");
  if (path.split(/[\\/]/).includes("..")) return reply(res, 403, "不可存取網站資料夾以外的檔案。");
  let file = resolve(root, `.${path}`);
  if (!isWithin(root, file)) return reply(res, 403, "不可存取網站資料夾以外的檔案。");
  if (existsSync(file) && statSync(file).isDirectory()) {
    // A folder URL without its slash would break the page's relative links.
    if (!path.endsWith("/")) return redirect(res, `/${path.replace(/^\/+/, "")}/`);
    file = join(file, "index.html");
  }
  if (!existsSync(file) || !statSync(file).isFile()) return reply(res, 404, "找不到此頁面或檔案。");
  if (!isWithin(root, realpathSync(file))) return reply(res, 403, "不可存取網站資料夾以外的檔案。");
  // The copy made at build time (compressSite) in the best encoding the browser takes, if any.
  const compressed = compressible.test(file);
  const encoding = compressed ? chooseEncoding(req.headers["accept-encoding"], file) : null;
  const sent = encoding ? `${file}${encodings[encoding]}` : file;
  res.writeHead(200, {
    "Content-Type": contentTypes[extname(file).toLowerCase()] ?? "application/octet-stream",
    "Content-Length": statSync(sent).size,
    ...(encoding ? { "Content-Encoding": encoding } : {}),
    // A cache must not hand a brotli reply to a browser that asked without brotli.
    ...(compressed ? { Vary: "Accept-Encoding" } : {}),
    "Cache-Control": "no-cache",
    "X-Content-Type-Options": "nosniff",
  });
  if (req.method === "HEAD") return void res.end();
  createReadStream(sent).pipe(res);
}

/**
 * The encoding to send `file` in: brotli, else gzip, as the request's Accept-Encoding allows
 * (`q=0` refuses one) and a copy exists beside the file; null for the file as it is.
 */
function chooseEncoding(header: string | string[] | undefined, file: string): keyof typeof encodings | null {
  const accepted = new Map<string, number>();
  for (const part of String(header ?? "").split(",")) {
    const [name = "", ...parameters] = part.trim().toLowerCase().split(";");
    const q = parameters.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find((v) => v !== undefined);
    if (name) accepted.set(name, q === undefined ? 1 : Number(q));
  }
  const takes = (name: string) => (accepted.get(name) ?? (accepted.has("*") ? accepted.get("*")! : 0)) > 0;
  for (const encoding of ["br", "gzip"] as const)
    if (takes(encoding) && existsSync(`${file}${encodings[encoding]}`)) return encoding;
  return null;
}

/** The decoded path of a request target, without query or fragment; null when it cannot be decoded. */
function requestPath(target: string): string | null {
  const raw = target.split(/[?#]/, 1)[0] ?? "/";
  try {
    const path = decodeURIComponent(raw);
    return path.startsWith("/") && !path.includes("\0") ? path : null;
  } catch {
    return null;
  }
}

function reply(res: ServerResponse, status: number, message: string): void {
  res.writeHead(status, { "Content-Type": "text/plain; charset=utf-8", "X-Content-Type-Options": "nosniff" });
  res.end(message);
}

function redirect(res: ServerResponse, location: string): void {
  res.writeHead(301, { Location: encodeURI(location) });
  res.end();
}
