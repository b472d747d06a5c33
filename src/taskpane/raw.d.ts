/** `import text from './file.yaml?raw'`: the file's text (webpack asset/source, Vite ?raw in tests). */
declare module '*?raw' {
  const text: string;
  export default text;
}
