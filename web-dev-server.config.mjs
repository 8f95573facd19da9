// `npm start` serves the repository root; the demo loads the built bundle from ../dist/.
const demoPath = '/demo/';

/** The server's root leads to the demo, so the bare address works too. */
const rootToDemo = (ctx, next) => {
  if (ctx.path !== '/') return next();
  ctx.redirect(demoPath);
};

/** After wds's own banner, one plain line with the address to open. */
const announceDemo = {
  name: 'attune-announce-demo',
  serverStart({ config }) {
    console.log(`Attune demo: http://${config.hostname}:${config.port}${demoPath}`);
  },
};

export default {
  rootDir: '.',
  port: Number(process.env.PORT || 8000),
  hostname: '127.0.0.1',
  open: false,
  watch: false,
  middleware: [rootToDemo],
  plugins: [announceDemo],
};
