/* eslint-disable no-undef */
// The add-in's build, after Microsoft's Office-Addin-TaskPane-React template: entries `taskpane` and
// `commands`, HtmlWebpackPlugin pages, CopyWebpackPlugin for the icons and the manifest, and the dev server
// over HTTPS with office-addin-dev-certs. Output goes to dist/addin (dist/cli, dist/core… belong to `tsc`).

const path = require("path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
/** The words the pane's page shows before its JavaScript runs (loading, and the offer of the preview). */
const boot = require("./src/i18n/boot.json");
/** How long taskpane.html waits for office.js before it offers the browser preview. */
const officeTimeoutMs = 5000;

/** The URL the manifest names during development (the dev server). */
const urlDev = "https://localhost:3000/";

/** The URL the production manifest names: where dist/addin is hosted. */
function urlProd() {
  const url = process.env.ADDIN_URL || urlDev;
  return url.endsWith("/") ? url : `${url}/`;
}

async function getHttpsOptions() {
  const devCerts = require("office-addin-dev-certs");
  const httpsOptions = await devCerts.getHttpsServerOptions();
  return { ca: httpsOptions.ca, key: httpsOptions.key, cert: httpsOptions.cert };
}

module.exports = async (env = {}, options = {}) => {
  const dev = options.mode === "development";
  const serving = Boolean(env.WEBPACK_SERVE);
  const config = {
    devtool: dev ? "source-map" : false,
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      commands: "./src/commands/commands.ts",
    },
    output: {
      path: path.resolve(__dirname, "dist/addin"),
      filename: "[name].[contenthash:8].js",
      clean: true,
    },
    resolve: {
      extensions: [".ts", ".tsx", ".js", ".json"],
      // The browser preview's file readers (a chunk of their own, loaded only outside Office) use the packages'
      // browser builds: exceljs and jszip through their package.json "browser" fields, csv-parse by this alias;
      // none of them then needs Node's Buffer or stream.
      alias: {
        "csv-parse/sync$": path.resolve(__dirname, "node_modules/csv-parse/dist/esm/sync.js"),
      },
    },
    module: {
      rules: [
        {
          // tabster (Fluent UI's keyboard navigation) ships class static blocks: lowered the same way.
          test: /[\\/]node_modules[\\/]tabster[\\/].*\.js$/,
          use: {
            loader: "ts-loader",
            options: { transpileOnly: true, compilerOptions: { allowJs: true, module: "esnext", target: "es2020", sourceMap: false } },
          },
        },
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          // ES2020 for the pane and the ribbon: Safari / WKWebView before 16.4 (older Macs) cannot parse class
          // static blocks (ES2022), which TypeScript lowers for this target. Regex lookbehind, which no compiler can
          // lower, is not used (tests/manifest/build.test.ts scans the built files for both).
          use: { loader: "ts-loader", options: { transpileOnly: true, compilerOptions: { module: "esnext", target: "es2020", sourceMap: dev } } },
        },
      ],
    },
    performance: { hints: false },
    optimization: {
      splitChunks: {
        cacheGroups: {
          // exceljs (~300 KB gzip) in a named chunk of its own, loaded only by the browser preview's file readers
          exceljs: { test: /[\\/]node_modules[\\/]exceljs[\\/]/, name: "xlsx-exceljs", chunks: "async", priority: 20 },
        },
      },
    },
    plugins: [
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/icon-*.png", to: "assets/[name][ext]" },
          // the workbook the browser preview offers as "open the sample"
          { from: "assets/sample-kpi.xlsx", to: "assets/[name][ext]" },
          // the manifest's SupportUrl and "Learn more" page
          { from: "src/support/support.html", to: "support.html" },
          {
            from: "manifest*.xml",
            to: "[name][ext]",
            transform(content) {
              return dev ? content : content.toString().replace(new RegExp(urlDev, "g"), urlProd());
            },
          },
        ],
      }),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane"],
        boot,
        officeTimeoutMs,
      }),
      // The same pane without office.js: the browser preview at a URL of its own, which never waits on Office's CDN.
      new HtmlWebpackPlugin({
        filename: "preview.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane"],
        preview: true,
        boot,
      }),
      new HtmlWebpackPlugin({
        filename: "commands.html",
        template: "./src/commands/commands.html",
        chunks: ["commands"],
      }),
      new HtmlWebpackPlugin({
        filename: "notice.html",
        template: "./src/commands/notice.html",
        chunks: [],
      }),
    ],
    devServer: {
      hot: true,
      headers: { "Access-Control-Allow-Origin": "*" },
      server: {
        type: "https",
        options: serving && options.https === undefined ? await getHttpsOptions() : options.https,
      },
      port: process.env.npm_package_config_dev_server_port || 3000,
    },
  };
  return config;
};
