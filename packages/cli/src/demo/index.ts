/**
 * The end-to-end demo: {@link runDemo}.
 *
 * @module
 */
export * from "./run-demo.js"
