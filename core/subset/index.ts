// The subset's vocabulary, in one import. Only the Node build executes this folder;
// the generator maps every name here to C (build/gen/pyx_rt.h).
export * from "./types.js";
export * from "./memory.js";
export * from "./layout.js";
export * from "./nlr.js";
