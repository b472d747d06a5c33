// @ts-check
/**
 * The pane's bundles: `taskpane.html` (in Word, loads Office.js from Microsoft's CDN, or the copy
 * under office-js/ when the CDN is blocked or `--env officejs=local` asks for it only),
 * `standalone.html` (the same pane on a .docx in the browser, no Office.js) and `unsupported.js`
 * (an ES5 bundle that runs first, so old Office webviews get a message instead of a blank pane).
 * `npm run build` writes dist/; `npm start` serves it on https://localhost:3000.
 */
import { readFileSync, existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import HtmlWebpackPlugin from 'html-webpack-plugin';
import CopyWebpackPlugin from 'copy-webpack-plugin';

const root = dirname(fileURLToPath(import.meta.url));
const DEV_PORT = 3000;

/** No `unsafe-eval`, no inline script; Griffel (Fluent v9) injects <style> elements, hence inline styles. */
const CSP_COMMON = [
  "default-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
];
export const CSP = {
  standalone: [...CSP_COMMON, "script-src 'self'", "connect-src 'self'"].join('; '),
  taskpane: [
    ...CSP_COMMON,
    "script-src 'self' https://appsforoffice.microsoft.com",
    "connect-src 'self' https://*.microsoft.com https://*.office.com https://*.office.net",
    'frame-src https://*.office.com https://*.microsoft.com https://*.office.net',
  ].join('; '),
};

/**
 * Where taskpane.html loads Office.js from: Microsoft's CDN with the add-in's own copy as fallback
 * (default), or only the copy (`--env officejs=local`, for offices whose firewall blocks the CDN).
 * @param {Record<string, unknown>} env
 */
export function officeJsSource(env = {}) {
  return env.officejs === 'local' ? 'local' : 'cdn';
}

/** The files of `@microsoft/office-js` Word needs, served under office-js/ (not the other hosts' nor the debug builds). */
const OFFICE_JS_FILES = ['office.js', 'o15apptofilemappingtable.js', 'es6-promise.js', 'word-*.js', 'en-us/**', 'vi-vn/**', 'telemetry/oteljs*.js', 'ariatelemetry/**'];

/** @param {Record<string, unknown>} env @param {{ mode?: string }} argv @returns {import('webpack').Configuration[]} */
export default async function config(env = {}, argv = {}) {
  const production = argv.mode !== 'development';
  const officeJs = officeJsSource(env);
  const tsRule = (target) => ({
    test: /\.tsx?$/,
    exclude: /node_modules/,
    use: { loader: 'ts-loader', options: { transpileOnly: true, compilerOptions: { noEmit: false, target, sourceMap: true, ...(target === 'ES5' ? { ignoreDeprecations: '6.0' } : {}) } } },
  });
  /** @type {import('webpack').Configuration} */
  const pane = {
    name: 'pane',
    mode: production ? 'production' : 'development',
    // Never an eval-based devtool: the pages' CSP has no 'unsafe-eval'.
    devtool: 'source-map',
    context: root,
    entry: {
      taskpane: './src/taskpane/taskpane.tsx',
      standalone: './src/taskpane/standalone.tsx',
    },
    output: {
      path: join(root, 'dist'),
      filename: '[name].js',
      chunkFilename: '[name].[contenthash:8].js',
      assetModuleFilename: 'assets/[name].[contenthash:8][ext]',
      publicPath: 'auto',
      clean: { keep: /^(unsupported|office-fallback)\.js/ },
    },
    resolve: {
      extensions: ['.tsx', '.ts', '.js', '.mjs'],
      // The bundle carries only the Handlebars runtime: templates are precompiled at build time.
      alias: { handlebars$: 'handlebars/runtime' },
    },
    module: {
      rules: [
        tsRule('ES2020'),
        { resourceQuery: /raw/, type: 'asset/source' },
        { test: /\.docx$/, type: 'asset/resource' },
      ],
    },
    performance: { hints: false },
    optimization: { splitChunks: { chunks: 'async' } },
    plugins: [
      new HtmlWebpackPlugin({
        filename: 'taskpane.html',
        template: './src/taskpane/taskpane.html',
        chunks: ['taskpane'],
        templateParameters: { csp: CSP.taskpane, officeJsCdn: officeJs === 'cdn' },
      }),
      new HtmlWebpackPlugin({
        filename: 'standalone.html',
        template: './src/taskpane/standalone.html',
        chunks: ['standalone'],
        templateParameters: { csp: CSP.standalone },
      }),
      new HtmlWebpackPlugin({ filename: 'help.html', template: './src/taskpane/help.html', chunks: [], templateParameters: { csp: CSP.standalone } }),
      new HtmlWebpackPlugin({ filename: 'index.html', template: './src/taskpane/index.html', chunks: [], templateParameters: { csp: CSP.standalone } }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets/*.png', to: 'assets/[name][ext]' },
          { from: 'manifest.xml', to: 'manifest.xml' },
          ...OFFICE_JS_FILES.map((glob) => ({
            from: glob,
            context: join(root, 'node_modules/@microsoft/office-js/dist'),
            to: 'office-js/',
            globOptions: { ignore: ['**/*.debug.js'] },
            // Microsoft's files as published: never re-minified (Terser on 4 MB of them doubled the build).
            info: { minimized: true },
          })),
        ],
      }),
    ],
    devServer: env.WEBPACK_SERVE ? await devServer() : undefined,
  };
  /** @type {import('webpack').Configuration} */
  const legacy = {
    name: 'unsupported',
    mode: production ? 'production' : 'development',
    devtool: false,
    context: root,
    target: ['web', 'es5'],
    entry: { unsupported: './src/taskpane/unsupported.ts', 'office-fallback': './src/hosts/word/officeFallback.ts' },
    output: { path: join(root, 'dist'), filename: '[name].js', iife: true, environment: { arrowFunction: false, const: false } },
    resolve: { extensions: ['.ts', '.js'] },
    module: { rules: [tsRule('ES5')] },
  };
  return [pane, legacy];
}

/** https with the Office dev certificates when they can be had, else webpack's own self-signed one. */
async function devServer() {
  return {
    port: DEV_PORT,
    host: 'localhost',
    hot: false,
    liveReload: true,
    client: { overlay: false },
    server: await httpsOptions(),
    headers: { 'Access-Control-Allow-Origin': '*' },
    static: false,
    onListening: () => console.log(SIDELOAD_HELP),
  };
}

/**
 * Reads the three files office-addin-dev-certs keeps in ~/.office-addin-dev-certs, generating them
 * first when absent. The CA is never installed here (that needs admin rights): trust it yourself,
 * or accept the browser warning once.
 */
async function httpsOptions() {
  const dir = join(homedir(), '.office-addin-dev-certs');
  const files = { key: join(dir, 'localhost.key'), cert: join(dir, 'localhost.crt'), ca: join(dir, 'ca.crt') };
  const present = () => existsSync(files.key) && existsSync(files.cert) && existsSync(files.ca);
  if (!present()) {
    try {
      const certs = await import('office-addin-dev-certs');
      await certs.generateCertificates(files.ca, files.cert, files.key, 30);
    } catch (e) {
      console.warn(`Không tạo được chứng chỉ phát triển Office (${e instanceof Error ? e.message : e}); dùng chứng chỉ tự ký của webpack-dev-server.`);
    }
  }
  if (present()) {
    return { type: 'https', options: { key: readFileSync(files.key), cert: readFileSync(files.cert), ca: readFileSync(files.ca) } };
  }
  return { type: 'https' };
}

const SIDELOAD_HELP = `
Soạn KH đang chạy ở https://localhost:${DEV_PORT}
  Trang độc lập (không cần Word, có kế hoạch mẫu): https://localhost:${DEV_PORT}/standalone.html
  Task pane trong Word:                            https://localhost:${DEV_PORT}/taskpane.html

Nạp add-in vào Word (sideload manifest.xml):
  Word trên web: mở một tài liệu, Trang đầu > Phần bổ trợ (Add-ins) > Thêm phần bổ trợ khác >
                 Phần bổ trợ của tôi > Tải lên Phần bổ trợ của tôi > chọn manifest.xml.
  Windows:       chia sẻ thư mục chứa manifest.xml qua mạng, thêm nó vào Tệp > Tùy chọn >
                 Trung tâm Tin cậy > Danh mục Phần bổ trợ Tin cậy, khởi động lại Word, rồi
                 Trang đầu > Phần bổ trợ > Thư mục dùng chung. (Hoặc: npx office-addin-debugging start manifest.xml)
  Mac:           chép manifest.xml vào ~/Library/Containers/com.microsoft.Word/Data/Documents/wef/
                 rồi mở lại Word: Trang đầu > Phần bổ trợ.
  Trình duyệt phải tin chứng chỉ ~/.office-addin-dev-certs/ca.crt (hoặc mở trang trên một lần và chấp nhận cảnh báo).

English: standalone page and task pane URLs above. Sideload manifest.xml: Word on the web via
Add-ins > More add-ins > My add-ins > Upload My Add-in; Windows via a shared-folder catalog
(File > Options > Trust Center > Trusted Add-in Catalogs); Mac by copying manifest.xml into
~/Library/Containers/com.microsoft.Word/Data/Documents/wef/. Trust ~/.office-addin-dev-certs/ca.crt.
`;
