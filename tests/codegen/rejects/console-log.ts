// expect: typescript 3:3 Cannot find name 'console'
export function log(): void {
  console.log("hello");
}
