// `npm start` serves the repository root; the demo loads the built bundle from ../dist/.
export default {
  rootDir: '.',
  port: Number(process.env.PORT || 8000),
  hostname: '127.0.0.1',
  open: false,
  watch: false,
};
