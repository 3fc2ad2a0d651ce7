// Builds the add-in's pages into dist/: the task pane (React + Fluent UI) and the function file
// for ribbon commands, plus manifest.xml and the icons. `npm run dev-server` serves it on
// https://localhost:3000 (plain http when the Office dev certificates are not installed).
const path = require("node:path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");

function httpsOptions() {
  try {
    // Present when the optional office-addin-debugging tool chain is installed (Windows, macOS).
    return require("office-addin-dev-certs").getHttpsServerOptions();
  } catch {
    return undefined;
  }
}

module.exports = async (env, argv) => {
  const production = argv.mode === "production";
  const https =
    argv.mode === "development" && process.argv.includes("serve") ? await httpsOptions() : undefined;
  return {
    mode: production ? "production" : "development",
    // No eval-based source maps: the task pane's Content-Security-Policy forbids eval.
    devtool: production ? false : "source-map",
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      commands: "./src/commands/commands.ts",
      dialog: "./src/commands/dialog.ts",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: production ? "[name].[contenthash:8].js" : "[name].js",
      clean: true,
    },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            options: {
              // ES modules let webpack tree-shake Fluent UI; checking is `npm run typecheck`'s job.
              compilerOptions: { module: "esnext", moduleResolution: "bundler", noEmit: false },
              transpileOnly: true,
            },
          },
        },
      ],
    },
    plugins: [
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane"],
      }),
      new HtmlWebpackPlugin({
        filename: "commands.html",
        template: "./src/commands/commands.html",
        chunks: ["commands"],
      }),
      new HtmlWebpackPlugin({
        filename: "dialog.html",
        template: "./src/commands/dialog.html",
        chunks: ["dialog"],
      }),
      new CopyWebpackPlugin({
        patterns: [{ from: "manifest.xml" }, { from: "manifest-word.xml" }, { from: "assets/*.png" }],
      }),
    ],
    performance: { hints: false },
    devServer: {
      port: 3000,
      headers: { "Access-Control-Allow-Origin": "*" },
      ...(https ? { server: { type: "https", options: https } } : {}),
    },
  };
};
